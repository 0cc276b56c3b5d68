"""The problems screen: every file that was skipped or warned about, as `FILE:LINE:COL`."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from hzreader.model import Problem
from hzreader.text import clean_line
from hzreader.ui.screens.overlay import ScrollingOverlay


def problems_text(problems: Sequence[Problem]) -> Text:
    """One line per problem; errors first in the order found, then warnings."""
    if not problems:
        return Text("No problems: every file loaded cleanly.", style="italic")
    text = Text()
    ordered = [p for p in problems if p.severity == "error"] + [
        p for p in problems if p.severity != "error"
    ]
    for number, problem in enumerate(ordered):
        if number:
            text.append("\n")
        text.append(clean_line(problem.location), style="bold")
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

    # Its look is here, not in app.tcss: parsed when first asked, not at start-up.
    DEFAULT_CSS = """
    ProblemsScreen { align: center middle; background: $background 60%; }
    #problems-body {
        width: 90%; max-width: 110; height: 90%; padding: 0 2;
        background: $surface; border: round $accent;
    }
    """

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
