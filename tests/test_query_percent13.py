"""A percent filter takes the figures table's own units (tryout13 §8): `percent<1 points`
searched "points" as a word, `percent<1 percentage points` and `percent<1 bp` found nothing.
Now `points`, `pp`, `percentage points` (and 个百分点) choose percentage points, `bp`,
`bps` and `basis points` too, converted (50 bp = 0.5 points), and `percent`, `%` plain
percents, in memory and in the index alike."""

from __future__ import annotations

import pytest

from hzreader.query import FigureTerm, match_spans, parse_query
from hzreader.query._terms import Measure
from test_figures_round11 import ids

RATES = [
    {"title": "CPI", "body": "CPI rose 0.3% on the year, up 0.55个百分点; core 0.8%, "
                             "环比下降0.1个百分点."},
    {"title": "Northwind", "body": "Shares fell -2.0%; the margin widened by 120 basis points."},
    {"title": "Fed", "body": "The Fed cut by 25bp; unemployment rose 0.2 percentage points "
                             "to 4.3%."},
    {"title": "Poll", "body": "Turnout was 71 per cent, up 3 percentage points."},
]


@pytest.mark.parametrize(("typed", "expected"), [
    ("percent<1 points", ["a0", "a2"]),  # 0.55 and 0.1 points; 25 bp, 0.2 points
    ("percent<1 percentage points", ["a0", "a2"]),
    ("percent<1 percentage point", ["a0", "a2"]),
    ("percent<1 pp", ["a0", "a2"]), ("percent<1pp", ["a0", "a2"]),
    ("percent<1 个百分点", ["a0", "a2"]), ("percent<1 個百分點", ["a0", "a2"]),
    ("percent<1 bp", []),  # 0.01 points: none so small
    ("percent<50 bp", ["a0", "a2"]), ("percent<=25 bps", ["a0", "a2"]),
    ("percent>100 basis points", ["a1", "a3"]),  # 120 basis points (1.2 points); 3
    ("percent:20bp", ["a2"]), ("percent:0.2 points", ["a2"]),
    ("percent:0.1..0.3 points", ["a0", "a2"]), ("percent>10bp percent<0.3 pp", ["a2"]),
    ("percent<1 percent", ["a0", "a1"]), ("percent<1%", ["a0", "a1"]),
    ("percent>50 per cent", ["a3"]),
    ("percent<1", ["a0", "a1", "a2"]),  # no unit: every percentage, as before
    ("-percent<1 points", ["a1", "a3"]),
    ("percent>1 points", ["a1", "a3"]),  # 120 basis points; 3 percentage points
])
def test_a_percent_filter_compares_in_the_unit_named_in_both(
        typed: str, expected: list[str]) -> None:
    assert ids(RATES, typed) == (expected, expected)


@pytest.mark.parametrize(("typed", "unit", "value"), [
    ("percent<1 points", "points", 1.0), ("percent<1 percentage points", "points", 1.0),
    ("percent<1 pp", "points", 1.0), ("percent<50 bp", "points", 0.5),
    ("percent<35 basis points", "points", 0.35), ("percent>5%", "percent", 5.0),
    ("percent>5 per cent", "percent", 5.0),
])
def test_the_unit_is_part_of_the_filter(typed: str, unit: str, value: float) -> None:
    (term,) = parse_query(typed).groups[0]
    assert isinstance(term, FigureTerm) and term.kind == "percent"
    assert term.measures == (Measure(unit, value, typed[7:8]),)


def test_other_words_after_a_percent_filter_stay_words() -> None:
    for typed in ("percent>5 growth", "percent<1 percentage", "percent>5 per"):
        first, word = parse_query(typed).groups[0]
        assert isinstance(first, FigureTerm) and not first.measures, typed
        assert word.text == typed.rsplit(" ", 1)[1], typed  # type: ignore[union-attr]


def test_only_the_figures_in_that_unit_are_highlighted() -> None:
    text = "CPI rose 0.3% on the year, up 0.55 percentage points; 25bp more."
    spans = match_spans(text, parse_query("percent<1 points").highlight_terms)
    assert [text[s:e] for s, e in spans] == ["0.55 percentage points", "25bp"]
