"""Times on a clock: a time of day ("3 pm", "12:30"), a race time ("2:11:53"), a live-blog stamp.

A time of day is a `time` valued in hours since midnight (12:30 → 12.5, 8:51 pm → 20.85).
A race time — three parts, a decimal fraction, more than 24 in the first part, or "in"
before it — is a `duration` valued in seconds (2:11:53 → 7913, 3:49.04 → 229.04). A stamp
that only labels a live-blog entry ("Updated at 18:20 —", "Key events: 08:45 Trains stop;
09:30 …", "14:05 The prime minister") is not a figure at all, but a stamp heading a paragraph
before a dash or a colon ("23:40 —", "00:15:", "12:30 GMT: Police say", "9:15am: Markets
open") is a time (figs28, figs29; tryout15: how live blogs date an entry).
"""

from __future__ import annotations

import re

from hzreader.figures import _words as fw
from hzreader.figures._context import Hit, approx_start, words_before
from hzreader.figures._line_head import label_before, last_on_line, paragraph_start
from hzreader.figures._patterns import COMPOUND_DURATION

_COLON = re.compile(r"(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?:\.(\d{1,3}))?(?![\d:])")
#: "am"/"pm" written after a time; group `pm` says which.
AMPM_TAIL = re.compile(r"\s?(?:a\.m\.|am|(?P<pm>p\.m\.|pm))(?![A-Za-z])|\so'clock\b")
_ZONES = (
    "GMT|BST|UTC|ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|CET|CEST|EET|HKT|JST|KST|IST|AEST|AEDT|SGT"
)
_ZONE = re.compile(rf"\s(?:{_ZONES}|local\stime|Beijing\stime)(?![A-Za-z])")
#: "12.30pm", "9.15 a.m."; "14.30 GMT" (British style: a dot and a time zone).
_DOTTED = re.compile(r"(\d{1,2})\.([0-5]\d)(?=\s?(?:a\.m\.|p\.m\.|am|pm)(?![A-Za-z])"
                     rf"|\s(?:{_ZONES})(?![A-Za-z]))")
_MILITARY_ZONE = re.compile(rf"\s(?:{_ZONES}|hours|hrs|local\stime)(?![A-Za-z])")
#: What follows a stamp that labels an entry: a separator, a new line, or a new sentence.
_ENTRY_AFTER = re.compile(r"\s?[:|—–]|\s+-\s|\s*\n|\s*$|\s+[A-Z0-9\"“‘'(]")
#: Words that make the stamp after them a label: "Updated at", alone on the line or after
#: another label ("01:05 GMT: Updated at 01:05 —").
_LABEL_WORDS = re.compile(
    r"(?:^|[:;|—–•]\s*)(?:last\s+)?(?:updated|posted|published)(?:\s+at)?$", re.IGNORECASE)
#: A dash or colon after a paragraph's heading "23:40" ("23:40 — The exit poll", "00:15: First").
_HEAD_AFTER = re.compile(r"\s?[—–]|\s-\s")
#: "00:15: First result declared." (the colon after it stops `_COLON`).
_HEAD_COLON = re.compile(r"([01]?\d|2[0-3]):([0-5]\d):\s")
_RACE_WORDS = frozenset({"in", "clocked", "timed", "time", "of", "record", "best", "winning"})
#: Words before "at" that make h:mm:ss a race time ("the world record now stands at 2:00:35").
_RACE_BEFORE = re.compile(r"\b(?:record|marathon|personal best|winning time|race)\b")


def is_entry_stamp(text: str, s: int, end: int) -> bool:
    """Whether the clock time at `s:end` only labels a live-blog or timeline entry."""
    after = end
    if zone := _ZONE.match(text, after):
        after = zone.end()
    if not _ENTRY_AFTER.match(text, after):
        return False
    last = last_on_line(text, s)  # the line before it (`_line_head`: its last characters)
    if not last or last in ":;|—–-•":
        return True
    return label_before(text, s, _LABEL_WORDS)


def _hours(hour: int, minute: int, second: int, pm: bool | None) -> float | None:
    """Hours since midnight, or None when the clock reading is impossible."""
    if pm is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if pm else 0)
    if hour > 24:
        return None
    return hour + minute / 60 + second / 3600


def _ampm(text: str, pos: int) -> tuple[int, bool | None]:
    """End of an am/pm after `pos` and whether it says pm (None when there is none)."""
    m = AMPM_TAIL.match(text, pos)
    if m is None:
        return pos, None
    return m.end(), (bool(m.group("pm")) if "clock" not in m.group() else None)


def at_colon(text: str, s: int) -> Hit | int | None:
    """A time of day or race time written with a colon at `s`; None if there is none."""
    m = _COLON.match(text, s)
    if m is None:
        head = _HEAD_COLON.match(text, s)
        if head is None or not paragraph_start(text, s):
            return None
        return s, head.end(2), "time", int(head.group(1)) + int(head.group(2)) / 60
    first, minute = int(m.group(1)), int(m.group(2))
    second = int(m.group(3) or 0)
    end, pm = _ampm(text, m.end())
    if is_entry_stamp(text, s, end):
        zone = _ZONE.match(text, end)
        after = zone.end() if zone else end
        if m.lastindex == 2 and paragraph_start(text, s) and (
                _HEAD_AFTER.match(text, after) or after > end and text[after : after + 1] == ":"
                or pm is not None and text[after : after + 1] == ":") and (
                hours := _hours(first, minute, 0, pm)) is not None and hours < 24:
            return s, end, "time", hours  # "23:40 — The exit poll …", "12:30 GMT: Police say"
            # (figs29: a zone or am/pm as in prose, the zone not in the span)
        return end
    words = words_before(text, s, 1)
    before = words[0][1].lower() if words else ""
    race = pm is None and not _ZONE.match(text, end) and (before != "at" and (
        m.group(3) is not None or m.group(4) is not None or first > 24
        or before in _RACE_WORDS) or m.group(3) is not None and first < 10
        and _RACE_BEFORE.search(text, max(0, s - 50), s) is not None)
    if race:
        fraction = float("0." + m.group(4)) if m.group(4) else 0.0
        if m.group(3) is not None:
            seconds = first * 3600 + minute * 60 + second + fraction
        else:
            seconds = first * 60 + minute + fraction
        return s, m.end(), "duration", float(seconds)
    if m.group(4) is not None:
        return m.end()
    hours = _hours(first, minute, second, pm)
    if hours is None:
        return end
    return s, end, "time", hours


def at_dotted(text: str, s: int) -> Hit | None:
    """A British time with a dot and am/pm: "12.30pm", "9.15 a.m."."""
    m = _DOTTED.match(text, s)
    if m is None:
        return None
    end, pm = _ampm(text, m.end())
    hours = _hours(int(m.group(1)), int(m.group(2)), 0, pm)
    if hours is None:
        return None
    return s, end, "time", hours


def ampm_time(text: str, start: int, pos: int, hour: float) -> Hit | None:
    """A whole hour with am/pm or o'clock after it ("3 pm", "7am", "8 p.m.")."""
    end, pm = _ampm(text, pos)
    if end == pos or not hour.is_integer():
        return None
    hours = _hours(int(hour), 0, 0, pm)
    if hours is None:
        return None
    if is_entry_stamp(text, start, end):
        return None
    return start, end, "time", hours


_TO_SECONDS = {"hour": 3600, "hr": 3600, "minute": 60, "min": 60, "second": 1, "sec": 1}


def _seconds_per(unit: str) -> int | None:
    """Seconds in a unit of time written out ("hours", "min"), or None."""
    unit = unit.strip().lower().rstrip("s")
    return _TO_SECONDS.get(unit)


def compound_duration(text: str, unit_start: int, unit_end: int,
                      value: float) -> tuple[int, float] | None:
    """ "1 minute 42 seconds" as one duration: its end and its value in seconds."""
    big = _seconds_per(text[unit_start:unit_end])
    m = COMPOUND_DURATION.match(text, unit_end)
    if big is None or big == 1 or m is None:
        return None
    small = _seconds_per(m.group(2))
    if small is None or small >= big:
        return None
    return m.end(), value * big + int(m.group(1)) * small


_UNIT_WORD = re.compile(r"(?i)\b(hours?|hrs?|minutes?|mins?|seconds?|secs?|years?|yrs?|months?)\b")


#: A lap or race time in minutes and seconds (figs30): "1m 34.486s", "1m34.486s", "2m 05s".
_LAP = re.compile(r"(\d{1,2})m\s?([0-5]\d(?:\.\d{1,3})?|\d\.\d{1,3})s(?![\w.]\w)")


def lap_time(text: str, s: int) -> Hit | None:
    """A lap time at `s` in minutes and seconds, valued in seconds ("1m 34.486s" → 94.486)."""
    m = _LAP.match(text, s)
    if m is None:
        return None
    return s, m.end(), "duration", int(m.group(1)) * 60 + float(m.group(2))


def joined_duration(first: str, first_value: float | None, second: str,
                    second_value: float | None) -> float | None:
    """Two durations written as one ("26 minutes 48.36 seconds", "seven years and six
    months"): the value in seconds, or in months for years and months; None when they are
    not one (the same unit, a larger unit second, or the first already joined)."""
    if first_value is None or second_value is None:
        return None
    if first.endswith("年") and second.endswith("个月") and first[-2:-1] not in "周间":
        return first_value * 12 + second_value  # "三年六个月", as "three years and six months"
    big_units, small_units = _UNIT_WORD.findall(first), _UNIT_WORD.findall(second)
    if len(small_units) != 1 or not big_units:
        return None
    if len(big_units) > 1:  # "2 hours 7 minutes" (in seconds) and "12 seconds"
        units = [_TO_SECONDS.get(unit.lower().rstrip("s")) for unit in big_units]
        small_s = _TO_SECONDS.get(small_units[0].lower().rstrip("s"))
        if small_s is None or None in units or small_s >= min(u or 0 for u in units):
            return None
        return first_value + second_value * small_s
    big, small = big_units[0].lower().rstrip("s"), small_units[0].lower().rstrip("s")
    if big in ("year", "yr"):
        return first_value * 12 + second_value if small == "month" else None
    big_s, small_s = _TO_SECONDS.get(big), _TO_SECONDS.get(small)
    if big_s is None or small_s is None or small_s >= big_s:
        return None
    return first_value * big_s + second_value * small_s


def military_time(text: str, s: int, raw: str) -> Hit | int | None:
    """A four-digit time ("at 0930", "1400 GMT"), or a stamp that labels an entry ("0945 …")."""
    if len(raw) != 4 or int(raw[:2]) > 23 or int(raw[2:]) > 59:
        return None
    end = s + 4
    zone = _MILITARY_ZONE.match(text, end)
    if raw[0] == "0" and not last_on_line(text, s) and is_entry_stamp(text, s, end):
        return zone.end() if zone else end
    words = words_before(text, s, 1)
    timed = words and words[0][1].lower() in ("at", "from", "until", "till", "by", "before",
                                             "after", "around")
    if (raw[0] == "0" and timed) or (zone and (timed or raw[0] == "0")):
        return s, end, "time", int(raw[:2]) + int(raw[2:]) / 60
    return None


def about_time(text: str, hit: Hit | int, floor: int) -> Hit | int:
    """A time of day with "about"/"around" before it keeps it ("about 11pm")."""
    if isinstance(hit, int) or hit[2] != "time":
        return hit
    start = approx_start(text, hit[0], floor, fw.TIME_APPROXIMATORS)
    return start, hit[1], hit[2], hit[3]
