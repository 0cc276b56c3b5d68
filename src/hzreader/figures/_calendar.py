"""Digits read as calendar words in English: a day or a year after its month's name
("Sept 28", "April 2019"), and a decade ("1980s", "the 90s"; "in her 70s" is an age)."""

from __future__ import annotations

from hzreader.figures import _words as fw
from hzreader.figures._context import Hit, unit_tail, words_before
from hzreader.figures._patterns import DAY_TAIL, ERA_WORDS


def date_after_month(text: str, s: int, raw: str) -> Hit | None:
    """A date whose month name stands right before the digits at `s` ("Sept 28", "April 2019")."""
    words = words_before(text, s, 1)
    if not words or words[0][1].rstrip(".") not in fw.MONTHS:
        return None
    if words[0][1] == "March" and [w for _, w in words_before(text, s, 2)][1:] == ["Long"]:
        return None
    start = words[0][0]
    if len(raw) <= 2 and 1 <= int(raw) <= 31:
        m = DAY_TAIL.match(text, s + len(raw))
        if m is None:
            return None
        year = float(m.group(1)) if m.group(1) else None
        return start, m.end(), "date", year
    if len(raw) == 4 and 1000 <= int(raw) <= 2100 and not text[s + 4 : s + 5].isalnum():
        return start, s + 4, "date", float(raw)
    return None


def decade(text: str, s: int, end: int, raw: str, floor: int) -> Hit:
    """A decade such as "1980s" or "the 90s"; "in her 70s" is an age."""
    start = s - 1 if s and text[s - 1] in "'’" else s
    value = float(raw)
    words = words_before(text, start, 1)
    if len(raw) == 2 and (tail := unit_tail(text, end)) and tail[0] == "percent":
        if start >= 4 and text[start - 4 : start].lower() == "mid-":
            start -= 4
        elif words and words[0][1].lower() in fw.DECADE_PARTS and words[0][0] >= floor:
            start = words[0][0]
        return start, tail[1], "percent", value  # "mid-30s percent", "low 40s percent"
    if len(raw) == 2:
        if words and words[0][1].lower() in fw.POSSESSIVES:
            return start, end, "duration", value
        value += 1900
    if words and words[0][1].lower() in ERA_WORDS and words[0][0] >= floor:
        start = words[0][0]
    elif start >= 5 and text[start - 4 : start].lower() == "mid-":
        start -= 4
    return start, end, "year", value
