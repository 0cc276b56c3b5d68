"""A text field with the word keys of readline (bash, less, most shells).

Textual's `Input` has Alt+b and Alt+f (the terminal sends them as Ctrl+Left and
Ctrl+Right) and Alt+Backspace (sent as Ctrl+W), but not Alt+d, and its own `alt+backspace`
(from terminals that report Alt) deletes to the right; its Alt+f (Ctrl+Right) stops at the
start of the next word. Here Alt+d deletes the word after the cursor, Alt+Backspace the word
before it, and Alt+f (Ctrl+Right) moves to the end of the next word, as readline does: Alt+f
then Alt+d deletes the word after the next one.
"""

from __future__ import annotations

import re

from textual import events
from textual.binding import Binding
from textual.widgets import Input
from textual.widgets.input import Selection

#: From the cursor: any characters that are not part of a word, then a word.
_NEXT_WORD = re.compile(r"\W*\w*")
#: Keys whose character Textual's `key_to_character` does not find (it looks up the names
#: it gave them, "slash", not Unicode's "solidus"): a text field types them too.
RENAMED_CHARACTERS = {"slash": "/", "backslash": "\\", "minus": "-", "plus": "+",
                      "underscore": "_", "at": "@"}


def next_word_end(text: str, cursor: int) -> int:
    """Where readline's Alt+d stops: the end of the word at or after `cursor`."""
    found = _NEXT_WORD.match(text, cursor)
    return found.end() if found is not None else cursor


class WordInput(Input):
    """An `Input` with readline's Alt+d and Alt+Backspace (bound, so that the app does not
    take them for Esc then the key: `ui._keys`)."""

    BINDINGS = [
        Binding("alt+d", "delete_next_word", "Delete the word after the cursor", show=False),
        Binding("alt+backspace", "delete_left_word", "Delete the word before the cursor",
                show=False),
    ]

    def check_consume_key(self, key: str, character: str | None) -> bool:
        """Printable keys are typed, `/` among them: the footer does not offer the app's `/`
        (Search) while the field has the focus."""
        return super().check_consume_key(key, character or RENAMED_CHARACTERS.get(key))

    async def _on_key(self, event: events.Key) -> None:
        """Alt+d comes with the character "d", which `Input` would type: delete instead."""
        if event.key == "alt+d":
            event.stop()
            event.prevent_default()
            self.action_delete_next_word()
            return
        await super()._on_key(event)

    def action_delete_next_word(self) -> None:
        """Delete to the end of the word after the cursor (the selection, if any)."""
        if not self.selection.is_empty:
            self.delete_selection()
            return
        start = self.cursor_position
        self.delete(start, next_word_end(self.value, start))

    def action_cursor_right_word(self, select: bool = False) -> None:
        """Move to the end of the word at or after the cursor (readline's Alt+f); with
        `select`, select the text passed over."""
        if self.password:
            super().action_cursor_right_word(select)
            return
        start, end = self.selection
        target = next_word_end(self.value, end)
        if select:
            self.selection = Selection(start, target)
        else:
            self.cursor_position = target

    def action_copy(self) -> None:
        """Copy the selected text; with none, nothing: Ctrl+C does not quit the app from a
        text field (where it copies), whatever is selected."""
        if self.selected_text:
            self.app.copy_to_clipboard(self.selected_text)
