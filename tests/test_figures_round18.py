"""Chinese key figures found by the held-out batch zh6 (figs18): ordinals of a minute or a
medal, a ranking a few words away, quarters in Hong Kong's and Taiwan's words, counted nouns,
international units, a span of years in brackets, a Latin name glued to Chinese, and names
that are no figures (a congress's term, a loan's term, "the hottest day"). One test each,
with the neighbours that stay as they were; traditional text is read as simplified."""

from __future__ import annotations

import pytest

from hzreader.figures import extract

Found = list[tuple[str, str, float | None, str]]


def _found(text: str) -> Found:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


# -- 1. an ordinal in digits takes its unit of time or its classifier ----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("他在第38分钟破门。", [("第38分钟", "ordinal", 38.0, "")]),
    ("比赛第2小时", [("第2小时", "ordinal", 2.0, "")]),
    ("他在第3小节得到12分", [("第3小节", "ordinal", 3.0, ""), ("12分", "count", 12.0, "分")]),
    ("第二小的行星", [("第二小", "ordinal", 2.0, "")]),  # as before: the second smallest
    ("这是第3个月", [("第3个月", "ordinal", 3.0, "")]),
    ("夺得本届第2面金牌", [("第2面", "ordinal", 2.0, "")]),
    ("第3局比赛", [("第3局", "ordinal", 3.0, "")]),
    ("第5集播出", [("第5集", "ordinal", 5.0, "")]),
    ("第3周", [("第3周", "ordinal", 3.0, "")]),
    # as before: 第N and a classifier, a law's article, 第N分 alone
    ("第5枚金牌", [("第5枚", "ordinal", 5.0, "")]),
    ("第1165条", []),
    ("第3分", [("第3", "ordinal", 3.0, "")]),
])
def test_an_ordinal_in_digits_takes_its_unit(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 2. a ranking a few words before a word ordinal -----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("他排名小组第二晋级决赛。", [("第二", "ordinal", 2.0, "")]),
    ("该市位列全国同类城市第三。", [("第三", "ordinal", 3.0, "")]),
    ("排名第一的企业", [("第一", "ordinal", 1.0, "")]),
])
def test_a_ranking_a_few_words_before_a_word_ordinal(text: str, expected: Found) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "排名靠前的第三批企业",  # 的 between: the order of a batch, no ranking
    "他排名上升，第二批入围",  # a comma ends the clause (第二次 is an ordinal since figs20)
    "第三次会议在京召开",
])
def test_no_ranking_across_de_or_a_clause(text: str) -> None:
    assert [f for f in extract(text) if f.kind == "ordinal"] == []


# -- 3. quarters and months: 首三季, 前三季, 第三季營收 ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("港交所公布，首三季共有48間公司上市。",
     [("首三季", "duration", 3.0, "quarters"), ("48間公司", "count", 48.0, "公司")]),
    ("今年首10個月出口增長", [("首10個月", "duration", 10.0, "months")]),
    ("今年前三季营收", [("前三季", "duration", 3.0, "quarters")]),
    ("前三季度", [("前三季度", "duration", 3.0, "quarters")]),
    ("台積電第三季營收達新台幣7,596億元",
     [("第三季", "date", None, ""), ("新台幣7,596億元", "money", 759600000000.0, "TWD")]),
    ("今年第3季", [("第3季", "date", None, "")]),
])
def test_quarters_and_months_in_hong_kong_and_taiwan_words(text: str, expected: Found) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("该剧前三季收视", []),  # a show's seasons
    ("該劇首三季大受歡迎", []),
    ("節目第3季", [("第3", "ordinal", 3.0, "")]),  # as before
    ("自首10个月后", [("10个月", "duration", 10.0, "months")]),  # 自首: gave himself up
    ("位居榜首三季度", [("三季度", "date", None, "")]),
])
def test_seasons_and_words_with_shou_are_no_first_quarters(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 4. counted nouns and units -------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("广东队近5个赛季4次夺冠。",
     [("近5个赛季", "count", 5.0, "赛季"), ("4次", "count", 4.0, "次")]),
    ("规划提出的20个主要指标中，", [("20个主要指标", "count", 20.0, "主要指标")]),
    ("國民黨在22個縣市長中拿下14席。",
     [("22個縣市長", "count", 22.0, "縣市長"), ("14席", "count", 14.0, "席")]),
    ("每日服用不超過4000國際單位。", [("不超過4000國際單位", "quantity", 4000.0, "IU")]),
    ("维生素D 800国际单位", [("800国际单位", "quantity", 800.0, "IU")]),
])
def test_counted_nouns_and_international_units(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 5. a span of years in brackets ---------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("王先生（1931—2024）是水稻专家。", [("1931—2024", "year", 1931.0, "")]),
    ("王先生（1931-2024）是", [("1931-2024", "year", 1931.0, "")]),
    ("（2026—2030年）", [("2026—2030年", "year", 2026.0, "")]),  # as before
    # not a span of years: the second is earlier, or too far, or no bracket closes it
    ("（2024—1931）", [("2024", "number", 2024.0, ""), ("1931", "number", 1931.0, "")]),
    ("（1700—2024）", [("1700", "number", 1700.0, ""), ("2024", "number", 2024.0, "")]),
])
def test_a_span_of_years_in_brackets_is_one_year(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 6. a Latin name glued to Chinese names the number after it -----------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("苹果iPhone 16 Pro起售价7999元", [("7999元", "money", 7999.0, "CNY")]),
    ("搭载Snapdragon 8 Elite", []),
    ("iPhone 16 Pro起售价", []),  # as before
    ("售价USD 500", [("USD 500", "money", 500.0, "USD")]),  # a currency, not a name
    ("在Q3 2024", [("2024", "year", 2024.0, "")]),
])
def test_a_latin_name_glued_to_chinese(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 7. names, no figures: a congress's term and session, a loan's term, "a day" ------------

@pytest.mark.parametrize("text", [
    "二十届三中全会审议通过了《决定》。",
    "十四届全国人大二次会议开幕。",
    "全国政协十四届二次会议",
    "十四届全国人大常委会第十次会议",
    "党的二十届中央委员会",
    "5年以上贷款利率下调0.25个百分点",
    "1年以下定期存款",
    "本港昨日是今年最熱的一天。",
    "难忘的一天",
    "这是有记录以来最热的一年。",
])
def test_names_and_set_phrases_are_no_figures(text: str) -> None:
    kinds = {"count", "duration"}
    assert [f.text for f in extract(text) if f.kind in kinds] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("连续三届全国人大代表", [("三届全国人大代表", "count", 3.0, "全国人大代表")]),
    ("政协召开3次会议", [("3次会议", "count", 3.0, "会议")]),
    ("工作5年以上的员工", [("5年以上", "duration", 5.0, "years")]),
    ("过去的一天", [("一天", "duration", 1.0, "days")]),
    ("过去的一年", [("一年", "duration", 1.0, "years")]),
    ("用了一天", [("一天", "duration", 1.0, "days")]),
    ("不平凡的一年", [("一年", "duration", 1.0, "years")]),  # no 最: as before
])
def test_counts_and_lengths_of_time_near_those_names_stay(text: str, expected: Found) -> None:
    assert _found(text) == expected


def test_the_index_canary_has_this_round() -> None:
    """Indexes built before this round redo their figures: the canary meets its rules."""
    from hzreader.index._work import _CANARY

    found = {(f.text, f.kind) for f in extract(_CANARY)}
    assert {("第38分钟", "ordinal"), ("首三季", "duration"), ("近5个赛季", "count"),
            ("4000國際單位", "quantity"), ("1931—2024", "year")} <= found
    assert not any("届" in f.text for f in extract(_CANARY))
