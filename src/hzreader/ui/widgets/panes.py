"""The row of panes (headline list, reading pane, figures panel) and its layout state.

Which panes show and how wide the list is are reactives here; their `watch_` methods set
the CSS classes that `app.tcss` lays out, so nothing reads the layout back from classes.
"""

from __future__ import annotations

from textual.containers import Horizontal
from textual.events import DescendantFocus, Resize
from textual.reactive import reactive
from textual.widget import Widget

#: Below this many columns the figures panel replaces the headline list instead of joining it.
NARROW_WIDTH = 100
#: The headline list is never narrower than this (cells, borders included) ...
LIST_MIN_WIDTH = 24
#: ... and always leaves the reading pane at least this much.
READER_MIN_WIDTH = 30
#: Width of the figures panel beside a resized list (as in `app.tcss`).
FIGURES_WIDTH = 40


#: The default list width, as `app.tcss` gives it: half the row, within these bounds.
LIST_DEFAULT_SHARE, LIST_MAX_WIDTH = 0.5, 90
#: The list's share of the row while the figures panel is beside it (as in `app.tcss`).
LIST_SHARE_WITH_FIGURES = 0.28


def clamp_list_width(wanted: int, total: int, figures_beside: bool) -> int:
    """The list width to use for `wanted` cells in a row `total` cells wide. In a narrow
    row (under `NARROW_WIDTH`) the reading pane keeps at least half: a width chosen in a
    wide terminal does not cramp the article in a small one. With the figures panel
    beside it, a wide list gives way as the default one does (to 28 % of the row), so the
    article is never the pane squeezed."""
    reader = max(READER_MIN_WIDTH, total // 2 if total < NARROW_WIDTH else 0)
    room = total - reader - (FIGURES_WIDTH if figures_beside else 0)
    if figures_beside:
        room = min(room, round(total * LIST_SHARE_WITH_FIGURES))
    return max(LIST_MIN_WIDTH, min(wanted, room))


def default_list_width(total: int) -> int:
    """The list's width in a row `total` cells wide when the reader set none."""
    return max(LIST_MIN_WIDTH, min(LIST_MAX_WIDTH, round(total * LIST_DEFAULT_SHARE)))


class Panes(Horizontal):
    """Holds the panes; owns whether the figures panel shows, wide and narrow layout, and
    the width the reader gave the headline list."""

    #: The key figures panel is open.
    show_figures: reactive[bool] = reactive(False, init=False)
    #: Wide reading: the headline list is hidden.
    wide: reactive[bool] = reactive(False, init=False)
    #: The terminal is narrow: the figures panel takes the headline list's place.
    narrow: reactive[bool] = reactive(False, init=False)
    #: The headline list's width in cells as the reader set it (None: the default in CSS).
    list_width: reactive[int | None] = reactive(None, init=False)

    def watch_show_figures(self, show: bool) -> None:
        """Open or close the figures panel."""
        self.set_class(show, "-show-figures")
        self.fit_list()

    def watch_wide(self, wide: bool) -> None:
        """Hide or show the headline list."""
        self.set_class(wide, "-wide")

    def watch_narrow(self, narrow: bool) -> None:
        """Switch between the narrow and the side-by-side layout."""
        self.set_class(narrow, "-narrow")
        self.fit_list()

    def watch_list_width(self, width: int | None) -> None:
        """Apply the reader's list width."""
        self.fit_list()

    def on_resize(self, event: Resize) -> None:
        """A new width may make the layout narrow and the list too wide."""
        self.narrow = event.size.width < NARROW_WIDTH
        self.fit_list()

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        """The focus is never in a pane that does not show: the headline list taking it (`h`,
        Esc, `q` from the article, a search's results, the place given back after a search)
        ends wide reading, and under `NARROW_WIDTH` columns the figures panel gives the list
        back its place (as `h` leaves it in less's and newsboat's way: back to the list,
        the list on screen; beside a wide enough list the panel stays open)."""
        if self.children and event.widget is self.headlines:
            self.wide = False
            if self.narrow:
                self.show_figures = False

    @property
    def headlines(self) -> Widget:
        """The headline list (the first pane)."""
        return self.children[0]

    def fit_list(self) -> None:
        """Size the headline list: the reader's width, kept within what the row can spare."""
        if not self.children:
            return
        width = self.list_width
        if width is None:
            self.headlines.styles.width = None  # the stylesheet's default
            self.headlines.styles.max_width = None
            return
        total = self.size.width or self.app.size.width
        fitted = clamp_list_width(width, total, self.show_figures and not self.narrow)
        self.headlines.styles.width = fitted
        self.headlines.styles.max_width = fitted
