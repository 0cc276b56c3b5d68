"""The key footer, fitted to narrow terminals."""

from __future__ import annotations

from textual import events
from textual.widgets import Footer


class FittingFooter(Footer):
    """Textual's footer, compact below `COMPACT_BELOW` columns and without the command
    palette's key below `PALETTE_FROM` (Ctrl+P still works, and `?` lists it): at 80
    columns the last key showed without its label ("t ▏^p palette")."""

    COMPACT_BELOW = 100
    PALETTE_FROM = 90

    # Compact: one space between entries, a group's ("][ Figure") as a key's.
    DEFAULT_CSS = """
    FittingFooter.-compact FooterLabel { margin: 0 1 0 0; }
    FittingFooter.-compact KeyGroup { margin: 0 1 0 0; padding-left: 0; }
    """

    def on_resize(self, event: events.Resize) -> None:
        """Fit the keys to the new width."""
        width = event.size.width
        self.compact = width < self.COMPACT_BELOW
        palette = width >= self.PALETTE_FROM
        if palette != self.show_command_palette:
            self.show_command_palette = palette
            self.refresh(recompose=True)
