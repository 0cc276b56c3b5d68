"""How a date and a blood pressure are shown (by `figures.shown_value`, for the figures
panel, the table, `hzreader figures` and the exports alike): as precise as the text writes
them.

A date's value is its year (or none), the one number `year`/date filters compare. What is
shown comes from the text, read strictly: "2025-06-30" → 2025-06-30, "2025-03" → 2025-03,
"2025年3月14日" → 2025-03-14, "4月1日" → 04-01, "1-9月" → months 1–9, "the 19th century" →
19th c.; with an English month name: "March 2025" → 2025-03, "28 August 2025" → 2025-08-28,
"August 28" → 08-28 (figs26). Taiwan's dates count years from 1912 ("民國113年6月1日",
valued 2024): shown with the year valued, 2024-06-01. A text that is no real date
("2025-02-30") or that this cannot read whole shows the year. A blood pressure is shown
whole (`pressure_shown`, figs27).
"""

from __future__ import annotations

import datetime
import re

from hzreader.figures import _words as fw

_MONTH = re.compile(
    r"\b(" + "|".join(sorted(fw.MONTHS, key=len, reverse=True)) + r")\b\.?")
_DAY = re.compile(r"(?<![\d,.])([0-3]?\d)(?:st|nd|rd|th)?(?![\d,.]\d|\d)")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def _english_date(text: str) -> str | None:
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


#: A year, month and day written with digits, year first: 2025-06-30, 2025/6/30, 2025.06.30
#: (one separator throughout); or a year and month: 2025-06.
_ISO = re.compile(r"(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?")
#: Chinese numerals a month or a day is written with (〇 and 零 in a year's digits).
_ZH_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_NUMBER = r"[\d〇零一二三四五六七八九十]+"
#: A Chinese date: [year 年] [month 月 [day 日]], a day range "至16日" / a month range
#: "至6月30日" after it; or a range of months "1-9月", "一至九月".
_ZH_DATE = re.compile(
    rf"(?:(?P<year>{_NUMBER})年)?(?P<month>{_NUMBER})月(?:(?P<day>{_NUMBER})[日号號])?"
    rf"(?:(?:至|到|-|—|–|~|～)(?:(?P<month2>{_NUMBER})月)?(?:(?P<day2>{_NUMBER})[日号號])?)?")
_ZH_MONTHS = re.compile(rf"(?P<month>{_NUMBER})(?:至|到|-|—|–|~|～)(?P<month2>{_NUMBER})月")
#: A century: "19th century", "the nineteenth century", "20th-century", "19世纪", "二十一世紀".
_CENTURY = re.compile(r"(?:the\s+)?([\w-]+)[\s-]century", re.I)
_ZH_CENTURY = re.compile(rf"({_NUMBER})世[纪紀]")
_ORDINAL_WORDS = {word: number for number, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
    .split(), start=1)} | {"twenty-first": 21}


def zh_number(text: str) -> int | None:
    """A whole number written with digits ("2025", "０３"), digit by digit in Chinese
    ("二〇二五") or in Chinese up to 99 ("十二", "三十一", "二十"); None otherwise."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        digits = [_ZH_DIGITS.get(char) for char in text]
        return None if None in digits else int("".join(map(str, digits)))
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    ten = _ZH_DIGITS.get(tens, -1) if tens else 1
    one = _ZH_DIGITS.get(ones, -1) if ones else 0
    return None if ten < 1 or one < 0 or (ones and ones in "〇零") else ten * 10 + one


def _real(year: int | None, month: int, day: int | None) -> bool:
    """Whether the month (and day) exist (in `year`, or in a leap year when none)."""
    try:
        datetime.date(year or 2024, month, day or 1)
    except (ValueError, OverflowError):  # (a month of 20 digits)
        return False
    return year is None or 1000 <= year <= 9999


def _iso(year: int | None, month: int, day: int | None) -> str:
    return "-".join([*([f"{year:04d}"] if year else []), f"{month:02d}",
                     *([f"{day:02d}"] if day else [])])


#: Taiwan's calendar (民國): its year 1 is 1912.
_ROC_OFFSET = 1911
_ROC_ERA = re.compile(r"^民[國国]")


def _zh_date(text: str, valued: float | None) -> str | None:
    """A Chinese date, or range of dates or months, as `shown_date` shows it."""
    if months := _ZH_MONTHS.fullmatch(text):
        first, last = zh_number(months["month"]), zh_number(months["month2"])
        if first and last and first < last and _real(None, first, None) and \
                _real(None, last, None):
            return f"months {first}–{last}"
        return None
    found = _ZH_DATE.fullmatch(text)
    if found is None:
        return None
    numbers = {name: zh_number(part) if part else None for name, part in found.groupdict()
               .items()}
    if any(numbers[name] is None for name, part in found.groupdict().items() if part):
        return None
    year, month, day = numbers["year"], numbers["month"], numbers["day"]
    if year is not None and year < 1000 and valued == year + _ROC_OFFSET:
        year += _ROC_OFFSET  # "113年6月1日" valued 2024
    elif year is not None and year < 100 and valued == year + 2000:
        year += 2000  # "26年3月期" valued 2026 (figs34)
    if month is None or not _real(year, month, day):
        return None
    if year is None and day is None and not (found["month2"] or found["day2"]):
        return f"month {month}"  # "10月": no year, no day
    shown = _iso(year, month, day)
    month2, day2 = numbers["month2"], numbers["day2"]
    if month2 is None and day2 is None:
        return shown
    month2 = month2 or month  # "3月15日至20日": the same month
    if not _real(year, month2, day2) or (month2, day2 or 0) <= (month, day or 0):
        return None
    if day is None and day2 is None:  # "3月至5月" → months 3–5; "2025年3月至5月" → 2025-03–05
        return f"months {month}–{month2}" if year is None else f"{shown}–{month2:02d}"
    if day is None or day2 is None:
        return None
    # "3月15日至20日" → 03-15–20; "4月1日至6月30日" → 04-01–06-30
    return f"{shown}–{day2:02d}" if month2 == month else f"{shown}–{month2:02d}-{day2:02d}"


def _century(text: str) -> str | None:
    """ "19th century", "nineteenth century", "19世纪" → 19th c."""
    number: int | None = None
    if found := _ZH_CENTURY.fullmatch(text):
        number = zh_number(found.group(1))
    elif found := _CENTURY.fullmatch(text):
        word = found.group(1).lower()
        number = int(word[:-2]) if word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd",
                                                                          "th") \
            else _ORDINAL_WORDS.get(word)
    if not number or number > 30:
        return None
    suffix = "th" if 10 <= number % 100 < 20 else {1: "st", 2: "nd", 3: "rd"}.get(
        number % 10, "th")
    return f"{number}{suffix} c."


def shown_date(text: str, valued: float | None = None) -> str | None:
    """The date `text` writes, as precise as written ("2025-06-30", "2025-03", "04-01",
    "months 1–9", "19th c."); None when it says no more than its year (or cannot be read
    whole): the caller shows the year. `valued`: the year the figure is valued at (a
    Taiwan date's year is read from it)."""
    text = text.strip()
    if text.isascii() and (on := _english_date(text)):
        return on  # an English month name: "28 August 2025" → 2025-08-28
    if found := _ISO.fullmatch(text):
        year, month = int(found.group(1)), int(found.group(3))
        day = int(found.group(4)) if found.group(4) else None
        if found.group(2) != "-" and day is None:
            return None  # "2025/06", "2025.06": a year and a month, or a fraction
        return _iso(year, month, day) if _real(year, month, day) else None
    if text.endswith("月期"):  # a Japanese fiscal year: "2025年3月期" → FY to 2025-03 (figs34)
        shown = _zh_date(text[:-1], valued)
        return f"FY to {shown}" if shown else None
    if "月" in text:
        return _zh_date(_ROC_ERA.sub("", text), valued)
    return _century(text) if "世" in text or "century" in text.lower() else None


#: A date as `shown_date` shows it with its year: the year, then month and day if written.
_SHOWN_PARTS = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


#: `date_day`'s keys stay below this: (month 12, day 31) is 415.
DAYS_KEYED = 13 * 32


def date_day(text: str, valued: float | None) -> int:
    """Where in its year the date `text` falls, as a number that sorts as the date does:
    month · 32 + day (2025-03-14 → 110, after 2025-03 → 96, before 2025-11-02 → 354); 0 for
    a year alone, and without a year (`valued` None: "08-28", "months 1–9"), where the
    year orders nothing. A range counts from its start. The index stores it
    (`figures.date_day`), so that dates sort by their full date without their text."""
    if valued is None or valued != valued:
        return 0
    on = shown_date(text, valued)
    found = _SHOWN_PARTS.match(on) if on else None
    if found is None or int(found.group(1)) != valued:
        return 0
    return int(found.group(2)) * 32 + int(found.group(3) or 0)


def date_order(text: str, valued: float | None) -> float | None:
    """The date `text` writes as one number that sorts as the date does: its year valued,
    plus its `date_day` as a fraction of it (2025-03-14 after 2025-03 after 2025, and
    before 2025-11-02); None without a year (`valued` None: "08-28", "months 1–9")."""
    if valued is None or valued != valued:
        return None
    return valued + date_day(text, valued) / DAYS_KEYED
