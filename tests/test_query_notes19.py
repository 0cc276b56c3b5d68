"""Search hints for a measure typed with its unit after a name that is no filter, and NTD
for the New Taiwan dollar (tryout19 §17)."""

from __future__ import annotations

import pytest

from hzreader.query import parse_query
from hzreader.query._notes import filter_notes
from hzreader.query._terms import FigureTerm


@pytest.mark.parametrize(("query", "meant"), [
    ("rain>1000 mm", "for a measure in mm write quantity>1000 mm (or length>1000 mm)"),
    ("precipitation>100 mm", "quantity>100 mm (or length>100 mm)"),
    ("wind>100 km/h", "quantity>100 km/h (or speed>100 km/h)"),
    ("heat>=35 °C", "quantity>=35 °C (or temperature>=35 °C)"),
    ("deal>5 USD", "for an amount in USD write money>5 USD"),
    ("delay>5 days", "for a duration in days write duration>5 days"),
    ("rain>1000", "for a count of rain write count>1000 rain"),  # no unit: as before
    ("seats>40 people", "for a count of seats write count>40 seats"),
])
def test_a_unit_typed_after_a_name_suggests_its_filter(query: str, meant: str) -> None:
    (note,) = filter_notes(query)
    assert note.startswith(f"'{query.split('>')[0]}' is not a filter (") and \
        note.endswith(meant), note
    for advised in meant.split(" write ")[-1].removesuffix(")").split(" (or "):
        (group,) = parse_query(advised).groups  # what it advises is one filter
        assert len(group) == 1 and isinstance(group[0], FigureTerm), advised
        assert filter_notes(advised) == ()


def test_ntd_is_the_new_taiwan_dollar_in_a_filter() -> None:
    for typed in ("money>1e11 NTD", "money>1e11 ntd", "money>1e11 NT$", "money>1e11 TWD"):
        (term,) = parse_query(typed).figure_terms
        assert [measure.unit for measure in term.measures] == ["TWD"], typed
        assert filter_notes(typed) == (), typed
    assert filter_notes("money>1e11 XYZ")[0].startswith("XYZ is searched as a word")


def test_a_hint_keeps_the_price_unit_and_counts_a_toll_as_people() -> None:
    """tryout20 #7: `price>5 USD/gal` suggested `money>5`, dropping its unit; `toll>10`
    suggested `count>10 toll`, which finds nothing: tolls are counted as people."""
    (note,) = filter_notes("price>5 USD/gal")
    assert note.endswith("write money>5 USD/gal")
    (note,) = filter_notes("toll>10")
    assert note.endswith("write count>10 people")
    (note,) = filter_notes("price>5")
    assert note.endswith("write money>5")


def test_a_hint_keeps_only_a_word_that_changes_the_money_filter() -> None:
    """review18b: `cost>5 %` suggested `money>5 %` (the % is dropped by the query: the same
    filter), and `toll>5 USD` a count of people, though a toll in dollars is money."""
    assert filter_notes("cost>5 %")[0].endswith("write money>5")
    assert filter_notes("toll>5 USD")[0].endswith("write money>5 USD")
    assert filter_notes("price>5 million")[0].endswith("write money>5 million")
    assert filter_notes("deaths>1e3")[0].endswith("write count>1e3 people")
