"""What a bare number in digits is, read from the words around it: an age ("children
under 5", "Zhang, 45,"), a clock hour ("kicks off at 7 tonight"), a number dialled ("call
101"), a weight ("weighed in at 226 pounds"); a decimal without its leading zero (".241"); a
rating as a fraction ("Rated 4/5"); points of a swing ("a swing of 10.2 points"); another
version of a name ("Python 3.12 … than 3.11").
Used by `_digits`."""

from __future__ import annotations

import re

from hzreader.figures import _words as fw
from hzreader.figures._context import (
    Hit,
    comma_age,
    finish_hit,
    name_blocked,
    sentence_start,
    street_follows,
    unit_tail,
    words_before,
)
from hzreader.figures._currency import rate_currency
from hzreader.figures._nouns import gathering_before, part_of_count, plural_end
from hzreader.figures._patterns import MARKET_BEFORE, NEXT_WORD, NUM
from hzreader.figures._points import percent_subject

#: Goods weighed in pounds after "of" ("59 pounds of beef", "12 pounds of cocaine"): the
#: pounds are a weight, not money (figs21). Money words never are ("pounds of funding").
_WEIGHED_GOODS = frozenset(
    "beef pork lamb meat meats chicken poultry turkey fish seafood salmon shrimp lobster crab "
    "cheese butter milk sugar flour rice wheat corn grain grains beans coffee tea cocoa "
    "potatoes apples fruit vegetables produce food feed honey nuts peanuts chocolate candy "
    "cocaine heroin marijuana cannabis methamphetamine meth fentanyl drugs explosives "
    "trash garbage waste rubbish litter plastic plastics metal steel copper aluminum aluminium "
    "scrap cargo ice snow fat muscle weight thrust pressure force".split())


def weight_near(text: str, start: int, stop: int) -> bool:
    """Whether a word of weight stands in the few words before `start` ("weighed in at") or
    right after `stop` ("36 pounds lighter"), or goods weighed after "of" ("pounds of beef")."""
    after = NEXT_WORD.match(text, stop)
    if after is not None and after.group(1) == "of" and (
            goods := NEXT_WORD.match(text, after.end())) is not None:
        # "59 pounds of beef", "12 pounds of ground beef": goods weighed (figs21)
        second = NEXT_WORD.match(text, goods.end())
        if goods.group(1).lower() in _WEIGHED_GOODS or (
                second is not None and second.group(1).lower() in _WEIGHED_GOODS):
            return True
    return any(w.lower() in fw.WEIGHT_WORDS for _, w in words_before(text, start, 4)) or (
        after is not None and after.group(1).lower() in fw.WEIGHT_WORDS)


#: Words before "N cups" that make them trophies, not a recipe's measure ("won 2 cups").
_TROPHY_WORDS = frozenset("won win wins winning lifted lift lifts claimed collected".split())


def cups_won(text: str, start: int, q: int, stop: int) -> bool:
    """Whether the cups measured at `q:stop` are trophies ("have won three cups"): a verb of
    winning in the three words before the number at `start`."""
    return text[q:stop].lstrip(" -").startswith("cup") and any(
        w.lower() in _TROPHY_WORDS for _, w in words_before(text, start, 3))


def dialled(text: str, start: int, raw: str) -> bool:
    """Whether a bare number of three or more digits is dialled ("call 101", "dial 911")."""
    words = words_before(text, start, 1)
    return raw.isdigit() and len(raw) >= 3 and bool(words) and \
        words[0][1].lower() in fw.DIAL_VERBS


def age_group_before(text: str, start: int) -> bool:
    """Whether a group of people and "under"/"over" stand before `start` ("voters under 30
    favoured Democrats"): the number is an age, the words after it are no counted noun."""
    words = [w.lower() for _, w in words_before(text, start, 3)]
    if not words or words[0] not in ("under", "over"):
        return False
    rest = words[1:]
    if rest and rest[0] in ("are", "were", "aged", "is", "was"):
        rest = rest[1:]
    return bool(rest) and rest[0] in fw.AGE_GROUPS


#: Words right before "at N" that make N an age at death ("dies at 94", "passed away at 88").
_DEATH_WORDS = frozenset("dies died dead death away".split())
#: Words that may follow that age ("died at 94 on Sunday", "died at 88 in hospital").
_AFTER_DEATH = frozenset("on in at of after following from".split())


#: The verb of an age: "turns 55" (lower case: "at Turn 3," is a bend of a track).
_TURNS = frozenset({"turns", "turned", "turning"})
#: Words that may follow "turns N" as an age ("turns 55 this year", "turned 40 on Monday").
_AFTER_TURN = frozenset(
    "this next last on in at today tomorrow yesterday soon later and but when while with".split())


#: A life event in the clause before "at N" that makes N an age (figs17): "published her
#: first novel at 24", "retired at 65", "married at 19", "left school at 16"; figs23 adds a
#: scholarship, a degree, a first post, a club or a move.
_LIFE_EVENT = re.compile(
    r"(?i)\b(?:(?:his|her|their)\s(?:first|debut|maiden)\b|debuted|retired|retiring|married|"
    r"wed|widowed|orphaned|emigrated|enlisted|left\s(?:school|home)\b|"
    # figs23: "won a scholarship to Cambridge at 17", "became a partner at 30"
    r"scholarship|graduated|became\san?\s|signed\s(?:for|with)|moved\sto|"
    r"turned\s(?:pro|professional)\b)")
#: Words that may follow such an age ("at 24 and died", "married at 19 in Leeds").
_AFTER_LIFE_AGE = frozenset("and in on after when while to but with before".split())


def _life_event_age(text: str, start: int, q: int, value: int, closed: bool) -> bool:
    """Whether "at N" (N at `start:q`) follows a life event in its clause: an age."""
    if not 10 <= value <= 110:
        return False
    nxt = NEXT_WORD.match(text, q)
    if not closed and (nxt is None or nxt.group(1).lower() not in _AFTER_LIFE_AGE):
        return False
    lo = max(0, start - 60, text.rfind(". ", 0, start) + 1, text.rfind("; ", 0, start) + 1)
    return _LIFE_EVENT.search(text, lo, start) is not None


def age_context(text: str, start: int, q: int, raw: str) -> bool:
    """Whether a bare number is an age on strong evidence: "children under 5", "residents
    are over 65", "The couple, both 28,", "who is 61,", "At 41, Tom Brady", "the average age
    … is 58", "at the age of 17", "retired at 65". A number after a named person alone
    ("Smith is 58") is not enough."""
    if not (raw.isdigit() and len(raw) <= 3 and 1 <= int(raw) <= 120):
        return False
    after = text[q : q + 1]
    if after.isalnum() or after and after in "%$£€-/:" or unit_tail(text, q) is not None:
        return False
    words = [w.lower() for _, w in words_before(text, start, 3)]
    if not words:
        return False
    if words[:3] == ["of", "age", "the"] or words[:2] == ["of", "ages"]:
        return True  # "at the age of 17", "died at the age of 94", "between the ages of 5"
    if words[0] in ("under", "over"):
        return age_group_before(text, start)
    closed = after in (",", ".", ";", ")", "") and not text[q + 1 : q + 2].isdigit()
    if words[0] == "both" and closed and text[start - 7 : start - 5] == ", ":
        return True
    if words[0] == "now" and after == ",":
        return comma_age(text, words_before(text, start, 1)[0][0], q, raw)  # "Messi, now 37,"
    if words[0] in _TURNS and words_before(text, start, 1)[0][1] in _TURNS and (closed or (
            nxt := NEXT_WORD.match(text, q)) is not None and nxt.group(1).lower() in _AFTER_TURN):
        return True  # "the C language turns 55", "turned 40 last week" (figs31); not "Turn 3"
    if words[0] in ("is", "was") and closed:
        if len(words) > 1 and (words[1] == "who" or words[1] in ("he", "she") and after == "."):
            return True  # "who is 61,"; "He was 100." (an obituary's last words)
        sentence = text[max(0, start - 60, text.rfind(". ", 0, start) + 1) : start]
        return " age " in sentence or sentence.lower().startswith("age ")
    if words[0] == "at" and len(words) > 1 and words[1] in _DEATH_WORDS:
        nxt = NEXT_WORD.match(text, q)  # "dies at 94", "died at 94 on Sunday", "passed away
        return closed or nxt is not None and nxt.group(1).lower() in _AFTER_DEATH  # at 88."
    if words[0] == "at" and _life_event_age(text, start, q, int(raw), closed):
        return True  # "published her first novel at 24", "retired at 65."
    if words[0] == "at" and len(words) == 1 and after == "," and sentence_start(
            text, words_before(text, start, 1)[0][0]):
        return text[start - 3 : start - 1] == "At"
    return False


def clock_at(text: str, start: int, q: int, raw: str) -> bool:
    """Whether a bare hour after "at" is a time of day: a verb of timetables before it and
    the clause ending or a time word after ("due in at 8,", "kicks off at 7 tonight")."""
    if not (raw.isdigit() and len(raw) <= 2 and 1 <= int(raw) <= 12):
        return False
    words = [w.lower() for _, w in words_before(text, start, 3)]
    if not words or words[0] != "at" or not any(w in fw.TIME_VERBS for w in words[1:]):
        return False
    if MARKET_BEFORE.search(text, max(0, start - 50), start):
        return False  # "Shares opened at 8,": a price
    after = text[q : q + 1]
    if after in (",", ".", ";", ")", "") and not text[q + 1 : q + 2].isdigit():
        return True
    nxt = NEXT_WORD.match(text, q)
    return nxt is not None and nxt.group(1).lower() in fw.TIME_AFTER


def bare_decimal(text: str, s: int) -> Hit | None:
    """A decimal written without its leading zero after a space (".241"), at `s - 1`."""
    if s >= 2 and text[s - 2] not in " (\t\n":
        return None
    m = NUM.match(text, s)
    if m is None or not m.group().isdigit():
        return None
    nxt = text[m.end() : m.end() + 1]
    if nxt.isalnum() or nxt == "%" or (nxt in ".," and text[m.end() + 1 : m.end() + 2].isdigit()):
        return None
    return s - 1, m.end(), "number", float("0." + m.group())


#: A model's tier after its number: "the 16 Pro Max", "the 15 Plus", "Galaxy 25 Ultra".
_MODEL_FIRST = frozenset("PUMm")
_MODEL_AFTER = re.compile(r"\s(?:Pro|Plus|Ultra|Max|Mini|mini)\b(?!-)")


def context_hit(text: str, s: int, start: int, q: int, raw: str, value: float | None,
                floor: int) -> Hit | int | None:
    """What the words around digits with no unit after them (from `start` to `q`) make
    them: a count of a crowd or of part of a whole, money against a currency, an age, a
    clock hour, a race time; an int (where to resume) for an address or a number dialled;
    None for a plain number."""
    if gathering_before(text, start):
        return finish_hit(text, s, start, q, "count", value, floor, False)  # "a crowd of 33,000"
    if text[q : q + 4] == " of " and part_of_count(text, q):
        return finish_hit(text, s, start, q, "count", value, floor, True)  # "12 of 51 seats"
    if text[q : q + 2] in (" p", " t", " a") and rate_currency(text, start, q):
        return finish_hit(text, s, start, q, "money", value, floor, False)  # "158 per dollar"
    if comma_age(text, start, q, raw):
        return start, q, "duration", value
    if age_context(text, start, q, raw):
        over = words_before(text, start, 1)
        if over and over[0][1].lower() == "over" and over[0][0] >= floor:
            return over[0][0], q, "duration", value  # "adults over 65", as "are over 65"
        return finish_hit(text, s, start, q, "duration", value, floor, False)
    if clock_at(text, start, q, raw) and value is not None:
        return start, q, "time", value
    if "." in raw and len(raw.partition(".")[2]) == 2 and (
            verb := words_before(text, start, 1)) and verb[0][1].lower() in fw.RACE_VERBS:
        return start, q, "duration", value  # "clocked 37.43"
    if (after := text[q : q + 1]) in "'’ .,;)" and (found := _match_detail(
            text, start, q, raw, after)) is not None:
        return found  # "(12')", "the 200m in 19.19", "the House 218 to 214" (figs33)
    if street_follows(text, q) or dialled(text, start, raw):
        return q  # "88 Century Avenue"; "call 101"
    if text[q : q + 1] == " " and text[q + 1 : q + 2] in _MODEL_FIRST and \
            _MODEL_AFTER.match(text, q) is not None:
        return q  # "the 16 Pro Max $1,199": a phone's model (figs30)
    if "." in raw and start == s and version_again(text, s, raw):
        return q  # "Python 3.12 … faster than 3.11": another version of the same name
    return None


#: A goal's minute in a match report: "Salah (12')", "(38', 90+3')" (figs33).
_MINUTE_MARK = re.compile(r"['’](?=\)|,\s?\d)")
#: A race before "in" and a time ("the 200m in 19.19", "the 400 metres hurdles in 47.12").
_RACE_IN = re.compile(r"\d\s?m(?:etres|eters)?(?:\s(?:hurdles|freestyle|butterfly|backstroke|"
                      r"breaststroke|medley|final|race|sprint|dash))?\sin\s$")
#: A vote of a house or a count before "N to M" ("passed the House 218 to 214").
_VOTE_BEFORE = re.compile(r"(?:\b(?:House|Senate|Commons|Lords|Assembly|Congress|Parliament|"
                          r"[Cc]ouncil|[Cc]ommittee|[Bb]oard|[Jj]ury)|\bvot(?:e|ed|es|ing)(?:\sof)?|"
                          r"\b(?:margin|majority)\sof)\s$")
_VOTE_AFTER = re.compile(r"\sto\s(\d{1,3})(?![\d,.]\d|\s?%|\w)")


def _match_detail(text: str, start: int, q: int, raw: str, after: str) -> Hit | None:
    """A goal's minute "(12')" (an ordinal, as "the 71st minute"), a race time after a
    distance ("the 200m in 19.19": seconds) or a vote "218 to 214" (a number with no value,
    as a score), or None (figs33, tryout17 §A.9)."""
    value = float(raw) if raw.isdigit() else None
    if after in "'’" and after:
        if value is not None and value <= 130 and text[start - 1 : start] in ("(", " ") and \
                _MINUTE_MARK.match(text, q) is not None and "(" in text[max(0, start - 30) : start]:
            return start, q + 1, "ordinal", value
        return None
    if "." in raw and len(raw.partition(".")[2]) == 2 and text[start - 4 : start] == " in " and \
            _RACE_IN.search(text, max(0, start - 40), start) is not None:
        return start, q, "duration", float(raw)
    if value is not None and len(raw) <= 3 and after == " " and text[q : q + 4] == " to " and \
            (vote := _VOTE_AFTER.match(text, q)) is not None and \
            _VOTE_BEFORE.search(text, max(0, start - 24), start) is not None:
        return start, vote.end(), "number", None
    return None


def version_again(text: str, s: int, raw: str) -> bool:
    """Whether a bare decimal at `s` is another version of a name given earlier in its
    sentence with the same whole part ("version 3.12 … than 3.11", "iOS 18.2 … in 18.1";
    figs17): an earlier decimal that a name or code blocked."""
    major = raw.partition(".")[0]
    if major == "0":
        return False  # "F1 0.984 … 0.983": scores, not versions
    lo = max(0, s - 100, text.rfind(". ", 0, s) + 1)
    for m in re.finditer(rf"(?<![\w.]){major}\.\d+(?![\d.]\d|\s?%|\w)", text[lo:s]):
        if unit_tail(text, lo + m.end()) is None and name_blocked(text, lo + m.start()):
            return True  # not "CPU 3.77 s … 3.85": a measure after a name
    return False


#: "swing of (nearly) " before points, or "swing" after "10-point"; or a level in percent
#: right after ("fell 6.3 points to 23.7%", figs17: the points are percentage points).
_SWING_BEFORE = re.compile(r"\bswing\sof\s(?:(?:about|around|nearly|almost|roughly|over|"
                           r"more\sthan|just\sover|just\sunder)\s)?$")
#: "swing" as the subject earlier in the clause: "The swing from Conservative to Labour was
#: 10.2 points" (figs19).
_SWING_SUBJECT = re.compile(r"\b[Ss]wing\b(?!\s(?:voters?|states?|seats?|districts?|areas?))"
                            r"[^.;:!?\d]{0,60}\s(?:was|is|were|stood\sat|reached)\s"
                            r"(?:(?:about|around|nearly|almost|roughly|over|more\sthan|"
                            r"just\sover|just\sunder)\s)?$")
_SWING_AFTER = re.compile(r"\s(?:\w+\s)?swing\b|,?\s(?:to|from)\s(?:a\s|about\s|around\s)?"
                          r"\d+(?:\.\d+)?\s?(?:%|percent\b|per\scent\b)")


#: A share's change before the points (figs30): "Labour's share rose 9.2 points", "its vote
#: share was down 3 points".
_SHARE_CHANGE = re.compile(r"\b(?:share|shares|support|approval)\s(?:(?:has|had|was|were|is)\s)?"
                           r"(?:rose|fell|rises|falls|grew|dropped|slipped|climbed|jumped|gained|"
                           r"lost|increased|decreased|up|down)\s(?:by\s)?$")
#: After the points: a change on an earlier year's result (figs30: "up 4.1 points on 2022").
_ON_YEAR = re.compile(r"\s(?:on|from|since)\s(?:19|20)\d\d\b")
#: A percentage just before a signed change (figs30: "31.4%, +9.2 points").
_PERCENT_BEFORE = re.compile(r"%\s?[,;(]?\s?$")


def swing_points(text: str, start: int, q: int, stop: int) -> bool:
    """Whether the points counted at `q:stop` are a swing, or a change to or from a level in
    percent: percentage points, not a count."""
    if text[q:stop].strip(" -") not in ("point", "points"):
        return False
    sign = start if text[start : start + 1] in ("+", "-", "−", "–") else start - 1
    if text[sign : sign + 1] in ("+", "-", "−", "–") and \
            _PERCENT_BEFORE.search(text, max(0, sign - 6), sign) is not None:
        return True  # "31.4%, +9.2 points"
    if _SHARE_CHANGE.search(text, max(0, start - 40), start) is not None or (
            text[start - 3 : start] == "up " or text[start - 5 : start] == "down ") and \
            _ON_YEAR.match(text, stop) is not None:
        return True  # "share rose 9.2 points", "up 4.1 points on 2022"
    return _SWING_BEFORE.search(text, max(0, start - 30), start) is not None or \
        _SWING_AFTER.match(text, stop) is not None or \
        "wing" in text[max(0, start - 90) : start] and \
        _SWING_SUBJECT.search(text, max(0, start - 90), start) is not None or \
        percent_subject(text, start, stop) or (  # "Turnout was 60%, down 3 points" (figs33)
            _LEAD.match(text, stop) is not None and  # "polls gave her a 5-point lead" (figs35)
            _POLLS.search(text, max(0, start - 120), start) is not None)


#: A lead or gap after the points, and a word of polls before them: percentage points.
_LEAD = re.compile(r"\s(?:lead|advantage|deficit|gap|margin)\b")
_POLLS = re.compile(r"(?i)\b(?:polls?|polling|pollsters?|surveys?|voters|ballot|approval)\b")


#: A score out of 5, 10 or 100 ("4/5", "9/10", "87/100") and a word of rating before it.
_RATING = re.compile(r"\d{1,3}(?:\.\d)?/(5|10|100)(?![\d/.]\d|[\w/])")
_RATING_BEFORE = re.compile(r"(?i)\b(?:rated|rating|rates|scored?|scores|verdict|gave\sit|"
                            r"gives\sit)\W{0,3}$")
#: A rating word further before, in the same clause ("I rated it 4.5/5 for taste and 7/10 for
#: value"; figs35), or "stars" after it.
_RATED_EARLIER = re.compile(r"(?i)\b(?:rated|rate|rating|verdict)\b[^.;:!?\d]{0,40}"
                            r"(?:\d{1,3}(?:\.\d)?/(?:5|10|100)[^.;:!?\d]{0,30})?$")
_STARS = re.compile(r"\s(?:stars?|overall)\b")


def rating_fraction(text: str, s: int, raw: str) -> Hit | None:
    """A rating written as a fraction after a word of rating ("Rated 4/5" → 0.8), or None."""
    m = _RATING.match(text, s)
    if m is None or _RATING_BEFORE.search(text, max(0, s - 16), s) is None and \
            _RATED_EARLIER.search(text, max(0, s - 90), s) is None and \
            _STARS.match(text, m.end()) is None:
        return None
    value, scale = float(raw), float(m.group(1))
    return (s, m.end(), "number", value / scale) if value <= scale else None


#: Words of a recipe that count servings with the number after them ("Serves 4-6").
SERVES = frozenset({"serves", "serving", "feeds"})
#: A second number of servings ("4-6", "4 to 6").
_SERVINGS_RANGE = re.compile(r"(?:[-–]|\sto\s)\d{1,2}(?![\w.,]\d|\d)")


def servings_at(text: str, start: int, end: int, raw: str, value: float | None) -> Hit | None:
    """A recipe's servings, "Serves 12" or "serves 4-6" (a count from `start`, valued at the
    low end as ranges are), or None when a noun or unit follows ("serves 12 people", "serves
    10 years")."""
    if not raw.isdigit() or len(raw) > 2 or value is None:
        return None
    q = rng.end() if (rng := _SERVINGS_RANGE.match(text, end)) else end
    if text[q : q + 1].isalnum() or unit_tail(text, q) is not None or \
            plural_end(text, q) is not None:
        return None
    return start, q, "count", value
