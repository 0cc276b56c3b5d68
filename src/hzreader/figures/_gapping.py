"""Counts whose noun a list leaves out after saying it once (gapping): in "Labour won 22
seats, the Conservatives held 11 and independents six" the 11 and the six are seats too.

After a count with an English noun, each item that follows it directly — a comma, "and" or
a semicolon, a name (capitalised words) or a plural noun, perhaps one verb, then a number
that ends the item — is a count of the same noun. The number may be in digits or one number
word ("six", "twenty-one"): a bare number word is no figure on its own, and a name before a
number ("the Conservatives 11") is no name with a number ("Windows 11") in such a list.
A count set against another's after "to" is one too: "17 shots to Rovers' nine" (figs19).
"""

from __future__ import annotations

import re

from hzreader.figures import _words as fw
from hzreader.figures._nouns import is_plural

#: One gapped item right after a count (or after the item before it).
_ITEM = re.compile(
    r"(?:,\s(?:and\s|while\s)?|\sand\s|;\s)(?:the\s)?"
    r"([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}|[a-z]{3,})"  # who: a name or a plural noun
    r"(?:\s([a-z]{2,}))?\s"  # perhaps a verb ("held")
    r"(\d{1,3}(?:,\d{3})*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)"  # the number
    r"(?=[,;.]|\s(?:and|or|while)\s|$)"
)
#: A count set against another's after "to" (figs19): "17 shots to Rovers' nine", "22 seats
#: to the Tories' 14" — a possessive before the number, or a number word.
_TO_ITEM = re.compile(
    r"\sto\s(?:((?:the\s)?[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?(?:['’]s?|\s?['’]s)|their|his|her|its)\s)?"
    r"(\d{1,3}(?:,\d{3})*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)(?=[,;.)]|\s(?:and|or|while|in|on)\s|$)")
#: What may follow a count whose noun a list leaves out after it.
_AFTER_COUNT = (", ", " and ", "; ", " to ")
_NUMBER_WORDS = {**{word: value for word, value in fw.UNITS.items() if value}, **fw.TENS}

Found = tuple[int, int, str, float | None]


def _number(word: str) -> float | None:
    """The value of digits or of one number word ("six", "twenty-one"), else None."""
    if word[0].isdigit():
        return float(word.replace(",", ""))
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    tens, _, unit = word.partition("-")
    if tens in fw.TENS and unit in fw.UNITS and fw.UNITS[unit]:
        return float(fw.TENS[tens] + fw.UNITS[unit])
    return None


def _items(text: str, pos: int) -> list[tuple[int, int, float]]:
    """The gapped items from `pos` on: each number's start, end and value."""
    found: list[tuple[int, int, float]] = []
    if text.startswith(" to ", pos):
        m = _TO_ITEM.match(text, pos)
        if m is None or not m.group(1) and (m.group(2)[0].isdigit() or m.group(2) == "one") \
                or (value := _number(m.group(2))) is None:
            # "fell 300 points to 42,000": a level; "gave 5 tickets to one": a person (figs21)
            return found
        return [(m.start(2), m.end(2), value)]
    while (m := _ITEM.match(text, pos)) is not None:
        who, verb, number = m.group(1), m.group(2), m.group(3)
        if who.islower() and not is_plural(who) or verb and verb in fw.STOP_WORDS or \
                not verb and who.rsplit(" ", 1)[-1].lower() in fw.NAME_PREFIXES:
            break  # "Line 10" names a line
        value = _number(number)
        if value is None:
            break
        found.append((m.start(3), m.end(3), value))
        pos = m.end()
    return found


def gapped_counts(text: str, found: list[Found], units: list[str]) -> None:
    """Make the gapped items after each English count counts of its noun, in place: a bare
    number found there becomes one, a number not found yet is added."""
    i = 0
    while i < len(found):
        _, end, kind, _ = found[i]
        i += 1
        if kind != "count" or not text.startswith(_AFTER_COUNT, end) or \
                not (unit := units[i - 1]).isascii():
            continue
        for item_start, item_end, value in _items(text, end):
            at = i
            while at < len(found) and found[at][1] <= item_start:
                at += 1
            if at < len(found) and found[at][0] < item_end:  # a figure there already
                if found[at][:2] != (item_start, item_end) or found[at][2] != "number":
                    break
                found[at] = (item_start, item_end, "count", value)
                units[at] = unit
            else:
                found.insert(at, (item_start, item_end, "count", value))
                units.insert(at, unit)
            i = at + 1
