"""A sync's worker processes, and what they are given: the database's compression
dictionary and its dense prefixes, made when the workers first start (mixed into
`_sync._Sync`)."""

from __future__ import annotations

from hzreader.index._body import train_dictionary, unpack_body
from hzreader.index._pool import spawn_pool
from hzreader.index._rows import dense_prefixes
from hzreader.index._second_pass import SecondPass
from hzreader.index._work import WorkerSetup, set_up_worker
from hzreader.index._workers import WorkerPool

#: Whether the workers of the first pass write the `prefixes` rows (the first letters of
#: words) with the text: short words are then fast from the first commit on, but the first
#: pass costs ≈ 0.3 ms an article more (≈ 30 s of CPU at 100,000 articles: the text was
#: searchable after 74 s instead of 32). Off, the second pass writes them first, before any
#: figure (until then short words are searched in `fts`: ≈ 1 s for one letter at 100k).
FIRST_PASS_PREFIXES = False
#: A big sync chooses the dense prefixes when its workers start, from at least this many
#: articles (those written before, in-line: about `FIRST_COMMIT_ARTICLES`).
POOL_DENSE_SAMPLE = 50


class SyncWorkers(SecondPass):
    """Starts and ends the sync's worker processes (`_sync._Sync` gives the rest)."""

    pool: WorkerPool | None

    def stop_workers(self) -> None:
        """End the worker processes between the passes (the next `get_pool` starts new
        ones, in about half a second): the headline snapshot, a cold start's peak of
        memory, is then built without them."""
        if self.pool is not None:
            self.pool.shutdown(wait=True)
            self.pool = None

    def get_pool(self) -> WorkerPool:
        """The worker processes, started on first use (a big sync: the database gets its
        compression dictionary and dense prefixes first, if it has none yet)."""
        if self.pool is None:
            if not self.dictionary:
                self.make_dictionary()
            if self.dense is None:
                pending = [r for (r,) in self.conn.execute("SELECT rowid FROM prefixes_pending")]
                self.dense = dense_prefixes(self.conn, pending, self.dictionary,
                                            POOL_DENSE_SAMPLE)
                self.owed_prefixes(pending)
            self.pool = spawn_pool(self.workers, set_up_worker, (
                self.dictionary, self.dense if FIRST_PASS_PREFIXES else None))
        return self.pool

    def setup(self) -> WorkerSetup:
        """What `parse_batch` needs to know of the database, for parsing in this process."""
        return WorkerSetup(self.dictionary, self.dense)

    def make_dictionary(self) -> None:
        """Train the compression dictionary on the articles written last (this sync's first)."""
        rows = self.conn.execute(
            "SELECT body FROM bodies ORDER BY rowid DESC LIMIT 400").fetchall()
        self.dictionary = train_dictionary(unpack_body(body) for (body,) in reversed(rows))
        if self.dictionary:
            self.conn.execute("INSERT INTO dictionary VALUES (?)", (self.dictionary,))
