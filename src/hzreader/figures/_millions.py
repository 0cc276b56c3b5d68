"""A letter "m" after a number of counted things is millions, not metres (figs17): "jobs
fell by 8 m.", "subscribers rose to 300m", "a population of 8.4m". "Waves of 8 m", "the
wall is 3m high" and "8 m" alone stay metres. figs26: a race or an event after it makes it
metres ("the 100m hurdles", "the 100 m race"), so does a verb of running or swimming before
it ("ran 100 m in record time"); a counted noun after it ("3 m people") and a word of money
after it ("a 100m loan") millions; figs34: so does a verb of selling before it ("sold 1m")."""

from __future__ import annotations

import re

#: Things counted in millions that no one measures in metres, written before the number in
#: its clause ("factory jobs fell by 8 m", "the population of 8.4m").
_COUNTED = re.compile(
    r"(?i)\b(?:jobs|workers|employees|employment|payrolls|unemployment|jobless|claimants|"
    r"people|population|residents|citizens|households|migrants|immigrants|refugees|voters|"
    r"users|subscribers|customers|members|followers|viewers|listeners|readers|visitors|"
    r"tourists|passengers|patients|cases|deaths|births|pupils|students|downloads|copies|"
    r"tickets|accounts|vehicles|cars|homes)\b")
#: What may follow a number of millions that counts no noun written after it: the clause
#: ends, or a word of time or a link goes on ("fell by 8 m.", "rose to 3m last year", "8m in
#: 2024"); not a noun ("the 300m tower") nor a word of length ("8 m high", "8 m from").
_ENDS = re.compile(
    r"[.,;:)!?]|\s(?:in|on|at|by|since|last|this|next|and|or|but|between|after|before|"
    r"during|a\s(?:year|month|week|day)|per|year|years|ago|so|as|while|when|compared|"
    r"according)\b|\s*$")
#: Words of length or distance in the clause, which keep the "m" metres ("users swam 100m",
#: "passengers walk 3km, then 400m").
_LENGTHS = re.compile(
    r"(?i)\d\s?(?:km|m|cm|mm|ft|mi)\b|\b(?:metres?|meters?|miles?|feet|swam|swim|ran|run|"
    r"sprint|walk|walked|climb|climbed|tall|high|deep|long|wide|depth|height|length|"
    r"distance|altitude|tower|wall|waves?|sea|river)\b")
#: Races and events after "100m" or "100 m" (figs26): metres, not millions of hurdles.
_RACE = re.compile(
    r"\s(?:races?|sprints?|hurdles|freestyle|butterfly|backstroke|breaststroke|medley|"
    r"relays?|dash|finals?|heats?|semi-finals?|records?|titles?|world\srecord|event|"
    r"individual\smedley|steeplechase|champion|gold|silver|bronze|specialist|runner|"
    r"swimmer|sprinter)\b")
#: Things counted right after a spaced "m" ("3 m people"): millions.
_COUNTED_AFTER = re.compile(
    r"\s(?:people|jobs|workers|residents|users|subscribers|customers|members|viewers|"
    r"visitors|tourists|passengers|patients|cases|deaths|voters|households|homes|barrels|"
    r"tonnes|tons|shares|copies|downloads|followers|pupils|students|children|adults)\b")
#: Sums after "100m" (figs26): "a 100m loan" is 100 million (of a currency not written), not
#: a length; "the 300m tower" stays metres.
_MONEY_NOUN = re.compile(
    r"\s(?:loans?|deals?|funds?|funding|bonds?|budgets?|contracts?|investments?|fines?|"
    r"bills?|packages?|bids?|offers?|stakes?|payouts?|settlements?|transfer|fees?|grants?|"
    r"bailouts?|takeovers?|acquisitions?|valuations?|revenues?|profits?|losses|debts?|"
    r"donations?|sales|windfalls?|overspend|shortfall|deficits?|subsid(?:y|ies)|"
    r"lawsuits?|damages|compensation|salary|wages?|pay|bonus(?:es)?|prize|jackpot)\b")
#: What a glued "m" measures when it stands right before it (figs31): a word of size ("a 2m
#: tall wall", "1m deep") or one built or natural thing, singular ("A 1m wall stands", "a
#: 1.5m fence"): metres, not "1m wall stands" (a million of them).
_MEASURED_AFTER = re.compile(
    r"\s(?:tall|high|long|wide|deep|thick|(?:sea\s|flood\s)?wall|fence|hedge|tower|mast|pole|"
    r"post|pillar|column|barrier|gate|door|gap|hole|pit|trench|ditch|crater|sinkhole|drop|"
    r"cliff|ledge|ladder|ramp|step|ceiling|roof|beam|pipe|cable|rope|chain|screen|statue|"
    r"sculpture|tree|boat|yacht|dinghy|pool|tank|wave|snake|python|crocodile|shark|whale|"
    r"table|bed|sofa|desk|shelf|box|container|spire|chimney|flagpole|dam|levee|embankment)"
    r"(?![\w-])")
#: A verb of selling right before the number ("sold 1m", "has sold over 2m"; figs34): a
#: number of things sold, in millions, whatever the noun left unsaid.
_SOLD = re.compile(r"(?i)\b(?:sold|sells?|selling|shipped|ships|shipping)\s"
                   r"(?:(?:over|nearly|about|around|almost|some|more\sthan)\s)?$")
#: How far back the counted noun may stand, in characters (within the clause).
_REACH = 60


def millions_counted(text: str, start: int, end: int) -> bool:
    """Whether the "m" ending at `end`, after the number starting at `start`, counts millions:
    a counted noun stands before the number in its clause with no word of length between,
    and the clause ends or goes on with a word of time or a link (no noun, no "high")."""
    if _ENDS.match(text, end) is None:
        return False
    if _SOLD.search(text, max(0, start - 32), start):
        return True  # "the single sold 1m on its release": copies, not metres (figs34)
    lo = max(0, start - _REACH)
    clause = max(text.rfind(stop, lo, start) for stop in (". ", "; ", ": ", "\n"))
    counted = _COUNTED.search(text, max(lo, clause + 1), start)
    return counted is not None and _LENGTHS.search(text, counted.end(), start) is None


def race_follows(text: str, pos: int) -> bool:
    """Whether a race or an event follows the "m" ending at `pos` ("the 100m hurdles")."""
    return _RACE.match(text, pos) is not None


def measured_follows(text: str, pos: int) -> bool:
    """Whether a word of size or a built or natural thing follows the glued "m" ending at
    `pos` ("a 1m wall", "2m tall"): metres (figs31)."""
    return _MEASURED_AFTER.match(text, pos) is not None


#: A glued "m" joined to a word of size by a hyphen: "a 1m-high wall", "a 2m-tall fence".
_METRES_HYPHENED = re.compile(r"m-(?:tall|high|long|wide|deep|thick)\b")


def metres_hyphened(text: str, pos: int) -> bool:
    """Whether the "m" at `pos` (glued to a number) is metres joined to a word of size by a
    hyphen ("a 1m-high wall"; figs31)."""
    return _METRES_HYPHENED.match(text, pos) is not None


def money_follows(text: str, pos: int) -> bool:
    """Whether a sum's noun follows the "m" ending at `pos` ("a 100m loan": millions)."""
    return _MONEY_NOUN.match(text, pos) is not None


def counted_follows(text: str, pos: int) -> bool:
    """Whether a counted noun follows the spaced "m" ending at `pos` ("3 m people")."""
    return _COUNTED_AFTER.match(text, pos) is not None


def spaced_metres(text: str, start: int, end: int) -> bool:
    """Whether the spaced "m" ending at `end` (after the number at `start`) is metres: a race
    follows ("the 100 m race"), or a verb of length stands before it in its clause ("ran 100 m
    in record time"), with no counted noun between."""
    if race_follows(text, end):
        return True
    lo = max(0, start - _REACH)
    clause = max(text.rfind(stop, lo, start) for stop in (". ", "; ", ": ", "\n"))
    return _LENGTHS.search(text, max(lo, clause + 1), start) is not None and \
        _COUNTED.search(text, max(lo, clause + 1), start) is None
