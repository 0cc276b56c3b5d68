"""Keys typed quickly reach the widget that has the focus, in order; Esc and a key sent
together (one Alt key for the terminal parser) act as Esc then that key."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual._xterm_parser import XTermParser
from textual.pilot import Pilot

from hzreader.ui._app import HzReaderApp, make_app
from hzreader.ui._keys import keep_alt_of_named_keys
from hzreader.ui.screens.help import HelpScreen

from test_app import SIZE, ready


def send_at_once(app: HzReaderApp, *keys: events.Key) -> None:
    """Post keys as the terminal driver does when they arrive together: without waiting for
    the app to deal with one before the next comes."""
    for key in keys:
        app.post_message(key)


def key(name: str) -> events.Key:
    """A key event as the terminal parser makes it for a plain character or named key."""
    return events.Key(name, name if len(name) == 1 else None)


def parsed(data: str) -> list[events.Key]:
    """What Textual's terminal parser makes of `data` arriving in one read (the escape delay
    then running out), as the app has it read (`keep_alt_of_named_keys`)."""
    keep_alt_of_named_keys()
    parser = XTermParser()
    keys = [event for event in parser.feed(data) if isinstance(event, events.Key)]
    if parser._timeout_time is not None:  # waiting for more of an escape sequence
        parser._timeout_time = 0  # the escape delay is over
        keys += [event for event in parser.tick() if isinstance(event, events.Key)]
    return keys


async def settle(pilot: Pilot[int]) -> None:
    """Let every key and the searches they start be dealt with."""
    app = pilot.app
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def starred_or_read(app: HzReaderApp) -> list[tuple[bool, bool]]:
    """(read, starred) of every listed article."""
    return [(mark.read, mark.starred) for mark in
            (app.state.mark(app.library.key_of(item), item.id) for item in app.library.items)]


async def test_letters_typed_right_after_slash_land_in_the_search(sample_dir: Path) -> None:
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        before = starred_or_read(app)
        send_at_once(app, key("slash"), key("s"), key("m"))
        await settle(pilot)
        assert app.focused is app.search_bar.input
        assert app.search_bar.value == "sm"
        assert starred_or_read(app) == before  # s and m did not star or mark in the list


async def test_esc_slash_and_letters_from_the_terminal_open_the_search(sample_dir: Path) -> None:
    """tmux `send-keys Escape /` then `sm`: the parser reads them as one sequence."""
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter")  # reading the article
        assert app.focused is app.reader
        send_at_once(app, *parsed("\x1b/sm"))
        await settle(pilot)
        assert app.focused is app.search_bar.input
        assert app.search_bar.value == "sm"


def test_the_parser_keeps_the_esc_before_a_named_key() -> None:
    assert [event.key for event in parsed("\x1bj")] == ["alt+j"]  # as Textual does
    assert [event.key for event in parsed("\x1b/")] == ["alt+slash"]  # Textual: "slash"
    assert [event.key for event in parsed("\x1b\r")] == ["alt+enter"]
    assert [event.key for event in parsed("/s")] == ["slash", "s"]
    assert [event.key for event in parsed("\x1b")] == ["escape"]
    assert [event.key for event in parsed("\x1b[A")] == ["up"]


async def test_esc_slash_from_a_listed_search_starts_a_new_one(sample_dir: Path) -> None:
    """Esc clears the search in the list, then `/` and the letters make the new one."""
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        send_at_once(app, *parsed("/club\r"))
        await settle(pilot)
        assert app.focused is app.headlines and app.search_bar.value == "club"
        send_at_once(app, *parsed("\x1b/sm"))
        await settle(pilot)
        assert app.focused is app.search_bar.input
        assert app.search_bar.value == "sm"


async def test_esc_and_a_command_key_sent_together_leave_the_search_first(
        sample_dir: Path) -> None:
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        send_at_once(app, *parsed("/club"))
        await settle(pilot)
        send_at_once(app, *parsed("\x1b?"))
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert app.search_bar.value == "club"  # no "?" typed into it


async def test_esc_and_a_letter_sent_together_leave_the_search_then_act(
        sample_dir: Path) -> None:
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        send_at_once(app, key("slash"))
        await settle(pilot)
        assert app.focused is app.search_bar.input
        cursor = app.headlines.cursor
        keys = parsed("\x1bj")
        assert [event.key for event in keys] == ["alt+j"]  # what the terminal gives
        send_at_once(app, *keys, key("k"), key("j"))
        await settle(pilot)
        assert app.search_bar.value == ""  # no "j" or "k" typed into the search
        assert app.focused is app.headlines
        assert app.headlines.cursor == cursor + 1  # j, k, j in the list


async def test_alt_key_in_the_reading_pane_is_esc_then_the_key(sample_dir: Path) -> None:
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        assert app.focused is app.reader
        send_at_once(app, events.Key("alt+shift+n", "N"))  # Esc then N (shift+n)
        await settle(pilot)
        assert app.focused is app.headlines  # Esc: back to the list
        shifted, named = (app.escape_and_key(events.Key(name, character)) for name, character
                          in (("alt+shift+n", "N"), ("alt+slash", None)))
        assert shifted is not None and (shifted.key, shifted.character) == ("N", "N")
        assert named is not None and (named.key, named.character) == ("slash", "/")
        after_escape = app.escape_and_key(events.Key("alt+ctrl+x", None))
        assert after_escape is not None and after_escape.key == "ctrl+x"
        assert app.escape_and_key(events.Key("j", "j")) is None


async def test_keys_after_esc_that_closes_a_pop_up_reach_the_list(sample_dir: Path) -> None:
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        cursor = app.headlines.cursor
        send_at_once(app, key("question_mark"), key("escape"), key("j"), key("j"))
        await settle(pilot)
        assert not isinstance(app.screen, HelpScreen)
        assert app.headlines.cursor == cursor + 2


def test_alt_d_deletes_to_the_end_of_the_next_word_as_readline() -> None:
    from hzreader.ui.widgets.word_input import next_word_end

    assert next_word_end("hangzhou money>1e9", 0) == len("hangzhou")
    assert next_word_end("hangzhou money>1e9", len("hangzhou")) == len("hangzhou money")
    assert next_word_end("a  -b", 1) == len("a  -b")
    assert next_word_end("end", 3) == 3


async def test_alt_d_in_the_search_deletes_the_next_word_and_stays(sample_dir: Path) -> None:
    """readline's word keys edit the search: Alt+d is no longer Esc then d."""
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        send_at_once(app, *parsed("/talent policy hangzhou"))
        await settle(pilot)
        field = app.search_bar.input
        send_at_once(app, *parsed("\x1bb\x1bb"))  # Alt+b twice: before "policy"
        await settle(pilot)
        assert field.cursor_position == len("talent ")
        keys = parsed("\x1bd")
        assert [event.key for event in keys] == ["alt+d"]  # what the terminal gives
        send_at_once(app, *keys)
        await settle(pilot)
        assert app.focused is field and app.search_bar.value == "talent  hangzhou"
        send_at_once(app, *parsed("\x1bd"))
        await settle(pilot)
        assert app.search_bar.value == "talent " and app.focused is field
        send_at_once(app, *parsed("\x1b\x7f"))  # Alt+Backspace: the word before
        await settle(pilot)
        assert app.search_bar.value == "" and app.focused is field
        send_at_once(app, *parsed("kind:money hangzhou"))
        await settle(pilot)
        await pilot.press("alt+backspace")  # as terminals that report Alt send it
        await settle(pilot)
        assert app.search_bar.value == "kind:money " and app.focused is field


async def test_alt_d_in_the_export_name_deletes_the_next_word(sample_dir: Path) -> None:
    from hzreader.ui.screens.export import ExportScreen

    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        field = app.screen.query_one("#export-path")
        field.value = "out/sums.csv"  # type: ignore[attr-defined]
        field.cursor_position = 0  # type: ignore[attr-defined]
        send_at_once(app, *parsed("\x1bd"))
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        assert field.value == "/sums.csv"  # type: ignore[attr-defined]


async def test_up_in_the_search_bar_recalls_earlier_searches(sample_dir: Path) -> None:
    """tryout5 B#36: as in less, `/` then Up brings back the searches before."""
    from test_app import type_query

    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        for query in ("factory", "club", "factory"):  # made again: the newest once
            await type_query(pilot, query)
            await pilot.press("enter")
            await pilot.pause()
        assert app.search_bar.input.history == ["club", "factory"]
        await pilot.press("slash")
        await pilot.pause()
        assert app.search_bar.value == "factory"
        await pilot.press("up")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.search_bar.value == "club"
        assert [a.title for a in app.headlines.items] == ["Local club wins the cup"]
        await pilot.press("up")  # nothing older: stays
        assert app.search_bar.value == "club"
        app.search_bar.input.value = "met"  # an edit: Up starts again from the newest
        await pilot.press("up")
        assert app.search_bar.value == "factory"


async def test_down_after_up_walks_forward_to_what_was_typed(sample_dir: Path) -> None:
    """tryout6 B13: as in readline and less, Down after Up goes to newer searches, then
    back to what was being typed; Down without Up (or past it) goes to the results."""
    from test_app import type_query

    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        for query in ("metro", "club", "factory"):
            await type_query(pilot, query)
            await pilot.press("enter")
            await pilot.pause()
        await pilot.press("slash")
        app.search_bar.input.value = "hangz"  # being typed
        await pilot.press("up", "up", "up")
        assert app.search_bar.value == "metro"
        await pilot.press("down")
        assert app.search_bar.value == "club"
        assert app.search_bar.input.has_focus
        await pilot.press("down", "down")
        assert app.search_bar.value == "hangz"  # back to the draft
        assert app.search_bar.input.has_focus
        await pilot.press("down")  # no more history: to the results
        await pilot.pause()
        assert not app.search_bar.input.has_focus


async def test_down_without_up_goes_to_the_results(sample_dir: Path) -> None:
    from test_app import type_query

    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "club")
        await pilot.press("down")
        await pilot.pause()
        assert not app.search_bar.input.has_focus


async def test_alt_f_moves_to_the_end_of_the_next_word(sample_dir: Path) -> None:
    """tryout6 B13: readline's Alt+f (the terminal's ESC f, read as Ctrl+Right) stops at
    the end of the word, so Alt+f then Alt+d deletes the word after it."""
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        field = app.search_bar.input
        field.value = "oil prices rise"
        field.cursor_position = 0
        send_at_once(app, *parsed("\x1bf"))
        await settle(pilot)
        assert field.cursor_position == 3  # after "oil"
        send_at_once(app, *parsed("\x1bf"))
        await settle(pilot)
        assert field.cursor_position == 10  # after "prices"
        send_at_once(app, *parsed("\x1bd"))
        await settle(pilot)
        assert field.value == "oil prices"


async def test_the_search_history_is_kept_for_the_next_session(sample_dir: Path) -> None:
    """As less keeps its search history: `/` then Up in a new session brings back the
    searches of the last one, newest first."""
    from test_app import type_query

    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        for query in ("metro", "club"):
            await type_query(pilot, query)
            await pilot.press("enter")
            await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("Q")  # quitting saves the state
    again = make_app([sample_dir], watch_interval=0)
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        assert again.search_bar.value == ""
        await pilot.press("up")
        assert again.search_bar.value == "club"
        await pilot.press("up")
        assert again.search_bar.value == "metro"


def test_the_help_names_every_key_alike() -> None:
    """tryout8 C#10: "ctrl+f" beside "Ctrl+P": every key with a modifier reads Ctrl+F."""
    from textual.binding import Binding

    from hzreader.ui._app import HzReaderApp
    from hzreader.ui.screens.help import help_sections, key_label

    labels = [key_label(binding) for _, bindings in help_sections(list(HzReaderApp.BINDINGS))
              for binding in bindings if isinstance(binding, Binding)]
    assert "Space / PgDn / Ctrl+F" in labels
    assert not [label for label in labels if "ctrl+" in label or "shift+" in label], labels


def test_the_help_shows_filters_with_a_unit() -> None:
    from hzreader.query import parse_query
    from hzreader.ui.screens.help import SEARCH_SYNTAX

    (examples,) = [typed for typed, _ in SEARCH_SYNTAX if "duration>2h" in typed]
    for example in examples.split("  "):
        assert all(term.measures for term in parse_query(example).figure_terms), example


async def test_the_footer_fits_an_80_column_terminal(sample_dir: Path) -> None:
    """tryout8 C#1: at 80 columns the last key showed without its label ("t ▏^p palette"):
    below 100 columns the footer is compact, below 90 without the palette's key."""
    from textual.widgets._footer import FooterKey

    from hzreader.ui.widgets.footer import FittingFooter

    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await pilot.pause()
        footer = app.query_one(FittingFooter)
        keys = list(footer.query(FooterKey))
        assert footer.compact and not footer.show_command_palette
        assert keys and sum(key.region.width for key in keys) <= 80
        assert all(key.region.right <= 80 for key in keys)
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert not footer.compact and footer.show_command_palette
