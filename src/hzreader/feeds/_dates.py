"""Dates as feeds write them (RFC 822, RFC 3339 / ISO 8601), kept with their time zone;
the text is read by `hzreader.dates`, as an article file's `date` is."""

from __future__ import annotations

import calendar
import datetime as dt
import time

from hzreader.dates import read_date
from hzreader.model import DatePrecision
from hzreader.text import clean_line


def parse_date(raw: str | None, parsed: time.struct_time | None = None) -> dt.datetime | None:
    """An aware datetime: from the raw text (keeping its offset), else from feedparser's UTC
    tuple; None when there is no date. A date without a zone is taken as UTC."""
    moment = _from_text(raw.strip()) if raw else None
    if moment is None and parsed is not None:
        try:
            moment = dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.timezone.utc)
        except (OverflowError, ValueError, OSError):
            moment = None
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    if not 1 <= moment.year <= 9998:
        return None
    return moment.replace(microsecond=0)


def _from_text(text: str) -> dt.datetime | None:
    """The moment of a date in text, to the day at least: a feed's item has a day (a year
    or a month alone is none: the item is then dated when first fetched)."""
    read = read_date(text)
    if read is None or read[1] not in (DatePrecision.DAY, DatePrecision.TIME):
        return None
    return read[0]


def bad_dates_line(feed: str, bad: list[tuple[int, str]]) -> str:
    """One warning for a feed's dates that could not be read: `bad` is (item number, the
    date as written); the items are kept, as undated ones."""
    shown = ", ".join(f"{clean_line(raw)[:40]!r} (item {number})" for number, raw in bad[:3])
    more = f" and {len(bad) - 3} more" if len(bad) > 3 else ""
    what = "a date" if len(bad) == 1 else f"{len(bad)} dates"
    return (f"{feed}: {what} not understood: {shown}{more}; imported as undated "
            "(dated when first fetched)")
