"""Eleventh round (figs11): testers' leftovers, each rule on sentences of its own."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from hzreader.figures import article_extractor, article_figure_rows, article_figures, extract
from hzreader.figures._traditional import local_currency
from hzreader.index import ArticleStore
from hzreader.lens import build_table
from hzreader.library import MemoryLibrary, StoreLibrary
from hzreader.model import Article
from hzreader.query import FigureTerm, Term, filter_notes, match_spans, parse_query
from hzreader.query._match import Haystack
from hzreader.ui._render import for_article, render_article
from test_query_differential import found_ids, libraries

from conftest import write_articles

# --- 1. a bare 元 in an article that names its local currency elsewhere ---------------------

HSR_TITLE = "高鐵延伸屏東 總經費554億元"
HSR_BODY = ("行政院核定高鐵延伸屏東案，總經費約新台幣554億元，由台北經高雄延伸。\n\n"
            "政府將撥出1.2兆元推動國家建設。")


def _units(summary: str, body: str, title: str) -> list[tuple[str, str]]:
    return [(f.figure.text, f.figure.unit) for f in article_figures(summary, body, title)
            if f.figure.kind == "money"]


def test_a_bare_yuan_in_the_title_takes_the_currency_the_body_names() -> None:
    assert _units("", HSR_BODY, HSR_TITLE) == [
        ("554億元", "TWD"), ("約新台幣554億元", "TWD"), ("1.2兆元", "TWD")]  # figs22: 約 in
    # the title alone says nothing: the yuan, as before
    assert [(f.text, f.unit) for f in extract(HSR_TITLE)] == [("554億元", "CNY")]


def test_a_paragraph_without_a_cue_takes_the_articles_currency() -> None:
    body = "港府宣布新一輪紓困措施，涉及50億港元。\n\n另一項計劃將撥款3億元。"
    assert _units("", body, "紓困措施") == [("50億港元", "HKD"), ("3億元", "HKD")]
    # a place named in the article is a cue as well (as in one paragraph)
    assert _units("", "澳門特區政府公布財政預算。\n\n總開支約1,000億元。", "") == [
        ("約1,000億元", "MOP")]


def test_the_yuan_stays_where_nothing_or_the_yuan_is_named() -> None:
    # simplified Chinese: a bare 元 is the yuan, whatever else the article names
    assert _units("", "总经费约新台币554亿元。\n\n政府将拨出1.2万亿元。", "总经费554亿元") == [
        ("554亿元", "CNY"), ("约新台币554亿元", "TWD"), ("1.2万亿元", "CNY")]  # figs22: 约 in
    # traditional text that names no local currency and no place
    assert _units("", "政府將撥出1.2兆元。", "總經費554億元") == [
        ("554億元", "CNY"), ("1.2兆元", "CNY")]
    # a paragraph that names the yuan keeps its bare 元 the yuan
    body = "台北市預算達新台幣1,000億元。\n\n內地企業投資人民幣3億元，另追加2億元。"
    assert _units("", body, "") == [
        ("新台幣1,000億元", "TWD"), ("人民幣3億元", "CNY"), ("2億元", "CNY")]


@pytest.mark.parametrize(("texts", "code"), [
    (("高鐵延伸屏東", "", "總經費約新台幣554億元"), "TWD"),
    (("", "", "港府撥款50億港元，另撥10億港元；台灣則撥新台幣3億元"), "HKD"),  # most named
    (("", "", "澳門特區政府公布預算"), "MOP"),  # no currency named: the place
    (("", "", "总经费约新台币554亿元"), ""),  # simplified: none
    (("Taipei", "", "NT$55.4bn for the line"), ""),  # English: none
    (("", "", "台灣の新台幣554億元"), ""),  # Japanese: none
])
def test_local_currency_of_an_article(texts: tuple[str, str, str], code: str) -> None:
    assert local_currency(texts) == code


def test_the_reading_pane_the_search_and_the_index_agree(tmp_path: Path) -> None:
    article = Article(id="hsr", title=HSR_TITLE, body=HSR_BODY)
    rows = [row[7] for row in article_figure_rows("", HSR_BODY, HSR_TITLE) if row[5] == "money"]
    assert rows == ["TWD", "TWD", "TWD"]
    # the reading pane
    rendered = render_article(article, {}, None, for_article(extract, article))
    assert [p.figure.unit for p in rendered.figures if p.figure.kind == "money"] == rows
    # the search's figures
    assert [f.unit for f in Haystack(article).figures if f.kind == "money"] == rows
    in_article = article_extractor(article.title, article.summary, article.body)
    assert [f.unit for f in in_article(HSR_TITLE)] == ["TWD"]
    # the figures table, read from the files and from the index
    folder = write_articles(tmp_path / "a", {"hsr.yaml": """
        title: 高鐵延伸屏東 總經費554億元
        date: 2025-03-01
        body: |
          行政院核定高鐵延伸屏東案，總經費約新台幣554億元，由台北經高雄延伸。

          政府將撥出1.2兆元推動國家建設。
        """})
    from hzreader.files import load_paths

    result = load_paths([folder])
    memory = MemoryLibrary(result.articles, result.problems)
    store = ArticleStore.open(tmp_path / "index.sqlite3")
    store.sync([folder], workers=0)
    indexed = StoreLibrary(store)
    parsed = parse_query("kind:money")
    for library, items in ((memory, memory.search(parsed).items),
                           (indexed, indexed.search(parsed, order="date").items)):
        table = build_table(library, items, parsed)
        assert sorted(table.unit(row) for row in range(len(table.columns.unit))) == \
            ["TWD", "TWD", "TWD"]
    store.close()


# --- 5. a figure typed in Chinese numerals is that figure --------------------------------


@pytest.mark.parametrize(("typed", "digits"), [
    ("兩小時", "2小时"), ("两小时", "2 hours"), ("百分之五點二", "5.2%"),
    ("三萬個家庭", "30000个家庭"), ("两亿元", "2亿元"), ("三十公里", "30公里"),
])
def test_a_figure_typed_in_chinese_numerals_is_its_digit_form(typed: str, digits: str) -> None:
    (term,) = parse_query(typed).groups[0]
    (digit_term,) = parse_query(digits).groups[0]
    assert isinstance(term, FigureTerm) and isinstance(digit_term, FigureTerm)
    assert (term.kind, term.value, term.measures) == \
        (digit_term.kind, digit_term.value, digit_term.measures)
    assert term.literal == typed and term.searches_words  # and still the words typed


@pytest.mark.parametrize("typed", ["三", "五月", "万一", "两岸", "一带一路", "十分", "三星"])
def test_numerals_that_are_no_such_figure_stay_words(typed: str) -> None:
    (term,) = parse_query(typed).groups[0]
    assert isinstance(term, Term) and term.text == typed


def ids(entries: list[dict[str, str]], text: str) -> tuple[list[str], list[str]]:
    """The articles `text` finds in memory and in the index."""
    with tempfile.TemporaryDirectory() as root:
        memory, store = libraries(Path(root), list(entries))
        try:
            query = parse_query(text)
            return sorted(found_ids(memory, query)), sorted(found_ids(store, query))
        finally:
            store.store.close()


HOURS = [
    {"title": "Drill", "body": "The drill lasted 2 hours."},
    {"title": "演练", "body": "演练持续了2小时。"},
    {"title": "演練", "body": "演練持續了兩小時。"},
    {"title": "Wait", "body": "The wait was three hours; 5.2% of them left."},
    {"title": "家庭", "body": "全市有3萬個家庭受惠，比例為百分之五點二。"},
    {"title": "家庭", "body": "約30,000個家庭，增長5.2%。"},
]


@pytest.mark.parametrize(("text", "expected"), [
    ("兩小時", ["a0", "a1", "a2"]), ("两小时", ["a0", "a1", "a2"]), ("2 hours", ["a0", "a1", "a2"]),
    ("百分之五點二", ["a3", "a4", "a5"]), ("5.2%", ["a3", "a4", "a5"]),
    ("三萬個家庭", ["a4", "a5"]), ("30000个家庭", ["a4", "a5"]),
])
def test_a_figure_typed_in_numerals_finds_it_in_any_form_in_both(
        text: str, expected: list[str]) -> None:
    assert ids(HOURS, text) == (expected, expected)


def test_a_figure_typed_in_numerals_is_highlighted_in_any_form() -> None:
    text = "演練持續了兩小時，上次2小時。 The last drill took two hours."
    spans = match_spans(text, parse_query("两小时").highlight_terms)
    assert [text[s:e] for s, e in spans] == ["兩小時", "2小時", "two hours"]


# --- 4. a spelled ordinal that ranks a noun phrase within a period -------------------------


def _spans(text: str) -> list[tuple[str, str, float | None]]:
    return [(f.text, f.kind, f.value) for f in extract(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("It was the fourth named storm of the season.", [("fourth named storm", "ordinal", 4.0)]),
    ("It is the fifth hurricane of the year.", [("fifth hurricane", "ordinal", 5.0)]),
    ("She is the third person this week to be charged.", [("third person", "ordinal", 3.0)]),
    ("for third year running", [("third year running", "ordinal", 3.0)]),  # as before
    ("the 4th named storm of the season", [("4th", "ordinal", 4.0)]),  # digits: as before
])
def test_a_spelled_ordinal_ranking_a_noun_within_a_period(
        text: str, expected: list[tuple[str, str, float]]) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    # "the second named storm" with no period is now a ranking (ords: a named storm's
    # season goes without saying; tests/test_figures_ords.py)
    "A second storm formed this season.",  # "a second": another one
    "The bank trimmed its rate, its third cut this year.",  # not "the": the labelled set's call
    "for the second time this year",  # the first time is nothing
    "on the first day of the month",
])
def test_other_spelled_ordinals_stay_unmarked(text: str) -> None:
    assert [f for f in _spans(text) if f[1] == "ordinal"] == []


# --- 2. the whole noun phrase before a number ---------------------------------------------


@pytest.mark.parametrize(("text", "unit"), [
    ("全线共有桥梁隧道132座", "桥梁隧道"),
    ("全線共有橋梁隧道132座", "橋梁隧道"),  # as written
    ("共建设桥梁和隧道132座", "桥梁和隧道"),
    ("全市有中小学校120所", "中小学校"),  # a modifier, as after a classifier ("70个大中城市")
    ("试点城市共35个", "试点城市"),
    ("证人11名", "证人"),  # as before
])
def test_the_counted_noun_before_a_number_is_the_whole_phrase(text: str, unit: str) -> None:
    assert [(f.kind, f.unit) for f in extract(text)] == [("count", unit)]


def test_a_list_of_counts_keeps_a_noun_each() -> None:
    assert [f.unit for f in extract("其中桥梁85座、隧道47座")] == ["桥梁", "隧道"]


# --- 3. counts whose noun a list leaves out (gapping) --------------------------------------


def _counts(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Labour won 22 seats, the Conservatives held 11 and independents six.",
     [("22 seats", "count", 22.0, "seats"), ("11", "count", 11.0, "seats"),
      ("six", "count", 6.0, "seats")]),
    ("Labour won 22 seats, the Conservatives 11 and independents six.",  # no verb
     [("22 seats", "count", 22.0, "seats"), ("11", "count", 11.0, "seats"),
      ("six", "count", 6.0, "seats")]),
    ("He scored 22 points and Smith 11.",
     [("22 points", "count", 22.0, "points"), ("11", "count", 11.0, "points")]),
    ("The Greens won 12 seats; Labour took twenty-one.",
     [("12 seats", "count", 12.0, "seats"), ("twenty-one", "count", 21.0, "seats")]),
])
def test_a_list_that_leaves_the_noun_out_counts_it(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # figs23: "Labour won 22 seats, up from 11." is no gapped item, but "up from" now carries
    # the noun (figs23's `bare_units`): its 11 are seats; tests/test_figures_round23.py
    ("Labour won 22 seats and 11 councils.",  # a noun of its own
     [("22 seats", "count", 22.0, "seats"), ("11 councils", "count", 11.0, "councils")]),
    ("It won 22 seats, and the party one.", [("22 seats", "count", 22.0, "seats")]),
    ("Trains run every 5 minutes on 22 routes, and Line 10.",  # a name with its number
     [("5 minutes", "duration", 5.0, "minutes"), ("22 routes", "count", 22.0, "routes")]),
    ("The Conservatives held 11 and independents six.",  # no count said first
     [("11", "number", 11.0, "")]),
])
def test_items_that_are_no_gapped_count_stay_as_they_were(
        text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert _counts(text) == expected


# --- found on the way: the figures panel read traditional units as "years" ------------------


@pytest.mark.parametrize(("text", "shown"), [
    ("演練持續了兩小時。", "2 hours"), ("兩個小時", "2 hours"), ("三個月", "3 months"),
    ("兩週", "2 weeks"), ("上升0.5個百分點", "0.5 pp"), ("減息25個基點", "25 bp"),
])
def test_the_panel_shows_traditional_units_as_simplified_ones(text: str, shown: str) -> None:
    from hzreader.figures import format_value

    (figure,) = extract(text)
    assert format_value(figure) == shown


@pytest.mark.parametrize(("typed", "digits"), [
    ("duration>两小时", "duration>2h"), ("duration>=兩小時", "duration>=2 hours"),
    ("count>三萬個家庭", "count>30000 家庭"), ("percent>百分之五", "percent>5"),
    ("quantity<三十公里", "quantity<30km"), ("money>两亿元", "money>2e8"),
])
def test_a_filter_in_chinese_numerals_is_its_digit_form(typed: str, digits: str) -> None:
    assert parse_query(typed).groups == parse_query(digits).groups
    assert filter_notes(typed) == ()
