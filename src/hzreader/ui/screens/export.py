"""Small dialogs of the figures export: where to write, and whether to replace a file."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class ExportScreen(ModalScreen[str | None]):
    """Asks for the file to write; .csv, .json or .jsonl says the format. Esc cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, what: str, suggestion: str) -> None:
        super().__init__()
        self.what = what
        self.suggestion = suggestion

    def compose(self) -> ComposeResult:
        """A prompt and the path field."""
        with Vertical(id="export-body") as body:
            body.border_title = f"Export {self.what}"
            body.border_subtitle = "Enter to write · Esc to cancel"
            yield Static("File to write (.csv for spreadsheets, .json or .jsonl for data):",
                         markup=False)
            yield Input(self.suggestion, id="export-path", select_on_focus=False)

    def on_mount(self) -> None:
        """The field takes focus with the cursor at the end."""
        field = self.query_one(Input)
        field.focus()
        field.cursor_position = len(field.value)

    @on(Input.Submitted)
    def on_submitted(self, event: Input.Submitted) -> None:
        """Enter: hand the path back."""
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        """Write nothing."""
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question; y or Enter says yes, n or Esc says no."""

    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        """The question and the keys."""
        with Vertical(id="confirm-body") as body:
            body.border_title = "Replace the file?"
            body.border_subtitle = "y: yes · n or Esc: no"
            yield Static(self.question, markup=False)

    def action_answer(self, yes: bool) -> None:
        """Close with the answer."""
        self.dismiss(yes)
