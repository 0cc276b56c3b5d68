"""query16 (tryout of demanding queries): syntax typed in full width, with smart quotes or
`≥`/`≤` is the ASCII syntax (`money＞1e9`, `title：杭州`, `“tech hub”`); a short word with
punctuation typed around it is whole as it is without (`us, tariffs` is not "users")."""

from __future__ import annotations

import pytest

from hzreader.query import FigureTerm, Term, filter_notes, match_spans, parse_query
from test_figures_round11 import ids

ARTICLES = [
    {"title": "Tariffs", "body": "The US raised tariffs on the UK economy by $2bn."},
    {"title": "Users", "body": "Users use usual tariffs in the Ukraine economy."},
    {"title": "Tech hub", "body": "杭州 wants to be a tech hub; technology firms agree."},
    {"title": "杭州AI企业", "body": "杭州AI企业融资超过50亿元。"},
]


@pytest.mark.parametrize(("typed", "ascii_"), [
    ("money＞1e9", "money>1e9"), ("money≥1e9", "money>=1e9"), ("year≤2015", "year<=2015"),
    ("percent：5..8", "percent:5..8"), ("title：杭州", "title:杭州"), ("－杭州", "-杭州"),
    ("“tech hub”", '"tech hub"'), ("„tech hub“", '"tech hub"'), ("＂us＂", '"us"'),
    ("“tech hub", '"tech hub'), ("money＝5e9 OR title：tech", "money=5e9 OR title:tech"),
    # wholly in full width, as an input method's full-width mode types it (review16)
    ("ｍｏｎｅｙ＞１ｅ９", "money>1e9"), ("ｔｉｔｌｅ：杭州", "title:杭州"),
    ("－ｔｉｔｌｅ：ｔｅｃｈ", "-title:tech"),
    ("money＞１ｅ９", "money>1e9"), ("杭州　ｔｅｃｈ", "杭州 tech"),
])
def test_full_width_and_typographic_syntax_is_the_ascii(typed: str, ascii_: str) -> None:
    assert parse_query(typed).groups == parse_query(ascii_).groups
    assert parse_query(typed).raw == typed  # the bar keeps what was typed
    assert ids(ARTICLES, typed) == ids(ARTICLES, ascii_)


def test_the_syntax_is_read_as_typed_in_both() -> None:
    assert ids(ARTICLES, "money＞1e9") == (["a0", "a3"], ["a0", "a3"])
    assert ids(ARTICLES, "title：杭州") == (["a3"], ["a3"])
    assert ids(ARTICLES, "“tech hub”") == (["a2"], ["a2"])  # the phrase, not "technology"
    assert ids(ARTICLES, "－杭州") == (["a0", "a1"], ["a0", "a1"])
    (term,) = parse_query("“tech hub”").groups[0]
    assert isinstance(term, Term) and term.phrase and term.whole
    (figure,) = parse_query("money≥1e9").groups[0]
    assert isinstance(figure, FigureTerm) and (figure.op, figure.value) == (">=", 1e9)


def test_the_notes_read_the_syntax_as_ascii() -> None:
    assert filter_notes("monye＞1e9") == filter_notes("monye>1e9") != ()
    assert filter_notes("mo＞3") == filter_notes("mo>3") != ()


@pytest.mark.parametrize(("query", "expected"), [
    ("us, tariffs", ["a0"]), ("(us) tariffs", ["a0"]), ("uk. economy", ["a0"]),
    ("us tariffs", ["a0"]),  # as before
    ("us,", ["a0", "a1"]),  # the last word, still being typed: a prefix
])
def test_a_short_word_with_punctuation_is_whole(query: str, expected: list[str]) -> None:
    assert ids(ARTICLES, query) == (expected, expected)


AMOUNTS = [
    {"title": "Oil", "body": "Oil slipped below $70 a barrel."},
    {"title": "Prize", "body": "The prize was about US$70,000, and a bonus of $700."},
]


@pytest.mark.parametrize(("query", "expected"), [
    ("$70", ["a0"]),  # not "$70,000" nor "$700" as words: the number whole, as `70` is
    ("70", ["a0"]), ("$70,000", ["a1"]), ("US$70,000", ["a1"]), ("$700", ["a1"]),
    ("money:70", ["a0"]),
])
def test_an_amount_typed_is_its_number_whole(query: str, expected: list[str]) -> None:
    assert ids(AMOUNTS, query) == (expected, expected)


INDEXES = [
    {"title": "Record", "body": "The S&P 500 rose 1.1% to a record."},
    {"title": "Closed", "body": "The S&P500 index fell."},
    {"title": "Letters", "body": "S&P said the p500 plan and 500 more."},
]


@pytest.mark.parametrize(("query", "expected"), [
    ("S&P500", ["a0", "a1"]),  # also written apart, as news mostly writes it
    ("s&p500 rose", ["a0"]), ('"S&P500"', ["a1"]),  # quoted: as typed only
    ("S&P 500", ["a0", "a2"]),  # as before: two terms, the closed-up word not found
])
def test_a_symbol_word_closed_up_finds_it_apart(query: str, expected: list[str]) -> None:
    assert ids(INDEXES, query) == (expected, expected)


def test_the_symbol_word_apart_is_marked() -> None:
    text = "The S&P 500 rose, and the S&P500 fell."
    spans = match_spans(text, parse_query("S&P500 x").highlight_terms)
    assert [text[s:e] for s, e in spans] == ["S&P 500", "S&P500"]
