"""Clicks pick the row under the pointer (tryout19: the lists counted their top border as a
row, so a click picked the row below and a double click opened the wrong article)."""

from __future__ import annotations

from pathlib import Path

from hzreader.ui._app import make_app

from conftest import seed_article
from test_app import SIZE, ready


async def test_a_click_in_the_headline_list_picks_that_row(sample_dir: Path) -> None:
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        headlines = app.headlines
        assert headlines.styles.border_top[0]  # the list has a border line above its rows
        await pilot.click(headlines, offset=(4, 0))  # the border: no row
        assert headlines.cursor == 0
        await pilot.click(headlines, offset=(4, 3))  # the third row
        assert headlines.cursor == 2
        await pilot.click(headlines, offset=(4, 3), times=2)
        await pilot.pause()
        assert app.reader.article is not None
        assert app.reader.article.title == headlines.items[2].title


async def test_a_click_on_a_figure_s_context_line_jumps_to_that_figure() -> None:
    app = make_app([seed_article()], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f")
        panel = app.figures_panel
        await pilot.click(panel, offset=(6, 2))  # the first figure's second line
        await pilot.pause()
        assert app.reader.current_figure == 0
        await pilot.click(panel, offset=(6, 4))  # the second figure's second line
        await pilot.pause()
        assert app.reader.current_figure == 1
