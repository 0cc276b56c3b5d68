"""The figures table: every key figure of a search's articles, as sortable columns.

`build_table` asks the library for the figures of the listed articles that the query's
figure terms accept (all of them when it has none), and computes the sort keys and the
per-unit summary once. The table itself never changes; `sorted_rows` gives an order of it.
Text and context are read from the article only for the rows shown or exported: a date
sorts by its full date from its stored day in its year (`FigureColumns.date_day`).
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING, Any

from hzreader.figures import DAYS_KEYED
from hzreader.library import Cancelled, FigureColumns, Library
from hzreader.line_joins import unwrap_lines
from hzreader.model import BODY, FIGURE_KINDS, SUMMARY, TITLE, Article
from hzreader.query import SECONDS_IN, Query, timestamp
from hzreader.table_rows import row_sentence

if TYPE_CHECKING:
    from hzreader.query import FigureTerm

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
    #: Per row: its unit group (`unit_groups`), 0 for the group with the most rows.
    group_keys: array[int]
    #: How many unit groups the rows fall in: values are compared only within one.
    groups: int = 1
    #: The figure terms that limited the rows (a bare number that no listed figure has,
    #: the 500 of "S&P 500", matched only words and does not limit them).
    terms: tuple[FigureTerm, ...] = ()
    #: The bare numbers (and one-word figures: "5g") of the query that limited nothing
    #: (see `terms`).
    unlimiting: tuple[FigureTerm, ...] = ()

    def __len__(self) -> int:
        return len(self.base)

    @property
    def totals(self) -> bool:
        """Whether the footer adds the rows up: only when a figure term with a value chose
        them (`money>1e9`, `count>=100`, `3 billion`). Every figure of some articles, or
        every sum of money (`kind:money`), mixes exchange rates, prices and deals: their
        sum means nothing."""
        return any(term.value is not None for term in self.terms)

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

    def high(self, row: int) -> float | None:
        """The high end of `row`'s range, or None for a single value (`model.Figure.high`)."""
        high = self.columns.high[row]
        return None if math.isnan(high) else high

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
        """The figure as written in the article (it may run across a line end, which joins
        as the reading pane joins it: "2.1万" + "亿元" is "2.1万亿元")."""
        return unwrap_lines(
            self.source(row, article)[self.columns.start[row] : self.columns.stop[row]])

    def sentence(self, row: int, article: Article, limit: int | None = None,
                 whole: bool = True, named: bool = True) -> tuple[str, int, int]:
        """The sentence holding the figure, and where the figure is in it.

        With `limit`, a longer sentence is cut to about that many characters around the
        figure, with "…" where it was cut. Not `whole`: a table's row without the cells
        between its first and the figure's; not `named`: without its column's name
        (`table_rows.row_context`).
        """
        c = self.columns
        return cut_sentence(self.source(row, article), c.start[row], c.stop[row],
                            c.sentence_start[row], c.sentence_stop[row], limit, whole, named)


def source_text(article: Article, field: int) -> str:
    """The text of `article` that `field` names (`model.TITLE`, `SUMMARY` or `BODY`)."""
    return article.body if field == BODY else article.summary if field == SUMMARY \
        else article.title


def cut_sentence(text: str, start: int, stop: int, lo: int, hi: int, limit: int | None = None,
                 whole: bool = True, named: bool = True) -> tuple[str, int, int]:
    """`text[lo:hi]`, the sentence of the figure `text[start:stop]`, and where the figure is
    in it; with `limit`, a longer sentence cut to about that many characters around the
    figure, with "…" where it was cut. Offsets that do not fit give the whole text. A row of a
    pipe table is told as its cells (`table_rows.row_sentence`)."""
    if not lo <= start <= stop <= hi <= len(text):  # offsets from another version
        lo, hi = 0, len(text)
    told = row_sentence(text, start, stop, lo, hi, whole, named) \
        if text.find("|", lo, hi) >= 0 else None
    if told is not None:  # a table's row: its cells, no bars ("Q1 · Revenue $1.2 billion")
        text, start, stop = told
        lo, hi = 0, len(text)
    if limit is not None and hi - lo > limit:
        room = max(0, limit - (stop - start)) // 2
        cut_lo, cut_hi = max(lo, start - room), min(hi, stop + room)
        head = "…" if cut_lo > lo else ""
        tail = "…" if cut_hi < hi else ""
        return _unwrapped(head + text[cut_lo:cut_hi] + tail, start - cut_lo + len(head),
                          stop - cut_lo + len(head))
    return _unwrapped(text[lo:hi], start - lo, stop - lo)


def _unwrapped(sentence: str, start: int, stop: int) -> tuple[str, int, int]:
    """`sentence` with its hard-wrapped Chinese lines joined as the reading pane joins them
    (`line_joins.unwrap_lines`: "商品住" + "宅"), and the figure's place in it moved to match."""
    if sentence.isascii() or "\n" not in sentence:
        return sentence, start, stop
    joined = unwrap_lines(sentence)
    if len(joined) == len(sentence):
        return sentence, start, stop
    # `unwrap_lines` only deletes whitespace, between two characters it keeps
    kept, at = [], 0
    for offset, char in enumerate(sentence):
        if at < len(joined) and joined[at] == char:
            kept.append(offset)
            at += 1
    return joined, bisect_left(kept, start), bisect_left(kept, stop)


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


def _also_words(term: FigureTerm) -> bool:
    """A figure term that also finds its words: a bare number ("500" of "S&P 500") or a
    figure typed as one word ("5g" of "5G networks", `FigureTerm.one_word`)."""
    return term.bare_number or term.one_word


def unmatched_bare_numbers(terms: Sequence[FigureTerm], columns: FigureColumns
                           ) -> tuple[FigureTerm, ...]:
    """The bare numbers and one-word figures among `terms` (`_also_words`) that no figure
    of `columns` meets: they found their articles by their words only."""
    bare = [term for term in terms if _also_words(term)]
    if not bare:
        return ()
    kinds, values, units = columns.kind, columns.value, columns.units
    return tuple(term for term in bare if not any(
        term.accepts_value(FIGURE_KINDS[kind], value, units[unit])
        for kind, value, unit in zip(kinds, values, columns.unit, strict=True)))


def row_terms(library: Library, items: Sequence[Any], query: Query,
              cancelled: Cancelled | None = None) -> tuple[FigureTerm, ...]:
    """The figure terms of `query` that limit the table's rows: all of them but the bare
    numbers that no figure of `items` has (the 500 of "S&P 500" matched words only). None
    left: every figure is listed. `money>1e9`, `kind:percent`, `5.8%`, `5-8%` always limit."""
    terms = query.row_figure_terms
    bare = tuple(term for term in terms if _also_words(term))
    if not bare:
        return terms
    unmatched = unmatched_bare_numbers(bare, library.figure_columns(items, bare, cancelled))
    return tuple(term for term in terms if term not in unmatched)


def build_table(library: Library, items: Sequence[Any], query: Query,
                cancelled: Cancelled | None = None) -> FigureTable:
    """The figures table of `items`, limited by the figure terms of `query` (`row_terms`)."""
    terms = query.row_figure_terms
    columns = library.figure_columns(items, terms, cancelled)
    unmatched = unmatched_bare_numbers(terms, columns)
    limiting = tuple(term for term in terms if term not in unmatched)  # as `row_terms`
    if unmatched and not limiting:  # nothing limits: every figure
        columns = library.figure_columns(items, limiting, cancelled)
    terms = limiting  # (the unmatched terms added no row)
    base = _list_order(columns)
    value_keys = comparable_values(columns)
    group_keys, groups = unit_groups(columns)
    return FigureTable(columns, items, query.raw, base, value_keys,
                       _date_keys(items, columns.article), group_keys, groups, terms,
                       unmatched)


_COUNT = FIGURE_KINDS.index("count")
_DURATION = FIGURE_KINDS.index("duration")


def seconds_per_unit(columns: FigureColumns) -> dict[int, float]:
    """The seconds in each unit of time among `columns.units`, by unit number: durations
    of these units are compared and added in seconds."""
    return {number: SECONDS_IN[unit] for number, unit in enumerate(columns.units)
            if unit in SECONDS_IN}


def comparable_values(columns: FigureColumns) -> array[float]:
    """Per row, the value as rows are compared by it (no value: -inf): a duration of a
    unit of time in seconds, so that 90 minutes sorts below 2 hours; a date by its full
    date, its year plus its day in it as a fraction (`figures.date_order`), so that
    2025-03-14 sorts after 2025-03 and before 2025-11-02."""
    seconds = seconds_per_unit(columns)
    keys = array("d", [_LOW if v != v else v for v in columns.value]) if not seconds else \
        array("d", [_LOW if v != v else v * seconds[unit] if kind == _DURATION and
                    unit in seconds else v
                    for kind, unit, v in zip(columns.kind, columns.unit, columns.value,
                                             strict=True)])
    days = columns.date_day
    if any(days):  # only dates have a day (and only with a value)
        for row in compress(range(len(days)), days):
            keys[row] += days[row] / DAYS_KEYED
    return keys


def unit_groups(columns: FigureColumns) -> tuple[array[int], int]:
    """Per row, its unit group, and how many groups there are: one per kind and unit
    (CNY, USD, percent, points, km …), counts of any noun together (a count is a number of
    things), durations of every unit of time together (compared in seconds). Group 0 has
    the most rows, as in the footer's summary; ties go in the legend's order, then by
    unit."""
    width = len(columns.units) + 1
    seconds = seconds_per_unit(columns)
    keys = [kind * width + (0 if kind == _COUNT or (kind == _DURATION and unit in seconds)
                            else unit + 1)
            for kind, unit in zip(columns.kind, columns.unit, strict=True)]
    counts = Counter(keys)
    if len(counts) <= 1:
        return array("i", bytes(4 * len(keys))), len(counts)
    units = ["", *columns.units]
    ranked = sorted(counts, key=lambda key: (-counts[key], key // width, units[key % width]))
    rank = {key: position for position, key in enumerate(ranked)}
    return array("i", map(rank.__getitem__, keys)), len(ranked)


def sorted_rows(table: FigureTable, order: str, reverse: bool = False) -> array[int]:
    """The rows of `table` in `order`: "value" (largest first), "date" (newest first) or
    "kind" (in the legend's order); `reverse` flips it.

    Values are compared only within one unit (`unit_groups`: 1,000 JPY is not more than
    900 USD): by value, the rows come one unit group at a time, the biggest group first,
    largest first within each (`reverse`: smallest first, the groups in the same order);
    by kind, each kind's rows likewise (`reverse`: the kinds from the legend's end, each
    smallest first). Ties keep list order, and figures without a value (or date) come last
    either way (within their unit group).
    """
    base = table.base
    if order in ("value", "date"):
        keys = table.value_keys if order == "value" else table.date_keys
        if not reverse:
            rows = sorted(base, key=keys.__getitem__, reverse=True)
        else:
            rows = sorted(base, key=lambda r: math.inf if keys[r] == _LOW else keys[r])
        if order == "value" and table.groups > 1:
            rows.sort(key=table.group_keys.__getitem__)
        return rows_array(rows)
    if order == "kind":  # a stable sort, reversed or not: each kind keeps the value order
        by_value = sorted_rows(table, "value", reverse)
        return rows_array(sorted(by_value, key=table.columns.kind.__getitem__, reverse=reverse))
    raise ValueError(f"unknown order {order!r}")


#: Reads the full articles of list items (`Library.articles_of`).
ArticleReader = Callable[[Sequence[Any]], list[Article]]
