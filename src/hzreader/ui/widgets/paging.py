"""The reading pane's movement keys, as less has them: a line, half a page, a page, the top,
the bottom, a percentage, and a count typed before them (`3j`, `20g`, `50%`).

Where a key of less's is one of hzreader's own (`y` copies, `f` the figures panel, `u` the
next unread article, `p` the problems, `<` `>` the list's width, `Ctrl+P` the palette), it
stays hzreader's; docs/keys.md says so.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.message import Message

from hzreader.ui.widgets.lines_view import LinesView

#: The pane's movement keys (the help lists them from here).
PAGING_BINDINGS = [
    Binding("j,down", "scroll_down", "Line down", show=False,
            tooltip="Scroll a line down (a count first: 3j, three lines)"),
    Binding("e,ctrl+e,ctrl+n,enter,ctrl+j", "scroll_down", "Line down", show=False,
            tooltip="A line down too, as in less (in the list Enter reads the article)"),
    Binding("k,up", "scroll_up", "Line up", show=False,
            tooltip="Scroll a line up (3k: three lines)"),
    Binding("ctrl+y,ctrl+k", "scroll_up", "Line up", show=False,
            tooltip="A line up too, as in less (y copies)"),
    Binding("space,pagedown,ctrl+f", "page_down", "Page down", show=False,
            tooltip="Scroll a page down (a count first: that many lines)"),
    Binding("b,pageup,ctrl+b", "page_up", "Page up", show=False,
            tooltip="Scroll a page up (a count first: that many lines)"),
    Binding("d,ctrl+d", "half_page_down", "Half a page down", show=False,
            tooltip="Scroll half a page down, as less and vim (a count first: that many lines)"),
    Binding("ctrl+u", "half_page_up", "Half a page up", show=False,
            tooltip="Scroll half a page up (u is the next unread article)"),
    Binding("g,home", "scroll_home", "Top", show=False,
            tooltip="To the top (20g: line 20 at the top)"),
    Binding("G,end", "scroll_end", "Bottom", show=False,
            tooltip="To the bottom (20G: line 20 at the top)"),
    Binding("percent_sign", "to_percent", "Percent", show=False,
            tooltip="50%: half way through the article, as in less (% alone: the top)"),
]

#: The largest count kept: more digits than that are not a count a reader means.
MOST_COUNT = 10**7


class PagingView(LinesView):
    """A `LinesView` that moves as less does: `PAGING_BINDINGS`, and digits typed before a
    key make a count for it (any other key drops the count)."""

    class CountTyped(Message):
        """The count typed so far (None: it was used or dropped), for the status line."""

        def __init__(self, count: int | None) -> None:
            self.count = count
            super().__init__()

    #: The digits typed so far, as a number (None: none typed).
    typed_count: int | None = None
    #: The count that goes with the key being handled (None: none was typed before it).
    _count: int | None = None

    def on_key(self, event: events.Key) -> None:
        """A digit adds to the count; any other key takes the count for its own action (the
        action runs once the key reaches the bindings) and starts a new one."""
        character = event.character
        if event.key == character and character is not None and character in "0123456789":
            event.stop()
            event.prevent_default()
            self.typed_count = min(MOST_COUNT, (self.typed_count or 0) * 10 + int(character))
            self.post_message(self.CountTyped(self.typed_count))
            return
        self._count, self.typed_count = self.typed_count, None
        if self._count is not None:
            self.post_message(self.CountTyped(None))

    def on_blur(self) -> None:
        """A count typed here does not wait for the pane's return."""
        self._count = None
        if self.typed_count is not None:
            self.typed_count = None
            self.post_message(self.CountTyped(None))

    def take_count(self) -> int | None:
        """The count typed before this key (once: a later key has none)."""
        count, self._count = self._count, None
        return count

    @property
    def page_lines(self) -> int:
        """The lines the pane shows."""
        return max(1, self.scrollable_content_region.height)

    def _by(self, lines: int) -> None:
        self.scroll_relative(y=lines, animate=False)

    def action_scroll_down(self) -> None:
        """Scroll a line (a count: that many) down."""
        self._by(self.take_count() or 1)

    def action_scroll_up(self) -> None:
        """Scroll a line (a count: that many) up."""
        self._by(-(self.take_count() or 1))

    def action_page_down(self) -> None:
        """Scroll a page down (a count: that many lines), without animation."""
        count = self.take_count()
        if count is None:
            self.scroll_page_down(animate=False)
        else:
            self._by(count)

    def action_page_up(self) -> None:
        """Scroll a page up (a count: that many lines), without animation."""
        count = self.take_count()
        if count is None:
            self.scroll_page_up(animate=False)
        else:
            self._by(-count)

    def action_half_page_down(self) -> None:
        """Scroll half a page down (d, Ctrl+D, as in less and vim; a count: that many lines)."""
        self._by(self.take_count() or max(1, self.page_lines // 2))

    def action_half_page_up(self) -> None:
        """Scroll half a page up (Ctrl+U; a count: that many lines)."""
        self._by(-(self.take_count() or max(1, self.page_lines // 2)))

    def action_scroll_home(self) -> None:
        """To the top; with a count N, line N at the top (as less's `Ng`)."""
        if not self._to_counted_line():
            self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        """To the bottom; with a count N, line N at the top (as less's `NG`)."""
        if not self._to_counted_line():
            self.scroll_end(animate=False)

    def _to_counted_line(self) -> bool:
        """With a count N typed, line N at the top (True); False without one."""
        count = self.take_count()
        if count is None:
            return False
        self.scroll_to(y=max(0, count - 1), animate=False, immediate=True)
        return True

    def action_to_percent(self) -> None:
        """`N%`: the line N percent into the article at the top (no count: the top)."""
        percent = min(100, self.take_count() or 0)
        self.scroll_to(y=self.virtual_size.height * percent // 100, animate=False,
                       immediate=True)

    def shown_lines(self) -> tuple[int, int, int]:
        """The first and last line shown (from 1) and how many there are, for `=`."""
        total = self.virtual_size.height
        top = min(total, round(self.scroll_y) + 1)
        return top, min(total, round(self.scroll_y) + self.page_lines), total
