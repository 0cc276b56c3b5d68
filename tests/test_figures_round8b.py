"""The fifth tryout's key-figure findings (notes/tryout5.md A4-A6, B15-B18, B28), one test
each: what was false, mangled or missed, and what stays as it was next to it."""

from __future__ import annotations

import sqlite3

import pytest

from hzreader.figures import extract, parse_number


def _found(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


# -- A5: wrong values and units ------------------------------------------------------------

def test_lakh_crore_is_a_trillion() -> None:
    assert _found("GST collections hit ₹1.87 lakh crore in April.") == [
        ("₹1.87 lakh crore", "money", 1.87e12, "INR")]
    assert _found("Rs 1.2 lakh crore was spent.") == [
        ("Rs 1.2 lakh crore", "money", 1.2e12, "INR")]
    assert _found("Rs 2 lakh") == [("Rs 2 lakh", "money", 2e5, "INR")]
    assert _found("Rs 19,000 crore") == [("Rs 19,000 crore", "money", 1.9e11, "INR")]
    assert parse_number("1.87 lakh crore") == 1.87e12


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("航班延误两个半小时。", 2.5, "hours"),
    ("半个小时", 0.5, "hours"),
    ("一个半小时", 1.5, "hours"),
    ("一个半月", 1.5, "months"),
    ("两个半月", 2.5, "months"),
    ("连续九个季度增长", 9.0, "quarters"),  # as "nine quarters" in English
    ("三个多月", 3.0, "months"),
    ("半年", 0.5, "years"),
])
def test_a_chinese_duration_with_half_or_quarters_keeps_its_unit(
        text: str, value: float, unit: str) -> None:
    assert [(f.kind, f.value, f.unit) for f in extract(text)] == [("duration", value, unit)]
    assert [f.unit for f in extract("The firm grew for nine quarters in a row.")] == ["quarters"]


def test_degrees_celsius_before_a_bound_keep_their_unit() -> None:
    assert _found("局地降温12℃以上") == [("12℃以上", "quantity", 12.0, "°C")]
    assert _found("偏高1℃左右") == [("1℃左右", "quantity", 1.0, "°C")]


def test_a_hyphenated_sum_in_a_currency_is_money() -> None:
    assert _found("Visitors will pay a 300-baht tourist fee.") == [
        ("300-baht", "money", 300.0, "THB")]
    assert _found("a 10-euro note") == [("10-euro", "money", 10.0, "EUR")]
    assert _found("a 5-pound bag") == [("5-pound", "count", 5.0, "pound")]  # a weight


def test_minutes_and_decimal_seconds_are_one_race_time() -> None:
    assert _found("He won in 26 minutes 48.36 seconds.") == [
        ("26 minutes 48.36 seconds", "duration", 1608.36, "seconds")]
    assert _found("8 minutes 40 seconds") == [
        ("8 minutes 40 seconds", "duration", 520.0, "seconds")]


def test_years_and_months_are_one_duration_in_months() -> None:
    assert _found("He got seven years and six months in prison.") == [
        ("seven years and six months", "duration", 90.0, "months")]
    assert _found("It took 1 hour and 30 minutes.") == [
        ("1 hour and 30 minutes", "duration", 5400.0, "seconds")]
    assert _found("for 2 years, 3 months") == [("2 years, 3 months", "duration", 27.0, "months")]


def test_durations_that_are_not_one_stay_two() -> None:
    assert [f.text for f in extract("between 5 years and 10 years")] == ["5 years", "10 years"]
    assert [f.text for f in extract("3 hours and 2 days")] == ["3 hours", "2 days"]


def test_kilonewtons_are_a_unit() -> None:
    assert _found("The engine produces 7,600 kN of thrust.") == [
        ("7,600 kN", "quantity", 7600.0, "kN")]


def test_a_decimal_times_is_a_multiplier_whatever_follows() -> None:
    assert _found("It costs 13.2 times average earnings, compared with 8.4 times.") == [
        ("13.2 times", "number", 13.2, ""), ("8.4 times", "number", 8.4, "")]
    assert _found("2.5 times as likely") == [("2.5 times", "number", 2.5, "")]
    assert _found("He visited 3 times") == [("3 times", "count", 3.0, "times")]


def test_a_british_time_with_a_dot_and_a_zone_is_a_time() -> None:
    assert _found("The vote is due at 14.30 GMT on Friday.") == [("14.30", "time", 14.5, "")]
    assert _found("Trading opens at 08.00 BST.") == [("08.00", "time", 8.0, "")]
    assert _found("at 5.45pm") == [("5.45pm", "time", 17.75, "")]
    assert _found("The index rose 14.30 points.")[0][1] == "quantity"  # figs33: index points


# -- A4: false figures --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "武磊梅开二度。",
    "增幅达两位数。",
    "实现三位数增长",
    "根据国发〔2026〕12号文件",
    "《中华人民共和国民法典》第1165条规定",
    "第三款",
    "The case, No. 2:25-cr-00417, was heard.",
    "It was heard at 300 North Los Angeles Street.",
])
def test_idioms_document_numbers_and_addresses_are_no_figures(text: str) -> None:
    assert extract(text) == []


def test_near_an_idiom_the_figures_stay() -> None:
    assert _found("气温升高二度") == [("二度", "quantity", 2.0, "°C")]  # figs13: was °
    assert _found("有三位数学家") == [("三位数学家", "count", 3.0, "数学家")]
    assert _found("他是第3位") == [("第3位", "ordinal", 3.0, "")]
    assert _found("She is world No. 2 now.") == [("No. 2", "ordinal", 2.0, "")]
    # figs13: 两市 names the two exchanges, it counts nothing (the labelled set changed)
    assert _found("两市成交额1.2万亿元。") == [("1.2万亿元", "money", 1.2e12, "CNY")]


# -- A6: missed figures -------------------------------------------------------------------

def test_pc_is_per_cent_and_pcm_a_rent() -> None:
    assert _found("with one down 27pc") == [("27pc", "percent", 27.0, "percent")]
    assert _found("about 8pc of its workforce") == [("about 8pc", "percent", 8.0, "percent")]
    assert _found("Rent is £1,250pcm") == [("£1,250", "money", 1250.0, "GBP")]
    assert _found("bought 3 pcs") == [("3 pcs", "count", 3.0, "pcs")]


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("The flight took an hour and a half.", "an hour and a half", 1.5, "hours"),
    ("It took a year and a half to build.", "a year and a half", 1.5, "years"),
    ("It lasted a fortnight.", "a fortnight", 1.0, "fortnights"),
    ("It ran for nearly a decade.", "nearly a decade", 1.0, "decades"),
])
def test_a_unit_of_time_with_a_or_and_a_half_is_a_duration(
        text: str, span: str, value: float, unit: str) -> None:
    assert _found(text) == [(span, "duration", value, unit)]


def test_a_decade_without_a_is_no_figure() -> None:
    assert extract("over the past decade") == []


def test_an_ordinal_in_a_table_after_a_list_is_a_rank() -> None:
    found = _found("Japan now has 11 gold, 8 silver and 14 bronze medals, "
                   "fourth in the medal table.")
    assert found == [("11 gold", "count", 11.0, "gold medals"),
                     ("8 silver", "count", 8.0, "silver medals"),
                     ("14 bronze medals", "count", 14.0, "bronze medals"),
                     ("fourth", "ordinal", 4.0, "")]
    assert _found("They are second in the league.") == [("second", "ordinal", 2.0, "")]


def test_numbers_listed_with_one_word_each_share_the_last_noun() -> None:
    assert _found("with 5 red and 3 yellow cards") == [
        ("5 red", "count", 5.0, "red cards"), ("3 yellow cards", "count", 3.0, "yellow cards")]
    assert _found("up 5 percent from 3 last year and 4 new stores")[1] == (
        "3", "number", 3.0, "")


def test_a_person_noun_then_a_number_between_commas_is_an_age() -> None:
    assert _found("The chess prodigy, 12, has a rating of 2,450.") == [
        ("12", "duration", 12.0, "years"), ("2,450", "number", 2450.0, "")]


def test_chinese_sizes_after_a_product_name_and_mixed_scaled_counts() -> None:
    assert _found("华为发布MatePad Pro 13.2英寸平板") == [
        ("13.2英寸", "quantity", 13.2, "in")]
    assert extract("Model 3车型") == []
    assert _found("公司 bought back 1.8亿 shares") == [
        ("1.8亿 shares", "count", 1.8e8, "shares")]
    assert _found("回购了1.8亿股股票") == [("1.8亿股股票", "count", 1.8e8, "股")]


# -- B16: the noun before a number with a bare classifier ---------------------------------

@pytest.mark.parametrize(("text", "unit"), [
    ("第一批试点城市共35个", "试点城市"),  # the whole phrase, as in "35个试点城市" (figs11)
    ("志愿者1.2万名", "志愿者"),
    ("全国共有普通高校3074所", "高校"),
    ("共有20所", "所"),  # no noun before: the classifier stays
    ("今年以来我国已发射火箭68次", "次"),  # 68 launches, not 68 rockets
])
def test_a_bare_classifier_takes_the_noun_before_the_number(text: str, unit: str) -> None:
    assert [f.unit for f in extract(text)] == [unit]


# -- B28: the index and the files give the same number ------------------------------------

@pytest.mark.parametrize("text", [
    "Rents climbed by nearly a third.",
    "The alarm went off at 06:14.",
    "The odds are 1 in 139,838,160.",
    "The train left at 10:23 on Monday.",
])
def test_a_value_reads_back_the_same_through_sqlite_json(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    for figure in extract(text):
        (printed,) = conn.execute("SELECT json_array(?)", (figure.value,)).fetchone()
        assert printed == f"[{figure.value!r}]" or float(printed[1:-1]) == figure.value


def test_a_number_after_a_word_ending_in_qian_is_read() -> None:
    # 提前 "ahead", 目前 "now": not 前 "the first N" (前三季度, 前3名 stay as they were)
    assert _found("提前两轮夺冠") == [("两轮", "count", 2.0, "轮")]
    assert _found("目前3家企业") == [("3家企业", "count", 3.0, "企业")]
    assert _found("前三季度") == [("前三季度", "duration", 3.0, "quarters")]  # figs9
    assert extract("前3名") == []


def test_chinese_years_and_months_are_one_duration_too() -> None:
    assert _found("被判处有期徒刑三年六个月。") == [("三年六个月", "duration", 42.0, "months")]
    assert _found("3年零6个月") == [("3年零6个月", "duration", 42.0, "months")]
    assert [f.kind for f in extract("2025年6个月")] == ["year", "duration"]


@pytest.mark.parametrize("text", [
    "By Jane Doe, Reuters · 3 min read",
    "Image 1 of 8: The flooded street.",
    "Page 2 of 3",
])
def test_page_furniture_is_no_figure(text: str) -> None:
    assert extract(text) == []


def test_next_to_page_furniture_the_figures_stay() -> None:
    assert _found("It is a 5 min walk.") == [("5 min", "duration", 5.0, "minutes")]
    assert [f.text for f in extract("2 of 3 voters")] == ["2", "3 voters"]


def test_a_price_in_pence_shows_its_third_decimal() -> None:
    """tryout6: 3.5p and 171.5p showed as 0.04 and 1.72 GBP in the table."""
    from hzreader.figures import plain_number

    assert [plain_number(v) for v in (0.035, 1.715, 5.25, 6.233333333333, 12_000.0)] == [
        "0.035", "1.715", "5.25", "6.23", "12,000"]
