"""A count filter's noun in either number (tryout13 §8): `count>40 seat` listed 312 votes,
as "seat" is no count after 40 to the figure rules and was searched as a word; now the
noun is read in its other number (`count>40 seats`), and its forms, regular and a few
irregular ("person"/"people", "-man"/"-men"), are all compared, in memory and in the
index alike. Chinese nouns are as before."""

from __future__ import annotations

import pytest

from hzreader.query import FigureTerm, parse_query
from hzreader.query._terms import noun_forms
from test_figures_round11 import ids

ELECTION = [
    {"title": "Vote", "body": "Labor won 41 of the 93 seats with 4,812,305 votes; "
                              "312 votes were spoiled."},
    {"title": "Seat", "body": "The Greens held 1 seat."},
    {"title": "Crowd", "body": "Some 5,000 people came, and 12 children; 1 person was hurt."},
    {"title": "Team", "body": "They lost 6 games; 2,400 homes were sold; 3 spokesmen spoke."},
    {"title": "报告", "body": "收到1,312宗塌樹報告。"},
]


@pytest.mark.parametrize(("typed", "expected"), [
    ("count>40 seat", ["a0"]), ("count>40 seats", ["a0"]),
    ("count>0 seat", ["a0", "a1"]), ("count:1 seat", ["a1"]), ("count:1 seats", ["a1"]),
    ("count:1..50 seat", ["a0", "a1"]),
    ("count>100 person", ["a2"]), ("count>100 people", ["a2"]),
    ("count<2 persons", ["a2"]), ("count<2 people", ["a2"]),
    ("count>10 child", ["a2"]), ("count>10 children", ["a2"]),
    ("count>5 game", ["a3"]), ("count>1000 home", ["a3"]),
    ("count>2 spokesman", ["a3"]), ("count>2 spokesmen", ["a3"]),
    ("-count>40 seat", ["a1", "a2", "a3", "a4"]),
    ("count>=1000 报告", ["a4"]), ("count>=1000 報告", ["a4"]),
])
def test_a_count_filter_takes_its_noun_in_either_number_in_both(
        typed: str, expected: list[str]) -> None:
    assert ids(ELECTION, typed) == (expected, expected)


def test_singular_and_plural_are_one_filter() -> None:
    for singular, plural in (("seat", "seats"), ("game", "games"), ("city", "cities"),
                             ("person", "people"), ("child", "children")):
        (one,) = parse_query(f"count>40 {singular}").groups[0]
        (other,) = parse_query(f"count>40 {plural}").groups[0]
        assert isinstance(one, FigureTerm) and isinstance(other, FigureTerm)
        assert {m.unit for m in one.measures} & {m.unit for m in other.measures} >= {
            singular, plural}, singular
    # A unit that is no noun stays a word (`count>40 km`: a length, not a count).
    assert len(parse_query("count>40 km").groups[0]) == 2


@pytest.mark.parametrize(("noun", "forms"), [
    ("seat", {"seat", "seats"}), ("seats", {"seat", "seats"}),
    ("person", {"person", "people"}), ("persons", {"person", "persons", "people"}),
    ("people", {"people", "person"}), ("children", {"children", "child"}),
    ("spokesman", {"spokesman", "spokesmen"}), ("women", {"women", "woman"}),
    ("wives", {"wives", "wife"}), ("cities", {"cities", "city"}), ("報告", {"报告"}),
])
def test_noun_forms(noun: str, forms: set[str]) -> None:
    assert forms <= set(noun_forms(noun))
