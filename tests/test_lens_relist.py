"""The figures table follows the listed articles: a file removed, changed or added under an
open table rebuilds it, in the order shown, the cursor on the same figure (tryout15 §3.4: the
rows and the title's count stayed, and Enter on a removed article's row said "That article
is no longer listed")."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.pilot import Pilot

from hzreader.lens import build_table, figure_key, matching_row, same_articles
from hzreader.library import MemoryLibrary
from hzreader.model import Article
from hzreader.query import Query
from hzreader.ui._app import HzReaderApp, make_app
from hzreader.ui.screens.figure_table import FigureTableScreen
from test_lens_app import open_table, title, told

from conftest import write_articles
from test_app import SIZE, ready

NO_POLL = 3600.0

ARTICLES = {
    "alpha.yaml": """
        title: Alpha port expands
        date: 2026-11-03
        body: |
          The port will spend $4 billion on 12 new berths.
        """,
    "beta.yaml": """
        title: Beta rail opens
        date: 2026-11-02
        body: |
          The line cost $7 billion and carries 90,000 riders a day.
        """,
    "gamma.yaml": """
        title: Gamma farm harvest
        date: 2026-11-01
        body: |
          Farmers brought in 300 tonnes, up 8 percent.
        """,
}


@pytest.fixture(autouse=True)
def no_file_events(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test says when the app looks at the files (`refresh`): no watcher races it."""
    monkeypatch.setenv("HZREADER_WATCH", "poll")


async def refresh(pilot: Pilot[int], *paths: Path) -> None:
    """Have the app re-read `paths` as its watcher does, and wait for the table's rebuild."""
    app = pilot.app
    assert isinstance(app, HzReaderApp)
    await asyncio.to_thread(app.refresh_library, {str(path) for path in paths})
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def row_texts(screen: FigureTableScreen) -> list[tuple[str, str]]:
    """(article title, figure as written) of each row shown, in order."""
    table = screen.table
    assert table is not None
    return [(table.item(row).title, table.text(row, screen.view.article(row)))
            for row in screen.view.rows]


def cursor_text(screen: FigureTableScreen) -> tuple[str, str]:
    row = screen.view.current_row
    assert row is not None and screen.table is not None
    return screen.table.item(row).title, screen.table.text(row, screen.view.article(row))


async def test_a_removed_file_s_rows_go_and_the_cursor_stays_on_its_figure(
        tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app([folder], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        await pilot.press("r")  # by date: the order must survive the rebuild
        assert screen.order == "date"
        assert "Key figures of 3 articles" in title(screen)
        before = row_texts(screen)
        assert ("Alpha port expands", "$4 billion") in before
        while cursor_text(screen) != ("Beta rail opens", "90,000 riders"):
            await pilot.press("j")
        (folder / "alpha.yaml").unlink()
        await refresh(pilot, folder / "alpha.yaml")
        assert app.screen is screen and screen.order == "date"
        assert "Key figures of 2 articles" in title(screen) and "updating" not in title(screen)
        assert row_texts(screen) == [row for row in before if row[0] != "Alpha port expands"]
        assert cursor_text(screen) == ("Beta rail opens", "90,000 riders")
        left = len(row_texts(screen))
        assert left == 4 and told(app).startswith(f"{left} figures in 2 articles")
        assert screen.view.border_subtitle == f"{screen.view.cursor + 1}/{left}"
        await pilot.press("enter")  # opens, no "no longer listed"
        await pilot.pause()
        assert app.reader.article is not None
        assert app.reader.article.title == "Beta rail opens"


async def test_a_removed_figure_gives_way_to_the_next_row(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app([folder], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        before = row_texts(screen)
        await pilot.press("j")
        cursor = screen.view.cursor
        removed = cursor_text(screen)[0]
        path = next(folder / name for name, text in ARTICLES.items() if removed in text)
        path.unlink()
        await refresh(pilot, path)
        assert screen.view.cursor == cursor  # where the removed row stood
        assert sorted(row_texts(screen)) == sorted(row for row in before if row[0] != removed)


async def test_a_changed_file_is_read_again_and_its_figure_found_where_it_moved(
        tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app([folder], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        old_table = screen.table
        while cursor_text(screen) != ("Beta rail opens", "$7 billion"):
            await pilot.press("j")
        path = folder / "beta.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace(
            "The line cost", "Opened on time, with 40 stations, the line cost"),
            encoding="utf-8")
        await refresh(pilot, path)
        assert screen.table is not old_table
        assert ("Beta rail opens", "40 stations") in row_texts(screen)
        assert cursor_text(screen) == ("Beta rail opens", "$7 billion")
        assert screen.view.cursor == row_texts(screen).index(("Beta rail opens", "$7 billion"))


async def test_a_new_file_adds_its_rows_in_their_place_in_the_order(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app([folder], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        cursor = cursor_text(screen)
        write_articles(folder, {"delta.yaml": """
            title: Delta dam approved
            date: 2026-11-04
            body: |
              The dam will cost $9 billion.
            """})
        await refresh(pilot, folder / "delta.yaml")
        assert "Key figures of 4 articles" in title(screen)
        assert row_texts(screen)[0] == ("Delta dam approved", "$9 billion")  # largest first
        assert cursor_text(screen) == cursor


async def test_a_change_to_an_article_not_listed_leaves_the_table_as_it_is(
        tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app([folder], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"port", "enter")
        await ready(pilot)
        assert [item.title for item in app.headlines.items] == ["Alpha port expands"]
        screen = await open_table(pilot)
        table = screen.table
        path = folder / "gamma.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("300", "310"),
                        encoding="utf-8")
        await refresh(pilot, path)
        assert screen.table is table and not screen.updating
        assert "updating" not in title(screen)


async def test_the_title_says_the_rows_are_being_updated_until_they_are(
        tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app([folder], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        fewer = app.headlines.items[1:]
        screen.relist(app.library, fewer, incomplete=False)
        assert screen.updating and "the articles changed: updating…" in title(screen)
        assert "Key figures of 3 articles" in title(screen)  # the rows shown, until ...
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not screen.updating and "updating" not in title(screen)
        assert "Key figures of 2 articles" in title(screen)


async def test_the_table_closed_is_told_nothing_more(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app([folder], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        await pilot.press("escape")
        await pilot.pause()
        (folder / "alpha.yaml").unlink()
        await refresh(pilot, folder / "alpha.yaml")
        assert app.screen is not screen and len(app.headlines.items) == 2
        assert screen.table is not None and len(screen.table.items) == 3


# --- the matching, alone ------------------------------------------------------------------


def _article(name: str, body: str) -> Article:
    return Article(id=name, title=name.title(), body=body, path=f"/x/{name}.yaml")


def test_the_same_figure_is_found_by_its_place_then_by_its_value() -> None:
    old = MemoryLibrary([_article("a", "It cost $4 billion and 12 berths."),
                         _article("b", "Riders: 90,000 a day, $7 billion.")])
    table = build_table(old, old.items, Query(""))
    rows = {table.text(row, old.articles_of([table.item(row)])[0]): row
            for row in range(len(table))}
    key = figure_key(table, rows["$7 billion"])
    assert matching_row(table, key) == rows["$7 billion"]
    edited = MemoryLibrary([_article("b", "New: 3 lines. Riders: 90,000 a day, $7 billion.")])
    again = build_table(edited, edited.items, Query(""))
    found = matching_row(again, key)
    assert found is not None and again.value(found) == 7e9 and again.item(found).id == "b"
    gone = MemoryLibrary([_article("a", "It cost $4 billion and 12 berths.")])
    assert matching_row(build_table(gone, gone.items, Query("")), key) is None
    changed = MemoryLibrary([_article("b", "Riders: 90,000 a day, $8 billion.")])
    table = build_table(changed, changed.items, Query(""))  # the figure edited in its place
    found = matching_row(table, key)
    assert found is not None and table.value(found) == 8e9
    elsewhere = MemoryLibrary([_article("b", "Riders: 90,000 a day and $8 billion.")])
    assert matching_row(build_table(elsewhere, elsewhere.items, Query("")), key) is None


def test_same_articles_compares_ids_and_content() -> None:
    one = MemoryLibrary([_article("a", "$4 billion"), _article("b", "5 percent")])
    assert same_articles(one, one.items, one, one.items)
    again = MemoryLibrary([_article("a", "$4 billion"), _article("b", "5 percent")])
    assert same_articles(one, one.items, again, again.items)
    edited = MemoryLibrary([_article("a", "$4 billion"), _article("b", "6 percent")])
    assert not same_articles(one, one.items, edited, edited.items)
    assert not same_articles(one, one.items, one, one.items[:1])
    assert not same_articles(one, one.items, one, list(reversed(one.items)))
