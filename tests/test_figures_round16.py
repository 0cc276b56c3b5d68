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


# --- 3. money ranges with a scale on both ends -----------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    # figs19: a scale and the sign on both ends is now one range at the low end, as
    # "$1.5bn-2bn" and "10-15%" are (these gave both amounts, the first was lost before)
    ("worth £1.5bn-£2bn", [("£1.5bn-£2bn", "money", 1.5e9, "GBP")]),
    ("Costs of $1.5bn-$2bn", [("$1.5bn-$2bn", "money", 1.5e9, "USD")]),
    ("a $5m-$6m deal", [("$5m-$6m", "money", 5e6, "USD")]),
    ("HK$3m-HK$4m", [("HK$3m-HK$4m", "money", 3e6, "HKD")]),
    # figs23: a range without a scale but its sign on both ends is one range too
    ("£10-£12", [("£10-£12", "money", 10.0, "GBP")]),
    ("€3m–€4m", [("€3m–€4m", "money", 3e6, "EUR")]),
])
def test_a_money_range_with_a_scale_on_both_ends_is_one_range(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


def test_a_hyphen_after_a_scale_still_joins_words() -> None:
    # figs31: was [] (metres glued to a word, no figure); now metres, as "a 3km-long queue"
    # is (lead's brief: "1m" with tall/high/long/wide/deep is a metre) — still no million
    assert _figs("a 5m-long wall") == [("5m", "quantity", 5.0, "m")]


# --- 4. ranges written with "to" ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("The exam runs for two to four days.", [("two to four days", "duration", 2.0, "days")]),
    ("Ships take four to six days to clear.", [("four to six days", "duration", 4.0, "days")]),
    ("Waiting times rose by 10 to 14 days.", [("10 to 14 days", "duration", 10.0, "days")]),
    ("It takes five to 10 years.", [("five to 10 years", "duration", 5.0, "years")]),
    ("about twenty to twenty-five minutes",
     [("about twenty to twenty-five minutes", "duration", 20.0, "minutes")]),
    ("Winds of 100 to 120km/h", [("100 to 120km/h", "quantity", 100.0, "km/h")]),
    ("Prices rose 3 to 5 percent.", [("3 to 5 percent", "percent", 3.0, "percent")]),
])
def test_a_range_with_to_is_one_figure_valued_at_its_low_end(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a change, not a range
    ("Waits rose from 10 to 14 days.", [
        ("10", "duration", 10.0, "days"), ("14 days", "duration", 14.0, "days")]),
    # ages: one range of ages (figs26; was two ages)
    ("those aged 18 to 24 said", [("aged 18 to 24", "duration", 18.0, "years")]),
    # counts keep two figures
    ("between 10 to 12 people", [
        ("10", "count", 10.0, "people"), ("12 people", "count", 12.0, "people")]),
    # "between … and" keeps two figures
    ("Between 20 and 25 percent agree", [
        ("20", "percent", 20.0, "percent"), ("25 percent", "percent", 25.0, "percent")]),
])
def test_what_stays_two_figures(text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


# --- 5. a glued scale before a unit: "13.2m b/d" ------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Oil output reached 13.2m b/d.", [("13.2m b/d", "quantity", 13_200_000.0, "bbl/d")]),
    ("Oil output reached 13.2 million b/d.",
     [("13.2 million b/d", "quantity", 13_200_000.0, "bbl/d")]),
    ("Output was 1.5m tonnes.", [("1.5m tonnes", "quantity", 1_500_000.0, "t")]),
    # metres stay metres
    ("She won the 100m sprint.", [("100m", "quantity", 100.0, "m")]),
    ("a 400m high tower", [("400m", "quantity", 400.0, "m")]),
])
def test_a_glued_million_before_a_unit_is_a_scale(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


# --- 9. one fortnight, one decade ---------------------------------------------------------------

def test_one_of_a_unit_of_time_reads_in_the_singular() -> None:
    from hzreader.figures import format_value
    from hzreader.lens._format import amount_text, value_text
    figs = extract("up A$40 in a fortnight, after nearly a decade of calm")
    assert [(f.text, f.kind, f.value, f.unit) for f in figs] == [
        ("A$40", "money", 40.0, "AUD"), ("a fortnight", "duration", 1.0, "fortnights"),
        ("nearly a decade", "duration", 1.0, "decades")]
    assert [format_value(f) for f in figs[1:]] == ["1 fortnight", "≈ 1 decade"]
    assert value_text("duration", 1.0, "fortnights") == "1 fortnight"
    assert amount_text("duration", 1.0, "decades") == "1 decade"
    assert value_text("duration", 2.0, "fortnights") == "2 fortnights"


# --- 10. "by roughly a week"; bare degrees after a temperature ------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("extending the season by roughly a week",
     [("roughly a week", "duration", 1.0, "weeks")]),
    ("The launch was delayed by a week.", [("a week", "duration", 1.0, "weeks")]),
    ("for more than a week", [("more than a week", "duration", 1.0, "weeks")]),
    # a rate, a time reference and a modifier are no length of time of their own
    ("They meet twice a week.", []),
    ("It rained about a week ago.", []),
    ("a week-long strike", []),
    ("last week", []),
])
def test_a_week_after_an_approximator_or_by_is_a_duration(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Kyoto reached 24°C, about three degrees above normal.", [
        ("24°C", "quantity", 24.0, "°C"), ("about three degrees", "quantity", 3.0, "°C")]),
    ("Highs of 75F, five degrees warmer than usual.", [
        ("75F", "quantity", 75.0, "°F"), ("five degrees", "quantity", 5.0, "°F")]),
    ("Tokyo hit 21°C.\n\nThe temperature was four degrees above normal.", [
        ("21°C", "quantity", 21.0, "°C"), ("four degrees", "quantity", 4.0, "°")]),
    ("The ramp tilts 30 degrees.", [("30 degrees", "quantity", 30.0, "°")]),
])
def test_bare_degrees_take_the_scale_of_a_temperature_before_them_in_the_paragraph(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


# --- 6. the pataca and the ringgit ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Macau casinos made MOP 18.9 billion.", [("MOP 18.9 billion", "money", 1.89e10, "MOP")]),
    ("a fine of MOP$5,000", [("MOP$5,000", "money", 5000.0, "MOP")]),
    ("Malaysia will spend RM5.2 billion.", [("RM5.2 billion", "money", 5.2e9, "MYR")]),
    ("RM 300 a month", [("RM 300", "money", 300.0, "MYR")]),
    ("a Rs500 note", [("Rs500", "money", 500.0, "INR")]),
    # codes and names with letters glued to digits stay names
    ("FORM5 and IRM5 genes", []),
])
def test_the_pataca_and_the_ringgit_are_currencies(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


def test_a_pataca_amount_is_shown_with_its_code_and_parsed_in_a_query() -> None:
    from hzreader.figures import format_value, parse_number
    [fig] = extract("Macau casinos made MOP 18.9 billion.")
    assert format_value(fig) == "18.9 bn MOP"
    assert parse_number("RM5.2bn") == 5.2e9


# --- 7. a ranked name between the verb and the ordinal; a run after "for a" -------------------

@pytest.mark.parametrize(("text", "want"), [
    ("a survey ranking Cathay fifth among Asian carriers", [("fifth", "ordinal", 5.0, "")]),
    ("Skytrax ranked Cathay Pacific fifth.", [("fifth", "ordinal", 5.0, "")]),
    ("Home prices slip for a third month.", [("third month", "ordinal", 3.0, "")]),
    ("Sales fell for a fourth consecutive week.",
     [("fourth consecutive week", "ordinal", 4.0, "")]),
    # the order of events, a fraction and another noun stay unmarked
    ("She won for a third time.", []),
    ("It rose for a second month-long run.", []),
    ("the first female director", []),
    ("Lisbon was second.", []),
])
def test_spelled_ordinals_ranked_by_a_verb_over_a_name_or_a_run_after_for_a(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


# --- 8. the term of an interbank rate is its name ----------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("after the one-month Hibor eased 15 basis points",
     [("15 basis points", "percent", 0.15, "points")]),
    ("The one-year LPR was cut to 3%.", [("3%", "percent", 3.0, "percent")]),
    ("the three-month Libor rate", []),
    ("the 1-month HIBOR fell", []),
    # a term of something else is still a duration
    ("a one-month delay", [("one-month", "duration", 1.0, "months")]),
])
def test_the_term_of_an_interbank_rate_is_no_duration(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


# --- 11. English fiscal years and seasons -------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("the 2026-27 fiscal year", [("2026-27", "year", 2026.0, "")]),
    ("the net budget for 2026/27.", [("2026/27", "year", 2026.0, "")]),
    ("in the 2025/26 season", [("2025/26", "year", 2025.0, "")]),
    ("in 2025/2026", [("2025/2026", "year", 2025.0, "")]),
    ("FY2026 revenue", [("FY2026", "year", 2026.0, "")]),
    ("the FY 2026 budget", [("FY 2026", "year", 2026.0, "")]),
    ("FY26 results", [("FY26", "year", 2026.0, "")]),
    ("FY2026/27 outlook", [("FY2026/27", "year", 2026.0, "")]),
    # not two years in a row, or a code
    ("open 24/7", []),
    ("a 2026/12 ruling", []),
    ("NFY2026", []),
    ("on 2024/12/01", [("2024/12/01", "date", 2024.0, "")]),
])
def test_a_fiscal_year_or_season_is_one_year_valued_at_its_first(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


# --- 12. "2.5pp"; "at midnight", "by noon" ------------------------------------------------------

def test_pp_after_a_number_is_percentage_points() -> None:
    from hzreader.figures import format_value
    figs = extract("Growth slowed by 2.5pp to 3%, after a 0.3 pp fall; cuts of 25bps.")
    assert [(f.text, f.kind, f.value, f.unit) for f in figs] == [
        ("2.5pp", "percent", 2.5, "points"), ("3%", "percent", 3.0, "percent"),
        ("0.3 pp", "percent", 0.3, "points"), ("25bps", "percent", 0.25, "points")]
    assert [format_value(f) for f in figs] == ["2.5 pp", "3 %", "0.3 pp", "25 bp"]
    # pages: "pp." is no unit; figs28: a page reference is no figure at all (was number 23)
    assert _figs("see pp. 23") == []


@pytest.mark.parametrize(("text", "want"), [
    ("The strike starts at midnight.", [("midnight", "time", 0.0, "")]),
    ("Talks ran until noon.", [("noon", "time", 12.0, "")]),
    ("The polls close at midday.", [("midday", "time", 12.0, "")]),
    ("around midnight on Friday", [("around midnight", "time", 0.0, "")]),
    ("They face a midnight deadline.", [("midnight", "time", 0.0, "")]),
    # no time of day
    ("the midnight sun", []),
    ("She starred in Midnight Express.", []),
    ("a noon-time rally", []),
])
def test_midnight_and_noon_after_a_word_of_time_are_times(
        text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want


def test_english_after_a_chinese_stop_is_read_as_english() -> None:
    assert _figs("2025/26財政年度；2026-27 fiscal year; FY2026.")[1:] == [
        ("2026-27", "year", 2026.0, ""), ("FY2026", "year", 2026.0, "")]
    assert _figs("共有，12 people") == [("12 people", "count", 12.0, "people")]


@pytest.mark.parametrize(("text", "want"), [
    # numbers far apart are a change and then a level, as before
    ("Unemployment rose 0.2 to 4.3 percent.", [
        ("0.2", "percent", 0.2, "percent"), ("4.3 percent", "percent", 4.3, "percent")]),
    # a denominator with a percent after it is no ratio
    ("four in 6.9 percent", [("6.9 percent", "percent", 6.9, "percent")]),
])
def test_what_is_no_range_or_ratio(text: str, want: list[tuple[str, str, float, str]]) -> None:
    assert _figs(text) == want
