"""The figures table screen: every key figure of the listed articles, sortable, openable.

The table is built in a thread (a million figures take a few seconds); sorting a big table
too. When the listed articles change under it (files added, changed, removed: `relist`) it
is built again, in the same order, the cursor on the same figure. The screen closes with
the figure picked by Enter (a `FigurePick`), or None.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rich.style import Style
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer

from hzreader.lens import (
    ORDERS,
    FigureTable,
    UnitSummary,
    figure_key,
    matching_row,
    sorted_rows,
    summarize,
)
from hzreader.library import Library
from hzreader.query import Query
from hzreader.text import clean_line, counted
from hzreader.ui._status import SEPARATOR, fit_status
from hzreader.ui.screens.figure_table_job import Place, TableJob, empty_message, summary_line
from hzreader.ui.widgets.figure_table import FigureTableView, header_text
from hzreader.ui.widgets.textline import TextLine

#: Tables up to this many rows are sorted at once; bigger ones in a thread.
SORT_INLINE = 100_000
#: Up to this many rows, the footer's summary (≈ 2 ms for 10,000 rows) comes with the rows,
#: in one paint; bigger tables show their rows first.
SUMMARY_WITH_ROWS = 100_000
ARROWS = {False: "▼", True: "▲"}


@dataclass(frozen=True)
class FigurePick:
    """A figure chosen in the table: its article's list item and where it stands."""

    item: Any
    #: `model.TITLE`, `SUMMARY` or `BODY`, and the figure's offsets in that text.
    field: int
    start: int
    stop: int
    kind: str
    #: The figure as written.
    text: str


#: Starts exporting rows of a table (the app's export flow).
ExportStarter = Callable[[FigureTable, Sequence[int], str], None]


class FigureTableScreen(Screen[FigurePick | None]):
    """The figures of the listed articles (limited by the search's figure terms)."""

    BINDINGS = [
        Binding("escape,q,t", "close", "Back", tooltip="Back to the articles"),
        Binding("r", "cycle_order", "Order", tooltip="Sort by value, date or kind"),
        Binding("R", "reverse_order", "Reverse", tooltip="Reverse the order"),
        Binding("e", "export", "Export", tooltip="Write the table to a CSV or JSON file"),
        # The same keys on a table found empty: not offered, but `e` says there is nothing
        # to export and `r` `R` choose the order of the next table (no help line: no text).
        Binding("r", "cycle_order('empty')", "", show=False),
        Binding("R", "reverse_order('empty')", "", show=False),
        Binding("e", "export('empty')", "", show=False),
    ]

    # Its look is here, not in app.tcss: parsed when first asked, not at start-up.
    DEFAULT_CSS = """
    #lens-title { height: 1; padding: 0 1; background: $boost; text-style: bold; }
    #lens-header { height: 1; padding: 0 1; color: $text-muted; background: $surface; }
    #lens-table {
        height: 1fr; padding: 0 1; border: none; border-subtitle-color: $text-muted;
        scrollbar-size-vertical: 1; scrollbar-gutter: stable;
    }
    #lens-summary { height: 1; padding: 0 1; color: $text-muted; background: $panel; }
    """

    def __init__(self, library: Library, items: Sequence[Any], query: Query,
                 styles: Mapping[str, Style], export: ExportStarter | None = None,
                 order: tuple[str, bool] = ("value", False), row: int = 0,
                 incomplete: bool = False) -> None:
        super().__init__()
        #: Opened while the index is still being built: some figures may not be found yet.
        self.incomplete = incomplete
        #: The row the cursor starts on, once the rows are shown (the row last left) ...
        self._start_row = row
        #: ... and the row it was on when the table closed.
        self.left_row = row
        self.library = library
        self.items = items
        self.search_query = query
        self.figure_styles = styles
        self.export_starter = export
        self.table: FigureTable | None = None
        #: Per kind and unit: count, min, max, median and sum of the rows (the footer).
        self.summary: list[UnitSummary] = []
        self.order, self.reverse = order  # as the table was last left
        #: A new order starts at its first row; a rebuilt table keeps the cursor's figure.
        self._to_top = False
        self._orders: dict[tuple[str, bool], Sequence[int]] = {}
        self._serial = 0
        #: A message of the app shown in the bottom line instead of the summary (`tell`).
        self._told = ""
        self._told_timer: Timer | None = None
        #: The listed articles changed: the table shown is being built again (`relist`).
        self.updating = False
        # The table is built from the key press on, while the screen is put together.
        self._job = TableJob(library, items, query)

    def compose(self) -> ComposeResult:
        """Title, column names, the rows, the summary and the keys."""
        yield TextLine(id="lens-title")
        yield TextLine(id="lens-header")
        yield FigureTableView(self.library.articles_of, self.figure_styles, id="lens-table")
        yield TextLine(id="lens-summary")
        yield Footer()

    @property
    def view(self) -> FigureTableView:
        """The table widget."""
        return self.query_one(FigureTableView)

    def on_mount(self) -> None:
        """Start finding the figures."""
        self.view.focus()
        self.update_title()
        self.build()

    def on_resize(self) -> None:
        """The title, the column names and the summary follow the width."""
        self.update_title()
        if self.table is not None:
            self.show_summary_line()

    def line_width(self) -> int:
        """Cells of the title and summary lines."""
        return max(20, self.size.width - 2)

    def relist(self, library: Library, items: Sequence[Any], incomplete: bool) -> None:
        """The app lists other articles (files were added, changed or removed under the
        table): build it again for them, in the order shown, with the cursor on the same
        figure where it is still listed. The rows shown stay until the new ones are ready,
        the title saying they are being updated."""
        if items is self._job.items and library is self._job.library:
            return  # being built for them already, or shown
        self._job.cancel()
        self.incomplete = incomplete
        shown = (self.library, self.items) if self.table is not None else None
        self._job = TableJob(library, items, self.search_query, shown)
        self.updating = shown is not None
        self.update_title()
        self.build()

    @work(thread=True, exclusive=True, group="lens-build")
    def build(self) -> None:
        """Build the table off the UI thread, then show it."""
        from textual.worker import get_current_worker

        worker = get_current_worker()
        job = self._job
        table = job.wait(lambda: worker.is_cancelled)
        if job.unchanged and not job.cancelled:
            self.app.call_from_thread(self._unchanged, job)
        if table is None:
            return
        # What the reader sees now, read on the UI thread (never widget state from here).
        place = self.app.call_from_thread(self._place)
        rows = sorted_rows(table, place.order, place.reverse)
        kept = matching_row(table, place.figure) if place.figure is not None else None
        if worker.is_cancelled:
            return
        if len(table) <= SUMMARY_WITH_ROWS:  # one paint: rows and summary together
            summary = summarize(table.columns, totals=table.totals)
            self.app.call_from_thread(self.show_table, job, table, rows, summary, kept, place)
            return
        self.app.call_from_thread(self.show_table, job, table, rows, None, kept, place)
        # the rows first: this takes a second at 1M rows
        summary = summarize(table.columns, totals=table.totals)
        if not worker.is_cancelled:
            self.app.call_from_thread(self.show_summary, table, summary)

    def _place(self) -> Place:
        """The order shown and the figure under the cursor (on the UI thread)."""
        row = self.view.current_row
        figure = figure_key(self.table, row) if self.table is not None and row is not None \
            else None
        return Place(self.order, self.reverse, figure)

    def _unchanged(self, job: TableJob) -> None:
        """The articles listed anew are those of the table shown: it stays."""
        if job is self._job and self.updating:
            self.updating = False
            self.update_title()

    def show_table(self, job: TableJob, table: FigureTable, rows: Sequence[int],
                   summary: list[UnitSummary] | None = None, kept: int | None = None,
                   place: Place | None = None) -> None:
        """Put a freshly built table on screen (with its summary when known), its `rows` in
        the order of `place`. One built again (`relist`) keeps the cursor on row `kept` (the
        figure of `place`), else where it was; a cursor moved or an order changed since
        `place` was read are followed."""
        if job is not self._job:  # other articles were listed meanwhile
            return
        now = self._place()
        if place is None:
            place = now
        elif now.figure != place.figure and now.figure is not None:  # moved meanwhile
            kept = matching_row(table, now.figure)
        relisted, cursor = self.table is not None, self.view.cursor
        self.table, self.library, self.items, self.updating = \
            table, job.library, job.items, False
        self.view.read = job.library.articles_of
        self._orders = {(place.order, place.reverse): rows}
        self.view.show(table, rows, keep=kept, empty_message=self._empty_message(),
                       order=place.order)
        if relisted and kept is None and rows:  # its figure is gone: the next takes its place
            self.view.cursor = min(cursor, len(rows) - 1)
        elif self._start_row and rows:
            self.view.cursor, self._start_row = min(self._start_row, len(rows) - 1), 0
        if (now.order, now.reverse) != (place.order, place.reverse):  # `r` or `R` meanwhile
            self.apply_order()
        self.update_title()
        self.summary = summary or []
        self.show_summary_line()
        self.refresh_bindings()  # an empty table offers no keys for rows

    def show_summary(self, table: FigureTable, summary: list[UnitSummary]) -> None:
        """The footer's sums and spreads, once worked out."""
        if table is self.table:
            self.summary = summary
            self.show_summary_line()

    def show_summary_line(self) -> None:
        """The bottom line: a message told (`tell`) while it lasts, else the summary."""
        self.query_one("#lens-summary", TextLine).update(
            self._told or self.summary_text(self.summary))

    def tell(self, message: str, seconds: float) -> None:
        """Show the app's `message` in the bottom line for `seconds`, where a toast would
        cover rows ("Wrote 19 figures to …"); a new one replaces it."""
        if self._told_timer is not None:
            self._told_timer.stop()
        self._told = message
        self._told_timer = self.set_timer(seconds, self._end_told)
        self.show_summary_line()

    def _end_told(self) -> None:
        self._told, self._told_timer = "", None
        self.show_summary_line()

    def _empty_message(self) -> str:
        return empty_message(bool(self.items), self.search_query, self.table)

    def summary_text(self, summary: list[UnitSummary]) -> str:
        """ "1,234 figures in 56 articles · CNY ×12: …" (one unit at a time)."""
        return "" if self.table is None else summary_line(self.table, summary,
                                                            self.line_width())

    def update_title(self) -> None:
        """What is listed and in what order."""
        what = f"Key figures of {counted(len(self.items), 'article')}"
        if self.search_query.raw.strip():
            what += f" matching “{clean_line(self.search_query.raw.strip())}”"
        if self.table is None:
            what += f"{SEPARATOR}finding them…"
        else:
            direction = {"value": ("largest first", "smallest first"),
                         "date": ("newest first", "oldest first"),
                         "kind": ("as in the legend", "the legend reversed")}[self.order][
                             self.reverse]
            if self.order == "value" and self.table.groups > 1:  # values compared per unit
                direction += " in each unit"
            unlimiting = ", ".join(clean_line(term.literal) for term in self.table.unlimiting)
            effect = "not a limit" if self.table.terms else "all listed"
            note = f"{unlimiting}: no such figure, {effect}" if unlimiting else ""
            what = fit_status(((5, (what,)),
                               (4, (note, f"{unlimiting}: {effect}") if note else ("",)),
                               (2, ("still finding key figures: some may be missing",
                                    "still finding figures", "") if self.incomplete
                                else ("",)),
                               (4, ("the articles changed: updating…", "updating…")
                                if self.updating else ("",)),
                               (3, (f"sorted by {self.order}, {direction}",
                                    f"{self.order}, {direction}")),
                               (1, ("" if self.found_empty else "(r: order, R: reverse)",
                                    ""))), self.line_width())
        self.query_one("#lens-title", TextLine).update(what)
        self.update_header()

    def update_header(self) -> None:
        """The column names, the sorted one marked."""
        width = self.view.scrollable_content_region.width or self.size.width
        self.query_one("#lens-header", TextLine).update(
            header_text(width, self.order, ARROWS[self.reverse]).plain)

    def apply_order(self) -> None:
        """Show the rows in the current order, sorting them first when needed."""
        table = self.table
        if table is None:
            self.update_title()
            return
        key = (self.order, self.reverse)
        if key in self._orders:
            self._show_order(self._orders[key])
        elif len(table) <= SORT_INLINE:
            self._orders[key] = sorted_rows(table, *key)
            self._show_order(self._orders[key])
        else:
            self._serial += 1
            self.query_one("#lens-title", TextLine).update("Sorting…")
            self.sort_in_thread(table, key, self._serial)

    @work(thread=True, exclusive=True, group="lens-sort")
    def sort_in_thread(self, table: FigureTable, key: tuple[str, bool], serial: int) -> None:
        """Sort a big table off the UI thread."""
        rows = sorted_rows(table, *key)
        self.app.call_from_thread(self._sorted, table, key, serial, rows)

    def _sorted(self, table: FigureTable, key: tuple[str, bool], serial: int,
                rows: Sequence[int]) -> None:
        if table is self.table:
            self._orders[key] = rows
            if serial == self._serial:
                self._show_order(rows)

    def _show_order(self, rows: Sequence[int]) -> None:
        keep = None if self._to_top else self.view.current_row
        self._to_top = False
        self.view.show(self.table, rows, keep=keep, empty_message=self._empty_message(),
                       order=self.order)
        self.update_title()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A table found empty offers no order nor export in its footer (nothing to sort or
        write): its keys are the hidden bindings then (`'empty'`). While its figures are
        being found the footer stays as it will most likely be."""
        if action in ("cycle_order", "reverse_order", "export"):
            return self.found_empty == bool(parameters)
        return True

    @property
    def found_empty(self) -> bool:
        """The table is built and has no rows."""
        return self.table is not None and len(self.table) == 0

    def action_cycle_order(self, _empty: str = "") -> None:
        """Value → date → kind → value."""
        self.order = ORDERS[(ORDERS.index(self.order) + 1) % len(ORDERS)]
        self.reverse = False
        self._to_top = True
        self.apply_order()

    def action_reverse_order(self, _empty: str = "") -> None:
        """Flip the current order."""
        self.reverse = not self.reverse
        self._to_top = True
        self.apply_order()

    def action_close(self) -> None:
        """Back to the articles."""
        self.left_row = self.view.cursor
        self._job.cancel()
        self.workers.cancel_group(self, "lens-build")
        self.dismiss(None)

    def action_export(self, _empty: str = "") -> None:
        """Write the rows, in the order shown, to a file the user names."""
        if self.table is None or self.export_starter is None:
            self.notify("The table is not ready yet.", timeout=3)
            return
        self.export_starter(self.table, list(self.view.rows), "hzreader-figures.csv")

    @on(FigureTableView.Opened)
    def on_opened(self, event: FigureTableView.Opened) -> None:
        """Enter: close the table and open the article at this figure."""
        table = self.table
        if table is None:
            return
        c = table.columns
        row = event.row
        self.left_row = self.view.cursor
        text = table.text(row, self.view.article(row))
        self.dismiss(FigurePick(table.item(row), c.field[row], c.start[row], c.stop[row],
                                table.kind(row), text))
