"""Dates as feeds write them (RFC 822, RFC 3339 / ISO 8601), kept with their time zone."""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import time

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
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    iso = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    try:
        return dt.datetime.fromisoformat(iso.replace(" ", "T", 1))
    except ValueError:
        return None


def bad_dates_line(feed: str, bad: list[tuple[int, str]]) -> str:
    """One warning for a feed's dates that could not be read: `bad` is (item number, the
    date as written); the items are kept, as undated ones."""
    shown = ", ".join(f"{clean_line(raw)[:40]!r} (item {number})" for number, raw in bad[:3])
    more = f" and {len(bad) - 3} more" if len(bad) > 3 else ""
    what = "a date" if len(bad) == 1 else f"{len(bad)} dates"
    return (f"{feed}: {what} not understood: {shown}{more}; imported as undated "
            "(dated when first fetched)")
