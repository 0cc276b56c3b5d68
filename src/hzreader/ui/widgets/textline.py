"""One line of plain text that repaints without a screen layout when its size stays."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget


class TextLine(Widget):
    """A line of text, never markup, for status lines and counters.

    `Static.update` lays out the whole screen on every change; a status line changes on every
    keystroke, and a layout repaints every pane (tens of milliseconds with 100k articles).
    This widget asks for a layout only when its width follows its text and that width changed.
    """

    DEFAULT_CSS = "TextLine { height: 1; }"

    def __init__(self, text: str = "", *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self._text = text

    @property
    def text(self) -> str:
        """The text shown."""
        return self._text

    def update(self, text: str) -> None:
        """Show `text`, repainting only this line unless its width has to change."""
        if text == self._text:
            return
        resize = self.styles.auto_dimensions and cell_len(text) != cell_len(self._text)
        self._text = text
        self.refresh(layout=resize)

    def render(self) -> Text:
        """The text, cut with an ellipsis when the line is too narrow."""
        return Text(self._text, no_wrap=True, overflow="ellipsis", end="")

    def get_content_width(self, container: Size, viewport: Size) -> int:
        """As wide as the text."""
        return cell_len(self._text)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """Always one line."""
        return 1
