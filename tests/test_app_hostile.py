"""The whole hostile fixture set in one folder, driven through the app."""

from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App

from hzreader.ui._app import make_app
from hzreader.ui.screens.problems import ProblemsScreen

from test_app import SIZE, reader_text, ready, type_query, widget_lines

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))

import make_hostile  # noqa: E402


async def test_app_survives_every_hostile_file(tmp_path: Path) -> None:
    folder = make_hostile.build(tmp_path / "hostile")
    make_hostile.write_huge(folder / "huge.yaml", 9 * 1024 * 1024)
    app = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert len(app.headlines.items) >= 5
        status = str(app.query_one("#status").render())
        assert "skipped" in status
        for _ in range(len(app.headlines.items)):  # show every article that loaded
            await pilot.press("j")
            lines = widget_lines(app.reader) + widget_lines(app.headlines)
            assert not any(ch in line for line in lines for ch in "\x1b\x07\x9b\u202e")
        await type_query(pilot, "[@click=app.quit]")
        await pilot.press("escape", "escape", "p")
        assert isinstance(app.screen, ProblemsScreen)
        problems = str(app.screen.query_one("#problems-text").render())
        assert "huge.yaml" in problems and "too large" in problems
        assert "alias_bomb.yaml:" in problems
        await pilot.press("escape", "q")
    assert app.return_value == 0


async def test_a_stray_c1_keeps_its_paragraph_and_is_listed(tmp_path: Path) -> None:
    """tryout15 §1.1 through the index: the reading pane and search have the words after a
    stray U+009D and an unclosed ESC ], and `p` lists the controls removed."""
    folder = tmp_path / "c1"
    folder.mkdir()
    (folder / "osc.yaml").write_text(
        'title: "Stray OSC byte"\n'
        'body: "First paragraph\\x9d and 12 people.\\n\\nSecond \\e]0;title and 5%."\n',
        encoding="utf-8")
    app = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        text = reader_text(app)
        # figs31: an unclosed OSC's number and title go with it ("0;title" was left)
        assert "First paragraph and 12 people." in text and "Second and 5%." in text
        assert not set(text) & set("\x1b\x07\x9b\x9c\x9d")
        await type_query(pilot, "people")
        assert [item.title for item in app.headlines.items] == ["Stray OSC byte"]
        await pilot.press("escape", "escape", "p")
        assert isinstance(app.screen, ProblemsScreen)
        problems = str(app.screen.query_one("#problems-text").render())
        assert "osc.yaml:2:23: warning: control characters removed from `body` (U+009D, " \
               "U+001B)" in problems
        await pilot.press("escape", "q")


async def test_palette_commands_while_running() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert {"Search", "Problems", "Help"} <= set(titles)
        assert "Keys" not in titles  # one help entry, not Textual's second one
        assert any("theme" in title.lower() for title in titles)


async def test_palette_leaves_out_textuals_commands_that_do_not_belong(
        sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter")  # the reading pane has the focus: Textual offers Maximize
        assert app.focused is app.reader
        textuals = {command.title for command in App.get_system_commands(app, app.screen)}
        assert {"Maximize", "Keys"} <= textuals
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert not {"Maximize", "Minimize", "Keys"} & set(titles)
        assert {"Theme", "Quit", "Screenshot", "Search", "Help", "Figures table"} <= set(titles)
        assert len(titles) == len(set(titles))
        [quit_command] = [command for command in app.get_system_commands(app.screen)
                          if command.title == "Quit"]
        assert quit_command.callback == app.action_quit  # hzreader's: remembers the place
        assert "Remember where you are" in quit_command.help
