"""Death tolls written without a noun, as headlines and disaster stories write them (figs35,
tryout19 §11): "Typhoon Koinu kills 27", "killing 9 and injuring 1,011", "9 dead", "left 12
missing", "40 were hurt", "the death toll rose to 1,234" are counts of people."""

from __future__ import annotations

import re
from operator import itemgetter

#: A word of casualties anywhere in a text: the cheap test before the careful one.
_ANY = re.compile(r"[Kk]ill|[Ii]njur|[Ww]ound|[Dd]ead|[Mm]issing|[Hh]urt|[Tt]oll")
#: A casualty verb or a toll right before the figure (its approximator is in its span).
_BEFORE = re.compile(
    r"(?i)(?:\b(?:kills|killed|killing|injures|injured|injuring|wounds|wounded|wounding)|"
    r"\b(?:death\s)?toll\s(?:[a-z]+\s){0,2}(?:to|at|of))\s$")
#: A casualty word right after the number ("9 dead", "14 missing", "40 were hurt").
_AFTER = re.compile(r"\s(?:(?:were|are|people\swere)\s)?(?:dead|missing|injured|wounded|hurt|"
                    r"killed)\b")
#: Where the number's clause ends ("kills 27, dumps …", "killing 9 and injuring").
_CLOSED = re.compile(r"[,;.!?)]|\s(?:and|in|on|at|after|as|since|with|when|across)\s|$")

#: A figure as the rules find it: start, end, kind, value.
Found = tuple[int, int, str, float | None]
_KIND = itemgetter(2)


def casualty_counts(text: str, found: list[Found], units: list[str]) -> None:
    """Make each bare whole number of a casualty phrase a count of people, in place."""
    if "number" not in map(_KIND, found) or _ANY.search(text) is None:
        return
    for i, (start, end, kind, value) in enumerate(found):
        if kind != "number" or value is None or value < 1 or not value.is_integer():
            continue
        if _AFTER.match(text, end) or _CLOSED.match(text, end) and \
                _BEFORE.search(text, max(0, start - 30), start):
            found[i] = (start, end, "count", value)
            units[i] = "people"
