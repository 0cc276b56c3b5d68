"""Compact headline columns: numbers in arrays, text in one UTF-8 blob per column.

100,000 headlines as lists of Python objects take about 35 MB (a str or int object per
cell) and half a million objects for the collector to walk; as these columns they take
about 10 MB, and a snapshot of them loads with a few copies of bytes. A cell's Python object
is made when it is read.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate
from typing import Any, overload


class TextColumn(Sequence[str]):
    """Strings as one UTF-8 blob and the end offset of each."""

    __slots__ = ("_data", "_ends")

    def __init__(self, data: bytes, ends: array[int]) -> None:
        self._data = data
        self._ends = ends

    @classmethod
    def of(cls, strings: Iterable[str]) -> TextColumn:
        """The column of `strings`."""
        parts = [text.encode("utf-8", "surrogatepass") for text in strings]
        ends = list(accumulate(map(len, parts)))
        kind = "I" if not ends or ends[-1] < 2**32 else "Q"
        return cls(b"".join(parts), array(kind, ends))

    def parts(self) -> tuple[bytes, str, bytes]:
        """(data, kind of the ends, ends) as plain values, for the snapshot."""
        return self._data, self._ends.typecode, self._ends.tobytes()

    @classmethod
    def from_parts(cls, data: bytes, kind: str, ends: bytes) -> TextColumn:
        """The column `parts()` gave."""
        offsets: array[int] = array(kind)
        offsets.frombytes(ends)
        if offsets and offsets[-1] != len(data):
            raise ValueError("ends past the data")
        return cls(data, offsets)

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if type(index) is not int:
            if isinstance(index, slice):
                return [self[i] for i in range(*index.indices(len(self)))]
            index = int(index)
        ends = self._ends
        if index > 0:
            return self._data[ends[index - 1] : ends[index]].decode("utf-8", "surrogatepass")
        if index < 0:
            return self[index + len(ends)] if index >= -len(ends) else self[len(ends)]
        return self._data[: ends[0]].decode("utf-8", "surrogatepass")

    def __iter__(self) -> Iterator[str]:
        data, start = self._data, 0
        for end in self._ends:
            yield data[start:end].decode("utf-8", "surrogatepass")
            start = end

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        """The first position of `value` (ValueError if there is none)."""
        if isinstance(value, str):
            needle, ends = value.encode("utf-8", "surrogatepass"), self._ends
            stop = len(ends) if stop is None else min(stop, len(ends))
            at = ends[start - 1] if 0 < start <= len(ends) else 0
            while (at := self._data.find(needle, at)) >= 0:
                # The cells that start at `at` (several when some are empty).
                first = bisect_left(ends, at) + 1 if at else 0
                last = min(bisect_right(ends, at) + 1, stop)
                if first >= stop:
                    break
                for position in range(max(first, start), last):
                    if ends[position] == at + len(needle):
                        return position
                at += 1
        raise ValueError(f"{value!r} is not in the column")

    def __contains__(self, value: object) -> bool:
        try:
            self.index(value)
        except ValueError:
            return False
        return True


class NumberColumn(Sequence[Any]):
    """Numbers in an array; with `optional`, NaN stands for None."""

    __slots__ = ("_values", "_optional")

    def __init__(self, values: array[Any], optional: bool = False) -> None:
        self._values = values
        self._optional = optional

    @classmethod
    def of(cls, numbers: Iterable[Any], kind: str, optional: bool = False) -> NumberColumn:
        """The column of `numbers` (None allowed when `optional`) as an array of `kind`."""
        if optional:
            numbers = (math.nan if n is None else n for n in numbers)
        return cls(array(kind, numbers), optional)

    def parts(self) -> tuple[str, bytes]:
        """(kind, values) for the snapshot."""
        return self._values.typecode, self._values.tobytes()

    @classmethod
    def from_parts(cls, kind: str, values: bytes, optional: bool = False) -> NumberColumn:
        """The column `parts()` gave."""
        found = array(kind)
        found.frombytes(values)
        return cls(found, optional)

    def __len__(self) -> int:
        return len(self._values)

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if type(index) is not int and isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        value = self._values[index]
        return None if value != value else value  # NaN only where optional

    def __iter__(self) -> Iterator[Any]:
        if not self._optional:
            return iter(self._values)
        return (None if value != value else value for value in self._values)


class CodedColumn(Sequence[str]):
    """Few distinct strings (sources): each cell a number into the table of them."""

    __slots__ = ("_names", "_codes")

    def __init__(self, names: tuple[str, ...], codes: array[int]) -> None:
        self._names = names
        self._codes = codes

    @classmethod
    def of(cls, strings: Iterable[str]) -> CodedColumn:
        """The column of `strings`."""
        table: dict[str, int] = {}
        codes = array("I", (table.setdefault(text, len(table)) for text in strings))
        return cls(tuple(table), codes)

    def parts(self) -> tuple[tuple[str, ...], bytes]:
        """(names, codes) for the snapshot."""
        return self._names, self._codes.tobytes()

    @classmethod
    def from_parts(cls, names: tuple[str, ...], codes: bytes) -> CodedColumn:
        """The column `parts()` gave."""
        found = array("I")
        found.frombytes(codes)
        return cls(names, found)

    def __len__(self) -> int:
        return len(self._codes)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if type(index) is not int and isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._names[self._codes[index]]

    def __iter__(self) -> Iterator[str]:
        names = self._names
        return (names[code] for code in self._codes)


def compact_columns(columns: Sequence[Sequence[Any]]) -> tuple[Sequence[Any], ...]:
    """The headline columns (rowid, id, title, published_ts, date_precision, source, key)
    in compact form."""
    rowids, ids, titles, stamps, precisions, sources, keys = columns
    return (NumberColumn.of(rowids, "q"), TextColumn.of(ids), TextColumn.of(titles),
            NumberColumn.of(stamps, "d", optional=True), NumberColumn.of(precisions, "b"),
            CodedColumn.of(sources), TextColumn.of(keys))


def column_parts(columns: Sequence[Sequence[Any]]) -> tuple[Any, ...]:
    """Compact headline columns as plain values (bytes, str, tuples) that marshal stores."""
    return tuple(column.parts() for column in compact_columns(columns))  # type: ignore[attr-defined]


class PartsBuilder:
    """The `column_parts` of many headline rows, taken a chunk of rows at a time.

    Only one chunk's Python objects live at once (a str or int per cell: ≈ 450 bytes a
    headline), so 100,000 headlines cost their compact size (≈ 10 MB), not ≈ 50 MB of rows.
    """

    def __init__(self) -> None:
        self._rowids: array[int] = array("q")
        self._stamps: array[float] = array("d")
        self._precisions: array[int] = array("b")
        #: id, title, key: UTF-8 data and end offsets.
        self._texts = [(bytearray(), array("q")) for _ in range(3)]
        self._sources: dict[str, int] = {}
        self._codes: array[int] = array("I")

    def __len__(self) -> int:
        return len(self._rowids)

    def add(self, rows: Sequence[Sequence[Any]]) -> None:
        """Take some rows (rowid, id, title, published_ts, date_precision, source, key)."""
        if not rows:
            return
        rowids, ids, titles, stamps, precisions, sources, keys = zip(*rows, strict=True)
        self._rowids.extend(rowids)
        self._stamps.extend(math.nan if stamp is None else stamp for stamp in stamps)
        self._precisions.extend(precisions)
        for (data, ends), strings in zip(self._texts, (ids, titles, keys), strict=True):
            encoded = [text.encode("utf-8", "surrogatepass") for text in strings]
            base = len(data)
            ends.extend(base + end for end in accumulate(map(len, encoded)))
            data += b"".join(encoded)
        table = self._sources
        self._codes.extend(table.setdefault(text, len(table)) for text in sources)

    def parts(self) -> tuple[Any, ...]:
        """What `column_parts` gives for all the rows taken (text data as bytearrays, which
        marshal writes as it writes bytes)."""
        texts = []
        for data, ends in self._texts:
            kind = "I" if not ends or ends[-1] < 2**32 else "Q"
            texts.append((data, kind, array(kind, ends).tobytes()))
        ids, titles, keys = texts
        return (("q", self._rowids.tobytes()), ids, titles, ("d", self._stamps.tobytes()),
                ("b", self._precisions.tobytes()), (tuple(self._sources), self._codes.tobytes()),
                keys)


def columns_from_parts(parts: Sequence[Any]) -> tuple[Sequence[Any], ...]:
    """The compact headline columns `column_parts` gave (ValueError or TypeError if they are
    not such)."""
    rowids, ids, titles, stamps, precisions, sources, keys = parts
    columns = (NumberColumn.from_parts(*rowids), TextColumn.from_parts(*ids),
               TextColumn.from_parts(*titles), NumberColumn.from_parts(stamps[0], stamps[1], True),
               NumberColumn.from_parts(*precisions), CodedColumn.from_parts(*sources),
               TextColumn.from_parts(*keys))
    if len({len(column) for column in columns}) != 1:
        raise ValueError("columns of different lengths")
    return columns
