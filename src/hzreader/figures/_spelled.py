"""Figures led by a number word: "three", "twenty-five", "half a million", "fourth"."""

from __future__ import annotations

import re

from hzreader.figures import _words as fw
from hzreader.figures._bare import cups_won, weight_near
from hzreader.figures._compound import CONTINUES, compound
from hzreader.figures._context import (
    Hit,
    approx_of,
    approx_start,
    article_before,
    fraction_follows,
    sentence_start,
    small_number,
    unit_factor,
    unit_tail,
    words_before,
)
from hzreader.figures._designations import skip_token
from hzreader.figures._nouns import part_of_count, plural_end, singular_end
from hzreader.figures._odds import hyphen_odds
from hzreader.figures._ordinal_tail import game_half, ordinal_tail
from hzreader.figures._patterns import (
    A_SCALE,
    AGE_TO,
    AND_HALF,
    FIRST_N,
    FRACTION_AFTER,
    HALF_CENT,
    HALF_TIME,
    HYPHEN_NOUN,
    NEXT_WORD,
    OF_A_SCALE,
    OF_THEM,
    OTHER_COUNT,
    POINT_FRACTION,
    QUARTER_POINT,
    RATIO,
    SENTENCE_REST,
    TENS_ORD,
    TENS_UNIT,
    TIME_COUNT,
    TIMES,
    UNIT_AND_A,
    WORD_SCALE,
)
from hzreader.figures._ranges import clock_word, to_range

#: Capitalised nouns after which a number word names a part, a stage or a kind ("Doc one",
#: "Phase Two", "Type two"): the singular names of `fw.NAME_PREFIXES` and a few more.
_LABELS = frozenset({*(w for w in fw.NAME_PREFIXES if not w.endswith("s") or w == "series"),
                     "doc", "document", "part", "act", "volume"})


#: After "doubled": an idiom or a role, no factor.
_NO_FACTOR = re.compile(r"\s(?:down|over|up|back|as)\b|-")


def at_word(text: str, s: int, e: int, floor: int) -> Hit | int:
    """The figure led by the number word at `s:e`, or where to resume scanning."""
    word = text[s:e]
    if word.endswith((" quarter", " period")):
        return s, e, "date", None  # "the July-September quarter"
    lower = word.lower()
    if lower == "one" and text.startswith("-in-", e) and (odds := hyphen_odds(text, s)):
        return odds  # "a one-in-three chance", "a one-in-200-year event"
    if word[0].isupper() and not sentence_start(text, s):
        return skip_token(text, e)
    if lower in fw.ORDINALS:
        if lower == "first" and (first := FIRST_N.match(text, e)) and [
                w.lower() for _, w in words_before(text, s, 2)] == ["the", "for"] and not (
                first.group().endswith("quarters") and game_half(text, s, first.end())):
            return e  # "for the first three months": a length of time, read next
        a_start = article_before(text, s)
        if a_start is not None and lower in fw.FRACTIONS and fraction_follows(text, e):
            if (verb := words_before(text, a_start, 1)) and verb[0][1].lower() in fw.GOAL_VERBS:
                return e  # "Rice added a third from 25 yards": the third goal, no fraction
            start = approx_start(text, a_start, floor, fw.APPROXIMATORS)
            return start, e, "number", 1 / fw.FRACTIONS[lower]
        return ordinal_tail(text, s, e, float(fw.ORDINALS[lower]), floor, digits=False)
    if lower == "half":
        return _half(text, s, e, floor)
    if lower in ("decade", "fortnight"):
        a_start = article_before(text, s)  # "a decade", "nearly a fortnight"
        return e if a_start is None else (
            approx_start(text, a_start, floor, fw.APPROXIMATORS), e, "duration", 1.0)
    if lower == "week":
        return _a_week(text, s, e, floor)
    if lower in fw.CLOCK_WORDS:
        return clock_word(text, s, e, floor)  # "at midnight", "by noon"
    if lower in fw.MULTIPLIED:
        if _NO_FACTOR.match(text, e) or article_before(text, s) is not None:
            return e  # "doubled down", "doubled over in pain", "doubled as a hospital", "a
            # doubled letter"
        return approx_start(text, s, floor, fw.APPROXIMATORS), e, "number", fw.MULTIPLIED[lower]
    if lower in ("quarter", "dozen", "hundred", "thousand", "million", "billion", "trillion"):
        return _a_scale(text, s, e, lower, floor)
    value = float(fw.UNITS.get(lower, fw.TENS.get(lower, 0)))
    if lower in fw.TENS:
        if m := TENS_ORD.match(text, e):
            rank = value + fw.ORDINALS[m.group(1).lower()]
            return ordinal_tail(text, s, m.end(), rank, floor, digits=False)
        if m := TENS_UNIT.match(text, e):
            value += fw.UNITS[m.group(1).lower()]
            e = m.end()
    if lower == "one" and (r := words_before(text, s, 1)) and r[0][1].lower() in (
            "no", "any", "every", "each", "anyone", "someone", "everyone"):
        return e
    if (label := words_before(text, s, 1)) and label[0][1][0].isupper() and \
            label[0][1].lower() in _LABELS:
        return e  # "Doc one fine,", "Phase Two trials", "Type two diabetes": a name
    if value >= 2 and (m := TIME_COUNT.match(text, e)):
        return s, m.end(), "count", value  # "three-time champion"
    if value and (aged := words_before(text, s, 1)) and aged[0][1].lower() == "aged" and \
            unit_tail(text, e) is None and plural_end(text, e) is None:
        older = AGE_TO.match(text, e)  # "aged four to 11": one range (figs26)
        stop = older.end() if older and value < float(older.group(1)) <= 130 else e
        return aged[0][0], stop, "duration", value  # "arrived in London aged six"
    if value and text[s - 7 : s] == "age of " and [
            w.lower() for _, w in words_before(text, s, 3)] == ["of", "age", "the"] and \
            unit_tail(text, e) is None and plural_end(text, e) is None:
        return s, e, "duration", value  # "at the age of three", as "at the age of 3"
    frac = FRACTION_AFTER.match(text, e)
    if frac and frac.group(1) != "-" and frac.group(2).lower() in ("quarters", "halves") \
            and not text.startswith(" of", frac.end()):
        frac = None  # "the past nine quarters" is a time, "three quarters of" a fraction
    if frac and 1 <= value < 20 and (frac.group(1) == "-" or fraction_follows(text, frac.end())):
        den = fw.FRACTIONS[frac.group(2).lower()]
        start = approx_start(text, s, floor, fw.APPROXIMATORS)
        return start, frac.end(), "number", value / den
    return _word_tail(text, s, e, value, floor)


def _word_tail(text: str, s: int, e: int, value: float, floor: int) -> Hit | int:
    """Classify a number written in words by what follows it."""
    scaled = False
    for _ in range(3):
        m = WORD_SCALE.match(text, e)
        if not m:
            break
        value *= fw.SCALES[m.group(1).lower()]
        e, scaled = m.end(), True
    if (scaled or text[s:e].lower() in fw.SCALES) and CONTINUES.match(text, e) and (
            more := compound(text, s)) and more[1] > e:
        value, e, scaled = *more, True  # "three hundred and twenty million"
    if (half := AND_HALF.match(text, e)) and not scaled:
        value, e = value + 0.5, half.end()
    kind: str | None = None
    stop = e
    tail = unit_tail(text, e)
    if tail:
        kind, stop = tail
        if kind == "quantity" and text[e : e + 1] not in " -":
            kind = None
        elif kind == "quantity" and text[e + 1 : e + 2] == "c" and cups_won(text, s, e, stop):
            kind = "count"  # "won three cups": trophies
        elif kind == "money" and "pound" in text[e:stop] and weight_near(text, s, stop):
            kind = "quantity"  # "five pounds of flour", "weighed five pounds", as in digits
        value *= unit_factor(text, tail[0], e, stop)
    if kind == "duration" and text[e : e + 1] == "-" and (fmt := NEXT_WORD.match(text, stop)) \
            and fmt.group(1).lower() in fw.MATCH_FORMATS:
        return stop  # "the third one-day international": a kind of match, not its length
    if kind is None and (factor := TIMES.match(text, e)):
        return approx_start(text, s, floor, fw.APPROXIMATORS), factor.end(), "number", value
    if kind is None and (ratio := RATIO.match(text, e)):
        den = small_number(ratio.group(1))
        if den and den > value:
            start = approx_start(text, s, floor, fw.APPROXIMATORS)
            return start, ratio.end(), "number", value / den
    if kind is None:
        head = singular_end(text, e) if value == 1 else plural_end(text, e)
        if head is not None:
            kind, stop = "count", head
    if kind == "count" and text.startswith("One", s) and not _counted_against(text, stop):
        return stop  # "One man …", "One enormous paragraph": a determiner, like "A man"
    if kind == "count" and value == 1 and _SAID.match(text, stop) and not (
            (w := words_before(text, s, 1)) and w[0][1].lower() in _ONLY):
        return stop  # "Analysts at one bank said": a source, "one" as "a" (not "only one")
    if kind is None and value >= 1 and not scaled and (hy := HYPHEN_NOUN.match(text, e)) \
            and hy.group(1) in (fw.HYPHEN_COUNT_NOUNS if value >= 2 else _ONE_ROOM):
        shot = NEXT_WORD.match(text, hy.end())
        if hy.group(1) == "point" and shot and shot.group(1).lower() in fw.THREE_POINT_NAMES:
            return hy.end()  # "from three-point range": the name of a shot
        kind, stop = "count", hy.end()  # "a three-bedroom semi"
    if kind is None and value >= 2 and not scaled and OF_THEM.match(text, e):
        kind = "count" if part_of_count(text, e) else "number"  # "five of them"
    if kind is None and text[e : e + 4] == " to " and (rng := to_range(text, s, e, value)):
        kind, stop, value = rng[0], rng[2], value * rng[1]  # "two to four days"
    if kind is None:
        if not scaled:
            return e
        kind = "number"
    return approx_of(text, s, floor, kind), stop, kind, value


#: Nouns a hyphenated "one-" counts as "three-bedroom" does ("a one-bedroom flat", "a
#: one-storey house"; figs21); "one-man show", "one-party state" stay no count.
_ONE_ROOM = frozenset("bedroom bed room storey story".split())
#: A verb of speech after "one bank": the phrase names a source, it counts nothing.
_SAID = re.compile(r"\s(?:said|says|told|noted|warned|wrote|reckons|estimated)\b")
#: Words before "one" that make it a count ("only one bank said no").
_ONLY = frozenset("only just exactly least than".split())


def _counted_against(text: str, pos: int) -> bool:
    """Whether the sentence a sentence-initial "One" starts counts something else after
    `pos`, so "One" is set against it ("One person died and 12 were hurt")."""
    rest = SENTENCE_REST.match(text, pos)
    if rest is None:
        return False
    # a number with a unit is a measure, not a count: "One woman was freed after 36 hours"
    return any(unit_tail(text, m.end()) is None
               for m in OTHER_COUNT.finditer(text, pos, rest.end()))


def _half(text: str, s: int, e: int, floor: int) -> Hit | int:
    """ "half", "half a million", "half an hour"."""
    if text[e : e + 1] == "-":
        return skip_token(text, e)
    if m := A_SCALE.match(text, e):
        return _word_tail(text, s, m.end(), 0.5 * fw.SCALES[m.group(1)], floor)
    if m := POINT_FRACTION.match(text, e):
        return approx_start(text, s, floor, fw.APPROXIMATORS), m.end(), "percent", 0.5
    if m := HALF_TIME.match(text, e):
        return approx_start(text, s, floor, fw.APPROXIMATORS), m.end(), "duration", 0.5
    if m := HALF_CENT.match(text, e):
        return approx_start(text, s, floor, fw.APPROXIMATORS), m.end(), "money", 0.005
    words = words_before(text, s, 1)
    if words and words[0][1].lower() == "a" and (
            unit := UNIT_AND_A.search(text, max(0, s - 20), s)):  # "an hour and a half"
        return approx_start(text, unit.start(), floor, fw.APPROXIMATORS), e, "duration", 1.5
    if words and words[0][1].lower() in ("a", "and", "first", "second"):
        return e
    return approx_start(text, s, floor, fw.APPROXIMATORS), e, "number", 0.5


def _a_scale(text: str, s: int, e: int, lower: str, floor: int) -> Hit | int:
    """ "a quarter", "a quarter of a million", "a dozen", "a million"."""
    a_start = article_before(text, s)
    if a_start is None:
        return e
    if lower == "quarter":
        if (m := POINT_FRACTION.match(text, e)) or (m := QUARTER_POINT.match(text, e)):
            return approx_start(text, a_start, floor, fw.APPROXIMATORS), m.end(), "percent", 0.25
        if m := OF_A_SCALE.match(text, e):
            hit = _word_tail(text, s, m.end(), 0.25 * fw.SCALES[m.group(1)], floor)
        elif fraction_follows(text, e):
            hit = (s, e, "number", 0.25)
        else:
            return e
    else:
        hit = _word_tail(text, s, e, fw.SCALES[lower], floor)
        if isinstance(hit, int):
            hit = (s, e, "number", fw.SCALES[lower])
    if isinstance(hit, int):
        return hit
    start = hit[0] if hit[0] < s else approx_start(text, a_start, floor, fw.APPROXIMATORS)
    return start, hit[1], hit[2], hit[3]


def _a_week(text: str, s: int, e: int, floor: int) -> Hit | int:
    """ "by roughly a week", "nearly a week", "by a week": a duration of one week (figs16).
    Only after an approximator or "by": "a week ago", "twice a week", "$500 a week" and
    "a week-long strike" are no length of time of their own."""
    a_start = article_before(text, s)
    if a_start is None or text[e : e + 1] == "-" or text.startswith(" ago", e):
        return e
    start = approx_start(text, a_start, floor, fw.APPROXIMATORS)
    if start == a_start and not ((by := words_before(text, a_start, 1)) and by[0][1] == "by"):
        return e
    return start, e, "duration", 1.0
