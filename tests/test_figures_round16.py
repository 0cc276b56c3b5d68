"""Round 16 (figs16): tryout10's English findings, each rule on sentences of its own."""

from __future__ import annotations

import pytest

from hzreader.figures import extract


def _figs(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


# --- 1. a scaled denominator: "1 in 292.2 million" -------------------------------------------

def test_a_probability_with_a_scaled_denominator_is_one_figure() -> None:
    assert _figs("The odds of winning are 1 in 292.2 million.") == [
        ("1 in 292.2 million", "number", pytest.approx(3.42231348391513e-09), "")]


def test_plain_and_decimal_denominators_still_read() -> None:
    assert _figs("The odds are 1 in 3,000.") == [
        ("1 in 3,000", "number", pytest.approx(1 / 3000), "")]
    assert _figs("at 1 in 3,000, a significance") == [
        ("1 in 3,000", "number", pytest.approx(1 / 3000), "")]
    assert _figs("About 1 in 3.5 people agree.")[0][:3] == (
        "About 1 in 3.5", "number", pytest.approx(1 / 3.5))
    assert _figs("1 in 2013.") == [("1", "number", 1.0, ""), ("2013", "year", 2013.0, "")]


# --- 2. spelled numbers in several groups -----------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("a deficit of three hundred and twenty million dollars",
     [("three hundred and twenty million dollars", "money", 320_000_000.0, "USD")]),
    ("two thousand five hundred people came",
     [("two thousand five hundred people", "count", 2500.0, "people")]),
    ("Three hundred and twenty-five people", [
        ("Three hundred and twenty-five people", "count", 325.0, "people")]),
    ("a hundred and fifty years", [("a hundred and fifty years", "duration", 150.0, "years")]),
    ("some three thousand and twenty people",
     [("some three thousand and twenty people", "count", 3020.0, "people")]),
    ("two thousand million dollars",
     [("two thousand million dollars", "money", 2e9, "USD")]),
    ("one hundred thousand people", [("one hundred thousand people", "count", 1e5, "people")]),
])
def test_a_spelled_number_in_several_groups_is_one_figure(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


def test_a_second_hundred_after_and_starts_a_second_number() -> None:
    assert _figs("between two hundred and three hundred people") == [
        ("two hundred", "number", 200.0, ""),
        ("three hundred people", "count", 300.0, "people")]
