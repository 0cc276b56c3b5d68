"""A persistent article index on SQLite FTS5: instant warm start and ranked search.

The database is a cache (see `cache_dir.store_path`): when it is unreadable, corrupt or
from another version it is deleted and rebuilt. `ArticleStore.sync` brings it up to date
with the YAML files; reads never parse YAML.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from hzreader.index import _snapshot as snapshot
from hzreader.index._body import dictionary_id, needs_dictionary, unpack_body
from hzreader.index._db import (
    connect,
    discard,
    file_lock,
    is_corruption,
    load_dictionary,
    lock_path,
    open_checked,
)
from hzreader.index._headlines import FirstHeadlines, Headline, Headlines
from hzreader.index._search import StoreSearch
from hzreader.model import Article, DatePrecision, Problem

if TYPE_CHECKING:  # the sync, search and figure rows load when first used, not at start-up
    from hzreader.index._figure_rows import BodyReader, FigureChunk, SourceRow
    from hzreader.index._sync import ProgressCallback, SyncReport
    from hzreader.query import FigureTerm
from hzreader.query import from_timestamp

__all__ = ["ArticleStore", "FirstHeadlines", "Headline", "Headlines"]

_ARTICLE_COLUMNS = ("id, title, body, path, line, published_ts, date_precision, source, author, "
                    "url, summary, tags, related, extra")
#: An article's row with its body.
_ARTICLES = "articles AS a JOIN bodies AS b ON b.rowid = a.rowid"


_NO_EXTRA: MappingProxyType[str, object] = MappingProxyType({})


def _article(row: Sequence[Any], body: str) -> Article:
    """An `Article` from the `_ARTICLE_COLUMNS` of its row, and its unpacked body."""
    (id_, title, _, path, line, published_ts, date_precision, source, author, url, summary,
     tags, related, extra) = row
    return Article(
        id=id_, title=title, body=body, path=path, line=line,
        published=None if published_ts is None else from_timestamp(published_ts),
        date_precision=DatePrecision(date_precision), source=source, author=author, url=url,
        summary=summary,
        tags=() if tags == "[]" else tuple(json.loads(tags)),
        related=() if related == "[]" else tuple(json.loads(related)),
        extra=_NO_EXTRA if extra == "{}" else MappingProxyType(json.loads(extra)),
    )


class ArticleStore(StoreSearch):
    """Articles, problems, figures and a full-text index in one SQLite file."""

    def __init__(self, db_path: Path, conn: sqlite3.Connection) -> None:
        self.db_path = db_path
        self._conn = conn
        self._lock = threading.RLock()
        self.forget_search_state()
        self.start_searches()
        #: The compression dictionary (`index._body`) as last read, with its id.
        self._dictionary: tuple[int | None, bytes] = (None, b"")

    @classmethod
    def open(cls, db_path: str | os.PathLike[str], *, existing: bool = False,
             waiting: Callable[[], object] | None = None) -> ArticleStore:
        """Open or create the store at `db_path`; a bad file is replaced silently.

        With `existing`, only open a store that is there and free right now (for a warm
        start on the UI thread): `FileNotFoundError` or `BlockingIOError` otherwise.
        """
        path = Path(db_path)
        if existing and not path.is_file():
            raise FileNotFoundError(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with file_lock(lock_path(path), wait=not existing, waiting=waiting):
            return cls(path, open_checked(path))

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> ArticleStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reset(self) -> None:
        """Throw the database away and start empty (the caller holds the file lock)."""
        with self._lock:
            self._conn.close()
            discard(self.db_path)
            self._conn = open_checked(self.db_path)
            self._order_version = self._prefixes_version = None

    def sync(
        self, paths: Iterable[str | os.PathLike[str]], progress: ProgressCallback | None = None,
        workers: int = 2, changed: Iterable[str] | None = None,
        waiting: Callable[[], object] | None = None,
    ) -> SyncReport:
        """Bring the index up to date with the YAML files under `paths`.

        With `changed` (absolute paths of changed files or folders, from file events) only
        those are looked at: one changed file costs one file, not a scan of the tree.
        `waiting` is called when another process holds the index (it waits for it).
        """
        from hzreader.index._sync import run_sync

        paths = list(paths)
        changed = None if changed is None else list(changed)
        with file_lock(lock_path(self.db_path), waiting=waiting):
            try:
                return run_sync(self.db_path, paths, progress, workers, changed)
            except sqlite3.DatabaseError as error:
                if not is_corruption(error):
                    raise
                self.reset()
                return run_sync(self.db_path, paths, progress, workers)

    def is_current(self, paths: Iterable[str | os.PathLike[str]]) -> bool:
        """Whether the index holds exactly the files under `paths`, unchanged, figures and all
        (it reads the folders and the index; it writes nothing)."""
        from hzreader.index._plan import is_current

        with self._lock:
            return is_current(self._conn, paths)

    def figures(self, rowids: Collection[int] | None, terms: Sequence[FigureTerm],
                in_order: bool = False) -> Iterator[FigureChunk]:
        """The key figures of the articles `rowids` (None: all) that one of `terms` accepts
        (all when there are none), as columns in chunks; a chunk may hold other articles'
        (`in_order`: each article's figures together, in reading order)."""
        from hzreader.index._figure_rows import figure_chunks

        return figure_chunks(self._conn, self._lock, rowids, terms, len(self.date_order()),
                             in_order)

    def figure_sources(self, rowids: Sequence[int]) -> tuple[list[SourceRow], BodyReader]:
        """What an export of figures needs of the articles `rowids` (`index._figure_rows`)."""
        from hzreader.index._figure_rows import figure_sources

        return figure_sources(self._conn, self._lock, rowids)

    def save_snapshot(self) -> bool:
        """Save the headlines for a fast warm start if they changed since the last save.

        A full sync does it itself; after path-limited syncs (file events) the app calls
        this once things are quiet. True when it wrote.
        """
        with file_lock(lock_path(self.db_path)):
            conn = connect(self.db_path)
            try:
                conn.execute("BEGIN IMMEDIATE")
                wrote = snapshot.store_snapshot(conn)
                conn.execute("COMMIT")
            finally:
                conn.close()
        return wrote

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Run a read query under the connection lock."""
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def count(self) -> int:
        """How many articles the store holds."""
        return int(self._rows("SELECT count(*) FROM articles")[0][0])

    def headlines(self) -> Headlines:
        """Every article, newest first, undated last in path and line order."""
        with self._lock:
            version = self._conn.execute("PRAGMA data_version").fetchone()[0]
            data = snapshot.load_snapshot(self._conn)
            if data is not None:
                heads = Headlines(data)
            else:
                heads = Headlines(snapshot.read_columns(self._conn))  # compact, as a snapshot's
            # Searches reuse this order; answering with this very list lets the app's view of a
            # broad query be built from its few misses (`StoreLibrary.search`).
            self._set_order(version, heads.rowids)
            return heads

    def generation(self) -> int:
        """A number that changes whenever the articles change (the headlines with them)."""
        return int(self._rows(f"SELECT {snapshot.CURRENT_GENERATION}")[0][0])

    def first_headlines(self) -> Headlines | None:
        """The first screenful of headlines (and the count of all) from the head of the
        current snapshot, for a warm start's first screen; None without a current snapshot."""
        with self._lock:
            found = snapshot.load_head(self._conn)
        if found is None:
            return None
        total, columns = found
        return FirstHeadlines(columns, total, self._headline_at) if total > len(columns[0]) \
            else Headlines(columns)  # that is all of them

    def _headline_at(self, position: int) -> Headline:
        """The headline at `position` in the list (IndexError past its end)."""
        return snapshot.headline_at(self._rows, position)

    def get(self, rowid: int) -> Article:
        """The full article stored under `rowid` (KeyError if there is none)."""
        rows = self._rows(f"SELECT {_ARTICLE_COLUMNS} FROM {_ARTICLES} WHERE a.rowid = ?",
                          (rowid,))
        if not rows:
            raise KeyError(rowid)
        return _article(rows[0], self._unpack(rows[0][2]))

    def get_many(self, rowids: Sequence[int]) -> dict[int, Article]:
        """The articles stored under `rowids` (unknown ones left out), read in one query."""
        rows = self._rows(f"SELECT a.rowid, {_ARTICLE_COLUMNS} FROM {_ARTICLES} WHERE a.rowid IN "
                          "(SELECT value FROM json_each(?))", (json.dumps(list(rowids)),))
        return {row[0]: _article(row[1:], self._unpack(row[3])) for row in rows}

    def _unpack(self, stored: bytes) -> str:
        """A stored body, unpacked with the database's dictionary when it needs one."""
        wanted = needs_dictionary(stored)
        if wanted is not None and wanted != self._dictionary[0]:
            with self._lock:  # made by a sync since this store last looked
                found = load_dictionary(self._conn)
            self._dictionary = (dictionary_id(found), found)
        return unpack_body(stored, self._dictionary[1])

    def rowids_for_keys(self, keys: Iterable[str]) -> dict[str, list[int]]:
        """The articles whose `state.article_key` is in `keys` (for read and starred marks)."""
        found: dict[str, list[int]] = {}
        wanted = list(dict.fromkeys(keys))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for key, rowid in self._rows(
                    f"SELECT key, rowid FROM articles WHERE key IN ({','.join('?' * len(chunk))})",
                    chunk):
                found.setdefault(key, []).append(rowid)
        return found

    def paths_with_articles(self, paths: Sequence[str]) -> set[str]:
        """Which of the files `paths` (as shown in problems) hold at least one article."""
        found: set[str] = set()
        wanted = list(dict.fromkeys(paths))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found.update(shown for (shown,) in self._rows(
                f"SELECT shown FROM files WHERE shown IN ({','.join('?' * len(chunk))}) AND "
                "EXISTS (SELECT 1 FROM articles WHERE file_id = files.id)", chunk))
        return found

    def problems(self) -> list[Problem]:
        """Problems of the last sync: missing paths first, then per file in path order."""
        rows = self._rows("SELECT path, message, line, col, severity FROM problems "
                          "ORDER BY file_id IS NOT NULL, path, line, rowid")
        return [Problem(path, message, line, col, severity)
                for path, message, line, col, severity in rows]
