"""Ranges written with "to" (figs16): "two to four days", "10 to 14 days", "3 to 5 percent"
are one figure valued at the low end, as "3-5 days" and "10-15%" are; so is a sum whose scale
is written on both ends and its sign on the first only ("$1.5bn-2bn", figs17); and times of
day said in a word ("at midnight", "by noon"); a range with its unit on both ends ("3% to 4%",
"$8.40-$8.55"; figs23)."""

from __future__ import annotations

import re

from hzreader.figures import _words as fw
from hzreader.figures._basics import alt, as_float
from hzreader.figures._context import (
    Hit,
    approx_start,
    unit_factor,
    unit_tail,
    words_before,
)
from hzreader.figures._patterns import NUM_RX, SCALE_FIRST, SCALE_SECOND

#: " to 14", " to four", " to twenty-five": the second number, bare (its unit comes next).
_TO_SECOND = re.compile(
    rf"\sto\s(?:({NUM_RX})(?![\w.,]\d)|({alt(fw.TENS)})(?:-({alt(fw.UNITS)}))?\b(?!-)"
    rf"|({alt(fw.UNITS)})\b(?!-))")
#: How far a range's high end may be from its low end: "rose 0.2 to 4.3 percent" is a change
#: and then a level, not a range.
_SPREAD = 5.0
#: Kinds that a measure's range shares; a count ("10 to 12 people") and money keep their
#: two figures, as before.
_KINDS = frozenset({"duration", "quantity", "percent"})
#: Words before the first number that make "X to Y" a change, not a range.
_CHANGE = frozenset({"from", "aged", "ages", "age"})


#: A scale, a dash and a second number with the same scale: "bn-2bn", "m–4.5m", " million-3
#: million" (group 1 the scale as written, group 2 the second number).
_SCALED_SECOND = re.compile(
    rf"(\s?(?:bn|mn|tn|trn)|[mbk]|\s(?:million|billion|trillion))[-–]"
    rf"((?:[A-Z]{{1,3}}\$|[$£€¥])?)({NUM_RX})\1(?![\w²³/])")


def scaled_money_range(text: str, pos: int, low: float, sign: str = "") -> tuple[int, float] | None:
    """End and scale of a sum's range after its first number (which ends at `pos`) when the
    scale is written on both ends and the sign `sign` before the first, and again before the
    second or not: "$1.5bn-2bn", "$1.2bn-$1.5bn" (figs19), "€3m–€4m" are one figure at the
    low end, as "$5-10bn" is. None otherwise ("$1.5bn-£2bn", "$2bn-1.5bn")."""
    if text[pos : pos + 1] not in SCALE_FIRST and text[pos + 1 : pos + 2] not in SCALE_SECOND:
        return None  # a cheap check first: most sums have no scale after them
    m = _SCALED_SECOND.match(text, pos)
    if m is None or m.group(2) not in ("", sign) or not low < (as_float(m.group(3)) or 0.0):
        return None
    return m.end(), fw.SCALES[m.group(1).strip().lower()]


def _second(m: re.Match[str]) -> float | None:
    """The value of the second number `_TO_SECOND` matched."""
    if m.group(1):
        return as_float(m.group(1))
    if m.group(2):
        return float(fw.TENS[m.group(2)] + (fw.UNITS[m.group(3)] if m.group(3) else 0))
    return float(fw.UNITS[m.group(4)])


def to_range(text: str, start: int, pos: int, low: float | None) -> tuple[str, float, int] | None:
    """Kind, unit factor and end of a range whose first number `low` (starting at `start`)
    ends bare at `pos` and whose second carries the unit: "10 to 14 days", "two to four
    days", "100 to 120km/h". Not "from 10 to 14 days" (a change), "aged 18 to 24", nor two
    numbers far apart ("rose 0.2 to 4.3 percent": a change, then a level)."""
    if text[pos : pos + 4] != " to " or not low:
        return None
    m = _TO_SECOND.match(text, pos)
    if m is None or not low < (_second(m) or 0.0) <= low * _SPREAD:
        return None
    tail = unit_tail(text, m.end())
    if tail is None or tail[0] not in _KINDS:
        return None
    before = words_before(text, start, 1)
    if before and before[0][1].lower() in _CHANGE:
        return None
    return tail[0], unit_factor(text, tail[0], m.end(), tail[1]), tail[1]


#: What joins the two ends of a range written with its unit on both ("3% to 4%", "3%-4%",
#: "$8.40 to $8.55", "£10-£12"; figs23). "between … and …" stays two (the set's practice).
_TWO_ENDED_JOIN = frozenset({" to ", "-", "–", " - ", " – "})
#: Words before the first end that make "X to Y" a change and then a level ("rose 3% to 4%",
#: "from £75 to £395", "cut by 1% to 3%").
_CHANGE_BEFORE = frozenset(
    "from by aged rose fell grew dropped climbed jumped slipped gained lost declined increased "
    "decreased slid sank surged soared tumbled plunged".split())
_DIGITS = re.compile(r"\d[\d.,]*")


def two_ended(text: str, first: tuple[int, int, str, float | None], start: int, end: int,
              high: float | None) -> float | None:
    """The low end's value when the figure at `start:end` (valued `high`) is the high end of
    a range whose low end is the figure `first` of the same kind, the unit written on both
    ends ("3% to 4%", "$8.40-$8.55"): joined by "to" or a dash, written alike (same sign,
    same unit word; the first may have an approximator before it), low < high ≤ 5 × low,
    and no word of a change before the first ("rose 0.2% to 4.3%", "beat him 52% to 47%",
    "from €85 to €1,950" stay two figures); else None. A sum's scale may be written on the
    second end only ("$5 to $6 million", "£2-£3bn": 5e6, figs24)."""
    low = first[3]
    if text[first[1] : start] not in _TWO_ENDED_JOIN or low is None or high is None:
        return None
    shape = _DIGITS.sub("#", text[start:end])
    first_shape = _DIGITS.sub("#", text[first[0] : first[1]])
    if not shape.startswith(("#", "$", "£", "€", "¥")):
        return None
    if not first_shape.endswith(shape):
        low = _shared_scale(text, first, start, end, first_shape, shape, high)
        if low is None:
            return None
    if not 0 < low < high <= low * _SPREAD:
        return None
    before = words_before(text, first[0], 1)
    return None if before and before[0][1].lower() in _CHANGE_BEFORE else low


def _shared_scale(text: str, first: tuple[int, int, str, float | None], start: int, end: int,
                  first_shape: str, shape: str, high: float) -> float | None:
    """The low end of "$5 to $6 million": the first sum written bare with the second's sign,
    the second scaled; the first valued in the second's scale."""
    sign = first_shape.rsplit(" ", 1)[-1]
    if first[2] != "money" or not sign.endswith("#") or not shape.startswith(sign) or \
            shape[len(sign) :].strip().lower() not in fw.SCALES:
        return None
    low_digits = _DIGITS.search(text, first[0], first[1])
    high_digits = _DIGITS.search(text, start, end)
    if low_digits is None or high_digits is None:
        return None
    written_low, written_high = as_float(low_digits.group()), as_float(high_digits.group())
    if not written_low or not written_high:
        return None
    return high / written_high * written_low


def clock_word(text: str, s: int, e: int, floor: int) -> Hit | int:
    """ "at midnight", "until noon", "around midday", "a midnight deadline": a time of day
    (0 or 12 hours). Only after a word of time ("at", "by", "until" …) or before a deadline:
    "the midnight sun", "Midnight Express" and "noonday" are no times."""
    before = words_before(text, s, 1)
    if text[e : e + 1] == "-":
        return e
    if before and before[0][1].lower() in fw.CLOCK_WORD_BEFORE:
        start = approx_start(text, s, floor, fw.TIME_APPROXIMATORS)
        return start, e, "time", fw.CLOCK_WORDS[text[s:e].lower()]
    nxt = re.match(r"\s([a-z-]+)", text[e : e + 12])
    if nxt and nxt.group(1) in fw.CLOCK_WORD_NOUNS:
        return s, e, "time", fw.CLOCK_WORDS[text[s:e].lower()]
    return e
