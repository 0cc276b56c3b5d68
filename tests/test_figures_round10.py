"""The seventh tryout's Chinese key-figure findings (notes/tryout7.md A1, A4–A8 and the
B "counted nouns" bullet), one test each: what was mangled, and what stays as it was."""

from __future__ import annotations

import pytest

from hzreader.figures import extract


def _found(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


# -- A1: an amount written in two parts is one figure -------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("歲出新台幣3兆1,250億元", ("新台幣3兆1,250億元", "money", 3.125e12, "TWD")),
    ("政府預算總額為1兆2,000億元。", ("1兆2,000億元", "money", 1.2e12, "CNY")),
    ("公司虧損3億5千萬港元。", ("3億5千萬港元", "money", 3.5e8, "HKD")),
    ("公司亏损3亿5千万元。", ("3亿5千万元", "money", 3.5e8, "CNY")),
    ("涉款约3亿5,000万元。", ("约3亿5,000万元", "money", 3.5e8, "CNY")),
    ("他以58萬2,310票當選。", ("58萬2,310票", "count", 582310.0, "票")),
    ("人口1亿2345万人", ("1亿2345万人", "count", 123450000.0, "人")),
])
def test_an_amount_in_two_parts_is_one_figure(
        text: str, expected: tuple[str, str, float, str]) -> None:
    assert _found(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("1.2兆元", [("1.2兆元", "money", 1.2e12, "CNY")]),
    ("装机1兆瓦", [("1兆瓦", "quantity", 1.0, "MW")]),  # 兆 before a unit is mega
    ("三亿五千万元", [("三亿五千万元", "money", 3.5e8, "CNY")]),
])
def test_one_part_amounts_are_unchanged(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


def test_a_second_part_that_is_not_below_the_scale_stays_apart() -> None:
    # "3万5" is said for 35,000 and is not read as 30,005; a year after 万 is its own figure
    assert 30005.0 not in [f.value for f in extract("月薪3万5，")]
    assert all(f.value != 32024.0 for f in extract("捐款3万2024年"))


# -- A4: 零 in a Chinese percent, and 百分之百 --------------------------------------------

@pytest.mark.parametrize(("text", "span", "value"), [
    ("股價下跌百分之零點五", "百分之零點五", 0.5),
    ("股价下跌百分之零点五", "百分之零点五", 0.5),
    ("利率下调百分之零点二五", "百分之零点二五", 0.25),
    ("寬減百分之百的薪俸稅", "百分之百", 100.0),
    ("税务减免百分之百", "百分之百", 100.0),
    ("增长百分之五点二", "百分之五点二", 5.2),
])
def test_chinese_percents_with_zero_and_a_hundred(text: str, span: str, value: float) -> None:
    assert _found(text) == [(span, "percent", value, "percent")]


# -- A5: N日 as a number of days ------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "value"), [
    ("審訊歷時42日", "42日", 42.0),
    ("审理历时42日", "42日", 42.0),
    ("判決須在三十日內上訴", "三十日", 30.0),
    ("须在三十日内上诉", "三十日", 30.0),
    ("须在30日内上诉", "30日", 30.0),
    ("为期14日的展览", "14日", 14.0),
    ("過去7日新增個案", "7日", 7.0),
    ("未来3日天气炎热", "3日", 3.0),
    ("疫苗接种后约3日见效", "约3日", 3.0),
    ("近7日", "近7日", 7.0),
])
def test_ri_as_days_is_a_duration(text: str, span: str, value: float) -> None:
    assert _found(text) == [(span, "duration", value, "days")]


@pytest.mark.parametrize("text", ["9月28日", "28日上午", "于28日举行", "本月28日内", "签约3日后"])
def test_a_day_of_the_month_stays_a_date(text: str) -> None:
    assert [f.kind for f in extract(text)] == ["date"]


def test_yen_is_still_money() -> None:
    assert _found("42日元") == [("42日元", "money", 42.0, "JPY")]


# -- A6: seats and votes are counted --------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("執政黨拿下13席縣市長", [("13席", "count", 13.0, "席")]),
    ("拿下13席，在野黨取得8席，無黨籍1席。",
     [("13席", "count", 13.0, "席"), ("8席", "count", 8.0, "席"), ("1席", "count", 1.0, "席")]),
    ("在六都中拿下四席。", [("四席", "count", 4.0, "席")]),
    ("領先對手約9萬票", [("約9萬票", "count", 90000.0, "票")]),
])
def test_seats_and_votes_are_counts(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["一席之地", "电影票房", "凭3票价"])
def test_words_with_xi_and_piao_are_no_counts(text: str) -> None:
    assert not any(f.unit in ("席", "票") for f in extract(text))


# -- A7: names and words that are no figures ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("另外，台北101大樓高508公尺。", [("508公尺", "quantity", 508.0, "m")]),
    ("新車站預計設於六塊厝。", []),
    ("新车站设于六块厝。", []),
    ("財政司司長今日發表新一年度財政預算案。", []),
    ("上一年度的盈余", []),
])
def test_names_are_no_figures(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


def test_a_year_a_bare_one_year_and_other_counts_stay() -> None:
    assert _found("2024年度") == [("2024年度", "year", 2024.0, "")]
    assert _found("为期一年") == [("一年", "duration", 1.0, "years")]
    assert _found("台北3人受伤") == [("3人", "count", 3.0, "人")]


# -- A8: 名 before a noun, and a noun before N名 -------------------------------------------

def test_ming_before_a_noun_that_starts_with_ren() -> None:
    assert _found("約50名人大代表旁聽") == [("約50名人大代表", "count", 50.0, "人大代表")]


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("共有证人11名出庭作证", "11名", "证人"),
    ("共有證人11名出庭作證", "11名", "證人"),
    ("选手5名参加比赛", "5名", "选手"),
])
def test_a_noun_before_the_number_beats_a_verb_after_it(text: str, span: str, unit: str) -> None:
    assert _found(text) == [(span, "count", 11.0 if "11" in span else 5.0, unit)]


# -- B: the counted noun after a classifier with a modifier ------------------------------

@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("約3萬個低收入家庭", "約3萬個低收入家庭", 30000.0, "低收入家庭"),
    ("3萬個家庭", "3萬個家庭", 30000.0, "家庭"),
    ("興建約10萬個公營房屋單位", "約10萬個公營房屋單位", 100000.0, "公營房屋單位"),
    ("開放了27個臨時庇護中心", "27個臨時庇護中心", 27.0, "臨時庇護中心"),
    ("約1,500名小股東", "約1,500名小股東", 1500.0, "小股東"),
    ("約12萬名長者", "約12萬名長者", 120000.0, "長者"),
    ("超过2800万名消费者", "超过2800万名消费者", 28000000.0, "消费者"),
])
def test_the_noun_after_a_modifier_is_the_unit(
        text: str, span: str, value: float, unit: str) -> None:
    assert _found(text) == [(span, "count", value, unit)]


def test_a_noun_before_dui_is_the_unit() -> None:
    assert _found("开行动车组列车58对") == [("58对", "count", 58.0, "列车")]
