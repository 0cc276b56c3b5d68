"""Chinese key figures from tryout12 (figs20): a span of Taiwan's years, a counted noun that
stops before its verb, container classifiers (瓶, 袋, 杯 …), 第三次 in words, a product's
model, an event's year, Taiwan's dateline "今（30）日", 半个百分点, and the decision that
warning signals and alert levels are names. One test each, with the neighbours that stay as
they were; traditional text is read as simplified."""

from __future__ import annotations

import pytest

from hzreader.figures import extract
from hzreader.model import Article
from hzreader.query import MemoryIndex

Found = list[tuple[str, str, float | None, str]]


def _found(text: str) -> Found:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


# -- 1. the second year of a span after 民國 is a year of the Republic too -----------------

@pytest.mark.parametrize(("text", "expected"), [
    # figs25: one span of years after 民國, as "民國108至112年" (were two years each)
    ("林某於民國108年至112年間，透過虛設的海外子公司掏空公司資產",
     [("民國108年至112年", "year", 2019.0, "")]),
    ("民國108年至112年", [("民國108年至112年", "year", 2019.0, "")]),
    ("民國108年到112年6月", [("民國108年", "year", 2019.0, ""), ("112年6月", "date", 2023.0, "")]),
    ("於108年至112年間", [("108年", "year", 2019.0, ""), ("112年", "year", 2023.0, "")]),
    # one span written with one 年: one year valued at its first, as "2019至2023年"
    ("民國108至112年", [("民國108至112年", "year", 2019.0, "")]),
    # as before: the calendar's own years, a length after the span's first year
    ("2015年至2023年間", [("2015年", "year", 2015.0, ""), ("2023年", "year", 2023.0, "")]),
    ("民國108年至12年", [("民國108年", "year", 2019.0, ""), ("12年", "duration", 12.0, "years")]),
    ("他在民國108年至少工作了112年",
     [("民國108年", "year", 2019.0, ""), ("112年", "duration", 112.0, "years")]),
    ("108年至112年間", [("108年", "duration", 108.0, "years"),
                      ("112年間", "duration", 112.0, "years")]),  # no era, no 於: unknown
])
def test_a_span_of_taiwans_years(text: str, expected: Found) -> None:
    assert _found(text) == expected


def test_a_span_of_taiwans_years_is_found_by_a_year_range() -> None:
    court = Article(id="tw", title="前董事長掏空公司",
                    body="林某於民國108年至112年間，透過虛設的海外子公司掏空公司資產。")
    other = Article(id="old", title="舊案", body="林某於民國98年掏空公司資產。")
    index = MemoryIndex([court, other])
    assert [a.id for a in index.search("year:2020..2024")] == ["tw"]
    assert [a.id for a in index.search("duration>100 years")] == []


# -- 2. a counted noun stops before the verb after it ----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("来自38个国家和地区的3.6万名跑者参赛，其中", [
        ("38个国家和地区", "count", 38.0, "国家和地区"),
        ("3.6万名跑者", "count", 36000.0, "跑者")]),
    ("3.6万名跑者参赛 男子组打破赛会纪录", [("3.6万名跑者", "count", 36000.0, "跑者")]),
    ("共有120名嘉宾出席", [("120名嘉宾", "count", 120.0, "嘉宾")]),
    ("约8,600名小股東受害", [("约8,600名小股東", "count", 8600.0, "小股東")]),
    ("5名游客受困", [("5名游客", "count", 5.0, "游客")]),
    # a noun made from the verb goes on, and so does a verb before a lexicon noun
    ("3.6万名参赛者", [("3.6万名参赛者", "count", 36000.0, "参赛者")]),
    ("3.6万名参赛选手", [("3.6万名参赛选手", "count", 36000.0, "参赛选手")]),
    ("5000名参展企业", [("5000名参展企业", "count", 5000.0, "参展企业")]),
    ("12名受灾户", [("12名受灾户", "count", 12.0, "受灾户")]),
    # a run of four characters ending in a lexicon noun is the noun, whatever follows
    ("支持约2.1万个老旧小区改造", [("约2.1万个老旧小区", "count", 21000.0, "老旧小区")]),
    ("15条地铁线路建设", [("15条地铁线路", "count", 15.0, "地铁线路")]),
    # as before
    ("5条新线开通", [("5条新线", "count", 5.0, "新线")]),
    ("3个重大项目落地", [("3个重大项目", "count", 3.0, "重大项目")]),
    ("2个街道办事处", [("2个", "count", 2.0, "个")]),  # no lexicon noun at the run's end
    ("12个篮板和8次助攻", [("12个篮板", "count", 12.0, "篮板"), ("8次助攻", "count", 8.0, "助攻")]),
])
def test_a_counted_noun_stops_before_its_verb(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 3. containers are classifiers: 瓶, 罐, 袋, 盒, 杯, 碗, 粒, 串, 捆 -------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("准备了约15万瓶饮用水和3吨香蕉",
     [("约15万瓶饮用水", "count", 150000.0, "饮用水"), ("3吨", "quantity", 3.0, "t")]),
    ("发放5000袋大米", [("5000袋大米", "count", 5000.0, "大米")]),
    ("每天3至5杯咖啡", [("3至5杯咖啡", "count", 3.0, "咖啡")]),
    ("销量突破1亿罐", [("1亿罐", "count", 1e8, "罐")]),
    # no number, or a lone 一: nothing, as for any classifier
    ("世界杯开幕，口袋里有一瓶水", []),
])
def test_containers_are_classifiers(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 4. 第N次 in words is an ordinal, as 第10次 is ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("这是央行年内第三次降准。", [("第三次", "ordinal", 3.0, "")]),
    ("中国人民银行宣布降准，为年内第三次。", [("第三次", "ordinal", 3.0, "")]),
    ("这是杭州马拉松第十次举办", [("第十次", "ordinal", 10.0, "")]),
    ("这是杭州马拉松第10次举办", [("第10次", "ordinal", 10.0, "")]),  # as before
])
def test_the_nth_time_in_words_is_an_ordinal(text: str, expected: Found) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "他第一次参加比赛",  # the first time: the order of events, as 第一批
    "第二次世界大战结束",
    "第三次会议在京召开",
    "第十四届全国人民代表大会第三次会议开幕",
    "第五次全国人口普查",
    "推动第三次分配",
    "第三批企业，第十五届运动会",  # as before: a batch and an edition in words
])
def test_names_and_the_first_time_stay_no_ordinal(text: str) -> None:
    assert [f for f in extract(text) if f.kind == "ordinal"] == []


# -- 5. a brand and a kind of product name the number glued after them ---------------------

@pytest.mark.parametrize("text", [
    "售价1499元的小米手环10和售价3999元的平板",
    "华为智能手表5正式发布",
    "小米手机15",
    "小米15 Ultra",  # as before
    "苹果iPhone 16 Pro",  # as before
])
def test_a_products_model_number_is_no_figure(text: str) -> None:
    assert [f for f in extract(text) if f.kind == "number"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("售价1499元的小米手环10", [("1499元", "money", 1499.0, "CNY")]),
    ("小米手环卖出1000万只", [("1000万只", "count", 1e7, "只")]),
    ("小米汽车今年交付13万辆", [("13万辆", "count", 130000.0, "辆")]),
])
def test_figures_beside_a_product_stay(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 6. a year glued before an event's name is the edition's year ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("2026杭州马拉松鸣枪 3.6万名跑者参赛",
     [("2026", "year", 2026.0, ""), ("3.6万名跑者", "count", 36000.0, "跑者")]),
    ("上午7时30分，2026杭州马拉松在黄龙体育中心鸣枪开跑",
     [("上午7时30分", "time", 7.5, ""), ("2026", "year", 2026.0, "")]),
    ("2025世界人工智能大会在上海开幕", [("2025", "year", 2025.0, "")]),
    ("2026米兰冬奥会", [("2026", "year", 2026.0, "")]),  # 米兰 is Milan, no metres
    ("2026赛季中超联赛", [("2026", "year", 2026.0, "")]),
    ("2026款理想L9", [("2026款", "year", 2026.0, "")]),  # a model year
    # as before: a unit, 年, or no event after the number
    ("2026年杭州马拉松", [("2026年", "year", 2026.0, "")]),
    ("海拔2026米的山", [("2026米", "quantity", 2026.0, "m")]),
    ("共有2026名选手参赛", [("2026名选手", "count", 2026.0, "选手")]),
    ("2026杭州的天气", [("2026", "number", 2026.0, "")]),
    ("推出3款新车", [("3款新车", "count", 3.0, "新车")]),
])
def test_an_events_year(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 7. Taiwan's dateline: 今（30）日 is a date ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("臺北地方法院今（30）日宣判", [("今（30）日", "date", None, "")]),
    ("警方昨(29)日表示", [("昨(29)日", "date", None, "")]),
    ("鸿海(2317)昨(29)日公布", [("昨(29)日", "date", None, "")]),  # figs22: 2317 is a stock code
    ("本（11）月將公布", [("本（11）月", "date", None, "")]),
    # as before: no dateline word, no day of a month, or a span of years
    ("今（32）日", [("32", "number", 32.0, "")]),
    ("共（30）人", [("30", "number", 30.0, "")]),
    ("林某（1931—2024）", [("1931—2024", "year", 1931.0, "")]),
    ("(29) days", [("29", "number", 29.0, "")]),
])
def test_taiwans_dateline(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 8. half a percentage point ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("两人相差不到半个百分点", [("两人", "count", 2.0, "人"),
                                 ("不到半个百分点", "percent", 0.5, "points")]),
    ("兩人相差不到半個百分點", [("兩人", "count", 2.0, "人"),
                                 ("不到半個百分點", "percent", 0.5, "points")]),
    ("下调半个百分点以上", [("半个百分点以上", "percent", 0.5, "points")]),
    ("下调半个基点", [("半个基点", "percent", 0.005, "points")]),
    # as before
    ("半个月", [("半个月", "duration", 0.5, "months")]),
    ("半年", [("半年", "duration", 0.5, "years")]),
    ("一半以上", [("一半以上", "number", 0.5, "")]),
])
def test_half_a_percentage_point(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 9. warning signals and alert levels are names, as "level 4" (a storm's "Category 4" is
# -- its rating on a wind scale, a quantity: figs19) -------------------------------------------

@pytest.mark.parametrize("text", [
    "天文台發出十號颶風信號",
    "懸掛十號風球",
    "天文台發出八號烈風或暴風信號",
    "三號強風信號現正生效",
    "發出10號颶風信號",
    "气象台发布暴雨红色预警",
    "启动二级应急响应",
    "启动防汛四级应急响应",
    "发布一级预警",
    "the level 4 warning stays in force",
])
def test_warning_signals_and_alert_levels_are_no_figures(text: str) -> None:
    assert extract(text) == []


def test_a_storms_category_is_a_quantity_but_its_warning_level_is_not() -> None:
    found = [(f.text, f.kind) for f in extract("a Category 4 storm and the level 4 warning")]
    assert found == [("Category 4", "quantity")]


@pytest.mark.parametrize(("text", "expected"), [
    ("风力达12级", [("12级", "quantity", 12.0, "Beaufort")]),  # a measure: the Beaufort scale
    ("a Force 10 gale", [("Force 10", "quantity", 10.0, "Beaufort")]),
    ("5.8级地震", [("5.8级", "quantity", 5.8, "magnitude")]),
    ("為今年第2次懸掛十號風球", [("第2次", "ordinal", 2.0, "")]),
    ("今年第21号台风", [("第21号", "ordinal", 21.0, "")]),
])
def test_measures_beside_signals_stay(text: str, expected: Found) -> None:
    assert _found(text) == expected


def test_the_index_canary_has_this_round() -> None:
    """Indexes built before this round redo their figures: the canary meets its rules."""
    from hzreader.index._work import _CANARY

    found = {(f.text, f.kind) for f in extract(_CANARY)}
    # figs25: "民國108年至112年" is one span (was "112年", a year of its own)
    assert {("民國108年至112年", "year"), ("3.6万名跑者", "count"), ("约15万瓶饮用水", "count"),
            ("第三次", "ordinal"), ("2026", "year"), ("今（30）日", "date"),
            ("半个百分点", "percent")} <= found
    assert not any(f.text in ("10", "二级") for f in extract(_CANARY))
