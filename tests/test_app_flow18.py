"""flow18 (tryout17 §B): a search given up after an earlier search you used brings back
where you were at its `/`; the footer follows the focus after a search given up; the
figures panel under 100 columns never leaves the focus in the hidden headline list."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from hzreader.ui._app import HzReaderApp, make_app
from test_app_flow14 import long_folder
from test_app_flow17 import settle

from test_app import ready


async def read_long_after_a_search(pilot: Pilot[int], app: HzReaderApp) -> tuple[str, int]:
    """tryout17 §B.1's start: `/paragraph` Enter (only the long story matches), Enter to
    open it, two pages down; its id and the offset shown (the search stays listed)."""
    await pilot.press("slash", *"paragraph", "enter")
    await settle(pilot, app)
    assert len(app.headlines.items) == 1 and app.focused is app.headlines
    await pilot.press("enter", "space", "space")
    await pilot.pause()
    assert app.focused is app.reader and app.reader.article.title == "Long story"
    offset = app.reader.top_offset()
    assert offset > 0
    return app.reader.article.id, offset


async def test_a_search_given_up_after_a_search_used_brings_back_the_article(
        tmp_path: Path) -> None:
    """tryout17 §B.1: `/transcript` Enter Enter `50%`, then `/zzqqxx` (no match) Esc Esc
    listed every article with the cursor on the first and the focus in the list; as after
    a first search, the article comes back scrolled as it was, in the reading pane."""
    for size in ((80, 24), (120, 40)):
        app = make_app([long_folder(tmp_path / str(size[0]))])
        async with app.run_test(size=size) as pilot:
            await ready(pilot)
            article_id, offset = await read_long_after_a_search(pilot, app)
            await pilot.press("slash", *"zzqqxx")
            await settle(pilot, app)
            assert not app.headlines.items
            await pilot.press("escape", "escape")
            await settle(pilot, app)
            assert app.search_bar.value == "" and len(app.headlines.items) == 3
            assert app.headlines.current.id == article_id == app.reader.article.id
            assert app.reader.top_offset() == offset
            assert app.focused is app.reader


async def test_a_second_search_that_matched_given_up_brings_back_the_article(
        tmp_path: Path) -> None:
    """The same when the search given up found another article (`/oil`), from the field
    (Esc Esc) and with its query deleted (Ctrl+U, Esc)."""
    for keys in (("escape", "escape"), ("ctrl+u", "escape")):
        app = make_app([long_folder(tmp_path / keys[0])])
        async with app.run_test(size=(80, 24)) as pilot:
            await ready(pilot)
            article_id, offset = await read_long_after_a_search(pilot, app)
            await pilot.press("slash", *"oil")
            await settle(pilot, app)
            assert app.reader.article.title == "Third story"
            await pilot.press(*keys)
            await settle(pilot, app)
            assert app.search_bar.value == "" and len(app.headlines.items) == 3, keys
            assert app.headlines.current.id == article_id == app.reader.article.id, keys
            assert app.reader.top_offset() == offset, keys
            assert app.focused is app.reader, keys


async def test_q_before_opening_a_second_search_result_brings_back_the_article(
        tmp_path: Path) -> None:
    """`/oil` Enter (in its results, none opened) then `q`, and `/zzqqxx` Enter, Enter on
    the empty list, `q`: every article, the one you read under the cursor as it was; the
    focus stays in the list (going back one level never goes into a pane)."""
    for query in ("oil", "zzqqxx"):
        app = make_app([long_folder(tmp_path / query)])
        async with app.run_test(size=(80, 24)) as pilot:
            await ready(pilot)
            article_id, offset = await read_long_after_a_search(pilot, app)
            await pilot.press("slash", *query, "enter")
            await settle(pilot, app)
            assert app.focused is app.headlines
            if not app.headlines.items:
                await pilot.press("enter")  # nothing to open
                await settle(pilot, app)
            await pilot.press("q")
            await settle(pilot, app)
            assert app.search_bar.value == "" and len(app.headlines.items) == 3, query
            assert app.headlines.current.id == article_id == app.reader.article.id, query
            assert app.reader.top_offset() == offset, query
            assert app.focused is app.headlines, query


async def test_a_second_search_used_keeps_its_article(tmp_path: Path) -> None:
    """A second search whose result was opened is not given up: clearing it keeps that
    article (guard)."""
    app = make_app([long_folder(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await read_long_after_a_search(pilot, app)
        await pilot.press("slash", *"oil", "enter", "enter")
        await settle(pilot, app)
        assert app.focused is app.reader and app.reader.article.title == "Third story"
        await pilot.press("q", "q")
        await settle(pilot, app)
        assert app.search_bar.value == "" and len(app.headlines.items) == 3
        assert app.headlines.current.title == "Third story" == app.reader.article.title
        assert app.focused is app.headlines


async def test_slash_left_unchanged_does_not_forget_the_search_used(tmp_path: Path) -> None:
    """`/` then Esc with nothing typed starts no search: the search listed (used) is
    cleared later keeping the article read and its place (guard)."""
    app = make_app([long_folder(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        article_id, _ = await read_long_after_a_search(pilot, app)
        await pilot.press("slash", "escape")
        await settle(pilot, app)
        assert app.focused is app.reader
        await pilot.press("space")
        await pilot.pause()
        offset = app.reader.top_offset()
        await pilot.press("q", "q")
        await settle(pilot, app)
        assert app.search_bar.value == "" and len(app.headlines.items) == 3
        assert app.headlines.current.id == article_id == app.reader.article.id
        assert app.reader.top_offset() == offset

