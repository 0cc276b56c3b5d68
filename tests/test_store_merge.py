"""A bulk sync writes the full-text index without merging, then merges it step by step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hzreader.index import _merge as store_merge
from hzreader.index import _sync as store_sync
from hzreader.index._db import connect
from hzreader.index._store import ArticleStore
from hzreader.query import parse_query


def segments(db: Path) -> int:
    """How many segments the full-text index has."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(DISTINCT segid) FROM fts_idx").fetchone()[0]
    finally:
        conn.close()


def merge_options(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute(
            "SELECT k, v FROM fts_config WHERE k IN ('automerge', 'crisismerge')").fetchall())
    finally:
        conn.close()


@pytest.fixture
def sample_dir(tmp_path: Path) -> Path:
    """Eight one-article files (more than FTS5's automerge would let stand as segments)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(8):
        (folder / f"a{number}.yaml").write_text(
            f"title: Talent report {number}\ndate: 2025-01-0{number + 1}\n"
            f"body: The key figures, {number * 1000} in all, reached Hangzhou.\n",
            encoding="utf-8")
    return folder


@pytest.fixture
def every_article_commits(monkeypatch: pytest.MonkeyPatch) -> None:
    """One commit (so one index segment) per file."""
    monkeypatch.setattr(store_sync, "commit_threshold", lambda commits, articles: 1)


def test_a_bulk_sync_merges_only_after_writing(
    sample_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    every_article_commits: None,
) -> None:
    monkeypatch.setattr(store_merge, "BULK_FILES", 1)
    db = tmp_path / "bulk.sqlite3"
    seen: list[tuple[int, dict[str, int]]] = []
    store = ArticleStore.open(db)
    store.sync([sample_dir], workers=0,
               progress=lambda done, total, articles: seen.append(
                   (segments(db), merge_options(db))))
    # Merging is off while writing: one more segment per commit ...
    assert (8, {"automerge": 0, "crisismerge": 1000}) in seen
    # ... and one in the end, with FTS5's own merge options back.
    assert segments(db) == 1
    assert merge_options(db) == {"automerge": 4, "crisismerge": 16}
    assert not store_merge.pending(connect(db))


def test_bulk_and_ordinary_syncs_find_the_same(
    sample_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    every_article_commits: None,
) -> None:
    ordinary = ArticleStore.open(tmp_path / "ordinary.sqlite3")
    ordinary.sync([sample_dir], workers=0)
    monkeypatch.setattr(store_merge, "BULK_FILES", 1)
    bulk = ArticleStore.open(tmp_path / "bulk.sqlite3")
    bulk.sync([sample_dir], workers=0)
    for text in ("talent", "t", "hang", '"key figures"', "-the", "title:t OR 12000"):
        query = parse_query(text)
        assert bulk.search(query, order="date") == ordinary.search(query, order="date"), text


def test_an_interrupted_bulk_sync_is_merged_by_the_next_sync(
    sample_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    every_article_commits: None,
) -> None:
    monkeypatch.setattr(store_merge, "BULK_FILES", 1)
    monkeypatch.setattr(store_sync._Sync, "finish_merging", lambda self: None)
    monkeypatch.setattr(store_merge, "step", lambda conn, pages=0: False)  # quit before
    db = tmp_path / "quit.sqlite3"
    ArticleStore.open(db).sync([sample_dir], workers=0)
    assert segments(db) >= 8 and store_merge.pending(connect(db))
    monkeypatch.undo()  # the next run: nothing to parse, the merge is finished
    report = ArticleStore.open(db).sync([sample_dir], workers=0)
    assert report.files_parsed == 0
    assert segments(db) == 1 and not store_merge.pending(connect(db))
    assert merge_options(db) == {"automerge": 4, "crisismerge": 16}


def test_small_syncs_keep_fts5_merging_as_usual(
    sample_dir: Path, tmp_path: Path, every_article_commits: None,
) -> None:
    db = tmp_path / "small.sqlite3"
    ArticleStore.open(db).sync([sample_dir], workers=0)
    assert not store_merge.pending(connect(db))
    assert merge_options(db) == {}  # never touched: FTS5's defaults
