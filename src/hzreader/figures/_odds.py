"""Odds written with hyphens (figs23): "a one-in-three chance", "a one-in-200-year event",
"a 1-in-100-year flood", "a one-in-a-million shot": a `number` valued as "1 in 3" is (1/3;
a flood's odds in any one year, 0.01, for "1-in-100-year")."""

from __future__ import annotations

import re

from hzreader.figures import _words as fw
from hzreader.figures._basics import alt, as_float
from hzreader.figures._context import Hit

_HYPHEN_ODDS = re.compile(
    rf"(?i)(?:one|1)-in-(?:(\d{{1,3}}(?:,\d{{3}})+|\d+)|({alt(fw.UNITS)}|{alt(fw.TENS)})"
    r"|an?-(hundred|thousand|million|billion))"
    r"(-(?:year|decade|century|generation|lifetime))?(?![\w-]|\.\d)")


def hyphen_odds(text: str, s: int) -> Hit | None:
    """The odds written with hyphens whose "one"/"1" starts at `s`, or None ("one-in-five",
    "1-in-100-year"; not "one-in-one", nor a denominator that is no number)."""
    m = _HYPHEN_ODDS.match(text, s)
    if m is None:
        return None
    if m.group(1):
        den = as_float(m.group(1))
    elif m.group(2):
        word = m.group(2).lower()
        den = float(fw.UNITS.get(word) or fw.TENS.get(word) or 0)
    else:
        den = fw.SCALES[m.group(3).lower()]
    if not den or den <= 1:
        return None
    return s, m.end(), "number", 1 / den
