"""Chinese key figures found by the held-out batch zh7 (figs22): a stock's code in brackets
is a name, an approximator before a currency named first belongs to the span, 上下 after a
figure is "about", 本月12日 is one date, a term of detention in 日 is days, 分钱 is money, a
Taiwan exam's 級分 are points, a verb of trading ends a counted noun, 第三季 before a whole
market is a quarter, and 前十 after a ranking word ranks. One test each, with the neighbours
that stay as they were; traditional text is read as simplified."""

from __future__ import annotations

import pytest

from hzreader.figures import extract

Found = list[tuple[str, str, float | None, str]]


def _found(text: str) -> Found:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


# -- 1. a stock's code in brackets after its name -------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("台積電(2330)今日股價收在1,085元", [("1,085元", "money", 1085.0, "CNY")]),
    ("贵州茅台（600519）今日股价收报1,512.3元", [("1,512.3元", "money", 1512.3, "CNY")]),
    ("騰訊控股(0700.HK)午後升幅擴大至4.6%", [("4.6%", "percent", 4.6, "percent")]),
    ("比亚迪（1211.HK）与宁德时代（300750.SZ）", []),
    ("中鋼(2002)今日收盤上漲", []),  # a code among the years, with a word of trading after
    # as before: a year in brackets after a title, a year span, a number after no name
    ("电影《流浪地球》（2019）", [("2019", "number", 2019.0, "")]),
    ("这部电影（2019）讲述了", [("2019", "number", 2019.0, "")]),
    ("某公司（2024）年报", [("2024", "number", 2024.0, "")]),
    ("（1931—2024）", [("1931—2024", "year", 1931.0, "")]),
    ("今年（2026年）", [("2026年", "year", 2026.0, "")]),
    ("股票代码：688981", []),
])
def test_a_stock_code_is_a_name(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 2. an approximator before a currency named first ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("市值約新台幣28.1兆元", [("約新台幣28.1兆元", "money", 2.81e13, "TWD")]),
    ("收入约港币50亿元", [("约港币50亿元", "money", 5e9, "HKD")]),
    ("掏空公司資產逾新台幣25億元", [("逾新台幣25億元", "money", 2.5e9, "TWD")]),
    ("超过人民币100亿元", [("超过人民币100亿元", "money", 1e10, "CNY")]),
    # as before: no approximator, or a word ending in one (签约)
    ("新台幣1億元", [("新台幣1億元", "money", 1e8, "TWD")]),
    ("签约人民币3亿元", [("人民币3亿元", "money", 3e8, "CNY")]),
])
def test_an_approximator_before_a_named_currency(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 3. 上下 after a figure is "about" ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("气温在25℃上下，", [("25℃上下", "quantity", 25.0, "°C")]),
    ("年龄多在30岁上下", [("30岁上下", "duration", 30.0, "years")]),
    ("约有30人上下。", [("约有30人上下", "count", 30.0, "人")]),  # figs34: 约有 is an approximator
    ("股指在3000点上下波动", [("3000点上下", "quantity", 3000.0, "points")]),
    # as before: 上下 that starts a word
    ("每天20人上下班", [("20人", "count", 20.0, "人")]),
    ("5家上下游企业", [("5家", "count", 5.0, "家")]),
])
def test_shangxia_after_a_figure(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 4. 本月12日: one date -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("將於本月12日舉行", "本月12日"), ("上月30日", "上月30日"), ("于同月5日离港", "同月5日"),
    ("9月28日", "9月28日"), ("于28日举行", "28日"),  # as before
])
def test_a_day_of_this_month(text: str, span: str) -> None:
    assert _found(text) == [(span, "date", None, "")]


# -- 5. a term of detention or quarantine in 日 ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("处以行政拘留10日，", [("10日", "duration", 10.0, "days")]),
    ("須隔離14日", [("14日", "duration", 14.0, "days")]),
    ("10日被刑事拘留", [("10日", "date", None, "")]),  # as before: the day he was held
])
def test_a_term_of_detention(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 6. 分钱, 級分, a verb of trading, 第三季全台, 前十 -------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("比上年提高1分钱。", [("1分钱", "money", 0.01, "CNY")]),
    ("比赛得了1分。", [("1分", "count", 1.0, "分")]),  # as before: points
    ("國文科頂標為13級分。", [("13級分", "count", 13.0, "級分")]),
    ("实行3级分类管理", [("3级", "quantity", 3.0, "级")]),  # as before
    ("两市超过80只个股涨停", [("超过80只个股", "count", 80.0, "个股")]),
    ("近4,000只个股上涨。", [("近4,000只个股", "count", 4000.0, "个股")]),
    ("第三季全台買賣移轉", [("第三季", "date", None, "")]),
    ("该剧第三季全国巡演", []),  # as before: a show's season
    ("该市GDP位居全国前十，", [("前十", "ordinal", 10.0, "")]),
    ("跻身全球前十强。", [("前十强", "ordinal", 10.0, "")]),
    ("排名前十的城市", [("前十", "ordinal", 10.0, "")]),
    ("位居全国前10。", [("前10", "ordinal", 10.0, "")]),
    ("收入排名前10%的家庭", [("前10%", "percent", 10.0, "percent")]),  # figs25: was nothing
    # as before: the first months or quarters, and no ranking word
    ("今年前十个月", [("前十个月", "duration", 10.0, "months")]),
    ("前十名", []),
    ("全省排名前500名", [("前500名", "ordinal", 500.0, "")]),
])
def test_more_chinese_figures(text: str, expected: Found) -> None:
    assert _found(text) == expected


def test_the_index_canary_has_this_round() -> None:
    from hzreader.index._work import _CANARY

    found = {(f.text, f.kind) for f in extract(_CANARY)}
    assert {("本月12日", "date"), ("前十", "ordinal"), ("约港币50亿元", "money")} <= found
    assert not any(f.text == "2330" for f in extract(_CANARY))
