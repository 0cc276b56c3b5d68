"""Figure values as the table shows them, and as numbers for data files."""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Context, Decimal

from rich.cells import cell_len

from hzreader.figures import BOUND_MARKS, CURRENCY_SIGNS, YEAR_KINDS, duration_text, format_value
from hzreader.model import Figure

#: Kinds whose values add up to something (a sum of percentages or of years means nothing).
ADDITIVE_KINDS = frozenset({"money", "count", "quantity", "duration"})
#: Quantity units that measure a level, not an amount: temperatures, pressures, speeds,
#: frequencies, loudness, scales, voltages, resolutions. Two days at 30 °C are not 60 °C,
#: and two winds of 140 km/h no wind of 280 km/h. (Any unit with a "/", a rate or a
#: concentration, is one too: `adds_up`.)
LEVEL_UNITS = frozenset({
    "°C", "°F", "K", "mK", "nK", "pK", "°", "hPa", "Pa", "kPa", "MPa", "atm", "bar", "kbar",
    "mbar", "psi", "mmHg", "ppm", "ppb", "ppt", "Hz", "kHz", "MHz", "GHz", "dB", "magnitude",
    "级", "Beaufort", "Saffir-Simpson", "σ", "V", "kV", "mpg", "mph", "kn", "fps", "kbps",
    "Mbps", "Gbps", "Tbps", "ppi", "nit", "nits", "px", "MP",
    "points"})  # an index's level or move (figs33: a quantity in points)


def adds_up(kind: str, unit: str) -> bool:
    """Whether figures of this kind and unit add up to something: money, counts,
    durations and amounts of a quantity (km, t, kWh), not percentages, years, ranks, nor
    levels (°C, hPa, km/h: `LEVEL_UNITS`) or rates and concentrations (bbl/d, mg/L)."""
    if kind != "quantity":
        return kind in ADDITIVE_KINDS
    return unit not in LEVEL_UNITS and "/" not in unit
def value_text(kind: str, value: float | None, unit: str = "", text: str = "",
               high: float | None = None) -> str:
    """A table row's value as `figures.format_value` shows it beside a unit column ("3
    bn", "5.2", "2025-06-30", "2 h 6 min 41 s", "10–15"); "" when there is none. The row's
    columns are made a figure: how a value is shown is decided there, for every view."""
    return format_value(Figure(0, len(text), text, kind, value, unit, high=high),
                        unit_column=True)


def fitted_value(kind: str, value: float | None, unit: str, text: str, high: float | None,
                 cells: int) -> str:
    """A row's value as `figures.format_value` writes it for a narrow column (`compact`: a
    duration of several units closed up, "2h 6m 41s", alike down the column), fitted into
    at most `cells` cells. Only widths are decided here: a duration closed up that is too
    wide loses the spaces between its parts ("1h40m52.6s"); a range too wide shows both
    ends in one scale, with every digit where they fit ("200,000–300,000" → "200–300 k",
    "1,250,000–2,000,000" → "1.25–2 M"; closed up where only that fits, "32.2–33.4bn":
    tryout19 §15), else rounded and marked so ("≈1.2–2.3 M"); a
    bound's mark too wide is closed up (">1,200 years"), else left out; anything else too
    wide is cut where it shows, with "…"."""
    shown = format_value(Figure(0, len(text), text, kind, value, unit, high=high),
                         unit_column=True, compact=True)
    if cell_len(shown) <= cells:
        return shown
    if shown[:2] in BOUND_MARKS:  # "> 1,200 years": the mark closed up, else the number alone
        if cell_len(tight := shown[0] + shown[2:]) <= cells:
            return tight
        shown = shown[2:]
        if cell_len(shown) <= cells:
            return shown
    if kind == "duration" and " " in shown and not _SPACED_UNIT.search(shown) and \
            cell_len(tight := shown.replace(" ", "")) <= cells:
        return tight
    if value is not None and high is not None and kind not in YEAR_KINDS and \
            kind != "duration" and math.isfinite(value) and math.isfinite(high) and \
            abs(high) >= 1e3:
        exponent, suffix = next(pair for pair in ((12, "tn"), (9, "bn"), (6, "M"), (3, "k"))
                                if abs(high) >= 10 ** pair[0])
        for places in (3, 2, 1, 0):
            ends = [_scaled(end, exponent, places) for end in (value, high)]
            exact = all(written for _, written in ends)
            compact = f"{'' if exact else '≈'}{ends[0][0]}–{ends[1][0]} {suffix}"
            if len(compact) <= cells:
                return compact
            if exact and len(compact) - 1 <= cells:  # every digit, closed up: "32.2–33.4bn"
                return compact.replace(" ", "")
    return shown[: cells - 1] + "…"


#: A number with a space after it ("9.58 s", "90 minutes"): no duration closed up, whose
#: spaces stand only between its parts ("2h 13m 44s").
_SPACED_UNIT = re.compile(r"\d\s")


#: The value column's cells, in the figures table and in `hzreader figures`' table
#: ("2 h 15 min", "32.2–33.4bn").
VALUE_CELLS = 11


def value_cell(kind: str, value: float | None, unit: str, text: str, high: float | None,
               cells: int = VALUE_CELLS) -> str:
    """The value column: `fitted_value` right-aligned in exactly `cells` cells. The one
    owner of how a value is shown in a column: the app's figures table and the command
    line's table both use it, so that they show the same."""
    shown = fitted_value(kind, value, unit, text, high, cells)
    return " " * max(0, cells - cell_len(shown)) + shown


def _scaled(value: float, exponent: int, places: int) -> tuple[str, bool]:
    """`value` over 10**`exponent` with at most `places` digits after the point, and
    whether that is every digit of it ("1.25", True)."""
    scaled = Decimal(repr(value)).scaleb(-exponent)
    shown = scaled.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP).normalize()
    text = f"{shown:f}"
    return text, shown == scaled


def data_number(value: float | None) -> str:
    """The value for a CSV cell: plain digits a spreadsheet reads as a number; "" for none."""
    if value is None or not math.isfinite(value):
        return ""
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


#: How a summary writes the unit after a percentage.
_PERCENT_SIGNS = {"percent": "%", "points": "pp"}


#: Significant digits of a value a summary worked out (a median, a sum).
WORKED_OUT_DIGITS = 4


def amount_text(kind: str, value: float | None, unit: str = "",
                worked_out: bool = False) -> str:
    """The value with its unit, for a summary where no unit column stands beside it:
    "$3 bn", "1.5 tn CNY", "5.2 %", "140 km", "2 h 15 min"; counts and kinds without a
    unit as `value_text`. A value `worked_out` (a median, a sum) is rounded half up to
    `WORKED_OUT_DIGITS` significant digits: the median of HK$32 and HK$821.6 million is
    "410.8 M HKD", not "410,800,016 HKD"."""
    if kind == "duration" and unit and value is not None and math.isfinite(value):
        return duration_text(value, unit, rounded=True)
    if worked_out and value is not None and math.isfinite(value) and value:
        value = float(Context(prec=WORKED_OUT_DIGITS, rounding=ROUND_HALF_UP).plus(
            Decimal(repr(value))))
    text = value_text(kind, value, unit)
    if not text or not unit or kind == "count":
        return text
    if kind == "money" and unit in CURRENCY_SIGNS:
        return ("-" + CURRENCY_SIGNS[unit] + text[1:]) if text.startswith("-") \
            else CURRENCY_SIGNS[unit] + text
    if kind == "percent":
        return f"{text} {_PERCENT_SIGNS.get(unit, unit)}"
    return f"{text} {unit}"
