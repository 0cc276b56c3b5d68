"""The search bar's text field: the word keys of `WordInput`, the history of searches (Up,
Down), and Esc or Enter to leave it. Loaded just after the first frame (`SearchBar`)."""

from __future__ import annotations

from typing import Any

from textual.binding import Binding, BindingsMap
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive

from hzreader.state import add_to_history
from hzreader.ui.widgets.word_input import WordInput


class SearchInput(WordInput):
    """The text field of the search bar; Esc and Enter leave it."""

    # `Input` sets its virtual width to its text's on every keystroke, and `Widget`'s
    # `virtual_size` lays out the whole screen when it changes. A one-line field of a fixed
    # size has no scrollbar whose place could change: repainting the field is enough.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    # Shown in the footer, in this order, while the field has the focus (`_merge_bindings`).
    BINDINGS = [
        Binding("enter", "submit", "To results",
                tooltip="Go to the results (n / N then step through matches); on an "
                        "empty bar, repeat the last search, as in less"),
        Binding("escape", "leave", "Leave (again: clear)",
                tooltip="Back to the list; Esc again clears the search"),
        Binding("up", "older", "Earlier searches",
                tooltip="The search before (again: older ones), as in less"),
        Binding("ctrl+u", "delete_left_all", "Delete to start",
                tooltip="Delete to the start of the field, as in readline (Ctrl+K: to the end)"),
        Binding("down", "newer", "To results", show=False,
                tooltip="After Up: the next newer search, then what you were typing; "
                        "else to the results"),
    ]

    class Left(Message):
        """The reader left the search field: to the results (Enter, Down: `to_results`),
        or giving the field up (Esc, Ctrl+C)."""

        def __init__(self, to_results: bool) -> None:
            #: Enter or Down: the reader went to the results (giving the search up then
            #: stays in the list); False for Esc and Ctrl+C.
            self.to_results = to_results
            super().__init__()

    @classmethod
    def _merge_bindings(cls) -> BindingsMap:
        """Textual's merged keys with this class's own first, in the order listed: the footer
        shows them so (Enter, Esc, Up, Ctrl+U), not in the order the base classes bind them
        (Up from `ScrollView`, Enter and Ctrl+U from `Input`). Textual's private hook: if it
        goes, the order is Textual's (`test_the_search_field_footer_offers_its_own_keys`)."""
        merged = super()._merge_bindings().key_to_bindings
        own = BindingsMap(cls.__dict__.get("BINDINGS", [])).key_to_bindings
        return BindingsMap.from_keys(
            {**{key: merged[key] for key in own}, **merged})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.history: list[str] = []
        #: Which search of `history` the field shows after Up (None: none recalled).
        self._recalled: int | None = None
        #: What the field held when Up first recalled a search (Down brings it back).
        self._draft = ""
        #: The field was empty when it took the focus and nothing was typed since: Enter
        #: repeats the last search (a bar emptied by hand means no search).
        self.untouched = False

    def on_focus(self) -> None:
        """Note whether the field starts empty (`untouched`)."""
        self.untouched = not self.value

    def remember(self) -> None:
        """Keep the query for `Up` (once: a search made again moves to the newest)."""
        self._recalled = None
        add_to_history(self.history, self.value)

    def action_older(self) -> None:
        """Put the search before the one shown (or, after an edit, the newest) in the field."""
        recalled = self._recalled
        if not self.browsing():
            self._draft = self.value
            recalled = len(self.history)  # start again from the newest
            if self.history and self.value.strip() == self.history[-1]:
                recalled -= 1  # the field shows the newest already
        assert recalled is not None
        if recalled <= 0:
            return
        self.show_recalled(recalled - 1)

    def action_newer(self) -> None:
        """After Up: the next newer search, then what was being typed (as readline and
        less do); otherwise, or past those, to the results."""
        recalled = self._recalled
        if recalled is None or not self.browsing():
            self.to_results()
        elif recalled + 1 < len(self.history):
            self.show_recalled(recalled + 1)
        elif self._draft != self.value:
            self._recalled = None
            self.value = self._draft
            self.cursor_position = len(self.value)
        else:
            self.to_results()

    def browsing(self) -> bool:
        """Whether the field shows a search that Up recalled, unedited."""
        recalled = self._recalled
        return recalled is not None and recalled < len(self.history) \
            and self.value == self.history[recalled]

    def show_recalled(self, number: int) -> None:
        """Put search `number` of `history` in the field, the cursor at its end."""
        self._recalled = number
        self.value = self.history[number]
        self.cursor_position = len(self.value)

    def action_leave(self) -> None:
        """Esc: hand focus back to the list (Esc again there gives the search up)."""
        self.remember()
        self.post_message(self.Left(to_results=False))

    def to_results(self) -> None:
        """Down: to the results, as Enter."""
        self.remember()
        self.post_message(self.Left(to_results=True))

    def action_copy(self) -> None:
        """Ctrl+C: copy the selected text; with none selected, leave the field as Esc does
        (Ctrl+C gives up what is being typed in a shell or in less). Never quits."""
        if self.selected_text:
            self.app.copy_to_clipboard(self.selected_text)
        else:
            self.action_leave()
