"""Spelled ordinals ranked by the words around them (figs16): an object between the rank
verb and the ordinal ("ranking Cathay fifth among Asian carriers") and a run of periods
after "for a" ("prices slip for a third month")."""

from __future__ import annotations

import re

#: A rank verb and a name of one to three capitalised words, right before the ordinal.
_RANKED_NAME = re.compile(
    r"\b(?:ranked|ranks|rank|ranking|rated|rates|rating|placed|places|placing)"
    r"\s(?:[A-Z][\w'’&.-]*\s){1,3}$")
#: The period of a run after "for a <ordinal>": "for a third month", "for a fourth
#: consecutive week".
_RUN_PERIOD = re.compile(
    r"\s(?:(?:straight|consecutive|successive)\s)?(?:month|week|year|quarter|day|session)\b(?!-)")


def ranked_name(text: str, s: int) -> bool:
    """Whether a rank verb and a name stand right before the ordinal at `s` ("ranking Cathay
    fifth", "rated Lisbon second"): the name is what is ranked."""
    if text[s - 1 : s] != " ":
        return False
    space = text.rfind(" ", max(0, s - 40), s - 1)  # the name's last word is capitalised
    return text[space + 1 : space + 2].isupper() and \
        _RANKED_NAME.search(text, max(0, s - 60), s) is not None


def run_of_periods(text: str, s: int, e: int) -> int | None:
    """The end of "<ordinal> month" when "for a" stands before the ordinal at `s:e` ("slip
    for a third month": a streak, like "third month running"), else None."""
    if text[max(0, s - 6) : s].lower() != "for a ":
        return None
    m = _RUN_PERIOD.match(text, e)
    return m.end() if m else None
