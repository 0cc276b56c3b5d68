"""Figure values as the table shows them, and as numbers for data files."""

from __future__ import annotations

import math

from hzreader.figures import short_number

#: Kinds whose values add up to something (a sum of percentages or of years means nothing).
ADDITIVE_KINDS = frozenset({"money", "count", "quantity", "duration"})
#: Kinds whose value is a calendar year: shown without a thousands comma.
YEAR_KINDS = frozenset({"year", "date"})


def value_text(kind: str, value: float | None) -> str:
    """The value as the table shows it: "3.0 bn", "5.2", "2015"; "" when there is none."""
    if value is None or not math.isfinite(value):
        return ""
    if kind in YEAR_KINDS and abs(value) < 1e5:  # a year, or the median of two: "2025.5"
        return str(int(value)) if value.is_integer() else f"{value:.2f}".rstrip("0")
    return short_number(value)


def data_number(value: float | None) -> str:
    """The value for a CSV cell: plain digits a spreadsheet reads as a number; "" for none."""
    if value is None or not math.isfinite(value):
        return ""
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)
