"""Figure-aware search terms: `kind:money`, `money>1e9`, `year:2015`, and typed numbers.

A number typed in any common form ("12000", "12,000", "3bn", "3 billion") matches a key
figure of the same value, whatever way the article wrote it; with its unit ("4.6 percent",
"5.6%", "3 billion yuan") only a figure of that kind (percent or money). `date` compares
publication dates (`_dates`), so date figures are selected by `kind:date` only.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass

from hzreader.model import FIGURE_KINDS, Figure

_COMPARE: dict[str, Callable[[float, float], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
}
_KIND_ALIASES = {"percentage": "percent", "pct": "percent", "money": "money", "dates": "date",
                 "years": "year", "rank": "ordinal", "ranking": "ordinal"}
FILTER_SYNTAX = re.compile(r"^([a-z]+)(>=|<=|>|<|=|:)(.+)$", re.IGNORECASE)
#: Kinds a typed unit selects ("4.6 percent" is a percent, "$5" money).
_UNIT_KINDS = ("percent", "money")
_NUMERIC_START = re.compile(r"^[-+]?[$£€¥]?\d")


def same_value(a: float, b: float) -> bool:
    """Equal up to rounding: 4.22e8 == 422,000,000."""
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


@dataclass(frozen=True, slots=True)
class FigureTerm:
    """A condition on an article's key figures; `kind` None means any kind."""

    kind: str | None
    op: str | None = None
    value: float | None = None
    negated: bool = False
    #: What the user typed, also searched as a word (so "2015" still finds "2015").
    literal: str = ""

    @property
    def bare_number(self) -> bool:
        """A number typed without a unit ("500", "3 billion"): it finds a figure of its value
        or the number as words, and may be part of a name ("S&P 500", "Boeing 737"). Such a
        term limits the figures table only where a listed figure has its value."""
        return self.kind is None and self.op == "=" and bool(self.literal)

    def accepts(self, figure: Figure) -> bool:
        """True when `figure` satisfies this condition."""
        return self.accepts_value(figure.kind, figure.value)

    def accepts_value(self, kind: str, value: float | None) -> bool:
        """True when a figure of this kind and value (None: none) satisfies this condition."""
        if self.kind is not None and kind != self.kind:
            return False
        if self.op is None or self.value is None:
            return True
        if value is None or value != value:  # no value (NaN in the table's columns)
            return False
        if self.op == "=":
            return same_value(value, self.value)
        return _COMPARE[self.op](value, self.value)


def kind_name(word: str) -> str | None:
    """The figure kind a word names (`percentage` → `percent`), or None."""
    word = word.lower()
    word = _KIND_ALIASES.get(word, word)
    return word if word in FIGURE_KINDS else None


def parse_figure_filter(token: str, negated: bool = False) -> FigureTerm | None:
    """`kind:money`, `money>1e9`, `percent>=5`, `year:2015` → a term; None if not a filter."""
    found = FILTER_SYNTAX.match(token)
    if found is None:
        return None
    name, op, rest = found.groups()
    if name.lower() == "kind" and op == ":":
        kind = kind_name(rest)
        return FigureTerm(kind, negated=negated) if kind else None
    kind = kind_name(name)
    if kind is None or kind == "date":  # `date>…` is the publication date, or words
        return None
    value = plain_number(rest)
    if value is None:
        from hzreader.figures import parse_number  # the figure rules load on first use

        value = parse_number(rest)
    if value is None:
        return None
    return FigureTerm(kind, "=" if op in (":", "=") else op, value, negated)


_PLAIN_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?")


def plain_number(text: str) -> float | None:
    """The value of a number in plain digits ("1e9", "5", "-0.5"), None for any other (which
    `figures.parse_number` reads): without loading the figure rules."""
    if _PLAIN_NUMBER.fullmatch(text) is None:
        return None
    value = float(text)
    return value if math.isfinite(value) else None


def parse_typed_number(text: str, negated: bool = False) -> FigureTerm | None:
    """A number the user typed ("12,000", "3bn", "3 billion", "4.6 percent", "$5") → a term
    matching it; a percent or an amount of money only matches figures of that kind."""
    if not _NUMERIC_START.match(text):
        return None
    from hzreader.figures import extract, parse_number

    value = parse_number(text)
    kind = None
    found = extract(text)
    if len(found) == 1 and found[0].text == text and found[0].kind in _UNIT_KINDS \
            and found[0].value is not None:
        kind, value = found[0].kind, found[0].value
    if value is None:
        return None
    return FigureTerm(kind, "=", value, negated, literal=text)
