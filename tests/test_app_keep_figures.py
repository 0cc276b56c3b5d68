"""A key figure that fits on a line is never broken across two in the reading pane, at
120x40 and 80x24, in English and Chinese: with its front ("about", "fewer than", "新台幣",
"逾") and its currency ("人民币") (tryout19 §1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.ui._app import HzReaderApp, make_app

from conftest import write_articles
from test_app import ready, widget_lines

ARTICLES = {
    "tw.yaml": """
        title: 台積電第三季營收創新高
        date: 2026-10-17
        body: |
          台積電今日公布第三季財報，合併營收約新台幣9,876億元，較上季增加6.0%，較去年同期增加40.8%；稅後淨利為新台幣4,523億元，年增54.2%，每股盈餘為新台幣17.44元，創歷史新高。

          台積電股價今日上漲25元，漲幅2.36%，收在1,085元，市值突破新台幣28兆元。

          台積電預估第四季營收介於322億至334億美元之間，毛利率介於59.5%至61.5%，全年資本支出維持在400億至420億美元。

          台積電目前在全球擁有員工逾7萬6千人，今年已在台灣新增約6,000個職缺。
        """,
    "mixed.yaml": """
        title: Alibaba results
        date: 2026-11-15
        body: |
          Alibaba said revenue rose 8% in the quarter, with about HK$1.88 trillion in annual
          sales last year. 阿里巴巴集团第三季度营收为2,478亿元人民币，同比增长8%，
          回购计划尚余191亿美元。It employs about 124,320 people (员工约12.4万人). A
          subscription costs about $1,200 a year.
        """,
    "election.yaml": """
        title: Centre-left wins presidency by narrow margin
        date: 2026-11-08
        body: |
          Turnout was 71.6%, the highest since 1998. In all, 24,617,903 valid votes were
          cast out of 34.6 million registered voters.

          She won by 51.3% to 48.7%, a margin of fewer than 600,000 votes. Exit polls had
          given her a 5-point lead.
        """,
    "health.yaml": """
        title: New pill lowers blood pressure in large trial
        date: 2026-10-20
        body: |
          Roughly 1 in 4 US adults, or about 86 million people, have high blood pressure,
          and only about one in five has it under control.
        """,
}

#: What each article's pane must show on one line (each was broken at one size or both).
WHOLE = {
    "台積電第三季營收創新高": ["新台幣4,523億元", "新台幣17.44元", "新台幣28兆元", "逾7萬6千人",
                      "約6,000個職缺", "322億至334億美元", "400億至420億美元"],
    "Alibaba results": ["2,478亿元人民币", "about 124,320 people", "about HK$1.88 trillion"],
    "Centre-left wins presidency by narrow margin": ["24,617,903 valid votes",
                                                     "fewer than 600,000 votes"],
    "New pill lowers blood pressure in large trial": ["about 86 million people"],
}


def pane_lines(app: HzReaderApp) -> list[str]:
    """Every line of the reading pane, scrolled through from top to bottom."""
    reader = app.reader
    lines: list[str] = []
    reader.scroll_to(y=0, animate=False, immediate=True)
    while True:
        lines.extend(line.strip("│ ▄▀█") for line in widget_lines(reader))
        if reader.scroll_offset.y >= reader.max_scroll_y:
            return lines
        reader.scroll_to(y=reader.scroll_offset.y + reader.size.height - 2, animate=False,
                         immediate=True)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_key_figures_that_fit_stay_on_one_line(tmp_path: Path,
                                                     size: tuple[int, int]) -> None:
    app = make_app([write_articles(tmp_path / "a", ARTICLES)])
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        for _ in range(len(ARTICLES)):
            await pilot.pause()
            article = app.reader.article
            assert article is not None
            lines = pane_lines(app)
            for figure in WHOLE[article.title]:
                assert any(figure in line for line in lines), (size, figure, lines)
            await pilot.press("j")
