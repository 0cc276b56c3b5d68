"""A currency named in several words after a money filter (`money>1e9 hong kong dollars`)
chooses it, as `HK$`, `HKD` and `港元` did; a comma between the units of a typed duration
("2 hours, 7 minutes and 12 seconds") joins them, as the text's reader does (query14)."""

from __future__ import annotations

import pytest

from hzreader.figures import named_currency
from hzreader.query import FigureTerm, Term, filter_notes, parse_query
from test_figures_round11 import ids
from test_query_typed12 import TYPED

MONEY = [
    {"title": "Deal", "body": "The deal is worth HK$2.5 billion."},
    {"title": "Raise", "body": "The firm raised $4 billion from investors."},
    {"title": "Chips", "body": "台積電投資新台幣1000億元。"},
    {"title": "Swiss", "body": "UBS paid 3 billion Swiss francs."},
    {"title": "Korea", "body": "Samsung will invest 5 trillion won."},
    {"title": "Japan", "body": "Toyota earned 2 trillion yen."},
    {"title": "Hong Kong", "body": "Hong Kong dollars are pegged; a fine of $5 billion."},
]


@pytest.mark.parametrize(("word", "code"), [
    ("hong kong dollars", "HKD"), ("Hong Kong dollar", "HKD"), ("us dollars", "USD"),
    ("U.S. dollars", "USD"), ("new taiwan dollars", "TWD"), ("singapore dollars", "SGD"),
    ("australian dollars", "AUD"), ("swiss francs", "CHF"), ("south korean won", "KRW"),
    ("korean won", "KRW"), ("japanese yen", "JPY"), ("Japanese Yen", "JPY"),
    ("renminbi", "CNY"), ("chinese yuan", "CNY"), ("british pounds", "GBP"),
    ("japanese dollars", None), ("south korean", None), ("hong kong", None), ("kong dollars", None),
])
def test_named_currency_reads_names_of_several_words(word: str, code: str | None) -> None:
    assert named_currency(word) == code


@pytest.mark.parametrize(("typed", "code"), [
    ("money>1e9 hong kong dollars", "HKD"), ("money>1e9 Hong Kong Dollars", "HKD"),
    ("money>1e9 us dollars", "USD"), ("money>1e9 new taiwan dollars", "TWD"),
    ("money>1e9 singapore dollars", "SGD"), ("money>1e9 australian dollars", "AUD"),
    ("money>1e9 swiss francs", "CHF"), ("money>1e9 south korean won", "KRW"),
    ("money>1e9 japanese yen", "JPY"), ("money>1e9 renminbi", "CNY"),
    ("money:1e9..5e9 hong kong dollars", "HKD"), ("-money>1e9 hong kong dollars", "HKD"),
])
def test_a_currency_of_several_words_after_a_money_filter_is_one_term(typed: str,
                                                                      code: str) -> None:
    (term,) = parse_query(typed).groups[0]
    assert isinstance(term, FigureTerm) and term.kind == "money"
    assert {m.unit for m in term.measures} == {code}
    assert filter_notes(typed) == ()


def test_words_that_name_no_currency_stay_words() -> None:
    for typed, words in [("money>1e9 hong kong", ["hong", "kong"]),
                         ("money>1e9 kong dollars", ["kong", "dollars"]),
                         ('money>1e9 "hong kong" dollars', ["hong kong", "dollars"]),
                         ("money>1e9 hong -kong dollars", ["hong", "kong", "dollars"]),
                         ("duration>2 long hours", ["long", "hours"])]:
        first, *rest = parse_query(typed).groups[0]
        assert isinstance(first, FigureTerm) and not first.measures, typed
        assert [term.text for term in rest if isinstance(term, Term)] == words, typed


@pytest.mark.parametrize(("typed", "expected"), [
    ("money>1e9 hong kong dollars", ["a0"]),
    ("money>1e9 HK$", ["a0"]),  # the same
    ("money>1e9 us dollars", ["a1", "a6"]),
    ("money>1e9 new taiwan dollars", ["a2"]),
    ("money>1e9 swiss francs", ["a3"]),
    ("money>1e9 south korean won", ["a4"]),
    ("money>1e9 japanese yen", ["a5"]),
    ("hong kong dollars", ["a6"]),  # no filter: the words
])
def test_a_currency_of_several_words_chooses_it_in_both(typed: str,
                                                        expected: list[str]) -> None:
    assert ids(MONEY, typed) == (expected, expected)


@pytest.mark.parametrize("typed", [
    "2 hours, 7 minutes and 12 seconds", "2 hours, 7 minutes, 12 seconds"])
def test_a_comma_between_units_joins_them_as_in_a_text(typed: str) -> None:
    (term,) = parse_query(typed).groups[0]
    assert isinstance(term, FigureTerm) and (term.kind, term.value) == ("duration", 7632.0)
    assert term.literal == typed
    assert ids(TYPED, typed) == (["a2", "a3", "a4"], ["a2", "a3", "a4"])


def test_a_comma_after_a_figure_joined_to_nothing_is_left_out() -> None:
    (term,) = parse_query("7 years, 6 months").groups[0]
    assert isinstance(term, FigureTerm)
    assert (term.value, term.literal) == (90.0, "7 years, 6 months")
    first, second = parse_query("7 years, fraud").groups[0]
    assert isinstance(first, FigureTerm) and (first.value, first.literal) == (7.0, "7 years")
    assert second == Term("fraud")
    first, second = parse_query("7 years, 2 hours").groups[0]  # never one duration
    assert isinstance(first, FigureTerm) and first.literal == "7 years"
