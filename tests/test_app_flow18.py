"""flow18 (tryout17 §B): a search given up after an earlier search you used brings back
where you were at its `/`; the footer follows the focus after a search given up; the
figures panel under 100 columns never leaves the focus in the hidden headline list."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

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


def footer_keys(app: HzReaderApp) -> list[str]:
    """The footer's keys shown, as "key description"."""
    footer = app.screen.query_one(Footer)
    return [f"{key.key} {key.description}".strip() for key in footer.query(FooterKey)
            if key.display]


async def test_the_footer_follows_a_search_given_up(tmp_path: Path) -> None:
    """tryout17 §B.2: after a search given up (Esc Esc) back in the reading pane, the footer
    still offered the list's keys and "q Clear search" until the next key."""
    for earlier in (False, True):
        app = make_app([long_folder(tmp_path / str(earlier))])
        async with app.run_test(size=(80, 24)) as pilot:
            await ready(pilot)
            if earlier:
                await read_long_after_a_search(pilot, app)
            else:
                await pilot.press("j", "enter", "space")
            await pilot.pause()
            reading = footer_keys(app)
            assert "q Back" in reading
            await pilot.press("slash", *"zzqqxx")
            await settle(pilot, app)
            await pilot.press("escape")
            await settle(pilot, app)
            assert "q Clear search" in footer_keys(app)
            await pilot.press("escape")
            await settle(pilot, app)
            assert app.focused is app.reader
            assert "q Back" in footer_keys(app) and "q Clear search" not in footer_keys(app)


def focus_shown(app: HzReaderApp) -> bool:
    """Whether the focused widget is on screen (not hidden by the layout)."""
    focused = app.focused
    return focused is not None and focused.display and focused.region.area > 0


async def test_back_to_the_list_from_the_figures_panel_shows_the_list(tmp_path: Path) -> None:
    """tryout17 §B.3: under 100 columns the figures panel takes the list's place; `f` then
    Esc (or `h`) put the focus in the hidden list (its keys in the footer, `j` changing the
    article through it). Going to the list shows it: the panel gives its place back. Beside
    a wide enough list the panel stays open."""
    for size, key in (((80, 24), "escape"), ((80, 24), "h"), ((120, 40), "escape"),
                      ((120, 40), "h")):
        app = make_app([long_folder(tmp_path / f"{size[0]}{key}")])
        async with app.run_test(size=size) as pilot:
            await ready(pilot)
            await pilot.press("enter", "f")
            await pilot.pause()
            assert app.focused is app.figures_panel and app.panes.show_figures
            await pilot.press(key)
            await pilot.pause()
            assert app.focused is app.headlines and focus_shown(app), (size, key)
            assert app.panes.show_figures == (size[0] >= 100), (size, key)
            assert "⏎ Read" in " ".join(footer_keys(app)) or "enter Read" in footer_keys(app)


async def test_the_list_focused_by_a_search_is_shown(tmp_path: Path) -> None:
    """The same for every way into the list: a search's results (Enter) reached while the
    figures panel took the list's place, or while reading wide (`w`)."""
    for size, keys in (((80, 24), ("enter", "f")), ((120, 40), ("w",)),
                       ((80, 24), ("enter", "w"))):
        app = make_app([long_folder(tmp_path / f"{size[0]}{len(keys)}")])
        async with app.run_test(size=size) as pilot:
            await ready(pilot)
            await pilot.press(*keys)
            await pilot.pause()
            assert app.focused is not app.headlines and focus_shown(app)
            await pilot.press("slash", *"oil", "enter")
            await settle(pilot, app)
            assert app.focused is app.headlines and focus_shown(app), keys
            assert not app.panes.wide


async def test_a_search_given_up_brings_back_the_figures_panel(tmp_path: Path) -> None:
    """Under 100 columns the list showing for a search's results (Esc from the field) closes
    the figures panel; the search given up (Esc Esc) brings back the pane you were in at `/`,
    the panel open again: the panel itself, or the article beside it."""
    for size, keys in (((80, 24), ()), ((80, 24), ("shift+tab",)), ((120, 40), ())):
        app = make_app([long_folder(tmp_path / f"{size[0]}{len(keys)}")])
        async with app.run_test(size=size) as pilot:
            await ready(pilot)
            await pilot.press("j", "enter", "space", "f", *keys)
            await pilot.pause()
            was = app.focused
            assert was is (app.reader if keys else app.figures_panel) and focus_shown(app)
            offset = app.reader.top_offset()
            await pilot.press("slash", *"xyz", "escape")
            await settle(pilot, app)
            assert app.focused is app.headlines and focus_shown(app)
            await pilot.press("escape")
            await settle(pilot, app)
            assert app.focused is was and focus_shown(app), (size, keys)
            assert app.panes.show_figures and app.reader.top_offset() == offset
