"""The key footer, fitted to narrow terminals."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
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

    def compose(self) -> ComposeResult:
        """Textual's keys; those that do not fit are then hidden (`fit_keys`)."""
        yield from super().compose()
        self.call_after_refresh(self.fit_keys)

    def fit_keys(self, tries: int = 5) -> None:
        """Hide the keys from the first that does not fit whole on: at 60 columns the last
        showed cut ("q Qui"); `?` lists every key. (Keys just composed are laid out a
        refresh later: until then, it waits, a few refreshes at most.)"""
        if tries and any(not child.region for child in self.children if child.display):
            self.call_after_refresh(self.fit_keys, tries - 1)
            return
        right = self.content_region.right
        cut = False
        for child in self.children:
            cut = cut or child.region.right > right
            if cut and child.display:
                child.display = False

    def on_resize(self, event: events.Resize) -> None:
        """Fit the keys to the new width."""
        width = event.size.width
        self.compact = width < self.COMPACT_BELOW
        palette = width >= self.PALETTE_FROM
        if palette != self.show_command_palette:
            self.show_command_palette = palette
            self.refresh(recompose=True)
            return
        for child in self.children:  # wider: a hidden key may fit again
            child.display = True
        self.call_after_refresh(self.fit_keys)
