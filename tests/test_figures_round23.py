"""Round 23 (figs23): tryout13's English figure findings, each fixed by a general rule and
tested on sentences of its own, with the neighbours that must stay as they were."""

from __future__ import annotations

import pytest

from hzreader.figures import extract


def _figs(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


# --- "bln" and "trln", the wire services' scales ------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Sales were $1.2 bln last year.", ("$1.2 bln", "money", 1.2e9, "USD")),
    ("a $1.2bln deal", ("$1.2bln", "money", 1.2e9, "USD")),
    ("Debt hit 3 trln roubles.", ("3 trln roubles", "money", 3e12, "RUB")),
    ("It had 1.2 bln users.", ("1.2 bln users", "count", 1.2e9, "users")),
    ("Profit was $300 mln.", ("$300 mln", "money", 3e8, "USD")),  # as before
])
def test_bln_and_trln_scale_a_number(text: str, want: tuple[str, str, float, str]) -> None:
    assert _figs(text) == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("Revenue rose to $14.7B in the quarter.", ("$14.7B", 14.7e9, "USD")),
    ("The company posted $386M in profit.", ("$386M", 386e6, "USD")),
    ("Brussels fined it €3B.", ("€3B", 3e9, "EUR")),
    ("It announced a $10B buyback.", ("$10B", 10e9, "USD")),
    ("A $40K salary.", ("$40K", 40e3, "USD")),
])
def test_tryout13s_upper_case_money(text: str, want: tuple[str, float, str]) -> None:
    """figs21's rule on tryout13's sentences."""
    assert _figs(text) == [(want[0], "money", want[1], want[2])]


@pytest.mark.parametrize("text", [
    "The Apple M3 chip and the Ryzen 7 7800X3D are B2B products.",
    "It has 386M users.",
    "The bln of it",
])
def test_model_names_and_bare_letters_stay_nothing(text: str) -> None:
    assert _figs(text) == []


# --- numbers grouped with spaces ---------------------------------------------------------------

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


@pytest.mark.parametrize(("text", "want"), [
    (f"There were 1{NBSP}000 people.", (f"1{NBSP}000 people", "count", 1000.0, "people")),
    (f"He paid 2{THIN}500{THIN}000 dollars.",
     (f"2{THIN}500{THIN}000 dollars", "money", 2.5e6, "USD")),
    (f"A crowd of 12{NNBSP}500 fans.", (f"12{NNBSP}500 fans", "count", 12500.0, "fans")),
    (f"It sold for €1{NBSP}250{NBSP}000.", (f"€1{NBSP}250{NBSP}000", "money", 1.25e6, "EUR")),
    (f"Prices 1{NNBSP}234{NNBSP}567 euros.", (f"1{NNBSP}234{NNBSP}567 euros", "money",
                                             1234567.0, "EUR")),
    ("There were 1 000 people.", ("1 000 people", "count", 1000.0, "people")),
    ("It sold for €1 250 000.", ("€1 250 000", "money", 1.25e6, "EUR")),
    ("A crowd of 12 500 fans.", ("12 500 fans", "count", 12500.0, "fans")),
    ("It cost 125 000 euros.", ("125 000 euros", "money", 125000.0, "EUR")),
    (f"It ran 3{NBSP}100m.", (f"3{NBSP}100m", "quantity", 3100.0, "m")),
])
def test_a_number_grouped_with_spaces_is_one_number(
        text: str, want: tuple[str, str, float, str]) -> None:
    assert _figs(text) == [want]


def test_a_title_with_a_grouped_crowd() -> None:
    """"sees" is a verb, not a plural; the count is the crowd's (as with "12,500")."""
    assert _figs("Crowd of 12 500 sees derby") == [("12 500", "count", 12500.0, "crowd")]
    assert _figs("Crowd of 12,500 sees derby") == [("12,500", "count", 12500.0, "crowd")]


@pytest.mark.parametrize(("text", "want"), [
    ("In 2024 500 people left.", [("2024", "year", 2024.0, ""),
                                  ("500 people", "count", 500.0, "people")]),
    ("Rooms 3 4 5 were empty.", [("4", "number", 4.0, ""), ("5", "number", 5.0, "")]),
    ("Scores 112 203 12 today.", [("203", "number", 203.0, ""), ("12", "number", 12.0, "")]),
    ("GET /favicon.ico 404 242", [("404", "number", 404.0, ""), ("242", "number", 242.0, "")]),
    ("Boeing delivered 40 737 jets in May.", [("40 737 jets", "count", 40.0, "jets")]),
    ("On May 12 500 people came.", [("May 12", "date", None, ""),
                                    ("500 people", "count", 500.0, "people")]),
    ("It cost 1 250,50 €.", [("1", "number", 1.0, ""), ("250,50 €", "money", 250.5, "EUR")]),
])
def test_numbers_side_by_side_stay_apart(
        text: str, want: list[tuple[str, str, float | None, str]]) -> None:
    assert _figs(text) == want


# --- a price in won before a comma -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Samsung Electronics shares fell 2.4% to 71,300 won, while the Kospi slipped.",
    "Samsung fell to 71,300 won, the lowest since May.",
    "Samsung shares rose to 71,300 won on Friday.",  # as before
])
def test_won_before_a_comma_is_money_with_korea_named(text: str) -> None:
    assert ("71,300 won", "money", 71300.0, "KRW") in _figs(text)


@pytest.mark.parametrize(("text", "want"), [
    ("District 9 won, easily.", []),
    ("In District 9 won, the count was close.", []),
    ("Labour's 1,200 won, and the Tories lost.", [("1,200", "number", 1200.0, "")]),
    ("Greens won 12 seats.", [("12 seats", "count", 12.0, "seats")]),
])
def test_won_the_verb_stays_a_verb(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


# --- science units --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("The wavelength is 1.4 micrometres.", ("1.4 micrometres", 1.4, "µm")),
    ("The pore is 1.4 μm wide.", ("1.4 μm", 1.4, "µm")),  # Greek mu
    ("The pore is 1.4 µm wide.", ("1.4 µm", 1.4, "µm")),  # micro sign
    ("The dose was 250 µg.", ("250 µg", 250.0, "µg")),
    ("The dose was 250 μg.", ("250 μg", 250.0, "µg")),
    ("Nitrate reached 15 mg/L in the river.", ("15 mg/L", 15.0, "mg/L")),
    ("Light travels at 2.998e8 metres per second.",
     ("2.998e8 metres per second", 2.998e8, "m/s")),
    ("Light travels at 3 × 10^8 m/s.", ("3 × 10^8 m/s", 3e8, "m/s")),
    ("The sample weighed 3.2 × 10⁻⁵ g.", ("3.2 × 10⁻⁵ g", 3.2e-5, "g")),
    ("The surface temperature is 320 K.", ("320 K", 320.0, "K")),
    ("It cooled to 4 K.", ("4 K", 4.0, "K")),
    ("The pressure at the cloud tops is 0.1 bar.", ("0.1 bar", 0.1, "bar")),
    ("The gas is stored at 200 bar.", ("200 bar", 200.0, "bar")),
])
def test_a_science_unit_makes_a_quantity(text: str, want: tuple[str, float, str]) -> None:
    found = _figs(text)
    assert [(t, k, u) for t, k, _, u in found] == [(want[0], "quantity", want[2])]
    assert found[0][2] == pytest.approx(want[1])


@pytest.mark.parametrize(("text", "want"), [
    ("He earns 320K a year.", []),  # a salary's scale, as before
    ("He ran the 5 K in 20 minutes.", [("5", "number", 5.0, ""),
                                      ("20 minutes", "duration", 20.0, "minutes")]),
    ("They bought a 5 bar gate.", [("5", "number", 5.0, "")]),
    ("He had 2 bar of chocolate.", [("2", "number", 2.0, "")]),
    ("It has 1e9 photons.", [("1e9 photons", "count", 1e9, "photons")]),
    ("It was 1e-9.", [("1e-9", "number", 1e-9, "")]),
    ("A 3 x 10 ft room.", [("3", "quantity", 3.0, "ft"), ("10 ft", "quantity", 10.0, "ft")]),
])
def test_kelvin_bar_and_powers_need_their_context(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


# --- a range with its unit on both ends -------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Inflation will be 3% to 4% next year.", ("3% to 4%", "percent", 3.0, "percent")),
    ("Growth of 3%-4% is expected.", ("3%-4%", "percent", 3.0, "percent")),
    ("It sees around 3% to 4%.", ("around 3% to 4%", "percent", 3.0, "percent")),
    ("Rates of 3 percent to 4 percent.", ("3 percent to 4 percent", "percent", 3.0, "percent")),
    ("Earnings of $8.40 to $8.55 a share.", ("$8.40 to $8.55", "money", 8.4, "USD")),
    ("Earnings of $8.40-$8.55 a share.", ("$8.40-$8.55", "money", 8.4, "USD")),
    ("It cost £10-£12.", ("£10-£12", "money", 10.0, "GBP")),
    ("Capex of $64 billion to $72 billion.", ("$64 billion to $72 billion", "money", 64e9, "USD")),
    # as before:
    ("Inflation will be 3 to 4 percent.", ("3 to 4 percent", "percent", 3.0, "percent")),
])
def test_a_range_with_its_unit_on_both_ends_is_one_figure(
        text: str, want: tuple[str, str, float, str]) -> None:
    assert _figs(text) == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("She beat the incumbent 52% to 47%.", ["52%", "47%"]),  # the high end first: a result
    ("Brent crude fell $1.20 to $72.85 a barrel.", ["$1.20", "$72.85"]),  # a change, a level
    ("Prices from £75 to £395.", ["£75", "£395"]),  # "from": as before
    ("Rates rose 0.2% to 4.3%.", ["0.2%", "4.3%"]),
    ("Shares rose 3% to 4%.", ["3%", "4%"]),  # a verb of change before the first
    ("It rose 3% to $4.", ["3%", "$4"]),  # two kinds
    ("It paid $5 to £8.", ["$5", "£8"]),  # two currencies
    ("between 3% and 4%", ["3%", "4%"]),  # "between … and …": two, the set's practice
])
def test_other_pairs_stay_two(text: str, want: list[str]) -> None:
    assert [t for t, *_ in _figs(text)] == want


# --- odds written with hyphens -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("It was a one-in-200-year event.", ("one-in-200-year", 1 / 200)),
    ("There is a one-in-three chance of rain.", ("one-in-three", 1 / 3)),
    ("It was a 1-in-100-year flood.", ("1-in-100-year", 1 / 100)),
    ("One-in-five adults smoke.", ("One-in-five", 1 / 5)),
    ("It was a one-in-a-million shot.", ("one-in-a-million", 1e-6)),
    ("one in five adults", ("one in five", 1 / 5)),  # as before
])
def test_odds_written_with_hyphens_are_a_number(text: str, want: tuple[str, float]) -> None:
    assert _figs(text) == [(want[0], "number", pytest.approx(want[1]), "")]


@pytest.mark.parametrize("text", ["It was a one-in-one.", "a one-in, one-out policy"])
def test_hyphens_without_odds_stay_nothing(text: str) -> None:
    assert _figs(text) == []


# --- a bare number after a counted or measured one takes its unit -------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("She grew it from 12 scientists to 240.", ("240", "count", 240.0, "scientists")),
    ("Sixty hours a week, maybe 70.", ("70", "duration", 70.0, "hours")),
    ("It works 60 hours a week, perhaps 70.", ("70", "duration", 70.0, "hours")),
    ("The Liberals won 41 of the 93 seats in the lower house, down from 49, and lost.",
     ("49", "count", 49.0, "seats")),
    ("Inflation was 3.1%, down from 3.4.", ("3.4", "percent", 3.4, "percent")),
    ("Labor won 37 seats, the Greens a record 38 in the upper house count so far, and "
     "independents 9.", ("9", "count", 9.0, "seats")),
    ("Labor won 37 seats, the Greens a record 38.", ("38", "count", 38.0, "seats")),
    ("Labour won 22 seats, the Conservatives held 11 and independents six.",
     ("six", "count", 6.0, "seats")),  # as before
])
def test_a_bare_number_takes_the_unit_before_it(
        text: str, want: tuple[str, str, float, str]) -> None:
    assert want in _figs(text)


@pytest.mark.parametrize(("text", "want"), [
    ("The Dow fell 300 points to 42,000.", ("42,000", "number", 42000.0, "")),  # a level
    ("It employs 12 million people, down from 9.", ("9", "number", 9.0, "")),  # scaled
    ("Two million people came, maybe 3.", ("3", "number", 3.0, "")),
    ("He has 12 cats, maybe 13 dogs.", ("13 dogs", "count", 13.0, "dogs")),  # its own noun
])
def test_a_bare_number_keeps_its_own_reading(
        text: str, want: tuple[str, str, float, str]) -> None:
    assert want in _figs(text)


# --- a headline's count: a plural subject and a verb of a threshold ----------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Bike-share trips top 3 million", ("3 million", "count", 3e6, "trips")),
    ("Visitors pass 10,000 for the first time", ("10,000", "count", 1e4, "visitors")),
    ("Deaths near 500.", ("500", "count", 500.0, "deaths")),
])
def test_a_plural_subject_counts_the_number_it_tops(
        text: str, want: tuple[str, str, float, str]) -> None:
    assert _figs(text) == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("Prices top 100", ("100", "number", 100.0, "")),  # a level
    ("Shares hit 40.", ("40", "number", 40.0, "")),
    ("The Dow hits 40,000", ("40,000", "number", 40000.0, "")),  # no plural
])
def test_a_level_that_tops_stays_a_number(
        text: str, want: tuple[str, str, float, str]) -> None:
    assert _figs(text) == [want]


# --- ages after a life event; a league table's points -----------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("She won a scholarship to Cambridge at 17 and took a first.", "17"),
    ("He became a partner at 30.", "30"),
    ("He signed for Leeds at 16.", "16"),
    ("He moved to London at 18.", "18"),
])
def test_an_age_after_a_life_event(text: str, want: str) -> None:
    assert _figs(text)[0] == (want, "duration", float(want), "years")


@pytest.mark.parametrize(("text", "want"), [
    ("Trading began at 10.", ("10", "number", 10.0, "")),
    ("The index joined the rally at 12.", ("12", "number", 12.0, "")),
    ("Shares became cheaper at 17.", ("17", "number", 17.0, "")),
    ("Shares closed at 17.", ("17", "number", 17.0, "")),
])
def test_no_age_without_a_life_event(text: str, want: tuple[str, str, float, str]) -> None:
    assert _figs(text) == [want]


def test_a_league_tables_points() -> None:
    assert _figs("1 Harbor City P28 W16 D4 L8 GD +21 Pts 52; 2 Ridgeway United") == [
        ("1", "number", 1.0, ""), ("+21", "number", 21.0, ""),
        ("Pts 52", "count", 52.0, "points"), ("2", "number", 2.0, "")]
    assert _figs("He scored 30 pts 12 rebounds") == [
        ("30 pts", "count", 30.0, "pts"), ("12 rebounds", "count", 12.0, "rebounds")]
    assert _figs("Opts 5") == []


def test_up_from_carries_the_noun() -> None:
    """round11 held this 11 a bare number (no gapped item); "up from" now carries the noun."""
    assert _figs("Labour won 22 seats, up from 11.") == [
        ("22 seats", "count", 22.0, "seats"), ("11", "count", 11.0, "seats")]


def test_the_index_canary_has_this_round() -> None:
    """Indexes built before this round redo their figures: the canary meets its rules."""
    from hzreader.index._work import _CANARY

    found = {(f.text, f.kind, f.value) for f in extract(_CANARY)}
    assert {("12 500 fans", "count", 12500.0), ("3% to 4%", "percent", 3.0),
            ("$1.2 bln", "money", 1.2e9), ("2.998e8 metres per second", "quantity", 2.998e8),
            ("320 K", "quantity", 320.0), ("1.4 μm", "quantity", 1.4),
            ("240", "count", 240.0)} <= found
    assert any(t == "one-in-three" for t, _, _ in found)


@pytest.mark.parametrize(("text", "high"), [
    ("Inflation will be 3% to 4% next year.", 4.0),
    ("Earnings of $8.40-$8.55 a share.", 8.55),
    ("Capex of $64 billion to $72 billion.", 72e9),
    ("Rates of 3 percent to 4 percent.", 4.0),  # range13's _high reads "percent" too
    ("It cost $1.2 bln to $1.5 bln.", 1.5e9),  # and "bln"
    ("It cost €1 250 000 to €1 500 000.", 1.5e6),  # and a number grouped with spaces
])
def test_a_range_with_its_unit_on_both_ends_has_its_high_end(text: str, high: float) -> None:
    (figure,) = extract(text)
    assert figure.high == pytest.approx(high)
