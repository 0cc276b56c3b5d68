"""Chinese key figures found by the held-out batch zh8 (figs25) and the round's leftovers: a
year range in numerals, a range's low end taking the high end's scale, a span of Taiwan's
years after 民國, the top share of a ranking, 上百 ("upwards of a hundred"), a Hong Kong
mortgage's spread over the prime rate, case, docket and train numbers and grades as names,
a version, a sentence in months, days to put things right, new units and classifiers,
低于/少于/高于, 位列 ending a counted noun, and the idiom 独中两元. One test each, with the
neighbours that stay as they were; traditional text is read as simplified."""

from __future__ import annotations

import pytest

from hzreader.figures import extract

Found = list[tuple[str, str, float | None, str]]


def _found(text: str) -> Found:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


def _ranged(text: str) -> list[tuple[str, str, float | None, float | None]]:
    return [(f.text, f.kind, f.value, f.high) for f in extract(text)]


# -- 1. ranges: a year span in numerals, the low end's scale, a span of Taiwan's years -------

@pytest.mark.parametrize(("text", "expected"), [
    ("二〇一九至二〇二三年，该市GDP年均增长6%。",
     [("二〇一九至二〇二三年", "year", 2019.0, 2023.0), ("6%", "percent", 6.0, None)]),
    ("每平方米5~8万元", [("5~8万元", "money", 50000.0, 80000.0)]),
    ("5至8万元", [("5至8万元", "money", 50000.0, 80000.0)]),
    ("三至五万人", [("三至五万人", "count", 30000.0, 50000.0)]),
    ("五至八万元", [("五至八万元", "money", 50000.0, 80000.0)]),
    ("1至3千万元", [("1至3千万元", "money", 10000000.0, 30000000.0)]),
    ("民國108年至112年間，共查獲3起。",
     [("民國108年至112年", "year", 2019.0, 2023.0), ("3起", "count", 3.0, None)]),
    # as before: both ends written with their scale, a low end above the high end's number,
    # a span of months, a span with one 年, a year and a date, no era named
    ("5万至8万元", [("5万至8万元", "money", 50000.0, 80000.0)]),
    # figs27: was high None (the low end written in full, the high end 1.2万)
    ("8000至1.2万元", [("8000至1.2万元", "money", 8000.0, 12000.0)]),
    ("1至8月", [("1至8月", "date", None, None)]),
    ("2019至2023年", [("2019至2023年", "year", 2019.0, 2023.0)]),
    ("民國108至112年", [("民國108至112年", "year", 2019.0, 2023.0)]),
    ("二〇二五年", [("二〇二五年", "year", 2025.0, None)]),
    ("民國108年到112年6月", [("民國108年", "year", 2019.0, None),
                         ("112年6月", "date", 2023.0, None)]),
    ("於108年至112年間", [("108年", "year", 2019.0, None), ("112年", "year", 2023.0, None)]),
    ("3到5年", [("3到5年", "duration", 3.0, 5.0)]),
])
def test_ranges(text: str, expected: list[tuple[str, str, float | None, float | None]]) -> None:
    assert _ranged(text) == expected


# -- 2. the top share of a ranking; 上百, 上千, 上万 -----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("收入排名前10%的家庭", [("前10%", "percent", 10.0, "percent")]),
    ("延误航班上百架次。", [("上百架次", "count", 100.0, "架次")]),
    ("吸引上千人参观", [("上千人", "count", 1000.0, "人")]),
    ("投入上万元", [("上万元", "money", 10000.0, "CNY")]),
    ("上千万元", [("上千万元", "money", 10000000.0, "CNY")]),
    ("有上百年历史", [("上百年", "duration", 100.0, "years")]),
    # as before: no ranking word, the first months, words ending in 上, 近百年
    ("增长前10%", []),
    ("前10个月", [("前10个月", "duration", 10.0, "months")]),
    ("马上百度一下", []),
    ("墙上百年老照片", []),  # 墙上: on the wall
    ("桥上千人围观", []),
    ("市场上千亿元规模", [("千亿元", "money", 100000000000.0, "CNY")]),
    ("以上百分之十", [("百分之十", "percent", 10.0, "percent")]),
    ("近百年", [("近百年", "duration", 100.0, "years")]),
])
def test_top_share_and_upwards_of(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 3. a mortgage's spread over the prime rate or HIBOR ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("按揭利率為P-1.75厘。", [("P-1.75厘", "percent", -1.75, "points")]),
    ("按揭利率為P - 1.75厘。", [("P - 1.75厘", "percent", -1.75, "points")]),
    ("實際按息為H+1.3厘，封頂息為P-1.75厘，即3.5厘。", [
        ("H+1.3厘", "percent", 1.3, "points"), ("P-1.75厘", "percent", -1.75, "points"),
        ("3.5厘", "percent", 3.5, "percent")]),
    # as before: codes of aircraft and models, a rate in 厘 after a rate word
    ("F-35战机", []),
    ("型号为P-1的飞机", []),
    ("回報率3.6厘", [("3.6厘", "percent", 3.6, "percent")]),
])
def test_a_spread_over_a_reference_rate(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 4. names: case and docket numbers, trains, grades, versions ----------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("该案案号为（2024）京0105民初12345号，法院判决赔偿8.6万元。",
     [("8.6万元", "money", 86000.0, "CNY")]),
    ("依据（2023）最高法民终123号判决，赔偿5万元", [("5万元", "money", 50000.0, "CNY")]),
    ("高院判決書字號為113年度上訴字第2345號", []),
    ("台鐵第408次自強號列車延誤45分鐘", [("45分鐘", "duration", 45.0, "minutes")]),
    ("能效等级为一级，一级能效", []),
    ("微信8.0.50版本今日上线", []),
    ("版本号为3.2.1", []),
    # as before: a year in brackets after a title, a fiscal year, the Nth time, a wind force
    ("这部电影（2019）讲述了", [("2019", "number", 2019.0, "")]),
    ("114年度總預算", [("114年度", "year", 2025.0, "")]),
    ("年内第3次", [("第3次", "ordinal", 3.0, "")]),
    ("风力等级为12级", [("12级", "quantity", 12.0, "Beaufort")]),
    ("增长3.5%。", [("3.5%", "percent", 3.5, "percent")]),
])
def test_numbers_that_name(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 5. a sentence in months, days to put things right or to convert a fine ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("判處有期徒刑6月，得易科罰金，以新台幣1,000元折算1日。", [
        ("6月", "duration", 6.0, "months"), ("新台幣1,000元", "money", 1000.0, "TWD"),
        ("1日", "duration", 1.0, "days")]),
    ("责令限期整改30日", [("30日", "duration", 30.0, "days")]),
    # as before: a month and a day of the month, a sentence in years and months
    ("今年6月判处", [("6月", "date", None, "")]),
    ("将于30日举行", [("30日", "date", None, "")]),
    ("有期徒刑12年6月", [("12年6月", "duration", 150.0, "months")]),
])
def test_terms_in_months_and_days(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 6. units and classifiers: 毫米汞柱, 毫摩尔/升, 公釐, 毫秒, 圈, 面 --------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("收缩压高达180毫米汞柱，空腹血糖为11.2毫摩尔/升。", [
        ("高达180毫米汞柱", "quantity", 180.0, "mmHg"),
        ("11.2毫摩尔/升", "quantity", 11.2, "mmol/L")]),
    ("最薄處僅5.1公釐", [("5.1公釐", "quantity", 5.1, "mm")]),
    ("时延仅为1毫秒", [("1毫秒", "duration", 0.001, "seconds")]),
    ("F1中国大奖赛正赛共56圈", [("56圈", "count", 56.0, "圈")]),
    ("獎牌總數達53面", [("53面", "count", 53.0, "面")]),
    ("升起5面国旗", [("5面国旗", "count", 5.0, "国旗")]),
    # as before: sides of a place, an idiom, a floor area, millimetres
    ("三面环山", []),
    ("四面八方", []),
    ("该楼100面积", [("100", "number", 100.0, "")]),
    ("降雨量58毫米", [("58毫米", "quantity", 58.0, "mm")]),
])
def test_new_units_and_classifiers(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 7. approximators, counted nouns, an idiom ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("PUE值低于1.25", [("低于1.25", "number", 1.25, "")]),
    ("睡眠少於6小時者", [("少於6小時", "duration", 6.0, "hours")]),
    ("气温高于35℃", [("高于35℃", "quantity", 35.0, "°C")]),
    ("小米以4,280万部位列第三", [("4,280万部", "count", 42800000.0, "部"),
                            ("第三", "ordinal", 3.0, "")]),
    ("另2名車手各判1年2月", [("2名車手", "count", 2.0, "車手"),
                        ("1年2月", "duration", 14.0, "months")]),
    ("前锋独中两元", []),
    ("连中三元", []),
    # as before: 不低于, money of two yuan, a count before its verb
    ("月薪不低于5000元", [("不低于5000元", "money", 5000.0, "CNY")]),
    ("奖金两元", [("两元", "money", 2.0, "CNY")]),
    ("3.6万名跑者参赛", [("3.6万名跑者", "count", 36000.0, "跑者")]),
])
def test_approximators_nouns_and_an_idiom(text: str, expected: Found) -> None:
    assert _found(text) == expected


def test_the_index_canary_has_this_round() -> None:
    """Indexes built before this round redo their figures: the canary meets its rules."""
    from hzreader.index._work import _CANARY

    found = {(f.text, f.kind) for f in extract(_CANARY)}
    assert {("二〇一九至二〇二三年", "year"), ("5~8万元", "money"), ("前10%", "percent"),
            ("上百架次", "count"), ("P-1.75厘", "percent"), ("6月", "duration"),
            ("56圈", "count"), ("53面", "count")} <= found
    assert not any(f.text in ("2024", "0105") for f in extract(_CANARY))
