"""tryout14's reading and list flow: a search given up keeps the reading place, `z` in the
unread view, the footer's `q` in a search's results, searches with no terms, `/` Enter
repeating the last search, and short toasts."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding
from textual.pilot import Pilot
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from hzreader.ui._app import HzReaderApp, make_app
from hzreader.ui.screens.figure_table import FigureTableScreen
from hzreader.ui.screens.help import HelpScreen
from hzreader.ui.widgets.textline import TextLine

from conftest import write_articles
from test_app import SIZE, ready

LONG = "\n\n".join(f"Paragraph {n} of the long story, with enough words to fill a line or "
                   "two of the reading pane at any width." for n in range(80))


def long_folder(tmp_path: Path) -> Path:
    """Three articles, the second long enough to page through."""
    body = LONG.replace("\n", "\n  ")
    return write_articles(tmp_path / "articles", {
        "a.yaml": "title: First story\ndate: 2025-03-03\nbody: Short text about tea.\n",
        "b.yaml": f"title: Long story\ndate: 2025-03-02\nbody: |\n  {body}\n",
        "c.yaml": "title: Third story\ndate: 2025-03-01\nbody: Short text about oil.\n",
    })


async def open_long_and_page(pilot: Pilot[int], app: HzReaderApp) -> tuple[str, int]:
    """Open the long story and page down twice; its id and the offset shown."""
    await pilot.press("j", "enter", "space", "space")
    await pilot.pause()
    assert app.focused is app.reader and app.reader.article.title == "Long story"
    offset = app.reader.top_offset()
    assert offset > 0
    return app.reader.article.id, offset


async def test_a_search_with_no_match_given_up_keeps_the_reading_place(tmp_path: Path) -> None:
    """tryout14 §2.5: `/xyz` (no match) while reading two pages down, then Esc Esc, brought
    the article back at its title with the focus in the list; as in less, backing out of a
    search leaves you where you were: the same article, scroll and focus."""
    app = make_app([long_folder(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        article_id, offset = await open_long_and_page(pilot, app)
        await pilot.press("slash", "x", "y", "z")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.headlines.items) == 0
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert app.search_bar.value == ""
        assert app.reader.article.id == article_id
        assert app.reader.top_offset() == offset
        assert app.focused is app.reader
        assert app.headlines.current.id == article_id


async def test_a_search_deleted_in_the_bar_keeps_the_reading_place(tmp_path: Path) -> None:
    """The same with the query deleted (Ctrl+U) and Esc, and with `q` from the empty list
    (which keeps the focus in the list)."""
    app = make_app([long_folder(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        article_id, offset = await open_long_and_page(pilot, app)
        await pilot.press("slash", "o", "i", "l")  # matches another article
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.reader.article.id != article_id
        await pilot.press("ctrl+u")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.reader.article.id == article_id
        assert app.reader.top_offset() == offset
        assert app.focused is app.reader
        await pilot.press("slash", "q", "x", "enter")  # no match, Enter: the empty list
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.focused is app.headlines and not app.headlines.items
        await pilot.press("q")  # gives the search up
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert app.reader.article.id == article_id
        assert app.reader.top_offset() == offset
        # flow17 (tryout16 §2.6): `q` goes back one level, never into a pane
        assert app.focused is app.headlines


async def test_a_search_given_up_from_the_list_keeps_the_focus_there(tmp_path: Path) -> None:
    app = make_app([long_folder(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("j", "j")
        await pilot.press("slash", "x", "y", "z", "escape", "escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.focused is app.headlines and app.headlines.cursor == 2


async def test_undo_in_the_unread_view_lists_the_articles_unread_again(
        sample_dir: Path) -> None:
    """tryout14 §2.7: `A` `y` `v` then `z` said "5 articles are unread again" while the list
    still said "No unread articles"."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("A", "y", "v")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.headlines.items
        assert app.headlines.empty_message.startswith("No unread articles.")
        await pilot.press("z")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.headlines.items) == 4
        assert app.headlines.border_title == "Unread headlines"
        assert app.reader.article is not None


def footer_q(app: HzReaderApp) -> str:
    """What the footer says `q` does."""
    footer = app.screen.query_one(Footer)
    return next(key.description for key in footer.query(FooterKey) if key.key == "q")


async def test_the_footer_says_what_q_does_where_you_are(sample_dir: Path) -> None:
    """tryout14 §3.1: in a search's results the footer said `q Quit`, but `q` cleared the
    search."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert footer_q(app) == "Quit"
        await pilot.press("slash", *"yuan", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.focused is app.headlines and footer_q(app) == "Clear search"
        await pilot.press("enter")
        await pilot.pause()
        assert footer_q(app) == "Back"
        await pilot.press("q")
        await pilot.pause()
        assert footer_q(app) == "Clear search"
        await pilot.press("q")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.search_bar.value == "" and footer_q(app) == "Quit"
        assert app.is_running


async def test_a_search_of_ignored_terms_keeps_the_article_you_were_on(
        sample_dir: Path) -> None:
    """tryout14 §3.2: `/kind:` Enter or `/$` Enter (every term ignored: every article is
    listed) put the cursor on the row it had before an earlier search, not where the reader
    was."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j")  # the club: no yuan in it
        for ignored in ("kind:", "$"):
            await pilot.press("slash", "ctrl+u", *"yuan", "enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            chosen = app.headlines.current
            assert chosen is not None and "yuan" in (chosen.title + app.reader.article.body)
            await pilot.press("slash", *ignored, "enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert len(app.headlines.items) == 4
            assert app.headlines.current.id == chosen.id, ignored


async def test_slash_enter_on_an_empty_bar_repeats_the_last_search(sample_dir: Path) -> None:
    """tryout14 §3.9: as in less and vim, `/` then Enter repeats the last search."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash", "enter")  # nothing searched yet: nothing happens
        await pilot.pause()
        assert app.search_bar.value == "" and len(app.headlines.items) == 4
        await pilot.press("slash", *"yuan", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("escape")  # cleared
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.search_bar.value == "" and len(app.headlines.items) == 4
        await pilot.press("slash", "enter", "n")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.search_bar.value == "yuan" and len(app.headlines.items) == 2
        assert app.focused is app.reader and app.reader.border_subtitle.startswith("match")
        from hzreader.ui.screens.help import help_sections

        search_keys = dict(help_sections([]))["Search bar"]
        assert any("repeat the last search" in (key.tooltip or "") for key in search_keys
                   if isinstance(key, Binding))


# -- toasts (tryout14 §4) ------------------------------------------------------------------


async def pause(pilot: Pilot[int], times: int = 3) -> None:
    """A few refreshes: a notification, then the toast rack's update."""
    for _ in range(times):
        await pilot.pause()


async def test_toasts_are_short(sample_dir: Path) -> None:
    """A failure toast after `R` stayed well over 10 s."""
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(pilot)
        app.notify("Plain.")
        app.notify("Broken.", severity="error")
        app.notify("Asked for long.", timeout=30)
        await pause(pilot)
        timeouts = {str(note.message): note.timeout for note in app._notifications}
        assert timeouts["Plain."] <= 4
        assert timeouts["Broken."] <= 6 and timeouts["Asked for long."] <= 6


async def test_no_toast_over_the_help_a_message_waits_for_it(sample_dir: Path) -> None:
    """The failure toast sat over the help screen: a message that comes while a pop-up is
    open waits until it closes; one up already is hidden there."""
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await ready(pilot)
        app.notify("Before the help.")
        await pause(pilot)
        await pilot.press("question_mark")
        await pause(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert all(not toast.visible for toast in app.screen.query("Toast"))
        app.notify("Feeds not updated.", severity="error")
        await pause(pilot)
        assert "Feeds not updated." not in [str(n.message) for n in app._notifications]
        await pilot.press("escape")
        await pause(pilot)
        assert not isinstance(app.screen, HelpScreen)
        shown = [str(toast.render()) for toast in app.screen.query("Toast") if toast.visible]
        assert any("Feeds not updated." in text for text in shown)


async def test_over_the_figures_table_messages_go_to_its_bottom_line(
        sample_dir: Path) -> None:
    """"Wrote 19 figures…" covered the table's rows."""
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await app.workers.wait_for_complete()
        await pause(pilot)
        screen = app.screen
        assert isinstance(screen, FigureTableScreen) and screen.table is not None
        summary = screen.query_one("#lens-summary", TextLine).text
        app.notify("Wrote 19 figures to /tmp/x.csv.", timeout=4)
        await pause(pilot)
        assert screen.query_one("#lens-summary", TextLine).text == \
            "Wrote 19 figures to /tmp/x.csv."
        assert not [toast for toast in screen.query("Toast") if toast.visible]
        screen._end_told()  # (its timer, run now)
        assert screen.query_one("#lens-summary", TextLine).text == summary


async def test_enter_on_a_bar_emptied_by_hand_clears_the_search(sample_dir: Path) -> None:
    """`/` Ctrl+U Enter still means no search (only `/` Enter with nothing typed repeats)."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"yuan", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("slash", "ctrl+u", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.search_bar.value == "" and len(app.headlines.items) == 4
