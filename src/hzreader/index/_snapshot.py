"""The headline snapshot: every headline column in one blob, so a warm start reads no rows."""

from __future__ import annotations

import marshal
import sqlite3
import sys
from typing import Any

_COLUMNS = "rowid, id, title, published_ts, has_time, source, key"
HEADLINES_SQL = (f"SELECT {_COLUMNS} FROM articles INDEXED BY articles_heads "
              "ORDER BY datekey DESC, path, line")
#: marshal's format may change between Python versions: a snapshot is only read by its own.
_SNAPSHOT_FORMAT = (1, *sys.version_info[:2])


def load_snapshot(blob: bytes) -> tuple[list[Any], ...] | None:
    """The headline columns of a snapshot; None when it is from another format or Python."""
    try:
        data = marshal.loads(blob)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(data, tuple) or data[:1] != (_SNAPSHOT_FORMAT,) or len(data) != 8:
        return None
    return data[1:]


def snapshot_data(conn: sqlite3.Connection) -> bytes:
    """The headline columns serialised for the `snapshot` table (written by sync)."""
    rows = conn.execute(HEADLINES_SQL).fetchall()
    sources: dict[str, str] = {}
    columns = [list(column) for column in zip(*rows, strict=True)] if rows else [[]] * 7
    columns[5] = [sources.setdefault(s, s) for s in columns[5]]  # shared, not copied
    return marshal.dumps((_SNAPSHOT_FORMAT, *columns))


def store_snapshot(conn: sqlite3.Connection) -> bool:
    """Save the headlines for a fast warm start unless the saved ones are current; True if
    it wrote (the caller commits)."""
    generation = conn.execute(
        "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'").fetchone()[0]
    stored = conn.execute("SELECT generation FROM snapshot").fetchone()
    if stored is not None and stored[0] == generation:
        return False
    conn.execute("DELETE FROM snapshot")
    conn.execute("INSERT INTO snapshot VALUES (?, ?)", (generation, snapshot_data(conn)))
    return True
