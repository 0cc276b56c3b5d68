"""A counted noun typed in one Chinese script finds the count written in the other, as words
do (tryout12 §14: `count>=1000 報告` found the typhoon story, `count>=1000 报告` nothing)."""

from __future__ import annotations

import pytest

from hzreader.model import Figure
from hzreader.query import parse_query
from hzreader.query._terms import noun_key
from test_figures_round11 import ids

NOUNS = [
    {"title": "颱風", "body": "天文台共接獲1,312宗塌樹報告。"},
    {"title": "台风", "body": "全市共收到2,000宗塌树报告。"},
    {"title": "手機", "body": "今年售出1,500部手機。"},
    {"title": "People", "body": "About 3,000 people attended."},
    {"title": "家庭", "body": "共有3萬個低收入家庭受惠。"},
]


@pytest.mark.parametrize(("typed", "expected"), [
    ("count>=1000 报告", ["a0", "a1"]),
    ("count>=1000 報告", ["a0", "a1"]),
    ("count>=1000 塌树报告", ["a0", "a1"]),
    ("count:1312 塌樹報告", ["a0"]),
    ("1312宗塌树报告", ["a0"]),
    ("count>1000 手机", ["a2"]),
    ("count>1000 people", ["a3"]),
    ("count>10000 家庭", ["a4"]),
    ("count>10000 家廷", []),
    ("30000个家庭", ["a4"]),
])
def test_a_counted_noun_finds_either_script_in_both(typed: str, expected: list[str]) -> None:
    assert ids(NOUNS, typed) == (expected, expected)


def test_the_noun_is_compared_folded_on_both_sides() -> None:
    assert noun_key("塌樹報告") == noun_key("塌树报告") == "塌树报告"
    assert noun_key("iPhone手機") == "iphone手机" and noun_key("People") == "people"
    query = parse_query("count>=1000 报告")
    assert query.accepts_figure(Figure(0, 1, "x", "count", 1312.0, "塌樹報告"))
    assert not query.accepts_figure(Figure(0, 1, "x", "count", 1312.0, "報道"))
    phones = parse_query("count>1000 手机")
    assert phones.accepts_figure(Figure(0, 1, "x", "count", 1500.0, "iPhone手機"))
