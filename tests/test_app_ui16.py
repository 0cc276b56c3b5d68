"""ui16: less's movement keys in the reading pane (`e`, `Ctrl+E`, `Ctrl+N`, Enter, `Ctrl+Y`,
`Ctrl+K`, `d`, `%`; a count typed before a key: `3j`, `20g`, `50%`) and `=` in the status
line."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from hzreader.ui._app import HzReaderApp, make_app
from hzreader.ui._status import shorter_paths, where_forms
from hzreader.ui.screens.help import HelpScreen
from hzreader.ui.widgets.textline import StatusLine
from test_help_lines import help_lines

from conftest import write_articles
from test_app import ready

SIZE = (100, 30)
PARAGRAPHS = 150

LONG = {
    "long.yaml": "title: A long read\ndate: 2026-12-01\nbody: |\n" + "".join(
        f"  Paragraph {n} of the long read, where 3 percent of {n} farms grew.\n\n"
        for n in range(1, PARAGRAPHS + 1)),
    "short.yaml": """
        title: A short note
        date: 2026-11-01
        body: |
          The council met for 2 hours.
        """,
}


async def reading(pilot: Pilot[int]) -> HzReaderApp:
    """The long read open in the reading pane, at its top."""
    app = await ready(pilot)
    assert app.headlines.current is not None
    assert app.headlines.current.title == "A long read"
    await pilot.press("enter")
    await pilot.pause()
    assert app.focused is app.reader and app.reader.scroll_y == 0
    assert app.reader.max_scroll_y > 200  # room to move every way
    return app


async def scrolled(pilot: Pilot[int], *keys: str) -> int:
    """Press `keys`; the reading pane's top line after them."""
    await pilot.press(*keys)
    await pilot.pause()
    app = pilot.app
    assert isinstance(app, HzReaderApp)
    return round(app.reader.scroll_y)


def status(app: HzReaderApp) -> str:
    return app.query_one("#status", StatusLine).shown


@pytest.mark.parametrize("key", ["j", "down", "e", "ctrl+e", "ctrl+n", "enter", "ctrl+j"])
async def test_less_s_line_down_keys_scroll_one_line(tmp_path: Path, key: str) -> None:
    app = make_app([write_articles(tmp_path / "a", LONG)], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await reading(pilot)
        assert await scrolled(pilot, key) == 1
        assert await scrolled(pilot, key, key) == 3
        assert app.focused is app.reader  # (Enter opens in the list only)


@pytest.mark.parametrize("key", ["k", "up", "ctrl+y", "ctrl+k"])
async def test_less_s_line_up_keys_scroll_one_line(tmp_path: Path, key: str) -> None:
    app = make_app([write_articles(tmp_path / "a", LONG)], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await reading(pilot)
        app.reader.scroll_to(y=10, animate=False, immediate=True)
        assert await scrolled(pilot, key) == 9


async def test_d_is_half_a_page_and_y_still_copies(tmp_path: Path) -> None:
    app = make_app([write_articles(tmp_path / "a", LONG)], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await reading(pilot)
        half = app.reader.page_lines // 2
        assert half >= 5
        assert await scrolled(pilot, "d") == half
        assert await scrolled(pilot, "ctrl+d") == 2 * half
        assert await scrolled(pilot, "ctrl+u") == half
        assert await scrolled(pilot, "y") == half  # hzreader's: copies, does not scroll
        assert any(note.message.startswith("Copied") for note in app._notifications)


async def test_a_count_typed_first_moves_that_far(tmp_path: Path) -> None:
    """less's `3j`, `20g`, `50%`, `4 Space`; the count shows in the status line until used."""
    app = make_app([write_articles(tmp_path / "a", LONG)], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await reading(pilot)
        total = app.reader.virtual_size.height
        assert await scrolled(pilot, "3") == 0
        assert status(app).startswith("count 3 ")
        assert await scrolled(pilot, "j") == 3
        assert not status(app).startswith("count")
        assert await scrolled(pilot, "1", "2", "j") == 15
        assert await scrolled(pilot, "4", "k") == 11
        assert await scrolled(pilot, "4", "space") == 15
        assert await scrolled(pilot, "5", "b") == 10
        assert await scrolled(pilot, "7", "d") == 17
        assert await scrolled(pilot, "2", "0", "g") == 19
        assert await scrolled(pilot, "5", "0", "percent_sign") == total // 2
        assert await scrolled(pilot, "percent_sign") == 0  # as less: no count, the top
        assert await scrolled(pilot, "4", "0", "G") == 39
        assert await scrolled(pilot, "G") == app.reader.max_scroll_y
        assert await scrolled(pilot, "g") == 0


async def test_a_count_is_dropped_by_another_key_and_by_leaving_the_pane(
        tmp_path: Path) -> None:
    app = make_app([write_articles(tmp_path / "a", LONG)], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await reading(pilot)
        assert await scrolled(pilot, "3", "s", "j") == 1  # `s` starred: the count went
        assert await scrolled(pilot, "5", "escape") == 1
        assert app.focused is app.headlines and not status(app).startswith("count")
        assert await scrolled(pilot, "enter", "j") == 2


async def test_equals_tells_where_the_reader_is(tmp_path: Path) -> None:
    """less's `=`: the article's place in the list, its file, the lines shown, how far."""
    folder = write_articles(tmp_path / "a", LONG)
    app = make_app([folder], watch_interval=0)
    async with app.run_test(size=(160, 30)) as pilot:
        await reading(pilot)
        page, total = app.reader.page_lines, app.reader.virtual_size.height
        await scrolled(pilot, "1", "0", "j", "equals_sign")
        assert status(app) == (  # the whole line, as less's prompt line
            f"article 1 of 2 · {folder / 'long.yaml'} · lines 11–{10 + page} of {total} · "
            f"{100 * (10 + page) // total}%")
        assert await scrolled(pilot, "j") == 11
        assert status(app).startswith("2 articles")  # moved: no longer the lines told
        await pilot.press("h", "j", "ctrl+g")  # in the list too: the article shown
        await pilot.pause()
        assert status(app).startswith(f"article 2 of 2 · {folder / 'short.yaml'} · lines 1–")


async def test_equals_shows_a_hostile_file_name_escaped(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"[bold]odd\x1b[31m.yaml": LONG["short.yaml"]})
    app = make_app([folder], watch_interval=0)
    async with app.run_test(size=(160, 30)) as pilot:
        await ready(pilot)
        await pilot.press("equals_sign")
        await pilot.pause()
        shown = status(app)
        assert "[bold]odd\\x1b[31m.yaml" in shown and "\x1b" not in shown


async def test_equals_in_the_search_bar_is_typed(tmp_path: Path) -> None:
    app = make_app([write_articles(tmp_path / "a", LONG)], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"percent", "equals_sign", "3")
        await pilot.pause()
        assert app.search_bar.value == "percent=3"
        assert not status(app).startswith("article")


def test_where_forms_give_way_to_shorter_file_names() -> None:
    names = shorter_paths("/home/me/news/2026/oil.yaml", ["/elsewhere", "/home/me/news"])
    assert names == ["/home/me/news/2026/oil.yaml", "2026/oil.yaml", "oil.yaml"]
    forms = where_forms(position=None, listed=1, paths=names, shown=(1, 20, 80))
    assert forms[0] == ("not in the list (1 article listed) · /home/me/news/2026/oil.yaml · "
                        "lines 1–20 of 80 · 25%")
    assert forms[-1] == "not in the list (1 article listed) · lines 1–20 of 80 · 25%"
    assert shorter_paths("/srv/a.yaml", ["/srv/a.yaml", "/srv"]) == ["/srv/a.yaml", "a.yaml"]
    assert shorter_paths("/srv/..a.yaml", ["/srv"]) == ["/srv/..a.yaml", "..a.yaml"]


async def test_the_help_lists_less_s_keys(tmp_path: Path) -> None:
    app = make_app([write_articles(tmp_path / "a", LONG)], watch_interval=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        lines = help_lines(app)
        assert any(line.startswith("e / Ctrl+E / Ctrl+N / Enter / Ctrl+J A line down too")
                   for line in lines)
        assert any(line.startswith("Ctrl+Y / Ctrl+K A line up too") for line in lines)
        assert any(line.startswith("% 50%") for line in lines)
        assert any(line.startswith("= / Ctrl+G") for line in lines)


async def test_equals_names_the_file_shorter_on_a_narrow_screen(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a" / ("deep" * 5), LONG)
    app = make_app([tmp_path / "a"], watch_interval=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await reading(pilot)
        await pilot.press("equals_sign")
        await pilot.pause()
        assert str(folder) not in status(app)
        assert status(app).startswith(f"article 1 of 2 · {'deep' * 5}/long.yaml · lines 1–")
