"""The eighth tryout's English key-figure findings (notes/tryout8.md A1, A4, A7, A8, A11
and part of B), one test each: what was mangled, and what stays as it was."""

from __future__ import annotations

import math
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hzreader.figures import extract

_DIGITS = frozenset(string.digits + "０１２３４５６７８９")


def _found(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


def _close(found: list[tuple[str, str, float | None, str]],
           expected: list[tuple[str, str, float, str]]) -> bool:
    """`found == expected`, values compared to within a rounding error (1/3000 and the like)."""
    return len(found) == len(expected) and all(
        (t, k, u) == (et, ek, eu) and v is not None and math.isclose(v, ev, rel_tol=1e-9)
        for (t, k, v, u), (et, ek, ev, eu) in zip(found, expected, strict=True))


def _cuts_a_number(text: str) -> list[str]:
    """The figures of `text` that start or end inside a run of digits."""
    return [f.text for f in extract(text)
            if (text[f.start - 1 : f.start] in _DIGITS and text[f.start : f.start + 1] in _DIGITS)
            or (text[f.end - 1 : f.end] in _DIGITS and text[f.end : f.end + 1] in _DIGITS)]


# -- A1: a range with its unit glued to the second number ---------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Highs of 25-28C are expected.", ("25-28C", "quantity", 25.0, "°C")),
    ("Highs of 25–28C are expected.", ("25–28C", "quantity", 25.0, "°C")),
    ("Between 40-60mm of rain fell.", ("40-60mm", "quantity", 40.0, "mm")),
    ("Expect 15-20cm of snow.", ("15-20cm", "quantity", 15.0, "cm")),
    ("Lows of 2-4C tonight.", ("2-4C", "quantity", 2.0, "°C")),
    ("Add 1-2kg of flour.", ("1-2kg", "quantity", 1.0, "kg")),
    ("Shares rose 10-15pc.", ("10-15pc", "percent", 10.0, "percent")),
    ("It will cost $5-10bn.", ("$5-10bn", "money", 5e9, "USD")),
])
def test_a_range_with_a_glued_unit_is_one_figure(
        text: str, expected: tuple[str, str, float, str]) -> None:
    assert _found(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Highs of 25-28°C", [("25-28°C", "quantity", 25.0, "°C")]),
    ("40-60 mm", [("40-60 mm", "quantity", 40.0, "mm")]),
    ("3-5 days", [("3-5 days", "duration", 3.0, "days")]),
    ("10-15%", [("10-15%", "percent", 10.0, "percent")]),
    ("from 1-2pm today", [("1", "number", 1.0, ""), ("2pm", "time", 14.0, "")]),
])
def test_ranges_written_otherwise_are_unchanged(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Highs of 25-28C", "rooms 12-14B", "a 3-4x gain", "won 3-10a", "the 2-13yr plan",
    "between 5-10m people", "Lows of 12-24F", "up 100-200bp",
])
def test_no_figure_cuts_a_number(text: str) -> None:
    assert _cuts_a_number(text) == []


_RANGE_PIECES = st.sampled_from([
    "1", "2", "25", "28", "40", "60", "3.5", "1,000", "-", "–", " - ", " ", "C", "F", "mm",
    "cm", "kg", "km", "pc", "%", "bn", "m", "k", "x", "pm", "am", "B", "a", "yr", "s", "°C",
    "days", "people", "of ", "Highs of ", ".", ",",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_RANGE_PIECES, max_size=30).map("".join))
def test_no_figure_starts_or_ends_inside_a_number(text: str) -> None:
    assert _cuts_a_number(text) == []


def test_no_figure_of_the_labelled_set_cuts_a_number() -> None:
    from test_figures import _load_eval

    cut = [(item.text, fig) for item in _load_eval().load_all()
           for fig in _cuts_a_number(item.text)]
    assert cut == []


# -- A7: "1 in 3,000" is one probability wherever it stands --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The team puts the chance that the signal is a fluke at 1 in 3,000, a significance of 3 "
     "sigma.", [("1 in 3,000", "number", 1 / 3000, ""), ("3 sigma", "quantity", 3.0, "σ")]),
    ("The odds are 1 in 3000.", [("1 in 3000", "number", 1 / 3000, "")]),
    ("The odds are 1 in 3,000.", [("1 in 3,000", "number", 1 / 3000, "")]),
    ("About 1 in 8, the survey says.", [("About 1 in 8", "number", 0.125, "")]),
    ("Roughly one in five, it found.", [("Roughly one in five", "number", 0.2, "")]),
])
def test_one_in_n_is_one_probability(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _close(_found(text), expected)


def test_one_in_a_year_stays_a_year() -> None:
    assert _found("He won 1 in 2025.") == [("1", "number", 1.0, ""),
                                           ("2025", "year", 2025.0, "")]
    assert _found("He won one in 2013.") == [("2013", "year", 2013.0, "")]
    assert _found("They sold two per four.") == []  # "per" takes a denominator in digits


# -- A4: a version of a dotted software name is no count ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Microsoft's .NET 9 runs C++ interop 15% faster, and node.js 22 ships V8 12.4.",
     [("15%", "percent", 15.0, "percent")]),
    ("ASP.NET 8 adds 12 features.", [("12 features", "count", 12.0, "features")]),
    ("Java 21 adds 3 features.", [("3 features", "count", 3.0, "features")]),
])
def test_a_dotted_software_name_takes_a_version(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The U.S. 500 companies grew.", [("500 companies", "count", 500.0, "companies")]),
    ("e.g. 5 people came", [("5 people", "count", 5.0, "people")]),
])
def test_an_abbreviation_with_its_dot_names_nothing(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


# -- A8: the term in a bond's or loan's name is no duration ---------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The 10-year gilt yield rose 15 basis points.",
     [("15 basis points", "percent", 0.15, "points")]),
    ("Two-year Treasury yields added 7bp.", [("7bp", "percent", 0.07, "points")]),
    ("The 30-year mortgage rate rose to 6.8%.", [("6.8%", "percent", 6.8, "percent")]),
    ("The 10-year German Bund yield fell.", []),
    ("It sold a three-month T-bill.", []),
])
def test_a_bond_term_is_a_name(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He signed a two-year deal.", [("two-year", "duration", 2.0, "years")]),
    ("He served a 10-year term.", [("10-year", "duration", 10.0, "years")]),
    ("The bonds matured after 10 years.", [("10 years", "duration", 10.0, "years")]),
])
def test_other_terms_stay_durations(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


# -- A11: a score named by the result after it -----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Hamburger SV won the DFB-Pokal tie 4:2 on penalties after a 1:1 draw after extra time.",
     [("4:2", "number", None, ""), ("1:1", "number", None, "")]),
    ("It ended in a 1:1 draw.", [("1:1", "number", None, "")]),
    ("Their 2:0 home win lifted them.", [("2:0", "number", None, "")]),
])
def test_a_score_before_its_result(
        text: str, expected: list[tuple[str, str, float | None, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["Mix it 1:1 with water.", "The ratio was 1:1 after all."])
def test_a_colon_ratio_without_a_result_is_no_score(text: str) -> None:
    assert _found(text) == []


# -- B: "8 m" after a space is metres where no noun follows ----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("A Force 9 gale, with waves of 8 m.",
     [("Force 9", "quantity", 9.0, "Beaufort"), ("8 m", "quantity", 8.0, "m")]),
    ("The wall is 3 m high.", [("3 m", "quantity", 3.0, "m")]),
    ("She cleared 2 m, a record.", [("2 m", "quantity", 2.0, "m")]),
])
def test_m_after_a_space_is_metres(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It rose 8 m in value.", [("8", "number", 8.0, "")]),
    ("He drove at 8 m.p.h.", [("8", "number", 8.0, "")]),
])
def test_m_before_a_noun_or_glued_is_no_metre(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


# -- B: a rate "per 100,000" is one figure; its base counts nothing --------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Flu cases rose to 45 per 100,000 people, up from 31 per 100,000.",
     [("45 per 100,000", "number", 45 / 100_000, ""),
      ("31 per 100,000", "number", 31 / 100_000, "")]),
    ("The mortality rate was 2.3 per 1,000 live births.",
     [("2.3 per 1,000", "number", 2.3 / 1000, "")]),
    # figs26: a counted noun before the base is one rate too (was the count "45 cases")
    ("There were 45 cases per 100,000 people.",
     [("45 cases per 100,000", "number", 45 / 100_000, "")]),
])
def test_a_rate_per_100000(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _close(_found(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Prices rose 5 per cent.", [("5 per cent", "percent", 5.0, "percent")]),
    ("Take one dose per 2 weeks.", [("one dose", "count", 1.0, "dose"),
                                    ("2 weeks", "duration", 2.0, "weeks")]),
])
def test_per_before_a_unit_is_unchanged(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


# -- B (obituaries): ages at death, "at the age of three", "four Grammys" --------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Jazz pianist Ahmad Freeman dies at 94", [("94", "duration", 94.0, "years")]),
    ("He died at 94 on Sunday.", [("94", "duration", 94.0, "years")]),
    ("She passed away at 88.", [("88", "duration", 88.0, "years")]),
    ("Freeman began playing at the age of three.", [("three", "duration", 3.0, "years")]),
    ("He left school at the age of twenty-one.", [("twenty-one", "duration", 21.0, "years")]),
])
def test_an_age_in_an_obituary(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He won four Grammys, the last in 2012.",
     [("four Grammys", "count", 4.0, "Grammys"), ("2012", "year", 2012.0, "")]),
    ("She has won 3 Oscars.", [("3 Oscars", "count", 3.0, "Oscars")]),
    ("Wales have lost 14 Tests in a row.", [("14 Tests", "count", 14.0, "Tests")]),
])
def test_a_plural_named_with_a_capital_is_counted(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Man Jailed For 5 Years", [("5", "number", 5.0, "")]),
    ("The index rose to 94 on Sunday.", [("94", "number", 94.0, "")]),
    ("Shares died at 94 cents.", [("94 cents", "money", 0.94, "USD")]),
])
def test_no_age_or_named_count_without_the_evidence(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


# -- B (recipes): a vulgar fraction belongs to the number, not to the unit -------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Mix the juice of 1½ lemons.", [("1½ lemons", "count", 1.5, "lemons")]),
    ("It is 2½ miles long.", [("2½ miles", "quantity", 2.5, "mi")]),
    ("He won by 2½ furlongs.", [("2½ furlongs", "quantity", 2.5, "fur")]),
    ("It took 1½ hours.", [("1½ hours", "duration", 1.5, "hours")]),
])
def test_a_vulgar_fraction_is_part_of_the_number(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


# -- B (hostile): a number word after a capitalised label names it -------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Doc one fine, rose 4%", [("4%", "percent", 4.0, "percent")]),
    ("Phase Two trials began.", []),
    ("Type two diabetes affects 5 people.", [("5 people", "count", 5.0, "people")]),
])
def test_a_number_word_after_a_label_is_a_name(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He paid one fine.", [("one fine", "count", 1.0, "fine")]),
    ("The bus two children rode broke down.", [("two children", "count", 2.0, "children")]),
])
def test_a_number_word_after_a_lower_case_noun_still_counts(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


# -- B: a euro sign after the amount --------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Zero width, RTL and emoji cost 4 €", [("4 €", "money", 4.0, "EUR")]),
    ("It costs 4€ a month.", [("4€", "money", 4.0, "EUR")]),
    ("Tickets are 12 € each.", [("12 €", "money", 12.0, "EUR")]),
    ("Fees rose from 4 €5 a week.", [("4", "number", 4.0, ""), ("€5", "money", 5.0, "EUR")]),
])
def test_a_euro_sign_after_the_amount(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


# -- B (elections): a swing is in percentage points ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("She won with a swing of 10.2 points.", [("10.2 points", "percent", 10.2, "points")]),
    ("It was a 10-point swing to Labour.", [("10-point", "percent", 10.0, "points")]),
    ("A swing of nearly 4 points.", [("nearly 4 points", "percent", 4.0, "points")]),
])
def test_a_swing_is_percentage_points(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


def test_points_won_stay_counted() -> None:
    assert _found("They won by 5 points.") == [("5 points", "count", 5.0, "points")]


# -- B (reviews): a rating written as a fraction ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Rated 4/5, and 8.7 out of 10 on IMDb.",
     [("4/5", "number", 0.8, ""), ("8.7 out of 10", "number", 0.87, "")]),
    ("Rated 9/10.", [("9/10", "number", 0.9, "")]),
    ("The film scored 87/100 on Metacritic.", [("87/100", "number", 0.87, "")]),
])
def test_a_rating_as_a_fraction(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _close(_found(text), expected)


@pytest.mark.parametrize("text", ["The shop is open 24/7.", "The vote on 4/5 passed.",
                                  "It was rated 6/5 by nobody."])
def test_a_slash_without_a_rating_is_no_figure(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("sentence", "figure", "unit"), [
    ("Add 3 eggs and beat well.", "3 eggs", "eggs"),
    ("Serve 4 people with rice.", "4 people", "people"),
    ("Cut into 8 slices. Bake 45 minutes.", "45 minutes", "minutes"),
])
def test_an_imperative_verb_starting_a_sentence_is_no_name(sentence: str, figure: str,
                                                            unit: str) -> None:
    """figs12's leftover: a capital at a sentence start ("Add 3 eggs") read as a name
    ("Boeing 737") hid the number after it; recipe verbs may stand before a figure."""
    found = {sentence[f.start:f.end]: f for f in extract(sentence)}
    assert figure in found and found[figure].unit == unit, found
