"""Date filters of the query language: `date:2025`, `date:2024-01..2025-06`, `date>=2024-06`."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from hzreader.query._time import timestamp


@dataclass(frozen=True, slots=True)
class DateTerm:
    """Publication date in [start, end) (naive-UTC epoch seconds; None = unbounded).

    The days are the reader's, as the screen shows them: a publication time is compared
    with the local days' bounds (`local_start`, `local_end`: epoch seconds of local
    midnights), a date alone (a calendar day) with the days themselves (`start`, `end`).
    """

    start: float | None
    end: float | None
    negated: bool = False
    text: str = ""
    local_start: float | None = None
    local_end: float | None = None

    def accepts(self, published: dt.datetime | None, has_time: bool = False) -> bool:
        """True when `published` (with a time of day or not) falls in the range (undated
        never does)."""
        if published is None:
            return False
        ts = timestamp(published)
        start, end = (self.local_start, self.local_end) if has_time else (self.start, self.end)
        return (start is None or ts >= start) and (end is None or ts < end)


_DAY = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DATE_FILTER = re.compile(r"^date(:|>=|<=|>|<|=)(.*)$", re.IGNORECASE)


def _span(text: str) -> tuple[float, float] | None:
    """The [start, end) seconds of "2025", "2025-06" or "2025-06-30"; None if invalid."""
    found = _DAY.match(text.strip())
    if found is None:
        return None
    year = int(found.group(1))
    month = int(found.group(2) or 0)
    day = int(found.group(3) or 0)
    try:
        if not month:
            start, end = dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1) if year < 9999 \
                else dt.datetime.max
        elif not day:
            last = calendar.monthrange(year, month)[1]
            start = dt.datetime(year, month, 1)
            end = start + dt.timedelta(days=last)
        else:
            start = dt.datetime(year, month, day)
            end = start + dt.timedelta(days=1)
    except (ValueError, OverflowError):
        return None
    return timestamp(start), timestamp(end)


def parse_date_filter(token: str) -> tuple[float | None, float | None] | None:
    """`date:2025`, `date:2025-06`, `date:2024-01..2025-06`, `date:2024..`, `date>=2024` → span
    (a range written the other way round, `date:2025-06..2024-01`, is the same span).

    The span is [start, end) in naive-UTC epoch seconds, None meaning open; None if no filter.
    """
    found = _DATE_FILTER.match(token.strip())
    if found is None:
        return None
    op, rest = found.groups()
    if op in (":", "=") and ".." in rest:
        low, _, high = rest.partition("..")
        start = _span(low) if low else (None, None)
        end = _span(high) if high else (None, None)
        if start is None or end is None or (low == "" and high == ""):
            return None
        if start[0] is not None and end[1] is not None and start[0] >= end[1]:
            return end[0], start[1]  # written the other way round: the same span
        return start[0], end[1]
    span = _span(rest)
    if span is None:
        return None
    return {":": span, "=": span, ">": (span[1], None), ">=": (span[0], None),
            "<": (None, span[0]), "<=": (None, span[1])}[op]
