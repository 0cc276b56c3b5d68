"""The headline snapshot and the list read from SQL are built a chunk of rows at a time: the
same columns as when every row was read at once."""

from __future__ import annotations

import marshal
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hzreader.index import _snapshot
from hzreader.index._compact import PartsBuilder, column_parts, columns_from_parts
from hzreader.index._db import connect
from hzreader.index._store import ArticleStore

rows_strategy = st.lists(st.tuples(
    st.integers(1, 2**40), st.text(max_size=5), st.text(max_size=8),
    st.one_of(st.none(), st.floats(allow_nan=False, width=64)), st.integers(0, 1),
    st.sampled_from(["AP", "", "新华社", "Reuters"]), st.text(max_size=5)), max_size=30)


def same_parts(built: Any, expected: Any) -> bool:
    """Whether two `column_parts` values are equal as a snapshot stores them."""
    return bool(marshal.loads(marshal.dumps(built)) == marshal.loads(marshal.dumps(expected)))


@given(rows_strategy, st.integers(1, 7))
def test_parts_built_in_chunks_are_the_parts_of_all_rows(rows: list[Any], chunk: int) -> None:
    builder = PartsBuilder()
    for start in range(0, len(rows), chunk):
        builder.add(rows[start : start + chunk])
    builder.add([])
    assert len(builder) == len(rows)
    expected = column_parts(list(zip(*rows, strict=True)) if rows else [()] * 7)
    assert same_parts(builder.parts(), expected)
    columns = columns_from_parts(builder.parts())
    assert [tuple(row) for row in zip(*columns, strict=True)] == rows


def write_collection(folder: Path, files: int = 40, seed: int = 5) -> Path:
    """A generated collection: dated and undated articles, several to a file, repeated
    sources, non-ASCII titles."""
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    for number in range(files):
        documents = []
        for part in range(rng.randint(1, 12)):
            date = (f"date: 2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                    + (f"T{rng.randint(0, 23):02d}:15:00\n" if rng.random() < 0.5 else "\n")
                    if rng.random() < 0.8 else "")
            title = rng.choice(["Trade grows", "杭州 exports", "Ünïcode 标题", "Rates"])
            documents.append(f"title: {title} {number}.{part}\n{date}"
                             f"source: {rng.choice(['AP', 'Reuters', '新华社'])}\n"
                             f"body: Output rose {rng.randint(1, 99)} percent.\n")
        (folder / f"f{number:03d}.yaml").write_text("---\n".join(documents), encoding="utf-8")
    return folder


def old_snapshot_columns(conn: sqlite3.Connection) -> tuple[Any, Any]:
    """(head, columns) as the snapshot was built before: every row read at once."""
    rows = conn.execute(_snapshot.HEADLINES_SQL).fetchall()
    columns = list(zip(*rows, strict=True)) if rows else [()] * 7
    head = (len(rows), column_parts([column[: _snapshot.HEAD_ROWS] for column in columns]))
    return marshal.loads(marshal.dumps(head)), marshal.loads(marshal.dumps(column_parts(columns)))


@pytest.mark.parametrize("chunk", [3, 2000])
def test_the_snapshot_is_the_one_of_all_rows_read_at_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(_snapshot, "_CHUNK_ROWS", chunk)
    monkeypatch.setattr(_snapshot, "HEAD_ROWS", 50)  # a head that ends inside a chunk
    folder = write_collection(tmp_path / "news")
    store = ArticleStore.open(tmp_path / "index.sqlite3")
    store.sync([folder], workers=0)  # writes the snapshot
    conn = connect(tmp_path / "index.sqlite3")
    (blob,) = conn.execute("SELECT data FROM snapshot").fetchone()
    assert blob == _snapshot.snapshot_data(conn)
    size = _snapshot._SIZE.unpack_from(blob, len(_snapshot._MAGIC))[0]
    start = len(_snapshot._MAGIC) + _snapshot._SIZE.size
    head, columns = old_snapshot_columns(conn)
    assert head[0] > 50 and marshal.loads(blob[start : start + size]) == head
    assert marshal.loads(blob[start + size :]) == columns
    every = conn.execute(_snapshot.HEADLINES_SQL).fetchall()
    assert [tuple(row) for row in zip(*_snapshot.read_columns(conn), strict=True)] == every
    assert [tuple(h) for h in store.headlines()] == [
        (*row[:4], bool(row[4]), *row[5:]) for row in every]
    conn.close()
    store.close()


def test_an_empty_collection_has_an_empty_snapshot(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    store = ArticleStore.open(tmp_path / "index.sqlite3")
    store.sync([tmp_path / "empty"], workers=0)
    conn = connect(tmp_path / "index.sqlite3")
    stored = _snapshot.load_snapshot(conn)
    assert stored is not None and [len(column) for column in stored] == [0] * 7
    assert [len(column) for column in _snapshot.read_columns(conn)] == [0] * 7
    assert len(store.headlines()) == 0
    conn.close()
    store.close()
