"""Spelled-out numbers in several groups: "three hundred and twenty million", "two
thousand five hundred" (figs16). `_spelled` reads a number word and its scales; this reads
on when a smaller group follows a scale."""

from __future__ import annotations

import re

from hzreader.figures import _words as fw
from hzreader.figures._basics import alt

_SMALL = {**fw.UNITS, **fw.TENS}
_BIG = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
#: After a scale, a smaller group goes on ("… hundred and twenty", "… thousand five").
CONTINUES = re.compile(rf"\s(?:and\s)?(?:{alt(_SMALL)})\b")
_WORD = re.compile(r"[\s-]([a-z]+)\b")


def compound(text: str, s: int) -> tuple[float, int] | None:
    """The value and end of the spelled number at `s` ("Three hundred and twenty million"),
    read group by group; None when it has a single group. A group is a unit and "hundred",
    then perhaps "and" and a number below a hundred; scales above a hundred fall in order.
    Where the next word breaks that order, the number ends, before an "and" it took
    ("two hundred and three hundred" is 200, then a second number)."""
    first = re.compile(r"[A-Za-z]+").match(text, s)
    if first is None:
        return None
    words = [(first.group().lower(), first.end())]
    pos = first.end()
    while len(words) < 12 and (m := _WORD.match(text, pos)):
        words.append((m.group(1), m.end()))
        pos = m.end()
    total, group, end, groups = 0.0, 0.0, s, 0
    last_big = 1e18
    hundreds = False  # the group has its "hundred"
    below = False  # the group has its part below a hundred
    pending: tuple[float, float, int, int] | None = None  # the state before an "and"
    i = 0
    while i < len(words):
        word, stop = words[i]
        if word == "and":
            nxt = words[i + 1][0] if i + 1 < len(words) else ""
            if below or nxt not in _SMALL or not (hundreds or total):
                break
            pending = (total, group, end, groups)
            i += 1
            continue
        if word in _SMALL:
            value = _SMALL[word]
            if below and not (group % 100 in fw.TENS.values() and 0 < value < 10
                              and word in fw.UNITS):
                break  # "two three", "nineteen ninety": no number of one group
            group += value
            below = True
        elif word == "hundred":
            if hundreds or below and group >= 10 or not below and group:
                break
            group, hundreds = (group or 1.0) * 100, True
            below = False
        elif word in _BIG:
            scale = _BIG[word]
            if scale >= last_big:
                break
            if not group and not total and i:
                break  # "thousand" first: "a thousand and one nights"
            total += (group or 1.0) * scale
            group, last_big, hundreds, below = 0.0, scale, False, False
            pending = None
            groups += 1
        else:
            break
        end = stop
        i += 1
    else:
        pending = None
    if pending is not None and i < len(words) and words[i][0] == "hundred":
        total, group, end, groups = pending  # "two hundred and three hundred"
    if groups == 0 and not hundreds:
        return None
    whole = total + group
    return (whole, end) if whole else None
