"""The search bar: an input whose every change is a new query (the status line counts the
results: one place for the count, at any width). Until just after the first frame it shows
a placeholder; the field (`search_input`, an `Input`) loads and mounts then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input

from hzreader.ui.widgets.textline import TextLine

if TYPE_CHECKING:
    from hzreader.ui.widgets.search_input import SearchInput


class SearchPrompt(TextLine):
    """What the search field shows while empty, drawn alike, until the field is mounted (just
    after the first frame: an `Input` costs several milliseconds to style and lay out)."""

    COMPONENT_CLASSES = {"search-prompt--placeholder"}

    def render(self) -> Text:
        """The placeholder, cut at the edge as the field cuts it."""
        style = self.get_component_rich_style("search-prompt--placeholder")
        return Text(self.text, style=style, no_wrap=True, overflow="crop", end="")


class SearchBar(Horizontal):
    """The search field; posts `QueryChanged` on every edit."""

    DEFAULT_CSS = """
    SearchBar { height: 1; }
    SearchBar > SearchInput, SearchBar > SearchInput:focus {
        width: 1fr; height: 1; border: none; padding: 0 1; }
    SearchBar > SearchPrompt { width: 1fr; padding: 0 1; color: $foreground;
        & > .search-prompt--placeholder { color: $text-disabled; }
        &:ansi { color: ansi_default;
            & > .search-prompt--placeholder { text-style: dim; color: ansi_default; } } }
    """

    PLACEHOLDER = '/ to search   words · "phrase" · -word · title:word · money>1e9'

    class QueryChanged(Message):
        """The query text changed."""

        def __init__(self, query: str) -> None:
            self.query = query
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self._field: SearchInput | None = None
        #: The searches of earlier sessions, oldest first, for the field's `Up`.
        self.history: list[str] = []

    def compose(self) -> ComposeResult:
        """The field's placeholder (the field itself comes after the first frame)."""
        yield SearchPrompt(self.PLACEHOLDER, id="search-prompt")

    @property
    def field(self) -> SearchInput | None:
        """The text field, once mounted (None until then)."""
        return self._field

    @property
    def input(self) -> SearchInput:
        """The text field (mounted now if it is not yet)."""
        return self._field or self.mount_input()

    def mount_input(self) -> SearchInput:
        """Put the text field in the placeholder's place."""
        if self._field is not None:
            return self._field
        from hzreader.ui.widgets.search_input import SearchInput  # after the first frame

        field = self._field = SearchInput(placeholder=self.PLACEHOLDER, id="search-input",
                                          select_on_focus=False)
        field.cursor_blink = False  # calm, and stable in snapshots
        field.history = list(self.history)
        self.mount(field, before=0)
        self.query("#search-prompt").remove()
        return field

    @property
    def value(self) -> str:
        """The current query text."""
        return self._field.value if self._field is not None else ""

    def clear(self) -> None:
        """Empty the query (which posts a change)."""
        if self._field is not None:
            self._field.value = ""

    def on_input_changed(self, event: Input.Changed) -> None:
        """Every keystroke is a new query."""
        event.stop()
        self.input.untouched = False
        self.post_message(self.QueryChanged(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter moves to the results; right after `/` on an empty bar it repeats the last
        search first, as `/` Enter does in less and vim."""
        event.stop()
        field = self.input
        if field.untouched and not field.value and field.history:
            field.value = field.history[-1]  # (searched at once: a change like any other)
            field.cursor_position = len(field.value)
        field.remember()
        self.post_message(field.Left(to_results=True))
