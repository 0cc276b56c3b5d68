"""The second pass of a sync: the `prefixes` rows still owed (first), then the key figures,
merging the full-text index between batches (mixed into `_sync._Sync`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from hzreader.index import _merge as store_merge
from hzreader.index._pool import IN_FLIGHT, pooled
from hzreader.index._rows import (
    PREFIXES_INSERT,
    dense_prefixes,
    insert_figures,
    second_pass_rows,
)
from hzreader.index._work import second_pass

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

    def get_pool(self) -> ProcessPoolExecutor:
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
        figures = {r for (r,) in self.conn.execute("SELECT rowid FROM figures_pending")}
        prefixes = {r for (r,) in self.conn.execute("SELECT rowid FROM prefixes_pending")}
        if self.dense is None:
            self.dense = dense_prefixes(self.conn, prefixes, self.dictionary)
        if len(prefixes) >= POOL_MIN_FIGURES and figures:
            # Many first letters owed (`FIRST_PASS_PREFIXES` off): those first, as short
            # words are searched in `fts` (slowly) until every one is written.
            self.second_pass_of(set(), prefixes)
            prefixes = set()
        self.second_pass_of(figures, prefixes)
        return len(figures)

    def second_pass_of(self, figures: set[int], prefixes: set[int]) -> None:
        """Find the figures of the articles `figures`, the `prefixes` rows of `prefixes`."""
        pending = sorted(figures | prefixes)
        tasks = (second_pass_rows(self.conn, pending[i : i + _SECOND_PASS_BATCH], figures,
                                  prefixes) for i in range(0, len(pending), _SECOND_PASS_BATCH))
        dense = self.dense
        assert dense is not None
        if self.workers and len(pending) >= POOL_MIN_FIGURES:
            results = pooled(self.get_pool(), partial(second_pass, dense=dense), tasks,
                             self.workers * IN_FLIGHT)
        else:
            results = (second_pass(task, dense, self.dictionary) for task in tasks)
        codes = dict(self.conn.execute("SELECT unit, code FROM units"))
        words: list[tuple[int, str]] = []
        for done, found, more_words in results:
            insert_figures(self.conn, found, codes)
            self.conn.executemany("DELETE FROM figures_pending WHERE rowid = ?",
                                  [(r,) for r in done if r in figures])
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
