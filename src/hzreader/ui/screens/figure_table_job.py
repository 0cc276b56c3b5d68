"""Building the figures table in a thread of its own (`TableJob`), what the reader sees of
it (`Place`), its summary line (`summary_line`) and what it says without rows."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rich.cells import cell_len

from hzreader.lens import FigureKey, FigureTable, UnitSummary, build_table, same_articles
from hzreader.library import Library
from hzreader.query import Query
from hzreader.text import clean_line, counted
from hzreader.ui._status import SEPARATOR


@dataclass(frozen=True)
class Place:
    """What the reader sees of the table: its order, and the figure under the cursor (read
    on the UI thread, for a table built again to keep)."""

    order: str
    reverse: bool
    figure: FigureKey | None


class TableJob:
    """`build_table` in a thread of its own, started at once (before the screen is drawn,
    so that the reading of the figures and the drawing overlap). Given the articles the
    table `shown` has, it builds nothing when they are the same (`unchanged`)."""

    def __init__(self, library: Library, items: Sequence[Any], query: Query,
                 shown: tuple[Library, Sequence[Any]] | None = None) -> None:
        self.library, self.items = library, items
        #: The articles are those of the table shown: nothing was built.
        self.unchanged = False
        self._done = threading.Event()
        self._cancelled = False
        self._table: FigureTable | None = None
        self._error: BaseException | None = None
        threading.Thread(target=self._run, args=(library, items, query, shown), daemon=True,
                         name="hzreader-lens-table").start()

    def _run(self, library: Library, items: Sequence[Any], query: Query,
             shown: tuple[Library, Sequence[Any]] | None) -> None:
        try:
            if shown is not None and same_articles(*shown, library, items):
                self.unchanged = True
                return
            self._table = build_table(library, items, query, lambda: self._cancelled)
        except BaseException as error:  # handed to the waiting worker
            self._error = error
        finally:
            self._done.set()

    def cancel(self) -> None:
        """Stop building (the screen closed)."""
        self._cancelled = True

    def wait(self, cancelled: Callable[[], bool]) -> FigureTable | None:
        """The table once built; None when cancelled first."""
        while not self._done.wait(0.05):
            if cancelled():
                self.cancel()
                return None
        if self._error is not None:
            raise self._error
        return None if self._cancelled else self._table

    @property
    def cancelled(self) -> bool:
        """The job was stopped (the screen closed, or other articles were listed)."""
        return self._cancelled


def summary_line(table: FigureTable, summary: list[UnitSummary], width: int) -> str:
    """ "1,234 figures in 56 articles · CNY ×12: …" in `width` cells (whole units only,
    the most figures first). When the full forms do not all fit, the short ones ("CNY ×7:
    sum 2.308 tn") are taken if they show more units."""
    articles = len(set(table.columns.article))
    head = clean_line(f"{counted(len(table), 'figure')} in {counted(articles, 'article')}")
    full, shown = _fitted(head, [clean_line(group.describe()) for group in summary], width)
    if shown == len(summary):
        return full
    short, shown_short = _fitted(head, [clean_line(group.brief()) for group in summary],
                                 width)
    return short if shown_short > shown else full


def _fitted(text: str, groups: list[str], width: int) -> tuple[str, int]:
    """`text` and as many of `groups` as fit in `width` cells, then how many more; and how
    many were shown."""

    def more(count: int) -> str:
        return f"{SEPARATOR}+{count:,} more unit{'s' if count != 1 else ''}" if count else ""

    for shown, group in enumerate(groups):  # whole units only: never a number cut short
        if cell_len(f"{text}{SEPARATOR}{group}{more(len(groups) - shown - 1)}") > width:
            told = more(len(groups) - shown)
            hint = f"{told} (a wider window shows more)"
            return text + (hint if cell_len(text + hint) <= width else told), shown
        text += f"{SEPARATOR}{group}"
    return text, len(groups)


def empty_message(listed: bool, query: Query, table: FigureTable | None) -> str:
    """What a table without rows says: why it has none."""
    if not listed and not query.raw.strip():
        return "There are no articles: the opened files hold none."
    if not listed:
        return "No articles are listed: change the search first."
    if table is not None and table.terms:
        return "No key figure of the listed articles matches the search's figure terms."
    return "The listed articles have no key figures."
