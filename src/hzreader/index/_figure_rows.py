"""The key figures of some articles, read from the `figures` table as columns.

Each column comes as one JSON array (`json_group_array`), which Python decodes far faster
than it builds row tuples: a million figures arrive in well under a second. A scan of the
whole table goes in chunks, so memory stays bounded and the caller can stop early.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Collection, Iterator, Sequence
from typing import NamedTuple

from hzreader.index._fts_query import figure_condition
from hzreader.query import FigureTerm

#: Figures per chunk of a whole-table scan.
SCAN_CHUNK = 250_000
#: Above this share of all articles, scanning every figure beats looking up each article's.
SCAN_SHARE = 0.25

_COLUMNS = ("article_rowid", "field", "start", "stop", "sentence_start", "sentence_stop",
            "kind", "value", "unit")
_ARRAYS = "max(rowid), " + ", ".join(f"json_group_array({name})" for name in _COLUMNS)


class FigureChunk(NamedTuple):
    """Figures as parallel columns, in table order (each article's in reading order)."""

    article: list[int]
    field: list[int]
    start: list[int]
    stop: list[int]
    sentence_start: list[int]
    sentence_stop: list[int]
    kind: list[str]
    value: list[float | None]
    unit: list[str]


def _select(conn: sqlite3.Connection, lock: threading.RLock, where: str,
            params: Sequence[object]) -> tuple[int | None, FigureChunk]:
    """One query's figures as columns, and the last figure rowid it returned."""
    sql = (f"WITH f AS (SELECT rowid, {', '.join(_COLUMNS)} FROM figures WHERE {where}) "
           f"SELECT {_ARRAYS} FROM f")
    with lock:
        last, *arrays = conn.execute(sql, tuple(params)).fetchone()
    return last, FigureChunk(*(json.loads(text) if text else [] for text in arrays))


def figure_chunks(conn: sqlite3.Connection, lock: threading.RLock,
                  rowids: Collection[int] | None, terms: Sequence[FigureTerm],
                  total_articles: int) -> Iterator[FigureChunk]:
    """The figures of the articles `rowids` (None: all) that some term accepts (no terms:
    all of them), in chunks, in no particular order. A chunk may hold figures of other
    articles: the caller keeps the ones it asked for."""
    conditions: list[str] = []
    params: list[object] = []
    if terms:
        parts = [figure_condition(term) for term in terms]
        conditions.append(" OR ".join(f"({sql})" for sql, _ in parts))
        params += [p for _, term_params in parts for p in term_params]
    few = rowids is not None and len(rowids) <= SCAN_SHARE * max(total_articles, 1)
    if few:
        conditions.append("article_rowid IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted(rowids or ())))
    where = " AND ".join(f"({c})" for c in conditions) or "1"
    if terms or few:  # an index finds them (a covering one for terms): one query
        yield _select(conn, lock, where, params)[1]
        return
    last = 0
    while True:  # every figure: scan the table in rowid order, a chunk at a time
        last_seen, chunk = _select(conn, lock, f"rowid > ? ORDER BY rowid LIMIT {SCAN_CHUNK}",
                                   [last])
        if chunk.article:
            yield chunk
        if last_seen is None or len(chunk.article) < SCAN_CHUNK:
            return
        last = last_seen
