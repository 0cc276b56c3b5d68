"""What "points" count when no swing says so (figs33, tryout17 §A.3): percentage points
after a percentage ("Turnout was 60%, down 3 points"), or an index's points ("The index
closed at 7,412.5 points", "收于2863.13点"), which are a quantity, never a count of points."""

from __future__ import annotations

import re

from hzreader.figures._reach import first_of, last_of

#: A percentage and what joins it to the points after it: "67.3 per cent, up ", "60%, down
#: ", "41%, " (then "2 points higher"), "30% (down ".
_PERCENT_THEN = re.compile(r"\d\s?(?:%|per\s?cent|percent)\s?[,;(]?\s(?:(up|down|a\s(?:rise|fall|"
                           r"drop|gain)\sof)\s(?:by\s)?)?(?:about\s|nearly\s|almost\s)?$")
#: A change written after the points ("2 points higher", "5 points behind").
_CHANGE_AFTER = re.compile(r"\s(?:higher|lower|up|down|ahead|behind)\b")
#: A stock index named in the sentence: its points are index points.
_INDEX = re.compile(
    r"\b(?:[Ii]ndex|[Ii]ndices|[Ii]ndexes|Dow|FTSE|Footsie|Nasdaq|S&P|Nikkei|Hang\sSeng|DAX|"
    r"CAC|Stoxx|STOXX|Kospi|KOSPI|Sensex|Nifty|ASX|TSX|Topix|TOPIX|Composite|[Bb]enchmark|"
    r"[Bb]lue[- ]chips?|[Ss]tock\smarkets?)\b")


_CLAUSE_ENDS = (". ", "; ", "。", "；")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence or clause around `start:end` (at ". ", "; ", "。", "；")."""
    return last_of(text, _CLAUSE_ENDS, start) + 1, first_of(text, _CLAUSE_ENDS, end)


def percent_subject(text: str, start: int, stop: int) -> bool:
    """Whether the points at `start:stop` change the percentage right before them ("Turnout
    was 67.3 per cent, up 4.5 points"), and no index is named in the sentence ("the FTSE
    is at 8,150, up 1.2%, down 3 points" is the index's)."""
    then = _PERCENT_THEN.search(text, max(0, start - 40), start)
    if then is None or then.group(1) is None and _CHANGE_AFTER.match(text, stop) is None:
        return False  # "60%, down 3 points", "41%, 2 points higher"; not "60%, 3 points"
    lo, hi = _sentence(text, start, stop)
    return _INDEX.search(text, lo, hi) is None


def index_points(text: str, start: int, end: int) -> bool:
    """Whether the points counted at `start:end` are an index's: written 点/點 (a level in
    Chinese news: "收于2863.13点"), or in a sentence naming an index or the market."""
    if text[end - 1 : end] in ("点", "點") or text[end - 3 : end - 2] in ("点", "點"):
        return True  # "3000点上下"
    lo, hi = _sentence(text, start, end)
    return _INDEX.search(text, lo, hi) is not None
