"""Durations in one base unit (seconds), and as people read them ("2 h 15 min", "7 years").

The table compares and sums durations of every unit of time together: 90 minutes is less
than 2 hours, 18 months less than 7 years. A month is the mean Gregorian month (30.44
days), a year the mean Gregorian year, so months and seconds compare as closely as they can.
"""

from __future__ import annotations

import math

from hzreader.figures import plain_number, short_number
from hzreader.query import SECONDS_IN

_DAY = SECONDS_IN["days"]
_MONTH = SECONDS_IN["months"]
_YEAR = SECONDS_IN["years"]
_SINGULAR = {"centuries": "century", "millennia": "millennium"}


def _amount(value: float, unit: str) -> str:
    """ "7 years", "1 year", "1.5 days", "1 century"."""
    if value == 1:
        unit = _SINGULAR.get(unit, unit[:-1])
    return f"{short_number(float(value))} {unit}"


def duration_text(value: float, unit: str, rounded: bool = False) -> str:
    """A duration as people read it: in its own unit ("7 years", "18 months", "2 hours"),
    and one in seconds in the units that fit it ("2 h 15 min", "1 min 42 s", "2:11:53" for
    a race time, "9.58 s", "3 years" for 94,672,800 seconds). `rounded` (a summary's
    median or sum): whole minutes once there are hours, "2 h 38 min", never a clock, and
    at most four digits before the point ("5,282 years", "12,350 years")."""
    value = float(value)
    if not math.isfinite(value):
        return ""
    if unit != "seconds":
        return _amount(value, unit) if unit in SECONDS_IN else short_number(value)
    return seconds_text(value, rounded)


def seconds_text(seconds: float, rounded: bool = False) -> str:
    """Seconds in the units that fit them (see `duration_text`)."""
    sign, seconds = ("-" if seconds < 0 else ""), abs(float(seconds))
    for size, unit, places in ((_YEAR, "years", 2), (_MONTH * 2, "months", 1), (_DAY, "days", 1)):
        if seconds >= size:
            size = _MONTH if unit == "months" else size
            amount = round(seconds / size, places)
            if rounded and amount >= 1e4:  # a sum: "5,282 years", not "5,282.47 years"
                amount = float(f"{amount:.4g}")
            elif rounded and amount >= 1e3:
                amount = round(amount)
            return sign + _amount(amount, unit)
    if not float(seconds).is_integer() and seconds < 60:
        return f"{sign}{plain_number(seconds)} s"  # "9.58 s"
    whole = round(seconds / 60) * 60 if rounded and seconds >= 3600 else round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours and minutes and secs:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"  # a race time: 2:11:53
    parts = [f"{n} {name}" for n, name in ((hours, "h"), (minutes, "min"), (secs, "s")) if n]
    return sign + (" ".join(parts) or "0 s")
