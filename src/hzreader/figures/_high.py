"""The high end of a figure that is a range (range13): "10 to 15 percent", "$1.2bn-$1.5bn",
"two to four days", "2019至2023年", "2024-25", "三四天".

The rules make a range one figure valued at its low end (`_ranges`, `_after_digits`,
`_digits`, `_zh`, `_zh_time`); this pass reads the second number from the figure's own
text and values it as the rules valued the first: the low end's value times the ratio of
the two numbers as written (the scale, the unit and its conversion apply to both ends:
"$5-10bn" is 5e9 to 10e9, "25-30 cents" 0.25 to 0.3 USD, "5 to 10 basis points" 0.05 to
0.1 points), or for a year the low end plus their difference ("民國108至112年" is 2019 to
2023, "2024-25" 2024 to 2025). A figure with no second number, or whose second number is
not above the first, has none. Dates ("Oct 8-14", "1至8月": a range of days or months in
one year), scores ("6-2": no value) and times of day have no high end. Pure, cheap: most
figures are passed over after one regex search.
"""

from __future__ import annotations

import re

from hzreader.figures import _words as fw
from hzreader.figures._basics import alt, as_float
from hzreader.figures._zh_numerals import parse_numeral

#: Kinds whose ranges the rules make one figure: scaled with both ends, or (`_OFFSET_KINDS`)
#: moved by their difference.
_SCALED_KINDS = frozenset({"money", "percent", "count", "quantity", "duration", "number"})
_OFFSET_KINDS = frozenset({"year"})
#: Something that may join the two ends: most figures have none, and are passed over.
_NUMERALS = "〇零一二两三四五六七八九十百千万亿"
_MAYBE = re.compile(r"[-–—~～至到]| to ")
#: "aged between 17 and 19" (figs24): the one range written with "between … and".
_BETWEEN = re.compile(r"^aged between (\d+) and (\d+)$", re.I)
_WORD = rf"(?:{alt(fw.TENS)})(?:-(?:{alt(fw.UNITS)}))?|{alt(fw.UNITS)}"
_NUMBER = (rf"\d[\d,]*(?:\.\d+)?|(?:{_WORD})\b(?!-)|[〇零一二两三四五六七八九十百千万亿]+"
           rf"(?:点[〇零一二三四五六七八九]+)?")
#: The two ends: the first number, what may stand between it and the join (its scale, its
#: percent sign, 年), the join, and the second number with its sign or currency sign.
_PAIR = re.compile(
    rf"(?<![0-9A-Za-z.,:/{_NUMERALS}])({_NUMBER})"
    rf"(\s?(?:bn|bln|mn|mln|tn|trn|trln|MM|[mbkMBK]|million|billion|trillion)|\s?[%％]|[万亿千百年]"
    rf"|\s(?:percent|per\scent|pct)"  # "3 percent to 4 percent" (figs23)
    rf"|[\u3380-\u33ff]|(?<=\d)(?:(?![{_NUMERALS}])[\u4e00-\u9fff]){{1,4}}(?=[至到]))?"
    # "90㎡至140㎡", "3平方米至5平方米": the unit on both ends (figs32)
    rf"(\s?[-–—~～]\s?|\s?[至到]\s?|\sto\s)"
    rf"(-|−|minus\s)?(?:[A-Z]{{1,3}}\$|[$£€¥])?({_NUMBER})(?![\d:/]|[.,]\d)")
#: Two neighbouring numerals that say "three or four" ("三四天", "两三百元").
_ZH_PAIRS = {"一两": 2.0, "两三": 1.5, "二三": 1.5, "三四": 4 / 3, "四五": 1.25, "五六": 1.2,
             "六七": 7 / 6, "七八": 8 / 7, "八九": 9 / 8}
_ZH_PAIR = re.compile(f"(?<![〇零一二两三四五六七八九十])({'|'.join(_ZH_PAIRS)})")


def _number(written: str) -> float | None:
    """The value of one end as written: digits, a number word, or a Chinese numeral."""
    if written[0].isdigit():
        return as_float(written)
    if written[0] in _NUMERALS:
        return parse_numeral(written)
    return fw.word_number(written)


def _full_year(first: str, second: str, high: float) -> float:
    """The second year of a span written short ("2024-25" → 2025, "1999-00" → 2000)."""
    if len(second) >= len(first) or not first.isdigit():
        return high
    size = 10 ** len(second)
    full = int(first) // size * size + int(second)
    return float(full if full > int(first) else full + size)


def range_high(text: str, kind: str, value: float | None) -> float | None:
    """The high end of the figure `text` of `kind` valued `value` at its low end, or None
    when it is no range (see the module's docstring)."""
    if kind == "duration" and value and (between := _BETWEEN.match(text)):
        return float(between.group(2)) if float(between.group(2)) > value else None
    if value is None or (kind not in _SCALED_KINDS and kind not in _OFFSET_KINDS) or \
            _MAYBE.search(text) is None:
        return _pair_high(text, kind, value) if value and kind in _SCALED_KINDS and \
            not text.isascii() else None
    m = _PAIR.search(text)
    if m is None:
        return None
    second, first = m.group(5), m.group(1)
    if second[-1] in "万亿千百" and second[0] in _NUMERALS and not any(
            c in "万亿千百" for c in first + (m.group(2) or "")):
        second = second.rstrip("万亿千百") or second  # "三至五万人": the high end's scale is
        # the low end's too, and the value has it already (figs25)
    elif second[-1:] in ("万", "亿") and first[-1] in "十百千" and second[-2] == first[-1]:
        second = second[:-1]  # "一百至二百万元": both ends in 万 (figs27)
    low, high = _number(first), _number(second)
    if low is None or high is None:
        return None
    if kind not in _OFFSET_KINDS and not m.group(2) and second[0].isdigit() and \
            text[m.end(5) : m.end(5) + 1] in ("万", "亿") and value == low > high:
        high *= 1e4 if text[m.end(5)] == "万" else 1e8  # "8000至1.2万元": the low end in full
        return high if high > value else None  # (figs27)
    if kind in _OFFSET_KINDS:
        found = value + _full_year(m.group(1), m.group(5), high) - low
    else:
        if value < 0 < low:
            low = -low  # "-5 to 10C": the sign is the low end's
        if m.group(4):
            high = -high
        if low == 0:
            return None  # "0-5%": the scale of the ends is not known from the value
        found = value / low * high
    return found if found > value else None


def _pair_high(text: str, kind: str, value: float) -> float | None:
    """The high end of "三四天", "两三百元": two neighbouring numerals, valued at the first."""
    m = _ZH_PAIR.search(text)
    if m is None or value < 0 or any(c in _NUMERALS or c.isdigit() for c in text[: m.start()]):
        return None  # the pair must be the figure's number, not a word after it
    return value * _ZH_PAIRS[m.group(1)]
