"""Compact headline columns answer like the lists they replace."""

from __future__ import annotations

import marshal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hzreader.index._compact import (
    CodedColumn,
    NumberColumn,
    TextColumn,
    column_parts,
    columns_from_parts,
)

texts = st.lists(st.text(max_size=6), max_size=12)


@given(texts, st.data())
def test_a_text_column_is_its_strings(strings: list[str], data: st.DataObject) -> None:
    column = TextColumn.from_parts(*TextColumn.of(strings).parts())
    assert len(column) == len(strings) and list(column) == strings
    assert [column[i] for i in range(-len(strings), len(strings))] == strings + strings
    assert column[1:4] == strings[1:4]
    probe = data.draw(st.one_of(st.sampled_from(strings), st.text(max_size=4))
                      if strings else st.text(max_size=4))
    start = data.draw(st.integers(0, len(strings)))
    try:
        expected: int | None = strings.index(probe, start)
    except ValueError:
        expected = None
    if expected is None:
        with pytest.raises(ValueError):
            column.index(probe, start)
    else:
        assert column.index(probe, start) == expected
    assert (probe in column) == (probe in strings)
    with pytest.raises(IndexError):
        column[len(strings)]


def test_a_text_column_finds_whole_cells_only() -> None:
    column = TextColumn.of(["abc", "bc", "b", "", "中文", "x\udc80y"])
    assert column.index("bc") == 1 and column.index("b") == 2 and column.index("中文") == 4
    assert column[5] == "x\udc80y" and column.index("x\udc80y") == 5
    with pytest.raises(ValueError):
        column.index("ab")


@given(st.lists(st.one_of(st.none(), st.floats(allow_nan=False, width=64)), max_size=12))
def test_an_optional_number_column_keeps_none(numbers: list[float | None]) -> None:
    column = NumberColumn.from_parts(*NumberColumn.of(numbers, "d", optional=True).parts(),
                                     optional=True)
    assert list(column) == numbers and [column[i] for i in range(len(numbers))] == numbers


@given(st.lists(st.sampled_from(["AP", "Reuters", "", "新华社"]), max_size=20))
def test_a_coded_column_is_its_strings(strings: list[str]) -> None:
    column = CodedColumn.from_parts(*CodedColumn.of(strings).parts())
    assert list(column) == strings and [column[i] for i in range(len(strings))] == strings


def test_headline_columns_survive_marshal() -> None:
    columns = [[7, 3], ["a/1", "b/2"], ["Title", "标题"], [1.5e9, None], [1, 0], ["AP", "AP"],
               ["k1", "k2"]]
    back = columns_from_parts(marshal.loads(marshal.dumps(column_parts(columns))))
    assert [list(column) for column in back] == columns


def test_columns_of_different_lengths_are_refused() -> None:
    parts = list(column_parts([[7], ["a"], ["t"], [None], [0], ["s"], ["k"]]))
    parts[2] = TextColumn.of(["t", "u"]).parts()
    with pytest.raises(ValueError):
        columns_from_parts(parts)


@given(st.lists(st.integers(0, 3000), unique=True, max_size=40), st.lists(st.integers(-5, 3005)))
def test_a_position_map_is_the_dict_it_replaces(rowids: list[int], probes: list[int]) -> None:
    from hzreader.index._headlines import PositionMap

    wanted = {rowid: place for place, rowid in enumerate(rowids)}
    for found in (PositionMap(rowids), PositionMap([*rowids, 10**9])):  # dense; sparse
        assert [found.get(p) for p in probes] == [wanted.get(p) for p in probes]
        assert found.get(-1, 7) == 7
        assert found.places(probes) == [wanted[p] for p in probes if p in wanted]
