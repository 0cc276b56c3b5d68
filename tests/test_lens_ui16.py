"""ui16: the figures table found empty offers no keys for rows (the empty-results rule of
ui15), and a rebuild (`relist`) reads the cursor on the UI thread, keeping the figure the
cursor is on when the new table is shown."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest

from hzreader.ui._app import make_app
from hzreader.ui.screens import figure_table, figure_table_job
from hzreader.ui.widgets.figure_table import FigureTableView
from test_app_ui15 import footer_keys
from test_app_ui16 import LONG
from test_lens_app import open_table, title, told
from test_lens_relist import ARTICLES, NO_POLL, cursor_text

from conftest import write_articles
from test_app import SIZE, ready


async def test_an_empty_figures_table_offers_no_keys_for_rows(tmp_path: Path) -> None:
    """`t` on an empty list offered ⏎ Open (and order, reverse, export) with no row."""
    app = make_app([write_articles(tmp_path / "a", LONG)], watch_interval=0)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"zzqxnothing", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.headlines.items
        screen = await open_table(pilot)
        assert not screen.view.rows
        keys = footer_keys(app)
        assert "escape" in keys and not {"enter", "r", "R", "e"} & keys
        assert "(r: order" not in title(screen)
        await pilot.press("r", "e")  # not offered, yet not dead: the next table's order, and
        await pilot.pause()  # a note that there is nothing to export
        assert screen.order == "date" and "Nothing to export" in told(app)
        await pilot.press("escape", "escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.headlines.items
        screen = await open_table(pilot)
        assert {"enter", "r", "R", "e"} <= footer_keys(app)
        assert "(r: order, R: reverse)" in title(screen)


def not_gamma(screen: Any, after: int = 0) -> int:
    """The first row shown after row `after` whose figure is not of Gamma (the article the
    rebuild leaves out)."""
    table = screen.table
    return next(at for at, row in enumerate(screen.view.rows)
                if at > after and table.item(row).title != "Gamma farm harvest")


def record_cursor_threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The thread of every read of the table's cursor row, from now on."""
    threads: list[threading.Thread] = []
    read = FigureTableView.current_row.fget
    assert read is not None

    def recorded(self: FigureTableView) -> int | None:
        threads.append(threading.current_thread())
        return read(self)

    monkeypatch.setattr(FigureTableView, "current_row", property(recorded))
    return threads


async def test_a_rebuild_reads_the_cursor_on_the_ui_thread(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """review15 §7: `build` read `view.current_row` in its worker thread."""
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app([folder], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        assert "Gamma farm harvest" not in [item.title for item in app.headlines.items[:2]]
        screen.view.cursor = not_gamma(screen)
        kept = cursor_text(screen)
        threads = record_cursor_threads(monkeypatch)
        screen.relist(app.library, app.headlines.items[:2], incomplete=False)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert threads and set(threads) == {threading.main_thread()}
        assert cursor_text(screen) == kept


async def test_the_cursor_moved_during_a_rebuild_keeps_its_figure(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The figure kept is the one under the cursor when the new rows come, not when the
    rebuild began."""
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app([folder], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        gate, build = threading.Event(), figure_table_job.build_table

        def held(*args: Any) -> Any:
            gate.wait(60)
            return build(*args)

        monkeypatch.setattr(figure_table_job, "build_table", held)
        start = not_gamma(screen)
        screen.view.cursor = start
        screen.relist(app.library, app.headlines.items[:2], incomplete=False)
        await pilot.pause()
        assert screen.updating
        await pilot.press(*"j" * (not_gamma(screen, start) - start))
        await pilot.pause()
        moved_to = cursor_text(screen)
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not screen.updating and cursor_text(screen) == moved_to


async def test_the_cursor_moved_while_the_rows_are_matched_keeps_its_figure(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cursor read, then moved while the worker finds its figure in the new table: the
    figure shown under the cursor is the one moved to."""
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app([folder], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        entered, gate = threading.Event(), threading.Event()
        match = figure_table.matching_row

        def held(*args: Any) -> Any:
            if threading.current_thread() is not threading.main_thread():
                entered.set()
                gate.wait(60)
            return match(*args)

        monkeypatch.setattr(figure_table, "matching_row", held)
        start = not_gamma(screen)
        screen.view.cursor = start
        screen.relist(app.library, app.headlines.items[:2], incomplete=False)
        assert await asyncio.to_thread(entered.wait, 60)
        await pilot.press(*"j" * (not_gamma(screen, start) - start))
        await pilot.pause()
        moved_to = cursor_text(screen)
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not screen.updating and cursor_text(screen) == moved_to
