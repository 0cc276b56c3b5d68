"""Counts whose noun a list leaves out after saying it once (gapping): in "Labour won 22
seats, the Conservatives held 11 and independents six" the 11 and the six are seats too.

After a count with an English noun, each item that follows it directly — a comma, "and" or
a semicolon, a name (capitalised words) or a plural noun, perhaps one verb, then a number
that ends the item — is a count of the same noun. The number may be in digits or one number
word ("six", "twenty-one"): a bare number word is no figure on its own, and a name before a
number ("the Conservatives 11") is no name with a number ("Windows 11") in such a list.
A count set against another's after "to" is one too: "17 shots to Rovers' nine" (figs19).

figs24: also after a comparison ("3.125 bitcoin per block instead of 6.25", "14.9 kg, against
2.4"), and money carries too.
figs23: a bare number takes the kind and unit of the measured figure before it after a hedge
("Sixty hours a week, maybe 70"), "down/up from" ("93 seats …, down from 49") or "from 12
scientists to 240"; a headline's plural subject counts the number it tops ("Bike-share trips
top 3 million"; both `bare_units`).
"""

from __future__ import annotations

import re

from hzreader.figures import _words as fw
from hzreader.figures._nouns import is_plural

#: One gapped item right after a count (or after the item before it).
_ITEM = re.compile(
    r"(?:,\s(?:and\s|while\s)?|\sand\s|;\s)(?:the\s)?"
    r"([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}|[a-z]{3,})"  # who: a name or a plural noun
    r"(?:\s([a-z]{2,}))?"  # perhaps a verb ("held")
    r"(?:\san?\s(?:record|further|extra|mere|new|combined))?\s"  # "a record 38" (figs23)
    r"(\d{1,3}(?:,\d{3})*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)"  # the number
    # where they are counted ("38 in the upper house count so far,"; figs23)
    r"(?:\s(?:in|on|at)\s(?:the\s)?[a-z][a-z ]{0,40}?(?=[,;]))?"
    r"(?=[,;.]|\s(?:and|or|while)\s|$)"
)
#: A count set against another's after "to" (figs19): "17 shots to Rovers' nine", "22 seats
#: to the Tories' 14" — a possessive before the number, or a number word.
_TO_ITEM = re.compile(
    r"\sto\s(?:((?:the\s)?[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?(?:['’]s?|\s?['’]s)|their|his|her|its)\s)?"
    r"(\d{1,3}(?:,\d{3})*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)(?=[,;.)]|\s(?:and|or|while|in|on)\s|$)")
#: What may follow a count whose noun a list leaves out after it.
_AFTER_COUNT = (", ", " and ", "; ", " to ")
#: Where shots were aimed, between the count and "to" ("9 shots on target to City's 6"; figs27).
_SHOT_TAIL = re.compile(r"\s(?:on|off)\s(?:target|goal)(?=\sto\s)")
#: A second participle gapped after a count's first ("300 flights were delayed and 87
#: cancelled": 87 flights; figs27).
_SECOND_VERB = re.compile(r"\s(?:were|was|have\sbeen|had\sbeen)\s[a-z]{3,}ed\sand\s"
                          r"(\d{1,3}(?:,\d{3})*)\s[a-z]{3,}ed(?=[\s,;.]|$)")

Found = tuple[int, int, str, float | None]


def _number(word: str) -> float | None:
    """The value of digits or of one number word ("six", "twenty-one"), else None."""
    if word[0].isdigit():
        return float(word.replace(",", ""))
    return fw.word_number(word)


#: A part of a whole named in a fronted phrase: "Of the 7,901 people given aspirin, 102
#: developed the disease" (102 people; figs27). The count must open its sentence with "Of the".
_FRONTED = re.compile(r"[^,.;:!?\d]{0,60},\s(\d{1,3}(?:,\d{3})*)\s[a-z]{3,}\b")


def _fronted(text: str, start: int) -> bool:
    """Whether the count at `start` follows "Of the" at the start of a sentence."""
    if not text.endswith("Of the ", 0, start):
        return False
    before = text[: start - 7].rstrip()
    return not before or before[-1] in ".!?\"“"


def _items(text: str, pos: int, fronted: bool = False) -> list[tuple[int, int, float]]:
    """The gapped items from `pos` on: each number's start, end and value."""
    found: list[tuple[int, int, float]] = []
    if fronted and (part := _FRONTED.match(text, pos)) is not None:
        return [(part.start(1), part.end(1), float(part.group(1).replace(",", "")))]
    if (second := _SECOND_VERB.match(text, pos)) is not None:
        return [(second.start(1), second.end(1), float(second.group(1).replace(",", "")))]
    if (shots := _SHOT_TAIL.match(text, pos)) is not None:
        pos = shots.end()
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


#: Verbs of holding before a bare number that starts a gapped list ("the Conservatives hold 9,
#: the Liberal Democrats 4"): the list counts what an earlier count counted (figs30).
_HOLD_VERBS = frozenset("hold holds held won win wins has have had keep keeps kept".split())


def _held_unit(text: str, found: list[Found], units: list[str], j: int) -> str:
    """The noun a bare number after a verb of holding counts when a gapped item follows it:
    the last plural noun counted before it in the 300 characters before, else ""."""
    start, end = found[j][0], found[j][1]
    verb = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
    if verb not in _HOLD_VERBS or not text[start:end].isdigit() or not _items(text, end):
        return ""
    for k in range(j - 1, -1, -1):
        if found[k][1] < start - 300:
            break
        if found[k][2] == "count" and units[k].isascii() and is_plural(units[k]):
            return units[k]
    return ""


def gapped_counts(text: str, found: list[Found], units: list[str]) -> None:
    """Make the gapped items after each English count counts of its noun, in place: a bare
    number found there becomes one, a number not found yet is added."""
    i = 0
    while i < len(found):
        start, end, kind, value = found[i]
        i += 1
        if kind == "number" and text.startswith(", ", end) and (
                held := _held_unit(text, found, units, i - 1)):
            found[i - 1] = (start, end, kind := "count", value)  # "the Conservatives hold 9,
            units[i - 1] = held  # the Liberal Democrats 4 and independents 2" (figs30)
        fronted = kind == "count" and _fronted(text, start)
        if kind != "count" or not (fronted or text.startswith(_AFTER_COUNT, end) or
                                   text.startswith((" were ", " was ", " have ", " had ",
                                                    " on ", " off "), end)) or \
                not (unit := units[i - 1]).isascii():
            continue
        for item_start, item_end, value in _items(text, end, fronted):
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


#: What stands between a measured figure and a bare number that takes its unit (figs23): a
#: hedge ("Sixty hours a week, maybe 70"), a level before ("93 seats in the lower house,
#: down from 49"), or "from 12 scientists to 240" (`_FROM_TO`, counts only).
_HEDGE = re.compile(r"(?:\s[a-z]+){0,3},\s(?:maybe|perhaps|possibly|probably|even|or\seven|"
                    r"if\snot)\s")
_DOWN_FROM = re.compile(r"(?:\s(?:in|on|at|of|for|across)\s[^,;.\d]{1,40})?,\s(?:(?:down|up)\s"
                        r"from|(?:a\s)?(?:net\s)?(?:gain|loss|rise|fall|drop|increase|decrease)"
                        r"\sof)\s")  # "won 28 seats, a gain of 11" (figs35)
#: A comparison (figs24): "3.125 bitcoin per block instead of 6.25", "lost 14.9 kg, against 2.4
#: on placebo", "12.4 mmHg, compared with 3.1".
_COMPARED = re.compile(r"(?:\s[a-z]+){0,3}\s(?:instead\sof|rather\sthan)\s|"
                       r",\s(?:against|compared\s(?:with|to)|versus|vs\.?)\s")
#: A result before a count set against another ("won 306 electoral votes to 232", "by 52
#: votes to 48"; figs35).
_WON_BY = re.compile(r"\b(?:won|wins|by|lost|carried)\s$")
#: Between a count and the share it stands on ("fell to 97 seats on 24.9%").
_ON_SHARE = (" on ", " with ")
_CLOSED = re.compile(r"[,;.!?)]|\s(?:and|or|in|on|at|a|an|per|for)\s|$")
_CARRIED_KINDS = frozenset({"count", "duration", "quantity", "percent", "money"})
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SCALED = re.compile(r"(?i)hundred|thousand|million|billion|trillion|dozen|score")


def _plain_value(text: str, figure: Found) -> bool:
    """Whether a figure is valued as its digits say (no scale, no basis points), or is
    spelled without a scale ("Sixty hours")."""
    digits = _DIGITS.search(text, figure[0], figure[1])
    if digits is None:
        return _SCALED.search(text, figure[0], figure[1]) is None
    return figure[3] == float(digits.group().replace(",", ""))


#: A plural subject and a verb of a threshold before a bare number at the end of a clause,
#: as headlines write a count ("Bike-share trips top 3 million", "Visitors pass 10,000";
#: figs23): group 1 the noun.
_SUBJECT_TOPS = re.compile(
    r"(?:^|[\s(])([A-Za-z][a-z]+(?:-[a-z]+)*s)\s(?:top|tops|topped|hit|hits|pass|passes|"
    r"passed|reach|reaches|reached|exceed|exceeds|exceeded|surpass|surpasses|surpassed|"
    r"near|nears|cross|crosses|crossed)\s(?:(?:over|nearly|almost|more\sthan)\s)?$")
#: The word right before such a number: a verb of `_SUBJECT_TOPS` or its approximator.
_TOPS_BEFORE = frozenset(
    "top tops topped hit hits pass passes passed reach reaches reached exceed exceeds exceeded "
    "surpass surpasses surpassed near nears cross crosses crossed over nearly almost than"
    .split())
#: Subjects that are levels or prices, not things counted ("Prices top 100", "Shares hit 40").
_LEVELS = frozenset(
    "prices shares stocks rates yields futures bonds markets indexes indices costs values "
    "sales bills wages earnings profits revenues temperatures levels rents fares premiums "
    "tariffs losses gains returns odds scores ratings polls".split())


def bare_units(text: str, found: list[Found], units: list[str]) -> None:
    """Give a bare number a kind and unit from the words before it, in place (figs23): a
    headline's plural subject ("Bike-share trips top 3 million": a count of trips), or the
    measured figure before it when a hedge, "down/up from" or a count's "from … to" stands
    between them and nothing follows the number in its clause ("Sixty hours a week, maybe
    70": hours)."""
    for j, (start, end, kind, value) in enumerate(found):
        if kind != "number" or value is None or not text[start : start + 1].isdigit():
            continue
        if value >= 1 and text[text.rfind(" ", 0, start - 1) + 1 : start - 1] in _TOPS_BEFORE:
            if _subject_count(text, found, units, j):
                continue
        if j and _carried(text, found, units, j):
            k = j - 2 if j > 1 and found[j - 2][2] == "count" and units[j - 2] and \
                text[found[j - 2][1] : found[j - 1][0]] in _ON_SHARE else j - 1
            found[j] = (start, end, found[k][2], value)  # "97 seats on 24.9%, down from
            units[j] = units[k]  # 121": seats, the share said on the way (figs35)


def _carried(text: str, found: list[Found], units: list[str], j: int) -> bool:
    """Whether the bare number `found[j]` takes the kind and unit of `found[j - 1]`."""
    start, end = found[j][0], found[j][1]
    prev = found[j - 1]
    if prev[2] not in _CARRIED_KINDS or not units[j - 1] or not units[j - 1].isascii() or \
            not text[start:end].replace(",", "").replace(".", "").isdigit() or \
            not _CLOSED.match(text, end):
        return False
    gap = text[prev[1] : start]
    if not (_HEDGE.fullmatch(gap) or _DOWN_FROM.fullmatch(gap) or _COMPARED.fullmatch(gap) or
            gap == " to " and prev[2] == "count" and (
                text[max(0, prev[0] - 5) : prev[0]] == "from " or  # "won 306 electoral votes
                _WON_BY.search(text, max(0, prev[0] - 8), prev[0]) is not None)):  # to 232"
        return False
    return _plain_value(text, prev)


def _subject_count(text: str, found: list[Found], units: list[str], j: int) -> bool:
    """Make the bare number `found[j]` after "<plural noun> tops" a count of that noun."""
    start, end, _, value = found[j]
    if not _CLOSED.match(text, end):
        return False
    m = _SUBJECT_TOPS.search(text, max(0, start - 40), start)
    if m is None or m.group(1).lower() in _LEVELS or not is_plural(m.group(1).lower()):
        return False
    found[j] = (start, end, "count", value)
    noun = m.group(1)
    units[j] = noun.lower() if noun[1:].islower() else noun  # "Deaths near 500"
    return True
