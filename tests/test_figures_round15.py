"""The tenth tryout's Chinese key-figure findings (notes/tryout10.md, figs15): Taiwan's ROC
years, currencies before an amount, Hong Kong's 本港, 成 with a digit, fiscal years, Taiwan's
quarters, counted nouns, units, ordinals and ranges. One test each, with the neighbours that
stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.figures import article_extractor, extract

Found = list[tuple[str, str, float | None, str]]


def _found(text: str) -> Found:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


def _spans(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in extract(text)]


# -- 1. Taiwan's ROC years (民國 113 = 2024) ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("自113年6月1日起實施。", [("113年6月1日", "date", 2024.0, "")]),
    ("民國113年6月1日起實施。", [("民國113年6月1日", "date", 2024.0, "")]),
    ("中華民國114年度總預算。", [("中華民國114年度", "year", 2025.0, "")]),
    ("民國一百一十三年通過。", [("民國一百一十三年", "year", 2024.0, "")]),
    ("民国38年", [("民国38年", "year", 1949.0, "")]),
    ("114年度預算", [("114年度", "year", 2025.0, "")]),
    ("工程於113年完工。", [("113年", "year", 2024.0, "")]),
    ("113年6月，央行升息。", [("113年6月", "date", 2024.0, "")]),
    ("自99年3月起", [("99年3月", "date", 2010.0, "")]),
])
def test_taiwan_roc_years_are_dates_and_years(text: str, expected: Found) -> None:
    assert _found(text) == expected


def test_a_roc_date_has_its_whole_span() -> None:
    assert _spans("自113年6月1日起實施。") == [(1, 9)]
    assert _spans("民國113年6月1日起") == [(0, 10)]


@pytest.mark.parametrize(("text", "expected"), [
    # a real span of 113 years stays a duration: no era, no month, no 於/自 before it
    ("公司已有113年歷史。", [("113年", "duration", 113.0, "years")]),
    ("創立113年來", [("113年", "duration", 113.0, "years")]),
    ("经营了113年", [("113年", "duration", 113.0, "years")]),
    ("於113年前創立", [("113年", "duration", 113.0, "years")]),
    ("判處有期徒刑8年6月", [("8年6月", "duration", 102.0, "months")]),
    ("他工作了8年，6月离职。", [("8年", "duration", 8.0, "years"), ("6月", "date", None, "")]),
    ("2025年6月1日", [("2025年6月1日", "date", 2025.0, "")]),
    # a two-digit number and a month with no other cue: as before
    ("80年6月，", [("80年", "duration", 80.0, "years"), ("6月", "date", None, "")]),
])
def test_spans_of_years_stay_durations(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 2. A currency before a Chinese amount with no 元; a sign before it --------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("港幣2.5億", [("港幣2.5億", "money", 2.5e8, "HKD")]),
    ("澳門元1.5億", [("澳門元1.5億", "money", 1.5e8, "MOP")]),
    ("日圓500億", [("日圓500億", "money", 5e10, "JPY")]),
    ("美元1.2兆", [("美元1.2兆", "money", 1.2e12, "USD")]),
    ("人民幣3,000元", [("人民幣3,000元", "money", 3000.0, "CNY")]),  # as before
    ("多寶獎金HK$5,000萬。", [("HK$5,000萬", "money", 5e7, "HKD")]),
    ("機票售價HK$1,280起。", [("HK$1,280", "money", 1280.0, "HKD")]),
    ("收入逾US$1.2兆", [("逾US$1.2兆", "money", 1.2e12, "USD")]),
    ("售价$10元", [("$10元", "money", 10.0, "USD")]),  # the word after decides, as before
])
def test_a_currency_before_a_chinese_amount_makes_it_money(text: str, expected: Found) -> None:
    assert _found(text) == expected


def test_a_dollar_sign_after_chinese_text_is_money() -> None:
    assert _found("六合彩每注$10，") == [("$10", "money", 10.0, "USD")]
    assert _spans("每注 $10，") == [(3, 6)]


def test_a_bare_dollar_in_a_hong_kong_story_is_the_hong_kong_dollar() -> None:
    read = article_extractor("六合彩", "", "六合彩每注$10，頭獎約1億港元。")
    assert [(f.text, f.unit) for f in read("六合彩每注$10，頭獎約1億港元。")] == [
        ("$10", "HKD"), ("約1億港元", "HKD")]
    # in simplified text $ stays the US dollar, as 元 stays the yuan
    read = article_extractor("", "", "每注$10，头奖约1亿港元。")
    assert [f.unit for f in read("每注$10，头奖约1亿港元。")] == ["USD", "HKD"]


def test_a_rate_against_a_currency_is_no_amount_of_it() -> None:
    assert _found("美元兑人民币7.12") == [("7.12", "number", 7.12, "")]
    assert _found("人民币兑美元7.1。") == [("7.1", "number", 7.1, "")]


def test_a_number_ending_a_chinese_text_is_read() -> None:
    """It was lost: the end of the text read as a colon (a clock time) or as a word after 成."""
    assert _found("突破3亿") == [("3亿", "number", 3e8, "")]
    assert _found("及格率跌至七成") == [("七成", "percent", 70.0, "percent")]


# -- 3. 本港 names Hong Kong ----------------------------------------------------------------

def test_a_story_saying_bengang_reads_a_bare_yuan_as_hong_kong_dollars() -> None:
    body = "本港新盤套現28億元，平均實用呎價13,850元。"
    read = article_extractor("新盤首輪售出 套現28億元", "", body)
    assert [(f.text, f.unit) for f in read(body)] == [("28億元", "HKD"), ("13,850元", "HKD")]
    assert [(f.text, f.unit) for f in extract("本港新盤套現28億元。")] == [("28億元", "HKD")]
    assert [(f.text, f.unit) for f in extract("新盤套現28億元。")] == [("28億元", "CNY")]
    assert [(f.text, f.unit) for f in extract("本港新盘套现28亿元。")] == [("28亿元", "CNY")]


# -- 4. 成 with a digit after it ------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("上升兩成二，", [("兩成二", "percent", 22.0, "percent")]),
    ("下跌三成半，", [("三成半", "percent", 35.0, "percent")]),
    ("考獲第4級或以上的比率僅約三成半", [("第4", "ordinal", 4.0, ""),
                                  ("約三成半", "percent", 35.0, "percent")]),
    ("七成五的人", [("七成五", "percent", 75.0, "percent")]),
    # as before: tenths alone, 多, and a digit that begins another word or number
    ("增長五成。", [("五成", "percent", 50.0, "percent")]),
    ("一成多", [("一成多", "percent", 10.0, "percent")]),
    ("有两成二手房", [("两成", "percent", 20.0, "percent")]),
    ("三成五成", [("三成", "percent", 30.0, "percent"), ("五成", "percent", 50.0, "percent")]),
    ("一成一年", [("一成", "percent", 10.0, "percent"), ("一年", "duration", 1.0, "years")]),
])
def test_cheng_takes_a_digit_of_hundredths(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 5. Fiscal years across two years --------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("預計2026/27年度赤字", [("2026/27年度", "year", 2026.0, "")]),
    ("2025/26財政年度", [("2025/26財政年度", "year", 2025.0, "")]),
    ("新的2024-25赛季", [("2024-25赛季", "year", 2024.0, "")]),
    ("2026-27年度", [("2026-27年度", "year", 2026.0, "")]),
    ("今年2026/27", [("2026/27", "year", 2026.0, "")]),
    # as before: a span of years, a date in slashes
    ("2019-2021年", [("2019-2021年", "year", 2019.0, "")]),
    ("2025/12/01", [("2025/12/01", "date", 2025.0, "")]),
])
def test_a_fiscal_year_is_one_year(text: str, expected: Found) -> None:
    assert _found(text) == expected


def test_two_years_that_do_not_follow_each_other_are_no_fiscal_year() -> None:
    assert _found("比分2024-25") == [("2024", "number", 2024.0, ""), ("25", "number", 25.0, "")]
    assert [f.kind for f in extract("2026/28年度")] != ["year"]


# -- 6. "1-10月份" and Taiwan's 第3季 are dates -------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("1-10月份，全国房地产开发投资7.6万亿元", [("1-10月份", "date", None, ""),
                                     ("7.6万亿元", "money", 7.6e12, "CNY")]),
    ("1—10月，全国", [("1—10月", "date", None, "")]),
    ("3-5天", [("3-5天", "duration", 3.0, "days")]),
    ("今年第3季GDP成長4.2%。", [("第3季", "date", None, ""), ("4.2%", "percent", 4.2, "percent")]),
    ("去年第四季", [("第四季", "date", None, "")]),
    ("2024年第3季營收", [("2024年第3季", "date", 2024.0, "")]),
    ("節目第3季開播", [("第3", "ordinal", 3.0, "")]),  # a show's season, as before
])
def test_month_ranges_and_taiwan_quarters_are_dates(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 7. Counted nouns -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("逾12萬人次申請 業者盼延長", [("逾12萬人次", "count", 1.2e5, "人次")]),
    ("累計已有12萬3千人次提出申請", [("12萬3千人次", "count", 1.23e5, "人次")]),
    ("1200架次航班", [("1200架次航班", "count", 1200.0, "航班")]),  # a lexicon noun, as before
    ("12个篮板和8次助攻", [("12个篮板", "count", 12.0, "篮板"), ("8次助攻", "count", 8.0, "助攻")]),
    ("10月70城新房价格环比下降0.5%", [("10月", "date", None, ""), ("70城", "count", 70.0, "城"),
                                  ("0.5%", "percent", 0.5, "percent")]),
    ("京津两城", []),  # a pair named, as 沪深两市
    ("教資會資助學額為15,000個。", [("15,000個", "count", 1.5e4, "學額")]),
    ("今年有8名考生考獲7科5**的最佳成績", [("8名考生", "count", 8.0, "考生"),
                                   ("7科", "count", 7.0, "科")]),
    ("实现了“绕、落、回”三步走目标。", []),
    ("新地元朗新盤首輪推售356伙，售出312伙。", [("356伙", "count", 356.0, "伙"),
                                     ("312伙", "count", 312.0, "伙")]),
    ("一手貨尾約2.1萬伙", [("約2.1萬伙", "count", 2.1e4, "伙")]),
    ("日均作業量約2.5萬箱。", [("約2.5萬箱", "count", 2.5e4, "箱")]),
    ("吞吐量達4,800萬標箱", [("4,800萬標箱", "quantity", 4.8e7, "TEU")]),
    ("吞吐量达4800万标准箱", [("4800万标准箱", "quantity", 4.8e7, "TEU")]),
    ("國人出國人次則高達1,180萬，", [("高達1,180萬", "count", 1.18e7, "人次")]),
    ("观影人次超过5000万。", [("超过5000万", "count", 5e7, "人次")]),
    # a scaled number after another noun stays a number, as the labelled set has it
    ("日活跃用户超过1.2亿。", [("超过1.2亿", "number", 1.2e8, "")]),
])
def test_counted_nouns(text: str, expected: Found) -> None:
    assert _found(text) == expected


def test_a_bare_classifier_takes_the_noun_of_the_sentence_s_other_count() -> None:
    text = "10月份，70个大中城市中，新建商品住宅销售价格环比下降的城市有58个，比上月减少4个。"
    assert [(f.text, f.unit) for f in extract(text) if f.kind == "count"] == [
        ("70个大中城市", "大中城市"), ("58个", "城市"), ("4个", "城市")]
    # another sentence, or another classifier: the classifier stays
    assert [f.unit for f in extract("城市有58个。比上月减少4个。")] == ["城市", "个"]
    assert [f.unit for f in extract("城市有58个，减少4家。")] == ["城市", "家"]


# -- 8. Units of Taiwan, Hong Kong, electricity, shipping and farming --------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("今夏尖峰用電達4,100萬瓩，", [("4,100萬瓩", "quantity", 4.1e7, "kW")]),
    ("發電量120億度。", [("120億度", "quantity", 1.2e10, "kWh")]),
    ("全社会用电量9.8万亿度", [("9.8万亿度", "quantity", 9.8e12, "kWh")]),
    ("总运力超过1.1億載重噸", [("超过1.1億載重噸", "quantity", 1.1e8, "DWT")]),
    ("實用面積450方呎的兩房單位", [("450方呎", "quantity", 450.0, "sq ft")]),
    ("租金回報率3.6厘。", [("3.6厘", "percent", 3.6, "percent")]),
    ("按揭息率約4厘", [("約4厘", "percent", 4.0, "percent")]),
    ("亩产5955.6公斤/公顷，", [("5955.6公斤/公顷", "quantity", 5955.6, "kg/ha")]),
    ("平均397.0公斤/亩", [("397.0公斤/亩", "quantity", 397.0, "kg/mu")]),
    # as before: 度 with no word of electricity or temperature, 厘 with no yearly rate
    ("斜坡倾斜30度", [("30度", "quantity", 30.0, "°")]),
    ("最低氣溫約15度", [("約15度", "quantity", 15.0, "°C")]),
    ("月息3厘", [("3", "number", 3.0, "")]),
])
def test_units(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 9. Ordinals of a ranking -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("这部电影排名中国影史第十二位，", [("第十二位", "ordinal", 12.0, "")]),
    ("全省排名前500名", [("前500名", "ordinal", 500.0, "")]),
    ("位列全国前三名的城市", [("前三名", "ordinal", 3.0, "")]),
    # as before: digits, 排名第三, and 第三位 / 前三名 with no ranking before them
    ("排名第12位", [("第12位", "ordinal", 12.0, "")]),
    ("排名第三", [("第三", "ordinal", 3.0, "")]),
    ("第三位宇航员", []),
    ("前三名选手", []),
    ("前10个月", [("前10个月", "duration", 10.0, "months")]),
])
def test_ordinals_of_a_ranking(text: str, expected: Found) -> None:
    assert _found(text) == expected


# -- 10. A range of percentages is one figure ---------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("降幅仍可能在3%至5%之间", [("3%至5%", "percent", 3.0, "percent")]),
    ("增长3%到5%", [("3%到5%", "percent", 3.0, "percent")]),
    ("在3%-5%之间", [("3%-5%", "percent", 3.0, "percent")]),
    ("3至5%", [("3至5%", "percent", 3.0, "percent")]),  # as before
    # different units, or a list: two figures, as before
    ("3%至5个百分点", [("3%", "percent", 3.0, "percent"), ("5个百分点", "percent", 5.0, "points")]),
    ("3%，5%", [("3%", "percent", 3.0, "percent"), ("5%", "percent", 5.0, "percent")]),
])
def test_a_range_of_percentages_is_one_figure(text: str, expected: Found) -> None:
    assert _found(text) == expected


def test_a_percentage_range_has_its_whole_span() -> None:
    assert _spans("降幅仍可能在3%至5%之间") == [(6, 11)]


def test_a_hong_kong_outlet_as_source_reads_a_bare_yuan_as_hong_kong_dollars() -> None:
    from hzreader.figures import article_figures
    from hzreader.figures._traditional import source_currency

    body = "新地元朗新盤周末首輪推售356伙，售出312伙，套現約28億元。"
    assert [f.unit for f in article_extractor("新盤", "", body, "明報")(body)][-1] == "HKD"
    assert [f.unit for f in article_extractor("新盤", "", body)(body)][-1] == "CNY"
    assert [f.figure.unit for f in article_figures("", body, "新盤", "香港經濟日報")][-1] == "HKD"
    # the article's own words come first: a Hong Kong paper's story on Taipei is in TWD
    taipei = "台北市新盤套現約28億元。"
    assert [f.unit for f in article_extractor("", "", taipei, "明報")(taipei)] == ["TWD"]
    assert [source_currency(name) for name in ("聯合報", "澳門日報", "經濟日報", "Reuters", "")] \
        == ["TWD", "MOP", "", "", ""]


def test_the_source_reaches_the_search() -> None:
    from hzreader.model import Article
    from hzreader.query import MemoryIndex

    body = "新地元朗新盤周末首輪推售356伙，售出312伙，套現約28億元。"
    index = MemoryIndex([Article(id="hk", title="新盤", body=body, source="明報")])
    assert [a.id for a in index.search("money>1e9 HKD")] == ["hk"]
    assert [a.id for a in index.search("money>1e9 CNY")] == []


def test_the_reading_pane_the_table_and_the_index_take_the_source(tmp_path: Path) -> None:
    from hzreader.figures import article_figure_rows
    from hzreader.files import load_paths
    from hzreader.index import ArticleStore
    from hzreader.lens import build_table
    from hzreader.library import MemoryLibrary, StoreLibrary
    from hzreader.model import Article
    from hzreader.query import parse_query
    from hzreader.ui._render import for_article, render_article

    from conftest import write_articles

    body = "新地元朗新盤周末首輪推售356伙，售出312伙，套現約28億元。"
    article = Article(id="hk", title="新盤套現28億元", body=body, source="明報")
    rows = [row[7] for row in article_figure_rows("", body, article.title, "明報")
            if row[5] == "money"]
    assert rows == ["HKD", "HKD"]
    rendered = render_article(article, {}, None, for_article(extract, article))
    assert [p.figure.unit for p in rendered.figures if p.figure.kind == "money"] == rows
    folder = write_articles(tmp_path / "a", {"hk.yaml": """
        title: 新盤套現28億元
        source: 明報
        date: 2025-03-01
        body: |
          新地元朗新盤周末首輪推售356伙，售出312伙，套現約28億元。
        """})
    result = load_paths([folder])
    memory = MemoryLibrary(result.articles, result.problems)
    store = ArticleStore.open(tmp_path / "index.sqlite3")
    store.sync([folder], workers=0)
    indexed = StoreLibrary(store)
    parsed = parse_query("kind:money")
    try:
        for library, items in ((memory, memory.search(parsed).items),
                               (indexed, indexed.search(parsed, order="date").items)):
            table = build_table(library, items, parsed)
            assert [table.unit(row) for row in range(len(table.columns.unit))] == ["HKD", "HKD"]
    finally:
        store.close()
