"""Cricket scores, no fraction or date: runs for wickets ("India 287/6 (50 ov)") and bowling
figures ("5/24") are a `number` with no value, like a football score ("3-1"): two numbers
that are no one quantity. (Golf scores need no rule: "18 under par" is the number 18 and
"-12" the number −12, as written; the labelled set has "19 under par" so.) A minute of
stoppage time ("the 90+3rd") is one ordinal, the minute it is (93). Used by `_digits`.
"""

from __future__ import annotations

import re

#: Runs for wickets (or wickets for runs), maybe with the overs after it in brackets.
_CRICKET = re.compile(r"\d{1,3}/(\d{1,3})(?![\d/]|\.\d)(\s\(\d{1,2}(?:\.\d)?\s?(?:ov|overs?)\))?")
#: Words that make "287/6" a cricket score when no overs follow it.
_CRICKET_WORDS = re.compile(
    r"\b(?:[Cc]ricket|overs?|ov|wickets?|wkts?|innings|Tests?|ODIs?|T20s?|IPL|bowled|bowling|"
    r"batting|batted|declared|all\sout|run\schase|stumps)\b")


def cricket_score(text: str, s: int, raw: str) -> tuple[int, int, str, None] | None:
    """A cricket score whose runs start at `s` ("287/6", "287/6 (50 ov)", "5/24"), or None."""
    m = _CRICKET.match(text, s)
    if m is None or not raw.isdigit() or min(int(raw), int(m.group(1))) > 10 or \
            raw == "24" and m.group(1) == "7":
        return None  # "24/7": round the clock
    if m.group(2) is None and len(raw) == len(m.group(1)) == 1:
        return None  # "3/4 of the innings": a fraction
    if m.group(2) is None and _CRICKET_WORDS.search(
            text, max(0, s - 80), min(len(text), m.end() + 80)) is None:
        return None  # "on 12/6", "3/4 of": no word of cricket near
    return s, m.end(), "number", None


#: A minute of stoppage time written with an ordinal suffix: "90+3rd", "45+2nd" (figs19).
_STOPPAGE = re.compile(r"(45|90|105|120)\+(\d{1,2})(?:st|nd|rd|th)(?![A-Za-z0-9])")


#: ... and with no suffix (figs31): "(90+3)", "90+3'", "in the 45+2" near a word of football.
_STOPPAGE_BARE = re.compile(r"(45|90|105|120)\+(\d{1,2})(?![\w+.,/])")
#: A word of football before a bare "90+3": then it is a minute, not a sum.
_FOOTBALL = re.compile(
    r"(?i)\b(?:minutes?|stoppage|injury|added\stime|scor(?:ed|ing|es)|goals?|equali[sz]|"
    r"winner|penalty|header|struck|netted|strike|volley|sent\soff|booked|red\scard|"
    r"substitut)")


def stoppage_minute(text: str, s: int) -> tuple[int, int, str, float] | None:
    """ "scored in the 90+3rd": the 93rd minute, one ordinal (it was 90 and a stray "3rd");
    with no suffix (figs31) in brackets ("(90+3)"), with a minute's mark ("90+3'") or after a
    word of football ("in the 45+2"), and at most 15 minutes added: "90+3 = 93" is a sum."""
    m = _STOPPAGE.match(text, s)
    if m is None:
        m = _STOPPAGE_BARE.match(text, s)
        if m is None or not 0 < int(m.group(2)) <= 15:
            return None
        after = text[m.end() : m.end() + 1]
        if not (text[s - 1 : s] == "(" and after == ")" or after in ("'", "′", "’")
                or _FOOTBALL.search(text, max(0, s - 60), s)):
            return None
    return s, m.end(), "ordinal", float(int(m.group(1)) + int(m.group(2)))
