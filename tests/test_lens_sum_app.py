"""The figures table's sum line in the running app (tryout14 §3.3): a bilingual article's
figure is added once, and the line says how many repeats it left out."""

from __future__ import annotations

from pathlib import Path

from hzreader.ui._app import make_app
from hzreader.ui.widgets.textline import TextLine
from test_lens_app import open_table
from test_lens_sum import BILINGUAL

from conftest import write_articles
from test_app import ready, type_query


async def test_the_sum_line_adds_a_bilingual_figure_once(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"mixed.yaml": BILINGUAL, "heat.yaml": """
        title: Heat
        date: 2025-07-20
        body: |
          It was 31 °C in Ningbo and 29 °C in Wenzhou, after 12 mm of rain and 8 mm more.
        """})
    app = make_app([folder])
    async with app.run_test(size=(160, 30)) as pilot:
        await ready(pilot)
        await type_query(pilot, "money>1e9")
        await pilot.press("enter")
        screen = await open_table(pilot)
        summary = str(screen.query_one("#lens-summary", TextLine).text)
        # 45亿元 twice in the title, "4.5 billion yuan" and 45亿元 in the body: 4.5 bn once
        assert summary == ("5 figures in 1 article · CNY ×5: 4.5 bn CNY … 10 bn CNY, "
                           "median 4.5 bn CNY, sum 14.5 bn CNY (3 repeats not added)")
        assert len(screen.view.rows) == 5  # every statement is still a row
        await pilot.press("escape")
        await type_query(pilot, "quantity>1")
        await pilot.press("enter")
        screen = await open_table(pilot)
        summary = str(screen.query_one("#lens-summary", TextLine).text)
        assert "mm ×2: 8 mm … 12 mm, median 10 mm, sum 20 mm" in summary
        assert "°C ×2: 29 °C … 31 °C, median 30 °C" in summary
        assert "sum 60" not in summary  # two days at 30 °C are not 60 °C
