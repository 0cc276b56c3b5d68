"""Numbers grouped with spaces ("1 000 people", "€1 250 000", "12 500 fans"), as French, Nordic and
wire copy write them and as feeds send them (a no-break, narrow no-break or thin space, or a
plain one): the spaces are read as thousands commas (figs23); so are apostrophes, the Swiss way
("1'250'000 francs", "CHF 1’250’000"; figs24).

`grouped(text)` gives `text` with each such space replaced by a comma, the same length, so a
figure found in it has the same span in `text`; it is called only for a text where the digit
reader met a number with a space and three digits after it (`Regroup`). Only an unambiguous run
is read so: a first group of one to three digits, then groups of exactly three, with no digit
group just before or just after it ("in 2024 500 people", "rooms 3 4 5", "112 203 12" stay
apart), no leading zero, and at most five groups (a list of codes: "911 999 112 000 111 101"). A
plain space also separates numbers that are not one ("GET /x 404 242", "40 737 jets"), so with
one the run must look like a grouped number: a first group of one or two digits ("12 500"), or
three groups or more ("125 000 000"), or a last group ending in 00 ("125 000"); not after a
month ("May 12 500 people"), no Boeing model in it, and no letter or hyphen glued after it ("3
100m", "3 100-metre")."""

from __future__ import annotations

import re

from hzreader.figures._basics import alt
from hzreader.figures._designations import aircraft_end
from hzreader.figures._words import MONTHS

_SEP = "[ \u00a0\u202f\u2009'\u2019]"
#: The spaces that may group digits (`at_digits` checks the character after a number).
SPACES = frozenset(" \u00a0\u202f\u2009'\u2019")


class Regroup(Exception):
    """Raised by the digit reader at a number that a space and three digits follow: the text
    is read again with `grouped` (cheaper than looking for such runs in every text) when that
    changes it, else the reader goes on (`_extract._find_figures`)."""
_RUN = re.compile(rf"(?<![\d.,])(?<!\d{_SEP})(?!0)\d{{1,3}}({_SEP})\d{{3}}(?:\1\d{{3}}){{0,3}}"
                  rf"(?!\d|{_SEP}\d|,\d)")
#: A plain space: nothing glued after the run, no month before it.
_GLUED_AFTER = re.compile(r"[\w-]")
_MONTH_BEFORE = re.compile(rf"\b(?:{alt(MONTHS)})\.?\s$")


def grouped(text: str) -> str:
    """`text` with the spaces inside each space-grouped number read as commas (the same
    string when it has none)."""
    m = _RUN.search(text)
    if m is None:
        return text
    chars: list[str] | None = None
    while m is not None:
        if m.group(1) != " " or _plain_grouped(text, m.start(), m.end()):
            if chars is None:
                chars = list(text)
            for i in range(m.start(), m.end()):
                if text[i] == m.group(1):
                    chars[i] = ","
        m = _RUN.search(text, m.end())
    return text if chars is None else "".join(chars)


def _plain_grouped(text: str, start: int, end: int) -> bool:
    """Whether the run `start:end`, grouped with plain spaces, is one number."""
    groups = text[start:end].split(" ")
    if not (len(groups[0]) <= 2 or len(groups) > 2 or groups[-1].endswith("00")):
        return False  # "404 242", "123 456"
    if _GLUED_AFTER.match(text, end) or \
            _MONTH_BEFORE.search(text, max(0, start - 12), start):
        return False
    at = start + len(groups[0]) + 1
    for group in groups[1:]:
        if aircraft_end(text, at, group, counted=True) is not None:
            return False  # "40 737 jets"
        at += 4
    return True
