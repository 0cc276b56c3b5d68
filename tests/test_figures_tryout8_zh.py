"""The eighth tryout's Chinese key-figure findings (notes/tryout8.md A3, A6 and the Chinese
rows of B), one test each: what was wrong, and the neighbours that stay as they were."""

from __future__ import annotations

import pytest

from hzreader.figures import extract, format_value
from hzreader.model import Article
from hzreader.query import MemoryIndex


def _found(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


# -- A3: Taiwan's sentence "8年6月" is one duration of 102 months -------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("依貪污治罪條例判處有期徒刑8年6月，褫奪公權5年。",
     [("8年6月", "duration", 102.0, "months"), ("5年", "duration", 5.0, "years")]),
    ("前議員貪污案 判刑8年6月 褫奪公權5年",
     [("8年6月", "duration", 102.0, "months"), ("5年", "duration", 5.0, "years")]),
    ("被告被判处有期徒刑三年六月。", [("三年六月", "duration", 42.0, "months")]),
    ("法院判決應執行有期徒刑12年10月。", [("12年10月", "duration", 154.0, "months")]),
    ("前議員判刑8年6月", [("8年6月", "duration", 102.0, "months")]),  # at the end of a title
    ("8年6月有期徒刑", [("8年6月", "duration", 102.0, "months")]),  # at the start
])
def test_years_and_months_of_a_sentence_are_one_duration(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2025年6月，法院判决生效。", [("2025年6月", "date", 2025.0, "")]),
    ("判决于2025年6月生效。", [("2025年6月", "date", 2025.0, "")]),
    ("判处有期徒刑三年六个月。", [("三年六个月", "duration", 42.0, "months")]),
    # no word of a sentence or a term before it: a duration and a month, as before
    ("他工作了8年，6月离职。", [("8年", "duration", 8.0, "years"), ("6月", "date", None, "")]),
    # a day after the month makes it a date (Taiwan's 民國 years: 113年6月1日; since figs15
    # one date of 2024, no longer a duration of 113 years and a date)
    ("判決於113年6月1日確定。", [("113年6月1日", "date", 2024.0, "")]),
])
def test_a_year_and_month_stay_a_date_without_a_term(
        text: str, expected: list[tuple[str, str, float | None, str]]) -> None:
    assert _found(text) == expected


def test_a_taiwan_sentence_answers_a_search_in_years() -> None:
    index = MemoryIndex([Article(id="tw", title="判刑", body="判處有期徒刑8年6月，褫奪公權5年。")])
    for query in ("8.5 years", "102 months", "duration>100months"):
        assert [a.id for a in index.search(query)] == ["tw"], query


# -- A6: Taiwan's and Hong Kong's units ----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("台積電2奈米明年量產", [("2奈米", "quantity", 2.0, "nm")]),
    ("先進製程（7奈米及以下）", [("7奈米", "quantity", 7.0, "nm")]),
    ("采用3纳米工艺", [("3纳米", "quantity", 3.0, "nm")]),
    ("香港天文台錄得氣溫攝氏33度，降雨量達120毫米。",
     [("攝氏33度", "quantity", 33.0, "°C"), ("120毫米", "quantity", 120.0, "mm")]),
    ("当日最高气温达39.5摄氏度，相当于华氏103度。",
     [("39.5摄氏度", "quantity", 39.5, "°C"), ("华氏103度", "quantity", 103.0, "°F")]),
    ("明日最低氣溫15度", [("15度", "quantity", 15.0, "°C")]),
    ("明日市區最低氣溫約15度，新界低處再低兩三度。", [  # figs14: 兩三度 was missed
        ("約15度", "quantity", 15.0, "°C"), ("兩三度", "quantity", 2.0, "°C")]),
    ("气温将下降8度。", [("8度", "quantity", 8.0, "°C")]),
    ("体温升至39度", [("39度", "quantity", 39.0, "°C")]),
])
def test_traditional_and_weather_units(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("斜坡倾斜30度。", [("30度", "quantity", 30.0, "°")]),  # an angle: no temperature word
    ("转了180度，气温不变。", [("180度", "quantity", 180.0, "°")]),  # the word is after it
])
def test_degrees_without_a_temperature_word_stay_degrees(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


def test_a_celsius_filter_finds_hong_kong_temperatures() -> None:
    index = MemoryIndex([
        Article(id="hk", title="天文台", body="香港天文台錄得氣溫攝氏33度。"),
        Article(id="cool", title="天文台", body="明日最低氣溫15度。"),
        Article(id="us", title="热浪", body="相当于华氏103度。"),
    ])
    # 华氏103度 is 39.4 °C: a temperature filter converts (query17)
    assert [a.id for a in index.search("quantity>=30°C")] == ["hk", "us"]
    assert [a.id for a in index.search("quantity<20°C")] == ["cool"]
    assert [a.id for a in index.search("quantity>100°F")] == ["us"]
    nano = MemoryIndex([Article(id="tw", title="台積電", body="台積電2奈米明年量產。")])
    assert [a.id for a in nano.search("quantity:2nm")] == ["tw"]


# -- counted nouns: 連勝, 两市, 片晶圓 --------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("終結日本隊27連勝。", [("27連勝", "count", 27.0, "連勝")]),
    ("球队取得12连胜，追平纪录。", [("12连胜", "count", 12.0, "连胜")]),
    ("遭遇5连败", [("5连败", "count", 5.0, "连败")]),
    ("两市成交额1.35万亿元", [("1.35万亿元", "money", 1.35e12, "CNY")]),
    ("沪深两市共有5000家上市公司。", [("5000家上市公司", "count", 5000.0, "上市公司")]),
    ("中美两国元首会晤。", []),
    ("初期月產能約5萬片晶圓。", [("約5萬片晶圓", "count", 5e4, "晶圓")]),
    ("月產能5萬片", [("5萬片", "count", 5e4, "片")]),
])
def test_counted_nouns(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全省共有两市入选。", [("两市", "count", 2.0, "市")]),  # two cities chosen: counted
    ("新增3市", [("3市", "count", 3.0, "市")]),
])
def test_cities_counted_stay_counts(text: str, expected: list[tuple[str, str, float, str]]
                                    ) -> None:
    assert _found(text) == expected


# -- rates, ranges, measures, ratings -------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("流感样病例发病率为每10万人52例，较前一周上升18%。",
     [("52例", "count", 52.0, "例"), ("18%", "percent", 18.0, "percent")]),
    ("每1000名新生儿中有3名", [("3名", "count", 3.0, "名")]),
    ("全市共有10万人参加。", [("10万人", "count", 1e5, "人")]),
])
def test_the_people_a_rate_is_per_are_no_count(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("相對濕度介乎百分之六十至八十五。", [("百分之六十至八十五", "percent", 60.0, "percent")]),
    ("支持率为百分之四十到五十", [("百分之四十到五十", "percent", 40.0, "percent")]),
    ("百分之六十至百分之八十五", [("百分之六十", "percent", 60.0, "percent"),
                                 ("百分之八十五", "percent", 85.0, "percent")]),
    ("三分之一至一半", [("三分之一", "number", 0.333333333333333, ""),
                       ("一半", "number", 0.5, "")]),  # a fraction's range: as before
])
def test_a_written_out_percentage_range_is_one_figure(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("准备五花肉500克、冰糖30克、生抽2汤匙，先焯水5分钟。",
     [("500克", "quantity", 500.0, "g"), ("30克", "quantity", 30.0, "g"),
      ("2汤匙", "quantity", 2.0, "tbsp"), ("5分钟", "duration", 5.0, "minutes")]),
    ("加鹽1茶匙、醬油2湯匙",
     [("1茶匙", "quantity", 1.0, "tsp"), ("2湯匙", "quantity", 2.0, "tbsp")]),
    ("糖3大匙", [("3大匙", "quantity", 3.0, "tbsp")]),
])
def test_spoons_are_quantities(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("本菜约4人份，评分4.8分（满分5分）。",
     [("约4人", "count", 4.0, "人"), ("4.8分（满分5分）", "number", 0.96, "")]),
    ("评分4.8分(满分10分)", [("4.8分(满分10分)", "number", 0.48, "")]),
    ("他全场得到28分。", [("28分", "count", 28.0, "分")]),
])
def test_a_rating_out_of_a_maximum(text: str, expected: list[tuple[str, str, float, str]]
                                   ) -> None:
    assert _found(text) == expected


# -- the figures panel shows a duration in the unit the table gives it ----------------------

@pytest.mark.parametrize(("text", "unit", "shown"), [
    ("判處有期徒刑8年6月", "months", "102 months"),  # was "102 years"
    ("被告須於判決送達後20日內提出", "days", "20 days"),  # was "20 years"
    ("小火炖90分钟", "minutes", "90 minutes"),  # was "90 years"
    ("2025年前三季度", "", ""),  # a date: no duration
    ("前三季度", "quarters", "3 quarters"),
    ("孩子年满3周岁", "years", "3 years"),  # the unit was weeks (周)
    ("建校80周年", "years", "80 years"),
    ("三年六个月", "months", "42 months"),
    ("aged 64", "years", "64 years"),
])
def test_the_panel_shows_a_duration_in_its_unit(text: str, unit: str, shown: str) -> None:
    durations = [f for f in extract(text) if f.kind == "duration"]
    assert [(f.unit, format_value(f)) for f in durations] == ([(unit, shown)] if unit else [])
