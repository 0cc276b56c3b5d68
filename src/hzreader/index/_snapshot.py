"""The headline snapshot: every headline column in one blob, so a warm start reads no rows.

The blob starts with its head, the first `HEAD_ROWS` headlines and the count of all, which
the first screen is drawn from (read with blob I/O: a few kilobytes of the blob); the whole
columns follow, read after the first paint. Columns are stored compact (`index._compact`:
arrays and UTF-8 blobs), which loads with a few copies of bytes.

    magic | head size (4 bytes) | marshal(count, head columns) | marshal(columns)
"""

from __future__ import annotations

import marshal
import sqlite3
import struct
import sys
from collections.abc import Callable, Sequence
from typing import Any

from hzreader.index._compact import PartsBuilder, column_parts, columns_from_parts
from hzreader.index._headlines import Headline

_COLUMNS = "rowid, id, title, published_ts, date_precision, source, key"
HEADLINES_SQL = (f"SELECT {_COLUMNS} FROM articles INDEXED BY articles_heads "
              "ORDER BY datekey DESC, path, line")
#: Headlines in a snapshot's head: more than any terminal shows at once.
HEAD_ROWS = 256
#: Rows read at once while a snapshot is made.
_CHUNK_ROWS = 2000
#: marshal's format may change between Python versions: a snapshot is only read by its own.
_MAGIC = b"hzheads4-%d.%d:" % sys.version_info[:2]
_SIZE = struct.Struct("<I")
_CURRENT = "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation')"
#: The generation of the articles (a sync that changes them counts it up).
CURRENT_GENERATION = _CURRENT

Columns = tuple[Any, ...]
#: What a damaged or foreign snapshot may raise while it is read.
_BAD = (struct.error, EOFError, ValueError, TypeError)


def _columns(data: object) -> Columns | None:
    """The compact columns stored as `data`, or None when it is not such."""
    try:
        return columns_from_parts(data)  # type: ignore[arg-type]
    except _BAD:
        return None


def load_snapshot(conn: sqlite3.Connection) -> Columns | None:
    """The headline columns of the current snapshot; None when there is none, or it is from
    another format or Python."""
    row = conn.execute(f"SELECT data FROM snapshot WHERE generation = {_CURRENT}").fetchone()
    return None if row is None else snapshot_columns(row[0])


def snapshot_columns(blob: bytes) -> Columns | None:
    """The headline columns of a snapshot; None when it is from another format or Python."""
    if not blob.startswith(_MAGIC):
        return None
    start = len(_MAGIC)
    try:
        (size,) = _SIZE.unpack_from(blob, start)
        return _columns(marshal.loads(memoryview(blob)[start + _SIZE.size + size :]))
    except _BAD:
        return None


def load_head(conn: sqlite3.Connection) -> tuple[int, Columns] | None:
    """(how many headlines there are, the columns of the first `HEAD_ROWS`) from the current
    snapshot, reading only its head; None when there is none (or Python has no blob I/O)."""
    row = conn.execute(f"SELECT rowid FROM snapshot WHERE generation = {_CURRENT}").fetchone()
    if row is None or not hasattr(conn, "blobopen"):
        return None
    try:
        with conn.blobopen("snapshot", "data", row[0], readonly=True) as blob:
            if blob.read(len(_MAGIC)) != _MAGIC:
                return None
            (size,) = _SIZE.unpack(blob.read(_SIZE.size))
            data = marshal.loads(blob.read(size))
    except _BAD:
        return None
    if not isinstance(data, tuple) or len(data) != 2 or not isinstance(data[0], int):
        return None
    head = _columns(data[1])
    return None if head is None else (data[0], head)


def headline_at(read: Callable[[str, Sequence[Any]], list[Any]], position: int) -> Headline:
    """The headline at `position` in the list, read alone with `read(sql, parameters)`
    (IndexError past its end)."""
    rows = read(f"{HEADLINES_SQL} LIMIT 1 OFFSET ?", (position,))
    if not rows:
        raise IndexError(position)
    rowid, id_, title, published_ts, date_precision, source, key = rows[0]
    return Headline(rowid, id_, title, published_ts, date_precision, source, key)


def _of_this_format(conn: sqlite3.Connection, rowid: int) -> bool:
    """Whether the snapshot in row `rowid` was written in this format, by this Python."""
    if hasattr(conn, "blobopen"):
        with conn.blobopen("snapshot", "data", rowid, readonly=True) as blob:
            return bool(blob.read(len(_MAGIC)) == _MAGIC)
    found = conn.execute("SELECT substr(data, 1, ?) FROM snapshot WHERE rowid = ?",
                         (len(_MAGIC), rowid)).fetchone()
    return found is not None and found[0] == _MAGIC


def snapshot_data(conn: sqlite3.Connection) -> bytes:
    """The headline columns serialised for the `snapshot` table (as `store_snapshot` writes
    them)."""
    pieces = SnapshotPieces(conn)
    return b"".join(pieces.piece(number) for number in range(len(pieces)))


class SnapshotPieces:
    """The snapshot in pieces: magic with the head's size, the head, then the columns'
    marshal one column at a time (only one column is ever copied at once).

    The columns are marshalled with version 2 (no shared references), so the pieces
    joined are the marshal of the tuple of them.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        first: list[Any] = []
        builder = _read_rows(conn, first)
        self.head = marshal.dumps((len(builder), column_parts(
            list(zip(*first, strict=True)) if first else [()] * 7)))
        self.parts = builder.parts()
        del builder
        #: Each piece's size: the columns' are found by marshalling each one (a copy made and
        #: dropped: a memory copy is cheap beside the megabytes it spares at the peak).
        self.sizes = [len(_MAGIC) + _SIZE.size, len(self.head), 5,
                      *(len(marshal.dumps(part, 2)) for part in self.parts)]

    def __len__(self) -> int:
        return len(self.sizes)

    def piece(self, number: int) -> bytes:
        """Piece `number`."""
        if number == 0:
            return _MAGIC + _SIZE.pack(len(self.head))
        if number == 1:
            return self.head
        if number == 2:
            return b"(" + struct.pack("<i", len(self.parts))  # marshal's tuple
        return marshal.dumps(self.parts[number - 3], 2)


def read_columns(conn: sqlite3.Connection) -> Columns:
    """Every headline, read from the tables into compact columns (without a snapshot)."""
    return columns_from_parts(_read_rows(conn).parts())


def _read_rows(conn: sqlite3.Connection, first: list[Any] | None = None) -> PartsBuilder:
    """Every headline row in a `PartsBuilder` (and the first `HEAD_ROWS` into `first`).

    The rows are read `_CHUNK_ROWS` at a time: 100,000 headlines take ≈ 10 MB at once this
    way, not the ≈ 50 MB of all their rows as Python objects.
    """
    builder = PartsBuilder()
    cursor = conn.execute(HEADLINES_SQL)
    while rows := cursor.fetchmany(_CHUNK_ROWS):
        if first is not None and len(first) < HEAD_ROWS:
            first += rows[: HEAD_ROWS - len(first)]
        builder.add(rows)
    return builder


def store_snapshot(conn: sqlite3.Connection) -> bool:
    """Save the headlines for a fast warm start unless the saved ones are current (and of
    this format); True if it wrote (the caller commits)."""
    generation = conn.execute(f"SELECT {_CURRENT}").fetchone()[0]
    stored = conn.execute("SELECT rowid, generation FROM snapshot").fetchone()
    if stored is not None and stored[1] == generation and _of_this_format(conn, stored[0]):
        return False
    conn.execute("DELETE FROM snapshot")
    if not hasattr(conn, "blobopen"):
        conn.execute("INSERT INTO snapshot VALUES (?, ?)", (generation, snapshot_data(conn)))
        return True
    # Written in place, a piece at a time: no joined copy, nor SQLite's copy of a bound blob.
    pieces = SnapshotPieces(conn)
    rowid = conn.execute("INSERT INTO snapshot VALUES (?, zeroblob(?))",
                         (generation, sum(pieces.sizes))).lastrowid
    assert rowid is not None
    with conn.blobopen("snapshot", "data", rowid) as blob:
        for number in range(len(pieces)):
            blob.write(pieces.piece(number))
    return True
