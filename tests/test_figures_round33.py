"""Round 33 (figs33): tryout17 §A's English misses — a counted noun that swallowed the verb
after it, points after a percentage and an index's points, metres before a preposition,
stablecoins, goal minutes, race times, votes and ages; each positive case fails on main
8d7a7dc, each neighbour passes on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.figures import extract

Got = tuple[str, str, float | None, str]


def _figs(text: str) -> list[Got]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


NOUN_THEN_VERB = [
    ("Weekly injection cuts heart attack risk by 20%, trial of 17,604 patients finds",
     ("17,604 patients", "count", 17604.0, "patients")),
    ("Trial of 500 patients shows benefit.", ("500 patients", "count", 500.0, "patients")),
    ("Survey of 1,000 adults finds support.", ("1,000 adults", "count", 1000.0, "adults")),
    ("Poll of 2,000 voters puts Labour ahead.", ("2,000 voters", "count", 2000.0, "voters")),
    ("A crowd of 41,237 saw Rovers extend their unbeaten run.",
     ("41,237", "count", 41237.0, "crowd")),
]


@pytest.mark.parametrize(("text", "want"), NOUN_THEN_VERB)
def test_a_verb_ends_the_counted_noun(text: str, want: Got) -> None:
    assert want in _figs(text)


@pytest.mark.parametrize(("text", "want"), [
    ("A crowd of 33,000 watched the final.", ("33,000", "count", 33000.0, "crowd")),
    ("An attendance of 18,500 saw the home side win.", ("18,500", "count", 18500.0, "attendance")),
    ("Police deployed 4,500 police officers.", ("4,500 police officers", "count", 4500.0,
                                                "police officers")),
    ("The team made 100 sales calls on Monday.", ("100 sales calls", "count", 100.0, "sales calls")),
    ("The robotaxi fleet completed 4 million paid rides in 2024.",
     ("4 million paid rides", "count", 4e6, "paid rides")),
    ("A crowd of 12 500 fans saw the game.", ("12 500 fans", "count", 12500.0, "fans")),
    ("The band played 500 shows.", ("500 shows", "count", 500.0, "shows")),
])
def test_nouns_that_stay_whole(text: str, want: Got) -> None:
    assert want in _figs(text)
