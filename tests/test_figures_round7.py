"""Key-figure rules of the seventh round (figs7): verbs after a Chinese counted noun,
emergency numbers, Downing Street, a sentence-initial "One", euro cents, money shown in one
form per currency, and word ordinals before a noun.

Each rule is tested on sentences of its own, with the cases that must stay as they were.
"""

from __future__ import annotations

from hzreader.figures import extract, format_value


def _found(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


def test_a_verb_after_a_chinese_counted_noun_is_not_part_of_it() -> None:
    assert _found("地铁5条新线开通。") == [("5条新线", "count", 5.0, "新线")]
    assert _found("3座新桥已建成。") == [("3座新桥", "count", 3.0, "新桥")]
    assert _found("3座新桥将建成。") == [("3座新桥", "count", 3.0, "新桥")]
    # unchanged: a noun that ends at punctuation, and one whose last character is 将
    assert _found("5条新线。") == [("5条新线", "count", 5.0, "新线")]
    assert _found("来了5名小将。") == [("5名小将", "count", 5.0, "小将")]
    assert _found("12个篮板和8次助攻")[0] == ("12个篮板", "count", 12.0, "篮板")


def test_emergency_numbers_name_a_service() -> None:
    assert _found("The centre changed how it handles 911 calls.") == []
    assert _found("She made a 999 call at 2am.") == [("2am", "time", 2.0, "")]
    assert _found("Use the 112 emergency line.") == []
    assert _found("She called 911.") == []
    # a count of calls that is not an emergency number, and 112 counted
    assert _found("Police took 112 calls.") == [("112 calls", "count", 112.0, "calls")]
    assert _found("Police took 915 calls.") == [("915 calls", "count", 915.0, "calls")]


def test_no_10_is_downing_street_unless_a_ranking_word_is_next_to_it() -> None:
    assert _found("The prime minister spoke at No 10 Downing Street.") == []
    assert _found("He lives at No. 10 Downing Street.") == []
    assert _found("A spokesman for No 10 said the report was wrong.") == []
    assert _found("No 10 has denied it.") == []
    # rankings stay
    assert _found("He is the world No 10.") == [("No 10", "ordinal", 10.0, "")]
    assert _found("She is the No 10 seed.") == [("No 10", "ordinal", 10.0, "")]
    assert _found("It rose to No 10 in the charts.") == [("No 10", "ordinal", 10.0, "")]
    assert _found("She was ranked No 2 in the world.") == [("No 2", "ordinal", 2.0, "")]


def test_a_sentence_initial_one_is_a_count_only_against_another_count() -> None:
    assert _found("One enormous paragraph without line breaks") == []
    assert _found("One man was arrested.") == []
    assert _found("One firm paid $5m and two others were fined.") == [
        ("One firm", "count", 1.0, "firm"), ("$5m", "money", 5e6, "USD"),
        ("two others", "count", 2.0, "others")]
    assert _found("One woman was pulled alive after 36 hours.") == [
        ("36 hours", "duration", 36.0, "hours")]
    assert _found("One analyst said profits rose 5% in 2024.") == [
        ("5%", "percent", 5.0, "percent"), ("2024", "year", 2024.0, "")]
    assert _found("One person died and 12 were hurt.") == [  # 12 people: figs35 (was number)
        ("One person", "count", 1.0, "person"), ("12", "count", 12.0, "people")]
    assert _found("One man was held after three raids.") == [
        ("One man", "count", 1.0, "man"), ("three raids", "count", 3.0, "raids")]
    # another sentence does not count; "one" inside a sentence is as before
    assert _found("One person died. Police said 12 were hurt.") == [  # figs35: was number
        ("12", "count", 12.0, "people")]
    assert _found("The bank will close one regional headquarters.") == [
        ("one regional headquarters", "count", 1.0, "regional headquarters")]


def test_euro_and_other_cents_are_hundredths_of_their_currency() -> None:
    assert _found("It costs 20 euro cents.") == [("20 euro cents", "money", 0.2, "EUR")]
    assert _found("a 50 Australian cents coin") == [
        ("50 Australian cents", "money", 0.5, "AUD")]
    assert _found("It costs 25 cents.") == [("25 cents", "money", 0.25, "USD")]
    assert _found("It costs 20 euros.") == [("20 euros", "money", 20.0, "EUR")]


def test_money_is_shown_in_one_form_per_currency() -> None:
    text = ("A 96m pounds deal, a £610 million deal, 20 euro cents, €1.5bn, US$5, 48p, "
            "HK$4.5 trillion, 3 billion yuan, 500 million kronor and 10 francs.")
    assert [format_value(f) for f in extract(text)] == [
        "£96 M", "£610 M", "20 euro cents", "€1.5 bn", "$5", "48p", "4.5 tn HKD", "3 bn CNY",
        "500 M SEK", "10 CHF"]
    assert [format_value(f) for f in extract("另有5000万美元和3亿港元。")] == ["$50 M", "300 M HKD"]


def test_a_word_ordinal_before_a_noun_is_no_figure_with_or_without_an_adjective() -> None:
    # "first" before a noun is the order of events ("the first time", "the first batch"),
    # not a ranking: the labelled set marks none of "the first Chinese player", so "the first
    # female director" is treated like "the first director". A ranking needs a rank noun,
    # a superlative, a streak or a ranking verb; digits are always a ranking.
    assert _found("She is its first director.") == []
    assert _found("She is its first female director.") == []
    assert _found("第一批乘客抵达。") == []
    assert _found("She finished first.") == [("first", "ordinal", 1.0, "")]
    assert _found("He took first place.") == [("first place", "ordinal", 1.0, "")]
    assert _found("She is the 1st female director.") == [("1st", "ordinal", 1.0, "")]


# --- found by the seventh round's tryout (20 new articles, /work/helpers/notes/figs7.md) ----

def test_a_chinese_product_named_by_a_number_is_no_figure() -> None:
    assert _found("小米15搭载骁龙8至尊版，售价4499元起。") == [("4499元", "money", 4499.0, "CNY")]
    assert _found("麒麟9000芯片") == []
    # with a unit after it, a number after a brand is still a figure
    assert _found("华为2024年营收8621亿元。") == [
        ("2024年", "year", 2024.0, ""), ("8621亿元", "money", 8.621e11, "CNY")]


def test_chinese_units_of_dose_brightness_and_pixels() -> None:
    assert _found("每次500毫克。") == [("500毫克", "quantity", 500.0, "mg")]
    assert _found("峰值亮度3200尼特，5000万像素。") == [
        ("3200尼特", "quantity", 3200.0, "nit"), ("5000万像素", "quantity", 5e7, "px")]


def test_a_chinese_grade_is_beaufort_for_wind_and_magnitude_for_a_quake() -> None:
    assert _found("东南沿海风力可达8至10级，阵风12级。") == [
        ("8至10级", "quantity", 8.0, "Beaufort"), ("12级", "quantity", 12.0, "Beaufort")]
    assert _found("发生6.1级地震。") == [("6.1级", "quantity", 6.1, "magnitude")]


def test_a_chinese_count_names_its_noun_without_classifier_or_approximator() -> None:
    assert _found("已有35趟列车停运，仅输掉4场比赛。") == [
        ("35趟列车", "count", 35.0, "列车"), ("4场比赛", "count", 4.0, "比赛")]
    # figs8b (tryout5 B16): the noun right before the number, not the bare classifier
    assert _found("全区将再建成学校20所左右。") == [("20所左右", "count", 20.0, "学校")]
    assert _found("新建的3所公办学校正式开学。") == [("3所公办学校", "count", 3.0, "公办学校")]


def test_a_court_case_number_is_a_code() -> None:
    assert _found("In case 23-cv-1234 they seek $65 million.") == [
        ("$65 million", "money", 6.5e7, "USD")]
    assert _found("a 2-for-1 offer") == []


def test_moving_to_a_place_in_a_table_and_a_run_in_a_row_are_rankings() -> None:
    assert _found("The win lifts them to fourth.") == [("fourth", "ordinal", 4.0, "")]
    assert _found("United climb to fourth.") == [("fourth", "ordinal", 4.0, "")]
    assert _found("It was their fourth win in a row.") == [
        ("fourth win in a row", "ordinal", 4.0, "")]
    # unchanged: "fourth" alone in prose
    assert _found("He was the fourth man.") == []


def test_a_group_under_an_age_is_an_age_not_a_count() -> None:
    assert _found("Voters under 30 favoured Democrats.") == [("30", "duration", 30.0, "years")]
    assert _found("It hired 300 registered Democrats.") == [
        ("300 registered Democrats", "count", 300.0, "registered Democrats")]


def test_scientific_notation_is_a_number() -> None:
    assert _found("It is less than 1e-9.") == [("less than 1e-9", "number", 1e-9, "")]
    assert _found("It counts about 10^6 photons.") == [
        ("about 10^6 photons", "count", 1e6, "photons")]
    assert _found("a rate of 2.5×10^8") == [("2.5×10^8", "number", 2.5e8, "")]
    assert _found("1e999") == []


def test_aged_and_a_number_word_is_an_age() -> None:
    assert _found("He arrived in London aged six.") == [("aged six", "duration", 6.0, "years")]
    assert _found("She died aged ninety-one.") == [
        ("aged ninety-one", "duration", 91.0, "years")]


def test_per_mille_is_a_percent_shown_as_written() -> None:
    assert _found("人口出生率为6.77‰。") == [("6.77‰", "percent", 0.677, "percent")]
    assert _found("The birth rate was 6.77‰.") == [("6.77‰", "percent", 0.677, "percent")]
    assert [format_value(f) for f in extract("出生率为6.77‰。")] == ["6.77 ‰"]


def test_a_number_in_a_chinese_title_or_a_tenor_is_a_name() -> None:
    assert _found("《哪吒2》票房突破150亿元。") == [("150亿元", "money", 1.5e10, "CNY")]
    assert _found("7天期逆回购利率为1.5%。") == [("1.5%", "percent", 1.5, "percent")]
    # unchanged: a length of time
    assert _found("为期7天。") == [("7天", "duration", 7.0, "days")]


def test_chinese_index_points_are_counted_in_points() -> None:
    assert _found("沪指收报3386.42点，两市成交额约1.4万亿元。")[0] == (
        "3386.42点", "quantity", 3386.42, "points")  # figs33: an index's points, a quantity


def test_a_verb_with_a_number_after_it_ends_a_counted_noun() -> None:
    assert _found("The trail through 10,000 torii gates takes two hours.") == [
        ("10,000 torii gates", "count", 1e4, "torii gates"),
        ("two hours", "duration", 2.0, "hours")]
    assert _found("It employs 4,500 police officers.") == [
        ("4,500 police officers", "count", 4500.0, "police officers")]


def test_kitchen_measures_and_thousandths() -> None:
    assert _found("Add 2 tbsp of matcha and 1 teaspoon of salt.") == [
        ("2 tbsp", "quantity", 2.0, "tbsp"), ("1 teaspoon", "quantity", 1.0, "tsp")]
    assert _found("He won by five thousandths of a second.") == [
        ("five thousandths", "number", 0.005, "")]


def test_a_score_with_a_colon_an_address_with_a_year_like_number_and_nine_to_five() -> None:
    assert _found("Bayern won 2:1 in Munich.") == [("2:1", "number", None, "")]
    assert _found("Bayern lost 1:3.") == [("1:3", "number", None, "")]
    assert _found("At 2:1 the odds were long.") == []
    assert _found("The office is at 1600 Pennsylvania Avenue.") == []
    assert _found("By 1600 London had grown.") == [("1600", "year", 1600.0, "")]
    assert _found("She quit her 9-to-5 job.") == []


def test_a_chinese_height_and_a_national_road() -> None:
    assert _found("他身高1米85，体重75公斤。") == [
        ("1米85", "quantity", 1.85, "m"), ("75公斤", "quantity", 75.0, "kg")]
    assert _found("跳过2米35的高度。") == [("2米35", "quantity", 2.35, "m")]
    # unchanged: two lengths, and a distance then a time
    assert _found("长5米20厘米。") == [("5米", "quantity", 5.0, "m"),
                                   ("20厘米", "quantity", 20.0, "cm")]
    assert _found("长100米12秒。") == [("100米", "quantity", 100.0, "m"),
                                    ("12秒", "duration", 12.0, "seconds")]
    assert _found("沿国道318线前行。") == []


def test_eras_astronomical_units_and_miles_per_gallon() -> None:
    assert _found("Caesar died in 44 BC; the fort was built in AD 122.") == [
        ("44 BC", "year", -44.0, ""), ("AD 122", "year", 122.0, "")]
    assert [format_value(f) for f in extract("It dates to 10,000 BC.")] == ["10,000 BC"]
    assert _found("It passes within 0.3 AU of the Sun.") == [("0.3 AU", "quantity", 0.3, "AU")]
    assert _found("Fuel economy of 45mpg.") == [("45mpg", "quantity", 45.0, "mpg")]
    # unchanged: a price in Australian dollars
    assert _found("It costs 120 AUD.") == [("120 AUD", "money", 120.0, "AUD")]
