"""When the full-text index merges its segments: not while a big batch is written.

FTS5 writes the index in segments and by default merges them as it goes ("automerge"). During
a big sync that rewrites the same postings again and again: at 100k articles ≈ 30 % of the
writer's time. A bulk sync turns merging off (searches stay correct, just a little slower over
the extra segments) and, once every article is searchable, the segments are merged step by
step between other work. A flag in `meta` remembers an unfinished merge across runs.
"""

from __future__ import annotations

import sqlite3

from hzreader.index._prefixes import TABLE as PREFIXES

#: A sync that parses at least this many files writes without merging.
BULK_FILES = 2000
#: Merge work per step, in index pages (16 KB each; ≈ 0.2 s of CPU).
STEP_PAGES = 500
#: FTS5's own defaults, restored after a bulk sync.
_AUTOMERGE = 4
_CRISISMERGE = 16
#: Segments per level before FTS5 must merge anyway: high, so a bulk sync never does.
_BULK_CRISISMERGE = 1000
_FLAG = "fts_merge_pending"
#: The full-text tables, merged in this order.
_TABLES = ("fts", PREFIXES)


def _configure(conn: sqlite3.Connection, automerge: int, crisismerge: int) -> None:
    """Set the full-text tables' persistent merge options."""
    for table in _TABLES:
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', ?)",
                     (automerge,))
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('crisismerge', ?)",
                     (crisismerge,))


def pause(conn: sqlite3.Connection) -> None:
    """Write without merging until `resume`; the flag survives a crash or a quit."""
    _configure(conn, 0, _BULK_CRISISMERGE)
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, '1')", (_FLAG,))


def pending(conn: sqlite3.Connection) -> bool:
    """True while a bulk sync's segments are not merged yet."""
    return conn.execute("SELECT 1 FROM meta WHERE key = ?", (_FLAG,)).fetchone() is not None


def resume(conn: sqlite3.Connection) -> None:
    """Merge as usual again from the next write on; the backlog is left to `step`.

    FTS5's forced "crisis" merge stays off until the backlog is merged: it would merge every
    segment of the bulk sync at once, in one commit (≈ 14 s at 100k articles).
    """
    _configure(conn, _AUTOMERGE, _BULK_CRISISMERGE)


def step(conn: sqlite3.Connection, pages: int = STEP_PAGES) -> bool:
    """Do one bounded piece of the pending merge; False once there is nothing left to do."""
    if not pending(conn):
        return False
    for table in _TABLES:
        before = conn.total_changes
        # A negative amount merges every level into one, like 'optimize', but in steps.
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('merge', ?)", (-pages,))
        if conn.total_changes - before >= 2:  # the documented sign that work was done
            return True
    _configure(conn, _AUTOMERGE, _CRISISMERGE)
    conn.execute("DELETE FROM meta WHERE key = ?", (_FLAG,))
    return False
