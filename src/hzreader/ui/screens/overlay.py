"""A modal overlay with one scrolling body: the shared base of the help and problems screens."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen

_SCROLL = Binding.Group("Scroll", compact=True)
_ENDS = Binding.Group("Top/end", compact=True)


class ScrollingOverlay(ModalScreen[None]):
    """A modal screen whose `VerticalScroll` body scrolls with j/k, g/G, PgUp/PgDn and Space.

    Subclasses bind their own closing keys and compose a `Footer`, so the footer shows the
    pop-up's keys rather than those of the screen below.
    """

    BINDINGS = [
        Binding("j,down", "scroll(1)", "Down", group=_SCROLL),
        Binding("k,up", "scroll(-1)", "Up", group=_SCROLL),
        Binding("g,home", "ends(-1)", "Top", group=_ENDS),
        Binding("G,end", "ends(1)", "End", group=_ENDS),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
        Binding("Q", "app.quit", "Quit", show=False),
    ]

    # Its look is here, not in app.tcss: parsed when first asked, not at start-up.
    DEFAULT_CSS = """
    ScrollingOverlay { align: center middle; background: $background 60%; }
    ScrollingOverlay > VerticalScroll {
        width: 90%; max-width: 110; height: 90%; padding: 0 2;
        background: $surface; border: round $accent;
    }
    """

    def action_scroll(self, lines: int) -> None:
        """Scroll the body by `lines`."""
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        """Scroll the body by whole pages."""
        body = self.query_one(VerticalScroll)
        body.scroll_relative(y=pages * max(1, body.size.height - 1), animate=False)

    def action_ends(self, where: int) -> None:
        """Scroll to the top (`where` < 0) or the end of the body."""
        body = self.query_one(VerticalScroll)
        if where < 0:
            body.scroll_home(animate=False)
        else:
            body.scroll_end(animate=False)
