"""Dates as people, sites and feeds write them, for article files (`files`) and feeds.

`read_date` reads a YAML date or date-time, a year (`2024`) and text: ISO 8601 and its
cousins (`2024-06-05 14:30`, `2024-06`, `2024/06/05`, `2024.06.05`, `20240605`), month
names (`June 5, 2024`, `5 June 2024`, `Jun 5 2024 2:30 pm`, `June 2024`), Chinese
(`2024年6月5日 14:30`, `2024年6月`), RFC 2822 as feeds write it (`Wed, 05 Jun 2024 10:00:00
+0800`) and day and month in numbers when only one reading is possible (`25/06/2024`,
`06/25/2024`; not `05/06/2024`), Taiwan's ROC years (`民國115年3月5日`, `115/03/05`) and
years in Chinese numerals (`二〇二六年三月五日`). A time's zone is an offset or a name of one
zone only (`JST`, `台北時間`; not `CST` or `IST`). It gives the moment as written, aware
when a zone or offset is written and naive otherwise, and how much of it was written
(`DatePrecision`);
`date_problem` says why a value is not read, for a warning.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from hzreader.model import DatePrecision

__all__ = ["FORMATS", "date_problem", "read_date"]

#: The forms named in a warning about a date that is not read.
FORMATS = "2024-06-05, 2024-06-05 14:30, 2024-06, 2024, 5 June 2024 or 2024年6月5日"

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_MONTHS = {name: number for number, full in enumerate(_MONTH_NAMES, 1)
           for name in (full, full[:3])} | {"sept": 9}
_WEEKDAY = (r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?")
_ORDINAL = r"(?:st|nd|rd|th)?"
_NOT_DIGIT = r"(?!\d)"

# Each gives the year `y`, the month `m` (or a month name `mon`) and the day `d` where written.
# Compiled when first used (by `re`'s cache: `_re`), as most dates are YAML's own or ISO 8601.
_ISO = r"(?P<y>\d{4})(?:(?P<sep>[-/.])(?P<m>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?)?" + _NOT_DIGIT
_BASIC = r"(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)" + _NOT_DIGIT
_CHINESE = (r"(?P<y>\d{4})\s*年(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号號])?)?"
            r"(?:\s*\(?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]\)?)?")
_MONTH_DAY_YEAR = (_WEEKDAY + r"(?P<mon>[a-z]{3,9})\.?\s*(?P<d>\d{1,2})" + _ORDINAL
                   + r"(?:\s*,\s*|\s+)(?P<y>\d{4})" + _NOT_DIGIT)
_DAY_MONTH_YEAR = (_WEEKDAY + r"(?P<d>\d{1,2})" + _ORDINAL + r"(?:\s+(?:of\s+)?|-)"
                   r"(?P<mon>[a-z]{3,9})\.?(?:\s*,\s*|\s+|-)(?P<y>\d{4})" + _NOT_DIGIT)
_MONTH_YEAR = r"(?P<mon>[a-z]{3,9})\.?,?\s+(?P<y>\d{4})" + _NOT_DIGIT
_NUMBERS = r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})" + _NOT_DIGIT
_NUMBERS_MONTH = r"(?P<m>\d{1,2})[-/.](?P<y>\d{4})" + _NOT_DIGIT
_SHORT_YEAR = r"\d{1,2}([-/.])\d{1,2}\1\d{2}" + _NOT_DIGIT

# Taiwan's Republic of China (民國) years, and years written with Chinese numerals: turned
# into the Western forms above (`_western`). A 3-digit year is the ROC's only with a whole
# day (`115/03/05`, `115年3月5日`); with 民國 written, a year or a month alone too.
_ZH_NUMERALS = "〇零○一二三四五六七八九十廿卅"
_ROC = r"(?:中[华華])?民[国國]\s*"
_ROC_NUMBERS = r"(?P<y>1\d\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})" + _NOT_DIGIT
_YEAR_IN_CHINESE = (r"(?P<roc>" + _ROC + r")?(?P<y>\d{1,4}|[〇零○一二三四五六七八九]{2,4})\s*年"
                    r"(?:\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
                    r"(?:\s*(?P<d>\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*(?P<day>[日号號]))?)?")

# What may follow a day: a time of day, and a zone only after one.
_ZONE = (r"(?P<zone>(?:UTC|GMT)?\s*[+-]\d\d?(?::?\d\d)?|[a-z]{1,5}"
         r"|\(?(?:北京|台北|臺北|香港|澳[门門])[时時][间間]\)?)")
_TIME = (r"(?:T|\s*,?\s*(?:at\s+)?)"
         r"(?:(?P<half>上午|下午|晚上|凌晨|中午|早上)\s*)?"
         r"(?P<hour>\d{1,2})(?:(?::(?P<minute>\d\d)(?::(?P<second>\d\d)(?:[.,](?P<fraction>\d+))?)?)"
         r"|(?P<zh>[时時点點])(?:(?P<zh_minute>\d{1,2})分(?:(?P<zh_second>\d{1,2})秒)?)?)?"
         r"(?:\s*(?P<ampm>[ap])\.?m\.?)?"
         r"(?:\s*" + _ZONE + r")?")
#: Zones known by name (hours from UTC): UTC, RFC 2822's American ones as `email.utils`
#: reads them, the other abbreviations that mean one zone only, and Chinese names.
_NAMED_ZONES = {"Z": 0, "UT": 0, "UTC": 0, "GMT": 0, "AST": -4, "ADT": -3, "EST": -5,
                "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
                "HST": -10, "AKST": -9, "AKDT": -8, "NZST": 12, "NZDT": 13, "AEST": 10,
                "AEDT": 11, "ACST": 9.5, "ACDT": 10.5, "AWST": 8, "JST": 9, "KST": 9,
                "HKT": 8, "SGT": 8, "MYT": 8, "PHT": 8, "WIB": 7, "ICT": 7, "PKT": 5,
                "MSK": 3, "EAT": 3, "EET": 2, "EEST": 3, "CET": 1, "CEST": 2, "WET": 0,
                "WEST": 1, "WAT": 1, "CAT": 2, "SAST": 2,
                **{f"{city}{hour}{between}": 8 for city in ("北京", "台北", "臺北", "香港",
                                                             "澳门", "澳門")
                   for hour in "时時" for between in "间間"}}
#: Abbreviations of several zones: refused, each meaning named with its offset.
_AMBIGUOUS_ZONES = {
    "CST": "may be China's (+08:00) or US Central (-06:00)",
    "IST": "may be India's (+05:30), Israel's (+02:00) or Irish summer time (+01:00)",
    "BST": "may be British summer time (+01:00) or Bangladesh's (+06:00)",
    "SST": "may be Singapore's (+08:00) or Samoa's (-11:00)",
}
_OFFSET = r"(?:UTC|GMT)?\s*(?P<sign>[+-])(?P<hours>\d\d?)(?::?(?P<minutes>\d\d))?"


def _re(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled (once: `re` keeps it), ignoring case."""
    return re.compile(pattern, re.IGNORECASE)


Read = tuple[dt.datetime, DatePrecision]


class _Refused(ValueError):
    """A value that looks like a date but is none, and why (for `date_problem`)."""


def read_date(value: object) -> Read | None:
    """(the moment as written, its precision) of a YAML date, date-time, year or a date in
    text (see the module); None when it is none. A naive moment has no zone written."""
    try:
        return _read(value)
    except (_Refused, ValueError, OverflowError):
        return None


def date_problem(value: object) -> str:
    """Why `value` is no date, for a warning that goes on "`date` is not a date: …"."""
    if isinstance(value, float):
        return (f"YAML reads {value!r} as a number, which may have lost a 0 (2024.10 is read "
                "as 2024.1): write the month as 2024-10, or quote it")
    shown = repr(unicodedata.normalize("NFC", str(value))[:40])
    try:
        read = _read(value)
    except _Refused as refused:
        return f"{shown} {refused}"
    except (ValueError, OverflowError):
        read = None
    if read is not None:  # read, but out of range where it is used (in UTC)
        return f"{shown} is out of range"
    return f"{shown}; write it as {FORMATS}"


def _read(value: object) -> Read | None:
    """`read_date`, raising `_Refused` with the reason for a date that cannot be."""
    if isinstance(value, dt.datetime):
        return value, DatePrecision.TIME
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day), DatePrecision.DAY
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # date: 2024 (a year), date: 20240605
    if not isinstance(value, str):
        return None
    text = " ".join(unicodedata.normalize("NFKC", value).split())
    if not text:
        return None
    found = _read_text(text)
    if found is not None:
        return found
    rfc = _rfc_2822(text)
    if rfc is not None:
        return rfc, DatePrecision.TIME
    iso = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    try:
        return _midnight(dt.date.fromisoformat(iso)), DatePrecision.DAY
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(iso), DatePrecision.TIME
    except ValueError:
        return None


def _read_text(text: str) -> Read | None:
    """A date in one of the forms of the module; None when it is in none of them."""
    text = _western(text)
    for pattern in (_ISO, _BASIC, _CHINESE):
        found = _re(pattern).match(text)
        if found is not None:
            year, month, day = (int(found[key]) if found[key] else None for key in "ymd")
            read = _day_and_time(year, month, day, text[found.end():])
            if read is not None:
                return read
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR, _MONTH_YEAR):
        found = _re(pattern).match(text)
        month = _MONTHS.get(found["mon"].lower()) if found is not None else None
        if found is not None and month is not None:
            day = int(found["d"]) if "(?P<d>" in pattern else None
            read = _day_and_time(int(found["y"]), month, day, text[found.end():])
            if read is not None:
                return read
    found = _re(_NUMBERS).match(text)
    if found is not None:
        first, second = int(found["a"]), int(found["b"])
        if first <= 12 and second <= 12 and first != second:
            year = int(found["y"])
            raise _Refused(f"could be {_day_name(first, second, year)} or "
                           f"{_day_name(second, first, year)}: write "
                           f"{year}-{second:02d}-{first:02d} or {year}-{first:02d}-{second:02d}")
        day, month = (first, second) if first > 12 else (second, first)
        return _day_and_time(int(found["y"]), month, day, text[found.end():])
    found = _re(_NUMBERS_MONTH).match(text)
    if found is not None:
        return _day_and_time(int(found["y"]), int(found["m"]), None, text[found.end():])
    if _re(_SHORT_YEAR).match(text):
        raise _Refused("has a year of two digits: write the year whole (2024-06-05)")
    return None


def _western(text: str) -> str:
    """`text` with a date of the ROC calendar (民國115年3月5日, 115/03/05) or in Chinese
    numerals (二〇二六年三月五日) at its start written as its Western year in digits."""
    if text[:1] not in "中民1" + _ZH_NUMERALS and "年" not in text[:6]:
        return text
    found = _re(_ROC_NUMBERS).match(text)
    if found is not None:
        return (f"{int(found['y']) + 1911}-{found['m']}-{found['d']}"
                + text[found.end():])
    found = _re(_YEAR_IN_CHINESE).match(text)
    if found is None:
        return text
    year, month, day = (_zh_number(found[key]) for key in "ymd")
    digits = len(found["y"])
    if year is None or digits == 4 and found["roc"]:
        return text
    if found["roc"] or digits == 3 and found["y"][0] in "1一" and day is not None:
        year += 1911
    elif digits != 4:  # 26年3月5日: a year of two digits, or 915年: none of the ROC
        return text
    western = f"{year}年" + (f"{month}月" if month is not None else "") + (
        f"{day}{found['day']}" if day is not None else "")
    return western + text[found.end():]


def _zh_number(written: str | None) -> int | None:
    """The number of digits or Chinese numerals: 二〇二六 is 2026 (digit by digit), 十二
    12, 二十一 21, 廿一 21; None when none is written."""
    if not written:
        return None
    if written.isdigit():
        return int(written)
    digits = {c: n for n, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
    if not any(c in "十廿卅" for c in written):
        return int("".join(str(digits[c]) for c in written))
    head, tens, ones = written[0], 1, written[1:]
    if head in "廿卅":
        tens = 2 if head == "廿" else 3
    elif head != "十":
        tens, ones = digits[head], written[2:]
    return tens * 10 + (digits.get(ones, 0) if len(ones) == 1 else 0)


def _rfc_2822(text: str) -> dt.datetime | None:
    """A date-time of RFC 2822 in a form `_read_text` leaves (a zone named: EST, an obsolete
    form); None when it is none. A zone that it does not know is refused, not taken as UTC."""
    import email.utils  # ≈ 20 ms, and rarely needed: not at start-up

    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    zone = text.rsplit(None, 1)[-1]
    if zone.isalpha():  # one email.utils does not know is "-0000" to it: read or refused here
        known = _zone(zone[:8])
        if moment.tzinfo is None and known is not None:
            return moment.replace(tzinfo=known)
    return moment


def _day_name(day: int, month: int, year: int) -> str:
    return f"{day} {_MONTH_NAMES[month - 1].capitalize()} {year}"


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


def _day_and_time(year: int | None, month: int | None, day: int | None, rest: str
                  ) -> Read | None:
    """The date of these parts, with the time of day written in `rest` (None when `rest`
    is something else); a year or a month alone takes no time."""
    assert year is not None
    try:
        start = dt.datetime(year, month or 1, day or 1)
    except ValueError:
        raise _Refused("is no day of the calendar") from None
    if day is None:
        precision = DatePrecision.YEAR if month is None else DatePrecision.MONTH
        return (start, precision) if not rest else None
    if not rest:
        return start, DatePrecision.DAY
    found = _re(_TIME).fullmatch(rest)
    if found is None:
        return None
    moment = _clock(found, start)
    return None if moment is None else (moment, DatePrecision.TIME)


def _clock(found: re.Match[str], day: dt.datetime) -> dt.datetime | None:
    """The moment on `day` of the time of day `_TIME` found; None when it is no time."""
    hour = int(found["hour"])
    minute = int(found["minute"] or found["zh_minute"] or 0)
    second = int(found["second"] or found["zh_second"] or 0)
    micro = int((found["fraction"] or "0")[:6].ljust(6, "0"))
    half, ampm = found["half"], (found["ampm"] or "").lower()
    if found["minute"] is None and not (found["zh"] or ampm):
        return None  # a number alone after a day is no time
    if ampm:
        if half or not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    elif half:  # 下午2:30 is 14:30, 中午12点 noon, 凌晨12点 midnight
        if hour > 12:
            return None
        if half in ("下午", "晚上") and hour < 12 or half == "中午" and hour < 11:
            hour += 12
        elif half == "凌晨" and hour == 12:
            hour = 0
    zone = _zone(found["zone"])
    try:
        return day.replace(hour=hour, minute=minute, second=second, microsecond=micro,
                           tzinfo=zone)
    except ValueError:  # no time of day
        return None


def _zone(written: str | None) -> dt.tzinfo | None:
    """The zone of `_ZONE`'s text, None when none is written; `_Refused` when it is a name
    that is not known or an offset of a day or more."""
    if written is None:
        return None
    name = written.strip("()")
    if not name.isascii() or name.isalpha():
        if name.upper() in _AMBIGUOUS_ZONES:
            raise _Refused(f"has a time zone that {_AMBIGUOUS_ZONES[name.upper()]}: write "
                           "its offset instead")
        hours = _NAMED_ZONES.get(name.upper())
        if hours is None:
            raise _Refused(f"has a time zone that hzreader does not know ({name}): write "
                           "its offset from UTC instead (as +HH:MM)")
        return dt.timezone(dt.timedelta(hours=hours)) if hours else dt.timezone.utc
    found = _re(_OFFSET).fullmatch(written)
    assert found is not None  # `_ZONE` is a name or an offset
    hours, minutes = int(found["hours"]), int(found["minutes"] or 0)
    if hours > 23 or minutes > 59:
        raise _Refused(f"has an offset that is none ({written}): write it as +08:00")
    offset = dt.timedelta(hours=hours, minutes=minutes)
    return dt.timezone(-offset if found["sign"] == "-" else offset)
