"""The reading pane: the article as wrapped, styled lines (stepping through matches and
figures: `stepping`)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Span, Text
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip

from hzreader.model import FIGURE_KINDS, Article
from hzreader.query import Query
from hzreader.ui._keep import keep_spans
from hzreader.ui._render import (
    FIGURE_LOOKS,
    RenderedArticle,
    highlight_key,
    loaded_extract,
    render_article,
)
from hzreader.ui._wrap import WrappedLines
from hzreader.ui.widgets.figure_source import FigureSource
from hzreader.ui.widgets.paging import PAGING_BINDINGS, PagingView
from hzreader.ui.widgets.stepping import SteppingView

#: The longest line the pane will set, in cells: long lines are hard to read.
MAX_MEASURE = 92

#: `n`/`N` and `]`/`[` each share one footer entry.
MATCH = Binding.Group("Match", compact=True)
FIGURE = Binding.Group("Figure", compact=True)

#: The parts of an article, and (from the figure rules' loading on) its figures' kinds.
TEXT_STYLE_NAMES = ("title", "meta", "summary", "muted", "related-heading", "related", "match")
STYLE_NAMES = (*TEXT_STYLE_NAMES, *(f"figure-{kind}" for kind in FIGURE_KINDS))


class ArticleView(SteppingView, PagingView, can_focus=True):
    """Shows one article; `n`/`N` step through search matches, `]`/`[` through figures; it
    moves as less does (`PagingView`)."""

    BINDINGS = [
        *PAGING_BINDINGS,
        Binding("n", "next_match", "Next match", group=MATCH,
                tooltip="Next search match; past the last, the next matching article"),
        Binding("N", "previous_match", "Previous match", group=MATCH,
                tooltip="Previous search match; before the first, the previous matching "
                        "article at its last"),
        Binding("right_square_bracket", "next_figure", "Next figure", group=FIGURE),
        Binding("left_square_bracket", "previous_figure", "Previous figure", group=FIGURE),
        Binding("q", "app.step_back", "Back", tooltip="Back to the headline list"),
    ]

    COMPONENT_CLASSES = {f"reader--{name}" for name in STYLE_NAMES} | {"reader--current"}
    LATER_COMPONENTS = frozenset(f"reader--figure-{kind}" for kind in FIGURE_KINDS)
    LATER_CSS = FIGURE_LOOKS

    class ReadToEnd(Message):
        """The reader scrolled `article` to its last line."""

        def __init__(self, article: Article) -> None:
            self.article = article
            super().__init__()

    class Restyled(Message):
        """A new theme restyled the document (and its figures), or its figures arrived."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.search_query: Query | None = None
        self.rendered: RenderedArticle | None = None
        self.placeholder = "No article selected."
        self._lines: Sequence[Text] = ()
        self._starts: list[int] = []
        self._wrap_width = 0
        self._figure_source = FigureSource(self, self._figures_loaded)
        self._strips: LRUCache[int, Strip] = LRUCache(2048)
        self.current_match = -1
        self.current_figure = -1
        #: A marked span that is no figure of the pane's own (a summary figure from the table).
        self.current_span: tuple[int, int] | None = None
        #: (article id, offset): where to reopen that article instead of at the top.
        self.pending_offset: tuple[str, int] | None = None
        #: The match the next article shown opens at, instead of its first (-1: its last,
        #: as `N` steps back into the article before).
        self.pending_match: int | None = None

    # -- content -------------------------------------------------------------------------

    def show(self, article: Article | None, query: Query | None = None,
             placeholder: str = "No article selected.") -> None:
        """Display `article` (or `placeholder`) with `query`'s matches highlighted."""
        # The same article: the same id, or the same text under a new id (its file renamed).
        same = article is not None and self.article is not None and (
            article.id == self.article.id
            or (article.title, article.body) == (self.article.title, self.article.body))
        same_article = same and query == self.search_query and article == self.article
        new_query = query != self.search_query
        # The same article edited (its file changed): keep the text at the top in view, not
        # the offset (two paragraphs added above would move the view down by their length).
        top_text = self._top_text() if same and article != self.article else None
        # ... and the match it was at stays the current one (`n` goes on from there).
        kept_match = self.current_match if same and not new_query else -1
        # Nothing the document shows changed (the query typed on, its highlights the same):
        # it is not rendered again (on a long article each key of a search did).
        unchanged = same and article == self.article and self.rendered is not None and \
            highlight_key(query) == highlight_key(self.search_query)
        searched = self.searched
        self.article = article
        self.search_query = query
        self.placeholder = placeholder
        if self.searched != searched:
            self.refresh_bindings()  # `n`/`N` in the footer only with a search
        if same_article:
            return
        self.current_match = -1
        self.current_figure = -1
        self.current_span = None
        if unchanged:
            self._mark_current()  # (none now)
        else:
            self._render_document()
        to_first_match = bool(self.rendered and self.rendered.matches and (new_query or not same))
        if not to_first_match:
            moved = None if top_text is None else text_near(self._document.plain, *top_text)
            if moved is not None:
                self.scroll_to_offset_top(moved)
            if kept_match >= 0 and self.rendered is not None and self.rendered.matches:
                self.current_match = min(kept_match, len(self.rendered.matches) - 1)
        pending, self.pending_offset = self.pending_offset, None
        if pending is not None and article is not None and pending[0] == article.id:
            # The new virtual size is laid out on the next refresh; scroll after it.
            self.call_after_refresh(self.scroll_to_offset_top, pending[1])
        elif not same:
            self.scroll_to(0, 0, animate=False, immediate=True)
        at_match, self.pending_match = self.pending_match, None
        if to_first_match:
            self.goto_match(0 if at_match is None or same else at_match)  # that match marked
        self._update_counter()

    @property
    def searched(self) -> bool:
        """Whether the article is shown with a search (its matches marked)."""
        return self.search_query is not None and not self.search_query.is_empty

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`n`/`N` belong to a search; without one they are left to the app (which says
        how to search), and the footer does not offer them."""
        if action in ("next_match", "previous_match"):
            return self.searched
        return True

    def _top_text(self) -> tuple[int, str] | None:
        """The offset of the top line and the text from there (None at the very top)."""
        offset = self.top_offset()
        return (offset, self._document.plain[offset:offset + 80]) if offset else None

    def styles_map(self, names: tuple[str, ...] = STYLE_NAMES) -> dict[str, Style]:
        """The rich style for each part of the document, taken from the current theme."""
        # Read the component styles themselves: Textual's cache of them can be filled in the
        # middle of a theme change, before the component styles are updated.
        return {
            name: self.get_component_styles(f"reader--{name}").partial_rich_style
            for name in names
        }

    @property
    def figures_pending(self) -> bool:
        """True while the shown article's figures are still being found (none shown yet)."""
        return self.article is not None and self._figure_source.waiting

    def _document_styles(self) -> dict[str, Style]:
        """The styles the document is drawn in: its figures' only once it can have figures
        (the figure rules load after the first frame, and their styles are worked out then)."""
        if self.later_styled or loaded_extract() is not None:
            return self.styles_map()
        return self.styles_map(TEXT_STYLE_NAMES)

    def _render_document(self) -> None:
        """Render the article into a document and wrap it."""
        styles = self._drawn_styles = self._document_styles()
        if self.article is None:
            self.rendered = None
            doc = Text(self.placeholder, style=styles["muted"])
        else:
            figures = self._figure_source
            self.rendered = render_article(self.article, styles, self.search_query,
                                           figures.extractor(self.article),
                                           figures.words(self.article))
            doc = self.rendered.text
        self._document = doc
        self._rewrap()

    def _rewrap(self) -> None:
        """Wrap the document to the current width, keeping the top line's text in view (not
        before the pane is laid out: `_size_updated` wraps it then, for the first frame).
        The current match or figure is drawn over the wrapped lines (`_mark_current`): moving
        it wraps nothing again."""
        if not self.text_width:
            self._lines, self._starts, self._wrap_width = [], [], 0
            self._wrapped = None
            return
        width, wide = self._wrap_widths()
        anchor = self._starts[self.scroll_offset.y] if self._lines and self.scroll_offset.y < len(
            self._starts) else 0
        self._wrap_width, self._wide_width = width, wide
        document = self._document
        if self._kept[0] is not document:
            figures = self.rendered.figures if self.rendered is not None else ()
            # a figure ("25万人次", "$1.8 billion"; of a long one, its number and the word
            # after it: "3,500 National") is not broken across lines where it fits
            self._kept = (document, keep_spans(document.plain, (
                (f.start, f.end, f.figure.kind, f.figure.unit) for f in figures)))
        looks = self.rendered.looks if self.rendered is not None else None
        lines = WrappedLines(document, width, self._kept[1], looks, wide)
        self._lines = self._wrapped = lines
        self._starts = lines.starts
        self._strips.clear()
        self._mark_current()
        self.set_virtual_size(Size(width, len(self._lines)))
        if anchor:
            self.scroll_to(y=self.line_of(anchor), animate=False, immediate=True)
        self.refresh()

    #: The wrapped lines (None before the pane is laid out), and a table row's width.
    _wrapped: WrappedLines | None = None
    _wide_width = 0

    def _wrap_widths(self) -> tuple[int, int]:
        """The reading measure, and a table row's: the pane's width (or it loses its columns)."""
        width = max(10, min(self.text_width, MAX_MEASURE))
        return width, max(width, self.text_width) if self.rendered and self.rendered.wide else width

    #: The document the keep spans were made for, and those spans (made once per document).
    _kept: tuple[Text | None, list[tuple[int, int]]] = (None, [])

    def _mark_current(self) -> None:
        """Draw the current match or figure more strongly than the others (over the wrapped
        lines, which stay as they are), and redraw the lines it leaves and enters."""
        lines = self._wrapped
        if lines is None:
            return
        before = lines.marked
        spans: list[Span] = []
        rendered = self.rendered
        if rendered is not None:
            current = self.get_component_styles("reader--current").partial_rich_style
            if 0 <= self.current_match < len(rendered.matches):
                spans.append(Span(*rendered.matches[self.current_match], current))
            if 0 <= self.current_figure < len(rendered.figures):
                placed = rendered.figures[self.current_figure]
                spans.append(Span(placed.start, placed.end, current))
            if self.current_span is not None:
                spans.append(Span(*self.current_span, current))
        lines.marked = spans
        for span in (*before, *spans):
            for index in lines.lines_of(span.start, span.end):
                self._strips.discard(index)
        self.refresh()

    @property
    def text_width(self) -> int:
        """Cells available for text: the content width less any scrollbar."""
        return self.scrollable_content_region.width

    def top_offset(self) -> int:
        """The document offset of the top visible line (for remembering the position)."""
        y = self.scroll_offset.y
        return self._starts[y] if 0 <= y < len(self._starts) else 0

    def line_of(self, offset: int) -> int:
        """The wrapped line showing document offset `offset` (of a pipe table set as a grid,
        the line of its row where it stands)."""
        line = super().line_of(offset)
        return line if self._wrapped is None else self._wrapped.line_showing(line, offset)

    def scroll_to_offset_top(self, offset: int) -> None:
        """Scroll so the line holding `offset` is at the top."""
        self.scroll_to(y=self.line_of(offset), animate=False, immediate=True)

    def current_figure_text(self) -> str:
        """The text of the marked figure, or "" when none is marked."""
        if self.rendered is None or not 0 <= self.current_figure < len(self.rendered.figures):
            return ""
        return self.rendered.figures[self.current_figure].figure.text

    def watch_scroll_y(self, old: float, new: float) -> None:
        """Scrolling to the last line of a longer article counts as reading it."""
        super().watch_scroll_y(old, new)
        if self.has_focus and self.article is not None and 0 < self.max_scroll_y <= new > old:
            self.post_message(self.ReadToEnd(self.article))

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size,
                      layout: bool = True) -> bool:
        """Wrap for a new width while the screen is laid out, so that the frame drawn next
        shows it (the first frame too: the Resize event only comes after it)."""
        changed = super()._size_updated(size, virtual_size, container_size, layout)
        if self.text_width and self._wrap_widths() != (self._wrap_width, self._wide_width):
            self._rewrap()
        return changed

    def on_resize(self) -> None:
        """Re-wrap when the width changes."""
        if self._lines and self._wrap_widths() != (self._wrap_width, self._wide_width):
            self._rewrap()

    def notify_style_update(self) -> None:
        """A theme change restyles the document (once the component styles follow too)."""
        super().notify_style_update()
        if self._drawn_styles is not None:  # a document is rendered (maybe not yet wrapped)
            self.call_later(self._restyle)

    #: The document (the article, or the placeholder) before wrapping.
    _document = Text()
    #: The styles the document was last rendered in.
    _drawn_styles: dict[str, Style] | None = None

    def _restyle(self) -> None:
        """Render the document in the new styles, and say so; a change that leaves them as
        they were (focus moving in or out: only the border changes) renders nothing."""
        if self._document_styles() == self._drawn_styles:
            return
        self._render_document()
        self.post_message(self.Restyled())

    def render_line(self, y: int) -> Strip:
        """Draw visible line `y`."""
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.text_width
        base = self.pass_style()
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._strips.get(index)
        if strip is None:
            line = self._lines[index]
            strip = Strip(line.render(self.app.console), line.cell_len)
            self._strips[index] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_style(base)

    def _figures_loaded(self) -> None:
        """Show the article again, now with its figures (the text does not move, it gains
        colours)."""
        if self.article is not None:
            self._render_document()
            self._update_counter()
            self.post_message(self.Restyled())  # the figures panel lists them now


def text_near(plain: str, offset: int, text: str) -> int | None:
    """Where `text` (or, if the edit changed it, its start) now stands in `plain`, the
    place nearest to `offset`; None when it is gone."""
    for wanted in (text, text[:20]):
        if not wanted.strip():
            return None
        before = plain.rfind(wanted, 0, offset + len(wanted))
        after = plain.find(wanted, offset)
        found = [at for at in (before, after) if at >= 0]
        if found:
            return min(found, key=lambda at: abs(at - offset))
    return None
