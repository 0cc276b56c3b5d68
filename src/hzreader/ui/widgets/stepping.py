"""Stepping through the reading pane's search matches (`n`/`N`) and key figures (`]`/`[`):
which one is current, scrolling it into view, and the pane's "match 2/5" subtitle."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from textual.geometry import Region
from textual.message import Message

from hzreader.text import clean_line, counted
from hzreader.ui._render import PlacedFigure, RenderedArticle, place_in_part
from hzreader.ui.widgets.lines_view import LinesView


class SteppingView(LinesView):
    """The reading pane's matches and figures, one of them current; `ArticleView` renders
    and wraps the document (`rendered`, `_starts`, `_mark_current`)."""

    class MatchStepped(Message):
        """`n`/`N` ran past the last (or first) match: the app may move to another article."""

        def __init__(self, forward: bool) -> None:
            self.forward = forward
            super().__init__()

    class MatchMarked(Message):
        """A search match is now the current one (`n`/`N` found one)."""

    class FigureMarked(Message):
        """`figure` is now the current one."""

        def __init__(self, figure: PlacedFigure) -> None:
            self.figure = figure
            super().__init__()

    #: The rendered article (None: the placeholder is shown).
    rendered: RenderedArticle | None = None
    #: The current search match and key figure (-1: none).
    current_match = -1
    current_figure = -1
    #: A marked span that is no figure of the pane's own (a summary figure from the table).
    current_span: tuple[int, int] | None = None
    #: The document offset each wrapped line starts at.
    _starts: list[int]

    @property
    def figures_pending(self) -> bool:
        """True while the figures of the shown article are still being found."""
        return False

    def _mark_current(self) -> None:
        """Draw the current match or figure marked (the pane does; no new wrap)."""
        raise NotImplementedError

    def _from_view(self, starts: list[int]) -> int:
        """How many of `starts` (document offsets, in order) lie above the top line: the
        index of the first on screen or below (a bisection: an article may have 90,000)."""
        top = self.scroll_offset.y
        if top >= len(self._starts):
            return len(starts)
        return bisect_left(starts, self._starts[top]) if top > 0 else 0

    def _figure_starts(self) -> list[int]:
        """Where each figure of the rendering starts, in order."""
        return self.rendered.figure_starts if self.rendered is not None else []

    def _match_starts(self) -> list[int]:
        """Where each search match starts, in order."""
        return self.rendered.match_starts if self.rendered is not None else []

    def line_of(self, offset: int) -> int:
        """The wrapped line holding document offset `offset`."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def _scroll_to_offset(self, offset: int) -> None:
        """Bring the line at `offset` into view, a third of the way down the pane."""
        line = self.line_of(offset)
        top = max(0, line - max(1, self.size.height // 3))

        def scroll() -> None:
            if not (self.scroll_offset.y <= line < self.scroll_offset.y + self.size.height - 1):
                self.scroll_to(y=top, animate=False, immediate=True)
            self._update_counter()  # the figure is in view now: "figure 3/25"

        # A newly wrapped document's size is only laid out on the next refresh.
        self.call_after_refresh(scroll)

    def goto_match(self, index: int) -> None:
        """Make match `index` current and scroll to it."""
        if self.rendered is None or not self.rendered.matches:
            return
        self.current_match = index % len(self.rendered.matches)
        self.current_figure = -1
        self.current_span = None
        self._mark_current()
        self._scroll_to_offset(self.rendered.matches[self.current_match][0])
        self._update_counter()
        self.post_message(self.MatchMarked())

    def goto_figure(self, index: int) -> None:
        """Make figure `index` current and scroll to it."""
        if self.rendered is None or not self.rendered.figures:
            return
        self.current_figure = max(0, min(index, len(self.rendered.figures) - 1))
        self.current_match = -1
        self.current_span = None
        self._mark_current()
        self._scroll_to_offset(self.rendered.figures[self.current_figure].start)
        self._update_counter(scrolling_to_it=True)
        self.post_message(self.FigureMarked(self.rendered.figures[self.current_figure]))

    def goto_placed(self, placed: PlacedFigure) -> bool:
        """Mark and show `placed`, a figure of the pane's rendering (from the figures panel);
        False, doing nothing, when this rendering does not hold that very figure (the panel
        listed an older one: its row number would be another figure here)."""
        rendered = self.rendered
        if rendered is None:
            return False
        index = bisect_left(self._figure_starts(), placed.start)
        if index >= len(rendered.figures) or rendered.figures[index] != placed:
            return False
        self.goto_figure(index)
        return True

    def goto_figure_at(self, part: int, start: int, text: str) -> bool:
        """Mark and show the figure `text` that starts at `start` of part `part` (0: the
        summary, 1, 2 …: the paragraphs); False when it cannot be found."""
        rendered = self.rendered
        wanted = clean_line(text)
        offset = None if rendered is None else place_in_part(rendered, part, start, wanted)
        if rendered is None or offset is None:
            return False
        index = bisect_left(self._figure_starts(), offset)
        if index < len(rendered.figures) and rendered.figures[index].start == offset and \
                rendered.figures[index].end == offset + len(wanted):
            self.goto_figure(index)
            return True
        self.current_span = (offset, offset + len(wanted))
        self.current_match = self.current_figure = -1
        self._mark_current()
        self._scroll_to_offset(offset)
        self._update_counter(scrolling_to_it=True)
        return True

    def _update_counter(self, scrolling_to_it: bool = False) -> None:
        """Show the match (or figure) position in the border subtitle: a figure's only while
        it is in view ("figure 3/25"; scrolled away by G, Space…: "25 figures" again).
        `scrolling_to_it`: the marked figure is being scrolled into view (next frame)."""
        rendered = self.rendered
        if rendered is None:
            self.border_subtitle = ""
        elif self.current_figure >= 0 and (scrolling_to_it or not self._figure_out_of_view()):
            self.border_subtitle = f"figure {self.current_figure + 1}/{len(rendered.figures)}"
        elif self.current_span is not None and (
                scrolling_to_it or self._in_view(self.current_span[0])):
            self.border_subtitle = "figure from the table"
        elif rendered.matches:  # "match 2/5"; none current (after `]`, an edit): "5 matches"
            count = len(rendered.matches)
            self.border_subtitle = f"match {self.current_match + 1}/{count}" \
                if self.current_match >= 0 else counted(count, "match", "matches")
        elif self.figures_pending:
            self.border_subtitle = "finding figures…"
        else:
            count = len(rendered.figures)
            self.border_subtitle = f"{count:,} figure{'' if count == 1 else 's'}"

    def watch_scroll_y(self, old: float, new: float) -> None:
        """The figure position in the border follows the view (see `_update_counter`)."""
        super().watch_scroll_y(old, new)
        self._update_counter()

    def _in_view(self, offset: int) -> bool:
        """Whether the line holding document offset `offset` is on screen."""
        line = self.line_of(offset)
        top = self.scroll_offset.y
        return top <= line < top + self.scrollable_content_region.height

    def _match_out_of_view(self) -> bool:
        """Whether the reader scrolled away from the current match (`G`, PageDown…): then,
        as in less, `n` and `N` search on from the view, not from that match."""
        if self.rendered is None or self.current_match < 0 or not self._starts:
            return False
        return not self._in_view(self.rendered.matches[self.current_match][0])

    def action_next_match(self) -> None:
        """Go to the next search match; past the last one, ask for the next article."""
        matches = self.rendered.matches if self.rendered else []
        if matches and self._match_out_of_view():
            below = self._from_view(self._match_starts())
            if below >= len(matches):
                self.post_message(self.MatchStepped(forward=True))
            else:
                self.goto_match(below)
            return
        if not matches or self.current_match >= len(matches) - 1:
            self.post_message(self.MatchStepped(forward=True))
            return
        self.goto_match(self.current_match + 1)

    def action_previous_match(self) -> None:
        """Go to the previous search match; before the first, ask for the previous article."""
        matches = self.rendered.matches if self.rendered else []
        if matches and self._match_out_of_view():
            above = self._from_view(self._match_starts())
            if above:
                self.goto_match(above - 1)
            else:
                self.post_message(self.MatchStepped(forward=False))
            return
        if not matches or self.current_match <= 0:
            self.post_message(self.MatchStepped(forward=False))
            return
        self.goto_match(self.current_match - 1)

    def _figure_out_of_view(self) -> bool:
        """Whether no figure is current, or the reader scrolled away from it: then `]` and
        `[` step from the view (the first figure on screen or below, the last above), as
        `n` and `N` do."""
        if self.rendered is None or not self._starts:
            return False
        if self.current_figure < 0:
            return True
        return not self._in_view(self.rendered.figures[self.current_figure].start)

    def action_next_figure(self) -> None:
        """Go to the next key figure (from the view when the reader scrolled away)."""
        figures = self.rendered.figures if self.rendered else []
        if not figures:
            return
        if self._figure_out_of_view():
            self.goto_figure(min(self._from_view(self._figure_starts()), len(figures) - 1))
            return
        self.goto_figure(self.current_figure + 1)

    def action_previous_figure(self) -> None:
        """Go to the previous key figure (from the view when the reader scrolled away)."""
        figures = self.rendered.figures if self.rendered else []
        if not figures:
            return
        if self._figure_out_of_view():
            self.goto_figure(max(0, self._from_view(self._figure_starts()) - 1))
            return
        self.goto_figure(max(0, self.current_figure - 1))

    def match_region(self) -> Region | None:
        """The region of the current match, for tests and for scrolling."""
        if self.rendered is None or self.current_match < 0:
            return None
        return Region(0, self.line_of(self.rendered.matches[self.current_match][0]), 1, 1)
