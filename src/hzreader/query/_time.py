"""Publication times: naive-UTC epoch seconds, and the reader's local days (what the list
shows; the date filters of `_dates` compare with them)."""

from __future__ import annotations

import datetime as dt

_EPOCH = dt.datetime(1970, 1, 1)


def timestamp(moment: dt.datetime) -> float:
    """Seconds since 1970 of a naive-UTC datetime (as the loader produces)."""
    return (moment - _EPOCH).total_seconds()


def from_timestamp(seconds: float) -> dt.datetime:
    """The naive-UTC datetime of `timestamp` (exact to the microsecond)."""
    return _EPOCH + dt.timedelta(microseconds=round(seconds * 1_000_000))


#: `Article.date_text` of a time: "YYYY-MM-DD HH:MM" (UTC).
_TIME_LENGTH = len("2025-11-18 01:15")


def local_time(date_text: str) -> dt.datetime | None:
    """The local time of a UTC `Article.date_text` with a time (None for a date alone, "",
    or a time out of the platform's range)."""
    if len(date_text) != _TIME_LENGTH:
        return None
    try:
        utc = dt.datetime.fromisoformat(date_text).replace(tzinfo=dt.timezone.utc)
        return utc.astimezone()
    except (ValueError, OverflowError, OSError):
        return None


def local_day(date_text: str) -> str:
    """The publication day as the reader's days go: the local day of a time, a date alone
    as it is (what the list, the tables and `date:` filters use)."""
    local = local_time(date_text)
    return date_text[:10] if local is None else f"{local:%Y-%m-%d}"


def local_bound(bound: float | None) -> float | None:
    """The epoch seconds of the local time that reads as the naive-UTC `bound` (midnight of
    a day, here in the reader's zone); None stays None."""
    if bound is None:
        return None
    try:
        return from_timestamp(bound).timestamp()  # a naive datetime is taken as local
    except (ValueError, OverflowError, OSError):  # out of the platform's range
        return bound
