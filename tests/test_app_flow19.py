"""flow19 (tryout18 §3, §8, §15, §16): "No more matches" goes once a match is current
again; a Chinese summary and folded bodies join their lines; hard-wrapped Chinese prose with
short lines flows; Korean wraps at its spaces."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from hzreader.ui._app import HzReaderApp, make_app
from test_app_flow import search_and_enter, status_text
from test_app_flow17 import settle

from conftest import write_articles
from test_app import ready, widget_lines


async def test_no_more_matches_goes_when_n_capital_marks_a_match(sample_dir: Path) -> None:
    """tryout18 §15: `n` past the last match says so; `N` back to a match ended the stepping
    there, but the message stayed until its timer ran out."""
    app = make_app([sample_dir])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await search_and_enter(pilot, "yuan")
        await pilot.press("n", "n", "n")
        assert "No more matches below" in status_text(app)
        await pilot.press("N")
        await pilot.pause()
        assert app.reader.border_subtitle == "match 1/1"
        assert "No more matches" not in status_text(app)
        await pilot.press("N", "N")  # before the first match: said again, then gone on `n`
        await pilot.pause()
        assert "No more matches above" in status_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert "No more matches" not in status_text(app)


FILES = {
    "a-summary.yaml": """\
        title: 折叠块测试
        date: 2026-01-15
        summary: |
          今年前十个月全市商品住
          宅成交面积同比增长12.5%。
        body: >
          杭州市住房和城乡建设局昨日发布通知，今年前十个月全市商品住
          宅成交面积同比增长12.5%，新建商品住宅均价为每平方米3.2万元。
        """,
    "b-short.yaml": """\
        title: 短行
        date: 2026-01-14
        body: |
          今年全市地区生产总值达到2.1万
          亿元，常住人口增加了300
          万人，其中65岁
          以上老人占比超过百分之
          二十，新建住宅均价每平方米3.2万
          元。

          床前明月光，
          疑是地上霜。
        """,
    "c-korean.yaml": """\
        title: 한국 부동산
        date: 2026-01-13
        body: |
          서울 아파트 가격이 지난주 0.3% 상승했다고 한국부동산원이 밝혔다. 기준금리 인하가
          예상되면서 매수 심리가 살아나고 있으며 거래량도 늘어나는 추세다.
        """,
}


async def open_titled(pilot: Pilot[int], app: HzReaderApp, title: str) -> list[str]:
    """Open the article titled `title` from the list; the pane's lines, stripped."""
    await ready(pilot)
    while app.headlines.current.title != title:
        await pilot.press("j")
    await pilot.press("enter")
    await pilot.pause()
    return [line.rstrip() for line in widget_lines(app.reader)]


async def test_the_pane_joins_a_summary_and_a_folded_body_and_search_finds_them(
        tmp_path: Path) -> None:
    """tryout18 §3: "商品住 宅" in the summary (a `|` block) and the `>` body; the phrase
    search found neither."""
    folder = write_articles(tmp_path / "a", FILES)
    for size in ((120, 40), (80, 24)):
        app = make_app([folder])
        async with app.run_test(size=size) as pilot:
            lines = await open_titled(pilot, app, "折叠块测试")
            shown = "".join(line.strip() for line in lines)
            assert shown.count("商品住宅成交") == 2 and "住 宅" not in shown, size
            await pilot.press("escape")
            await search_and_enter(pilot, '"商品住宅成交"')
            await settle(pilot, app)
            assert [item.title for item in app.headlines.items] == ["折叠块测试"], size
            assert app.reader.border_subtitle == "match 1/2", size


async def test_short_hard_wrapped_chinese_flows_and_a_poem_keeps_its_lines(
        tmp_path: Path) -> None:
    """tryout18 §8: lines of at most 20 characters broken inside figures were kept."""
    folder = write_articles(tmp_path / "a", FILES)
    for size in ((120, 40), (80, 24)):
        app = make_app([folder])
        async with app.run_test(size=size) as pilot:
            lines = [line.strip() for line in await open_titled(pilot, app, "短行")]
            assert "达到2.1万亿元，常住人口增加了300万人，" in "".join(lines), size
            assert "以上老人占比超过百分之二十，" in "".join(lines), size
            assert not any(line.endswith("2.1万") for line in lines), size  # wrapped as prose
            assert "床前明月光，" in lines and "疑是地上霜。" in lines, size


async def test_korean_wraps_between_words_in_the_pane(tmp_path: Path) -> None:
    """tryout18 §16: "한국부동" / "산원이" at 120x40."""
    folder = write_articles(tmp_path / "a", FILES)
    words = set(FILES["c-korean.yaml"].split())
    for size in ((120, 40), (80, 24)):
        app = make_app([folder])
        async with app.run_test(size=size) as pilot:
            lines = await open_titled(pilot, app, "한국 부동산")
            body = [line.strip(" │┃") for line in lines if "다" in line or "서울" in line]
            assert len(body) >= 2, (size, lines)
            for line in body:
                assert all(word in words for word in line.split()), (size, line)
