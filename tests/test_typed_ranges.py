"""A range or a ratio typed as a query (tryout10): `/5-8%` is the range as written, not
every figure of its low end ("5%" alone); `1 in 50` is one figure (0.02), not three words."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.cli import main
from hzreader.query import FigureTerm, Term, parse_query
from test_figures_round11 import ids

RANGES = [
    {"title": "Rents", "body": "Rents may fall 5-8% next year."},
    {"title": "Prices", "body": "Prices could drop 3%至5%, or 5% at most."},
    {"title": "Dash", "body": "Growth of 5–8% is expected."},
    {"title": "Wages", "body": "Wages rose 6% and 8% in turn."},
    {"title": "Odds", "body": "The odds of a flood are 1 in 50 each year."},
    {"title": "Spelled", "body": "The odds are one in 50, the insurer said."},
    {"title": "Words", "body": "Only 1 of the 50 rooms was free in March."},
    {"title": "Exam", "body": "She scored 8.7 out of 10 in the exam."},
]


@pytest.mark.parametrize(("typed", "expected"), [
    ("5-8%", ["a0", "a2"]),  # the range, any dash; not "5%" (a1) nor 6% and 8% (a3)
    ("5%", ["a0", "a1", "a2"]),  # a range is valued at its low end, as before
    ("percent:5..8", ["a0", "a1", "a2", "a3"]),  # a band of values is asked for so
    ("1 in 50", ["a4", "a5"]),  # one figure, however written; not "1 of the 50 … in" (a6)
    ("8.7 out of 10", ["a7"]),
])
def test_a_typed_range_or_ratio_finds_the_same_in_memory_and_index(
        typed: str, expected: list[str]) -> None:
    assert ids(RANGES, typed) == (expected, expected)


def test_a_typed_range_is_its_words_and_a_ratio_one_figure_term() -> None:
    assert parse_query("5-8%").groups == ((Term("5-8%"),),)
    assert parse_query("3-5days").groups == ((Term("3-5days"),),)
    (ratio,) = parse_query("1 in 50").groups[0]
    assert isinstance(ratio, FigureTerm) and (ratio.kind, ratio.value) == ("number", 0.02)
    flood, odds = parse_query("flood 1 in 50").groups[0]
    assert flood == Term("flood") and isinstance(odds, FigureTerm) and odds.literal == "1 in 50"
    (long_odds,) = parse_query("1 in 292.2 million").groups[0]
    assert isinstance(long_odds, FigureTerm) and long_odds.value == pytest.approx(1 / 292.2e6)
    one, in_, year = parse_query("12 in 2025").groups[0]  # no figure: three terms, as before
    # "in " with a space after it is a whole word (search15)
    assert in_ == Term("in", whole=True) and isinstance(year, FigureTerm) and year.value == 2025


def test_the_figures_command_lists_the_ratio_typed(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.yaml").write_text(
        "title: Odds\nbody: The odds of a flood are 1 in 50, up 5% since 2020.\n",
        encoding="utf-8")
    assert main(["figures", str(tmp_path), "--query", "1 in 50", "-f", "csv",
                 "--no-bom"]) == 0
    out, err = capsys.readouterr()
    rows = out.splitlines()[1:]
    assert len(rows) == 1 and "1 in 50" in rows[0] and "0.02" in rows[0]
    assert "no listed figure" not in err


def test_the_figures_command_says_when_no_article_matches(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It said "0 figures in 0 of 0 articles", as if the folder were empty."""
    (tmp_path / "a.yaml").write_text("title: Odds\nbody: Up 5% since 2020.\n", encoding="utf-8")
    assert main(["figures", str(tmp_path), "--query", "5-8%"]) == 0
    assert "0 figures: no article of 1 matches the query" in capsys.readouterr().err


def test_a_typed_range_limits_the_table_to_its_figure(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The range is searched as words, but the figures table (and `hzreader figures`)
    lists its figure, not every figure of the articles that write it."""
    (tmp_path / "a.yaml").write_text(
        "title: Fares rise 5-8%\nbody: Bus fares rise 5-8% in March; odds of a strike are "
        "1 in 50, up from 2%.\n", encoding="utf-8")
    assert main(["figures", str(tmp_path), "--query", "5-8%", "-f", "csv", "--no-bom"]) == 0
    out, err = capsys.readouterr()
    rows = out.splitlines()[1:]
    assert len(rows) == 2 and all(",5-8%," in row for row in rows), rows  # title and body
    assert "no listed figure" not in err
    assert parse_query("5-8%").row_figure_terms == (
        FigureTerm("percent", "=", 5.0, range_high=8.0),)
    assert parse_query("-5-8%").row_figure_terms == ()


def test_a_typed_range_is_that_range_not_a_range_its_low_end_lies_within(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Since ranges carry their high end (range13), `5-8%` in the table listed 4-6 % too
    (5 lies within it); it is the range 5-8 % only, in the index and in memory alike."""
    (tmp_path / "a.yaml").write_text(
        "title: Ranges\nbody: Growth of 5-8% is expected. Inflation was 5%. Rates were 6%. "
        "Others see 4-6%, or 10-16%.\n", encoding="utf-8")
    assert main(["figures", str(tmp_path), "--query", "5-8%", "-f", "csv", "--no-bom"]) == 0
    rows = capsys.readouterr()[0].splitlines()[1:]
    assert len(rows) == 1 and ",5-8%," in rows[0], rows
    (term,) = parse_query("5-8%").row_figure_terms
    assert term.accepts_value("percent", 5.0, "percent", 8.0)
    for value, high in ((5.0, None), (4.0, 6.0), (10.0, 16.0), (5.0, 9.0)):
        assert not term.accepts_value("percent", value, "percent", high), (value, high)
    (length,) = parse_query("2-4km").row_figure_terms  # with a unit: that range in it
    assert length.accepts_value("quantity", 2.0, "km", 4.0)
    assert not length.accepts_value("quantity", 2.0, "km", 3.0)
    assert not length.accepts_value("quantity", 2.0, "km", None)
