"""The second pass of a sync: the `prefixes` rows still owed (first), then the key figures,
merging the full-text index between batches (mixed into `_sync._Sync`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from functools import partial

from hzreader.index import _merge as store_merge
from hzreader.index._db import FIGURE_BITS
from hzreader.index._pool import IN_FLIGHT, pooled
from hzreader.index._rows import (
    PREFIXES_INSERT,
    PROBLEM_INSERT,
    dense_prefixes,
    insert_figures,
    second_pass_rows,
)
from hzreader.index._work import SecondPassRow, second_pass
from hzreader.index._workers import WorkerPool

#: Extract figures in worker processes only for at least this many articles.
POOL_MIN_FIGURES = 1500
_SECOND_PASS_BATCH = 200
#: `prefixes` rows are written this many at once (≈ 10 MB).
_PREFIX_ROWS = 8000


class SecondPass:
    """The second pass's part of a sync (`_sync._Sync` gives the connection, the workers and
    the commits)."""

    conn: sqlite3.Connection
    dense: frozenset[str] | None
    dictionary: bytes
    workers: int
    uncommitted: int

    def get_pool(self) -> WorkerPool:
        """The sync's worker processes."""
        raise NotImplementedError

    def commit(self, force: bool = False) -> None:
        """Commit when enough was written (or `force`)."""
        raise NotImplementedError

    def owed_prefixes(self, rowids: Sequence[int]) -> None:
        """Write the `prefixes` rows of these articles here (a few, owed by the first pass)."""
        assert self.dense is not None
        for start in range(0, len(rowids), _SECOND_PASS_BATCH):
            tasks = second_pass_rows(self.conn, rowids[start : start + _SECOND_PASS_BATCH],
                                     (), set(rowids))
            self.write_prefixes(second_pass(tasks, self.dense, self.dictionary)[2])

    def second_pass(self) -> int:
        """Find the figures and write the `prefixes` rows the articles still lack; return for
        how many articles figures were found."""
        figures = _count(self.conn, _PENDING[:1])
        prefixes = _count(self.conn, _PENDING[1:])
        if self.dense is None:
            self.dense = dense_prefixes(self.conn, [r for (r,) in self.conn.execute(
                "SELECT rowid FROM prefixes_pending")], self.dictionary)
        if prefixes >= POOL_MIN_FIGURES and figures:
            # Many first letters owed (`FIRST_PASS_PREFIXES` off): those first, as short
            # words are searched in `fts` (slowly) until every one is written.
            self.second_pass_of(figures=False)
        self.second_pass_of(figures=True)
        return figures

    def second_pass_of(self, figures: bool) -> None:
        """Write the `prefixes` rows still owed, and with `figures` find the figures owed."""
        tables = _PENDING if figures else _PENDING[1:]
        dense = self.dense
        assert dense is not None
        tasks = _tasks(self.conn, tables)
        if self.workers and _count(self.conn, tables) >= POOL_MIN_FIGURES:
            results = pooled(self.get_pool(), partial(second_pass, dense=dense), tasks,
                             self.workers * IN_FLIGHT)
        else:
            results = (second_pass(task, dense, self.dictionary) for task in tasks)
        codes = dict(self.conn.execute("SELECT unit, code FROM units"))
        words: list[tuple[int, str]] = []
        last = (1 << FIGURE_BITS) - 1
        for done, found, more_words in results:
            insert_figures(self.conn, found, codes)
            if full := [row[0] >> FIGURE_BITS for row in found if row[0] & last == last]:
                note_figure_limit(self.conn, full)
            if figures:
                self.conn.executemany("DELETE FROM figures_pending WHERE rowid = ?",
                                      [(r,) for r in done])
            words += more_words
            if len(words) >= _PREFIX_ROWS:
                self.write_prefixes(words)
            self.uncommitted += len(done)
            self.commit()
            if store_merge.step(self.conn):  # the workers find figures meanwhile
                self.commit(force=True)  # each step rewrites ~8 MB: keep the WAL small
        self.write_prefixes(words)

    def write_prefixes(self, words: list[tuple[int, str]]) -> None:
        """Write (and empty) a list of `prefixes` rows: many at once, so the full-text table
        gets few segments to merge (commits come every few hundred articles here)."""
        self.conn.executemany(PREFIXES_INSERT, words)
        self.conn.executemany("DELETE FROM prefixes_pending WHERE rowid = ?",
                              [(rowid,) for rowid, _ in words])
        words.clear()

    def finish_merging(self) -> None:
        """Merge what a bulk sync left unmerged, committing after each step."""
        while store_merge.step(self.conn):
            self.commit(force=True)


#: What an article with more key figures than the index keeps says (`FIGURE_BITS`).
FIGURE_LIMIT_NOTE = (f"only the first {1 << FIGURE_BITS:,} key figures of this article are "
                     f"indexed: figure searches, the figures table and `hzreader figures` "
                     f"on the index see those; the reading pane, and `hzreader figures` "
                     f"reading the file itself, see them all")


def note_figure_limit(conn: sqlite3.Connection, rowids: Sequence[int]) -> None:
    """A warning for each of these articles: its figures fill the index's room for one."""
    for rowid in rowids:
        found = conn.execute("SELECT file_id, path, line FROM articles WHERE rowid = ?",
                             (rowid,)).fetchone()
        if found is None or conn.execute(
                "SELECT 1 FROM problems WHERE file_id = ? AND line IS ? AND message = ?",
                (found[0], found[2], FIGURE_LIMIT_NOTE)).fetchone() is not None:
            continue
        file_id, path, line = found
        conn.execute(PROBLEM_INSERT, (file_id, path, FIGURE_LIMIT_NOTE, line, None, "warning"))


#: The tables of what the second pass owes: figures, `prefixes` rows.
_PENDING = ("figures_pending", "prefixes_pending")


def _union(tables: Sequence[str], where: str = "") -> str:
    """The rowids listed in any of `tables` (pending tables), as SQL."""
    return " UNION ".join(f"SELECT rowid FROM {table}{where}" for table in tables)


def _count(conn: sqlite3.Connection, tables: Sequence[str]) -> int:
    """How many articles are listed in any of `tables`."""
    return int(conn.execute(f"SELECT count(*) FROM ({_union(tables)})").fetchone()[0])


def _tasks(conn: sqlite3.Connection, tables: Sequence[str]) -> Iterator[list[SecondPassRow]]:
    """The articles listed in `tables`, `_SECOND_PASS_BATCH` at a time, each with what is
    owed for it: read from the pending tables batch by batch as the workers need them (not
    a set of every rowid: ≈ 14 MB at 100,000 articles)."""
    last = 0
    while rowids := [r for (r,) in conn.execute(
            f"{_union(tables, ' WHERE rowid > ?1')} ORDER BY 1 LIMIT ?2",
            (last, _SECOND_PASS_BATCH))]:
        first, last = rowids[0], rowids[-1]
        owed = [{r for (r,) in conn.execute(
            f"SELECT rowid FROM {table} WHERE rowid BETWEEN ? AND ?", (first, last))}
            if table in tables else set() for table in _PENDING]
        yield second_pass_rows(conn, rowids, *owed)
