"""What the table's rows add up to: count, min, max, median and sum, one unit at a time.

Figures are only ever compared or added within one kind and one unit: yuan and dollars,
kilometres and tonnes, percent and percentage points each get their own line; durations of
every unit of time share one, in seconds (shown as "2 h 15 min", "7 years"). Sums are given
only where adding makes sense (money, counts, quantities, durations), not for percentages,
years or ranks; a figure of a title or summary that the article's body repeats (the same
kind, unit and value: "€4.2bn deal" over "… for €4.2 billion") is counted but not added
twice.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from hzreader.lens._format import ADDITIVE_KINDS, amount_text
from hzreader.lens._table import seconds_per_unit
from hzreader.library import FigureColumns
from hzreader.model import BODY, FIGURE_KINDS

#: How many kinds and units (the most frequent) get min, max, median and sum.
DETAILED = 24


@dataclass(frozen=True)
class UnitSummary:
    """The figures of one kind and unit: how many, and their spread (None: no values)."""

    kind: str
    unit: str
    count: int
    low: float | None = None
    high: float | None = None
    median: float | None = None
    #: None where a sum means nothing (percentages, years, ranks …).
    total: float | None = None

    @property
    def label(self) -> str:
        """How the group is named: its unit, or its kind when it has none (or when it is
        every duration, in seconds)."""
        return self.kind if self.kind == "duration" and self.unit == "seconds" \
            else self.unit or self.kind

    def describe(self) -> str:
        """ "CNY ×12: 3 M CNY … 4.5 bn CNY, median 200 M CNY, sum 9.125 bn CNY",
        "duration ×3: 90 min … 7 years, median 2 h"."""
        text = f"{self.label} ×{self.count:,}"
        if self.low is None or self.high is None or self.median is None:
            return text
        kind, unit = self.kind, self.unit
        low, high = amount_text(kind, self.low, unit), amount_text(kind, self.high, unit)
        text += f": {low}" if low == high else \
            f": {low} … {high}, median {amount_text(kind, self.median, unit, True)}"
        if self.total is not None and self.count > 1:
            text += f", sum {amount_text(kind, self.total, unit, True)}"
        return text


def summarize(columns: FigureColumns, rows: Sequence[int] | None = None,
              detailed: int = DETAILED, totals: bool = True) -> list[UnitSummary]:
    """One summary per kind and unit of `rows` (default: all), the most figures first; the
    spread is worked out for the `detailed` biggest groups (the others only count).
    `totals`: whether to add them up too (where adding makes sense: `ADDITIVE_KINDS`)."""
    width = len(columns.units) + 1
    kinds, units, values = columns.kind, columns.unit, columns.value
    seconds = {_DURATION * width + unit: size for unit, size in seconds_per_unit(columns).items()}
    merged = _DURATION * width + width - 1  # every duration of a unit of time, in seconds
    if rows is None:
        keys = [kind * width + unit for kind, unit in zip(kinds, units, strict=True)]
        picked: Sequence[float] = values
    else:
        keys = [kinds[row] * width + units[row] for row in rows]
        picked = [values[row] for row in rows]
    if seconds:
        picked = [value * seconds[key] if key in seconds else value
                  for key, value in zip(keys, picked, strict=True)]
        keys = [merged if key in seconds else key for key in keys]
    counts = Counter(keys)
    groups: dict[int, list[float]] = {key: [] for key, _ in counts.most_common(detailed)}
    for key, value in zip(keys, picked, strict=True):
        group = groups.get(key)
        if group is not None and value == value:  # not NaN
            group.append(value)
    repeated = _repeated_heads(columns, rows) if totals else {}
    for key in [key for key in repeated if key in seconds]:
        repeated.setdefault(merged, []).extend(
            value * seconds[key] for value in repeated.pop(key))
    out = []
    for key, count in counts.items():
        kind = FIGURE_KINDS[key // width]
        unit = "seconds" if key == merged else columns.units[key % width]
        found = groups.get(key)
        if not found:
            out.append(UnitSummary(kind, unit, count))
            continue
        total = math.fsum(found) - math.fsum(repeated.get(key, ())) \
            if totals and kind in ADDITIVE_KINDS else None
        out.append(UnitSummary(kind, unit, count, min(found), max(found),
                               statistics.median(found), total))
    out.sort(key=lambda s: (-s.count, FIGURE_KINDS.index(s.kind), s.unit))
    return out


def _repeated_heads(columns: FigureColumns, rows: Sequence[int] | None
                    ) -> dict[int, list[float]]:
    """The values of title and summary figures among `rows` that their article's body
    repeats (same kind, unit and value), by kind-and-unit key: not to be added twice.

    Only figures that are added up count. Over a whole table whose articles' rows stand
    together (the index's and the list's tables), each such headline figure looks only at
    its own article's rows after it: a table of two million figures is not walked again."""
    fields, kinds = columns.field, columns.kind
    articles, units, values = columns.article, columns.unit, columns.value
    whole = rows is None
    if rows is None:  # the heads found in C: every byte of `field` that is not BODY
        chosen: Sequence[int] = range(len(fields))
        heads = [m.start() for m in _NOT_BODY.finditer(fields.tobytes())]
    else:
        chosen = rows
        heads = [row for row in rows if fields[row] != BODY]
    heads = [row for row in heads if kinds[row] in _ADDITIVE_CODES]
    if not heads:
        return {}
    if whole and columns.arranged != "any":
        size = len(fields)

        def repeated(row: int) -> bool:
            key, article = (kinds[row], units[row], values[row]), articles[row]
            later = row + 1
            while later < size and articles[later] == article:
                if fields[later] == BODY and (kinds[later], units[later], values[later]) == key:
                    return True
                later += 1
            return False
    else:
        wanted = {articles[row] for row in heads}
        in_bodies = {(articles[row], kinds[row], units[row], values[row]) for row in chosen
                     if fields[row] == BODY and articles[row] in wanted}

        def repeated(row: int) -> bool:
            return (articles[row], kinds[row], units[row], values[row]) in in_bodies

    width = len(columns.units) + 1
    found: dict[int, list[float]] = {}
    for row in heads:
        if repeated(row):
            found.setdefault(kinds[row] * width + units[row], []).append(values[row])
    return found


#: A `field` byte that is not BODY (`array("b")` bytes: TITLE is 0xff, SUMMARY 0x00).
_NOT_BODY = re.compile(rb"[^" + re.escape(bytes([BODY])) + rb"]")
_DURATION = FIGURE_KINDS.index("duration")
#: The kinds whose figures are added up, as stored in `FigureColumns.kind`.
_ADDITIVE_CODES = frozenset(FIGURE_KINDS.index(kind) for kind in ADDITIVE_KINDS)
