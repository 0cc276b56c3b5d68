"""How a figure's value is shown: `format_value`, the one owner, for the figures panel,
the figures table, `hzreader figures` and the exports' text alike."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from hzreader.figures import _unit_words as fu
from hzreader.figures import _words as fw
from hzreader.figures import _zh_words as zw
from hzreader.figures._basics import alt
from hzreader.figures._date_shown import pressure_shown, shown_date
from hzreader.figures._duration_shown import TIME_UNITS, duration_text
from hzreader.figures._numbers import money_number, plain_number, short_number, written_zeros
from hzreader.figures._parse_number import PREFIX_CURRENCY
from hzreader.figures._parse_number import parse_number as parse_number
from hzreader.figures._traditional import as_simplified
from hzreader.figures._unit_price import code_of
from hzreader.model import Figure

_LEADING_APPROX = re.compile(
    rf"(?i)(?:{alt(fw.APPROXIMATORS | fw.UNDER)})\s"
)
_ZH_APPROX = re.compile(
    rf"(?:{alt(zw.APPROXIMATORS)})(?=[了有]?\s?[\d{zw.NUMERAL_CHARS}])|[多余]|以上|以下|左右"
)
#: What a value's mark says of the number written (`_bound_mark`): more than it, at least it,
#: less than it, at most it; any other approximator makes it "about" (≈).
_BOUNDS = {
    "> ": ("over", "more than", "upwards of", "upward of", "in excess of", "just over",
           "well over", "slightly more than", "just more than", "more than half",
           "超过", "高于", "超", "逾", "多", "余"),
    "≥ ": ("at least", "no fewer than", "no less than", "as few as", "as little as",
           "as low as", "不少于", "不低于", "至少", "最低", "以上"),
    "< ": ("less than", "fewer than", "just under", "under", "slightly less than", "just less than",
           "不到", "不足", "低于", "少于"),
    "≤ ": ("at most", "up to", "as much as", "as many as", "as high as", "no more than",
           "not more than", "不超过", "最多", "最高", "多达", "高达", "以下"),
}
_SIGNS = {"<": "< ", ">": "> ", "≤": "≤ ", "≥": "≥ "}
_BOUND_OF = {word: mark for mark, words in _BOUNDS.items() for word in words}
#: Every mark a value may start with, its space included (`lens` fits them in a column).
BOUND_MARKS = frozenset({*_BOUNDS, "≈ "})
_SUFFIX_CURRENCY = re.compile(rf"(?:{fw.CURRENCY_AFTER})$")


def _ordinal_text(n: int) -> str:
    """1 → "1st", 12 → "12th", 23 → "23rd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:,}{suffix}"


def _fraction_text(value: float) -> str:
    """0.25 → "1/4", otherwise the plain number."""
    for den in range(2, 11):
        num = round(value * den)
        if 0 < num < den and abs(value - num / den) < 1e-9 and math.gcd(num, den) == 1:
            return f"{num}/{den}"
    return plain_number(value)


#: Chinese units of time → the English plural shown in the figures panel.
_ZH_DURATIONS = {
    "年": "years", "岁": "years", "周岁": "years", "年间": "years", "周年": "years",
    "月": "months", "周": "weeks", "星期": "weeks", "天": "days", "日": "days",
    "小时": "hours", "分钟": "minutes", "秒": "seconds", "季度": "quarters", "世纪": "centuries",
}


#: A currency as an ISO 4217 code ("CNY"), as `Figure.unit` holds it when it is known.
_ISO_CODE = re.compile(r"[A-Z]{3}")
#: A score, which has no value (two numbers, no one quantity): shown as written, its two
#: sides joined by the mark the text has ("3-1", "2比1", "2:0", runs for wickets "287/6";
#: figs31, tryout16: the panel and `t` showed nothing), never by a range's en dash
#: ("3–2" read as a range in the table's value column: tryout19 §14).
_SCORE = re.compile(r"(\d{1,3})\s?([-–—:比/])\s?(\d{1,3})")


def _zh_unit(body: str, tags: tuple[str, ...]) -> str:
    """The longest Chinese unit word with one of `tags` in `body` ("亿千瓦时" → "千瓦时")."""
    best = ""
    for size in zw.UNIT_LENGTHS:
        for i in range(len(body) - size + 1):
            word = body[i : i + size]
            if zw.UNITS.get(word) in tags and len(word) > len(best):
                best = word
        if best:
            return best
    return best


#: Currencies shown with their sign, whichever way the text wrote them: "96m pounds" and
#: "£610 million" are both "£… M"; other known currencies show their ISO code after.
CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€"}


def _money_text(figure: Figure, body: str, mark: str, value: float) -> str:
    """A money value in its currency: "$422 M", "£96 M", "1.5 tn CNY", "25 cents", "48p"."""
    suffix = _SUFFIX_CURRENCY.search(body)
    if suffix and suffix.group().lower().endswith(("cent", "cents", "pence")):
        return f"{mark}{plain_number(value * 100)} {suffix.group()}"  # valued in dollars
    if figure.unit == "GBP" and re.search(r"\dp$", body):
        return f"{mark}{plain_number(value * 100)}p"  # "48p", valued in pounds
    amount = money_number(value)
    if figure.unit in CURRENCY_SIGNS:
        return f"{mark}{CURRENCY_SIGNS[figure.unit]}{amount}"
    if _ISO_CODE.fullmatch(figure.unit):
        return f"{mark}{amount} {figure.unit}"  # "1.5 tn CNY", "96 M HKD", as the table says
    prefix = PREFIX_CURRENCY.match(body)
    if prefix:
        sign = prefix.group()
        return f"{mark}{sign}{' ' if sign.isalpha() else ''}{amount}"
    currency = suffix.group() if suffix else _zh_unit(body, (zw.MONEY,))
    return f"{mark}{amount} {currency}".rstrip()


#: English wind scales written before their number, shown so (figs19).
_SCALE_NAMES = {"Beaufort": "Force", "Saffir-Simpson": "Category"}


#: Kinds whose value is a calendar year: shown without a thousands comma.
YEAR_KINDS = frozenset({"year", "date"})


def format_value(figure: Figure, unit_column: bool = False, compact: bool = False) -> str:
    """The figure's value as every view shows it: with its unit for the figures panel ("3 bn
    CNY", "≈ $422 M", "5.2 %", "2 h 6 min 41 s"); with `unit_column` (the unit stands in a
    column of its own: the figures table, `hzreader figures`, the exports' text) the value
    alone ("3 bn", "422 M", "5.2"), a duration still with its units. Both: a date as
    precise as its text writes it ("2025-06-30", "04-01": `shown_date`), a blood pressure
    whole ("140/90"), a time of day on a clock ("09:30"), a range's two ends ("10–15 %"),
    and the zeros the text wrote after the point ("60.0 %": `written_zeros`), a score as
    written ("3-1", "2比1": it has no value); "" for another figure without a value.
    `compact` (a narrow column: the table's values) writes a duration of several units
    closed up, "2h 6m 41s" (`_closed_up`)."""
    shown = _format_value(figure, unit_column)
    return _closed_up(shown) if compact and figure.kind == "duration" else shown


#: A number and the unit of time after it ("6 min", "32.456 s"), in a duration shown.
_NUMBER_UNIT = re.compile(r"(\d) (h|min|s|ms)\b")
#: A unit of time as a compact duration writes it after its number, closed up ("6m").
_CLOSED_UNITS = {"h": "h", "min": "m", "s": "s", "ms": "ms"}


def _closed_up(shown: str) -> str:
    """A duration of several units (`seconds_text`: "2 h 13 min 44 s") with each number
    closed up to a one-letter unit, "2h 13m 44s", "1m 32.456s", "14h 20m" (as race results
    and lap times are written), so that they read alike down a column; a duration of one
    unit ("9.58 s", "90 minutes") as it is."""
    if len(_NUMBER_UNIT.findall(shown)) < 2:
        return shown
    return _NUMBER_UNIT.sub(lambda match: match[1] + _CLOSED_UNITS[match[2]], shown)


def _format_value(figure: Figure, unit_column: bool) -> str:
    """`format_value`, not compact."""
    value, text = figure.value, figure.text
    if figure.kind == "date" and text and (on := shown_date(text, value)):
        return on  # "March 2025" → 2025-03, "2025年9月28日" → 2025-09-28; the value: the year
    if (both := pressure_shown(text, figure.unit)) is not None:
        return both if unit_column else f"{both} mmHg"  # valued at 140 (figs27)
    if value is None and figure.kind == "number" and (score := _SCORE.search(text)):
        return "".join(score.group(1, 2, 3))  # as written, spaces closed up
    if value is None or not math.isfinite(value):
        return ""
    if not unit_column and figure.kind == "money" and (code := code_of(figure.unit)) != \
            figure.unit:  # a price per unit shows its unit after it: "$3.12/gal" (figs29)
        return _format_value(replace(figure, unit=code), False) + figure.unit[len(code):]
    shown = _one_end(figure, value, unit_column)
    high = figure.high
    if high is None or not math.isfinite(high):
        return shown
    return both_ends(shown, _one_end(figure, high, unit_column))


def _one_end(figure: Figure, value: float, unit_column: bool) -> str:
    """One value of `figure` (its value, or its high end) as `format_value` shows it."""
    if figure.kind == "time":  # hours since midnight, on a clock: 9.5 → 09:30
        minutes = round(value * 60)
        return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
    if unit_column:  # marked as the panel marks it: "≥ 12" for "at least 12%" (tryout18)
        shown = _column_mark(figure.text) + _in_column(figure, value)
    else:
        shown = _value_text(figure, value)
    return written_zeros(shown, value, figure.text) if figure.text else shown


def _column_mark(text: str) -> str:
    """The bound mark of a value in a column (`_bound_mark`), or ""."""
    return _bound_mark(as_simplified(text))[0] if text else ""


def _in_column(figure: Figure, value: float) -> str:
    """A value beside its unit's column: "3 bn", "2015", "2 h 15 min"."""
    kind, unit = figure.kind, figure.unit
    if kind == "duration" and unit:
        return duration_text(value, unit)
    if kind in YEAR_KINDS and abs(value) < 1e5:  # a year, or the median of two: "2025.5"
        return str(int(value)) if value.is_integer() else f"{value:.2f}".rstrip("0")
    return money_number(value) if kind == "money" else short_number(value)


#: A value as shown: what stands before its number ("≈ $"), the number, what follows (" bn").
_SHOWN = re.compile(r"(\D*?)(-?\d[\d,.]*)(.*)")


def both_ends(low: str, high: str) -> str:
    """A range's two ends as shown, joined: "10 %" and "15 %" → "10–15 %", "2 days" and
    "4 days" → "2–4 days", "$1.2 bn" and "$1.5 bn" → "$1.2–1.5 bn", "1 day" and "3 days" →
    "1–3 days"; ends that differ in more than their numbers stand whole ("800 M – 1.2 bn")."""
    first, second = _SHOWN.fullmatch(low), _SHOWN.fullmatch(high)
    if first is None or second is None or first.group(1) != second.group(1) or \
            first.group(3) not in (second.group(3), second.group(3)[:-1]):
        return f"{low} – {high}"
    return f"{first.group(1)}{first.group(2)}–{second.group(2)}{second.group(3)}"


def _bound_mark(text: str) -> tuple[str, int]:
    """How a value is marked for the words that qualify it (`text` simplified): "more than
    5" is "> 5", "at least" "≥", "less than" "<", "up to" "≤", "65岁以上" "≥ 65", "about"
    and any other "≈"; and where the number's words begin after an English approximator
    before it (0: none)."""
    if text[:1] in _SIGNS:  # a p-value's sign: "p<0.001" (figs35)
        return _SIGNS[text[0]], 1 + (text[1:2] == " ")
    approximator = _LEADING_APPROX.match(text)
    skip = approximator.end() if approximator else 0
    if approximator is None and not text.isascii():
        approximator = _ZH_APPROX.search(text)
    if approximator is None:
        return "", skip
    return _BOUND_OF.get(" ".join(approximator.group().lower().split()), "≈ "), skip


def _value_text(figure: Figure, value: float) -> str:
    """A value with its unit, as the figures panel shows it (`format_value`)."""
    text = as_simplified(figure.text)  # the rules' words: "兩小時" is 2 hours, "百分點" pp
    mark, skip = _bound_mark(text)
    body = text[skip:]
    lower = body.lower()
    kind = figure.kind
    if kind == "money":
        return _money_text(figure, body, mark, value)
    if kind == "percent":

        if "‰" in body:
            return f"{mark}{plain_number(value * 10)} ‰"  # valued in percent
        if "basis" in lower or "bp" in lower or "基点" in body:
            return f"{mark}{plain_number(value * 100)} bp"  # valued in percent: 50 bp is 0.5
        unit = "pp" if "percentage" in lower or "百分点" in body or lower.endswith("pp") else "%"
        return f"{mark}{plain_number(value)} {unit}"
    if kind == "year" and value < 0:
        return f"{-int(value):,} BC"  # "44 BC", "10,000 BC"
    if kind in ("year", "date"):
        return f"{int(value)}s" if kind == "year" and (
            re.search(r"0'?s\b", body) or "年代" in body) else str(int(value))
    if kind == "ordinal":
        return _ordinal_text(int(value)) if value.is_integer() else plain_number(value)
    if kind == "duration":
        unit = "seconds" if re.search(r"\ds$|\d:\d", body) else "years"
        for word in re.findall(r"[a-z]+", lower):  # the last unit: "1 minute 42 seconds"
            if word in fu.DURATION_UNITS:
                unit = fu.DURATION_UNITS[word]
        if zh := _zh_unit(body, (zw.DURATION, zw.AGE, zw.YEAR, zw.SECOND)):
            unit = _ZH_DURATIONS.get(zh.lstrip("个").removesuffix("钟"), unit)
        if "秒" in body or figure.unit == "seconds":
            unit = "seconds"  # a race time: "2小时08分15秒"; "14 hours 20 minutes" in seconds
        elif figure.unit in TIME_UNITS:
            unit = figure.unit  # as the table says: "8年6月" is 102 months, "20日內" 20 days
        return mark + duration_text(value, unit)  # "2 h 6 min 41 s", "7 years", "1 day"
    if kind == "quantity":
        unit = ""
        for key in sorted(fu.QUANTITY_UNITS, key=len, reverse=True):
            if key in body:
                unit = fu.QUANTITY_UNITS[key]
                break
        if "magnitude" in lower:
            unit = "magnitude"
        elif body[:1].isalpha() and (scale := _SCALE_NAMES.get(figure.unit)):
            return f"{mark}{scale} {plain_number(value)}"  # "Force 10" (not °F), "Category 4"
        elif zh := _zh_unit(body, (zw.QUANTITY,)):
            unit = figure.unit or zh  # "5400毫安时" → "5,400 mAh", as the table says
        elif not unit and re.search(r"\dm\b", body):
            unit = "m"
        elif not unit:
            unit = figure.unit  # "226 pounds" (a weight) → lb
        return f"{mark}{short_number(value)} {unit}".rstrip()  # "1.6 bn kW", as the table
    if kind == "number" and 0 < value < 1 and "." not in body:
        return mark + _fraction_text(value)  # "1 in 4" → 1/4; "HR 0.90" stays 0.90 (figs31)
    return mark + short_number(value)


