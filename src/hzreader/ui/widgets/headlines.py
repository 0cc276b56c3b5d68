"""The headline list: one line per article, drawn with Textual's line API so it scales
(a row's text: `headline_row`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import work
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from hzreader.library import position_of
from hzreader.model import FIGURE_KINDS, Article
from hzreader.text import clean_line
from hzreader.ui._render import FIGURE_LOOKS, loaded_extract
from hzreader.ui.widgets.headline_row import TitleFigures, headline_row, title_figures
from hzreader.ui.widgets.lines_view import ROW_BINDINGS, CursorRows

__all__ = ["MATCH", "HeadlineList", "MarkLookup", "headline_row", "title_figures"]

#: `n` and `N` share one footer entry.
MATCH = Binding.Group("Match", compact=True)


#: Answers (unread, starred) for an article; the app supplies it from the reading state.
MarkLookup = Callable[[Article], tuple[bool, bool]]


class HeadlineList(CursorRows, can_focus=True):
    """A scrolling list of headlines with a cursor; posts a message when the cursor moves."""

    BINDINGS = [
        *ROW_BINDINGS,
        Binding("enter,l", "open", "Read", tooltip="Read the article in the reading pane"),
        Binding("right", "open", "Read", show=False, tooltip="Read the article (as l)"),
        Binding("n", "open_at_match(0)", "Next", group=MATCH,
                tooltip="Read the article at its next search match (the first is marked "
                        "already), as n after a search in less"),
        Binding("N", "open_at_match(-1)", "Prev", group=MATCH,
                tooltip="Read the article at its last search match"),
    ]

    COMPONENT_CLASSES = {"headlines--cursor", "headlines--empty", "headlines--unread",
                         "headlines--star", *(f"headlines--figure-{kind}" for kind in FIGURE_KINDS)}
    LATER_COMPONENTS = frozenset(f"headlines--figure-{kind}" for kind in FIGURE_KINDS)
    LATER_CSS = FIGURE_LOOKS

    DEFAULT_CSS = """
    HeadlineList { background: $surface; overflow-x: hidden; }
    HeadlineList > .headlines--cursor { background: $boost; text-style: bold; }
    HeadlineList:focus > .headlines--cursor { background: $block-cursor-background;
        color: $block-cursor-foreground; text-style: $block-cursor-text-style; }
    HeadlineList > .headlines--empty { color: $foreground-muted; text-style: italic; }
    HeadlineList > .headlines--unread { color: $text-accent; }
    HeadlineList > .headlines--star { color: $text-warning; }
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False)
    #: A search is on: `n`/`N` open the article at a match (and show in the footer).
    searching: reactive[bool] = reactive(False, bindings=True)

    class CursorMoved(Message):
        """The cursor now rests on `article` (None when the list is empty); `by_reader` is
        False when new items moved it (a search, a refresh), not the reader."""

        def __init__(self, article: Article | None, by_reader: bool = True) -> None:
            self.article = article
            self.by_reader = by_reader
            super().__init__()

    class Opened(Message):
        """The reader asked to read `article` (Enter or `l`), or at a search match (`n`/`N`:
        `at_match` 0 for the first, -1 for the last)."""

        def __init__(self, article: Article, at_match: int | None = None) -> None:
            self.article = article
            self.at_match = at_match
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items: Sequence[Article] = ()
        self.empty_message = "No articles."
        self._empty_wrapped: tuple[tuple[str, int], list[Text]] = (("", 0), [])
        self.marks: MarkLookup | None = None
        # Rows are cached by what they show, so a new search result reuses the rows it shares.
        self._row_cache: LRUCache[tuple[object, ...], Strip] = LRUCache(512)
        # A title's figures are found when its row is first drawn (never for the whole list).
        self._figure_cache: LRUCache[str, TitleFigures] = LRUCache(1024)
        self._loading_figures = False
        self._figure_styles: dict[str, Style] | None = None
        self._new_items = False
        self._announce = True

    @property
    def current(self) -> Article | None:
        """The article under the cursor, if any."""
        if 0 <= self.cursor < len(self.items):
            return self.items[self.cursor]
        return None

    def set_items(self, items: Sequence[Article], keep_id: str | None = None,
                  empty_message: str = "No articles.", announce: bool = True,
                  fallback: Callable[[], int | None] | None = None) -> None:
        """Show `items`; keep the cursor on the article `keep_id` when it is still listed,
        else where `fallback` says (the caller's choice: the row the article stood on),
        else first.

        Without `announce` no `CursorMoved` is posted: the caller updates what follows the
        cursor itself, in the same refresh (one paint for a new result, not two).
        """
        if bool(items) != bool(self.items):
            self.refresh_bindings()  # Read and n/N only with an article listed
        self.items = items
        self.empty_message = empty_message
        self.set_virtual_size(Size(self.size.width, len(items)))
        found = position_of(items, keep_id) if keep_id is not None else None
        if found is None and fallback is not None:
            found = fallback()
        position = found or 0
        self._new_items = True
        self._announce = announce
        self.cursor = position
        self._new_items = False
        self._announce = True
        self.refresh()

    def refresh_marks(self) -> None:
        """Redraw the rows after marks changed."""
        self._row_cache.clear()
        self.refresh()

    def validate_cursor(self, value: int) -> int:
        """Clamp the cursor to the list."""
        return max(0, min(value, len(self.items) - 1)) if self.items else 0

    def watch_cursor(self, old: int, new: int) -> None:
        """Keep the cursor row visible, update the counter and tell the app."""
        self.refresh()
        self.scroll_to_region(
            self._row_region(new), animate=False, force=True, spacing=None, immediate=True
        )
        self.update_counter()
        if self._announce:
            self.post_message(self.CursorMoved(self.current, by_reader=not self._new_items))

    def update_counter(self) -> None:
        """Show `position/count` in the border subtitle."""
        count = len(self.items)
        self.border_subtitle = f"{self.cursor + 1}/{count}" if count else "0/0"

    def _row_region(self, row: int) -> Region:
        return Region(0, row, max(1, self.size.width), 1)

    def on_resize(self) -> None:
        """Rows are cut to the width, so a new width means new rows."""
        self._row_cache.clear()
        self.set_virtual_size(Size(self.size.width, len(self.items)))
        self.call_after_refresh(self.scroll_to_cursor)  # a smaller pane: the cursor stays seen

    def notify_style_update(self) -> None:
        """Theme changes restyle every row."""
        super().notify_style_update()
        self._row_cache.clear()
        self._figure_styles = None

    def figure_styles(self, cursor: bool = False) -> dict[str, Style]:
        """The style of each figure kind in a row; on the focused cursor row, only its
        decoration (a figure's colour on the cursor's background can be unreadable)."""
        if self._figure_styles is None:
            # The component styles themselves: their cache can lag a theme change.
            self._figure_styles = {
                kind: self.get_component_styles(f"headlines--figure-{kind}").partial_rich_style
                for kind in FIGURE_KINDS
            }
        if cursor:
            return {kind: Style(bold=style.bold, underline=style.underline)
                    for kind, style in self._figure_styles.items()}
        return self._figure_styles

    def _title_figures(self, article: Article) -> TitleFigures:
        """The figures of `article`'s title, found once for a while."""
        extract = loaded_extract()
        if extract is None:  # the figure rules load after the first paint: marks follow
            if not self._loading_figures:
                self._loading_figures = True
                self.call_after_refresh(self._load_figures)
            return []
        title = clean_line(article.title)
        found = self._figure_cache.get(title)
        if found is None:
            found = self._figure_cache[title] = title_figures(title, extract)
        return found

    @work(thread=True, group="figure-rules")
    def _load_figures(self) -> None:
        """Compile the figure rules off the UI thread, then draw the rows again."""
        from hzreader.figures import extract  # noqa: F401  (compiles the rules)

        self.app.call_from_thread(self._figures_loaded)

    def _figures_loaded(self) -> None:
        """Draw the rows again, now with their title figures."""
        self._row_cache.clear()
        self.refresh()

    def _empty_lines(self, width: int) -> list[Text]:
        """The empty list's message wrapped to `width` cells, a space in front of each line."""
        key = (self.empty_message, width)
        if self._empty_wrapped[0] != key:
            wrapped = Text(self.empty_message).wrap(self.app.console, max(1, width - 2))
            self._empty_wrapped = (key, [Text(" ") + line for line in wrapped])
        return self._empty_wrapped[1]

    def render_line(self, y: int) -> Strip:
        """Draw the visible row `y` (plus the scroll offset)."""
        _, scroll_y = self.scroll_offset
        row = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.pass_style()
        if not self.items:
            lines = self._empty_lines(width)
            if 1 <= y <= len(lines):  # the message, wrapped (it may explain a query)
                text = lines[y - 1]
                text.truncate(width, overflow="ellipsis", pad=True)
                empty_style = base + self.pass_style("headlines--empty")
                return Strip(text.render(self.app.console), width).apply_style(empty_style)
            return Strip.blank(width, base)
        if row >= len(self.items):
            return Strip.blank(width, base)
        is_cursor = row == self.cursor
        article = self.items[row]
        unread, starred = self.marks(article) if self.marks else (False, False)
        key = (article.id, article.title, article.date_text, article.source, width, is_cursor,
               self.has_focus, unread, starred)
        cached = self._row_cache.get(key)
        if cached is not None:
            return cached
        style: Style = base
        if is_cursor:
            style = base + self.pass_style("headlines--cursor")
        figures = self._title_figures(article)
        text = headline_row(
            article, width, unread, starred,
            self.pass_style("headlines--unread", partial=True),
            self.pass_style("headlines--star", partial=True),
            figures, self.figure_styles(cursor=is_cursor and self.has_focus) if figures else None,
        )
        segments = list(text.render(self.app.console))
        strip = Strip(Segment.apply_style(segments, style), width).crop_extend(0, width, style)
        self._row_cache[key] = strip
        return strip

    def on_focus(self) -> None:
        """Restyle the cursor row when focus arrives."""
        self._row_cache.clear()
        self.refresh()

    def on_blur(self) -> None:
        """Restyle the cursor row when focus leaves."""
        self._row_cache.clear()
        self.refresh()

    @property
    def row_count(self) -> int:
        """How many rows the list shows."""
        return len(self.items)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Reading and `n`/`N` need an article listed, and `n`/`N` a search listed (with
        results not yet in, or none, they are left to the app: it waits or says so); the
        footer offers only what does something."""
        if action in ("open", "open_at_match") and not self.items:
            return False
        if action == "open_at_match":
            return self.searching
        return True

    def action_open(self) -> None:
        """Ask to read the current article."""
        if self.current is not None:
            self.post_message(self.Opened(self.current))

    def action_open_at_match(self, which: int) -> None:
        """Ask to read the current article at its first (0) or last (-1) search match."""
        if self.current is not None:
            self.post_message(self.Opened(self.current, at_match=which))
