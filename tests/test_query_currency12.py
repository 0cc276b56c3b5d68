"""A currency written after a money filter chooses it, as a code did (tryout12 §1):
`money>1e9 dollars`, `yuan`, `euros`, `港幣`, `美元`, `港元` found nothing, silently. The
words are the figures' own (`figures.named_currency`), in either Chinese script."""

from __future__ import annotations

import pytest

from hzreader.figures import named_currency
from hzreader.query import FigureTerm, filter_notes, parse_query
from test_figures_round11 import ids

MONEY = [
    {"title": "Deal", "body": "The deal is worth HK$2.5 billion."},
    {"title": "港府", "body": "港府撥款30億港幣興建醫院。"},
    {"title": "Raise", "body": "The firm raised $4 billion from investors."},
    {"title": "央行", "body": "央行投放5000亿元人民币。"},
    {"title": "Aid", "body": "The EU gave 2 billion euros in aid."},
    {"title": "台積電", "body": "台積電投資新台幣1000億元。"},
    {"title": "Small", "body": "A grant of 3 million dollars was paid."},
]


@pytest.mark.parametrize(("typed", "expected"), [
    ("money>1e9", ["a0", "a1", "a2", "a3", "a4", "a5"]),  # any currency, as before
    ("money>1e9 dollars", ["a2"]),
    ("money>1e9 dollar", ["a2"]),
    ("money>1e9 USD", ["a2"]),
    ("money>1e9 美元", ["a2"]),
    ("money>1e9 港幣", ["a0", "a1"]),
    ("money>1e9 港币", ["a0", "a1"]),
    ("money>1e9 港元", ["a0", "a1"]),
    ("money>1e9 HK$", ["a0", "a1"]),
    ("money>1e9 HKD", ["a0", "a1"]),
    ("money>1e9 yuan", ["a3"]),
    ("money>1e9 人民幣", ["a3"]),
    ("money>1e9 euros", ["a4"]),
    ("money>1e9 新臺幣", ["a5"]),
    ("money>10亿港元", ["a0", "a1"]),  # joined to the amount: the same
    ("money>HK$1bn", ["a0", "a1"]),
    ("money>$1bn", ["a0", "a1", "a2", "a3", "a4", "a5"]),  # $ is every dollar's sign
    ("money<1e8 dollars", ["a6"]),
    ("money:1e6..5e9 dollars", ["a2", "a6"]),
])
def test_a_currency_word_after_a_money_filter_chooses_it_in_both(
        typed: str, expected: list[str]) -> None:
    assert ids(MONEY, typed) == (expected, expected)
    assert filter_notes(typed) == ()


@pytest.mark.parametrize(("word", "code"), [
    ("dollars", "USD"), ("Dollar", "USD"), ("yuan", "CNY"), ("RMB", "CNY"), ("euros", "EUR"),
    ("pounds", "GBP"), ("yen", "JPY"), ("港幣", "HKD"), ("港元", "HKD"), ("美元", "USD"),
    ("美金", "USD"), ("人民幣", "CNY"), ("新臺幣", "TWD"), ("澳門元", "MOP"), ("HK$", "HKD"),
    ("hk$", "HKD"), ("NT$", "TWD"), ("£", "GBP"), ("€", "EUR"), ("hkd", "HKD"),
    ("$", None), ("¥", None), ("元", None), ("块", None), ("cents", None), ("pence", None),
    ("francs", "CHF"), ("pesos", None), ("fraud", None), ("AND", None), ("", None),
])
def test_named_currency_reads_the_figures_table(word: str, code: str | None) -> None:
    assert named_currency(word) == code


def test_a_shared_currency_sign_after_a_money_filter_is_told() -> None:
    first, second = parse_query("money>1e9 元").groups[0]
    assert isinstance(first, FigureTerm) and not first.measures
    assert filter_notes("money>1e9 元") == (
        "元 is searched as a word: many currencies write it (for the yuan: money>1e9 CNY or "
        "人民币)",)
    assert filter_notes("money>1e9 dollars 港元") == ()
