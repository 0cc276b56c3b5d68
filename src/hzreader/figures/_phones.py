"""Numbers that are dialled, not measured: phone numbers ("+81 3 5289 3650", "555-0199",
"电话0571-87654321") and the emergency numbers that name their service ("911 calls")."""

from __future__ import annotations

import re

from hzreader.figures import _words as fw
from hzreader.figures._patterns import NEXT_WORD, PHONE


def looks_like_phone(token: str) -> bool:
    """Whether a digit group sequence is a phone number rather than figures."""
    digits = sum(c.isdigit() for c in token)
    if digits < 7:
        return False
    if token[0] in "+(":
        return True
    groups = re.split(r"[ -]", token)
    if "-" in token and len(groups) >= 3:
        return True
    if "-" in token and len(groups) == 2:
        first, second = groups
        if all(len(g) == 4 and g.isdigit() and "1000" <= g <= "2100" for g in groups):
            return False  # years: "2015-2023"
        if first[:1] == "0":  # an area code: "0571-87654321", "020-7946 0958"
            return len(second) >= 5
        # "555-0147"; not a range of round numbers ("20000-30000 yuan", "1200-1500")
        return len(first) in (3, 4) and len(second) == 4 and not (
            first.endswith("00") and second.endswith("00"))
    return len(groups) >= 3 and digits >= 9 and all(len(g) >= 3 for g in groups)


def phone_possible(text: str, s: int, end: int, raw: str) -> bool:
    """Whether `PHONE` may match at `s` (digits `raw` up to `end`, no "+" or "(" before):
    only with "1-"/"1." first, or a space or hyphen and a digit right after the digits."""
    return text[end : end + 1] in (" ", "-") and text[end + 1 : end + 2].isdigit() or (
        raw[0] == "1" and text[s + 1 : s + 2] in (".", "-"))


def phone_end(text: str, s: int, end: int, raw: str) -> int | None:
    """The end of a phone number whose digits `raw` start at `s` (a "+" or "(" before them
    counts), else None."""
    phone_from = s - 1 if s and text[s - 1] in "+(" else s
    if phone_from == s and not (text[end : end + 1] in (" ", "-", ")")
                                and phone_possible(text, s, end, raw)):
        return None
    phone = PHONE.match(text, phone_from)
    return phone.end() if phone and looks_like_phone(phone.group()) else None


#: Digits, then a space or hyphen and more digits: maybe a phone number.
_DIGIT_GROUPS = re.compile(r"\d{2,5}[ -]\d")


def zh_phone_end(text: str, s: int) -> int | None:
    """The end of a phone number written right after Chinese text ("电话0571-87654321"),
    else None."""
    if _DIGIT_GROUPS.match(text, s) is None:
        return None
    phone = PHONE.match(text, s)
    return phone.end() if phone and looks_like_phone(phone.group()) else None


def names_a_service(text: str, end: int, raw: str) -> bool:
    """Whether an emergency number ending at `end` names its service ("911 calls", "a 999
    call", "the 112 line"); "112 calls" is a count, only 911 and 999 take a plural."""
    if raw not in fw.EMERGENCY_NUMBERS:
        return False
    after = NEXT_WORD.match(text, end)
    if after is None or (word := after.group(1).lower()) not in fw.EMERGENCY_AFTER:
        return False
    return raw in ("911", "999") or not word.endswith("s")
