"""How an English date is shown in the figures panel, the table and `hzreader figures`
(figs26): ISO-like, from what the text writes ("March 2025" → 2025-03, "28 August 2025" →
2025-08-28, "August 28" → 08-28). The figure's value stays its year (or none), the one
number a date has that filters compare; this only shows the month and day it also says.
A blood pressure is shown whole the same way (`pressure_shown`, figs27)."""

from __future__ import annotations

import re

from hzreader.figures import _words as fw

_MONTH = re.compile(
    r"\b(" + "|".join(sorted(fw.MONTHS, key=len, reverse=True)) + r")\b\.?")
_DAY = re.compile(r"(?<![\d,.])([0-3]?\d)(?:st|nd|rd|th)?(?![\d,.]\d|\d)")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def date_shown(text: str) -> str | None:
    """The ISO-like date `text` writes with an English month name, or None (no month name:
    the caller shows the year as before)."""
    month = _MONTH.search(text)
    if month is None:
        return None
    number = fw.MONTHS[month.group(1)]
    year = _YEAR.search(text)
    rest = text[: month.start()] + " " + text[month.end() :]
    if year is not None:
        rest = rest.replace(year.group(1), " ", 1)
    day = _DAY.search(rest)
    day_text = f"-{int(day.group(1)):02d}" if day and 1 <= int(day.group(1)) <= 31 else ""
    if year is None:
        return f"{number:02d}{day_text}" if day_text else None
    return f"{year.group(1)}-{number:02d}{day_text}"


#: A blood pressure's two numbers, systolic over diastolic ("140/90 mmHg").
_PRESSURE = re.compile(r"\d{2,3}/\d{2,3}")


def pressure_shown(text: str, unit: str) -> str | None:
    """ "140/90" for a blood pressure in mmHg written "140/90 mmHg" (valued at 140, figs24),
    else None."""
    both = _PRESSURE.search(text) if unit == "mmHg" else None
    return both.group() if both else None
