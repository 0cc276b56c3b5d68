"""values16 in the running app: the figures panel refills only when what it lists changes;
the panel and the figures table show a race time and dates as every view does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hzreader.ui._app import HzReaderApp, make_app
from hzreader.ui.widgets.figures import FiguresPanel
from test_lens_app import open_table
from test_values16 import DATES, FULL_ORDER, RACE

from conftest import write_articles
from test_app import SIZE, ready

METALS = {
    "metals.yaml": """
        title: Copper trade
        date: 2025-11-01
        body: |
          Traders sold 300 tonnes of copper for $2 million on 14 March 2025, and 120
          tonnes of zinc. Prices rose 4 percent in a week; 12 mines closed.
        """,
}


def count_fills(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many figures each filling of the panel listed, from now on."""
    fills: list[int] = []
    real = FiguresPanel._fill

    def counted(self: FiguresPanel, document: str, figures: Any, *args: Any) -> None:
        fills.append(len(figures))
        real(self, document, figures, *args)

    monkeypatch.setattr(FiguresPanel, "_fill", counted)
    return fills


async def settle(pilot: Any) -> None:
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_the_panel_refills_only_when_what_it_lists_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each key of a search typed while reading filled the panel again (its cursor back on
    the first figure), though the article and its figures stayed: now only a new article
    (or new figures, or a new theme) fills it."""
    write_articles(tmp_path, {**METALS, **RACE})
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter", "f", "j", "j")
        await settle(pilot)
        panel = app.figures_panel
        title = app.reader.article.title
        assert app.figures_shown and panel.row_count >= 5 and panel.cursor == 2
        fills = count_fills(monkeypatch)
        await pilot.press("enter")  # back into the reading pane, at that figure
        assert app.focused is app.reader and app.reader.current_figure == 2
        await pilot.press("slash", *"copper t")  # each key searched while the article is open
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.search_bar.value == "copper t"
        assert app.reader.article.title == title and app.reader.rendered.matches
        assert fills == [] and panel.cursor == 2  # the same figures: listed as they were
        assert panel.rendered is app.reader.rendered  # (the new rendering taken)
        assert app.focused is app.reader
        await pilot.press("right_square_bracket")  # the pane's next figure: the panel follows
        await settle(pilot)
        assert app.figures_shown and app.reader.current_figure >= 0
        assert panel.cursor == app.reader.current_figure and fills == []
        app.theme = "nord"  # new looks: filled again
        await settle(pilot)
        assert len(fills) == 1


async def test_another_article_fills_the_panel(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    write_articles(tmp_path, {**METALS, **RACE})
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f")
        await settle(pilot)
        fills = count_fills(monkeypatch)
        before = app.reader.article.title
        await pilot.press("escape", "j")  # the list's cursor to the other article
        await settle(pilot)
        if not app.figures_shown:  # (narrow: Esc closed the panel)
            await pilot.press("f")
            await settle(pilot)
        assert app.reader.article.title != before
        assert fills and fills[-1] == app.figures_panel.row_count > 0


async def test_the_panel_shows_a_race_time_as_a_duration(tmp_path: Path) -> None:
    write_articles(tmp_path, RACE)
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f")
        await settle(pilot)
        rows = [str(app.figures_panel.prompt(i)) for i in range(app.figures_panel.row_count)]
        assert any("2:06:41" in row and "2 h 6 min 41 s" in row for row in rows), rows
        assert any("1:32.456" in row and "1 min 32.456 s" in row for row in rows), rows
        assert not any("seconds" in row.split("\n")[0] for row in rows)


async def test_the_table_sorts_dates_by_their_full_date(tmp_path: Path) -> None:
    """By value, the dates of one year came in reading order (only the year compared)."""
    write_articles(tmp_path, DATES)
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        assert screen.order == "value"
        assert isinstance(app, HzReaderApp)
        table = screen.table
        assert table is not None
        rows = [row for row in screen.view.rows if table.kind(row) == "date"]
        shown = [screen.view.row_text(row, 120).plain[:11].strip() for row in rows]
        assert shown == FULL_ORDER
        await pilot.press("R")  # reversed: the oldest first
        await settle(pilot)
        rows = [row for row in screen.view.rows if table.kind(row) == "date"]
        assert [screen.view.row_text(row, 120).plain[:11].strip() for row in rows] == \
            FULL_ORDER[::-1]
