"""Bring an `ArticleStore` database up to date with the YAML files (used by `sync`).

Phase 1 parses new and changed files (in worker processes for big batches, started by
`index._sync_workers`) and writes articles, problems and the full-text index (and, in-line
or with `_sync_workers.FIRST_PASS_PREFIXES`, the `prefixes` rows: the first letters of
words), committing every few thousand articles so readers see progress (a big batch without
merging the index: `store_merge`): once it is
committed, every article is searchable. Phase 2 (`second_pass`, in `index._second_pass`)
writes the `prefixes` rows still owed, all of them first, then finds the key figures, merging
the index between batches.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hzreader.index import _merge as store_merge
from hzreader.index._db import connect, load_dictionary
from hzreader.index._memory import trim_memory
from hzreader.index._parts import PartWriting, SplitFile
from hzreader.index._plan import (
    Plan,
    Todo,
    batches,
    forget_walk_problems,
    part_bytes,
    plan_all,
    plan_changed,
    size_guess,
)
from hzreader.index._plan import head as plan_head
from hzreader.index._pool import IN_FLIGHT, pooled
from hzreader.index._rows import (
    PROBLEM_INSERT,
    check_figures_version,
    delete_files,
    insert_articles,
    known_dense,
    rename_duplicate_ids,
)
from hzreader.index._snapshot import store_snapshot
from hzreader.index._sync_workers import SyncWorkers
from hzreader.index._work import (
    ParsedFile,
    ParseTask,
    parse_batch,
    problem_row,
    stored_stamp,
)
from hzreader.index._workers import WorkerPool
from hzreader.model import Problem, last_good_note

ProgressCallback = Callable[[int, int, int], None]

#: The sync connection's page cache, in KiB: 64 MiB cost no less CPU at 20,000 articles than
#: 16 (within the noise) and 48 MB more of the peak RSS of a cold start; 8 MiB took 6 MB
#: off the app's peak at 100,000 (229 → 223 MB), text searchable after 45.1 s against 44.5;
#: 4 MiB (with the full-text index flushed at 4 MiB, `_db`) 10 MB more (206 → 196 MB, text
#: searchable after 41.0 s against 43.4).
SYNC_CACHE_KIB = 4096
#: ... and from the headline snapshot on (the second pass: the workers find figures, the
#: writer mostly waits): 12 MB less at the peak of a cold start (its workers alive).
SECOND_PASS_CACHE_KIB = 4096
#: A sync with workers gives back the memory it freed after a commit, once this many
#: articles were written since it last did (a few ms each time).
TRIM_ARTICLES = 5000
#: Commit after this many articles (readers see partial progress) ...
COMMIT_ARTICLES = 3000
#: ... but the first commit after only this many, so the list starts filling at once ...
FIRST_COMMIT_ARTICLES = 100
#: ... and later ones after a quarter of the articles so far, up to this many: each commit
#: flushes the full-text index, so fewer, bigger commits make a big cold sync ~10 % faster.
MAX_COMMIT_ARTICLES = 20000
#: Parse in worker processes only when there is at least this much YAML to read.
POOL_MIN_BYTES = 8 * 1024 * 1024
@dataclass(frozen=True)
class SyncReport:
    """What a sync did: files seen, parsed and removed, articles held, time taken."""

    files_seen: int
    files_parsed: int
    files_removed: int
    articles: int
    seconds: float
    figures_extracted: int = 0


def commit_threshold(commits: int, articles: int) -> int:
    """How many articles to write before the next commit, after `commits` commits."""
    if not commits:
        return FIRST_COMMIT_ARTICLES
    return max(COMMIT_ARTICLES, min(MAX_COMMIT_ARTICLES, articles // 4))


class _Sync(PartWriting, SyncWorkers):
    """One run of `sync` on its own connection."""

    def __init__(self, db_path: Path, progress: ProgressCallback | None, workers: int) -> None:
        self.conn = connect(db_path)
        self.conn.execute(f"PRAGMA cache_size = -{SYNC_CACHE_KIB}")
        self.dirty = False
        self.commits = 0
        #: Articles written since memory was last given back (`trim_memory`).
        self.untrimmed = 0
        self.progress = progress
        self.workers = max(workers, 0)
        self.pool: WorkerPool | None = None
        #: The database's compression dictionary (`index._body`), made with the pool.
        self.dictionary = load_dictionary(self.conn)
        #: Its dense prefixes (`index._prefixes`), None until chosen.
        self.dense = known_dense(self.conn)
        #: The files to parse (kept until they are written) ...
        self.todo: dict[str, Todo] = {}
        #: ... and how many they were.
        self.files_parsed = 0
        #: Big files parsed in parts, by file, until their last part is written ...
        self.splits: dict[str, SplitFile] = {}
        #: ... and their parts still to parse.
        self.more: deque[list[ParseTask]] = deque()
        #: Rowids from here on were written by this sync.
        self.first_new_rowid = 1
        self.next_rowid = 1
        self.articles = 0
        self.uncommitted = 0
        self.committed_articles = 0
        self.done_files = 0
        self.total_files = 0
        #: Files gone between the walk and their reading (`remove_gone`).
        self.files_gone = 0

    def close(self) -> None:
        """Stop the workers and close the connection."""
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        self.conn.close()

    def commit(self, force: bool = False) -> None:
        """Commit when enough was written (or `force`), then report progress."""
        # The first commit comes early, so a cold start shows headlines within a second or two.
        if not force and self.uncommitted < commit_threshold(self.commits, self.articles):
            return
        self.commits += 1
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('next_rowid', ?)",
                          (str(self.next_rowid),))
        if self.dirty:
            self.conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 "
                              "WHERE key = 'generation'")
            self.dirty = False
        self.conn.execute("COMMIT")
        self.conn.execute("BEGIN IMMEDIATE")
        self.untrimmed += self.uncommitted
        if self.pool is not None and self.untrimmed >= TRIM_ARTICLES:
            # The full-text index's in-memory part was just written out: give it back.
            trim_memory()
            self.untrimmed = 0
        self.uncommitted = 0
        self.committed_articles = self.articles
        self.report()

    def report(self) -> None:
        """Tell the progress callback how far the sync is."""
        if self.progress is not None:
            self.progress(self.done_files, self.total_files, self.articles)

    def relabel(self, renamed: Sequence[tuple[int, str]]) -> None:
        """The same files reached under other names (another working folder, a symlink to
        the folder or its real path): relabel them."""
        self.dirty = self.dirty or bool(renamed)
        pairs = [(shown, file_id) for file_id, shown in renamed]
        self.conn.executemany("UPDATE files SET shown = ? WHERE id = ?", pairs)
        self.conn.executemany("UPDATE articles SET path = ? WHERE file_id = ?", pairs)
        self.conn.executemany("UPDATE problems SET path = ? WHERE file_id = ?", pairs)

    def new_file(self, file: str, stamp: tuple[int, int], digest: int | None = None) -> int:
        """Replace the previous version of `file` (if any) by a new, empty row; its id."""
        todo = self.todo[file]
        self.dirty = True
        if todo.old_id is not None:
            self.articles -= delete_files(self.conn, [todo.old_id])
        file_id: int = self.conn.execute(
            "INSERT INTO files(key, shown, size, mtime_ns, hash) VALUES (?, ?, ?, ?, ?)",
            (todo.key, file, *stamp, digest)).lastrowid  # type: ignore[assignment]
        return file_id

    def insert_rows(self, file_id: int, problems: Sequence[Any], articles: Sequence[Any]) -> int:
        """Write articles (with their index entries) and problems of a file; the first rowid."""
        first = self.next_rowid
        self.next_rowid += len(articles)
        rowids = range(first, self.next_rowid)
        insert_articles(self.conn, file_id, rowids, articles)
        self.conn.executemany(PROBLEM_INSERT, [(file_id, *p) for p in problems])
        self.articles += len(articles)
        self.uncommitted += len(articles) + 1
        return first

    def write_file(self, parsed: ParsedFile) -> None:
        """Replace one file's rows with its freshly parsed articles and problems; a file
        that gives no article because of an error keeps its last good articles, one gone
        since it was found is removed."""
        file, problems, articles = parsed.file, parsed.problems, parsed.articles
        # The stamp stored with the digest: with the bytes they were made from, or none.
        stamp = stored_stamp(parsed.stamp, parsed.again)
        digest = parsed.digest if stamp[0] >= 0 else None
        if parsed.gone:
            self.remove_gone(file)
        elif articles or not self.keep_last_good(file, stamp, digest, problems):
            self.insert_rows(self.new_file(file, stamp, digest), problems, articles)
        self.done_files += 1
        del self.todo[file]  # done with: the plan shrinks as the files are written
        self.commit()

    def remove_gone(self, file: str) -> None:
        """`file` was moved or removed between the walk and its reading: not a problem
        (the next look finds it where it went), a removal."""
        old_id = self.todo[file].old_id
        self.files_gone += 1
        if old_id is not None:
            self.dirty = True
            self.articles -= delete_files(self.conn, [old_id])

    def keep_last_good(self, file: str, stamp: tuple[int, int], digest: int | None,
                       problems: list[Any]) -> bool:
        """Keep the articles of the previous version of `file`, which now gives none because
        of an error (an editor's half-written save, a typo): the reader keeps its place, and
        the problems say so. False (nothing done) when there is nothing to keep."""
        old_id = self.todo[file].old_id
        errors = [problem for problem in problems if problem[4] == "error"]
        if old_id is None or not errors:
            return False
        (kept,) = self.conn.execute("SELECT count(*) FROM articles WHERE file_id = ?",
                                    (old_id,)).fetchone()
        if not kept:
            return False
        # The stamp and digest of this version, whose problems are stored.
        self.conn.execute("UPDATE files SET shown = ?, size = ?, mtime_ns = ?, hash = ? "
                          "WHERE id = ?", (file, *stamp, digest, old_id))
        self.conn.execute("DELETE FROM problems WHERE file_id = ?", (old_id,))
        note = problem_row(Problem(file, last_good_note(kept), errors[0][2],
                                   severity="warning"))  # listed after the error
        self.conn.executemany(PROBLEM_INSERT, [(old_id, *row) for row in [*problems, note]])
        self.dirty = True
        self.uncommitted += 1
        return True

    def parse_all(self) -> None:
        """Parse every file of `todo`, in worker processes when there is a lot to read.

        The first files are parsed here before the workers start (which takes a second or
        more), so a cold start shows its first headlines at once. A big file is cut into
        parts that the workers share (`write_part`).
        """
        # Taken from the left as tasks are made, and dropped from `self.todo` as they are
        # written: the plan (≈ 25 MB at 100,000 files) is given back as the pass goes.
        todo = deque(self.todo.values())
        pool = self.workers > 0 and sum(map(size_guess, todo)) >= POOL_MIN_BYTES
        if pool:
            head = [todo.popleft() for _ in range(plan_head(todo, FIRST_COMMIT_ARTICLES))]
            self.write_results(parse_batch([(item.file, item.root) for item in head],
                                           self.setup()))
            self.commit(force=True)
            del head
        for batch in self.parsed(batches(todo), pool):
            self.write_results(batch)
            # Between commits too, so the counts keep moving; but "every file done" only
            # once it is committed (the app then says everything is searchable).
            if self.committed_articles and self.done_files < self.total_files:
                self.report()
        self.todo = {}  # its table too (a dict does not shrink as it empties)

    def parsed(self, tasks: Iterator[list[ParseTask]], pool: bool) -> Iterator[list[ParsedFile]]:
        """The results of `tasks` and of the parts they give (`more`), here or in the pool.

        Parsing here moves to the pool once enough parts of a big file are waiting (what
        was parsed so far is committed first, as the workers take a moment to start).
        """
        while not pool:
            if self.workers and part_bytes(self.more) >= POOL_MIN_BYTES:
                self.commit(force=True)
                break
            task = self.more.popleft() if self.more else next(tasks, None)
            if task is None:
                return
            yield parse_batch(task, self.setup())
        yield from pooled(self.get_pool(), parse_batch, tasks, self.workers * IN_FLIGHT,
                          self.more)

    def write_results(self, batch: list[ParsedFile]) -> None:
        """Write the files (or parts) of one `parse_batch` result."""
        for parsed in batch:
            if parsed.part is None:
                self.write_file(parsed)
            else:
                self.write_part(parsed)

    def run(self, paths: Sequence[Path], changed: Iterable[str] | None = None) -> SyncReport:
        """Do the whole sync (or only below the `changed` paths) and report."""
        started = time.perf_counter()
        self.conn.execute("BEGIN IMMEDIATE")
        row = self.conn.execute("SELECT max(rowid) FROM articles").fetchone()
        stored = self.conn.execute("SELECT value FROM meta WHERE key = 'next_rowid'").fetchone()
        self.next_rowid = self.first_new_rowid = max((row[0] or 0) + 1,
                                                     int(stored[0]) if stored else 1)
        check_figures_version(self.conn)
        plan = plan_changed(self.conn, paths, changed) if changed is not None else None
        plan = plan or plan_all(self.conn, paths)
        self.apply(plan)
        if self.files_parsed >= store_merge.BULK_FILES:
            store_merge.pause(self.conn)
        self.commit(force=True)
        self.parse_all()
        if self.files_parsed >= store_merge.BULK_FILES:
            # ≈ 85 MB less while the app reloads its list and the snapshot is built (the
            # peak of a cold start); the second pass starts new workers.
            self.stop_workers()
        if self.files_parsed and rename_duplicate_ids(self.conn, self.first_new_rowid):
            self.dirty = True
        if store_merge.pending(self.conn):
            store_merge.resume(self.conn)
        self.commit(force=True)
        self.conn.execute(f"PRAGMA cache_size = -{SECOND_PASS_CACHE_KIB}")
        bulk = self.files_parsed >= store_merge.BULK_FILES
        if bulk:
            trim_memory()
        if plan.scopes is None:  # a path-limited sync leaves it to `ArticleStore.save_snapshot`
            store_snapshot(self.conn)
            self.commit(force=True)
            if bulk:
                trim_memory()
        figures = self.second_pass()
        self.finish_merging()
        self.conn.execute("COMMIT")
        return SyncReport(plan.files_seen, self.files_parsed,
                          len(plan.removed) + self.files_gone, self.articles,
                          time.perf_counter() - started, figures)

    def apply(self, plan: Plan) -> None:
        """Take in a plan: forget removed files, relabel moved ones, replace walk problems."""
        self.todo = plan.todo
        self.files_parsed = len(plan.todo)
        self.relabel(plan.renamed)
        # Touched, same bytes: the new stamp only (the headlines do not change).
        self.conn.executemany("UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?",
                              [(size, mtime, file_id) for file_id, size, mtime in plan.touched])
        self.dirty = self.dirty or bool(plan.removed)
        delete_files(self.conn, plan.removed)
        forget_walk_problems(self.conn, plan.scopes)
        self.conn.executemany(PROBLEM_INSERT, [(None, *problem_row(p)) for p in plan.problems])
        self.articles = self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        self.total_files = plan.files_seen
        self.done_files = self.total_files - len(self.todo)


def run_sync(db_path: Path, paths: Iterable[str | os.PathLike[str]],
             progress: ProgressCallback | None, workers: int,
             changed: Iterable[str] | None = None) -> SyncReport:
    """Sync the database at `db_path` with `paths` (the caller holds the writer lock).

    With `changed` (absolute paths from file events), only the files at or below them are
    looked at, unless that cannot be worked out.
    """
    sync = _Sync(db_path, progress, workers)
    try:
        return sync.run([Path(p) for p in paths], changed)
    finally:
        sync.close()
