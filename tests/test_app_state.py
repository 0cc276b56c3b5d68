"""Remembered reading in the app: marks, filters, position and theme across restarts."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.ui._app import HzReaderApp, make_app

from test_app import SIZE, ready, type_query, widget_lines


def marks(app: HzReaderApp, item: object) -> tuple[bool, bool]:
    """(read, starred) of a list item."""
    mark = app.state.mark(app.library.key_of(item), item.id)  # type: ignore[attr-defined]
    return mark.read, mark.starred


async def test_opening_marks_read_and_m_s_toggle(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        first = app.headlines.items[0]
        assert widget_lines(app.headlines)[0].startswith("● ")
        await pilot.press("enter")
        assert marks(app, first) == (True, False)
        await pilot.press("escape")
        assert widget_lines(app.headlines)[0].startswith("  ")
        await pilot.press("l", "m")
        assert marks(app, first) == (False, False)
        await pilot.press("s")
        assert marks(app, first) == (False, True)
        await pilot.press("h")
        assert widget_lines(app.headlines)[0].startswith("●★")
        await app.workers.wait_for_complete()
    again = make_app([sample_dir])
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert marks(again, first) == (False, True)


async def test_is_filters(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("s", "j", "enter", "escape")  # star the first, read the second
        await type_query(pilot, "is:starred")
        assert [a.title for a in app.headlines.items] == [
            "Factory output rises 5.2 percent in October"]
        await type_query(pilot, "is:unread")
        assert len(app.headlines.items) == 3
        await type_query(pilot, "is:read club")
        assert [a.title for a in app.headlines.items] == ["Local club wins the cup"]


async def test_last_article_and_position_are_restored(tmp_path: Path) -> None:
    body = "\n\n".join(f"Paragraph {n} of a long story about 12 districts." for n in range(80))
    (tmp_path / "long.yaml").write_text("title: Long\ndate: 2020-01-01\nbody: |\n  "
                                        + body.replace("\n", "\n  ") + "\n", encoding="utf-8")
    (tmp_path / "new.yaml").write_text("title: Newer\ndate: 2021-01-01\nbody: short\n",
                                       encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "enter", "space", "space")
        top = app.reader.top_offset()
        assert top > 0
        await pilot.press("Q")  # quits from the reading pane too
    again = make_app([tmp_path])
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert again.headlines.current.title == "Long"
        await pilot.pause()
        assert again.reader.top_offset() == top


async def test_theme_choice_is_remembered(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.theme = "textual-light"
        await pilot.pause()
        await app.workers.wait_for_complete()
    again = make_app([sample_dir])
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert again.theme == "textual-light"


async def test_wide_reading_hides_the_list(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=(60, 20)) as pilot:
        await ready(pilot)
        narrow = app.reader.size.width
        await pilot.press("w")
        await pilot.pause()
        assert not app.headlines.display or app.headlines.size.width == 0
        assert app.reader.size.width > narrow
        assert app.focused is app.reader
        await pilot.press("w")
        await pilot.pause()
        assert app.headlines.size.width > 0


async def test_copy_and_open_url(sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (sample_dir / "linked.yaml").write_text(
        "title: Linked story\ndate: 2030-01-01\nurl: https://example.com/story\nbody: x\n",
        encoding="utf-8")
    app = make_app([sample_dir])
    opened: list[str] = []
    copied: list[str] = []
    monkeypatch.setattr("hzreader.ui._reading.open_in_browser",
                        lambda url: opened.append(url) or True)
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("o", "y")
        await app.workers.wait_for_complete()
        assert opened == ["https://example.com/story"]
        assert copied == ["Linked story\nhttps://example.com/story"]
        await pilot.press("j", "o")
        await app.workers.wait_for_complete()
        assert opened == ["https://example.com/story"]  # no url: nothing opened


def figure_colours(app: HzReaderApp) -> list[str]:
    """The colour of each figure in the reading pane, as drawn now."""
    rendered = app.reader.rendered
    assert rendered is not None and rendered.figures
    colours = []
    for placed in rendered.figures:
        line = app.reader.line_of(placed.start)
        offset = placed.start - app.reader._starts[line]
        spans = [s for s in app.reader._lines[line].spans if s.start <= offset < s.end]
        colours.append(str(spans[0].style) if spans else "")
    return colours


async def test_a_theme_change_restyles_the_figures_at_once(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        dark = figure_colours(app)
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        changed = figure_colours(app)
        await app.workers.wait_for_complete()
    assert changed != dark
    again = make_app([sample_dir])  # starts in the remembered light theme
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert figure_colours(again) == changed


def write_long_story(folder: Path) -> None:
    """An article of 80 paragraphs: long enough to page through."""
    body = "\n\n".join(f"Paragraph {n} of a long story." for n in range(80))
    (folder / "long.yaml").write_text("title: Long\nbody: |\n  " + body.replace("\n", "\n  ")
                                      + "\n", encoding="utf-8")


async def test_a_hang_up_saves_the_position_as_quitting_does(tmp_path: Path) -> None:
    """tryout5 B#32: a closed terminal (SIGHUP) or SIGTERM kept the position of the last
    `Q`; the handler saves it first, then leaves with 128 + the signal."""
    import signal

    write_long_story(tmp_path)
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter", "space", "space")
        top = app.reader.top_offset()
        assert top > 0
        app.hang_up(signal.SIGHUP)
        await pilot.pause()
    assert app.return_code == 128 + signal.SIGHUP
    again = make_app([tmp_path])
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert again.reader.top_offset() == top


async def test_ctrl_c_quits_as_q_does(tmp_path: Path) -> None:
    """tryout5 B#34: not Textual's "Press ctrl+q to quit" toast: quit, keeping the place."""
    write_long_story(tmp_path)
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter", "space")
        top = app.reader.top_offset()
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert app.return_code == 0
    again = make_app([tmp_path])
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert again.reader.top_offset() == top > 0


async def test_ctrl_c_in_the_search_bar_copies_and_never_quits(sample_dir: Path) -> None:
    """tryout6 A2: with nothing selected it quit the app; the README says it copies there."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"tea", "ctrl+c")
        await pilot.pause()
        # Nothing selected: it leaves the field, as Esc (tryout11: it did nothing)
        assert app.is_running and app.search_bar.value == "tea"
        assert app.focused is app.headlines
        await pilot.press("slash")
        app.search_bar.input.select_all()
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.is_running and app.clipboard == "tea"
        assert app.focused is app.search_bar.input


def test_a_closed_terminal_ends_the_app_even_while_it_loads(tmp_path: Path) -> None:
    """A terminal closed under hzreader (a killed tmux session, a dropped ssh) while it
    builds its index ends it, with 128 + SIGHUP. (Killing tmux sessions during start-up
    left every process behind, its shutdown waiting on writes to the gone terminal and its
    sync keeping the index's lock, so later ones waited at "Loading articles…"; the app now
    ends itself `HANG_UP_GRACE` seconds after a hang-up. This test does not reproduce that
    wait, which needs tmux's timing; it holds the real process's hang-up path.)"""
    import os
    import pty
    import select
    import signal
    import subprocess
    import sys

    (tmp_path / "news").mkdir()
    write_long_story(tmp_path / "news")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
    master, slave = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "hzreader", str(tmp_path / "news")],
                               stdin=slave, stdout=slave, stderr=slave, env=env,
                               start_new_session=True)
    os.close(slave)
    try:
        # Its first frame is drawn (then its hang-up handler is in place, and it builds the
        # index): not the first bytes, before which a hang-up ends Python by default, and
        # after which a busy machine may take seconds to get there.
        drawn = b""
        while b"Headlines" not in drawn:
            readable, _, _ = select.select([master], [], [], 120)  # (a bound, not a wait)
            assert readable, "no first frame within two minutes"
            drawn += os.read(master, 65536)
        os.close(master)  # the terminal goes away ...
        process.send_signal(signal.SIGHUP)  # ... and says so
        assert process.wait(timeout=30) == 128 + signal.SIGHUP  # its own hang-up path
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


async def test_marks_made_in_another_window_show_here(sample_dir: Path) -> None:
    """tryout11: a star made in a second hzreader showed in the first only after the first
    wrote a mark itself."""
    from hzreader.state import ReadingState

    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        first = app.headlines.items[0]
        assert marks(app, first) == (False, False)
        app.take_state_from_disk()  # nothing written elsewhere: nothing read
        assert not app.state.changed_on_disk()
        other, _ = ReadingState.load(app.state.path)
        other.set_mark(app.library.key_of(first), first.id, starred=True)
        other.save()
        assert app.state.changed_on_disk()
        app.take_state_from_disk()  # what the timer calls every STATE_POLL_SECONDS
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert marks(app, first) == (False, True)
        assert widget_lines(app.headlines)[0].startswith("●★")
        assert not app.state.changed_on_disk()


async def test_a_second_hzreader_says_it_waits_for_the_first_one_s_index(
        sample_dir: Path) -> None:
    """tryout11: a second hzreader started while the first built the index showed "Loading
    articles…" and an empty status line for up to half a minute, saying nothing."""
    from hzreader.index import store_path
    from hzreader.index._db import file_lock, lock_path
    from hzreader.ui._loading import WAITING_MESSAGE

    path = store_path([sample_dir])
    path.parent.mkdir(parents=True, exist_ok=True)
    held = file_lock(lock_path(path))
    held.__enter__()  # another process's sync, as far as this app can tell
    try:
        app = make_app([sample_dir])
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(200):
                await pilot.pause(0.02)
                if app.headlines.empty_message == WAITING_MESSAGE:
                    break
            assert app.headlines.empty_message == WAITING_MESSAGE
            held.__exit__(None, None, None)
            await ready(pilot)
            assert len(app.headlines.items) == 4
    finally:
        held.__exit__(None, None, None)
