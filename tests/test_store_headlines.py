"""The headline views of the index: `take` and the cheap `without` of broad queries."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hzreader.index import _cache_dir as cache_dir
from hzreader.index import _search as store_module
from hzreader.index._headlines import Headlines
from hzreader.index._store import ArticleStore
from hzreader.library import position_of
from hzreader.library._indexed import StoreLibrary
from hzreader.query import parse_query


def columns(count: int) -> list[list[object]]:
    """Headline columns for rowids 100, 101, ... (in that list order)."""
    rowids = list(range(100, 100 + count))
    return [rowids, [f"id{r}" for r in rowids], [f"title {r}" for r in rowids],
            [None] * count, [0] * count, [""] * count, [f"key{r}" for r in rowids]]


@given(st.integers(0, 40), st.data())
def test_without_is_the_list_minus_those_rowids(count: int, data: st.DataObject) -> None:
    heads = Headlines(columns(count))
    left_out = data.draw(st.sets(st.integers(95, 100 + count + 5)))
    view = heads.without(left_out)
    expected = [r for r in heads.rowids if r not in left_out]
    assert len(view) == len(expected)
    assert [view[i].rowid for i in range(len(view))] == expected
    assert [h.rowid for h in view] == expected  # iteration stops at IndexError
    if expected:
        assert view[-1].rowid == expected[-1] and view[-len(expected)].rowid == expected[0]
    with pytest.raises(IndexError):
        view[len(expected)]
    assert view.rowids == expected
    assert list(view.ids) == [h.id for h in view] and list(view.keys) == [h.key for h in view]
    if expected:
        assert position_of(view, f"id{expected[-1]}") == len(expected) - 1
    picks = data.draw(st.lists(st.sampled_from(expected))) if expected else []
    assert [h.rowid for h in view.take(picks)] == list(picks)
    again = data.draw(st.sets(st.integers(95, 100 + count + 5)))
    assert view.without(again).rowids == [r for r in expected if r not in again]


@pytest.fixture
def library(sample_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> StoreLibrary:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    store = ArticleStore.open(cache_dir.store_path([sample_dir]))
    store.sync([sample_dir], workers=0)
    return StoreLibrary(store)


@pytest.mark.parametrize("text", ["t", "e", "-zzz", "club", "t OR c", "-t", "the"])
def test_the_app_gets_the_same_list_either_way(
    library: StoreLibrary, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    query = parse_query(text)
    monkeypatch.setattr(store_module, "BROAD_MIN_ARTICLES", 10**9)
    expected = [h.rowid for h in library.search(query, order="date").items]
    monkeypatch.setattr(store_module, "BROAD_MIN_ARTICLES", 0)
    views: list[object] = []
    real_without = Headlines.without
    monkeypatch.setattr(Headlines, "without",
                        lambda self, rowids: views.append(rowids) or real_without(self, rowids))
    assert [h.rowid for h in library.search(query, order="date").items] == expected
    total = len(library.items)
    if len(expected) * 2 != total:  # most match: a view without the misses; else the matches
        assert bool(views) == (len(expected) * 2 > total)
