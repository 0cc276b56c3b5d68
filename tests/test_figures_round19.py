"""Round 19 (figs19): tryout12's English figure mistakes, each fixed by a general rule and
tested on sentences of its own, with the neighbours that stay as they were."""

from __future__ import annotations

import pytest

from hzreader.figures import extract, format_value


def _figs(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


def _texts(text: str) -> list[str]:
    return [f.text for f in extract(text)]


# --- "N in M" odds: never with a length of time after M ---------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("He won 4 in 24 hours.", [("4", "number", 4.0, ""), ("24 hours", "duration", 24.0, "hours")]),
    ("She scored three in 10 minutes.", [("10 minutes", "duration", 10.0, "minutes")]),
    ("Prices rose 5 in 7 days.", [("5", "number", 5.0, ""), ("7 days", "duration", 7.0, "days")]),
])
def test_no_odds_before_a_length_of_time(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


@pytest.mark.parametrize(("text", "value"), [
    ("1 in 10 adults smoke.", 0.1),
    ("3 in 10 voters back him.", 0.3),
    ("one in five children", 0.2),
    ("a 1 in 100 year flood", 0.01),  # a singular "year" after: still odds
])
def test_odds_stay_odds(text: str, value: float) -> None:
    (figure,) = extract(text)
    assert figure.kind == "number" and figure.value == pytest.approx(value)


# --- a hurricane's category: the Saffir-Simpson scale, as "Force 10" is Beaufort ------------

def test_the_tryout_sentence_has_two_categories_and_a_duration() -> None:
    text = ("Delia is the fourth hurricane of the season. It strengthened from a Category 1 "
            "to a Category 4 in 24 hours, a rapid intensification.")
    assert _figs(text)[-3:] == [("Category 1", "quantity", 1.0, "Saffir-Simpson"),
                                ("Category 4", "quantity", 4.0, "Saffir-Simpson"),
                                ("24 hours", "duration", 24.0, "hours")]


@pytest.mark.parametrize(("text", "want"), [
    ("Hurricane Helene made landfall as a Category 4 storm.", ("Category 4", 4.0)),
    ("The storm is now a Category 3, with winds of 120mph.", ("Category 3", 3.0)),
    ("It became a Cat 5 hurricane overnight.", ("Cat 5", 5.0)),
    ("Category 2 hurricane Ernesto", ("Category 2", 2.0)),
])
def test_a_storm_category_is_a_quantity(text: str, want: tuple[str, float]) -> None:
    figure = extract(text)[0]
    assert (figure.text, figure.kind, figure.value, figure.unit) == (
        want[0], "quantity", want[1], "Saffir-Simpson")
    assert format_value(figure) == f"Category {want[1]:g}"


@pytest.mark.parametrize("text", [
    "She applied for a Category 2 visa.",  # no storm near: a name
    "The museum bought a Category 6 licence.",
    "Hurricane season: the bill is in Category 7.",  # beyond the scale (1 to 5)
])
def test_other_categories_stay_names(text: str) -> None:
    assert extract(text) == []


def test_force_10_is_shown_as_force_not_fahrenheit() -> None:
    (figure,) = extract("A Force 10 gale is forecast.")
    assert (figure.unit, format_value(figure)) == ("Beaufort", "Force 10")  # was "10 °F"


# --- a year before a noun that is no plural, or a plural that is a verb ------------------------

@pytest.mark.parametrize(("text", "year"), [
    ("The 1906 canvas was the top lot of a $612m evening sale.", "1906"),
    ("A 1906 painting of water lilies sold.", "1906"),  # as before
    ("Malaysia's budget of RM421 billion for 2027 includes RM15 billion for fuel.", "2027"),
    ("The plan for 2027 includes a new tax.", "2027"),
    ("The 1850 atlas was sold.", "1850"),
])
def test_a_year_before_a_singular_or_a_verb(text: str, year: str) -> None:
    assert [(f.text, f.kind) for f in extract(text) if f.text == year] == [(year, "year")]


@pytest.mark.parametrize(("text", "want"), [
    ("The 2000 delegates voted on Monday.", ("2000 delegates", "count")),
    ("The firm has 1500 workers and 20 stores.", ("1500 workers", "count")),
])
def test_a_count_of_a_plural_stays(text: str, want: tuple[str, str]) -> None:
    assert (extract(text)[0].text, extract(text)[0].kind) == want


# --- count nouns that ran on -------------------------------------------------------------------

def test_a_pronoun_after_a_second_plural_makes_it_a_verb() -> None:
    text = "It was Rovers' first win against City in 11 attempts and lifts them to fourth place."
    assert _figs(text)[0] == ("11 attempts", "count", 11.0, "attempts")
    assert _figs("He keeps 5 cats and dogs.") == [  # as before
        ("5 cats and dogs", "count", 5.0, "cats and dogs")]


@pytest.mark.parametrize(("text", "want"), [
    ("the 5,000-strong force was deployed", ("5,000-strong force", 5000.0, "force")),
    ("a 20-strong squad", ("20-strong squad", 20.0, "squad")),
    ("the 5,000-strong Wagner force", ("5,000-strong Wagner force", 5000.0, "Wagner force")),
])
def test_a_strong_body_counts_the_body(text: str, want: tuple[str, float, str]) -> None:
    assert _figs(text) == [(want[0], "count", want[1], want[2])]


def test_a_hyphenated_count_without_strong_stays() -> None:
    assert _figs("a 12-member panel") == [("12-member", "count", 12.0, "member")]


# --- "one" as "a" before a verb of speech --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Analysts at one bank said rates would fall.",
    "Staff at one hospital said it was full.",
    "He said one analyst told him so.",
])
def test_one_source_said_is_no_count(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize("text", [
    "Only one bank said no.",
    "Just one bank said no.",
    "The company has one bank and two shops.",
    "Sales at one store rose 5%.",
])
def test_one_counted_stays(text: str) -> None:
    assert extract(text)[0].text in ("one bank", "one store")


# --- a swing as the subject ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The swing from Conservative to Labour was 10.2 points nationally.",
    "The swing was 4 points.",
    "a swing of 10.2 points",  # as before
])
def test_a_swing_is_percentage_points(text: str) -> None:
    (figure,) = extract(text)
    assert (figure.kind, figure.unit) == ("percent", "points")


def test_points_without_a_swing_stay_counts() -> None:
    assert _figs("The swing voters were 300 points ahead.") == [
        ("300 points", "count", 300.0, "points")]
    assert _figs("The Dow fell 300 points.") == [  # figs33: an index's points, a quantity
        ("300 points", "quantity", 300.0, "points")]


# --- an age range -------------------------------------------------------------------------------

def test_aged_between_is_an_age() -> None:
    assert _figs("three others, aged between 17 and 19")[1:] == [  # figs24: was two ages
        ("aged between 17 and 19", "duration", 17.0, "years")]  # one range (round24)
    assert _figs("two men aged 17 to 19")[1:] == [  # figs26: one range too (was two ages)
        ("aged 17 to 19", "duration", 17.0, "years")]
    assert _figs("It was between 17 and 19 points") == [
        ("17", "count", 17.0, "points"), ("19 points", "count", 19.0, "points")]


# --- "won": the verb unless the text is about the Korean currency ----------------------------

@pytest.mark.parametrize("text", [
    "the party in District 9 won easily",
    "the Labour candidate in Ward 3 won, and Bus 38 was diverted",
    "In Seoul, the team in District 4 won the title.",  # Korea named, but an object after
])
def test_won_after_a_number_is_the_verb(text: str) -> None:
    assert [f for f in extract(text) if f.kind == "money"] == []


@pytest.mark.parametrize(("text", "want"), [
    ("Samsung earned 9 trillion won in the quarter.", ("9 trillion won", 9e12)),
    ("He paid 50,000 won for it.", ("50,000 won", 50000.0)),
    ("In Seoul, a coffee costs 500 won.", ("500 won", 500.0)),
    ("a ticket at 10,000 South Korean won", ("10,000 South Korean won", 10000.0)),
])
def test_won_the_currency_stays(text: str, want: tuple[str, float]) -> None:
    assert _figs(text) == [(want[0], "money", want[1], "KRW")]


# --- stoppage time ------------------------------------------------------------------------------

def test_a_stoppage_minute_is_one_ordinal() -> None:
    assert _figs("scored in the 78th and the 90+3rd") == [
        ("78th", "ordinal", 78.0, ""), ("90+3rd", "ordinal", 93.0, "")]
    assert _figs("in the 45+2nd minute") == [("45+2nd", "ordinal", 47.0, "")]
    assert _texts("a 90+3 winner") == ["90", "3"]  # no suffix: as before


# --- a count set against another's after "to" -------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("City had 17 shots to Rovers' nine.", ("nine", 9.0, "shots")),
    ("City had 17 shots to nine", ("nine", 9.0, "shots")),
    ("Labour won 22 seats to the Tories' 14.", ("14", 14.0, "seats")),
])
def test_a_count_against_another_after_to(text: str, want: tuple[str, float, str]) -> None:
    assert _figs(text)[1] == (want[0], "count", want[1], want[2])


def test_a_level_after_to_stays_a_number() -> None:
    assert _figs("the Dow fell 300 points to 42,000.")[1] == ("42,000", "number", 42000.0, "")
    assert _texts("They sold 12 cars to 3 buyers.") == ["12 cars", "3 buyers"]


# --- sizes and pressures ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("measuring 89 by 93 cm", [("89", "quantity", 89.0, "cm"), ("93 cm", "quantity", 93.0, "cm")]),
    ("a 10 x 20 ft room", [("10", "quantity", 10.0, "ft"), ("20 ft", "quantity", 20.0, "ft")]),
])
def test_both_sides_of_a_size_are_measures(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The minimum central pressure was 938 mb.", "938 mb"),
    ("The storm's pressure fell to 940mb.", "940mb"),
])
def test_millibars_near_weather(text: str, want: str) -> None:
    figure = extract(text)[0]
    assert (figure.text, figure.kind, figure.unit) == (want, "quantity", "mbar")


def test_mb_without_weather_is_no_pressure() -> None:
    assert _figs("it has 900 mb of storage") == [("900", "number", 900.0, "")]
    assert _figs("a 1000mb plan") == []  # as before
    assert _figs("a 500 mb file") == [("500", "number", 500.0, "")]


# --- a sum's range with the sign on both ends --------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("$1.2bn-$1.5bn", ("$1.2bn-$1.5bn", 1.2e9, "USD")),
    ("within its $40m-$60m estimate", ("$40m-$60m", 4e7, "USD")),
    ("US$3m-US$4m", ("US$3m-US$4m", 3e6, "USD")),
])
def test_a_range_with_the_sign_on_both_ends_is_one_sum(
        text: str, want: tuple[str, float, str]) -> None:
    assert _figs(text) == [(want[0], "money", want[1], want[2])]


@pytest.mark.parametrize(("text", "want"), [
    ("$1.5bn-£2bn", ["$1.5bn", "£2bn"]),  # two currencies
    ("$2bn-$1.5bn", ["$2bn", "$1.5bn"]),  # the high end first
    # ("£10-£12" was here, "no scale: as before"; figs23 makes it one range, round23's test)
])
def test_other_sums_stay_two(text: str, want: list[str]) -> None:
    assert _texts(text) == want


# --- ¥ in English text ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "code"), [
    ("the shares cost ¥1,520", "JPY"),  # English, no cue: the yen
    ("The console costs ¥49,980 in Japan.", "JPY"),
    ("这台电视售价¥3999。", "CNY"),  # Chinese text: the yuan
    ("The Shanghai fund is worth ¥3bn.", "CNY"),  # China named
    ("Chinese carmaker BYD sells the Seagull for ¥69,800.", "CNY"),
])
def test_the_yen_sign_by_cue_then_script(text: str, code: str) -> None:
    assert [f.unit for f in extract(text) if f.text.startswith("¥")] == [code]


def test_the_index_canary_has_this_round() -> None:
    """Indexes built before this round redo their figures: the canary meets its rules."""
    from hzreader.index._work import _CANARY

    found = {(f.text, f.kind) for f in extract(_CANARY)}
    assert {("Category 4", "quantity"), ("24 hours", "duration"), ("938 mb", "quantity"),
            ("$1.2bn-$1.5bn", "money"), ("nine", "count"), ("89", "quantity"),
            ("90+3rd", "ordinal")} <= found
    assert not any(kind == "money" and text.endswith("won") for text, kind in found)
