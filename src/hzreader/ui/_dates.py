"""Publication times as the reader expects them: in the local time zone, which is named.

hzreader keeps times in UTC (`Article.date_text`: "2025-11-18 01:15"); the screen shows
them in the reader's zone ("2025-11-18 09:15 CST", or "+08:00" where the zone has no
abbreviation), and the list and the figures table show the local day (`query.local_day`).
A date without a time is a calendar day and stays as it is. Exports keep UTC
(`hzreader.lens`).
"""

from __future__ import annotations

import datetime as dt

from hzreader.query import local_time

#: `date_text` of a time: "YYYY-MM-DD HH:MM".
_TIME_LENGTH = len("2025-11-18 01:15")


def zone_name(moment: dt.datetime) -> str:
    """The zone's abbreviation ("CST", "CET", "UTC"), or its offset ("+08:00") when the zone
    has none (tz database names such as "+08" are offsets too)."""
    name = moment.strftime("%Z")
    if name and name[0] not in "+-" and not name.isdigit():
        return name
    offset = moment.strftime("%z")  # "+0800"
    return f"{offset[:3]}:{offset[3:]}" if len(offset) == 5 else offset or "UTC"


def shown_date(date_text: str) -> str:
    """The publication date for the reading pane: a time in the local zone, named
    ("2025-11-18 09:15 CST"); a date alone as it is; "" for none."""
    local = local_time(date_text)
    if local is None:
        return f"{date_text} UTC" if len(date_text) == _TIME_LENGTH else date_text
    return f"{local:%Y-%m-%d %H:%M} {zone_name(local)}"

