"""A line-API scroll view whose content can change size without laying out the screen."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.style import Style
from textual.binding import Binding
from textual.css.styles import RenderStyles
from textual.events import Click
from textual.geometry import Region, Size
from textual.reactive import Reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

#: The page keys of a list of rows, as in less and vim (Space/b, PgDn/PgUp, Ctrl+F/B a page;
#: d or Ctrl+D, Ctrl+U half a page: `u` alone is the next unread article, as in the pane).
PAGE_BINDINGS = [
    Binding("pagedown,space,ctrl+f", "page_down", "Page down", show=False),
    Binding("pageup,b,ctrl+b", "page_up", "Page up", show=False),
    Binding("d,ctrl+d", "half_page_down", "Half a page down", show=False),
    Binding("ctrl+u", "half_page_up", "Half a page up", show=False),
]
#: The moves of a list of rows (`CursorRows`): a row down and up, the first and the last,
#: and the pages; each list adds its own keys (listed in the help with them).
ROW_BINDINGS = [
    Binding("j,down", "cursor_down", "Down", show=False),
    Binding("k,up", "cursor_up", "Up", show=False),
    Binding("g,home", "first", "First", show=False),
    Binding("G,end", "last", "Last", show=False),
    *PAGE_BINDINGS,
]


def clicked_row(view: ScrollView, event: Click, row_lines: int = 1) -> int | None:
    """The row of `row_lines` lines a click in `view` fell on, counted from the view's first
    row (its scroll offset in); None for a click on its border or padding (tryout19: counting
    from the border's line picked the row below the one clicked)."""
    offset = event.get_content_offset(view)
    if offset is None:
        return None
    return (view.scroll_offset.y + offset.y) // row_lines


class LinesView(ScrollView):
    """`ScrollView` for widgets that draw their own lines (the headline list, the reader).

    Textual lays out the whole screen whenever a widget's `virtual_size` changes; with new
    search results on every keystroke that repainted every pane each time. Here a new size
    only updates this widget's scrollbar (Textual still lays out the screen when the
    scrollbar appears or goes, as its own `show_vertical_scrollbar` asks for that).
    """

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    #: Component classes the first frame does not draw (the key figures' looks: the figure
    #: rules load after it). Textual styles every component class each time it styles the
    #: widget, several times before the first paint; these are styled from the moment one
    #: of them is asked for (`get_component_styles`), and with the rest from then on.
    LATER_COMPONENTS: ClassVar[frozenset[str]] = frozenset()
    #: The stylesheet of the later components' rules, added to the app's when they are
    #: first styled (not parsed for the first frame); None if app.tcss has them.
    LATER_CSS: ClassVar[Path | None] = None
    #: The later components are styled too.
    later_styled = False

    #: Styles worked out once for the lines of one drawing pass (`render_lines`).
    _pass_styles: dict[tuple[str, bool], Style] | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        """Draw the lines of `crop`, working out each style once for all of them (Textual
        works out a widget's style anew on every call, for every line)."""
        self._pass_styles = {}
        try:
            return super().render_lines(crop)
        finally:
            self._pass_styles = None

    def pass_style(self, component: str = "", partial: bool = False) -> Style:
        """The widget's rich style (`component` ""), or a component's, found once a pass."""
        styles = self._pass_styles
        key = (component, partial)
        if styles is not None and key in styles:
            return styles[key]
        style = self.get_component_rich_style(component, partial=partial) if component \
            else self.rich_style
        if styles is not None:
            styles[key] = style
        return style

    def _get_component_classes(self) -> frozenset[str]:  # type: ignore[override]
        """The component classes Textual styles: the later ones once asked for."""
        every: frozenset[str] = super()._get_component_classes()
        return every if self.later_styled else every - self.LATER_COMPONENTS

    def get_component_styles(self, *names: str) -> RenderStyles:
        """A component's styles; the first ask for a later component styles them all."""
        if not self.later_styled and not self.LATER_COMPONENTS.isdisjoint(names):
            self.style_later_components()
        return super().get_component_styles(*names)

    def style_later_components(self) -> None:
        """Style the later components now (and with the others from now on)."""
        if self.later_styled:
            return
        self.later_styled = True
        if not self.is_attached:
            return
        stylesheet = self.app.stylesheet
        if self.LATER_CSS is not None and not stylesheet.has_source(str(self.LATER_CSS)):
            stylesheet.add_source(self.LATER_CSS.read_text(encoding="utf-8"),
                                  read_from=(str(self.LATER_CSS), ""))
        if self._component_styles:  # styled once already: again
            stylesheet.apply(self)

    def set_virtual_size(self, size: Size) -> None:
        """Change the scrollable size and update the scrollbars to match."""
        if size == self.virtual_size:
            return
        self.virtual_size = size
        scroll_update = getattr(self, "_scroll_update", None)  # Textual's own scrollbar step
        if scroll_update is None or not self.is_mounted:
            self.refresh(layout=True)
        else:
            scroll_update(size)
            if self.show_vertical_scrollbar:  # Textual moves the thumb only while shown
                self.vertical_scrollbar.position = self.scroll_y


class CursorRows(LinesView):
    """A `LinesView` of rows with a cursor: the moves every list shares (j k g G, pages, click).

    A subclass has a `cursor` reactive that clamps itself, `row_count`, and `action_open`.
    Each row takes `ROW_LINES` lines.
    """

    cursor: int
    #: Lines each row takes on screen.
    ROW_LINES = 1

    @property
    def row_count(self) -> int:
        """How many rows there are."""
        raise NotImplementedError

    def action_open(self) -> None:
        """Open the row under the cursor (a double click does it too)."""
        raise NotImplementedError

    async def _on_click(self, event: Click) -> None:
        row = clicked_row(self, event, self.ROW_LINES)
        if row is None:
            return
        if 0 <= row < self.row_count:
            if row == self.cursor and event.chain >= 2:
                self.action_open()
            self.cursor = row

    def action_cursor_down(self) -> None:
        """Down one row."""
        self.cursor += 1

    def action_cursor_up(self) -> None:
        """Up one row."""
        self.cursor -= 1

    def action_first(self) -> None:
        """To the first row."""
        self.cursor = 0

    def action_last(self) -> None:
        """To the last row."""
        self.cursor = self.row_count - 1

    def action_page_down(self) -> None:
        """Down one page."""
        self.cursor += self._page_rows()

    def action_page_up(self) -> None:
        """Up one page."""
        self.cursor -= self._page_rows()

    def action_half_page_down(self) -> None:
        """Down half a page (Ctrl+D, as in less and vim)."""
        self.cursor += max(1, self._page_rows() // 2)

    def action_half_page_up(self) -> None:
        """Up half a page (Ctrl+U)."""
        self.cursor -= max(1, self._page_rows() // 2)

    def scroll_to_cursor(self) -> None:
        """Scroll so that the cursor's row is in view."""
        self.scroll_to_region(
            Region(0, self.cursor * self.ROW_LINES, max(1, self.size.width), self.ROW_LINES),
            animate=False, force=True, spacing=None, immediate=True)

    def _page_rows(self) -> int:
        """Rows one page moves: a screenful less one row."""
        return max(1, self.size.height // self.ROW_LINES - 1)
