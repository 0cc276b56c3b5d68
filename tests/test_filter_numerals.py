"""A figure filter whose value is a bare Chinese numeral (`count>三萬`, `money>三億`) is its
digit form (ui11): it was refused as "not a number" while `count>三萬個家庭` was read."""

from __future__ import annotations

import pytest

from hzreader.figures import parse_number
from hzreader.query import FigureTerm, filter_notes, parse_query
from test_figures_round11 import ids


@pytest.mark.parametrize(("typed", "value"), [
    ("三萬", 3e4), ("三万", 3e4), ("三億", 3e8), ("兩千萬", 2e7), ("三點五", 3.5),
    ("三点五亿", 3.5e8), ("三万亿", 3e12), ("二〇一五", 2015), ("十", 10), ("一百零五", 105),
])
def test_parse_number_reads_chinese_numerals(typed: str, value: float) -> None:
    assert parse_number(typed) == value


@pytest.mark.parametrize("typed", ["十四五", "萬", "百", "三萬多", "一二", "两岸", "三萬人"])
def test_numerals_that_are_no_number_stay_unread(typed: str) -> None:
    assert parse_number(typed) is None


@pytest.mark.parametrize(("typed", "digits"), [
    ("count>三萬", "count>30000"), ("count>三万", "count>30000"),
    ("money>三億", "money>3e8"), ("money>三億元", "money>3e8"), ("money>三亿元", "money>3e8"),
    ("money>=两千万", "money>=2e7"), ("percent>五", "percent>5"),
    ("percent<三點五", "percent<3.5"), ("year:二〇一五", "year:2015"),
    ("count>三萬 家庭", "count>30000 家庭"), ("count>三萬人", "count>30000人"),
    ("money>三億 TWD", "money>3e8 TWD"), ("-count>三萬", "-count>30000"),
])
def test_a_filter_with_a_bare_numeral_is_its_digit_form(typed: str, digits: str) -> None:
    assert parse_query(typed).groups == parse_query(digits).groups
    assert [term for group in parse_query(typed).groups for term in group
            if isinstance(term, FigureTerm) and term.value is not None]
    assert filter_notes(typed) == ()


def test_a_numeral_that_is_no_number_is_still_refused() -> None:
    (note,) = filter_notes("count>十四五")
    assert "is not a number" in note


AMOUNTS = [
    {"title": "補貼", "body": "全市有3萬個家庭受惠。"},
    {"title": "补贴", "body": "约20,000个家庭受惠，政府投入三億元。"},
    {"title": "Plan", "body": "The plan costs $500 million and helps 40,000 households."},
]


@pytest.mark.parametrize(("text", "expected"), [
    ("count>二萬", ["a0", "a2"]), ("count>=二万", ["a0", "a1", "a2"]),
    ("money>三億", ["a2"]), ("money>=三億元", ["a1", "a2"]),
])
def test_a_bare_numeral_filter_finds_in_memory_and_index(text: str, expected: list[str]) -> None:
    assert ids(AMOUNTS, text) == (expected, expected)
