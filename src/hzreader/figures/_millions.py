"""A letter "m" after a number of counted things is millions, not metres (figs17): "jobs
fell by 8 m.", "subscribers rose to 300m", "a population of 8.4m". "Waves of 8 m", "the
wall is 3m high" and "8 m" alone stay metres."""

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
#: How far back the counted noun may stand, in characters (within the clause).
_REACH = 60


def millions_counted(text: str, start: int, end: int) -> bool:
    """Whether the "m" ending at `end`, after the number starting at `start`, counts millions:
    a counted noun stands before the number in its clause with no word of length between,
    and the clause ends or goes on with a word of time or a link (no noun, no "high")."""
    if _ENDS.match(text, end) is None:
        return False
    lo = max(0, start - _REACH)
    clause = max(text.rfind(stop, lo, start) for stop in (". ", "; ", ": ", "\n"))
    counted = _COUNTED.search(text, max(lo, clause + 1), start)
    return counted is not None and _LENGTHS.search(text, counted.end(), start) is None
