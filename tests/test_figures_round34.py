"""Round 34 (figs34): tryout18 §7 and §14 and the seventeenth round's leftovers — bound
words (under, 约有, 超过了, a bound word before a space), prices per unit written with a
slash, ages as decades of life (七旬, 百岁老人) and a median age, "1m" as a million,
Japanese clock times, fiscal periods, magnitudes and wind speeds, `count>100 家` and a typed
index level; each positive case fails on main 7f374cf, each neighbour passes on both."""

from __future__ import annotations

import pytest

from hzreader.figures import extract, format_value
from hzreader.query import filter_notes
from test_figures_round11 import ids

Got = tuple[str, str, float | None, str]


def _figs(text: str) -> list[Got]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


def _shown(text: str) -> list[tuple[str, str]]:
    return [(f.text, format_value(f)) for f in extract(text)]


# --- 1. bound words ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Under $5 buys a coffee.", ("Under $5", "< $5")),
    ("Tickets cost under $20 each.", ("under $20", "< $20")),
    ("It sold for under £3m.", ("under £3m", "< £3 M")),
    ("Turnout was under 5% in the ward.", ("under 5%", "< 5 %")),
])
def test_under_is_a_bound_before_money_and_percentages(text: str, want: tuple[str, str]) -> None:
    assert want in _shown(text)


@pytest.mark.parametrize(("text", "want"), [
    ("The train links the cities in under two hours.", ("two hours", "duration", 2.0, "hours")),
    ("Children under 12 travel free.", ("12", "duration", 12.0, "years")),
    ("Under the deal, the city gets $40 million.", ("$40 million", "money", 4e7, "USD")),
])
def test_under_stays_out_of_durations_ages_and_clauses(text: str, want: Got) -> None:
    assert want in _figs(text)


# --- 2. prices per unit with a slash --------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Diesel cost 6 USD/gal in March.", ("6 USD", "money", 6.0, "USD/gal")),
    ("Petrol was $5.20/gal.", ("$5.20", "money", 5.2, "USD/gal")),
    ("Diesel was 1.8 EUR/l in Germany.", ("1.8 EUR", "money", 1.8, "EUR/l")),
    ("Milk was €1.10/L.", ("€1.10", "money", 1.1, "EUR/l")),
    ("Gold rose to 2,400 USD/oz.", ("2,400 USD", "money", 2400.0, "USD/oz")),
    ("Gold hit $2,700 an ounce.", ("$2,700", "money", 2700.0, "USD/oz")),
    ("Silver was $31 per troy ounce.", ("$31", "money", 31.0, "USD/oz")),
    ("金價升至每盎司2,400美元。", ("2,400美元", "money", 2400.0, "USD/oz")),
])
def test_a_price_written_with_a_slash_keeps_its_unit(text: str, want: Got) -> None:
    assert want in _figs(text)


@pytest.mark.parametrize(("text", "want"), [
    ("The tank holds 6 l/min of flow and cost $40.", ("$40", "money", 40.0, "USD")),
    ("He paid $5 a gallon.", ("$5", "money", 5.0, "USD/gal")),
    ("Rice sold at $4/kg.", ("$4", "money", 4.0, "USD")),  # a weight that is no ounce
    ("The deal was worth $3bn a year.", ("$3bn", "money", 3e9, "USD")),
])
def test_other_slashes_and_the_older_forms_are_unchanged(text: str, want: Got) -> None:
    assert want in _figs(text)


PRICES = [
    {"title": "Diesel", "body": "Diesel cost 6 USD/gal in March."},
    {"title": "Petrol", "body": "Petrol was $5.20/gal."},
    {"title": "Jet", "body": "Jet fuel hit US$4.10 per gallon."},
    {"title": "Europe", "body": "Diesel was 1.8 EUR/l."},
    {"title": "Gold", "body": "Gold rose to 2,400 USD/oz."},
    {"title": "Deal", "body": "The deal was worth $6 million."},
    {"title": "Bonus", "body": "The bonus was $2,500."},
]


@pytest.mark.parametrize(("typed", "expected"), [
    ("money>5 USD/gal", ["a0", "a1"]),
    ("money>4 USD per gallon", ["a0", "a1", "a2"]),
    ("money>1 EUR/l", ["a3"]),
    ("money>2000 USD/oz", ["a4"]),  # not the $2,500 bonus
    ("money>2000 USD per ounce", ["a4"]),
    ("money>5 USD", ["a5", "a6"]),  # a price per unit is no amount of dollars
])
def test_money_filters_per_unit_find_the_slash_prices_in_memory_and_index(
        typed: str, expected: list[str]) -> None:
    assert ids(PRICES, typed) == (expected, expected)
    assert filter_notes(typed) == ()


@pytest.mark.parametrize(("text", "want"), [
    ("参与改革试点的企业约有400家。", ("约有400家", "≈ 400")),
    ("企业约有 400家。", ("约有 400家", "≈ 400")),
    ("总投资额度超过 500亿元。", ("超过 500亿元", "> 50 bn CNY")),
    ("全省超过 15万人参加。", ("超过 15万人", "> 150,000")),
    ("约 80家企业参展。", ("约 80家企业", "≈ 80")),
    ("新增就业人数超过了二十万人。", ("超过了二十万人", "> 200,000")),
    ("增速超过 50%。", ("超过 50%", "> 50 %")),
    ("增速超过了50%。", ("超过了50%", "> 50 %")),
    ("全港約有45萬人參加。", ("約有45萬人", "≈ 450,000")),
    ("投資總額超過了300億港元。", ("超過了300億港元", "> 30 bn HKD")),
    ("全球约有百分之十的人口。", ("约有百分之十", "≈ 10 %")),
])
def test_chinese_bound_words_with_a_particle_or_a_space(text: str, want: tuple[str, str]) -> None:
    assert want in _shown(text)


@pytest.mark.parametrize(("text", "want"), [
    ("共有400家企业。", ("400家企业", "400")),  # 共有: no approximator
    ("签约有300家。", ("300家", "300")),  # 签约 is a word, not 约
    ("人数减少了200人。", ("200人", "200")),
    ("他有 3个孩子。", ("3个孩子", "3")),
    ("赶超了300家。", ("300家", "300")),
])
def test_a_particle_or_a_space_alone_is_no_bound(text: str, want: tuple[str, str]) -> None:
    assert want in _shown(text)


# --- 3. ages ----------------------------------------------------------------------------

def _ages(text: str) -> list[tuple[str, float | None, str, bool]]:
    return [(f.text, f.value, f.unit, f.age) for f in extract(text) if f.kind == "duration"]


@pytest.mark.parametrize(("text", "want"), [
    ("年过七旬的张大爷每天坚持跑步。", ("七旬", 70.0, "years", True)),
    ("社区为80多位八旬老人送去了慰问品。", ("八旬", 80.0, "years", True)),
    ("年逾八旬的陳伯仍每日晨運。", ("逾八旬", 80.0, "years", True)),
    ("九旬老人独自生活。", ("九旬", 90.0, "years", True)),
    ("村里目前有3位百岁老人。", ("百岁", 100.0, "years", True)),
    ("百岁老人王奶奶说。", ("百岁", 100.0, "years", True)),
    ("區內共有12位百歲老人。", ("百歲", 100.0, "years", True)),
    ("她已年过百岁。", ("百岁", 100.0, "years", True)),
    ("The median age rose to 40.7 years, the census showed.", ("40.7 years", 40.7, "years", True)),
    ("The fleet has an average age of 12 years.", ("12 years", 12.0, "years", True)),
])
def test_decades_of_life_a_hundred_and_a_median_age_are_ages(
        text: str, want: tuple[str, float, str, bool]) -> None:
    assert want in _ages(text)


@pytest.mark.parametrize(("text", "want"), [
    ("村里目前有3位百岁老人。", ("3位", "count", 3.0, "位")),  # the count is its own figure
    ("區內共有12位百歲老人。", ("12位", "count", 12.0, "位")),
    ("全长55公里设站28座", ("28座", "count", 28.0, "座")),  # a classifier at the text's end
])
def test_a_count_before_an_age_stops_at_it(text: str, want: Got) -> None:
    assert want in _figs(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Life expectancy reached 78.4 years.", ("78.4 years", 78.4, "years", False)),
    ("The median age is 40.7 years and the tenure 12 years.", ("12 years", 12.0, "years", False)),
    ("他活到一百岁。", ("一百岁", 100.0, "years", True)),
])
def test_ages_nearby_are_unchanged(text: str, want: tuple[str, float, str, bool]) -> None:
    assert want in _ages(text)


@pytest.mark.parametrize("text", ["五月上旬，三旬之后。", "百岁山矿泉水。", "中旬发布。"])
def test_xun_and_bai_sui_elsewhere_are_no_ages(text: str) -> None:
    assert _ages(text) == []


# --- 4. a measure word alone is no end of a noun ------------------------------------------

HOUSES = [
    {"title": "论坛", "body": "共有120个国家的300位专家参加。"},
    {"title": "企业", "body": "全市有120家企业参展。"},
    {"title": "网点", "body": "营业网点262家。"},
    {"title": "商家", "body": "共有500多商家入驻。"},
    {"title": "家庭", "body": "全市有2万个家庭受益。"},
]


@pytest.mark.parametrize(("typed", "expected"), [
    ("count>100 家", ["a1", "a2"]),  # not 国家, 专家 (written with 个, 位) nor 商家
    ("count>100 国家", ["a0"]),  # the noun typed whole still finds them
    ("count>100 专家", ["a0"]),
    ("count>100 位", ["a0"]),
    ("count>1e4 家庭", ["a4"]),
])
def test_a_measure_word_alone_finds_counts_written_with_it_not_nouns_ending_in_it(
        typed: str, expected: list[str]) -> None:
    assert ids(HOUSES, typed) == (expected, expected)


# --- 5. "1m" as a million ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("A 1m-strong crowd filled the streets.", ("1m-strong crowd", "count", 1e6, "crowd")),
    ("A 10k-strong crowd marched.", ("10k-strong crowd", "count", 1e4, "crowd")),
    ("The single sold 1m on its release.", ("1m", "number", 1e6, "")),
    ("The album has sold over 2m.", ("over 2m", "number", 2e6, "")),
    ("The console sold 1m units in Japan.", ("1m units", "count", 1e6, "units")),
])
def test_a_glued_m_of_a_crowd_or_of_sales_is_a_million(text: str, want: Got) -> None:
    assert want in _figs(text)


@pytest.mark.parametrize(("text", "want"), [
    ("The 5,000-strong Wagner Group left.", ("5,000-strong Wagner Group", "count", 5000.0,
                                             "Wagner Group")),
    ("He ran 100m in 9.8 seconds.", ("100m", "quantity", 100.0, "m")),
    ("The wall is 3m high.", ("3m", "quantity", 3.0, "m")),
    ("A 1m-high wall.", ("1m", "quantity", 1.0, "m")),
    ("The plot sold 3m from the river.", ("3m", "quantity", 3.0, "m")),
])
def test_metres_and_other_strong_bodies_are_unchanged(text: str, want: Got) -> None:
    assert want in _figs(text)


# --- 6. Japanese clock times, fiscal periods, magnitudes, wind --------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("会議は午後5時30分に始まった。", ("午後5時30分", "time", 17.5, "")),
    ("記者会見は午前10時から行われた。", ("午前10時", "time", 10.0, "")),
    ("列車は18時45分に東京駅を出発した。", ("18時45分", "time", 18.75, "")),
    ("作業には3時間30分かかった。", ("3時間30分", "duration", 12600.0, "seconds")),
    ("同社の2025年3月期の純利益は増えた。", ("2025年3月期", "date", 2025.0, "")),
    ("トヨタは3月期決算を発表した。", ("3月期", "date", None, "")),
    ("26年3月期の営業利益は増える。", ("26年3月期", "date", 2026.0, "")),
    ("マグニチュード7.1の地震が発生した。", ("マグニチュード7.1", "quantity", 7.1, "magnitude")),
    ("台風は最大風速40メートルで北上している。", ("40メートル", "quantity", 40.0, "m/s")),
    ("瞬間風速は55メートルに達した。", ("55メートル", "quantity", 55.0, "m/s")),
    ("最大风速30米。", ("30米", "quantity", 30.0, "m/s")),  # Chinese 风速 too
    ("参加企業は約300社に上った。", ("約300社", "count", 300.0, "社")),
])
def test_japanese_times_fiscal_periods_magnitudes_and_wind(text: str, want: Got) -> None:
    assert want in _figs(text)


@pytest.mark.parametrize(("text", "want"), [
    ("高さ40メートルの塔が完成した。", ("40メートル", "quantity", 40.0, "m")),
    ("3月に開業し、3か月で10万人が訪れた。", ("3か月", "duration", 3.0, "months")),
    ("3月期国债收益率上升。", ("3月", "date", None, "")),  # Chinese: a 3-month tenor's name
    ("2025年3月期間中に。", ("2025年3月", "date", 2025.0, "")),
    ("风速达120公里。", ("120公里", "quantity", 120.0, "km")),  # not km/s
    ("前10名。", None),
    ("截至今天下午5时30分。", ("下午5时30分", "time", 17.5, "")),
])
def test_japanese_and_chinese_neighbours(text: str, want: Got | None) -> None:
    assert want in _figs(text) if want else _figs(text) == []


@pytest.mark.parametrize(("text", "shown"), [
    ("同社の2025年3月期の純利益。", "FY to 2025-03"),
    ("トヨタは3月期決算を発表した。", "FY to month 3"),
    ("26年3月期の営業利益。", "FY to 2026-03"),
])
def test_a_fiscal_period_is_shown_as_the_year_it_ends(text: str, shown: str) -> None:
    assert [value for _, value in _shown(text)] == [shown]


def test_the_index_canary_holds_this_rounds_rules() -> None:
    """Old indexes redo their figures: the canaries (`index._work`) hold a sentence of each
    rule of this round, so `figures_version` differs from main's."""
    from hzreader.index._work import _CANARY, _CANARY_JA

    found = {(f.text, f.kind, f.unit) for text in (_CANARY, _CANARY_JA) for f in extract(text)}
    assert {("6 USD", "money", "USD/gal"), ("2,400 USD", "money", "USD/oz"),
            ("Under $5", "money", "USD"), ("1m-strong crowd", "count", "crowd"),
            ("1m", "number", ""), ("约有400家", "count", "企业"),
            ("超过了二十万人", "count", "人"), ("八旬", "duration", "years"),
            ("百岁", "duration", "years"), ("午後5時30分", "time", ""),
            ("2025年3月期", "date", ""), ("マグニチュード7.1", "quantity", "magnitude"),
            ("40メートル", "quantity", "m/s"), ("3時間30分", "duration", "seconds"),
            ("約300社", "count", "社")} <= found


# --- 7. a typed index level --------------------------------------------------------------

LEVELS = [
    {"title": "Close", "body": "The index closed at 7,412.5 points on Friday."},
    {"title": "Match", "body": "Jones scored 31 points in the win."},
    {"title": "Turnout", "body": "Turnout was 60%, down 3 points."},
    {"title": "Other", "body": "The index closed at 7,000 points."},
]


@pytest.mark.parametrize(("typed", "expected"), [
    ("7412.5 points", ["a0"]),  # the index level (a quantity in points) again
    ("7,412.5 points", ["a0"]),
    ("31 points", ["a1"]),  # a team's points (a count) as before
    ("count>30 points", ["a1"]),  # a count filter stays one of counts
    ("quantity>7000 points", ["a0"]),
    ("3 points", []),  # percentage points are no count and no index level
])
def test_a_typed_number_of_points_finds_counts_and_index_levels(
        typed: str, expected: list[str]) -> None:
    assert ids(LEVELS, typed) == (expected, expected)
