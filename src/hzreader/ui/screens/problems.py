"""The problems screen: every file that was skipped or warned about, as `FILE:LINE:COL`."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from hzreader.model import Problem
from hzreader.text import clean_line, escaped
from hzreader.ui.screens.overlay import ScrollingOverlay


def ordered_problems(problems: Sequence[Problem]) -> list[Problem]:
    """The files with errors first, in the order found, then those with warnings only;
    each file's problems together, its errors before its warnings (a broken file's error,
    then the warning that its last good version is kept)."""
    by_file: dict[str, list[Problem]] = {}
    for problem in problems:
        by_file.setdefault(problem.path, []).append(problem)
    groups = sorted(by_file.values(), key=lambda group: all(
        p.severity != "error" for p in group))  # stable: the order found within each
    return [p for group in groups for p in sorted(group, key=lambda p: p.severity != "error")]


def problems_text(problems: Sequence[Problem]) -> Text:
    """One line per problem (`ordered_problems`)."""
    if not problems:
        return Text("No problems: every file loaded cleanly.", style="italic")
    text = Text()
    ordered = ordered_problems(problems)
    for number, problem in enumerate(ordered):
        if number:
            text.append("\n")
        text.append(escaped(problem.location), style="bold")
        text.append(": ")
        if problem.severity == "warning":
            text.append("warning: ", style="italic")
        text.append(clean_line(problem.message))
    return text


class ProblemsScreen(ScrollingOverlay):
    """Lists the problems found while loading; Esc or q closes it."""

    BINDINGS = [
        Binding("escape,q,p", "dismiss", "Close"),
    ]

    def __init__(self, problems: Sequence[Problem], summary: str = "") -> None:
        super().__init__()
        self.problems = problems
        self.summary = summary

    def compose(self) -> ComposeResult:
        """A scrolling list of problem lines."""
        with VerticalScroll(id="problems-body") as body:
            detail = self.summary or ("warnings only" if self.problems else "none")
            body.border_title = f"Problems: {detail}"
            body.border_subtitle = "Esc to close"
            yield Static(problems_text(self.problems), id="problems-text")
        yield Footer(show_command_palette=False)
