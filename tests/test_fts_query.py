"""Translating parsed queries to FTS5: quoting, CJK bigrams, folding, date filters."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hzreader.figure_terms import FigureTerm
from hzreader.fts_query import (
    DateTerm,
    from_timestamp,
    fts_string,
    group_sql,
    index_text,
    lift_date_terms,
    parse_date_filter,
    plan_query,
    timestamp,
    word_expression,
)
from hzreader.search import parse_query
from hzreader.store import SCHEMA


@pytest.fixture(scope="module")
def db() -> sqlite3.Connection:
    """An empty database with the store's schema, to check that generated SQL runs."""
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    return conn


def run(db: sqlite3.Connection, raw: str) -> None:
    """Run every group of `raw` as SQL (ranked and not); raises on a syntax error."""
    for plan in plan_query(parse_query(raw)):
        for ranked in (False, True):
            db.execute(*group_sql(plan, ranked)).fetchall()


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
def test_odd_input_never_reaches_fts5_as_syntax(db: sqlite3.Connection, raw: str) -> None:
    run(db, raw)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_input_runs_without_error(raw: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    run(conn, raw)


def test_words_become_quoted_prefix_phrases() -> None:
    assert word_expression("Hangzhou") == ('"hangzhou"*', 8)
    assert word_expression("covid-19") == ('"covid-19"*', 2)
    assert word_expression("café", "title") == ('{title} : "cafe"*', 4)
    assert word_expression("x", "tag") == ('{tags} : "x"*', 1)
    assert word_expression("&") is None  # nothing the tokenizer keeps


def test_numbers_keep_their_separators_as_one_token() -> None:
    assert index_text("rose 5.2 percent to 12,000") == "rose 5p2 percent to 12c000"
    assert index_text("end. 5") == "end. 5"
    assert word_expression("5.2") == ('"5p2"*', 3)


def test_cjk_runs_are_indexed_as_bigrams_and_queried_as_phrases() -> None:
    assert index_text("杭州是浙江").split() == ["杭州", "州是", "是浙", "浙江", "江"]
    assert index_text("AI芯片").split() == ["AI", "芯片", "片"]
    # The last run of a query drops its trailing single character: any substring matches.
    assert word_expression("浙江省") == ('"浙江 江省"*', 99)
    assert word_expression("杭") == ('"杭"*', 99)
    assert word_expression("省会ab") == ('"省会 会 ab"*', 2)


def test_index_text_folds_like_search_fold() -> None:
    assert index_text("Café Straße ＡＩ") == "Cafe Strasse ai"  # the tokenizer lowercases ASCII
    assert index_text("ガス") == index_text("カス")  # fold drops the voicing mark too


def test_groups_negations_and_fields_are_translated() -> None:
    plans = plan_query(parse_query("talent -policy OR title:metro"))
    assert [p.match for p in plans] == ['("talent"*) NOT ("policy"*)', '{title} : "metro"*']
    only_negative = plan_query(parse_query("-policy"))[0]
    assert only_negative.match is None
    assert only_negative.conditions == ["rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)"]


def test_short_prefixes_are_not_ranked() -> None:
    assert not plan_query(parse_query("hangzhou t"))[0].ranked
    assert plan_query(parse_query("hangzhou tal"))[0].ranked
    assert not plan_query(parse_query("money>1e9"))[0].ranked


def test_figure_terms_query_the_figures_table() -> None:
    plan = plan_query(parse_query("money>1e9"))[0]
    assert plan.match is None
    assert "FROM figures WHERE kind = ? AND value > ?" in plan.conditions[0]
    assert plan.params == ["money", 1e9]
    typed = plan_query(parse_query("12,000"))[0]
    assert "UNION SELECT rowid FROM fts WHERE fts MATCH ?" in typed.conditions[0]
    assert typed.params[-1] == '"12c000"*'


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


def test_date_filters_are_lifted_out_of_parsed_queries() -> None:
    query = lift_date_terms(parse_query("talent date:2025-06 -date:2024..2024-12"))
    terms = query.groups[0]
    assert [type(t).__name__ for t in terms] == ["Term", "DateTerm", "DateTerm"]
    assert terms[1] == DateTerm(ts(2025, 6, 1), ts(2025, 7, 1), False, "date:2025-06")
    assert terms[2].negated  # type: ignore[union-attr]
    # `date:2025` parses as a figure of kind "date"; as a filter it means the publication year.
    assert isinstance(parse_query("date:2025").groups[0][0], FigureTerm)
    lifted = lift_date_terms(parse_query("date:2025")).groups[0][0]
    assert lifted == DateTerm(ts(2025, 1, 1), ts(2026, 1, 1), False, "date:2025")


def test_date_term_accepts_and_timestamps_round_trip() -> None:
    term = DateTerm(ts(2025, 1, 1), ts(2026, 1, 1))
    assert term.accepts(dt.datetime(2025, 12, 31, 23, 59))
    assert not term.accepts(dt.datetime(2026, 1, 1))
    assert not term.accepts(None)
    moment = dt.datetime(2025, 6, 30, 12, 34, 56, 789012)
    assert from_timestamp(timestamp(moment)) == moment
    assert from_timestamp(timestamp(dt.datetime(1901, 2, 3))) == dt.datetime(1901, 2, 3)
