"""The sixth tryout's key-figure findings (notes/tryout6.md A4, B16), one test each: what
was mangled, and what stays as it was next to it."""

from __future__ import annotations

import pytest

from hzreader.figures import extract


def _found(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


# -- A4: a verb after a classifier is no counted noun ------------------------------------

@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("本次补贴资金总额为50亿元，分两批发放。", "两批", 2.0, "批"),
    ("资金分两批下达。", "两批", 2.0, "批"),
    ("分两批发放补贴", "两批", 2.0, "批"),
    ("分3批次发放", "3批次", 3.0, "批次"),
    ("尾款分三次支付。", "三次", 3.0, "次"),
    ("该项目分两期建设。", "两期", 2.0, "期"),  # 期 is otherwise a name's code (二期工程)
    ("分5笔支付", "5笔", 5.0, "笔"),
    ("改革分两步走。", "两步", 2.0, "步"),
    ("经过两轮投票，他当选。", "两轮", 2.0, "轮"),  # as "two rounds of voting": rounds
    ("共进行了3次表决", "3次", 3.0, "次"),
    ("分三个阶段实施", "三个阶段", 3.0, "阶段"),  # the noun, not 阶段实施
])
def test_a_verb_after_a_classifier_leaves_the_classifier_as_the_unit(
        text: str, span: str, value: float, unit: str) -> None:
    assert (span, "count", value, unit) in _found(text)
    assert not any(f.kind == "count" and f.unit.endswith(("发放", "支付", "建设", "投票"))
                   for f in extract(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("3次试验", ("3次试验", "count", 3.0, "试验")),  # a noun after 次 stays the noun
    ("23轮调整", ("23轮调整", "count", 23.0, "调整")),  # the labelled set's convention
    ("部分2批产品", ("2批产品", "count", 2.0, "产品")),  # 部分 is "part", not "divided into"
    ("5批次产品抽检", ("5批次产品", "count", 5.0, "产品")),
])
def test_a_noun_after_a_classifier_stays_the_unit(
        text: str, expected: tuple[str, str, float, str]) -> None:
    assert _found(text) == [expected]


def test_a_phase_without_divided_into_stays_a_name() -> None:
    assert extract("二期工程") == []


# -- A4: a Chinese rate of travel before a length is a speed -----------------------------

@pytest.mark.parametrize(("text", "span", "unit"), [
    ("最高运行速度达每小时160公里", "160公里", "km/h"),
    ("时速160公里", "160公里", "km/h"),
    ("最高时速350公里", "350公里", "km/h"),
    ("设计时速达350公里", "350公里", "km/h"),
    ("时速约160公里", "约160公里", "km/h"),
    ("该路段限速每小时80公里。", "80公里", "km/h"),
    ("车速不得超过每小时25公里。", "25公里", "km/h"),
    ("每小时行驶80公里", "80公里", "km/h"),
    ("列车以160公里/小时运行", "160公里/小时", "km/h"),  # as before
    ("160千米每小时", "160千米每小时", "km/h"),  # as before
    ("风速每秒12米", "12米", "m/s"),
    ("第一宇宙速度为每秒7.9公里", "7.9公里", "km/s"),
    ("每小时60英里", "60英里", "mph"),
    ("航速每小时20海里", "20海里", "kn"),
])
def test_a_chinese_speed_has_a_unit_of_speed(text: str, span: str, unit: str) -> None:
    (figure,) = extract(text)
    assert (figure.text, figure.kind, figure.unit) == (span, "quantity", unit)


@pytest.mark.parametrize(("text", "unit"), [
    ("京沪高铁全长1318公里", "km"),
    ("每小时降雨量达50毫米", "mm"),  # a word between: not read as a rate
    ("跑了10公里", "km"),
    ("身高6英尺", "ft"),  # English-style units now have their symbol
    ("日产原油100万桶", "bbl"),
])
def test_a_length_without_a_rate_keeps_its_unit(text: str, unit: str) -> None:
    (figure,) = extract(text)
    assert (figure.kind, figure.unit) == ("quantity", unit)


def test_a_speed_typed_finds_the_chinese_speed() -> None:
    from hzreader.query import parse_query
    from hzreader.query._terms import FigureTerm

    (term,) = parse_query("160 km/h").groups[0]
    assert isinstance(term, FigureTerm)
    (figure,) = extract("最高运行速度达每小时160公里")
    assert term.accepts(figure)
    (distance,) = extract("全程160公里")
    assert not term.accepts(distance)


# -- B16: "the first 10 months" is ten months long ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("前10个月，出口增长5%。", ("前10个月", "duration", 10.0, "months")),
    ("今年前11个月，进出口增长4.9%。", ("前11个月", "duration", 11.0, "months")),
    ("前两个月", ("前两个月", "duration", 2.0, "months")),
    ("今年前三季度，GDP增长5.2%。", ("前三季度", "duration", 3.0, "quarters")),
    ("In the first 10 months, exports rose.", ("first 10 months", "duration", 10.0, "months")),
    ("in the first three quarters", ("first three quarters", "duration", 3.0, "quarters")),
    ("Sales rose in the first two months.", ("first two months", "duration", 2.0, "months")),
])
def test_the_first_n_months_is_a_duration(
        text: str, expected: tuple[str, str, float, str]) -> None:
    assert _found(text)[0] == expected


@pytest.mark.parametrize(("text", "span", "year"), [
    ("2025年前10个月，出口增长5%。", "2025年前10个月", 2025.0),
    ("2025年前三季度，杭州实现地区生产总值15356亿元", "2025年前三季度", 2025.0),
    ("In the first 10 months of 2024, exports rose.", "first 10 months of 2024", 2024.0),
])
def test_the_first_n_months_of_a_year_stays_a_date_of_that_year(
        text: str, span: str, year: float) -> None:
    figure = extract(text)[0]
    assert (figure.text, figure.kind, figure.value) == (span, "date", year)


def test_the_first_n_months_and_n_months_are_found_alike() -> None:
    from hzreader.query import parse_query
    from hzreader.query._terms import FigureTerm

    (term,) = parse_query("10 months").groups[0]
    assert isinstance(term, FigureTerm)
    for text in ("前10个月，出口增长5%。", "In the first 10 months, exports rose.",
                 "It took 10 months."):
        assert any(term.accepts(f) for f in extract(text)), text


def test_words_like_ahead_are_still_no_first_n() -> None:
    assert _found("提前两轮夺冠") == [("两轮", "count", 2.0, "轮")]
    assert _found("此前3个月") == [("3个月", "duration", 3.0, "months")]  # was 前3个月
    assert _found("提前3个月完成") == [("3个月", "duration", 3.0, "months")]
