"""The key figures of a list of articles as parallel columns (arrays, not objects).

A million figures as objects would take gigabytes and seconds to build; as arrays they take
tens of megabytes. Row `i` is `article[i]`, `field[i]` … across the arrays; `article` is the
position of the figure's article in the list the columns were built for.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from dataclasses import field as default
from itertools import compress
from typing import TYPE_CHECKING, Any

from hzreader.model import FIGURE_KINDS, Figure

if TYPE_CHECKING:
    from hzreader.figures import FigureAt
    from hzreader.index import FigureChunk
    from hzreader.query import FigureTerm

#: The code of each figure kind in `FigureColumns.kind`.
KIND_CODES = {kind: code for code, kind in enumerate(FIGURE_KINDS)}
NAN = math.nan


@dataclass
class FigureColumns:
    """Figures of a list of articles, one array per field; each article's in reading order."""

    article: array[int] = default(default_factory=lambda: array("i"))
    #: `model.SUMMARY` or `model.BODY`: the text the offsets below point into.
    field: array[int] = default(default_factory=lambda: array("b"))
    start: array[int] = default(default_factory=lambda: array("i"))
    stop: array[int] = default(default_factory=lambda: array("i"))
    sentence_start: array[int] = default(default_factory=lambda: array("i"))
    sentence_stop: array[int] = default(default_factory=lambda: array("i"))
    #: Index into `FIGURE_KINDS`.
    kind: array[int] = default(default_factory=lambda: array("b"))
    #: The value, NaN when the figure has none.
    value: array[float] = default(default_factory=lambda: array("d"))
    #: A range's high end (`model.Figure.high`), NaN for a single value.
    high: array[float] = default(default_factory=lambda: array("d"))
    #: Index into `units`.
    unit: array[int] = default(default_factory=lambda: array("i"))
    units: list[str] = default(default_factory=list)
    #: 1 for an age (`model.Figure.age`: a sum of durations leaves it out), else 0.
    age: array[int] = default(default_factory=lambda: array("b"))
    #: A date's day in its year, month · 32 + day (`figures.date_day`: dates sort by it
    #: within their year), else 0.
    date_day: array[int] = default(default_factory=lambda: array("h"))
    #: How the rows stand: "list" (in list order, each article's in reading order),
    #: "articles" (each article's together, in reading order) or "any".
    arranged: str = "any"

    def __len__(self) -> int:
        return len(self.article)


class ColumnsBuilder:
    """Fills `FigureColumns` from figures (in memory) or from index chunks."""

    def __init__(self) -> None:
        self.columns = FigureColumns()
        self._unit_codes: dict[str, int] = {}

    def _unit_code(self, unit: str) -> int:
        code = self._unit_codes.get(unit)
        if code is None:
            code = self._unit_codes[unit] = len(self.columns.units)
            self.columns.units.append(unit)
        return code

    def add(self, position: int, at: FigureAt) -> None:
        """One figure of the article at `position`."""
        c = self.columns
        figure = at.figure
        c.article.append(position)
        c.field.append(at.field)
        c.start.append(at.start)
        c.stop.append(at.stop)
        c.sentence_start.append(at.sentence_start)
        c.sentence_stop.append(at.sentence_stop)
        c.kind.append(KIND_CODES[figure.kind])
        c.value.append(NAN if figure.value is None else figure.value)
        c.high.append(NAN if figure.high is None else figure.high)
        c.unit.append(self._unit_code(figure.unit))
        c.age.append(figure.age)
        if figure.kind == "date" and figure.value is not None:
            from hzreader.figures import date_day  # (loaded with the figures that are read)

            c.date_day.append(date_day(figure.text, figure.value))
        else:
            c.date_day.append(0)

    def add_chunk(self, positions: list[int | None], chunk: FigureChunk) -> None:
        """Figures read from the index; those whose position is None are left out."""
        keep = [p is not None for p in positions] if None in positions else None

        def kept(column: list[Any]) -> list[Any]:
            return column if keep is None else list(compress(column, keep))

        c = self.columns
        c.article.extend(kept(positions))
        for target, source in ((c.field, chunk.field), (c.start, chunk.start),
                               (c.stop, chunk.stop), (c.sentence_start, chunk.sentence_start),
                               (c.sentence_stop, chunk.sentence_stop)):
            target.extend(kept(source))
        c.kind.extend(kept(chunk.kind))  # the index stores the codes of `KIND_CODES`
        values = kept(chunk.value)
        c.value.extend([NAN if v is None else v for v in values] if None in values else values)
        c.high.extend([NAN if v is None else v for v in kept(chunk.high)])
        units = kept(chunk.unit)
        for unit in set(units).difference(self._unit_codes):  # units not seen before
            self._unit_code(unit)
        c.unit.extend(map(self._unit_codes.__getitem__, units))
        self._add_marks(kept(chunk.marks))

    def _add_marks(self, marks: list[int]) -> None:
        """The age marks and dates' days of figures read from the index (`FigureChunk.marks`):
        zeros at C speed, then the few rows that have one (an age, a date)."""
        c = self.columns
        first, size = len(c.age), len(marks)
        c.age.frombytes(bytes(size))
        c.date_day.frombytes(bytes(size * c.date_day.itemsize))
        for row in compress(range(size), marks):
            mark = marks[row]  # the age mark plus twice the date's day
            c.age[first + row], c.date_day[first + row] = mark & 1, mark >> 1


def accepted(figure: Figure, terms: Sequence[FigureTerm]) -> bool:
    """Whether one of `terms` accepts `figure` (every figure when there are no terms)."""
    return not terms or any(term.accepts(figure) for term in terms)


#: Returns True when the caller no longer wants the answer (the work stops early).
Cancelled = Callable[[], bool]
