"""Date filters of the query language: `date:2025`, `date:2024-01..2025-06`, `date>=2024-06`."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from hzreader.model import DatePrecision
from hzreader.query._time import from_timestamp, timestamp


@dataclass(frozen=True, slots=True)
class DateTerm:
    """Publication date in [start, end) (naive-UTC epoch seconds; None = unbounded).

    The days are the reader's, as the screen shows them: a publication time is compared
    with the local days' bounds (`local_start`, `local_end`: epoch seconds of local
    midnights), a date alone (a calendar day) with the days themselves (`start`, `end`).
    A month or a year alone (`DatePrecision`; stored as its first day) is in the range when
    all of it is: `date:2024` finds a "2024" and a "2024-06", `date:2024-06` a "2024-06" but
    not a "2024", which may be any month (`bounds`).
    """

    start: float | None
    end: float | None
    negated: bool = False
    text: str = ""
    local_start: float | None = None
    local_end: float | None = None

    def accepts(self, published: dt.datetime | None,
                precision: int = DatePrecision.DAY) -> bool:
        """True when `published`, written to `precision`, falls in the range (undated never
        does)."""
        if published is None:
            return False
        ts = timestamp(published)
        start, end = self.bounds(precision)
        return (start is None or ts >= start) and (end is None or ts < end)

    def bounds(self, precision: int) -> tuple[float | None, float | None]:
        """[start, end) of the stored time (`published_ts`) of a date of `precision` in the
        range: a month or a year ends by the range's end when it starts before the first
        of the month (of the year) that the end falls in."""
        if precision == DatePrecision.TIME:
            return self.local_start, self.local_end
        if self.end is None or precision == DatePrecision.DAY:
            return self.start, self.end
        if self.end >= _LAST_DAY:  # the end of 9999 (`_span`): no month or year ends later
            return self.start, None
        end = from_timestamp(self.end)
        first = end.replace(day=1) if precision == DatePrecision.MONTH else end.replace(
            month=1, day=1)
        return self.start, timestamp(first.replace(hour=0, minute=0, second=0, microsecond=0))


_LAST_DAY = timestamp(dt.datetime(9999, 12, 31))
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
