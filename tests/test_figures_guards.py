"""The cheap checks `_digits` makes before trying a pattern never skip a match: wherever
the pattern matches, in the frozen texts and in generated ones, the check lets it through;
and a text without CJK characters has no traditional ones (`find_figures` reads such a text
without looking for them)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from hzreader.figures._patterns import (
    AND_HALF,
    CJK,
    HYPHEN_NOUN,
    HYPHEN_RATIO,
    HYPHEN_SCALE,
    NUM,
    PHONE,
    RANGE,
    RANGE_DASHES,
    RATIO,
    SCALE,
    SCALE_FIRST,
    SCALE_ORDINAL,
    SCALE_SECOND,
    TIMES,
    TIMES_FIRST,
)
from hzreader.figures._phones import phone_possible
from hzreader.figures._traditional import SIMPLIFIED, TRADITIONAL

FROZEN = [case["text"] for case in json.loads(
    (Path(__file__).parent / "data" / "figures_frozen.json").read_text(encoding="utf-8"))]

#: Each guarded pattern and the check made at the position it is tried at.
GUARDS: list[tuple[re.Pattern[str], Callable[[str, int], bool]]] = [
    (RANGE, lambda t, i: t[i : i + 1] in RANGE_DASHES or t[i + 1 : i + 2] in RANGE_DASHES),
    (SCALE, lambda t, i: t[i : i + 1] in SCALE_FIRST or t[i + 1 : i + 2] in SCALE_SECOND),
    (SCALE_ORDINAL, lambda t, i: t[i + 1 : i + 2] in SCALE_SECOND),
    (TIMES, lambda t, i: t[i + 1 : i + 2] == "t" or t[i : i + 1] in TIMES_FIRST),
    (RATIO, lambda t, i: t[i + 1 : i + 2] in ("i", "o", "p")),
    (AND_HALF, lambda t, i: t[i + 1 : i + 2] == "a"),
    (HYPHEN_SCALE, lambda t, i: t[i : i + 1] == "-"),
    (HYPHEN_RATIO, lambda t, i: t[i : i + 1] == "-"),
    (HYPHEN_NOUN, lambda t, i: t[i : i + 1] == "-"),
]

PIECES = ["5", "12", "1", "2019", "3.5", "1,200", " ", "-", "–", " - ", "x", "×", " times the",
          " in ", " out of ", " and a half", " billion", " bn", "m", "k", " hundredth",
          "-million-people", "-to-1", "-day", " 555-1234", "1-800-555-0199", "1.555.555",
          " (", ")", " people", " dozen", " lakh", " crore", " thousandth", "\u00a0", "\t"]


def unguarded(text: str) -> list[str]:
    """What a guard would wrongly skip in `text`: the pattern and position."""
    missed = []
    for pattern, guard in GUARDS:
        for i in range(len(text) + 1):
            if pattern.match(text, i) is not None and not guard(text, i):
                missed.append(f"{pattern.pattern[:30]} at {i}")
    for m in NUM.finditer(text):
        s = m.start()
        if (s == 0 or text[s - 1] not in "+(") and PHONE.match(text, s) is not None \
                and not phone_possible(text, s, m.end(), m.group()):
            missed.append(f"PHONE at {s}")
    return missed


def test_guards_on_the_frozen_texts() -> None:
    for text in FROZEN:
        assert unguarded(text) == [], text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_guards_on_generated_texts(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert unguarded(text) == []


def test_traditional_and_simplified_characters_are_cjk() -> None:
    assert all(CJK.fullmatch(char) for char in TRADITIONAL + SIMPLIFIED)
