"""What the table's rows add up to: count, min, max, median and sum, one unit at a time.

Figures are only ever compared or added within one kind and one unit: yuan and dollars,
kilometres and tonnes, percent and percentage points each get their own line; durations of
every unit of time share one, in seconds (shown as "2 h 15 min", "7 years"). Sums are given
only where adding makes sense (money, counts, durations, amounts of a quantity), not for
percentages, years or ranks, nor for levels and rates (°C, hPa, km/h, bbl/d: `adds_up`).

A sum adds facts, not statements (`_facts`): within one article, figures of the same kind,
unit and value are one fact, however often and in whichever language the article states it
(a headline's "€4.2bn" over the body's "€4.2 billion"; a bilingual article's "4.5 billion
yuan" and "45亿元"), unless one sentence of the body states it more than once ("£2m for
roads and £2m for schools"): then it is added as often as that sentence states it. Every
figure is still listed and counted.
"""

from __future__ import annotations

import math
import statistics
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import Any

from hzreader.figures import both_ends
from hzreader.lens._format import ADDITIVE_KINDS, adds_up, amount_text
from hzreader.lens._table import seconds_per_unit
from hzreader.library import FigureColumns
from hzreader.model import BODY, FIGURE_KINDS

#: Labels of points by kind: percentage points, an index's points (figs33).
_POINTS_LABELS = {"percent": "pp", "quantity": "index points"}
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
    #: None where a sum means nothing (percentages, years, °C …: `adds_up`): the facts added,
    #: each article's repeats once (`_facts`); a range adds its low end ...
    total: float | None = None
    #: ... and here its high end, when a range was added (else None).
    total_high: float | None = None
    #: How many figures were not added, as the same fact stated again.
    repeats: int = 0
    #: How many durations were not added as ages (`model.Figure.age`).
    ages: int = 0
    #: How many of `count` have no value (a score, a date without its year): counted,
    #: never in the spread (`valueless_note`).
    valueless: int = 0

    @property
    def label(self) -> str:
        """How the group is named: its unit, or its kind when it has none (or when it is
        every duration, in seconds); points by what they are (figs33): "pp" (percentage
        points), "index points" (a quantity), "points" (a count: a team's)."""
        if self.unit == "points" and self.kind in _POINTS_LABELS:
            return _POINTS_LABELS[self.kind]
        return self.kind if self.kind == "duration" and self.unit == "seconds" \
            else self.unit or self.kind

    def describe(self) -> str:
        """ "CNY ×12: 3 M CNY … 4.5 bn CNY, median 200 M CNY, sum 9.125 bn CNY",
        "duration ×3: 90 min … 7 years, median 2 h"; a sum that left restated figures or
        ages out says how many: "sum 9 bn CNY (2 repeats not added)", "sum 29 years (5 ages
        not added)"."""
        text = f"{self.label} ×{self.count:,}"
        if self.low is None or self.high is None or self.median is None:
            return text + self.valueless_note()
        kind, unit = self.kind, self.unit
        low, high = amount_text(kind, self.low, unit), amount_text(kind, self.high, unit)
        text += f": {low}" if low == high else \
            f": {low} … {high}, median {amount_text(kind, self.median, unit, True)}"
        text += self.valueless_note()
        if self.total is not None and self.count > 1:
            total = amount_text(kind, self.total, unit, True)
            if self.total_high is not None:
                total = both_ends(total, amount_text(kind, self.total_high, unit, True))
            text += f", sum {total}"
            left = [f"{count:,} {word}{'s' if count != 1 else ''}" for count, word
                    in ((self.repeats, "repeat"), (self.ages, "age")) if count]
            if left:
                text += f" ({', '.join(left)} not added)"
        return text

    def brief(self) -> str:
        """The short form, for a line with little room: "CNY ×7: sum 2.308 tn" (its sum
        alone, the unit said once), "percent ×3: 3 % … 5.2 %" (no sum: its spread, no
        median);
        "USD ×2: sum $28 bn" keeps the sign."""
        text = f"{self.label} ×{self.count:,}"
        if self.low is None or self.high is None:
            return text + self.valueless_note(brief=True)
        return text + self._brief_values(self.low, self.high) + self.valueless_note(brief=True)

    def _brief_values(self, lowest: float, highest: float) -> str:
        """`brief`'s values: ": sum 2.308 tn", ": 3 % … 5.2 %", ": 2"."""
        kind, unit = self.kind, self.unit
        if self.total is not None and self.count > 1:
            total = amount_text(kind, self.total, unit, True)
            if self.total_high is not None:
                total = both_ends(total, amount_text(kind, self.total_high, unit, True))
            return f": sum {self._unit_once(total)}"
        low, high = amount_text(kind, lowest, unit), amount_text(kind, highest, unit)
        if low == high:
            return f": {self._unit_once(low)}"
        return f": {self._unit_once(low)} … {self._unit_once(high)}"

    def valueless_note(self, brief: bool = False) -> str:
        """What the count holds that the values do not (tryout19 §14: "number ×11: 2" read
        as eleven 2s): " (10 scores, no value)", " (3 without a year)" for dates, " (2
        without a value)"; `brief`: " (10 scores)"; "" when every figure has a value."""
        count = self.valueless
        if not count:
            return ""
        if self.kind == "number":
            return f" ({count:,} score{'s' if count != 1 else ''}" + \
                (")" if brief else ", no value)")
        return f" ({count:,} without {'a year' if self.kind == 'date' else 'a value'})"

    def _unit_once(self, amount: str) -> str:
        """`amount` without its unit when the label already says it ("2.308 tn CNY" →
        "2.308 tn" after "CNY ×7", "7,412.5 points" → "7,412.5" after "index points ×1")."""
        for unit in (self.label, self.unit):
            if unit and amount.endswith(f" {unit}") and self.label.endswith(unit):
                return amount[:-len(unit) - 1]
        return amount


def summarize(columns: FigureColumns, rows: Sequence[int] | None = None,
              detailed: int = DETAILED, totals: bool = True) -> list[UnitSummary]:
    """One summary per kind and unit of `rows` (default: all), the most figures first; the
    spread is worked out for the `detailed` biggest groups (the others only count).
    `totals`: whether to add them up too (where adding makes sense: `adds_up`;
    each article's repeated facts once: `_facts`)."""
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

    def unit_of(key: int) -> str:
        return "seconds" if key == merged else columns.units[key % width]

    # in the order shown: the most figures first, then the legend's order, then by unit
    shown = sorted(counts, key=lambda key: (-counts[key], key // width, unit_of(key)))
    groups: dict[int, list[float]] = {key: [] for key in shown[:detailed]}
    for key, value in zip(keys, picked, strict=True):
        group = groups.get(key)
        if group is not None and value == value:  # not NaN
            group.append(value)
    group_ages: dict[int, list[float]] = {}
    ages = _ages(columns, rows) if totals else []
    if ages:  # an age is listed, never added to sentences (figs30): set apart from the sums
        aged = set(ages)
        rows = [row for row in (range(len(kinds)) if rows is None else rows) if row not in aged]
        for row in ages:
            key = kinds[row] * width + units[row]
            if (group := groups.get(merged if key in seconds else key)) is not None:
                group_ages.setdefault(id(group), []).append(
                    values[row] * seconds.get(key, 1.0))
    apart = _set_apart(columns, rows, seconds, merged) if totals else {}
    tops = _range_tops(columns, rows, seconds, merged)
    out = []
    for key in shown:
        count, kind, unit = counts[key], FIGURE_KINDS[key // width], unit_of(key)
        found = groups.get(key)
        if not found:  # not worked out, or no value (scores: "number ×3 (3 scores)")
            out.append(UnitSummary(kind, unit, count, valueless=count if found == [] else 0))
            continue
        total = total_high = None
        repeats = ages_left = 0
        if totals and adds_up(kind, unit) and not (kind == "money" and "/" in unit):
            # a price per unit ("CNY/m²", figures._unit_price) is no part of a total
            told = apart.get(key, _Apart())
            left_out = group_ages.get(id(found), [])
            total = math.fsum(found) - math.fsum(told.repeated) - math.fsum(left_out)
            total_high = None if not told.ranged else total + math.fsum(told.ranged)
            repeats, ages_left = len(told.repeated), len(left_out)
        top = max(max(found), tops.get(key, -math.inf))  # a range's high end too
        out.append(UnitSummary(kind, unit, count, min(found), top, statistics.median(found),
                               total, total_high, repeats, ages_left, count - len(found)))
    return out


def _ages(columns: FigureColumns, rows: Sequence[int] | None) -> list[int]:
    """The rows that are ages (`model.Figure.age`: "aged 91", "Hoxha, 29,", "65岁以上"),
    which a sum of durations leaves out."""
    ages = columns.age
    if 1 not in ages:
        return []
    if rows is None:
        return list(compress(range(len(ages)), ages))
    return [row for row in rows if ages[row]]


@dataclass
class _Apart:
    """What a sum of one kind and unit sets apart from the plain sum of its values."""

    #: The values of figures not added: the same fact stated again (`_facts`).
    repeated: list[float] = field(default_factory=list)
    #: Per range added, its width (high end less value): the sum's high end adds these.
    ranged: list[float] = field(default_factory=list)


#: A fact: article, kind, unit, value and high end (their floats' bits: NaN is one key).
_Fact = tuple[int, int, int, int, int]


def _set_apart(columns: FigureColumns, rows: Sequence[int] | None,
               seconds: dict[int, float], merged: int) -> dict[int, _Apart]:
    """Per kind-and-unit key (durations of a unit of time in seconds, under `merged`):
    the figures among `rows` not to add, as `_facts` says, and the ranges' widths."""
    width = len(columns.units) + 1
    apart: dict[int, _Apart] = {}
    for (_, kind, unit, value_bits, high_bits), (stated, added) in \
            _facts(columns, rows).items():
        value, high = _float(value_bits), _float(high_bits)
        if value != value:  # no value: nothing to add
            continue
        key = kind * width + unit
        scale = seconds.get(key, 1.0)
        told = apart.setdefault(merged if key in seconds else key, _Apart())
        told.repeated.extend([value * scale] * (stated - added))
        if high == high:
            told.ranged.extend([(high - value) * scale] * added)
    return apart


def _range_tops(columns: FigureColumns, rows: Sequence[int] | None,
                seconds: dict[int, float], merged: int) -> dict[int, float]:
    """Per kind-and-unit key, the highest high end of its ranges among `rows` ("5-10 cm"
    reaches 10 cm: a group's spread ends there, not at the range's low end). The rows
    with a high end, the few, are found in C."""
    width = len(columns.units) + 1
    highs = _bits(columns.high)
    every = range(len(highs)) if rows is None else rows
    ranged = compress(every, map(_NO_HIGH.__ne__, highs if rows is None else
                                 map(highs.__getitem__, rows)))
    tops: dict[int, float] = {}
    for row in ranged:
        key = columns.kind[row] * width + columns.unit[row]
        high = columns.high[row] * seconds.get(key, 1.0)
        key = merged if key in seconds else key
        if high > tops.get(key, -math.inf):
            tops[key] = high
    return tops


def _facts(columns: FigureColumns, rows: Sequence[int] | None
           ) -> dict[_Fact, tuple[int, int]]:
    """How often each fact of `rows` that is stated more than once or is a range is
    stated, and how often it is added.

    One article's figures of the same kind, unit and value (a range: and high end) are
    one fact, added once however often and in whichever language the article states it
    (a headline's "€4.2bn" and the body's "€4.2 billion"; "4.5 billion yuan" and
    "45亿元"), unless a sentence of its body states it more than once ("£2m for roads and
    £2m for schools"): as often as that sentence does, then. Only figures whose kind is
    added up count. The rows are counted in C: a fact stated once, the usual, costs no
    Python step of its own."""
    kinds = columns.kind
    pick: Callable[[Sequence[Any]], Iterator[Any]]
    if rows is None:  # the rows of kinds added up, picked in C
        mask = kinds.tobytes().translate(_ADDITIVE_MASK)

        def pick(column: Sequence[Any]) -> Iterator[Any]:
            return compress(column, mask)
    else:
        chosen = [row for row in rows if kinds[row] in _ADDITIVE_CODES]

        def pick(column: Sequence[Any]) -> Iterator[Any]:
            return map(column.__getitem__, chosen)

    values, highs = _bits(columns.value), _bits(columns.high)

    def facts() -> Iterator[_Fact]:
        return zip(pick(columns.article), pick(kinds), pick(columns.unit), pick(values),
                   pick(highs), strict=True)

    stated = Counter(facts())
    wanted = {fact: count for fact, count in stated.items()
              if count > 1 or fact[4] != _NO_HIGH}
    if not wanted:
        return {}
    in_sentences = Counter(compress(
        zip(facts(), pick(columns.field), pick(columns.sentence_start), strict=True),
        map(wanted.__contains__, facts())))
    added = dict.fromkeys(wanted, 1)  # a title's or summary's figure: once
    for (fact, where, _), count in in_sentences.items():
        if where == BODY and count > added[fact]:
            added[fact] = count
    return {fact: (count, added[fact]) for fact, count in wanted.items()}


def _bits(column: array[float]) -> array[int]:
    """Each float of `column` as its 64 bits: NaN (no value, or no high end) is one key."""
    return array("q", column.tobytes())


def _float(bits: int) -> float:
    """The float whose 64 bits these are (`_bits`)."""
    return array("d", array("q", (bits,)).tobytes())[0]


_DURATION = FIGURE_KINDS.index("duration")
#: The kinds whose figures are added up, as stored in `FigureColumns.kind`.
_ADDITIVE_CODES = frozenset(FIGURE_KINDS.index(kind) for kind in ADDITIVE_KINDS)
#: `FigureColumns.kind` bytes → 1 for a kind added up, else 0 (`bytes.translate`).
_ADDITIVE_MASK = bytes(int((code if code < 128 else code - 256) in _ADDITIVE_CODES)
                       for code in range(256))
#: The bits of a single value's high end (NaN, as `FigureColumns` stores it).
_NO_HIGH = _bits(array("d", [math.nan]))[0]
