"""The numbers lens in the app: the figures table, opening an article at a figure, export."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import SystemCommand
from textual.screen import Screen

from hzreader.library import SearchResult, position_of
from hzreader.model import SUMMARY, TITLE, paragraph_offset, summary_paragraph
from hzreader.query import Query, parse_query
from hzreader.text import counted
from hzreader.ui._render import SUMMARY_PART, TITLE_PART
from hzreader.ui._searching import SearchingApp
from hzreader.ui.widgets.headlines import HeadlineList
from hzreader.ui.widgets.searchbar import SearchBar

if TYPE_CHECKING:  # the lens and its screens load when the table first opens
    from hzreader.lens import FigureTable
    from hzreader.ui.screens.figure_table import FigurePick, FigureTableScreen

#: Modules of the lens's screens (the table and its dialogs), and the app's actions that stay
#: on over them. (Modules, not classes: the screens load only when the table first opens.)
LENS_SCREEN_MODULES = ("hzreader.ui.screens.figure_table", "hzreader.ui.screens.export")
LENS_APP_ACTIONS = frozenset({"help", "quit", "command_palette", "focus_next",
                              "focus_previous"})


class LensApp(SearchingApp, app_layer=True):
    """The base of `HzReaderApp` that opens the figures table (its key `t` is bound there,
    next to the figures panel's) and exports figures."""

    #: The figures table's order and direction as last left: the next `t` opens with them.
    lens_order: tuple[str, bool] = ("value", False)
    #: What the table was left on: (the search, how many articles, the first one's id) and
    #: the cursor's row; the next `t` on the same articles opens at that row.
    lens_row: tuple[tuple[str, int, str], int] | None = None
    #: The articles are still being read (a first start; `LoadingApp` keeps it).
    loading: bool

    #: `/` was pressed in the figures table: it closed for the search, and opens again on
    #: the search's results when the search bar is left (Enter or Esc).
    table_after_search: bool = False
    #: The search bar was left before its results came: the table opens when they do.
    _table_when_listed: bool = False
    #: The figures table while it is open (under its dialogs too): told when the listed
    #: articles change, it is built again for them.
    _open_table: FigureTableScreen | None = None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Over the table and its dialogs, the keys of the articles screen are off (they would
        act on the article behind, unseen); `/` in the table itself searches."""
        module = type(self.screen).__module__
        if action == "search" and module == LENS_SCREEN_MODULES[0]:
            return True
        if module in LENS_SCREEN_MODULES and action not in LENS_APP_ACTIONS:
            return False
        return super().check_action(action, parameters)

    def action_search(self) -> None:
        """`/`; in the figures table it closes the table for the search bar, and the table
        comes back on the results (`table_after_search`): the table lists the figures of
        the articles a search lists, so searching is how it is filtered."""
        if type(self.screen).__module__ == LENS_SCREEN_MODULES[0]:
            self.table_after_search = True
            self.screen.action_close()  # type: ignore[attr-defined]
            self.call_after_refresh(super().action_search)
            return
        super().action_search()

    def search_left(self) -> bool:
        """The search bar was left: True when the table takes over again (now, or once the
        results are listed), as it was where the search began."""
        if not self.table_after_search:
            return False
        self.table_after_search = False
        if self.search_pending():
            self._table_when_listed = True
        else:
            self.action_figures_table()
        return True

    def show_results(self, query: Query, serial: int, found: SearchResult) -> None:
        """As `SearchingApp.show_results`; then the table, when it waits for these results."""
        super().show_results(query, serial, found)
        if self._open_table is not None:  # files added, changed or removed under the table
            self._open_table.relist(self.library, self.headlines.items,
                                    self.indexing is not None)
        if self._table_when_listed and not self.search_pending() and (
                self.headlines.items or not self.loading):
            self._table_when_listed = False
            self.action_figures_table()

    @property
    def search_text(self) -> str:
        """What the search bar holds."""
        return self.query_one(SearchBar).value

    def action_figures_table(self) -> None:
        """Open the figures table for the listed articles and the current search (while
        the first articles are still being read, once they are listed)."""
        from hzreader.ui.screens.figure_table import FigureTableScreen

        items = self.headlines.items
        if not items and self.loading:
            self._table_when_listed = True
            self.notify("The articles are still being read: the table opens once they are "
                        "listed.", timeout=4)
            return
        # The same articles and search as when it was left: it opens at the row left.
        def listed(items: Sequence[Any]) -> tuple[str, int, str]:
            return self.search_text, len(items), items[0].id if items else ""

        row = self.lens_row[1] if self.lens_row and self.lens_row[0] == listed(items) else 0
        screen = FigureTableScreen(self.library, items,
                                   parse_query(self.search_text), self.reader.styles_map(),
                                   export=self.export_figures, order=self.lens_order, row=row,
                                   incomplete=self.indexing is not None)

        def closed(pick: FigurePick | None) -> None:
            self._open_table = None
            self.lens_order = (screen.order, screen.reverse)  # the next `t` opens so
            self.lens_row = (listed(screen.items), screen.left_row)
            self.open_at_figure(pick)

        self._open_table = screen
        self.push_screen(screen, closed)

    def open_at_figure(self, pick: FigurePick | None) -> None:
        """Show the picked figure's article in the reading pane, scrolled to it and marked."""
        if pick is None:
            return
        position = position_of(self.headlines.items, pick.item.id)
        if position is None:
            self.notify("That article is no longer listed.", severity="warning", timeout=3)
            return
        article = self.library.article(pick.item)
        self.reader.show(article, parse_query(self.search_text),
                         placeholder=self.headlines.empty_message)
        self.headlines.cursor = position  # the pane already shows it: it stays as it is
        text = pick.text
        if pick.field == TITLE:  # shown whole, on one line, from its first word
            shown = article.title
            place: tuple[int, int] | None = (TITLE_PART, pick.start - len(shown)
                                             + len(shown.lstrip()))
        elif pick.field == SUMMARY:  # on one line, its lines joined
            inside = summary_paragraph(article.summary).from_body(pick.start)
            place = None if inside is None else (SUMMARY_PART, inside)
        else:
            found = paragraph_offset(article.body, pick.start)
            place = (found[0] + 1, found[1]) if found else None
        if place is None or not self.reader.goto_figure_at(*place, text):
            self.notify(f"Could not find “{text}” in the article.", severity="warning",
                        timeout=3)
        self.post_message(HeadlineList.Opened(pick.item))  # read, as Enter in the list

    def action_export_article_figures(self) -> None:
        """Write the figures of the article in the reading pane to a file."""
        item = self.headlines.current
        if item is None:
            self.notify("No article is open.", timeout=3)
            return
        from hzreader.lens import build_table

        table = build_table(self.library, [item], Query(""))
        slug = re.sub(r"[^\w.-]+", "-", item.id).strip("-.")[:60] or "article"
        self.export_figures(table, table.base, f"{slug}-figures.csv")

    def export_figures(self, table: FigureTable, rows: Sequence[int], suggestion: str) -> None:
        """Ask where to write `rows` of `table`, confirm a replacement, then write them."""
        if not rows:  # an empty file helps no one
            self.notify("Nothing to export: no key figures are listed.", timeout=3)
            return
        from hzreader.lens import format_for_path
        from hzreader.ui.screens.export import ExportScreen

        what = counted(len(rows), 'figure')

        def chosen(answer: tuple[str, bool] | None) -> None:
            if answer is None:
                return
            path, replace = answer
            fmt = format_for_path(path)
            if fmt is None:  # the dialog allows none, but just in case
                self.notify("Name the file .csv, .json or .jsonl.", severity="warning",
                            timeout=4)
                return
            self.write_export(table, rows, path, fmt, overwrite=replace)

        self.push_screen(ExportScreen(what, suggestion, self.paths), chosen)

    @work(thread=True, group="lens-export")
    def write_export(self, table: FigureTable, rows: Sequence[int], path: str, fmt: str,
                     overwrite: bool) -> None:
        """Write the file off the UI thread and say how it went."""
        from hzreader.lens import export_file

        try:
            count = export_file(table, rows, self.library.articles_of, path, fmt, overwrite)
        except FileExistsError:
            self.call_from_thread(self.notify, f"{path} appeared meanwhile: nothing written.",
                                  severity="warning", markup=False)
        except OSError as error:
            self.call_from_thread(self.notify, f"Could not write {path}: "
                                  f"{error.strerror or error}",
                                  severity="error", markup=False)
        else:
            self.call_from_thread(self.notify, f"Wrote {counted(count, 'figure')} to {path}.",
                                  markup=False, timeout=4)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The figures table and exports in the palette, then the other commands."""
        yield SystemCommand("Figures table", "Every key figure of the listed articles (t)",
                            self.action_figures_table)
        yield SystemCommand("Export this article's figures",
                            "Write the key figures of the open article to a CSV or JSON file",
                            self.action_export_article_figures)
        yield from super().get_system_commands(screen)
