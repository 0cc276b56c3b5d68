"""Chinese dates and times: "2025年9月28日", "上半年", "80年代", "上午9点", "2小时08分15秒".

Dates are valued by the year they state (else None), times of day in hours since midnight,
race times in seconds, as in English.
"""

from __future__ import annotations

import re

from hzreader.figures import _ja as ja
from hzreader.figures import _zh_names as zn
from hzreader.figures import _zh_words as zw
from hzreader.figures._context import Hit
from hzreader.figures._zh_numerals import Number

_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_MONTH = re.compile(rf"({_NUM})月")
_DAY = re.compile(rf"({_NUM})[日号]")
_DAY_RANGE = re.compile(rf"[至到\-－—~～](?:{_NUM}月)?{_NUM}[日号]")
_QUARTER = re.compile(r"(?:第|前)?([一二三四1-4])季度?")
_FIRST_MONTHS = re.compile(rf"前{_NUM}个?月")
_CENTURY_BEFORE = re.compile(r"(?:上个?世纪|\d{1,2}世纪|[一二十]{1,3}世纪)$")
_DECADE_AFTER = re.compile(r"[\d〇零一二三四五六七八九十]{1,4}年代")
_RACE = re.compile(
    r"(\d+)(?:小时|時間)(\d{1,2})分(?:钟?(\d{1,2})秒|钟)?"  # "2小时11分钟" whole (tryout14
    # §2.2); Japanese "3時間30分" (figs34)
    r"|(\d+)分(\d{1,2})秒(\d{1,2})?(?!\d)"
    r"|(\d+)秒(\d{2})(?!\d)"
)
_CLOCK_MINUTES = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})分(?!钟|之)")
#: A race time with a colon: h:mm:ss ("2:05:31") or m:ss.xx ("3:49.04"), optionally .xx.
_RACE_COLON = re.compile(
    r"(\d{1,2})[:：]([0-5]\d)(?:[:：]([0-5]\d))?(?:[.．](\d{1,3}))?(?![\d:：])")
_SCORE_AFTER = ("击败", "战胜", "获胜", "取胜", "胜", "负", "告负", "落败", "不敌", "力克", "零封")


def _small(word: str) -> int:
    """A number up to 99 in digits or numerals."""
    if word.isdigit():
        return int(word)
    if "十" in word:
        tens, _, units = word.partition("十")
        return (zw.DIGITS[tens] if tens else 1) * 10 + (zw.DIGITS[units] if units else 0)
    return zw.DIGITS.get(word, 0)


def after_month(text: str, q: int) -> int:
    """The end of a date after its 月: 份, a day ("28日") and a range ("至7日")."""
    if text.startswith("份", q):
        return q + 1
    if (day := _DAY.match(text, q)) and 1 <= _small(day.group(1)) <= 31:
        q = day.end()
    if rng := _DAY_RANGE.match(text, q):
        q = rng.end()
    return q


def after_year(text: str, s: int, q: int, year: float) -> Hit:
    """A year ending at `q` (after 年), or the date it begins ("2025年9月28日", "2025年上半年")."""
    if text.startswith("度", q):
        return s, q + 1, "year", year
    if (month := _MONTH.match(text, q)) and 1 <= _small(month.group(1)) <= 12:
        return s, after_month(text, month.end()), "date", year
    if text.startswith(("上半年", "下半年", "上半期", "下半期"), q):
        return s, q + 3, "date", year  # Japanese: 上半期 (figs32)
    if (quarter := _QUARTER.match(text, q)) or (quarter := _FIRST_MONTHS.match(text, q)):
        return s, quarter.end(), "date", year
    return s, q, "year", year


def decade_start(text: str, s: int, floor: int) -> int:
    """Where a decade begins: 上世纪 or 20世纪 before "80年代" belongs to it."""
    m = _CENTURY_BEFORE.search(text, max(0, floor, s - 6), s)
    return m.start() if m else s


def century_is_prefix(text: str, q: int) -> bool:
    """Whether a decade follows a century ("20世纪80年代"), which then carries the figure."""
    return bool(_DECADE_AFTER.match(text, q))


def race_tail(text: str, s: int, value: float, p: int) -> Hit | None:
    """A race time in hours, minutes and seconds, valued in seconds ("14分30秒67")."""
    m = _RACE.match(text, s)
    if m is None:
        return None
    if m.group(1):
        seconds = float(int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3) or 0))
    elif m.group(4):
        seconds = int(m.group(4)) * 60 + int(m.group(5)) + int(m.group(6) or 0) / 100
    else:
        seconds = int(m.group(7)) + int(m.group(8)) / 100
    return s, m.end(), "duration", float(seconds)


def _period_before(text: str, s: int, floor: int) -> tuple[int, bool | None]:
    """Where a time of day like 上午 or 晚上 before `s` begins, and whether it is after noon."""
    for size in (2, 1):
        word = text[s - size : s] if s >= size else ""
        if word in zw.DAY_PERIODS and s - size >= floor:
            return s - size, zw.DAY_PERIODS[word]
    return s, None


def clock_tail(text: str, s: int, value: float, p: int, tag: str, floor: int) -> Hit | int:
    """ "上午9点", "10时23分", "晚上8点半"; or index points ("收于3245.67点")."""
    q = p + 1
    start, pm = _period_before(text, s, floor)
    market = any(text.endswith(word, max(0, s - 6), s) for word in zw.MARKET_WORDS)
    if tag == zw.DIAN and pm is None and (market or not value.is_integer() or value > 24):
        return s, q, "count", value  # index points
    if not value.is_integer() or value > 24:
        return q
    hours = value
    if text.startswith("半", q):
        hours, q = hours + 0.5, q + 1
    elif minutes := _CLOCK_MINUTES.match(text, q):
        hours, q = hours + _small(minutes.group(1)) / 60, minutes.end()
    if pm and hours < 12:
        hours += 12
    elif pm is False and hours >= 12 and start < s and text[start:s] == "凌晨":
        hours -= 12
    return start, q, "time", hours


def _race_colon(text: str, s: int, floor: int) -> Hit | None:
    """ "2:05:31", "3:49.04": a race time in seconds; "北京时间10:30:00" a time of day."""
    race = _RACE_COLON.match(text, s)
    if race is None or race.group(3) is None and race.group(4) is None:
        return None
    hour, minute = int(race.group(1)), int(race.group(2))
    if race.group(4) is None and 10 <= hour <= 23:
        start, pm = _period_before(text, s, floor)
        hours = hour + minute / 60 + int(race.group(3)) / 3600
        return start, race.end(), "time", hours + 12 if pm and hours < 12 else hours
    fraction = float("0." + race.group(4)) if race.group(4) else 0.0
    if race.group(3) is not None:
        seconds = hour * 3600 + minute * 60 + int(race.group(3)) + fraction
    else:
        seconds = hour * 60 + minute + fraction
    return s, race.end(), "duration", float(seconds)


#: Before a score in the same clause: 比分 ("比分为25:18", "三局比分分别为25:18"), or another
#: score it is listed with ("25:18、25:21和25:19").
_SCORE_BEFORE = re.compile(r"比分[^，。；,;:：\d]{0,5}$|比分[^。；;]{0,24}\d[:：]\d{1,3}[、和及]$")


def at_colon_zh(text: str, s: int, end: int, floor: int) -> Hit | int:
    """ "2:0" after 以 is a score; "10:30" is a time of day; "2:05:31", "3:49.04" race times."""
    if (race := _race_colon(text, s, floor)) is not None:
        return race
    m = re.compile(r"[:：](\d{1,2})(?!\d)").match(text, end)
    if m is None:
        return end + 1
    first, second = text[s:end], m.group(1)
    score = text[s - 1 : s] == "以" or text.startswith(_SCORE_AFTER, m.end()) or \
        len(second) == 1 or _SCORE_BEFORE.search(text, max(0, s - 32), s) is not None
    if score:
        return s, m.end(), "number", None
    if not first.isdigit() or int(first) > 24 or int(second) > 59:
        return m.end()
    start, pm = _period_before(text, s, floor)
    hours = int(first) + int(second) / 60
    if pm and hours < 12:
        hours += 12
    return start, m.end(), "time", hours


#: "2025年前三季度", "2024年前两个月", "2025年前半年": the first part of a year, not "years ago".
_FIRST_PART_OF_YEAR = re.compile(r"前(?:[一二三四五六七八九十两\d]+个?(?:季度|月)|半年)")


#: Words before N日 that make it a number of days ("历时42日", "为期14日"), as HK and TW write 天;
#: a term of detention or quarantine ("行政拘留10日", "隔離14日"; figs22; 羈, 離 are not in
#: `_traditional`'s table, so their traditional words are listed too).
_DAYS_BEFORE = ("历时", "为期", "长达", "持续", "需时", "耗时", "连续", "一连", "需要", "需", "共",
                "达", "逾", "超过", "不少于", "不超过", "最多", "至少", "过去", "未来", "最近",
                "将近", "接近", "大约", "首", "头", "拘留", "羁押", "隔离",
                "羈押", "隔離", "整改", "限期", "折算")  # "限期整改30日", "折算1日" (figs25)
#: One-character approximators before N日 ("约3日", "近7日"), unless a word ends in them
#: ("签约", "最近" is in `_DAYS_BEFORE` itself).
_DAYS_APPROX = {"约": zw.APPROX_BLOCKERS["约"], "近": zw.APPROX_BLOCKERS["近"]}
#: Words after N日 that make it a number of days ("三十日内上诉", "14日后"); Japanese: 続く,
#: 連続 ("猛暑日が10日続いた", "5日連続"; figs32).
_DAYS_AFTER = ("内", "以内", "之内", "期间", "続", "連続")


def _days(text: str, s: int, number: Number, q: int) -> bool:
    """Whether N日 counts days, not a day of the month: after a word of length ("历时"),
    before 内 ("within"), or more than 31."""
    if not number.value.is_integer() or number.value < 1 or number.approx:
        return False
    if number.raw in ("两", "兩"):
        return True  # "兩日": two days; the second of a month is 二日
    if number.value > 31:
        return text[s - 1 : s] != "第"
    if text[s - 1 : s] in ("月", "本", "同", "当", "下", "上"):
        return False  # "本月28日内", "同月30日": a day of a month
    before = text[s - 1 : s]
    if before in _DAYS_APPROX and (s < 2 or text[s - 2] not in _DAYS_APPROX[before]):
        return True
    return text.startswith(_DAYS_AFTER, q) or any(text.endswith(w, 0, s) for w in _DAYS_BEFORE)


#: A word of a prison sentence or a term in the clause before "8年6月" ("判处有期徒刑8年6月",
#: "判刑8年6月", "任期4年6月"), or of a sentence right after it ("8年6月有期徒刑").
_TERM_BEFORE = re.compile(r"(?:[刑判禁役]|任期|为期|工期|期限)[^，。；！？,;!?\s]{0,8}$")
_TERM_AFTER = ("有期徒刑", "徒刑", "刑期")
#: Before the number, words that make "113年6月" a date (Taiwan counts years from 1912).
_DATE_BEFORE = "于於在至自从從到"
#: After the month, words of a date ("6月底", "6月初", "6月起").
_DATE_AFTER = "底初中末旬起间内"


#: The numerals a year is written in, digit by digit ("二〇一九").
_YEAR_NUMERALS = frozenset("〇零一二三四五六七八九")
#: Words of a sentence right before N月 that make it months, no date ("有期徒刑6月"; figs25).
_TERM_MONTHS = ("徒刑", "拘役", "判刑", "监禁", "入狱", "判监", "刑期")


def _term_months(text: str, s: int, q: int, years: float) -> tuple[int, int] | None:
    """ "8年6月" after a word of a sentence (Taiwan writes "有期徒刑8年6月" for 8 years and
    6 months): the end of the months and their number; None for a month of a date
    ("113年6月1日", "于113年6月"), or with no such word."""
    month = _MONTH.match(text, q)
    if month is None or not (1 <= (months := _small(month.group(1))) <= 11) or \
            not years.is_integer() or years > 60 or s and text[s - 1] in _DATE_BEFORE:
        return None
    end = month.end()
    if after_month(text, end) != end or end < len(text) and text[end] in _DATE_AFTER:
        return None
    if _TERM_BEFORE.search(text, max(0, s - 12), s) or text.startswith(_TERM_AFTER, end):
        return end, months
    return None


#: Taiwan's era before a year ("民國113年", "中華民國114年度"), longest first.
_ROC_ERAS = ("中华民国", "民国")
#: After N年, words that make it a span of years, not a year ("113年来", "113年前", "113年间").
_SPAN_AFTER = "前来间内多余里"
#: After 民國N年, the second year of a span written with its own 年: one span (figs25).
_ROC_SECOND = re.compile(rf"[至到\-－—~～](\d{{2,3}})年(?![代度]|{_NUM}月)")


#: The first year of a span of Taiwan's years before its range word: after 民國 ("民國108年至"),
#: or a year of 100–199 after 於/自/從 … ("於108年至"): the second year is one of the Republic too.
_ROC_FIRST = re.compile(
    r"(?:(?:中华民国|民国)(\d{2,3})|[于於在自从從]([12]\d\d))年?[至到\-－—~～]$")


def roc_span_end(text: str, s: int, number: Number) -> float | None:
    """The calendar year of the number at `s` when it ends a span of Taiwan's years
    ("民國108年至112年間": 112 is 2023, not 112 years), or None."""
    if s < 4 or text[s - 1] not in zw.RANGE_JOINS or not number.digits or number.approx:
        return None
    m = _ROC_FIRST.search(text, max(0, s - 10), s)
    if m is None or not int(m.group(1) or m.group(2)) < number.value <= 199:
        return None
    return number.value + 1911


def _roc_year(text: str, s: int, number: Number, p: int, q: int) -> Hit | int | None:
    """A year of the Republic of China (Taiwan: year 1 is 1912, 113 is 2024), valued as the
    calendar year: after 民國 (its span with it) and the second year of a span after it
    ("民國108年至112年", `roc_span_end`), or with no era named when only a year
    can be meant: N年度 (a fiscal year), N年M月D日, N年M月 for 100–199 (no one counts 113
    years and 6 months) or after 於/自/至 … or before 底/初/起 …, 於/自/至 … N年 for
    100–199; where to resume after a case's number ("113年度上訴字第2345號"). Else None:
    "113年" alone stays a duration."""
    value = number.value
    if not value.is_integer() or not 1 <= value <= 199 or number.approx:
        return None
    era = next((w for w in _ROC_ERAS if text.endswith(w, 0, s)), "")
    if p != number.end:  # "民國108至112年": one span of years, valued at the first
        return (s - len(era), q, "year", value + 1911) if era and number.digits else None
    if era:
        if number.digits and (later := _ROC_SECOND.match(text, q)) and \
                value < int(later.group(1)) <= 199:
            return s - len(era), later.end(), "year", value + 1911  # "民國108年至112年間"
        return after_year(text, s - len(era), q, value + 1911)
    if (second := roc_span_end(text, s, number)) is not None:
        return after_year(text, s, q, second)  # "民國108年至112年": 2019 to 2023
    if len(number.raw) not in (2, 3) or value < 50 or text[q : q + 1] in _SPAN_AFTER:
        return None
    dated = s and text[s - 1] in _DATE_BEFORE
    if text.startswith("度", q):
        if (docket := zn.docket_end(text, q)) is not None:
            return docket  # "113年度上訴字第2345號": a case's number (figs25)
        return s, q + 1, "year", value + 1911  # "114年度總預算"
    if (month := _MONTH.match(text, q)) and 1 <= _small(month.group(1)) <= 12:
        end = after_month(text, month.end())
        if end > month.end() and text[month.end()] != "份" or dated or value >= 100 or \
                text[end : end + 1] and text[end] in _DATE_AFTER:
            return s, end, "date", value + 1911  # "113年6月1日", "自113年6月起"
        return None
    if dated and value >= 100:
        return s, q, "year", value + 1911  # "於113年完工"
    return None


#: Taiwan's dateline writes the day in brackets after 今/昨/明 … ("今（30）日": today, the
#: 30th) and the month after 本/同 ("本（11）月"): the words before each.
_DATELINE_DAY, _DATELINE_MONTH = "今昨明前同", "本同"


def dateline(text: str, s: int, number: Number, p: int) -> Hit | None:
    """ "今（30）日", "昨(29)日", "本（11）月" at `s` (after the bracket): a date, the day or
    month written, as "30日" is; None for anything else in brackets."""
    if s < 2 or not number.digits or text[p : p + 1] not in ("）", ")") or \
            not number.value.is_integer():
        return None
    word, before = text[p + 1 : p + 2], text[s - 2]
    if word == "日" and before in _DATELINE_DAY and 1 <= number.value <= 31 or \
            word == "月" and before in _DATELINE_MONTH and 1 <= number.value <= 12:
        return s - 2, p + 2, "date", None
    return None


#: A fiscal year or a season after its first year: "2026/27年度", "2025/26財政年度",
#: "2024-25赛季", "2026/27" (the second year's last two digits, a word of a year after).
_FISCAL = re.compile(r"[/／\-－](\d{2})(?![\d.．%％])(财政年度|年度|财年|赛季|年)?")


def fiscal_year(text: str, s: int, number: Number) -> Hit | None:
    """A fiscal year written across two years ("2026/27年度" is the year 2026, not 2026
    and 27 years), or None. A dash needs a word of a year after it ("2024-25赛季")."""
    value = number.value
    if not number.digits or len(number.raw) != 4 or not 1900 <= value <= 2099 or \
            number.end != s + 4 or (m := _FISCAL.match(text, number.end)) is None:
        return None
    if int(m.group(1)) != (int(value) + 1) % 100 or m.group(2) is None and \
            text[number.end] not in "/／":
        return None
    return s, m.end(), "year", value


#: Words of a month before N日 that belong to the date ("本月12日", "上月30日").
_MONTH_WORDS = frozenset(("本月", "上月", "下月", "当月", "同月"))


def calendar(text: str, s: int, number: Number, p: int, tag: str, q: int,
             floor: int) -> Hit | int:
    """年, 年代, 月, 日, 季度, 世纪 after a number: a year, decade, date, or a length of time."""
    value = number.value
    whole = value.is_integer()
    if tag == zw.YEAR:
        year_like = whole and (len(number.raw) == 4 and 1000 <= value <= 2100) and not (
            number.approx or p != number.end or text[q : q + 1] and text[q] in zw.PERIOD_AFTER_YEAR
            and not _FIRST_PART_OF_YEAR.match(text, q) and not (
                text[q] == "前" and any(text.endswith(w, 0, s) for w in zw.BEFORE_YEAR)))
        if p != number.end and len(number.raw) == 4 and (number.digits or whole and (
                1000 <= value <= 2100 and all(c in _YEAR_NUMERALS for c in number.raw))):
            return s, q, "year", value  # "2019-2021年", "二〇一九至二〇二三年" (figs25)
        if (roc := _roc_year(text, s, number, p, q)) is not None:
            return roc  # "民國113年6月1日", "114年度": Taiwan's years (ROC 113 = 2024)
        if (year_like or number.digits and len(number.raw) == 2) and (
                fiscal := ja.fiscal_period(text, q)):  # "2025年3月期", "26年3月期" (figs34)
            return s, fiscal, "date", value if year_like else 2000 + value
        if year_like:
            return after_year(text, s, q, value)
        if text.startswith("一度", q):
            return q
        if (term := _term_months(text, s, q, value)) is not None:
            return s, term[0], "duration", value * 12 + term[1]  # "有期徒刑8年6月"
        if text[q : q + 1] == "半" and not text.startswith(("半导体", "半岛"), q):
            return s, q + 1, "duration", value + 0.5  # "4年半" (figs27); not "5年半导体行业"
        return s, q, "duration", value
    if tag == zw.DECADE:
        year = value if value >= 1000 else value + (2000 if value < 30 else 1900)
        return decade_start(text, s, floor), q, "year", year
    if tag == zw.MONTH:
        if whole and 1 <= value < 60 and text.endswith(_TERM_MONTHS, 0, s) and \
                after_month(text, q) == q:
            return s, q, "duration", value  # "有期徒刑6月": Taiwan's sentence in months
        if not (whole and 1 <= value <= 12):
            return q
        end = after_month(text, q)
        return s, end + (text[end : end + 1] == "期" and ja.fiscal_period(text, s) is not None
                         ), "date", None  # "3月期": a Japanese fiscal year (figs34)
    if tag == zw.DAY:
        if _days(text, s, number, q):
            return s, q, "duration", value  # "历时42日", "三十日内": days, as 天
        if not (whole and 1 <= value <= 31) or text[s - 1 : s] == "个":
            return q
        if text[s - 2 : s] in _MONTH_WORDS:
            return s - 2, q, "date", None  # "本月12日": the month word stands for 12月 (figs22)
        return s, q, "date", None
    if tag == zw.QUARTER:
        if not (whole and 1 <= value <= 4):
            return q
        return s, q, "date", None
    if century_is_prefix(text, q):
        return q  # "20世纪80年代": the decade carries the figure
    return s, q, "date", None
