"""Figure values as the table shows them, and as numbers for data files."""

from __future__ import annotations

import math

#: Kinds whose values add up to something (a sum of percentages or of years means nothing).
ADDITIVE_KINDS = frozenset({"money", "count", "quantity", "duration"})
#: Kinds whose value is a calendar year: shown without a thousands comma.
YEAR_KINDS = frozenset({"year", "date"})


def plain_number(value: float) -> str:
    """Thousands commas and at most two decimals: 12000 → "12,000", 5.25 → "5.25"."""
    if value.is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text if text not in ("0", "-0") else f"{value:.2g}"


def short_number(value: float) -> str:
    """Large amounts shortened: 3e9 → "3.0 bn", 4.22e8 → "422 M", 2368 → "2,368"."""
    if abs(value) >= 1e15:
        return f"{value:.3g}".replace("e+", "e")  # 9.58e26: beyond any real amount
    for limit, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "M")):
        if abs(value) >= limit:
            x = value / limit
            digits = f"{x:.1f}" if abs(x) < 100 and not (abs(x) >= 10 and x.is_integer()) \
                else f"{x:,.0f}"
            return f"{digits} {suffix}"
    return plain_number(value)


def value_text(kind: str, value: float | None) -> str:
    """The value as the table shows it: "3.0 bn", "5.2", "2015"; "" when there is none."""
    if value is None or not math.isfinite(value):
        return ""
    if kind in YEAR_KINDS and value.is_integer():
        return str(int(value))
    return short_number(value)


def data_number(value: float | None) -> str:
    """The value for a CSV cell: plain digits a spreadsheet reads as a number; "" for none."""
    if value is None or not math.isfinite(value):
        return ""
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)
