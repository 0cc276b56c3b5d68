"""Round 31 (figs31): the held-out batch mixed5's misses (confidence intervals written with a
dash, "HR 0.73", stoppage time "(90+3)") and the round's leftovers (a 1m wall, "turns 55",
"the 121-115 win", scores shown as written); each positive case fails on main fdb5b76."""

from __future__ import annotations

import pytest

from hzreader.figures import extract, format_value

Got = tuple[str, str, float | None, str, float | None]


def _figs(text: str) -> list[Got]:
    return [(f.text, f.kind, f.value, f.unit, f.high) for f in extract(text)]


POSITIVE = [
    # a confidence interval written with a dash is one range, valued at its low end
    ("The hazard ratio was 0.76 (95% CI 0.64–0.90; p=0.002).",
     [("0.76", "number", 0.76, "", None),  # "95%" of a CI: no figure (figs35)
      ("0.64–0.90", "number", 0.64, "", 0.9), ("0.002", "number", 0.002, "", None)]),
    ("Survival was 15.6 months (95% CI 0.12-0.85).",
     [("15.6 months", "duration", 15.6, "months", None),
      ("0.12-0.85", "number", 0.12, "", 0.85)]),
    # a study's ratio named by its abbreviation, before a decimal, is a figure
    ("Mortality fell (HR 0.73; aOR 1.42; RR 0.9).",
     [("0.73", "number", 0.73, "", None), ("1.42", "number", 1.42, "", None),
      ("0.9", "number", 0.9, "", None)]),
    ("治疗组死亡风险降低了27%（HR 0.73，95% CI 0.61-0.87）。",
     [("27%", "percent", 27.0, "percent", None), ("0.73", "number", 0.73, "", None),
      ("0.61-0.87", "number", 0.61, "", 0.87)]),
    # a minute of stoppage time with no suffix: in brackets, with a minute's mark, or near a
    # word of football
    ("Musiala scored the winner in stoppage time (90+3).", [("90+3", "ordinal", 93.0, "", None)]),
    ("Goals: Kane 45+2', Musiala 90+3'.",
     [("45+2", "ordinal", 47.0, "", None), ("90+3", "ordinal", 93.0, "", None)]),
    # "1m" before a built thing or a word of size is a metre, not a million
    ("A 1m wall stands at the edge of the site.", [("1m", "quantity", 1.0, "m", None)]),
    ("A 2m tall wall stands there.", [("2m", "quantity", 2.0, "m", None)]),
    ("The 1m-high barrier was breached in 2 places.",
     [("1m", "quantity", 1.0, "m", None), ("2 places", "count", 2.0, "places", None)]),
    # a thing's age after "turns"
    ("This year the C language turns 55.", [("55", "duration", 55.0, "years", None)]),
    ("The NHS turned 76 on Friday.", [("76", "duration", 76.0, "years", None)]),
    # a three-digit score named by its result
    ("Jokic had 35 points in the 121-115 win.",
     [("35 points", "count", 35.0, "points", None), ("121-115", "number", None, "", None)]),
]


@pytest.mark.parametrize(("text", "want"), POSITIVE)
def test_round31_positive(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


NEIGHBOURS = [
    # two decimals not written alike, or falling, stay two numbers; a version is a name;
    # a unit after a range keeps its unit
    ("It moved from 1.5-1.25 overnight.",
     [("1.5", "number", 1.5, "", None), ("1.25", "number", 1.25, "", None)]),
    ("Python 3.11-3.13 is supported.", []),
    ("Doses of 1.2-1.8 mg were given.", [("1.2-1.8 mg", "quantity", 1.2, "mg", 1.8)]),
    # "HR 1" is a bill
    ("HR 1 passed the House.", []),
    # a sum, not a minute; too many minutes added for stoppage time
    ("90+3 = 93", [("90", "number", 90.0, "", None), ("3", "number", 3.0, "", None),
                   ("93", "number", 93.0, "", None)]),
    ("The 90+3rd minute.", [("90+3rd", "ordinal", 93.0, "", None)]),
    # millions still count plurals and sums; "Turn 3" is a bend
    ("About 1m people and 1m Chinese tourists came.",
     [("About 1m people", "count", 1e6, "people", None),
      ("1m Chinese tourists", "count", 1e6, "Chinese tourists", None)]),
    ("A £1m deal and a 1m fine.",
     [("£1m", "money", 1e6, "GBP", None), ("1m", "number", 1e6, "", None)]),
    ("He crashed at Turn 3, with 24 laps left.", [("24 laps", "count", 24.0, "laps", None)]),
    ("Shares turned 5 percent higher.", [("5 percent", "percent", 5.0, "percent", None)]),
]


@pytest.mark.parametrize(("text", "want"), NEIGHBOURS)
def test_round31_neighbours(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


@pytest.mark.parametrize(("text", "shown"), [
    ("Liverpool beat Chelsea 3-1.", "3-1"),  # tryout19 §14: not "3–1", a range's look
    ("国安主场2比1战胜泰山。", "2比1"),
    ("Bayern won 2:1 at home.", "2:1"),
    ("India 287/6 (50 ov) in the ODI.", "287/6"),
])
def test_a_score_is_shown_as_written(text: str, shown: str) -> None:
    """tryout16: a score had an empty value in the panel and `t`; it has no value (two
    numbers, no one quantity: the lens neither adds nor ranges it), and shows as written."""
    (score,) = extract(text)
    assert (score.kind, score.value) == ("number", None)
    assert format_value(score) == shown
    assert format_value(score, unit_column=True) == shown


@pytest.mark.parametrize(("text", "shown"), [
    ("The hazard ratio was 0.90.", "0.90"),
    ("95% CI 0.64–0.90", "0.64–0.90"),
    ("About 1 in 4 adults", "≈ 1/4"),  # a fraction written as one stays a fraction
])
def test_a_decimal_number_is_shown_as_a_decimal(text: str, shown: str) -> None:
    """The panel showed "0.64 – 9/10" for an interval: a number under 1 written with a
    decimal point is shown as written, not as a fraction."""
    assert format_value(extract(text)[-1]) == shown
