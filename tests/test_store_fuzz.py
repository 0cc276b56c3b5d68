"""Whatever the user types, the index answers (never an FTS5 syntax error)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hzreader.index._store import ArticleStore
from hzreader.query import parse_query

from conftest import write_articles

ALPHABET = st.sampled_from(
    [*'abc "-*^():+.,&|杭州é12$%>=<', " AND ", " OR ", " NOT ", " NEAR ", "kind:", "date:",
     "title:", "money>", "is:", "..", "NEAR/2"]
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ArticleStore:
    folder = write_articles(tmp_path_factory.mktemp("fuzz") / "articles")
    opened = ArticleStore.open(tmp_path_factory.mktemp("db") / "index.sqlite3")
    opened.sync([folder], workers=0)
    return opened


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ALPHABET, max_size=12).map("".join))
def test_any_query_is_answered(store: ArticleStore, text: str) -> None:
    for order in ("relevance", "date"):
        rowids = store.search(parse_query(text), order)
        assert len(set(rowids)) == len(rowids)


def test_store_fixture_has_articles(store: ArticleStore) -> None:
    assert store.count() == 4
    assert Path(store.db_path).exists()
