"""The figures panel: the article's key figures in order, with values and context."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.cache import LRUCache
from textual.events import Click
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from hzreader.text import clean_line
from hzreader.ui._context_cut import MIN_CUT_CELLS, PANEL_TEXT_WIDTH, figure_context, fit, in_word
from hzreader.ui._render import SUMMARY_PART, TITLE_PART, PlacedFigure, RenderedArticle
from hzreader.ui.widgets.lines_view import CursorRows, clicked_row

#: The context line is indented by this much under the figure's line.
INDENT = "  "
#: Where a figure stands, when not in the body.
PLACES = {TITLE_PART: "title", SUMMARY_PART: "summary"}


#: The kind column of a panel row ("money    "), and the gap before the value.
KIND_CELLS, VALUE_GAP = 9, "  "




def _cut_figure_text(text: str, cells: int) -> str:
    """`text` in at most `cells` cells, cut with "…" between words or beside a wide
    character ("新台幣7,596億元" → "新台幣…"), never inside a number or a word; "" when the
    cut would leave fewer than `MIN_CUT_CELLS` cells of letters and digits."""
    if cell_len(text) <= cells:
        return text
    kept = fit(text, cells - 1)
    at = len(kept)
    while at > 0 and in_word(text[at - 1], text[at]):
        at -= 1
    kept = text[:at].rstrip()
    if cells <= 0 or cell_len("".join(char for char in kept if char.isalnum())) < MIN_CUT_CELLS:
        return ""
    return kept + "…"


def head_parts(kind: str, text: str, value: str, width: int) -> tuple[str, str, str]:
    """The kind column, the figure as written and the value of a row's first line, in
    `width` cells when they can be: the value with its unit or currency always whole ("760
    bn TWD"); the figure text is cut first (it often carries words: "third year running"),
    then the kind column narrows to the kind, then the figure text goes (never leaving a
    lone "…": `MIN_CUT_CELLS`) and the value takes its place."""
    column = f"{kind:<{KIND_CELLS}}"
    if not value:
        return column, text, ""
    tail = VALUE_GAP + value
    if cell_len(column + text + tail) <= width:
        return column, text, tail
    for narrowed in (column, kind + " "):
        cut = _cut_figure_text(text, width - cell_len(narrowed) - cell_len(tail))
        if cut:
            return narrowed, cut, tail
    for narrowed in (column, kind + " "):
        if cell_len(narrowed + value) <= width:
            return narrowed, "", value
    return "", "", value  # (cut by the caller only if the value alone is wider)


def figure_option(document: str, placed: PlacedFigure, style: Style, width: int,
                  highlighted: bool = False, rows: Sequence[tuple[str, int, int]] = ()) -> Text:
    """Two lines cut to `width`: kind, figure and normalised value; then the context.

    The highlighted row leaves colour to the highlight (a figure's colour on the highlight's
    background can be unreadable): its figure keeps only the kind's bold and underline.
    """
    figure = placed.figure
    quiet = "" if highlighted else "dim"
    if highlighted:
        style = Style(bold=style.bold, underline=style.underline)
    from hzreader.figures import format_value  # loaded with the first figures shown

    column, text, value = head_parts(figure.kind, clean_line(figure.text),
                                     clean_line(format_value(figure)), width)
    head = Text()
    head.append(column, quiet)
    head.append(text, style)
    head.append(value, "italic")
    head.truncate(width, overflow="ellipsis")
    place = PLACES.get(placed.part)
    context = Text(INDENT, quiet)
    if place:
        context.append(f"{place}: ", "italic")
    context.append(figure_context(document, placed, width - cell_len(context.plain), rows),
                   quiet)
    context.truncate(width, overflow="ellipsis")
    return Text("\n").join([head, context])


#: `j` and `k` share one footer entry ("jk Move").
MOVE = Binding.Group("Move", compact=True)


class _ListKeys(CursorRows):
    """The keys of a Textual option list (arrows, Home/End, pages, Enter), not in the help."""

    BINDINGS = [
        Binding("down", "cursor_down", "Down", show=False),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("pagedown", "page_down", "Page Down", show=False),
        Binding("pageup", "page_up", "Page Up", show=False),
        Binding("enter", "open", "Select", show=False),
    ]


class FiguresPanel(_ListKeys, can_focus=True):
    """Lists key figures, two lines each; moving the highlight asks the reading pane to show
    that figure.

    Drawn with the line API: only the rows on screen are ever laid out, so an article with
    thousands of figures opens the panel as fast as one with ten.
    """

    # The footer shows Enter, j/k and q while the panel has the focus, before the app's keys.
    BINDINGS = [
        Binding("enter", "open", "Go to figure",
                tooltip="Jump to the figure in the reading pane and move into it"),
        Binding("j", "cursor_down", "Next figure", group=MOVE),
        Binding("k", "cursor_up", "Previous figure", group=MOVE),
        # as `]`/`[` step through the figures in the reading pane
        Binding("right_square_bracket", "cursor_down", "Next figure", show=False),
        Binding("left_square_bracket", "cursor_up", "Previous figure", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
        Binding("space,ctrl+f", "page_down", "Page down", show=False),
        Binding("b,ctrl+b", "page_up", "Page up", show=False),
        Binding("ctrl+d", "half_page_down", "Half a page down", show=False),
        Binding("ctrl+u", "half_page_up", "Half a page up", show=False),
        Binding("q", "app.step_back", "Back", tooltip="Close the figures panel"),
    ]

    ROW_LINES = 2
    COMPONENT_CLASSES = {"figures--highlighted", "figures--empty"}

    # The look of Textual's option list, which this panel was before.
    DEFAULT_CSS = """
    FiguresPanel { color: $foreground; background: $surface; padding: 0 1;
        overflow-x: hidden; }
    FiguresPanel:focus { background-tint: $foreground 5%; }
    FiguresPanel > .figures--highlighted { color: $foreground;
        background: $block-cursor-blurred-background;
        text-style: $block-cursor-blurred-text-style; }
    FiguresPanel:focus > .figures--highlighted { color: $block-cursor-foreground;
        background: $block-cursor-background; text-style: $block-cursor-text-style; }
    FiguresPanel > .figures--empty { color: $text-disabled; }
    """

    cursor: reactive[int] = reactive(0, init=False)

    @dataclass
    class FigureChosen(Message):
        """The reader picked `figure` of the panel's list (the reading pane marks it only if
        its own rendering holds that very figure)."""

        focus_reader: bool
        figure: PlacedFigure

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: The rendering listed (`show_figures`): `document` and `figures` are its own.
        self.rendered: RenderedArticle | None = None
        self.document = ""
        self.figures: Sequence[PlacedFigure] = ()
        self.figure_styles: Mapping[str, Style] = {}
        #: The article's figures are still being found (the list says so, not "none").
        self.pending = False
        #: An article is shown (else the list is empty, and the panel says so).
        self.has_article = True
        self._marking = False
        self._filled = False
        self._strips: LRUCache[tuple[object, ...], Strip] = LRUCache(256)

    def show_figures(self, rendered: RenderedArticle | None, styles: Mapping[str, Style],
                     pending: bool = False, has_article: bool = True) -> bool:
        """List the figures of `rendered` (drawn when on screen), the reading pane's article
        as rendered: its text and its figures come in one object, so that a row's context
        is always its own figure's. `pending`: they are still being found; not
        `has_article`: no article is shown. Whether the list was filled again: a rendering
        that shows what the panel lists (the same text, figures and looks: the article
        rendered with a search's new highlights) is only taken, and the rows, the cursor
        and the scroll stay as they are."""
        figures: Sequence[PlacedFigure] = tuple(rendered.figures) if rendered else ()
        document = rendered.text.plain if rendered else ""
        pending = pending and not figures
        same = self._filled and (pending, has_article) == (self.pending, self.has_article) \
            and styles == self.figure_styles and (rendered is self.rendered or (
                rendered is not None and self.rendered is not None
                and (document, figures) == (self.document, self.figures)))
        self.rendered = rendered
        if same:
            return False
        self._fill(document, figures, styles, pending, has_article)
        return True

    def _fill(self, document: str, figures: Sequence[PlacedFigure],
              styles: Mapping[str, Style], pending: bool, has_article: bool) -> None:
        """List `figures` of `document` anew, from the first (see `show_figures`)."""
        self._filled = True
        self.document = document
        self.figures, self.figure_styles = figures, styles
        self.has_article = has_article
        self.pending = pending
        self._strips.clear()
        self.border_subtitle = "finding…" if self.pending else f"{len(figures):,}"
        self.set_virtual_size(Size(self.size.width, len(figures) * self.ROW_LINES))
        self.mark(0)
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.refresh()

    def index_of(self, placed: PlacedFigure) -> int | None:
        """The row of `placed` (a figure of the reading pane), or None when this list does
        not hold it (it lists another rendering of the article, or another article)."""
        if self.rendered is None:
            return None
        index = bisect_left(self.rendered.figure_starts, placed.start)
        if index < len(self.figures) and self.figures[index] == placed:
            return index
        return None

    def mark_figure(self, placed: PlacedFigure) -> bool:
        """Highlight the row of `placed` (see `mark`); False when the list does not hold it."""
        index = self.index_of(placed)
        if index is None:
            return False
        self.mark(index)
        return True

    @property
    def row_count(self) -> int:
        """How many figures the panel lists."""
        return len(self.figures)

    @property
    def text_width(self) -> int:
        """Cells a row's text may take (one fewer than the room, as the option list had; a
        panel not yet laid out uses its CSS width)."""
        available = self.scrollable_content_region.width
        return available - 1 if available > 16 else PANEL_TEXT_WIDTH

    def prompt(self, index: int) -> Text:
        """Figure `index`'s two lines as drawn (highlighted if it is under the cursor)."""
        placed = self.figures[index]
        style = self.figure_styles.get(f"figure-{placed.figure.kind}", Style())
        rendered = self.rendered
        rows = [row for named, whole in ((True, True), (True, False), (False, False))
                if rendered is not None and (
                    row := rendered.table_row(placed, named, whole)) is not None]
        return figure_option(self.document, placed, style, self.text_width,
                             highlighted=index == self.cursor, rows=rows)

    def validate_cursor(self, value: int) -> int:
        """Clamp the cursor to the figures."""
        return max(0, min(value, len(self.figures) - 1)) if self.figures else 0

    def watch_cursor(self, new: int) -> None:
        """Keep the highlighted figure in view, and show it in the reading pane."""
        self.refresh()
        lines = self.ROW_LINES
        self.scroll_to_region(Region(0, new * lines, max(1, self.size.width), lines),
                              animate=False, force=True, spacing=None, immediate=True)
        if self.figures and self.has_focus and not self._marking:
            self.post_message(self.FigureChosen(False, self.figures[new]))

    def mark(self, index: int) -> None:
        """Highlight figure `index` without asking the reader to move again."""
        self._marking = True
        try:
            self.cursor = index
        finally:
            self._marking = False

    def action_open(self) -> None:
        """Enter jumps to the figure and moves into the reading pane."""
        if self.figures:
            self.post_message(self.FigureChosen(True, self.figures[self.cursor]))

    async def _on_click(self, event: Click) -> None:
        """A click jumps to the figure (as Enter does)."""
        row = clicked_row(self, event, self.ROW_LINES)
        if row is None:
            return
        if 0 <= row < len(self.figures):
            self.mark(row)
            self.action_open()

    def on_resize(self) -> None:
        """Lines are cut to the width: cut them again."""
        self._strips.clear()
        self.set_virtual_size(Size(self.size.width, len(self.figures) * self.ROW_LINES))

    def notify_style_update(self) -> None:
        """A new theme restyles every row."""
        super().notify_style_update()
        self._strips.clear()

    def render_line(self, y: int) -> Strip:
        """Draw visible line `y`: half of a figure's row."""
        line = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self.pass_style()
        if not self.figures:
            if line != 0:
                return Strip.blank(width, base)
            text = Text("Finding key figures…" if self.pending
                        else "No key figures in this article." if self.has_article
                        else "No article is shown.", "dim italic")
            text.truncate(width, overflow="ellipsis")
            style = base + self.pass_style("figures--empty")
            return Strip(Segment.apply_style(list(text.render(self.app.console)), style),
                         ).crop_extend(0, width, style)
        index, part = divmod(line, self.ROW_LINES)
        if index >= len(self.figures):
            return Strip.blank(width, base)
        lit = index == self.cursor
        key = (index, part, width, lit, self.has_focus)
        strip = self._strips.get(key)
        if strip is None:
            style = base + self.pass_style("figures--highlighted") if lit else base
            text = self.prompt(index).split("\n")[part]
            segments = list(text.render(self.app.console))
            strip = Strip(Segment.apply_style(segments, style)).crop_extend(0, width, style)
            self._strips[key] = strip
        return strip
