"""Key-figure rules of the eighth round (figs8): the fourth tryout's false and mangled figures
(aircraft models, bills, asteroid and comet designations, cricket formats, terminal colour
codes), units of trips (辆次, 架次), crowds, parts of a counted whole ("12 of 51 seats"),
exchange rates quoted against another currency, and the Beaufort "Force 10"; then the
findings of the round's own tryout articles.

Each rule is tested on sentences of its own, with the cases that must stay as they were.
"""

from __future__ import annotations

from hzreader.figures import extract


def _found(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


def test_a_boeing_model_is_a_name_and_a_counted_noun_swallows_no_verb() -> None:
    assert _found("The 737 MAX 8 carried 178 passengers.") == [
        ("178 passengers", "count", 178.0, "passengers")]
    assert _found("The 787-9 seats 290 people.") == [("290 people", "count", 290.0, "people")]
    assert _found("The 747-400 was retired.") == []
    assert _found("The 787 Dreamliner flew to Delhi.") == []
    assert _found("The 737-800s were grounded.") == []
    assert _found("Boeing delivered 40 737 jets in May.") == [
        ("40 737 jets", "count", 40.0, "jets")]
    assert _found("Ryanair ordered 150 737 MAX 10 jets.")[0][:3] == (
        "150 737 MAX 10 jets", "count", 150.0)
    # a count of 737 things stays; a name with one number inside a counted noun stays
    assert _found("It carried 737 passengers.") == [
        ("737 passengers", "count", 737.0, "passengers")]
    assert _found("68 Fortune 500 companies") == [
        ("68 Fortune 500 companies", "count", 68.0, "Fortune 500 companies")]
    # a word followed by a number is a verb, not part of the noun
    assert _found("The 12 Model X owners paid 30 dollars.") == [
        ("12 Model X owners", "count", 12.0, "Model X owners"),
        ("30 dollars", "money", 30.0, "USD")]
    assert _found("Flight 12 Airbus jets carried 90 people.")[-1] == (
        "90 people", "count", 90.0, "people")


def test_bill_numbers_are_names() -> None:
    assert _found("The bill, H.R. 3684, passed 228-206.") == [("228-206", "number", None, "")]
    assert _found("It passed H.R. 3684 today.") == []
    assert _found("It passed S. 1234 today.") == []
    assert _found("S.B. 1047 was vetoed.") == []
    assert _found("H.Res. 12 was adopted.") == []
    assert _found("Bill C-11 and HB 1234 were debated.") == []
    # "U.S." and "p.m." before a number are no bills
    assert _found("In the U.S. 30 states voted.") == [("30 states", "count", 30.0, "states")]
    assert _found("It is 3 p.m. 1234 people came.")[-1] == (
        "1234 people", "count", 1234.0, "people")


def test_asteroid_and_comet_designations_are_names() -> None:
    assert _found("The probe reached asteroid 2024 PT5 on Friday.") == []
    assert _found("Asteroid 1997 XF11 will pass by.") == []
    assert _found("Comet C/2023 A3 was bright.") == []
    assert _found("the interstellar object 1I/2017 U1") == []
    # years stay years
    assert _found("In 2024 AI spending rose.") == [("2024", "year", 2024.0, "")]
    assert _found("In 2020 EU27 exports fell.") == [("2020", "year", 2020.0, "")]
    assert _found("Sales in 2024 Q3 rose.")[0][:2] == ("2024", "year")


def test_a_one_day_international_is_a_format_not_a_length() -> None:
    assert _found("India won the third one-day international.") == []
    assert _found("He was named in the one-day squad.") == []
    # a length of time stays
    assert _found("Workers staged a one-day strike.") == [("one-day", "duration", 1.0, "days")]
    assert _found("a two-day series of talks") == [("two-day", "duration", 2.0, "days")]


def test_a_terminal_colour_code_is_no_quantity() -> None:
    assert _found("The text \\x1b[31m was red.") == []
    assert _found("The text [31m was red and [1;31m bold.") == []
    assert _found("The text [0m reset.") == []
    # a measure in brackets stays
    assert _found("The tower [31m] stood.") == [("31m", "quantity", 31.0, "m")]


def test_trips_and_sorties_keep_their_classifier() -> None:
    assert _found("日均车流量约12万辆次。") == [("约12万辆次", "count", 120000.0, "辆次")]
    text = "进出港约1200架次，开行300车次、50班次，船舶2000艘次，服务25万人次。"
    assert [f[3] for f in _found(text)] == ["架次", "车次", "班次", "艘次", "人次"]
    assert _found("起降1200架次航班。") == [("1200架次航班", "count", 1200.0, "航班")]
    # other classifiers are still dropped
    assert _found("开行35趟列车。") == [("35趟列车", "count", 35.0, "列车")]


def test_a_crowd_counts_people() -> None:
    assert _found("The crowd of 33,000 at the stadium roared.") == [
        ("33,000", "count", 33000.0, "crowd")]
    assert _found("an audience of more than 2,000 heard him") == [
        ("more than 2,000", "count", 2000.0, "audience")]
    assert _found("a record attendance of 81,000 saw it") == [
        ("81,000", "count", 81000.0, "attendance")]
    # a noun after the number still wins, also one listed after it
    assert _found("a crowd of 30 people gathered") == [("30 people", "count", 30.0, "people")]
    assert _found("a crowd of 5 or 6 people")[0] == ("5", "count", 5.0, "people")


def test_a_part_of_a_counted_whole_counts_the_same_noun() -> None:
    assert _found("Greens win 12 of 51 council seats") == [
        ("12", "count", 12.0, "council seats"),
        ("51 council seats", "count", 51.0, "council seats")]
    assert _found("The Greens won 12 of the 51 seats.")[0] == ("12", "count", 12.0, "seats")
    assert _found("Seven of the 11 victims were children.")[0] == (
        "Seven", "count", 7.0, "victims")
    assert _found("He scored 30 of his 45 points.")[0] == ("30", "count", 30.0, "points")
    # without a counted whole it stays a number
    assert _found("five of them died") == [("five", "number", 5.0, "")]
    assert _found("12 of 2024's biggest deals")[0] == ("12", "number", 12.0, "")


def test_an_exchange_rate_is_money_in_the_currency_quoted() -> None:
    assert _found("The yen weakened past 158 per dollar.") == [("158", "money", 158.0, "JPY")]
    assert _found("The yuan traded at 7.25 to the US dollar.") == [
        ("7.25", "money", 7.25, "CNY")]
    assert _found("The rupee hit 88.5 against the dollar.") == [("88.5", "money", 88.5, "INR")]
    assert _found("the yen at about 158 per dollar") == [("about 158", "money", 158.0, "JPY")]
    assert _found("The South Korean won fell to 1,450 per dollar.") == [
        ("1,450", "money", 1450.0, "KRW")]
    assert _found("The Brazilian real hit 5.9 to the dollar.") == [("5.9", "money", 5.9, "BRL")]
    # a currency name that is a verb names no currency ("Greens won 12 seats")
    assert _found("Greens won 12 seats at 158 per dollar")[-1] == ("158", "number", 158.0, "")
    # no currency named before it in the sentence: a number
    assert _found("Prices were 158 per dollar spent.") == [("158", "number", 158.0, "")]
    assert _found("The lira fell. Inflation hit 158 per dollar.") == [
        ("158", "number", 158.0, "")]


def test_force_10_is_a_wind_on_the_beaufort_scale() -> None:
    assert _found("Winds of Force 10 hit the coast.") == [
        ("Force 10", "quantity", 10.0, "Beaufort")]
    assert _found("A Force 10 gale is forecast.") == [("Force 10", "quantity", 10.0, "Beaufort")]
    assert _found("Winds reached gale force 9 overnight.") == [
        ("force 9", "quantity", 9.0, "Beaufort")]
    # names stay names
    assert _found("Task Force 10 patrolled the stormy sea.") == []
    assert _found("Air Force 1 landed in a storm.") == []


def test_a_vote_split_is_a_score() -> None:
    assert _found("The House voted 218-214 to adopt it.") == [("218-214", "number", None, "")]
    assert _found("The Senate voted 52-48.") == [("52-48", "number", None, "")]
    # a range of counted things stays a count
    assert _found("The Senate approved 100-200 new judges.") == [
        ("100-200 new judges", "count", 100.0, "new judges")]


def test_three_numbers_joined_by_hyphens_are_a_name() -> None:
    assert _found("They played a 4-4-2 formation.") == []
    assert _found("The office is at 7-44-1 Jindaiji.") == []
    # scores, ISO dates and counted ranges stay
    assert _found("He won 6-4 6-3.") == [("6-4", "number", None, ""), ("6-3", "number", None, "")]
    assert _found("On 2024-11-30 it rained.") == [("2024-11-30", "date", 2024.0, "")]


# --- findings of the round's own tryout articles (/tmp/figs8/articles) ----------------------


def test_chinese_set_scores_after_bifen_are_scores() -> None:
    assert _found("三局比分分别为25:18、25:21和25:19。")[1:] == [
        ("25:18", "number", None, ""), ("25:21", "number", None, ""),
        ("25:19", "number", None, "")]
    assert _found("比分为25:18。") == [("25:18", "number", None, "")]
    # listed times of day stay times
    assert [f[1] for f in _found("上午10:30、11:45和12:00")] == ["time", "time", "time"]
    assert _found("比分2:1，比赛于10:30开始")[1] == ("10:30", "time", 10.5, "")


def test_chinese_approximators_and_counted_words() -> None:
    assert _found("单日最高达6.1万人次。") == [("最高达6.1万人次", "count", 61000.0, "人次")]
    assert _found("累计客运量3056万乘次。") == [("3056万乘次", "count", 30560000.0, "乘次")]
    assert _found("来自35个代表团的运动员") == [("35个代表团", "count", 35.0, "代表团")]


def test_sigma_is_a_unit_and_ci_no_name() -> None:
    assert _found("the 5-sigma threshold and 4.1 sigma") == [
        ("5-sigma", "quantity", 5.0, "σ"), ("4.1 sigma", "quantity", 4.1, "σ")]
    assert [f[0] for f in _found("a hazard ratio of 0.80 (95% CI 0.72 to 0.90)")] == [
        "0.80", "0.72", "0.90"]  # "95%" of a CI: no figure (figs35)


def test_an_adverb_in_s_is_no_second_plural() -> None:
    assert _found("He won 29 matches indoors and 11 titles.") == [
        ("29 matches", "count", 29.0, "matches"), ("11 titles", "count", 11.0, "titles")]


def test_one_person_over_an_age() -> None:
    assert _found("A woman over 65 was hurt.") == [("over 65", "duration", 65.0, "years")]
    assert _found("He had a lead over 5 rivals.") == [("over 5 rivals", "count", 5.0, "rivals")]


def test_yen_sign_after_a_japanese_company_and_after_chinese_text() -> None:
    assert _found("Toyota shares gained 3.4% to ¥3,120.")[1] == ("¥3,120", "money", 3120.0, "JPY")
    assert _found("The Shanghai fund is worth ¥3bn")[0][3] == "CNY"
    # a sign right after Chinese text at the very end (a title) is money, not a year
    assert _found("售价¥1299") == [("¥1299", "money", 1299.0, "CNY")]


def test_times_before_an_amount_is_a_multiplier() -> None:
    assert _found("A first-time buyer pays about 6.8 times average earnings.") == [
        ("about 6.8 times", "number", 6.8, "")]
    assert _found("Homes cost 12 times his salary.") == [("12 times", "number", 12.0, "")]
    # occasions stay counts
    assert _found("He has won it five times.") == [("five times", "count", 5.0, "times")]


def test_a_third_after_a_goal_verb_is_no_fraction() -> None:
    assert _found("Declan Rice added a third from 25 yards.") == [
        ("25 yards", "quantity", 25.0, "yd")]
    assert _found("Sales fell by a third from last year.") == [
        ("a third", "number", 0.333333333333333, "")]  # 15 digits (figs8b)


def test_military_and_aircraft_models_counted() -> None:
    assert _found("The navy ordered 12 F-35s.") == [("12 F-35s", "count", 12.0, "F-35s")]
    assert _found("The air force has 3 C-130s and 20 A350s.") == [
        ("3 C-130s", "count", 3.0, "C-130s"), ("20 A350s", "count", 20.0, "A350s")]
    # a temperature in Fahrenheit stays
    assert _found("It was 12 F and windy.") == [("12 F", "quantity", 12.0, "°F")]


def test_chinese_index_names_and_concentrations() -> None:
    assert _found("上证50指数和沪深300指数分别上涨1.2%和0.8%。") == [
        ("1.2%", "percent", 1.2, "percent"), ("0.8%", "percent", 0.8, "percent")]
    # a level of an index stays a figure
    assert _found("上证3000点保卫战") == [("3000点", "quantity", 3000.0, "points")]
    assert _found("PM2.5平均浓度为28微克/立方米。") == [
        ("28微克/立方米", "quantity", 28.0, "µg/m³")]
    # figs25: 低于 is an approximator (a bound), as 不到 and 不足 are (was "5毫克/升")
    assert _found("氨氮浓度低于5毫克/升。") == [("低于5毫克/升", "quantity", 5.0, "mg/L")]


def test_seedings_in_brackets_and_plural_models_after_a_maker() -> None:
    assert _found("Sinner (1) beat Fritz (4) 6-3 6-2.") == [
        ("6-3", "number", None, ""), ("6-2", "number", None, "")]
    assert _found("The fund (2024) grew.") == [("2024", "year", 2024.0, "")]
    assert _found("An Airbus A320neo and 2 Boeing 787s collided.") == [
        ("2 Boeing 787s", "count", 2.0, "Boeing 787s")]
