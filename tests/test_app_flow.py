"""The reading flow as a less and newsboat user expects it: n/N after a search, q backs out,
what counts as read, next unread, mark all read with undo, unread only, the list's width."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.pilot import Pilot

from hzreader.ui._app import HzReaderApp, make_app
from hzreader.ui.screens.confirm import ConfirmScreen
from hzreader.ui.screens.help import HelpScreen
from hzreader.ui.widgets.textline import StatusLine

from conftest import write_articles
from test_app import SIZE, messages, ready, type_query, widget_lines

FACTORY = "Factory output rises 5.2 percent in October"
CLUB = "Local club wins the cup"
METRO = "Metro line opens in Hangzhou"
TEA = "Undated feature about tea"


def is_read(app: HzReaderApp, title: str) -> bool:
    """Whether the listed article with `title` is marked read."""
    item = next(i for i in app.library.items if i.title == title)
    return app.state.mark(app.library.key_of(item), item.id).read


async def search_and_enter(pilot: Pilot[int], text: str) -> None:
    """`/text` then Enter, as in less."""
    await type_query(pilot, text)
    await pilot.press("enter")
    await pilot.pause()


# -- n and N right after a search ---------------------------------------------------------


async def test_n_after_search_and_enter_opens_the_first_match(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await search_and_enter(pilot, "yuan")
        assert app.focused is app.headlines
        first, second = (item.title for item in app.headlines.items)
        assert app.reader.article.title == first  # beside the list, its one match marked
        assert app.reader.border_subtitle == "match 1/1"
        await pilot.press("n")  # as less's n: on to the next match, in the next article
        assert app.focused is app.reader
        assert app.reader.article.title == second
        assert app.reader.border_subtitle == "match 1/1"
        assert is_read(app, second)  # opening with n counts as reading
        await pilot.press("N")  # back: the match before, in the first article
        assert app.reader.article.title == first
        assert is_read(app, first)  # reached with N in the reading pane: read


async def test_n_typed_before_the_results_come_waits_for_them(sample_dir: Path) -> None:
    """tryout4: `/yuan` Enter `n` sent at once said "Nothing searched yet" when the search
    had not answered yet; `n` now opens the first match once the results are listed."""
    import threading

    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        gate = threading.Event()
        search = app.library.search

        def slow_search(*args: object, **kwargs: object) -> object:
            gate.wait(30)
            return search(*args, **kwargs)  # type: ignore[arg-type]

        app.library.search = slow_search  # type: ignore[method-assign]
        await pilot.press("slash", *"yuan", "enter", "n")
        await pilot.pause()
        assert app.focused is app.headlines and not messages(app)
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.focused is app.reader  # as less: /yuan Enter shows match 1, n the next
        assert app.reader.article.title == app.headlines.items[1].title
        assert app.reader.border_subtitle == "match 1/1"
        assert not any("Nothing searched" in text for text in messages(app))


async def test_capital_n_back_into_the_article_before_lands_on_its_last_match(
        tmp_path: Path) -> None:
    """tryout4: `N` from an article's first match went to the first match of the one before,
    skipping its others (less goes to the previous match)."""
    folder = write_articles(tmp_path / "storms", {
        "a.yaml": """
            title: Storm Ines reaches the coast
            date: 2025-11-20
            body: The storm hit the west coast at dawn. By noon the storm had passed.
            """,
        "b.yaml": """
            title: Turnout and the storm
            date: 2025-11-19
            body: Voters braved the storm. Later the storm eased and turnout rose.
            """,
    })
    app = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await search_and_enter(pilot, "storm")
        first, second = (item.title for item in app.headlines.items)
        # The pane beside the list marks the title's match: two in the body, then the next
        await pilot.press("n", "n", "n")
        assert app.reader.article.title == second
        assert app.reader.border_subtitle == "match 1/3"
        await pilot.press("N")
        await pilot.pause()
        assert app.reader.article.title == first
        assert app.reader.border_subtitle == "match 3/3"


async def test_slash_selects_the_listed_search_so_typing_starts_a_new_one(
        sample_dir: Path) -> None:
    """tryout4: `/turnout` Enter then `/pixel` searched "turnoutpixel"."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await search_and_enter(pilot, "yuan")
        await pilot.press("slash", *"cup")
        assert app.search_bar.value == "cup"
        await pilot.press("enter", "slash", "end", *" club")
        assert app.search_bar.value == "cup club"  # an arrow key keeps it to refine


async def test_n_past_the_last_match_of_the_last_article_says_so(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await search_and_enter(pilot, "yuan")
        last = app.headlines.items[-1].title
        await pilot.press("n")  # the first result's one match is marked: n goes on
        assert app.reader.article.title == last and app.reader.border_subtitle == "match 1/1"
        assert "No more matches" not in status_text(app)
        await pilot.press("n", "n")  # nothing further: said, as less says "Pattern not found"
        assert app.reader.article.title == last
        assert "No more matches below: this is the last matching article." in status_text(app)
        assert not any("No more matches" in text for text in messages(app))  # no toast pile
        await pilot.press("N", "N")  # back before the first match of the first article
        assert "No more matches above: this is the first matching article." in status_text(app)


def status_text(app: HzReaderApp) -> str:
    """What the status line shows."""
    return str(app.query_one("#status").render())


async def test_n_after_g_searches_on_from_the_view_as_less_does(tmp_path: Path) -> None:
    body = "\n\n".join(f"Paragraph {i} of the report names the section." for i in range(80))
    folder = write_articles(tmp_path / "a", {"long.yaml": (
        "title: Long report\nbody: |\n" + "".join(
            f"  {line}\n" for line in body.splitlines()))})
    app = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await search_and_enter(pilot, "section")
        await pilot.press("n")  # the pane beside the list marks the first match: the next
        await pilot.pause()
        reader = app.reader
        assert reader.current_match == 1 and app.focused is reader
        await pilot.press("G")  # to the end: the first match is far above the view
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert reader.current_match >= 60, reader.current_match  # a match in view, not #2
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("N")  # nothing above the view: no previous match, said so
        await pilot.pause()
        assert "No more matches above" in status_text(app)
        await pilot.press("n")  # from the top of the view: the first match in it
        await pilot.pause()
        assert reader.current_match == 0


async def test_capital_n_from_the_list_opens_the_last_match(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await search_and_enter(pilot, "percent")
        await pilot.press("N")
        assert app.focused is app.reader
        count = len(app.reader.rendered.matches)
        assert count > 1 and app.reader.border_subtitle == f"match {count}/{count}"


async def test_n_without_a_search_says_how_to_search(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n")
        assert app.focused is app.headlines
        said = "Nothing searched yet: press / to search (u: next unread)."  # newsboat's n
        assert said in messages(app)
        await pilot.press("enter", "n")  # the same toast is up: not stacked a second time
        assert messages(app).count(said) == 1
        app.clear_notifications()
        await pilot.press("n")  # from the reading pane too
        assert messages(app) == [said]
        app.clear_notifications()
        await pilot.press("N")  # newsboat's N toggles read: here m
        assert messages(app) == [
            "Nothing searched yet: press / to search (m: mark read or unread)."]


# -- q backs out one level, Q quits ----------------------------------------------------------


async def test_q_backs_out_one_level_and_quits_from_the_list(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter", "f")
        assert app.focused is app.figures_panel and app.figures_shown
        await pilot.press("q")  # the panel closes: back to the article
        assert not app.figures_shown and app.focused is app.reader
        await pilot.press("q")  # the article: back to the list
        assert app.focused is app.headlines and app.is_running
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("q")  # a pop-up closes
        assert not isinstance(app.screen, HelpScreen) and app.is_running
        await pilot.press("q")  # the list: quit
        await pilot.pause()
    assert app.return_code == 0


async def test_q_from_a_search_s_results_goes_back_to_every_article(sample_dir: Path) -> None:
    """tryout11: one `q` too many in a search's results ended the session; newsboat leaves
    the search results first."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "metro")
        await pilot.press("enter")  # to the results
        assert app.focused is app.headlines and len(app.headlines.items) < 4
        await pilot.press("q")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running and app.search_bar.value == "" and len(app.headlines.items) == 4
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


@pytest.mark.parametrize("keys", [("enter", "Q"), ("enter", "f", "Q"), ("question_mark", "Q"),
                                  ("p", "Q"), ("A", "Q")])
async def test_capital_q_quits_from_anywhere(sample_dir: Path, keys: tuple[str, ...]) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_q_in_wide_reading_brings_the_list_back(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter", "w")
        assert app.panes.wide
        await pilot.press("q")
        await pilot.pause()
        assert not app.panes.wide and app.focused is app.headlines
        assert app.headlines.size.width > 0


# -- what counts as read -------------------------------------------------------------------


async def test_passing_over_articles_does_not_read_them(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "j", "k")
        assert not any(is_read(app, t) for t in (FACTORY, CLUB, METRO, TEA))


async def test_an_article_resting_in_the_preview_is_read(sample_dir: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("hzreader.ui._marking.READ_AFTER", 0.01)
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        for _ in range(5):
            await pilot.pause()
        assert app._read_timer is None  # the article shown at start was not chosen
        assert not is_read(app, FACTORY)
        await pilot.press("j")
        for _ in range(20):  # the timer fires on the next turns of the event loop
            if is_read(app, CLUB):
                break
            await pilot.pause()
        assert is_read(app, CLUB)
        assert app.focused is app.headlines
        assert widget_lines(app.headlines)[1].startswith("  ")  # no unread dot any more


async def test_the_preview_timer_is_cancelled_by_moving_on(sample_dir: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("hzreader.ui._marking.READ_AFTER", 3600.0)
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j")
        timer = app._read_timer
        assert timer is not None
        await pilot.press("j")
        assert app._read_timer is not timer  # the club's timer was stopped, the metro's runs
        app.preview_rested(app.headlines.items[1].id)  # a late timer for the club ...
        assert not is_read(app, CLUB)  # ... reads nothing: the club is no longer shown


async def test_scrolling_to_the_end_reads_the_article(tmp_path: Path) -> None:
    body = "\n\n".join(f"Paragraph {n} of a long story." for n in range(60))
    (tmp_path / "long.yaml").write_text(
        "title: Long\ndate: 2020-01-01\nbody: |\n  " + body.replace("\n", "\n  ") + "\n",
        encoding="utf-8")
    (tmp_path / "new.yaml").write_text("title: Newer\ndate: 2021-01-01\nbody: short\n",
                                       encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "tab")  # into the reading pane without opening
        assert app.focused is app.reader and not is_read(app, "Long")
        await pilot.press("space")
        assert not is_read(app, "Long")
        await pilot.press("G")
        await pilot.pause()
        assert is_read(app, "Long")


# -- next unread ---------------------------------------------------------------------------


async def test_u_and_capital_u_move_to_unread_articles(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "enter", "q")  # read the club (second)
        await pilot.press("k", "u")
        assert app.headlines.current.title == METRO  # skips the read club
        assert not is_read(app, METRO)  # from the list, u only moves
        await pilot.press("U")
        assert app.headlines.current.title == FACTORY
        await pilot.press("U")
        assert "No unread article above; there are some below (u)." in messages(app)
        await pilot.press("enter", "u")  # in the reading pane, u opens the next unread
        assert app.focused is app.reader and app.reader.article.title == METRO
        assert is_read(app, METRO)
        await pilot.press("u", "u")
        assert app.reader.article.title == TEA
        assert "No unread articles left in the list." in messages(app)


# -- mark all read, undo, unread only ---------------------------------------------------------


async def test_mark_all_read_asks_and_can_be_undone(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("A")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # no: nothing changes
        assert not isinstance(app.screen, ConfirmScreen)
        assert not any(is_read(app, t) for t in (FACTORY, CLUB, METRO, TEA))
        await type_query(pilot, "yuan")
        await pilot.press("enter", "A", "y")
        await pilot.pause()
        assert is_read(app, FACTORY) and is_read(app, METRO)
        assert not is_read(app, CLUB)  # not shown: not marked
        assert "Marked 2 articles read (z: undo)." in messages(app)
        await pilot.press("z")
        assert not is_read(app, FACTORY) and not is_read(app, METRO)
        await pilot.press("z")
        assert "Nothing to undo." in messages(app)
        await app.workers.wait_for_complete()
    saved = json.loads(app.state.path.read_text(encoding="utf-8"))
    assert not any(mark["read"] for mark in saved["marks"].values())


async def test_unread_only_view_keeps_what_is_read_meanwhile(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "enter", "q", "g")  # read the club
        await pilot.press("v")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [a.title for a in app.headlines.items] == [FACTORY, METRO, TEA]
        assert app.headlines.border_title == "Unread headlines"
        assert "unread only (v: all)" in app.query_one("#status").text
        await pilot.press("enter", "q")  # read the factory: it stays in view ...
        app.apply_query(app.query_text)  # ... even when the folder is looked at again
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [a.title for a in app.headlines.items] == [FACTORY, METRO, TEA]
        await type_query(pilot, "yuan")  # a new search: read articles leave the view
        assert [a.title for a in app.headlines.items] == [METRO]
        await pilot.press("escape", "escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [a.title for a in app.headlines.items] == [METRO, TEA]
        await pilot.press("v")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.headlines.items) == 4 and app.headlines.border_title == "Headlines"


async def test_unread_only_with_nothing_unread_says_so(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("A", "y", "v")
        await type_query(pilot, "tea")
        assert len(app.headlines.items) == 0 or len(app.headlines.items) == 0
        assert app.headlines.empty_message == ("No unread articles match. "
                                               "Press v to list every article.")


# -- order of results ----------------------------------------------------------------------


async def test_r_without_a_query_says_so_and_the_next_search_keeps_the_order(
    sample_dir: Path,
) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        if not app.library.ranked:
            pytest.skip("no search index here")
        await pilot.press("r")
        assert app.order == "date"
        assert "Search results will be listed newest first (r to switch)." in messages(app)
        await type_query(pilot, "yuan")
        assert "newest first" in app.query_one("#status").text
        await app.workers.wait_for_complete()
    again = make_app([sample_dir])  # the order is remembered
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert again.order == "date"


# -- the headline list's width and whole titles ------------------------------------------------


async def test_titles_get_room_by_default(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        first = widget_lines(app.headlines)[0]
        assert FACTORY in first and "2025-11-14" in first  # 44 characters of title, and date
    app = make_app([sample_dir])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert "2025-11-14" in widget_lines(app.headlines)[0]  # dates stay at 80 columns


async def test_the_header_shows_the_whole_title_of_the_cursor_row(tmp_path: Path) -> None:
    title = "A very long headline " + "that goes on and on " * 4 + "to the end"
    (tmp_path / "a.yaml").write_text(f"title: {title}\nbody: b\n", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert "to the end" not in widget_lines(app.headlines)[0]  # cut in the list
        assert app.article_title == title
        header = app.screen.query_one("HeaderTitle")
        assert str(header.render()) == f"hzreader — {title}"
        app.sub_title = "updating feeds 1/3"  # a feed update shows beside it
        await pilot.pause()
        assert str(header.render()) == f"hzreader — {title} — updating feeds 1/3"


async def test_the_list_width_changes_with_keys_and_is_remembered(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        start = app.headlines.outer_size.width
        await pilot.press("greater_than_sign", "greater_than_sign")
        await pilot.pause()
        assert app.headlines.outer_size.width == start + 8
        await pilot.press("less_than_sign")
        await pilot.pause()
        assert app.headlines.outer_size.width == start + 4
        await app.workers.wait_for_complete()
    assert app.state.list_width == start + 4
    again = make_app([sample_dir])
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert again.headlines.outer_size.width == start + 4
        for _ in range(30):  # far wider than the row can give
            await pilot.press("greater_than_sign")
        await pilot.pause()
        assert again.reader.outer_size.width >= 30  # the reading pane keeps its room
        await pilot.press("f")
        await pilot.pause()
        assert again.reader.outer_size.width >= 30 and again.figures_panel.size.width > 0


async def test_the_list_width_can_be_reset_from_the_palette(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        default = app.headlines.outer_size.width
        await pilot.press("less_than_sign")
        await pilot.pause()
        [reset] = [c for c in app.get_system_commands(app.screen)
                   if c.title == "Headline list: default width"]
        reset.callback()
        await pilot.pause()
        assert app.headlines.outer_size.width == default
        assert app.state.list_width is None


# -- layout state lives in reactives -----------------------------------------------------------


async def test_layout_reactives_set_the_classes(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        panes = app.panes
        assert not panes.narrow and not panes.has_class("-narrow")
        panes.show_figures = True
        panes.wide = True
        assert panes.has_class("-show-figures") and panes.has_class("-wide")
        panes.show_figures = panes.wide = False
        assert not panes.has_class("-show-figures") and not panes.has_class("-wide")
        await pilot.resize_terminal(80, 30)
        await pilot.pause()
        assert panes.narrow and panes.has_class("-narrow")
        await pilot.press("f")
        await pilot.pause()
        assert app.figures_shown and not app.headlines.display or (
            app.headlines.size.width == 0)


async def test_a_long_empty_list_message_is_wrapped_not_cut(sample_dir: Path) -> None:
    """tryout4: "No articles match 'percent>='. percent>=: a number is n…" was cut.
    (`percent>=` alone is now left out, with a note, and lists every article.)"""
    app = make_app([sample_dir])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await type_query(pilot, "percent>=lots")
        assert not app.headlines.items
        shown = " ".join(line.strip() for line in widget_lines(app.headlines))
        assert "'lots' is not a number (e.g. percent>5, percent<=2.5, percent:5..8)." in \
            " ".join(shown.split())


async def test_a_list_width_from_a_wide_terminal_leaves_half_of_a_narrow_one(
        sample_dir: Path) -> None:
    """tryout5 B#35: `<<<>>>` back to the default forgets the width; a width chosen at 120
    columns leaves the article at least half of an 80-column terminal."""
    from hzreader.ui.widgets.panes import clamp_list_width

    assert clamp_list_width(60, 80, False) == 40
    assert clamp_list_width(60, 120, False) == 60
    assert clamp_list_width(85, 120, False) == 85  # a wide row: the reader keeps 30
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        default = app.headlines.outer_size.width
        await pilot.press(*["less_than_sign"] * 3)
        await pilot.pause()
        await pilot.press(*["greater_than_sign"] * 3)
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert app.headlines.outer_size.width == default
        assert app.state.list_width is None
        await pilot.press(*["greater_than_sign"] * 2)
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert app.state.list_width == default + 8
    again = make_app([sample_dir])
    async with again.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert again.reader.outer_size.width >= 40


async def test_a_search_given_up_goes_back_to_where_the_cursor_was(sample_dir: Path) -> None:
    """tryout11: typing a search, deleting it and Esc left the cursor at the top of the
    list, not on the article it was on (less stays where it was after an aborted search).
    A search whose results were used keeps the article they led to."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "j")
        before = app.headlines.current
        await pilot.press("slash", "c", "u", "p")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.headlines.current is not None and app.headlines.current.id != before.id
        await pilot.press("backspace", "backspace", "backspace")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.headlines.current.id == before.id and app.headlines.cursor == 2
        await pilot.press("slash", "m", "e", "t", "r", "o", "enter")  # used: opened
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        opened = app.reader.article
        await pilot.press("escape", "escape")  # back to the list, then clear the search
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.headlines.current.id == opened.id


async def test_list_keys_of_less_and_vim_and_newsboat_s_next_article(sample_dir: Path) -> None:
    """tryout11: Ctrl+D/U/F/B did nothing in the headline list, and no key went to the next
    article, read or not, from the reading pane (newsboat's J/K)."""
    write_articles(sample_dir, {f"more{n:02}.yaml": f"title: Story {n}\nbody: Text {n}.\n"
                                for n in range(60)})
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        page = app.headlines._page_rows()
        await pilot.press("ctrl+f")
        assert app.headlines.cursor == page
        await pilot.press("ctrl+b", "ctrl+d")
        assert app.headlines.cursor == page // 2
        await pilot.press("ctrl+u")
        assert app.headlines.cursor == 0
        await pilot.press("enter", "J")
        assert app.headlines.cursor == 1 and app.reader.has_focus
        assert app.reader.article is not None
        assert app.reader.article.id == app.headlines.items[1].id
        await pilot.press("K", "K")
        assert app.headlines.cursor == 0
        assert "first article" in app.query_one("#status", StatusLine).shown


async def test_the_cursor_row_stays_in_view_when_the_terminal_shrinks(sample_dir: Path) -> None:
    """tryout10: after the terminal shrank, the list's cursor row was off-screen until the
    next j or k."""
    write_articles(sample_dir, {f"more{n:02}.yaml": f"title: Story {n}\nbody: Text {n}.\n"
                                for n in range(40)})
    app = make_app([sample_dir])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        app.headlines.cursor = 20
        await pilot.pause()
        await pilot.resize_terminal(60, 14)
        await pilot.pause()
        await pilot.pause()
        top = int(app.headlines.scroll_y)
        assert top <= 20 < top + app.headlines.size.height


async def test_a_set_list_width_gives_way_to_the_figures_panel(sample_dir: Path) -> None:
    """tryout11: with a list width set by < or >, opening the figures panel squeezed the
    article (28 cells at 120 columns) instead of the list, as the default width does."""
    from hzreader.ui.widgets.panes import clamp_list_width

    assert clamp_list_width(48, 120, True) == 34 and clamp_list_width(48, 120, False) == 48
    assert clamp_list_width(48, 200, True) == 48  # room enough: the reader's width stays
    app = make_app([sample_dir])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press(*["less_than_sign"] * 3, "f")
        await pilot.pause()
        await pilot.pause()
        assert app.reader.outer_size.width > app.headlines.outer_size.width
        assert app.reader.outer_size.width > app.figures_panel.outer_size.width


async def test_the_figures_panel_pages_with_space_and_b(tmp_path: Path) -> None:
    """tryout11: Space, b and Ctrl+D/U did nothing in the figures panel (PgDn paged)."""
    body = " ".join(f"Sales rose {n} percent in district {n}." for n in range(1, 61))
    (tmp_path / "many.yaml").write_text(f"title: Many figures\nbody: {body}\n",
                                        encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter", "f")
        await pilot.pause()
        panel = app.figures_panel
        page = panel._page_rows()
        await pilot.press("space")
        assert panel.cursor == page
        await pilot.press("b", "ctrl+d")
        assert panel.cursor == max(1, page // 2)
        await pilot.press("ctrl+u")
        assert panel.cursor == 0


async def test_the_arrows_open_and_leave_an_article_as_l_and_h(sample_dir: Path) -> None:
    """tryout11: → did not open the article and ← did not go back (l and h did)."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("right")
        assert app.focused is app.reader
        await pilot.press("left")
        assert app.focused is app.headlines
        await pilot.press("slash", *"metro", "left", "x")
        assert app.search_bar.value == "metrxo"  # in the field the arrows move the cursor


async def test_a_search_typed_while_reading_stays_in_the_article_when_it_matches(
        sample_dir: Path) -> None:
    """tryout10: `/word` Enter while reading went back to the list and showed the best
    match, even when the open article had the word; in less the search stays in the text.
    The article stays under the cursor and Enter lands in it at its first match; when it
    does not match, the list takes the focus at the best match, as before."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        titles = [item.title for item in app.headlines.items]
        target = next(i for i, t in enumerate(titles) if "Metro" in t)
        for _ in range(target):
            await pilot.press("j")
        await pilot.press("enter")
        reading = app.reader.article
        await pilot.press("slash", *"hangzhou", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.focused is app.reader and app.reader.article.id == reading.id
        assert app.reader.border_subtitle.startswith("match 1/")
        await pilot.press("slash", "ctrl+u", *"club", "enter")  # not in this article
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.focused is app.headlines and app.headlines.cursor == 0


async def test_with_no_article_listed_n_and_the_panel_say_so(sample_dir: Path) -> None:
    """Not "this is the last matching article" nor "no key figures in this article": there
    is no article."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "zzqxnothing")
        await pilot.press("enter")
        await pilot.pause()
        assert len(app.headlines.items) == 0
        await pilot.press("n")
        await pilot.pause()
        assert "No article is listed." in messages(app)
        await pilot.press("f")
        await pilot.pause()
        assert app.figures_shown
        assert "No article is shown." in "\n".join(widget_lines(app.figures_panel))
