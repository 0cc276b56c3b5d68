"""Round 17 (figs17): English news genres (the `genres` batch), each rule on sentences of its
own, with the neighbours that stay as they were."""

from __future__ import annotations

import pytest

from hzreader.figures import extract


def _figs(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


# --- a sum's range with the scale on both ends, the sign on the first: "$1.5bn-2bn" ----------

@pytest.mark.parametrize(("text", "want"), [
    ("Losses could reach $1.5bn-2bn.", [("$1.5bn-2bn", "money", 1.5e9, "USD")]),
    ("a £3m–4.5m fee", [("£3m–4.5m", "money", 3e6, "GBP")]),
    ("about €1.5 billion-2 billion", [("about €1.5 billion-2 billion", "money", 1.5e9, "EUR")]),
])
def test_a_scaled_money_range_is_one_figure_at_its_low_end(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


def test_money_ranges_written_otherwise_are_unchanged() -> None:
    # figs19: the sign on both ends is one range too (round 19)
    assert _figs("$1.5bn-$2bn") == [("$1.5bn-$2bn", "money", 1.5e9, "USD")]
    assert _figs("$5-10bn") == [("$5-10bn", "money", 5e9, "USD")]
    assert _figs("$1.5bn-2m") == []  # two scales: no range (as before)
    assert _figs("$2bn-1.5bn") == []  # the high end first: no range (as before)


# --- the euro sign first with a decimal comma: "€4,50" --------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("A pint costs €4,50, against €3,90 a year ago.",
     [("€4,50", "money", 4.5, "EUR"), ("€3,90", "money", 3.9, "EUR")]),
    ("€1.234,56 in all", [("€1.234,56", "money", 1234.56, "EUR")]),
    ("€12,99/month", [("€12,99", "money", 12.99, "EUR")]),
    ("about €4,5.", [("about €4,5", "money", 4.5, "EUR")]),
])
def test_a_decimal_comma_after_the_euro_sign(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


def test_a_thousands_comma_after_the_euro_sign_stays() -> None:
    assert _figs("€4,500 each") == [("€4,500", "money", 4500.0, "EUR")]
    assert _figs("4,50 €") == [("4,50 €", "money", 4.5, "EUR")]
    assert _figs("$4,50")[0][:3] == ("$4", "money", 4.0)  # only the euro is written so
    assert _figs("€4,5bn")[0][:3] == ("€4", "money", 4.0)  # a scale after: not read so


# --- "m" after a number of counted things is millions: "jobs fell by 8 m." -----------------

@pytest.mark.parametrize(("text", "want"), [
    ("Across the OECD, factory jobs fell by 8 m. Most came later.",
     ("8 m", "number", 8e6, "")),
    ("Jobs fell by 8m.", ("8m", "number", 8e6, "")),
    ("Subscribers rose to 300m in 2024.", ("300m", "number", 3e8, "")),
    ("Netflix's subscribers topped 300m last year.", ("300m", "number", 3e8, "")),
    ("a population of 8.4m, up from 8.1m", ("8.4m", "number", 8.4e6, "")),
])
def test_m_after_counted_things_is_millions(
        text: str, want: tuple[str, str, float, str]) -> None:
    assert _figs(text)[0] == want


@pytest.mark.parametrize(("text", "want"), [
    ("The wave was 8 m high.", ("8 m", "quantity", 8.0, "m")),
    ("Waves of 8 m.", ("8 m", "quantity", 8.0, "m")),
    ("Visitors climbed the 300m tower.", ("300m", "quantity", 300.0, "m")),
    ("Users swam 100m.", ("100m", "quantity", 100.0, "m")),
    ("Passengers walk 3km, then 400m.", ("3km", "quantity", 3.0, "km")),
    ("He ran the 100m in 9.58 seconds.", ("100m", "quantity", 100.0, "m")),
])
def test_m_stays_metres_without_counted_things_or_with_a_length(
        text: str, want: tuple[str, str, float, str]) -> None:
    assert _figs(text)[0] == want
    assert ("400m", "quantity", 400.0, "m") in _figs("Passengers walk 3km, then 400m.")


# --- points to or from a level in percent are percentage points ----------------------------

def test_points_before_a_level_in_percent_are_percentage_points() -> None:
    assert _figs("The party's vote share fell 6.3 points to 23.7%.") == [
        ("6.3 points", "percent", 6.3, "points"), ("23.7%", "percent", 23.7, "percent")]
    assert _figs("Her approval rose 4 points from 41 percent.")[0] == (
        "4 points", "percent", 4.0, "points")


def test_points_of_an_index_are_no_percentage_points() -> None:
    # figs33 (tryout17 §A.3): an index's points are a quantity in points, no longer a count
    assert _figs("The Dow fell 300 points to 42,000.")[0] == (
        "300 points", "quantity", 300.0, "points")
    assert _figs("She scored 30 points in the win.")[0] == ("30 points", "count", 30.0, "points")


# --- a part of a counted whole after a possessive ------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("carrying 38 of the state's 58 counties",
     [("38", "count", 38.0, "counties"), ("58 counties", "count", 58.0, "counties")]),
    ("won 12 of Ohio's 15 districts",
     [("12", "count", 12.0, "districts"), ("15 districts", "count", 15.0, "districts")]),
    ("Police said seven of the company's 11 plants closed",
     [("seven", "count", 7.0, "plants"), ("11 plants", "count", 11.0, "plants")]),
])
def test_a_part_of_a_whole_after_a_possessive_counts_the_same_noun(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


def test_a_part_of_them_stays_a_number() -> None:
    assert _figs("Airbus delivered 766 jets, 602 of them from one family.")[1] == (
        "602", "number", 602.0, "")
    assert _figs("five of them") == [("five", "number", 5.0, "")]


# --- "the third most visited": an ordinal with a superlative of "most" ----------------------

@pytest.mark.parametrize(("text", "span", "rank"), [
    ("making it the museum's third most visited show", "third most visited", 3.0),
    ("the second least expensive city", "second least expensive", 2.0),
    ("its fourth most important market", "fourth most important", 4.0),
    ("the second most-watched show", "second most-watched", 2.0),
])
def test_an_ordinal_before_most_and_an_adjective_is_a_ranking(
        text: str, span: str, rank: float) -> None:
    assert _figs(text) == [(span, "ordinal", rank, "")]


@pytest.mark.parametrize("text", [
    "he had the third most in the league",  # "most" counts nothing named
    "the first most good",  # "first most" is no ranking
    "public second least what",  # no determiner or possessive before the ordinal
])
def test_most_after_an_ordinal_without_a_ranking_is_nothing(text: str) -> None:
    assert _figs(text) == []


# --- an age after a life event: "published her first novel at 24" --------------------------

@pytest.mark.parametrize(("text", "span", "value"), [
    ("She published her first novel at 24 and died on Monday aged 92.", "24", 24.0),
    ("He retired at 65.", "65", 65.0),
    ("Married at 19, she moved to Leeds.", "19", 19.0),
    ("He left school at 16 to work in a mill.", "16", 16.0),
    ("She made her debut at 17 in a cup tie.", "17", 17.0),
])
def test_at_n_after_a_life_event_is_an_age(text: str, span: str, value: float) -> None:
    assert (span, "duration", value, "years") in _figs(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Shares closed at 24 on Friday.", [("24", "number", 24.0, "")]),
    ("He retired at 5pm.", [("5pm", "time", 17.0, "")]),
    ("She won her first title at 24 seconds.", [("24 seconds", "duration", 24.0, "seconds")]),
    ("He retired at 65 points.", [("65 points", "count", 65.0, "points")]),
])
def test_at_n_without_a_life_event_or_with_a_unit_is_no_age(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


# --- another version of a named release: "Python 3.12 … than 3.11" -------------------------

@pytest.mark.parametrize("text", [
    "Python version 3.12 runs the benchmark 5% faster than 3.11, the notes say.",
    "iOS 18.2 fixes bugs in 18.1.",
    "upgrade from Python 3.11 to 3.12",
])
def test_a_bare_decimal_after_a_version_of_the_same_series_is_a_version(text: str) -> None:
    assert [f for f in _figs(text) if f[1] == "number"] == []


def test_decimals_that_are_no_versions_stay_numbers() -> None:
    assert _figs("Inflation rose to 3.2 from 3.1.") == [
        ("3.2", "number", 3.2, ""), ("3.1", "number", 3.1, "")]
    assert _figs("F1 0.984 against 0.983.") == [("0.983", "number", 0.983, "")]
    assert _figs("Python 3.12 is used by 3.1 million developers.") == [
        ("3.1 million developers", "count", 3.1e6, "developers")]
    assert _figs("Version 3.12 came out. Inflation hit 3.1.") == [("3.1", "number", 3.1, "")]
