"""flow17: going back one level (`q`, Esc) from a search's results stays in the list
(tryout16 §2.6); Esc Esc from the search field still gives the search up into the pane."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from hzreader.ui._app import HzReaderApp, make_app
from test_app_flow14 import long_folder, open_long_and_page
from test_lens_app import open_table

from conftest import write_articles
from test_app import ready


async def settle(pilot: Pilot[int], app: HzReaderApp) -> None:
    """Let the searches run and their results be listed."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def test_q_in_results_reached_with_enter_stays_in_the_list(tmp_path: Path) -> None:
    """tryout16 §2.6: reading, `/oil` Enter (the list has the focus), `q`: the search was
    cleared and the focus went into the reading pane, so the next `j` scrolled the article."""
    app = make_app([long_folder(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        article_id, offset = await open_long_and_page(pilot, app)
        await pilot.press("slash", *"oil", "enter")
        await settle(pilot, app)
        assert app.focused is app.headlines and len(app.headlines.items) == 1
        await pilot.press("q")
        await settle(pilot, app)
        assert app.search_bar.value == "" and len(app.headlines.items) == 3
        assert app.focused is app.headlines
        # the article you had is back under the cursor, scrolled as it was
        assert app.headlines.current.id == article_id == app.reader.article.id
        assert app.reader.top_offset() == offset
        await pilot.press("j")
        await pilot.pause()
        assert app.headlines.cursor == 2 and app.reader.article.title == "Third story"


async def test_esc_in_results_reached_with_enter_stays_in_the_list(tmp_path: Path) -> None:
    """The same with Esc in the results, and with Down leaving the field for them."""
    for leave in ("enter", "down"):
        app = make_app([long_folder(tmp_path / leave)])
        async with app.run_test(size=(80, 24)) as pilot:
            await ready(pilot)
            await open_long_and_page(pilot, app)
            await pilot.press("slash", *"xyz", leave)  # no match: the empty list
            await settle(pilot, app)
            assert app.focused is app.headlines and not app.headlines.items
            await pilot.press("escape")
            await settle(pilot, app)
            assert app.search_bar.value == "" and len(app.headlines.items) == 3
            assert app.focused is app.headlines, leave
            assert app.reader.article.title == "Long story"


async def test_q_after_esc_left_the_field_stays_in_the_list(tmp_path: Path) -> None:
    """`q` goes back one level, never into a pane: also after Esc left the search field."""
    app = make_app([long_folder(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        article_id, offset = await open_long_and_page(pilot, app)
        await pilot.press("slash", *"tea", "escape")
        await settle(pilot, app)
        assert app.focused is app.headlines
        await pilot.press("q")
        await settle(pilot, app)
        assert app.focused is app.headlines and app.search_bar.value == ""
        assert app.reader.article.id == article_id and app.reader.top_offset() == offset


async def test_esc_esc_still_gives_a_search_up_into_the_pane(tmp_path: Path) -> None:
    """Esc Esc (leave the field, then clear) is the search given up, as less's aborted
    search: back in the reading pane, where it was (docs/keys.md, tryout14 §2.5)."""
    app = make_app([long_folder(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        article_id, offset = await open_long_and_page(pilot, app)
        await pilot.press("slash", *"oil", "escape", "escape")
        await settle(pilot, app)
        assert app.focused is app.reader
        assert app.reader.article.id == article_id and app.reader.top_offset() == offset


def many_articles(folder: Path, count: int = 40) -> Path:
    """`count` short articles, each with a figure (rows enough to page in the list and in
    the figures table)."""
    return write_articles(folder, {
        f"a{n:02}.yaml": f"title: Story {n}\ndate: 2025-03-{n % 28 + 1:02}\n"
                         f"body: The council spent £{n + 1}m on {n + 2} new buses.\n"
        for n in range(count)})


async def test_d_moves_half_a_page_in_the_list_and_the_table(tmp_path: Path) -> None:
    """`d` is half a page down in the list and the figures table, as Ctrl+D and as `d` in
    the reading pane (less); `u` stays the next unread article."""
    app = make_app([many_articles(tmp_path / "many")])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+d")
        by_ctrl_d = app.headlines.cursor
        assert by_ctrl_d > 1
        await pilot.press("g", "d")
        assert app.headlines.cursor == by_ctrl_d
        await pilot.press("d")
        assert app.headlines.cursor == 2 * by_ctrl_d
        assert app.focused is app.headlines
        screen = await open_table(pilot)
        view = screen.view
        await pilot.press("ctrl+d")
        by_ctrl_d = view.cursor
        assert by_ctrl_d > 1
        await pilot.press("g", "d")
        await pilot.pause()
        assert view.cursor == by_ctrl_d
        await pilot.press("ctrl+u")
        assert view.cursor == 0
