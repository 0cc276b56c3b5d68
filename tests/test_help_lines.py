"""The help screen says what each key does, as the README and the app do it."""

from __future__ import annotations

import io
import re
from pathlib import Path

from rich.console import Console
from textual.binding import Binding
from textual.widgets import Static

from hzreader.ui._app import HzReaderApp, make_app
from hzreader.ui.screens.help import HelpScreen, help_sections, key_label
from test_app_flow import search_and_enter

from conftest import write_articles
from test_app import SIZE, ready


def help_lines(app: HzReaderApp) -> list[str]:
    """The help screen's text, a line each, as shown."""
    assert isinstance(app.screen, HelpScreen)
    console = Console(width=200, record=True, file=io.StringIO())
    for static in app.screen.query(Static):
        console.print(static.content)
    return [" ".join(line.split()) for line in console.export_text().splitlines()]


async def test_the_help_says_n_opens_the_article_at_its_next_match(tmp_path: Path) -> None:
    """tryout12: the help said `n` in the list reads the article "at its first search match",
    but after a search the pane marks match 1/2 and `n` opens it at match 2/2."""
    folder = write_articles(tmp_path / "a", {"storm.yaml": """
        title: Storm
        date: 2026-09-14
        body: |
          The storm reached the coast.

          A second storm followed.
        """})
    app = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await search_and_enter(pilot, "storm")
        assert app.reader.border_subtitle == "match 1/3"
        await pilot.press("question_mark")
        await pilot.pause()
        lines = help_lines(app)
        start = lines.index("Headline list")
        (n_line,) = [line for line in lines[start:start + 14] if line.startswith("n ")]
        assert "next search match" in n_line and "first search match" not in n_line, n_line
        (q_line,) = [line for line in lines if line.startswith("q Back one level")]
        assert "search cleared" in q_line and "then quit" in q_line  # as the README says
        (ctrl_c,) = [line for line in lines if line.startswith("Ctrl+C")]
        assert "search bar" in ctrl_c  # it does not quit from the search bar
        await pilot.press("escape")
        await pilot.press("n")  # what the line says
        await pilot.pause()
        assert app.focused is app.reader and app.reader.border_subtitle == "match 2/3"


def test_every_key_the_readme_names_is_one_the_help_lists() -> None:
    """The README's key table names only keys the app binds, as `?` lists them."""
    everywhere = [binding for cls in HzReaderApp.__mro__
                  for binding in cls.__dict__.get("BINDINGS", ())
                  if cls.__module__.startswith("hzreader.")]
    listed = {label for _, bindings in help_sections(everywhere) for binding in bindings
              if isinstance(binding, Binding) and binding.description
              for label in key_label(binding).split(" / ")}
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Reading and keys", 1)[1].split("\n## ", 1)[0]
    named = {key for row in section.splitlines() if row.startswith("| `")
             for key in re.findall(r"`([^`]+)`", row.split("|")[1])}
    assert {"j", "Ctrl+U", "Esc", "Tab", "Ctrl+P", "?", "<", "="} <= named  # the table was read
    assert named - listed == set()
