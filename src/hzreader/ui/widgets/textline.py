"""One line of plain text that repaints without a screen layout when its size stays."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.geometry import Size
from textual.timer import Timer
from textual.widget import Widget

from hzreader.ui._status import SEPARATOR, StatusPart, fit_status


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


class StatusLine(TextLine):
    """The status line: parts that give way by rank to fit the width (the least important is
    shortened first), and a passing message that goes first while it lasts."""

    #: The rank of a passing message: above every part.
    FLASH_RANK = 100

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self._parts: tuple[StatusPart, ...] = ()
        self._flash: tuple[str, ...] = ()
        self._flash_alone = False
        self._flash_timer: Timer | None = None

    @property
    def shown(self) -> str:
        """The line as drawn at the current width."""
        return self._fitted().plain

    def show_parts(self, parts: tuple[StatusPart, ...]) -> None:
        """Show these parts; `text` is the line with every part in full."""
        if parts == self._parts:
            return
        self._parts = parts
        self._text = SEPARATOR.join(forms[0] for _, forms in parts if forms and forms[0])
        self.refresh()

    def flash(self, message: str | tuple[str, ...], seconds: float = 2.0,
              alone: bool = False) -> None:
        """Show `message` first for `seconds`; a new one replaces it (they never pile up).
        Given as forms (longest first), it takes a shorter one only once the other parts
        have given way; `alone`, it takes the whole line (as less's `=` its prompt line)."""
        if self._flash_timer is not None:
            self._flash_timer.stop()
        self._flash = (message,) if isinstance(message, str) else message
        self._flash_alone = alone
        self._flash_timer = self.set_timer(seconds, self._end_flash)
        self.refresh()

    @property
    def flash_message(self) -> str:
        """The passing message shown now, its longest form ("" if none)."""
        return self._flash[0] if self._flash else ""

    def end_flash(self, message: str | None = None) -> None:
        """End the passing message now (only if it is `message`, when given)."""
        if self._flash and message in (None, self._flash[0]):
            if self._flash_timer is not None:
                self._flash_timer.stop()
            self._end_flash()

    def _end_flash(self) -> None:
        self._flash, self._flash_timer = (), None
        self.refresh()

    def _fitted(self) -> Text:
        parts = () if self._flash and self._flash_alone else \
            tuple(part for part in self._parts if part[1])
        if self._flash:
            parts = ((self.FLASH_RANK, self._flash), *parts)
        width = self.content_size.width or 10**6
        return Text(fit_status(parts, width), no_wrap=True, overflow="ellipsis", end="")

    def render(self) -> Text:
        """The parts that fit; cut with an ellipsis only if even the shortest do not."""
        return self._fitted()
