"""The headline list of an `ArticleStore`: parallel columns and cheap filtered views of them."""

from __future__ import annotations

import datetime as dt
from array import array
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Sequence
from itertools import compress, filterfalse
from typing import Any, NamedTuple, overload

from hzreader.model import date_text
from hzreader.query import from_timestamp


class Headline(NamedTuple):
    """One row of the headline list; `key` is `state.article_key` of the article."""

    rowid: int
    id: str
    title: str
    published_ts: float | None
    date_precision: int  # a `model.DatePrecision`
    source: str
    key: str

    @property
    def published(self) -> dt.datetime | None:
        """The publication time (naive UTC datetime), or None when undated."""
        return None if self.published_ts is None else from_timestamp(self.published_ts)

    @property
    def date_text(self) -> str:
        """The date as the reader shows it (like `Article.date_text`), or ""."""
        published = self.published
        return "" if published is None else date_text(published, self.date_precision)


class PositionMap:
    """rowid → place in a list: an array indexed by rowid (4 bytes a rowid, where a dict
    takes about 80) when the rowids are dense, as SQLite's are; a dict otherwise."""

    __slots__ = ("_table", "_dict")

    def __init__(self, rowids: Sequence[int]) -> None:
        largest = max(rowids, default=-1)
        self._table: array[int] | None = None
        self._dict: dict[int, int] | None = None
        if min(rowids, default=0) >= 0 and largest < 4 * len(rowids) + 1024:
            table = array("i", [-1]) * (largest + 1)
            for position, rowid in enumerate(rowids):
                table[rowid] = position
            self._table = table
        else:
            self._dict = {rowid: position for position, rowid in enumerate(rowids)}

    @overload
    def get(self, rowid: int) -> int | None: ...

    @overload
    def get(self, rowid: int, default: int) -> int: ...

    def get(self, rowid: int, default: int | None = None) -> int | None:
        """The place of `rowid`, or `default` when it is not listed."""
        table = self._table
        if table is None:
            assert self._dict is not None
            return self._dict.get(rowid, default)
        if 0 <= rowid < len(table) and (position := table[rowid]) >= 0:
            return position
        return default

    def places(self, rowids: Iterable[int]) -> list[int]:
        """The places of those of `rowids` that are listed, in their order."""
        table = self._table
        if table is None:
            assert self._dict is not None
            found = self._dict.get
            return [p for p in map(found, rowids) if p is not None]
        size = len(table)
        return [p for p in (table[r] if 0 <= r < size else -1 for r in rowids) if p >= 0]


class Headlines(Sequence[Headline]):
    """Headlines newest first as parallel columns; `take` filters into a view, copying nothing.

    A view lists either the rows of `index`, or every row but the few `excluded` ones (sorted
    row numbers): what a query that nearly everything matches leaves out.
    """

    __slots__ = ("_columns", "_index", "_excluded", "_rowids", "_positions")

    def __init__(self, columns: Sequence[Sequence[Any]], index: list[int] | None = None,
                 excluded: list[int] | None = None) -> None:
        self._columns = tuple(columns)
        self._index = index
        self._excluded = excluded if index is None and excluded else None
        self._rowids: list[int] | None = None
        self._positions: PositionMap | None = None

    def _rows(self) -> list[int] | None:
        """The row numbers of a view (None for all rows); an exclusion is spelled out here."""
        if self._excluded is not None:
            left_out = set(self._excluded)
            self._index = list(filterfalse(left_out.__contains__, range(len(self._columns[0]))))
            self._excluded = None
        return self._index

    @property
    def rowids(self) -> list[int]:
        """The rowids, in list order."""
        if self._rowids is None:
            base, rows = self._columns[0], self._rows()
            self._rowids = list(base) if rows is None else [base[i] for i in rows]
        return self._rowids

    def _column(self, number: int) -> Sequence[Any]:
        """One column (1: ids, 6: keys) in list order."""
        column, rows = self._columns[number], self._rows()
        return column if rows is None else [column[i] for i in rows]

    @property
    def ids(self) -> Sequence[str]:
        """The article ids, in list order (for finding an article without building rows)."""
        return self._column(1)

    @property
    def timestamps(self) -> Sequence[float | None]:
        """The publication times (seconds, naive UTC; None when undated), in list order."""
        return self._column(3)

    @property
    def keys(self) -> Sequence[str]:
        """The content keys (`state.article_key`), in list order."""
        return self._column(6)

    @property
    def complete(self) -> bool:
        """Whether these are all the headlines (see `FirstHeadlines`)."""
        return True

    def __len__(self) -> int:
        if self._index is not None:
            return len(self._index)
        return len(self._columns[0]) - len(self._excluded or ())

    def _row(self, index: int) -> int:
        """The row of list position `index`."""
        if self._index is not None:
            return self._index[index]
        excluded = self._excluded
        if excluded is None:
            return index
        size = len(self)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError(index)
        row = index  # the smallest row with `index` rows kept before it
        while (after := index + bisect_right(excluded, row)) != row:
            row = after
        return row

    @overload
    def __getitem__(self, index: int) -> Headline: ...

    @overload
    def __getitem__(self, index: slice) -> list[Headline]: ...

    def __getitem__(self, index: int | slice) -> Headline | list[Headline]:
        if isinstance(index, slice):
            return [self._headline(i) for i in range(*index.indices(len(self)))]
        return self._headline(index)

    def _headline(self, index: int) -> Headline:
        """The headline at `index` of the list."""
        row = self._row(index) if self._index is not None or self._excluded else index
        rowids, ids, titles, stamps, precisions, sources, keys = self._columns
        return Headline(rowids[row], ids[row], titles[row], stamps[row], precisions[row],
                        sources[row], keys[row])

    def position(self, rowid: int) -> int | None:
        """Where the article `rowid` stands in the list, or None."""
        if self._positions is None:
            self._positions = PositionMap(self.rowids)
        return self._positions.get(rowid)

    def take(self, rowids: Iterable[int]) -> Headlines:
        """The headlines of `rowids`, in that order (unknown rowids are skipped)."""
        self.position(0)  # builds the map
        assert self._positions is not None
        picks = self._positions.places(rowids)
        rows = self._rows()
        if rows is not None:
            picks = [rows[p] for p in picks]
        return Headlines(self._columns, picks)

    def without(self, rowids: Collection[int]) -> Headlines:
        """Every headline but those of `rowids` (a set, best a small one), in list order."""
        if self._rows() is not None:
            return self.take(filterfalse(rowids.__contains__, self.rowids))
        base = self._columns[0]
        if len(rowids) * 32 > len(base):  # many: one pass over the list beats lookups
            excluded = list(compress(range(len(base)), map(rowids.__contains__, base)))
        else:
            self.position(0)  # builds the map
            assert self._positions is not None
            excluded = sorted(self._positions.places(rowids))
        return Headlines(self._columns, None, excluded)


class FirstHeadlines(Headlines):
    """The first headlines of a longer list, for the first screen, which the whole list soon
    replaces: its length is the whole list's, and a row past the first ones is read by
    `fetch(position)` (one query each; only keys pressed in that moment get there).

    `ids`, `keys` and the other columns hold only the first rows.
    """

    __slots__ = ("_total", "_fetch")

    def __init__(self, columns: Sequence[Sequence[Any]], total: int,
                 fetch: Callable[[int], Headline]) -> None:
        super().__init__(columns)
        self._total = total
        self._fetch = fetch

    @property
    def complete(self) -> bool:
        """Only the first headlines are here."""
        return False

    def __len__(self) -> int:
        return self._total

    def _headline(self, index: int) -> Headline:
        """One of the first headlines, or one further down read from the index."""
        if index < 0:
            index += self._total
        if not 0 <= index < self._total:
            raise IndexError(index)
        if index < len(self._columns[0]):
            return super()._headline(index)
        return self._fetch(index)
