"""The figures table: one line per key figure, drawn with the line API so millions scroll.

Only the visible rows are ever drawn; the articles they need (for the figure as written and
its context) are read a screenful at a time and kept in a small cache.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from hzreader.lens import VALUE_CELLS, ArticleReader, FigureTable, value_cell
from hzreader.model import Article
from hzreader.query import local_day
from hzreader.text import clean_line, clean_text
from hzreader.ui.widgets.lines_view import ROW_BINDINGS, CursorRows

_SPACES = re.compile(r"\s+")
#: Articles kept for drawing rows (a few screens' worth).
ARTICLE_CACHE = 512


@dataclass(frozen=True)
class Layout:
    """Column widths in cells for one table width (0: the column is left out)."""

    value: int
    kind: int
    unit: int
    figure: int
    context: int
    date: int
    title: int


def layout(width: int, order: str = "value") -> Layout:
    """Columns for `width` cells: the context takes what is left; narrow tables keep a
    short article column (which article a row is from matters) and drop the date, then the
    unit, and below 70 cells the article too, except that a table sorted by date keeps its
    date (in place of the unit). A wide table gives a count's noun, its unit, room:
    "near-unicorn en…", not "near-unic…"."""
    title = 28 if width >= 150 else 20 if width >= 110 else 12 if width >= 70 else 0
    date = 10 if width >= 90 or order == "date" else 0
    unit = 16 if width >= 150 else 10 if width >= 90 or width >= 70 and not date else 0
    value, kind = VALUE_CELLS, 8  # "2 h 15 min", "18 months"
    figure = 20 if width >= 130 else 16 if width >= 110 else 12
    used = value + kind + unit + figure + date + title
    gaps = sum(1 for w in (value, kind, unit, figure, date, title) if w)  # one space after each
    return Layout(value, kind, unit, figure, max(10, width - used - gaps), date, title)


def header_text(width: int, order: str, arrow: str) -> Text:
    """The column names, the sorted one marked with `arrow`."""
    cols = layout(width, order)
    text = Text(no_wrap=True, end="")

    def name(label: str, size: int, key: str = "", right: bool = False) -> None:
        if not size:
            return
        label = f"{label} {arrow}" if key == order else label
        text.append((label.rjust(size) if right else label.ljust(size))[:size] + " ",
                    "bold" if key == order else "")

    name("value", cols.value, "value", right=True)
    name("kind", cols.kind, "kind")
    name("unit", cols.unit)
    name("figure", cols.figure)
    name("in context", cols.context)
    name("date", cols.date, "date")
    name("article", cols.title)
    return text


def _fit(text: str, size: int) -> str:
    """`text` cut (with …) or padded to exactly `size` cells."""
    if cell_len(text) <= size:
        return text + " " * (size - cell_len(text))
    out, used = [], 0
    for char in text:
        width = cell_len(char)
        if used + width > size - 1:
            break
        out.append(char)
        used += width
    return "".join(out) + "…" + " " * (size - 1 - used)


def _tail_cells(text: str, size: int) -> str:
    """The end of `text` that fits in `size` cells."""
    used, start = 0, len(text)
    while start > 0 and used + cell_len(text[start - 1]) <= size:
        start -= 1
        used += cell_len(text[start])
    return text[start:]


def _row_sentence(table: FigureTable, row: int, article: Article, size: int
                  ) -> tuple[str, int, int, bool]:
    """The figure's sentence for a context of `size` cells, and whether it is a table's row
    (told as its cells: `lens.cut_sentence`). A row that does not fit goes without the cells
    between its first and the figure's, then without the column's name, until its start
    (which names the row) fits before the figure (`context_cell` with `lead`)."""
    told = table.sentence(row, article)
    c = table.columns
    if cell_len(told[0]) <= size or table.source(row, article).find(
            "|", c.sentence_start[row], c.sentence_stop[row]) < 0:
        return (*told, False)
    for named in (True, False):
        told = table.sentence(row, article, whole=False, named=named)
        if cell_len(told[0][: told[1]]) <= _lead_cells(told, size):
            break
    return (*told, True)


def _lead_cells(told: tuple[str, int, int], size: int) -> int:
    """The cells a row's start may take before its figure in a context of `size` cells."""
    sentence, start, stop = told
    room = size - cell_len(sentence[start:stop])
    return room - min(cell_len(sentence[stop:]), room // 4)


def context_cell(sentence: str, start: int, stop: int, size: int, mark: Style,
                 lead: bool = False) -> Text:
    """The sentence cut to `size` cells around `sentence[start:stop]`, which is marked; with
    `lead` (a table's row, which its start names), the text before it first."""
    def flat(part: str) -> str:  # one line, whitespace runs as one space (edges kept)
        return _SPACES.sub(" ", clean_text(part))

    before, figure, after = flat(sentence[:start]), flat(sentence[start:stop]), \
        flat(sentence[stop:])
    figure = _fit(figure, min(cell_len(figure), size)).rstrip() if figure else ""
    room = max(0, size - cell_len(figure))
    left = min(cell_len(before), room - min(cell_len(after), room // 4) if lead else
               max(room // 3, room - cell_len(after)))
    shown_before = _tail_cells(before, left)
    if len(shown_before) < len(before) and shown_before:
        shown_before = "…" + _tail_cells(before, left - 1)
    text = Text(no_wrap=True, end="")
    text.append(shown_before.lstrip() if not shown_before.startswith("…") else shown_before)
    text.append(figure, mark)
    rest = size - text.cell_len
    text.append(_fit(after, rest) if rest > 0 else "")
    text.truncate(size, pad=True)
    return text


class FigureTableView(CursorRows, can_focus=True):
    """The rows of a `FigureTable` in a given order, with a cursor; Enter opens a figure."""

    BINDINGS = [
        *ROW_BINDINGS,
        Binding("enter", "open", "Open", tooltip="Open the article at this figure"),
    ]

    COMPONENT_CLASSES = {"figure-table--cursor", "figure-table--empty", "figure-table--dim"}

    DEFAULT_CSS = """
    FigureTableView { background: $surface; overflow-x: hidden; }
    FigureTableView > .figure-table--cursor { background: $boost; text-style: bold; }
    FigureTableView:focus > .figure-table--cursor { background: $block-cursor-background;
        color: $block-cursor-foreground; text-style: $block-cursor-text-style; }
    FigureTableView > .figure-table--empty { color: $foreground-muted; text-style: italic; }
    FigureTableView > .figure-table--dim { color: $foreground-muted; }
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Opened(Message):
        """The reader asked to open the figure in row `row` of the table."""

        def __init__(self, row: int) -> None:
            self.row = row
            super().__init__()

    def __init__(self, read: ArticleReader, styles: Mapping[str, Style], *,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self.read = read
        self.figure_styles = styles
        self.table: FigureTable | None = None
        self.rows: Sequence[int] = ()
        #: The order the rows are in: a narrow table sorted by date keeps its date column.
        self.order = "value"
        self.empty_message = "Finding the figures…"
        self._articles: OrderedDict[int, Article] = OrderedDict()
        self._strips: LRUCache[tuple[object, ...], Strip] = LRUCache(256)

    @property
    def current_row(self) -> int | None:
        """The table row under the cursor, if any."""
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def show(self, table: FigureTable | None, rows: Sequence[int], keep: int | None = None,
             empty_message: str = "No key figures here.", order: str = "value") -> None:
        """Show `rows` of `table` (sorted by `order`); the cursor stays on table row `keep`
        when given."""
        self.order = order
        if table is not self.table:
            self._articles.clear()
        emptied = (table is None, bool(rows)) != (self.table is None, bool(self.rows))
        self.table, self.rows, self.empty_message = table, rows, empty_message
        if emptied:
            self.refresh_bindings()  # Enter is offered only with rows
        self._strips.clear()
        self.set_virtual_size(Size(self.size.width, len(rows)))
        position = 0
        if keep is not None and rows:
            try:
                position = rows.index(keep)
            except ValueError:
                position = 0
        self.cursor = position
        self.refresh()

    def article(self, row: int) -> Article:
        """The article of table row `row`, reading the visible rows' articles at once."""
        assert self.table is not None
        table = self.table
        position = table.position(row)
        found = self._articles.get(position)
        if found is not None:
            self._articles.move_to_end(position)
            return found
        top = self.scroll_offset.y
        window = [table.position(r) for r in self.rows[top : top + self.size.height + 1]]
        wanted = [p for p in dict.fromkeys([position, *window]) if p not in self._articles]
        for p, article in zip(wanted, self.read([table.items[p] for p in wanted]),
                              strict=True):
            self._articles[p] = article
        while len(self._articles) > ARTICLE_CACHE:
            self._articles.popitem(last=False)
        return self._articles[position]

    def validate_cursor(self, value: int) -> int:
        """Clamp the cursor to the rows."""
        return max(0, min(value, len(self.rows) - 1)) if self.rows else 0

    def watch_cursor(self, old: int, new: int) -> None:
        """Keep the cursor row in view."""
        self.refresh()
        self.scroll_to_region(Region(0, new, max(1, self.size.width), 1), animate=False,
                              force=True, spacing=None, immediate=True)
        self.border_subtitle = f"{new + 1:,}/{len(self.rows):,}" if self.rows else "0/0"

    def on_resize(self) -> None:
        """Rows are cut to the width."""
        self._strips.clear()
        self.set_virtual_size(Size(self.size.width, len(self.rows)))
        self.call_after_refresh(self.scroll_to_cursor)  # a smaller pane: the cursor stays seen

    def notify_style_update(self) -> None:
        """Theme changes restyle every row."""
        super().notify_style_update()
        self._strips.clear()

    def on_focus(self) -> None:
        """The cursor row looks different with focus."""
        self._strips.clear()
        self.refresh()

    def on_blur(self) -> None:
        """The cursor row looks different without focus."""
        self._strips.clear()
        self.refresh()

    def row_text(self, row: int, width: int, lit: bool = False) -> Text:
        """One table row as text `width` cells wide; a `lit` row (the focused cursor's)
        leaves colour to the cursor: a figure's colour on it can be unreadable."""
        assert self.table is not None
        table = self.table
        cols = layout(width, self.order)
        article = self.article(row)
        kind = table.kind(row)
        mark = self.figure_styles.get(f"figure-{kind}", Style(bold=True))
        dim = self.get_component_rich_style("figure-table--dim", partial=True)
        if lit:
            mark, dim = Style(bold=mark.bold, underline=mark.underline), Style()
        sentence, start, stop, lead = _row_sentence(table, row, article, cols.context)
        text = Text(no_wrap=True, end="")
        written = table.text(row, article)
        value = value_cell(kind, table.value(row), table.unit(row), written, table.high(row),
                           cols.value)  # a wide range: "200–300 k"
        text.append(value + " ")
        text.append(_fit(kind, cols.kind) + " ", dim)
        if cols.unit:
            text.append(_fit(clean_line(table.unit(row)), cols.unit) + " ")
        text.append(_fit(clean_line(written), cols.figure), mark)
        text.append(" ")
        text.append_text(context_cell(sentence, start, stop, cols.context, mark, lead))
        text.append(" ")
        item = table.item(row)
        if cols.date:
            text.append(_fit(local_day(item.date_text), cols.date) + " ", dim)
        if cols.title:
            text.append(_fit(clean_line(item.title), cols.title))
        text.truncate(width, pad=True)
        return text

    def render_line(self, y: int) -> Strip:
        """Draw visible line `y`."""
        row_index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if not self.rows or self.table is None:
            if y == 1:
                text = Text(" " + self.empty_message, no_wrap=True)
                text.truncate(width, overflow="ellipsis", pad=True)
                style = base + self.get_component_rich_style("figure-table--empty")
                return Strip(text.render(self.app.console), width).apply_style(style)
            return Strip.blank(width, base)
        if row_index >= len(self.rows):
            return Strip.blank(width, base)
        row = self.rows[row_index]
        is_cursor = row_index == self.cursor
        key = (row, width, is_cursor, self.has_focus)
        strip = self._strips.get(key)
        if strip is None:
            style = base + self.get_component_rich_style("figure-table--cursor") \
                if is_cursor else base
            lit = is_cursor and self.has_focus
            segments = list(self.row_text(row, width, lit).render(self.app.console))
            strip = Strip(Segment.apply_style(segments, style), width).crop_extend(0, width,
                                                                                   style)
            self._strips[key] = strip
        return strip

    @property
    def row_count(self) -> int:
        """How many rows the list shows."""
        return len(self.rows)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No row, nothing to open: the footer does not offer Enter (while the rows are
        being found it stays, as it will be)."""
        if action == "open":
            return self.table is None or bool(self.rows)
        return True

    def action_open(self) -> None:
        """Ask to open the article at the figure under the cursor."""
        row = self.current_row
        if row is not None:
            self.post_message(self.Opened(row))
