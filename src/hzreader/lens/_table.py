"""The figures table: every key figure of a search's articles, as sortable columns.

`build_table` asks the library for the figures of the listed articles that the query's
figure terms accept (all of them when it has none), and computes the sort keys and the
per-unit summary once. The table itself never changes; `sorted_rows` gives an order of it.
Text and context are read from the article only for the rows shown or exported.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from hzreader.library import Cancelled, FigureColumns, Library
from hzreader.model import BODY, FIGURE_KINDS, SUMMARY, TITLE, Article
from hzreader.query import Query, timestamp

#: The orders the table cycles through, and the direction each starts in.
ORDERS = ("value", "date", "kind")
#: Longest context kept around a figure in exported data (characters).
CONTEXT_LIMIT = 300

_LOW = -math.inf


@dataclass(frozen=True)
class FigureTable:
    """The figures of `items` (a search's answer) in `columns`, with their sort keys."""

    columns: FigureColumns
    items: Sequence[Any]
    query: str
    #: Row numbers in list order: the articles as listed, each one's figures in reading order.
    base: array[int]
    #: Per row: the value (no value: -inf) and the article's publication time (undated: -inf).
    value_keys: array[float]
    date_keys: array[float]

    def __len__(self) -> int:
        return len(self.base)

    def kind(self, row: int) -> str:
        """The figure kind of `row`."""
        return FIGURE_KINDS[self.columns.kind[row]]

    def unit(self, row: int) -> str:
        """The unit of `row` ("" when none)."""
        return self.columns.units[self.columns.unit[row]]

    def value(self, row: int) -> float | None:
        """The value of `row`, or None."""
        value = self.columns.value[row]
        return None if math.isnan(value) else value

    def item(self, row: int) -> Any:
        """The list item (headline or article) that `row` belongs to."""
        return self.items[self.columns.article[row]]

    def position(self, row: int) -> int:
        """Where the article of `row` stands in `items`."""
        return self.columns.article[row]

    def source(self, row: int, article: Article) -> str:
        """The text of `article` that holds `row`'s figure: its title, summary or body."""
        return source_text(article, self.columns.field[row])

    def text(self, row: int, article: Article) -> str:
        """The figure as written in the article (it may run across a line end)."""
        return self.source(row, article)[self.columns.start[row] : self.columns.stop[row]]

    def sentence(self, row: int, article: Article, limit: int | None = None
                 ) -> tuple[str, int, int]:
        """The sentence holding the figure, and where the figure is in it.

        With `limit`, a longer sentence is cut to about that many characters around the
        figure, with "…" where it was cut.
        """
        c = self.columns
        return cut_sentence(self.source(row, article), c.start[row], c.stop[row],
                            c.sentence_start[row], c.sentence_stop[row], limit)


def source_text(article: Article, field: int) -> str:
    """The text of `article` that `field` names (`model.TITLE`, `SUMMARY` or `BODY`)."""
    return article.body if field == BODY else article.summary if field == SUMMARY \
        else article.title


def cut_sentence(text: str, start: int, stop: int, lo: int, hi: int, limit: int | None = None
                 ) -> tuple[str, int, int]:
    """`text[lo:hi]`, the sentence of the figure `text[start:stop]`, and where the figure is
    in it; with `limit`, a longer sentence cut to about that many characters around the
    figure, with "…" where it was cut. Offsets that do not fit give the whole text."""
    if not lo <= start <= stop <= hi <= len(text):  # offsets from another version
        lo, hi = 0, len(text)
    if limit is not None and hi - lo > limit:
        room = max(0, limit - (stop - start)) // 2
        cut_lo, cut_hi = max(lo, start - room), min(hi, stop + room)
        head = "…" if cut_lo > lo else ""
        tail = "…" if cut_hi < hi else ""
        return head + text[cut_lo:cut_hi] + tail, start - cut_lo + len(head), \
            stop - cut_lo + len(head)
    return text[lo:hi], start - lo, stop - lo


def _date_key(item: Any) -> float:
    """The publication time of a list item in seconds (undated: -inf)."""
    ts = getattr(item, "published_ts", None)
    if ts is None and isinstance(item, Article) and item.published is not None:
        ts = timestamp(item.published)
    return _LOW if ts is None else float(ts)


def _date_keys(items: Sequence[Any], positions: Sequence[int]) -> array[float]:
    """Per row, the publication time of its article (undated: -inf)."""
    column = getattr(items, "timestamps", None)
    if column is not None:
        by_position = [_LOW if ts is None else float(ts) for ts in column]
    else:
        by_position = [_date_key(item) for item in items]
    return array("d", [by_position[p] for p in positions])


def rows_array(rows: Iterable[int]) -> array[int]:
    """Row numbers as a compact array (4 bytes a row instead of a list's 36)."""
    return array("i", rows)


def _list_order(columns: FigureColumns) -> array[int]:
    """The rows in list order: by article position, each article's in reading order."""
    if columns.arranged == "list":
        return rows_array(range(len(columns)))
    if columns.arranged == "articles":  # a stable sort keeps each article's order
        return rows_array(sorted(range(len(columns)), key=columns.article.__getitem__))
    keys = [(article << 64) | ((field - TITLE) << 48) | start for article, field, start
            in zip(columns.article, columns.field, columns.start, strict=True)]
    return rows_array(sorted(range(len(columns)), key=keys.__getitem__))


def build_table(library: Library, items: Sequence[Any], query: Query,
                cancelled: Cancelled | None = None) -> FigureTable:
    """The figures table of `items`, limited by the figure terms of `query`."""
    columns = library.figure_columns(items, query.figure_terms, cancelled)
    base = _list_order(columns)
    value_keys = array("d", [_LOW if v != v else v for v in columns.value])
    return FigureTable(columns, items, query.raw, base, value_keys,
                       _date_keys(items, columns.article))


def sorted_rows(table: FigureTable, order: str, reverse: bool = False) -> array[int]:
    """The rows of `table` in `order`: "value" (largest first), "date" (newest first) or
    "kind" (in the legend's order, largest first within a kind); `reverse` flips it.

    Ties keep list order, and figures without a value (or date) come last either way.
    """
    base = table.base
    if order in ("value", "date"):
        keys = table.value_keys if order == "value" else table.date_keys
        if not reverse:
            return rows_array(sorted(base, key=keys.__getitem__, reverse=True))
        return rows_array(sorted(base, key=lambda r: math.inf if keys[r] == _LOW else keys[r]))
    if order == "kind":
        by_value = sorted(base, key=table.value_keys.__getitem__, reverse=True)
        return rows_array(sorted(by_value, key=table.columns.kind.__getitem__, reverse=reverse))
    raise ValueError(f"unknown order {order!r}")


#: Reads the full articles of list items (`Library.articles_of`).
ArticleReader = Callable[[Sequence[Any]], list[Article]]
