"""The Textual application: composes the panes and routes messages between them."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.theme import BUILTIN_THEMES

from hzreader._hashes import blake2b
from hzreader.library import (
    Library,
    MemoryLibrary,
    files_with_errors_summary,
    is_gone,
)
from hzreader.query import parse_query
from hzreader.state import ReadingState
from hzreader.text import clean_line
from hzreader.ui._feeds import FeedsApp
from hzreader.ui._lens import LensApp
from hzreader.ui._palette import FigureColoursApp
from hzreader.ui._searching import SearchingApp
from hzreader.ui._startup import resume_gc
from hzreader.ui._status import empty_list_message, order_forms, status_parts
from hzreader.ui.widgets.footer import FittingFooter
from hzreader.ui.widgets.header import TitleHeader
from hzreader.ui.widgets.headlines import HeadlineList
from hzreader.ui.widgets.panes import Panes
from hzreader.ui.widgets.reader import ArticleView
from hzreader.ui.widgets.searchbar import SearchBar
from hzreader.ui.widgets.textline import StatusLine

if TYPE_CHECKING:
    from hzreader.ui.widgets.figures import FiguresPanel
    from hzreader.ui.widgets.search_input import SearchInput


class ArticlesScreen(Screen[None]):
    """The app's main screen: the headline list has the focus from the start (focusing the
    search field first and moving on would restyle both before the first paint)."""

    AUTO_FOCUS = "#headlines"


class HzReaderApp(LensApp, FeedsApp, SearchingApp, FigureColoursApp):
    """Headline list, reading pane and search bar, all from the keyboard."""

    TITLE = "hzreader"
    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding("slash", "search", "Search", tooltip="Focus the search bar"),
        Binding("escape", "go_back", "Back", show=False,
                tooltip="Back to the list; in the list, clear the search"),
        Binding("h,left", "to_list", "To list", show=False, tooltip="Back to the headline list"),
        Binding("f", "toggle_figures", "Figures", tooltip="Show or hide the key figures panel"),
        Binding("t", "figures_table", "Table", tooltip="All key figures as a table"),
        Binding("r", "toggle_order", "Order", show=False,
                tooltip="Order search results by relevance or newest first (kept for later "
                        "searches)"),
        Binding("p", "problems", "Problems", show=False, tooltip="Show files that were skipped"),
        Binding("question_mark", "help", "Help", tooltip="Show every key"),
        Binding("equals_sign,ctrl+g", "file_info", "Where", show=False,
                tooltip="Where you are, as less's =: article 3 of 12, its file, lines shown"),
        Binding("q", "step_back('quit')", "Quit",
                tooltip="Back one level: figures → article → list → search cleared; "
                        "then quit"),
        # The same `q`, as the footer names it where it does not quit (`check_action`).
        Binding("q", "step_back('back')", "Back"),
        Binding("q", "step_back('clear')", "Clear search"),
        Binding("Q", "quit", "Quit", show=False, tooltip="Quit from anywhere"),
        # A reader who presses Ctrl+C means quit: as `Q` (not Textual's "press ctrl+q" toast);
        # in a text field Ctrl+C copies, as there.
        Binding("ctrl+c", "quit", "Quit", show=False, system=True,
                tooltip="Quit (in the search bar: copy the selection; with none, leave it "
                        "as Esc)"),
        Binding("n", "no_search(0)", "Match", show=False),
        Binding("N", "no_search(-1)", "Match", show=False),
        Binding("tab", "app.focus_next", "Next pane", show=False),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False),
    ]

    #: How search results are ordered: "relevance" or "date" (newest first). It holds for
    #: every later search, and is remembered.
    order: reactive[str] = reactive("relevance", init=False)
    #: The whole title of the article under the cursor, shown in the header.
    article_title: reactive[str] = reactive("")

    def __init__(self, paths: Sequence[str | os.PathLike[str]], *,
                 state_path: Path | None = None, watch_interval: float = 2.0,
                 watch_css: bool = False):
        state, warning = ReadingState.load(state_path)
        if state.theme in BUILTIN_THEMES:
            # The remembered theme, before Textual builds the stylesheet from the theme's
            # colours: set once mounted, it parsed and styled everything again (≈ 20 ms).
            self.set_reactive(HzReaderApp.theme, state.theme)
        super().__init__(watch_css=watch_css)
        self.paths = [Path(p) for p in paths]
        self.library: Library = MemoryLibrary()
        #: "2 files skipped, 1 file partly read" about the library's problems ("" if none).
        self.errors_summary = ""
        self._after_first_frame: list[Callable[[], object]] | None = []
        self.state, self._state_warning = state, warning
        self.collection_name = collection_key(self.paths)
        #: Seconds between looks at the folders for changes (0: never).
        self.watch_interval = watch_interval
        self._restore_pending = True

    def get_default_screen(self) -> Screen[None]:
        """The articles screen."""
        return ArticlesScreen(id="_default")

    def compose(self) -> ComposeResult:
        """Header, search bar, the two panes, status line and footer.

        The figures panel, hidden at first, joins the panes after the first paint
        (`first_painted`).
        """
        yield TitleHeader(show_clock=False, icon="")
        yield SearchBar(id="search")
        with Panes(id="panes"):
            yield HeadlineList(id="headlines")
            yield ArticleView(id="reader")
        yield StatusLine(id="status")
        yield FittingFooter()

    def on_mount(self) -> None:
        """Start loading off the UI thread; the list takes focus."""
        self.panes.list_width = self.state.list_width
        self.search_bar.history = list(self.state.searches)
        if self.state.order in ("relevance", "date"):
            self.set_reactive(HzReaderApp.order, self.state.order)
        if self.state.theme in self.available_themes:  # set already, unless changed since
            self.theme = self.state.theme
        if self._state_warning:
            self.notify(self._state_warning, severity="warning", markup=False, timeout=8)
        self.headlines.marks = self.marks_of
        self.headlines.border_title = "Headlines"
        self.reader.border_title = "Article"
        self.headlines.empty_message = empty_list_message("", False, loading=True)
        self.headlines.focus()
        self.catch_hang_up()
        self.watch_state_file()
        shown = self.warm_start()
        if shown is None:  # a first sync, maybe of many files: its thread shares a heap
            from hzreader.index import limit_malloc_arenas

            limit_malloc_arenas()
        self.load_articles(shown)
        self.call_after_refresh(self.first_painted)

    def first_painted(self) -> None:
        """After the first frame: what it did not need (nothing once the app is leaving: a
        hang-up before the first frame ended it, and mounting then failed with exit code 1)."""
        resume_gc()
        if self.return_code is not None:
            return
        self.search_bar.mount_input()
        self.figures_panel  # noqa: B018  (mounts the panel)
        self.warm_up()
        waiting, self._after_first_frame = self._after_first_frame, None
        for callback in waiting or ():
            callback()

    def after_first_frame(self, callback: Callable[[], object]) -> None:
        """Run `callback` once the first frame is painted (now if it is): work a widget
        asks for while the first frame is made, such as compiling the figure rules in a
        thread, which would compete with the frame for the interpreter."""
        if self._after_first_frame is None:
            callback()
        else:
            self._after_first_frame.append(callback)

    def make_figures_panel(self) -> FiguresPanel:
        """Add the key figures panel to the panes (after the first paint)."""
        from hzreader.ui.widgets.figures import FiguresPanel

        panel = FiguresPanel(id="figures")
        panel.border_title = "Key figures"
        self.panes.mount(panel)
        return panel

    # -- showing the library ----------------------------------------------------------------

    def show_library(self, library: Library) -> None:
        """Swap in a (possibly still growing) library, keeping the cursor's article."""
        self.library = library
        self.errors_summary = files_with_errors_summary(library)
        self.update_status(self.shown_count)  # the listed results' count until the next
        self.apply_query(self.search_bar.value)

    def update_status(self, shown: int | None = None) -> None:
        """The status line: articles, results, indexing progress and problems; when it is
        too long the least important part is shortened first (the order, then `v`'s
        note), the problems and their "p to see" last."""
        found = self.last_result
        self.shown_count = shown
        # While the query listed is not the one typed (its search still running, or more
        # keys of it waiting their turn), no count, order or note of the old one is shown.
        arriving = self.query_arriving()
        searching = arriving or self.search_pending()
        parts = status_parts(
            total=len(self.library.items), shown=shown, indexing=self.indexing,
            refreshing=self.refresh_note, searching=searching,
            order=(order_forms(self.order, found.ranked, found.unranked_reason)
                   if self.library.ranked and self.search_bar.value.strip() and found.items
                   and not searching else None),
            query_text="" if arriving else self.search_bar.value,
            unread_only=self.unread_only, errors=self.errors_summary,
            warnings=len(self.library.problems))
        self.query_one("#status", StatusLine).show_parts(parts)

    # -- routing ---------------------------------------------------------------------------

    @on(HeadlineList.CursorMoved)
    def on_cursor_moved(self, event: HeadlineList.CursorMoved) -> None:
        """The reading pane follows the list's cursor."""
        self.used_results = True  # (a search's results were used: its clearing keeps this)
        self.reading_gone = False
        self.cursor_moved(event.article, event.by_reader)

    @on(events.DescendantFocus)
    def on_pane_focused(self, event: events.DescendantFocus) -> None:
        """Back in the list from a removed article still shown: the reading pane shows the
        article under the cursor again."""
        if self.reading_gone and event.widget is self.headlines:
            self.show_under_cursor(by_reader=False)

    def cursor_moved(self, item: Any | None, by_reader: bool) -> None:
        """Show the article of `item` (the list's cursor) in the reading pane and the header."""
        self.last_activity = time.monotonic()
        query = parse_query(self.search_bar.value)
        article = self.library.article(item) if item is not None else None
        if article is not None and is_gone(article):
            self.catch_up()  # another hzreader's sync removed it: the list catches up
        self.reader.show(article, query, placeholder=self.headlines.empty_message)
        # The whole title, however narrow the list: in the header.
        self.article_title = clean_line(item.title) if item else ""
        self.status_line.end_flash(self._where_told)  # `=` told of the article before
        if self.figures_shown:
            self.refresh_figures()
        self.article_shown(item, by_reader)

    def refresh_figures(self) -> None:
        """Fill the figures panel from the article in the reading pane."""
        rendered = self.reader.rendered
        filled = self.figures_panel.show_figures(
            rendered, self.reader.styles_map(), pending=self.reader.figures_pending,
            has_article=self.reader.article is not None,
        )
        if filled and rendered and rendered.figures:  # (else its cursor stays)
            self.figures_panel.mark(max(0, self.reader.current_figure))

    @on(ArticleView.Restyled)
    def on_reader_restyled(self) -> None:
        """A new theme: the figures panel takes the pane's new figure styles."""
        if self.figures_shown:
            self.refresh_figures()

    def on_figures_panel_figure_chosen(self, event: FiguresPanel.FigureChosen) -> None:
        """A figure picked in the panel is shown and marked in the reading pane."""
        if not self.reader.goto_placed(event.figure):
            self.refresh_figures()  # the panel listed an older rendering: list this one
            return
        if event.focus_reader:
            self.reader.focus()

    @on(ArticleView.FigureMarked)
    def on_figure_marked(self, event: ArticleView.FigureMarked) -> None:
        """`]`/`[` in the reading pane move the panel's highlight too."""
        if self.figures_shown and not self.figures_panel.mark_figure(event.figure):
            self.refresh_figures()  # the panel listed an older rendering: list this one

    def on_search_input_left(self, event: SearchInput.Left) -> None:
        """Leaving the search field goes to the results (at once: `n` may follow Enter);
        the search joins the history, kept for the next session as less keeps its own; a
        search begun in the figures table goes back to the table. After Enter (or Down)
        the reader is in the results: giving the search up later stays in the list."""
        if event.to_results and self.search_bar.value.strip():
            self.stay_in_list()
        if not self.search_left() and not self.back_in_reader() and not self.restore_focus():
            self.screen.set_focus(self.headlines)
        self.state.add_search(self.search_bar.value)

    @on(ArticleView.MatchStepped)
    def on_match_stepped(self, event: ArticleView.MatchStepped) -> None:
        """Past the last match, `n` goes on to the next matching article."""
        if parse_query(self.search_bar.value).is_empty:
            self.action_no_search()
            return
        if event.forward:
            if self.reading_gone and self.headlines.items:
                self.show_under_cursor(by_reader=True)  # its successor took its place
            elif self.headlines.cursor < len(self.headlines.items) - 1:
                self.headlines.action_cursor_down()
            else:
                self.say_no_more_matches(forward=True)
        elif self.headlines.cursor > 0:
            self.reader.pending_match = -1  # the article before opens at its last match
            self.headlines.action_cursor_up()
        else:
            self.say_no_more_matches(forward=False)

    # -- actions ---------------------------------------------------------------------------

    def action_toggle_order(self) -> None:
        """Switch search results between relevance and newest-first order."""
        if not self.library.ranked:
            self.notify("Results are newest first (this collection has no search index).",
                        timeout=3)
            return
        self.order = "date" if self.order == "relevance" else "relevance"

    def watch_order(self, order: str) -> None:
        """Search again in the new order, remember it, and say what changed."""
        self.state.set_order(order)
        self.save_state()
        self.apply_query(self.search_bar.value)
        if parse_query(self.search_bar.value).is_empty:
            way = "newest first" if order == "date" else "by relevance"
            self.notify(f"Search results will be listed {way} (r to switch).", timeout=3)


def collection_key(paths: Sequence[Path]) -> str:
    """A stable name for a set of opened paths, for remembering the position in it."""
    names = sorted(str(p.resolve()) for p in paths)
    return blake2b("\0".join(names).encode(), digest_size=8).hexdigest()


def make_app(paths: Sequence[str | os.PathLike[str]] = (), *,
             state_path: Path | None = None, watch_interval: float = 2.0) -> HzReaderApp:
    """Build the app for `paths` (when empty: the user's library if it holds articles, else
    the bundled collection)."""
    if not paths:
        from hzreader.files import default_paths

        paths = default_paths()
    return HzReaderApp(paths, state_path=state_path, watch_interval=watch_interval)
