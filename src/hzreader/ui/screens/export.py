"""Small dialogs of the figures export: where to write, and whether to replace a file."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Static

from hzreader.ui.screens.confirm import ReplaceFileScreen
from hzreader.ui.widgets.word_input import WordInput

#: The file endings the export knows (`lens.format_for_path`), as the dialog names them.
_ENDINGS = (".csv", ".json", ".jsonl")


def export_target(typed: str, cwd: str | None = None) -> str:
    """The absolute path a typed name stands for (`~` expanded, relative to `cwd`)."""
    path = os.path.expanduser(typed.strip())
    return os.path.normpath(os.path.join(cwd or os.getcwd(), path))


def only_an_ending(typed: str) -> bool:
    """True when the typed name's file name is only an ending (`.csv`, `out/.json`): no name,
    though it would make a hidden file."""
    return os.path.basename(typed.strip()).lower() in _ENDINGS


def named(typed: str, suggestion: str) -> str:
    """`typed`, a name that is only an ending, with the suggested name's stem before it
    (`out/.json` and `figures.csv` give `out/figures.json`)."""
    typed = typed.strip()
    ending = os.path.basename(typed)
    stem = suggestion
    for known in _ENDINGS:
        if suggestion.lower().endswith(known) and len(suggestion) > len(known):
            stem = suggestion[: -len(known)]
    return typed[: len(typed) - len(ending)] + os.path.basename(stem) + ending


def articles_folder_holding(target: str, opened: Sequence[Path]) -> str | None:
    """The opened articles folder that `target` would be written into, if any."""
    real = os.path.realpath(target)
    for path in opened:
        if not path.is_dir():
            continue
        folder = os.path.realpath(path)
        if real.startswith(folder.rstrip(os.sep) + os.sep):
            return os.path.abspath(path)
    return None


def export_problem(target: str) -> str | None:
    """Why `target` (absolute) cannot be written, in words; None when it can be tried."""
    name = os.path.basename(target)
    if os.path.isdir(target):
        return f"{target} is a folder: add a file name, e.g. {os.path.join(target, 'figures.csv')}"
    if not name.lower().endswith(_ENDINGS):
        return "Name the file .csv (spreadsheets), .json or .jsonl (data)."
    folder = os.path.dirname(target)
    if not os.path.isdir(folder):
        return f"There is no folder {folder}: create it first, or choose another."
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"The folder {folder} cannot be written to."
    return None


class ExportScreen(ModalScreen[tuple[str, bool] | None]):
    """Asks for the file to write; .csv, .json or .jsonl says the format. Esc cancels.

    The dialog stays open, with what was typed, while the name cannot be used (a folder, an
    unknown ending, a missing folder), saying why; it shows the absolute path a name stands
    for, and hands that path back with whether the reader agreed to replace the file there.
    A file inside an opened articles folder is only written after a second Enter (hzreader
    otherwise never writes there); an existing file only after a yes to "Replace the file?"
    (no: back to the name, to change it).
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    # Its look is here, not in app.tcss: parsed when first asked, not at start-up.
    DEFAULT_CSS = """
    ExportScreen { align: center middle; background: $background 60%; }
    #export-body {
        width: 80%; max-width: 90; height: auto; padding: 1 2;
        background: $surface; border: round $accent;
    }
    #export-path { margin: 1 0 0 0; }
    #export-where { color: $text-muted; }
    #export-where.-problem { color: $text-warning; }
    """

    def __init__(self, what: str, suggestion: str, articles: Sequence[Path] = ()) -> None:
        super().__init__()
        self.what = what
        self.suggestion = suggestion
        self.articles = list(articles)
        #: The target the reader confirmed inside an articles folder (Enter twice).
        self._confirmed = ""
        #: The name put in the field for one that was only an ending (its message stays).
        self._named = ""

    def compose(self) -> ComposeResult:
        """A prompt, the path field and a line that says where the file goes (or why not)."""
        with Vertical(id="export-body") as body:
            body.border_title = f"Export {self.what}"
            body.border_subtitle = "Enter to write · Esc to cancel"
            yield Static("File to write (.csv for spreadsheets, .json or .jsonl for data):",
                         markup=False)
            yield WordInput(self.suggestion, id="export-path", select_on_focus=False)
            yield Static("", id="export-where", markup=False)
        yield Footer(show_command_palette=False)  # its own keys, not the table's beneath

    def on_mount(self) -> None:
        """The field takes focus with the suggested name selected: typing a path replaces
        it, Enter takes it, an arrow key keeps it to edit."""
        field = self.query_one(Input)
        field.focus()
        field.select_all()
        self._show_where(field.value)

    @property
    def message(self) -> str:
        """What the line under the field says now."""
        return str(self.query_one("#export-where", Static).render())

    def _say(self, text: str, problem: bool = False) -> None:
        line = self.query_one("#export-where", Static)
        line.update(text)
        line.set_class(problem, "-problem")

    def _show_where(self, typed: str) -> None:
        if not typed.strip():
            self._say("")
            return
        if only_an_ending(typed):
            self._say(f"{os.path.basename(typed.strip())} is only an ending: add a name before "
                      "it", problem=True)
            return
        target = export_target(typed)
        folder = articles_folder_holding(target, self.articles)
        self._say(f"→ {target}" + (f"  (inside the articles folder {folder})" if folder else ""),
                  problem=folder is not None)

    @on(Input.Changed)
    def on_changed(self, event: Input.Changed) -> None:
        """Say where the typed name would be written."""
        self._confirmed = ""
        if event.value == self._named:  # the name just put in: its message stays
            return
        self._show_where(event.value)

    @on(Input.Submitted)
    def on_submitted(self, event: Input.Submitted) -> None:
        """Enter: hand the absolute path back, or say (in the dialog) why not yet."""
        event.stop()
        if not event.value.strip():  # the dialog stays: keys typed next go to the name
            self._say("Type a file name (.csv, .json or .jsonl), or Esc to cancel.",
                      problem=True)
            return
        if only_an_ending(event.value):  # as no name: the suggested one, to take or change
            field = self.query_one(Input)
            field.value = self._named = named(event.value, self.suggestion)
            field.cursor_position = len(field.value)
            self._say(f"{os.path.basename(event.value.strip())} is only an ending, no name: Enter "
                      f"to write {export_target(field.value)}, or change the name.", problem=True)
            return
        target = export_target(event.value)
        problem = export_problem(target)
        if problem is not None:
            self._say(problem, problem=True)
            return
        folder = articles_folder_holding(target, self.articles)
        if folder is not None and self._confirmed != target:
            self._confirmed = target
            self._say(f"{target} is inside the articles folder {folder}, where hzreader "
                      "writes nothing of its own. Enter again to write it there anyway, "
                      "or change the name.", problem=True)
            return
        if os.path.lexists(target):
            self._ask_to_replace(target)
            return
        self.dismiss((target, False))

    def _ask_to_replace(self, target: str) -> None:
        """Replace `target` only on a yes; on a no, stay with the name to change it."""
        def answered(yes: bool | None) -> None:
            if yes:
                self.dismiss((target, True))
                return
            self._say(f"{target} exists and was kept: change the name, or Esc.", problem=True)
            field = self.query_one(Input)
            field.focus()
            field.select_all()

        self.app.push_screen(ReplaceFileScreen(f"{target} exists. Replace it with {self.what}?"),
                             answered)

    def action_cancel(self) -> None:
        """Write nothing."""
        self.dismiss(None)
