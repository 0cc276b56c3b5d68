"""Ranges written with "to" (figs16): "two to four days", "10 to 14 days", "3 to 5 percent"
are one figure valued at the low end, as "3-5 days" and "10-15%" are."""

from __future__ import annotations

import re

from hzreader.figures import _words as fw
from hzreader.figures._basics import alt
from hzreader.figures._context import unit_factor, unit_tail, words_before
from hzreader.figures._patterns import NUM_RX

#: " to 14", " to four", " to twenty-five": the second number, bare (its unit comes next).
_TO_SECOND = re.compile(
    rf"\sto\s(?:(?:{NUM_RX})(?![\w.,]\d)|(?:{alt(fw.TENS)})(?:-(?:{alt(fw.UNITS)}))?\b(?!-)"
    rf"|(?:{alt(fw.UNITS)})\b(?!-))")
#: Kinds that a measure's range shares; a count ("10 to 12 people") and money keep their
#: two figures, as before.
_KINDS = frozenset({"duration", "quantity", "percent"})
#: Words before the first number that make "X to Y" a change, not a range.
_CHANGE = frozenset({"from", "aged", "ages", "age"})


def to_range(text: str, start: int, pos: int) -> tuple[str, float, int] | None:
    """Kind, unit factor and end of a range whose first number (starting at `start`) ends
    bare at `pos` and whose second carries the unit: "10 to 14 days", "two to four days",
    "100 to 120km/h". Not "from 10 to 14 days" (a change) nor "aged 18 to 24"."""
    if text[pos : pos + 4] != " to ":
        return None
    m = _TO_SECOND.match(text, pos)
    if m is None:
        return None
    tail = unit_tail(text, m.end())
    if tail is None or tail[0] not in _KINDS:
        return None
    before = words_before(text, start, 1)
    if before and before[0][1].lower() in _CHANGE:
        return None
    return tail[0], unit_factor(text, tail[0], m.end(), tail[1]), tail[1]
