"""A modal overlay with one scrolling body: the shared base of the help and problems screens."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen


class ScrollingOverlay(ModalScreen[None]):
    """A modal screen whose `VerticalScroll` body scrolls with j/k, PgUp/PgDn and Space."""

    BINDINGS = [
        Binding("j,down", "scroll(1)", "Scroll down", show=False),
        Binding("k,up", "scroll(-1)", "Scroll up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
    ]

    def action_scroll(self, lines: int) -> None:
        """Scroll the body by `lines`."""
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        """Scroll the body by whole pages."""
        body = self.query_one(VerticalScroll)
        body.scroll_relative(y=pages * max(1, body.size.height - 1), animate=False)
