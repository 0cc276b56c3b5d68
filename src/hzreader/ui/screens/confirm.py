"""A yes/no question in a small pop-up: `y` or Enter says yes, `n`, `q` or Esc says no; and
the question before a file is replaced, which only `y` answers yes."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Static


class ConfirmScreen(ModalScreen[bool]):
    """Asks `question`; dismisses with True (yes) or False (no)."""

    # Its look is here, not in app.tcss: parsed when first asked, not at start-up.
    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; background: $background 60%; }
    #confirm-body {
        width: 80%; max-width: 90; height: auto; padding: 1 2;
        background: $surface; border: round $accent; border-subtitle-color: $text-muted;
    }
    #confirm-question { width: 100%; }
    """

    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes"),
        Binding("n,escape,q", "answer(False)", "No"),
        Binding("Q", "app.quit", "Quit", show=False),
    ]

    #: The keys that answer, as the pop-up's border says them.
    KEYS = "y: yes · n: no"

    def __init__(self, question: str, title: str = "Are you sure?") -> None:
        super().__init__()
        self.question = question
        self.title_text = title

    def compose(self) -> ComposeResult:
        """The question, with the keys that answer it."""
        with Vertical(id="confirm-body") as body:
            body.border_title = self.title_text
            body.border_subtitle = self.KEYS
            yield Static(self.question, markup=False, id="confirm-question")
        yield Footer(show_command_palette=False)

    def action_answer(self, yes: bool) -> None:
        """Close with the answer."""
        self.dismiss(yes)


class ReplaceFileScreen(ConfirmScreen, inherit_bindings=False):
    """Whether to replace an existing file: only `y` says yes, `n` or Esc no."""

    #: Only `y` replaces the file: an Enter typed ahead (a double tap in the path field)
    #: must not overwrite it before the question is read.
    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
        Binding("Q", "app.quit", "Quit", show=False),
    ]
    KEYS = "y: yes · n or Esc: no"

    def __init__(self, question: str) -> None:
        super().__init__(question, "Replace the file?")
