"""Translating parsed queries to FTS5: quoting, CJK bigrams, folding, date filters."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hzreader.index._db import FIGURE_BITS
from hzreader.index._fts_query import (
    EVERY_TOKEN,
    fts_string,
    index_text,
    plan_query,
    word_expression,
)
from hzreader.index._store import ArticleStore
from hzreader.query import Term, encode_symbol, parse_query
from hzreader.query._dates import DateTerm, parse_date_filter
from hzreader.query._time import from_timestamp, timestamp
from hzreader.text import fold

ONE_ARTICLE = "title: Not AND or NEAR c++ AT&T covid-19\ndate: 2025-01-02\nbody: 3 billion yuan\n"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ArticleStore:
    """A store holding one article, to run the SQL that queries become."""
    folder = tmp_path_factory.mktemp("articles")
    (folder / "one.yaml").write_text(ONE_ARTICLE, encoding="utf-8")
    opened = ArticleStore.open(folder.parent / "index.sqlite3")
    opened.sync([folder])
    return opened


def run(store: ArticleStore, raw: str) -> None:
    """Search `raw` in both orders; raises if any generated SQL or FTS5 syntax is invalid."""
    for order in ("relevance", "date"):
        store.search(parse_query(raw), order=order)


def ts(*args: int) -> float:
    return timestamp(dt.datetime(*args))


def test_fts_strings_are_quoted_with_inner_quotes_doubled() -> None:
    assert fts_string("plain") == '"plain"'
    assert fts_string('say "hi"') == '"say ""hi"""'


@pytest.mark.parametrize("raw", [
    "covid-19", "AT&T", "c++", "NOT", "AND", "OR", "NEAR", "NEAR(a b)", "a NOT b", '"unbalanced',
    'un"balanced', '"', '""', "(", ")", "*", "^start", "title:", "title:(x", "{title}:x", "-",
    "--", "-NOT", "a OR", "OR b", "OR", "x:y:z", "money>", "kind:", "date:", "date:..",
    "date:2025-13", "100%", "$", "€5", "'quote'", "back\\slash", "tab\there", "\x00nul",
    "col:umn", "body:\"two words\"", "-title:\"x y\"", "杭州是", "ガス", "서울", "café*",
])
def test_odd_input_never_reaches_fts5_as_syntax(store: ArticleStore, raw: str) -> None:
    run(store, raw)


def test_operators_are_searched_for_as_words(store: ArticleStore) -> None:
    for raw in ("NOT", "AND", "or", "NEAR", "c++", "AT&T", "covid-19", "3 billion"):
        assert len(store.search(parse_query(raw))) == 1, raw


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_input_runs_without_error(store: ArticleStore, raw: str) -> None:
    run(store, raw)


P = encode_symbol  # a symbol as the index writes it


def test_words_become_quoted_prefix_phrases() -> None:
    assert word_expression("Hangzhou") == ('"hangzhou"*', 8)
    assert word_expression("covid-19") == (f'"covid {P("-")} 19"*', 99)  # a phrase
    assert word_expression("café", "title") == ('{title} : "cafe"*', 4)
    assert word_expression("x", "tag") == ('{tags} : "x"*', 1)
    assert word_expression("&") is None  # no letter or digit: nothing to look for
    assert word_expression("c++") == (f'"c {P("++")}"*', 99)  # symbols are never broad


def test_numbers_keep_their_separators_as_one_token() -> None:
    assert index_text("rose 5.2 percent to 12,000") == "rose 5p2 percent to 12c000"
    assert index_text("end. 5") == "end. 5"
    assert word_expression("5.2") == ('"5p2"*', 3)


def test_symbols_written_against_words_are_tokens_of_their_own() -> None:
    assert index_text("AT&T, C++ (C#) U.S. .NET").split() == [
        "AT", P("&"), "T,", "C", P("++"), "(C", P("#"), "U", P("."), "S.", P("."), "NET"]
    # Sentence punctuation gives no token; nor does a symbol standing alone.
    assert index_text("said: 'no', & then…") == "said: 'no', & then..."


def test_cjk_runs_are_indexed_as_bigrams_and_queried_as_phrases() -> None:
    assert index_text("杭州是浙江").split() == ["杭州", "州是", "是浙", "浙江", "江"]
    assert index_text("AI芯片").split() == ["AI", "芯片", "片"]
    # The last run of a query drops its trailing single character: any substring matches.
    assert word_expression("浙江省") == ('"浙江 江省"*', 99)
    assert word_expression("杭") == ('"杭"*', 99)
    assert word_expression("省会ab") == ('"省会 会 ab"*', 99)
    assert word_expression("增长5.6%") == (f'"增长 长 5p6 {P("%")}"*', 99)


def test_index_text_folds_like_search_fold() -> None:
    assert index_text("Straße ＡＩ") == "Strasse ai"  # the tokenizer lowercases ASCII
    assert index_text("ガス") == index_text("カス")  # fold drops the voicing mark too


def test_groups_negations_and_fields_are_translated() -> None:
    (plan,) = plan_query(parse_query("title:lily"))  # a filter before each form of it
    hyphenated = " OR ".join(f'{{title}} : "{a} \ue00d {b}"' for a, b in (
        ("l", "ilied"), ("l", "ilies"), ("l", "ily"), ("l", "ilying"), ("li", "ly"),
        ("li", "lying")))  # "li-ly" and its forms (search15), as phrases
    assert plan.match == ('({title} : "lily"* OR ' + hyphenated +
                          ' OR {title} : "lilied" OR {title} : "lilies")')
    # a word with other forms but no other spelling (`_hyphens._DIFFERENT`: "multi-ply")
    plans = plan_query(parse_query("resign -multiply OR title:metro"))
    assert [p.match for p in plans][0] == (
        '("resign"*) NOT (("multiply"* OR "multiplied" OR "multiplies"))')
    assert plans[1].match.startswith('({title} : "metro"* OR {title} : "m \ue00d etro"')
    only_negative = plan_query(parse_query("-multiply"))[0]
    assert only_negative.match == ('every : "\u01c6" NOT (("multiply"* OR "multiplied" OR '
                                   '"multiplies"))')
    assert only_negative.filters == []
    assert not only_negative.ranked


def test_no_typed_query_reaches_the_every_column() -> None:
    # The token in every article folds to "dz": typing it cannot match everything.
    assert fold(EVERY_TOKEN) == "dz"
    for typed in (EVERY_TOKEN, "every:" + EVERY_TOKEN, '"' + EVERY_TOKEN + '"'):
        match = plan_query(parse_query(typed))[0].match
        assert match is not None and EVERY_TOKEN not in match


def test_short_prefixes_are_not_ranked() -> None:
    assert not plan_query(parse_query("hangzhou t"))[0].ranked
    assert plan_query(parse_query("hangzhou tal"))[0].ranked
    assert not plan_query(parse_query("money>1e9"))[0].ranked


def test_figure_terms_query_the_figures_table() -> None:
    plan = plan_query(parse_query("research money>1e9"))[0]  # no other forms or spelling
    assert plan.match == '"research"*'
    (money,) = plan.filters
    # An article's figures are the ids from its rowid shifted left by FIGURE_BITS bits.
    # A range meets it by its high end (range13): a second branch, on the ranges' index.
    assert money.rowids == (f"SELECT id >> {FIGURE_BITS} FROM figures WHERE "
                            "((kind = ? AND value > ?) OR (kind = ? AND high > ?))")
    assert f"id BETWEEN fts.rowid << {FIGURE_BITS} AND" in money.probe_on("fts")
    assert money.params == (0, 1e9, 0, 1e9)  # kinds are stored as their place in FIGURE_KINDS
    (typed,) = plan_query(parse_query("12,000"))[0].filters
    assert "UNION ALL SELECT rowid FROM fts WHERE fts MATCH ?" in typed.rowids
    assert typed.params[-1] == '"12c000"'  # the number whole: not 12,000,000
    (short,) = plan_query(parse_query("12"))[0].filters  # whole: the token, not 120 or 12,000
    assert "UNION ALL SELECT rowid FROM fts WHERE fts MATCH ?" in short.rowids
    assert short.params[-1] == '"12"'
    (word,) = plan_query(parse_query("12 percent"))[0].filters  # a percent: its words a prefix
    assert word.params[-1] == '"12 percent"*'
    # A duration is its figures only (figs9): no words, which may stand inside a longer
    # figure ("12 years and 6 months").
    (measured,) = plan_query(parse_query("12 years"))[0].filters
    assert "fts" not in measured.rowids and "MATCH" not in measured.probe_on("fts")
    assert all(not isinstance(param, str) or '"' not in param for param in measured.params)


@pytest.mark.parametrize(("token", "expected"), [
    ("date:2025", (ts(2025, 1, 1), ts(2026, 1, 1))),
    ("date:2025-06", (ts(2025, 6, 1), ts(2025, 7, 1))),
    ("date:2024-02", (ts(2024, 2, 1), ts(2024, 3, 1))),
    ("date:2025-06-30", (ts(2025, 6, 30), ts(2025, 7, 1))),
    ("date:2024-01..2025-06", (ts(2024, 1, 1), ts(2025, 7, 1))),
    ("date:2024..", (ts(2024, 1, 1), None)),
    ("date:..2024", (None, ts(2025, 1, 1))),
    ("DATE:2024", (ts(2024, 1, 1), ts(2025, 1, 1))),
    ("date>2024", (ts(2025, 1, 1), None)),
    ("date>=2024-06", (ts(2024, 6, 1), None)),
    ("date<2024", (None, ts(2024, 1, 1))),
    ("date<=2024", (None, ts(2025, 1, 1))),
    ("date:2025-13", None), ("date:2025-02-30", None), ("date:..", None), ("date:x", None),
    ("date:", None), ("title:2025", None), ("2025", None),
])
def test_parse_date_filter(token: str, expected: object) -> None:
    assert parse_date_filter(token) == expected


def test_date_filters_are_parsed_once_and_malformed_ones_are_words() -> None:
    query = parse_query("talent date:2025-06 -date:2024..2024-12")
    terms = query.groups[0]
    assert [type(t).__name__ for t in terms] == ["Term", "DateTerm", "DateTerm"]
    first = terms[1]
    assert isinstance(first, DateTerm)
    assert (first.start, first.end, first.negated, first.text) == (
        ts(2025, 6, 1), ts(2025, 7, 1), False, "date:2025-06")
    # A time is compared with the local days' bounds: the same days in this zone.
    assert first.local_start == dt.datetime(2025, 6, 1).timestamp()
    assert terms[2].negated  # type: ignore[union-attr]
    # `date:2025` is the publication year (figures of kind date: `kind:date`).
    year = parse_query("date:2025").groups[0][0]
    assert isinstance(year, DateTerm)
    assert (year.start, year.end, year.negated, year.text) == (
        ts(2025, 1, 1), ts(2026, 1, 1), False, "date:2025")
    for odd in ("date>2015.0", "dates:2015", "date:2025-13", "dates>2015", "date=x"):
        (term,) = parse_query(odd).groups[0]
        assert isinstance(term, Term) and term.text == odd, odd
    assert plan_query(parse_query("date>2015.0"))[0].filters == []  # words, not a date


def test_date_term_accepts_and_timestamps_round_trip() -> None:
    term = DateTerm(ts(2025, 1, 1), ts(2026, 1, 1))
    assert term.accepts(dt.datetime(2025, 12, 31, 23, 59))
    assert not term.accepts(dt.datetime(2026, 1, 1))
    assert not term.accepts(None)
    moment = dt.datetime(2025, 6, 30, 12, 34, 56, 789012)
    assert from_timestamp(timestamp(moment)) == moment
    assert from_timestamp(timestamp(dt.datetime(1901, 2, 3))) == dt.datetime(1901, 2, 3)


def test_only_short_non_ascii_runs_are_cached() -> None:
    """Long runs (a paragraph of Chinese) rarely repeat; caching them would only fill memory."""
    from hzreader.index import _fts_query as fts_query
    fts_query._fold_short_run.cache_clear()
    long_run = "杭州是浙江省的省会" * 10
    assert fts_query.index_text(f"Straße {long_run} ＡＩ5") == fts_query.index_text(
        f"Straße {long_run} ＡＩ5")
    cached = fts_query._fold_short_run.cache_info().currsize
    assert cached == 2  # "ß" and "ＡＩ", not the long run
    assert "杭州 州是" in fts_query.index_text(long_run)
