"""Durations as people read them ("2 h 6 min 41 s", "7 years"), for every view of a value.

A duration in seconds (a race time "2:06:41", "14 hours 20 minutes") shows in the units that
fit it; one of another unit of time in its own ("18 months"). The table compares durations
in seconds (`query.SECONDS_IN`, a layer above: a test checks that the sizes here agree).
"""

from __future__ import annotations

import math

from hzreader.figures._numbers import plain_number, short_number

#: The units of time a duration's `Figure.unit` may hold (the keys of `query.SECONDS_IN`).
TIME_UNITS = frozenset((
    "milliseconds", "seconds", "minutes", "hours", "days", "weeks", "fortnights", "months",
    "quarters", "years", "decades", "centuries", "millennia"))
#: Seconds in a day, a mean Gregorian month and year (as `query.SECONDS_IN`).
DAY = 86400.0
YEAR = 365.2425 * DAY
MONTH = YEAR / 12
_SINGULAR = {"centuries": "century", "millennia": "millennium"}


def _amount(value: float, unit: str) -> str:
    """ "7 years", "1 year", "1.5 days", "1 century"."""
    if value == 1:
        unit = _SINGULAR.get(unit, unit[:-1])
    return f"{short_number(float(value))} {unit}"


def duration_text(value: float, unit: str, rounded: bool = False) -> str:
    """A duration as people read it: in its own unit ("7 years", "18 months", "2 hours"),
    and one in seconds in the units that fit it ("2 h 15 min", "1 min 42 s", "2 h 6 min
    41 s" for a race time "2:06:41", "1 min 32.456 s" for a lap, "9.58 s", "3 years" for
    94,672,800 seconds). `rounded` (a summary's median or sum): whole minutes once there
    are hours, "2 h 38 min", and at most four digits before the point ("5,282 years",
    "12,350 years")."""
    value = float(value)
    if not math.isfinite(value):
        return ""
    if unit != "seconds":
        return _amount(value, unit) if unit in TIME_UNITS else short_number(value)
    return seconds_text(value, rounded)


def seconds_text(seconds: float, rounded: bool = False) -> str:
    """Seconds in the units that fit them (see `duration_text`)."""
    sign, seconds = ("-" if seconds < 0 else ""), abs(float(seconds))
    for size, unit, places in ((YEAR, "years", 2), (MONTH * 2, "months", 1), (DAY, "days", 1)):
        if seconds >= size:
            size = MONTH if unit == "months" else size
            amount = round(seconds / size, places)
            if rounded and amount >= 1e4:  # a sum: "5,282 years", not "5,282.47 years"
                amount = float(f"{amount:.4g}")
            elif rounded and amount >= 1e3:
                amount = round(amount)
            return sign + _amount(amount, unit)
    if not seconds.is_integer() and seconds < 60:
        return f"{sign}{plain_number(seconds)} s"  # "9.58 s"
    if rounded:
        whole = round(seconds / 60) * 60 if seconds >= 3600 else round(seconds)
        seconds = float(whole)
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    # the seconds as written: "1:32.456" is 1 min 32.456 s (a float's noise rounded away)
    second = plain_number(round(secs, 6)) if not secs.is_integer() else str(int(secs))
    parts = [f"{n} {name}" for n, name in ((hours, "h"), (minutes, "min")) if n]
    if secs:
        parts.append(f"{second} s")
    return sign + (" ".join(parts) or "0 s")
