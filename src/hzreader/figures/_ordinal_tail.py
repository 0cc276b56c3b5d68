"""What an ordinal word says by what follows it: a ranking ("third largest", "fourth in the
medal table"), a period ("fourth quarter", "the first 10 months of 2024"), or nothing."""

from __future__ import annotations

import re

from hzreader.figures import _words as fw
from hzreader.figures._context import Hit, words_before
from hzreader.figures._patterns import (
    CENTURY,
    FIRST_N,
    FIRST_PLACE_IDIOM,
    GAME_CONTEXT,
    IN_PERIOD,
    MOST_SUPERLATIVE,
    NAMED_ACHIEVEMENT,
    NAMED_STORM,
    NEXT_WORD,
    PERIOD,
    RANK_NOUN,
    RANK_POINTS,
    RANK_TABLE,
    SUPERLATIVE,
)
from hzreader.figures._streaks import ranked_name, run_of_periods


def game_half(text: str, s: int, end: int) -> bool:
    """Whether "the first half"/"third quarter" at `s:end` is part of a game or race, not of
    a year: a word of sport near it ("scored … in the second half") or a race time after."""
    since = max(0, s - 60, text.rfind(". ", 0, s))
    if GAME_CONTEXT.search(text, since, s) or GAME_CONTEXT.match(text, end + 1):
        return True
    after = text[end : end + 5]
    return after.startswith(" in ") and after[4:5].isdigit()


#: What may follow a driver's or runner's place: the clause's end, "in Monza", "ahead of".
_PLACE_AFTER = re.compile(r"(?:[,;:)]|\.(?:\s|$)|$|\s(?:in|at|ahead|behind|and)\b)")
#: Another name's place in the same list, after or before ("Piastri third, Norris first").
_NEXT_PLACE = re.compile(r"\s[A-Z][a-z]+\s(?:was\s)?(?:first|second|third|fourth|fifth|sixth)\b")
_PLACE_BE = frozenset("was were is are".split())


def _placed_name(text: str, s: int, e: int, rank: float) -> bool:
    """Whether a bare ordinal word is a named person's place (figs30): "Oscar Piastri was
    third", "Norris first, Piastri third", "Piastri was third, Norris first" — a capitalised
    name (not a month, a weekday or a common word) right before it, or before "was"; the
    clause ends after it. A single name before "was" or a "first" needs another name's place
    beside it (not "Lisbon was second.", figs16; not "Safety first, always.")."""
    if _PLACE_AFTER.match(text, e) is None:
        return False
    words = words_before(text, s, 3)
    stop = text.find(". ", e, e + 40)  # in the same sentence
    listed = _NEXT_PLACE.search(text, e, e + 40 if stop < 0 else stop) is not None or \
        _NEXT_PLACE.search(text, max(0, s - 40, text.rfind(". ", 0, s) + 1), s) is not None
    if words and words[0][1] in _PLACE_BE:
        words = words[1:]  # "Oscar Piastri was third" ("it was the first time" has "the")
        if not listed and (len(words) < 2 or not _a_name(words[1][1])):
            return False
    elif rank == 1 and not listed:
        return False
    return bool(words) and _a_name(words[0][1])


def _a_name(name: str) -> bool:
    """Whether a word may be a name: capitalised, not a month, weekday or common word."""
    return name[:1].isupper() and name[1:].islower() and name.lower() not in fw.CAPITAL_OK \
        and name.lower() not in fw.STOP_WORDS and name not in fw.MONTHS \
        and name not in fw.WEEKDAYS


def ordinal_tail(text: str, s: int, e: int, rank: float, floor: int, digits: bool) -> Hit | int:
    """An ordinal ending at `e`: a ranking, a period ("fourth quarter") or nothing."""
    if (m := PERIOD.match(text, e)) and rank <= 4:
        if not m.group(2) and game_half(text, s, m.end()):
            return m.end()  # half or quarter of a game, not of a year
        return s, m.end(), "date", float(m.group(2)) if m.group(2) else None
    if rank == 1 and (m := FIRST_N.match(text, e)):
        if m.group(2):
            return s, m.end(), "date", float(m.group(2))  # "the first 10 months of 2024"
        if m.group().endswith("quarters") and game_half(text, s, m.end()):
            return m.end()  # "led for the first three quarters" of a game
        count = m.group(1)  # "the first 10 months": ten months long, from the year's start
        return s, m.end(), "duration", float(fw.UNITS.get(count.lower()) or count)
    if (m := CENTURY.match(text, e)) and rank <= 30:
        return s, m.end(), "date", None
    before = [w.lower() for _, w in words_before(text, s, 2)]
    if rank == 1 and before == ["the", "in"] and FIRST_PLACE_IDIOM.match(text, e):
        return e  # "why was it built in the first place?"
    if (m := SUPERLATIVE.match(text, e)) or (m := RANK_NOUN.match(text, e)) or rank > 1 and (
            m := MOST_SUPERLATIVE.match(text, e)) and m.group(1) not in fw.STOP_WORDS and before \
            and (before[0] in fw.DETERMINERS or before[0].endswith(("'s", "’s"))):
        return s, m.end(), "ordinal", rank  # "third largest", "the third most visited"
    if not digits and before[:1] == ["the"] and (m := NAMED_STORM.match(text, e)):
        return s, m.end(), "ordinal", rank  # "the second named storm": of its season
    if not digits and (m := IN_PERIOD.match(text, e)) and (before[:1] == ["the"] or (
            before and (before[0] in fw.POSSESSIVES_OWN or before[0].endswith(("'s", "’s")))
            and m.group(1).split()[-1] in fw.SEASON_RESULTS)):
        return s, m.end(1), "ordinal", rank  # "the fourth named storm of the season"
    nxt = NEXT_WORD.match(text, e)
    if nxt and nxt.group(1)[0].isupper() and nxt.group(1) not in fw.MONTHS:
        if digits and NAMED_ACHIEVEMENT.match(text, e):
            return s, e, "ordinal", rank  # "her 99th World Cup win"
        return nxt.start()
    if digits:
        return s, e, "ordinal", rank
    words = [w.lower() for _, w in words_before(text, s, 3)]
    if words and words[1:2] and words[1] in fw.RANK_OBJECTS and words[0] == "to":
        del words[1]  # "lifts them to fourth"
    if words:
        first = words[0]
        if first in fw.RANK_VERBS or (
            len(words) > 1 and first in ("to", "in") and words[1] in fw.RANK_MOVES | fw.RANK_VERBS
        ):
            return s, e, "ordinal", rank
    if _placed_name(text, s, e, rank):
        return s, e, "ordinal", rank  # "Oscar Piastri was third", "Norris first, Piastri third"
    if RANK_TABLE.match(text, e) or ranked_name(text, s):
        return s, e, "ordinal", rank  # "fourth in the medal table", "ranking Cathay fifth"
    if (run := run_of_periods(text, s, e)) is not None:
        return s, run, "ordinal", rank  # "slip for a third month": a streak
    if RANK_POINTS.match(text, e) and not (before and (
            before[0] in ("the", "a", "an") or before[0] in fw.POSSESSIVES_OWN)):
        return s, e, "ordinal", rank  # "Arsenal are now second on 31 points"
    return e
