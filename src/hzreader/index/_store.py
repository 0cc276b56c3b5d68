"""A persistent article index on SQLite FTS5: instant warm start and ranked search.

The database is a cache (see `cache_dir.store_path`): when it is unreadable, corrupt or
from another version it is deleted and rebuilt. `ArticleStore.sync` brings it up to date
with the YAML files; reads never parse YAML.
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import threading
from collections.abc import Collection, Iterable, Iterator, Sequence
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
    load_dense,
    load_dictionary,
    lock_path,
    open_checked,
)
from hzreader.index._found import Found
from hzreader.index._headlines import FirstHeadlines, Headline, Headlines, PositionMap
from hzreader.model import Article, Problem

if TYPE_CHECKING:  # the sync, search and figure rows load when first used, not at start-up
    from hzreader.index._figure_rows import BodyReader, FigureChunk, SourceRow
    from hzreader.index._fts_query import GroupPlan, Prefixes
    from hzreader.index._sync import ProgressCallback, SyncReport
    from hzreader.query import FigureTerm, Query
from hzreader.query import from_timestamp

__all__ = ["ArticleStore", "FirstHeadlines", "Headline", "Headlines"]

#: Relevance ranking (bm25) is computed for at most this many matches; broader queries
#: (a letter or two typed so far) come newest first.
RANK_LIMIT = 2000
#: Below this many articles every query simply fetches its matches.
BROAD_MIN_ARTICLES = 5000

_ARTICLE_COLUMNS = ("id, title, body, path, line, published_ts, has_time, source, author, url, "
                    "summary, tags, related, extra")
#: An article's row with its body.
_ARTICLES = "articles AS a JOIN bodies AS b ON b.rowid = a.rowid"


_NO_EXTRA: MappingProxyType[str, object] = MappingProxyType({})


def _article(row: Sequence[Any], body: str) -> Article:
    """An `Article` from the `_ARTICLE_COLUMNS` of its row, and its unpacked body."""
    (id_, title, _, path, line, published_ts, has_time, source, author, url, summary,
     tags, related, extra) = row
    return Article(
        id=id_, title=title, body=body, path=path, line=line,
        published=None if published_ts is None else from_timestamp(published_ts),
        has_time=bool(has_time), source=source, author=author, url=url, summary=summary,
        tags=() if tags == "[]" else tuple(json.loads(tags)),
        related=() if related == "[]" else tuple(json.loads(related)),
        extra=_NO_EXTRA if extra == "{}" else MappingProxyType(json.loads(extra)),
    )


def _rowid_list(text: str | None) -> list[int]:
    """Rowids from a `json_group_array(rowid)` result (much faster to decode than rows)."""
    return json.loads(text) if text else []


class ArticleStore:
    """Articles, problems, figures and a full-text index in one SQLite file."""

    def __init__(self, db_path: Path, conn: sqlite3.Connection) -> None:
        self.db_path = db_path
        self._conn = conn
        self._lock = threading.RLock()
        self._order: list[int] = []
        self._order_version: int | None = None
        self._position: PositionMap | None = None
        self._everything: set[int] | None = None
        self._largest: int | None = None
        self._prefixes_version: int | None = None
        self._dense: Prefixes = None
        #: The compression dictionary (`index._body`) as last read, with its id.
        self._dictionary: tuple[int | None, bytes] = (None, b"")

    @classmethod
    def open(cls, db_path: str | os.PathLike[str], *, existing: bool = False) -> ArticleStore:
        """Open or create the store at `db_path`; a bad file is replaced silently.

        With `existing`, only open a store that is there and free right now (for a warm
        start on the UI thread): `FileNotFoundError` or `BlockingIOError` otherwise.
        """
        path = Path(db_path)
        if existing and not path.is_file():
            raise FileNotFoundError(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with file_lock(lock_path(path), wait=not existing):
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
    ) -> SyncReport:
        """Bring the index up to date with the YAML files under `paths`.

        With `changed` (absolute paths of changed files or folders, from file events) only
        those are looked at: one changed file costs one file, not a scan of the tree.
        """
        from hzreader.index._sync import run_sync

        paths = list(paths)
        changed = None if changed is None else list(changed)
        with file_lock(lock_path(self.db_path)):
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

    def date_order(self) -> list[int]:
        """All rowids in headline order (cached until something commits)."""
        with self._lock:
            version = self._conn.execute("PRAGMA data_version").fetchone()[0]
            if version != self._order_version:
                self._set_order(version, self._json_rowids(
                    "SELECT rowid FROM articles INDEXED BY articles_heads "
                    "ORDER BY datekey DESC, path, line", ()))
            return self._order

    def _prefixes(self) -> Prefixes:
        """The dense prefixes of the `prefixes` table, or None while some article has no row
        there yet (a sync's second pass is writing them: short words are then searched in
        `fts`). Asked once per change."""
        with self._lock:
            version = self._conn.execute("PRAGMA data_version").fetchone()[0]
            if self._prefixes_version != version:
                self._prefixes_version = version
                pending = self._conn.execute("SELECT 1 FROM prefixes_pending LIMIT 1").fetchone()
                self._dense = None if pending is not None else load_dense(self._conn)
            return self._dense

    def _set_order(self, version: int, order: list[int]) -> None:
        """Remember the headline order seen at `data_version`; derived maps follow lazily."""
        self._order, self._order_version = order, version
        self._position, self._everything, self._largest = None, None, None

    def _positions(self) -> PositionMap:
        """rowid → place in the headline order."""
        if self._position is None:
            self._position = PositionMap(self._order)
        return self._position

    def _all(self) -> set[int]:
        """Every rowid of the headline order."""
        if self._everything is None:
            self._everything = set(self._order)
        return self._everything

    def search(self, query: Query, order: str = "relevance", limit: int | None = None
               ) -> list[int]:
        """Rowids matching `query`: by bm25 (title first) when ranked, else newest first.

        Ranking needs `order="relevance"`, words of 3+ letters and at most `RANK_LIMIT` hits;
        broader queries (the first letters typed) come newest first, which stays fast.
        """
        return self.find(query, order).rowids(limit)

    def find(self, query: Query, order: str = "relevance") -> Found:
        """Like `search`, but a query most articles match is answered by its few misses."""
        ordered = self.date_order()
        from hzreader.index._fts_query import plan_query  # search SQL loads on first use

        plans = plan_query(query, self._prefixes())
        if not plans:
            return Found(ordered)
        with self._lock:
            hits: Collection[int]
            if len(plans) == 1:
                matched, missing = self._hits_or_misses(plans[0], len(ordered),
                                                        ranking=order == "relevance")
                if missing is not None:
                    return Found(ordered, missing)
                hits = matched if matched is not None else self._group_rowids(plans[0])
            else:
                hits = set()
                for plan in plans:
                    hits.update(self._group_rowids(plan))
            last = len(ordered)
            ranked = [plan for plan in plans if plan.ranked]
            if order == "relevance" and ranked and 0 < len(hits) <= RANK_LIMIT:
                scores = self._scores(ranked, hits)
                position = self._positions()
                return Found(sorted(hits, key=lambda r: (scores.get(r, 0.0),
                                                         position.get(r, last))), ranked=True)
            if len(hits) * 2 > last:  # most articles: drop the few that do not match
                return Found(ordered, self._all().difference(hits))
            found = hits if isinstance(hits, set) else set(hits)
            if len(found) * 8 > last:
                return Found(list(itertools.compress(ordered, map(found.__contains__, ordered))))
            position = self._positions()
            return Found(sorted(found, key=lambda r: position.get(r, last)))

    def _hits_or_misses(self, plan: GroupPlan, total: int, ranking: bool
                        ) -> tuple[list[int] | None, set[int] | None]:
        """(matches, None) or, for a query most articles match, (None, the articles that do
        not match); (None, None) for queries with filters or a small collection.

        Fetching the misses ("everything NOT query", one FTS5 query) is several times faster
        than fetching 100,000 matches, which is what the first letters typed would cost. A
        first page of matches (in rowid order) tells which way to go: how far into the
        rowids it reached estimates how many articles match. With `ranking`, a query whose
        matches might be few enough to rank always fetches its matches.
        """
        from hzreader.index._fts_query import everything

        if plan.match is None or plan.filters or total < BROAD_MIN_ARTICLES:
            return None, None
        page = max(total // 8, 1)
        matching = f"SELECT rowid FROM {plan.table} WHERE {plan.table} MATCH ?"
        hits = self._json_rowids(f"{matching} ORDER BY rowid LIMIT ?", (plan.match, page))
        if len(hits) < page:
            return hits, None
        half = total // 2
        may_rank = ranking and plan.ranked and half < RANK_LIMIT
        if not may_rank and len(hits) * self._max_rowid() > half * hits[-1]:  # most match
            misses = self._json_rowids(
                f"{matching} LIMIT ?", (f"{everything(plan.table)} NOT ({plan.match})", half + 1))
            if len(misses) <= half:
                return None, set(misses)
        hits += self._json_rowids(f"{matching} AND rowid > ? ORDER BY rowid",
                                  (plan.match, hits[-1]))
        return hits, None

    def _max_rowid(self) -> int:
        """The largest rowid of the headline order (1 when empty)."""
        if self._largest is None:
            self._largest = max(self._order, default=1)
        return self._largest

    def _json_rowids(self, sql: str, params: Sequence[Any]) -> list[int]:
        """The first column of `sql`, fetched as one JSON array (far faster than rows)."""
        text = self._conn.execute(
            f"WITH t(x) AS ({sql}) SELECT json_group_array(x) FROM t", params).fetchone()[0]
        return _rowid_list(text)

    def _group_rowids(self, plan: GroupPlan) -> Collection[int]:
        """All rowids matching one group (each once)."""
        from hzreader.index._fts_query import match_params, match_sql

        if plan.match is not None:
            return self._json_rowids(match_sql(plan), match_params(plan))
        found: set[int] | None = None
        for item in plan.filters:
            if not item.negated:
                rowids = set(self._json_rowids(item.rowids, item.params))
                found = rowids if found is None else found & rowids
        found = set(self._all()) if found is None else found
        for item in plan.filters:
            if item.negated:
                found.difference_update(self._json_rowids(item.rowids, item.params))
        return found

    def _scores(self, plans: list[GroupPlan], hits: Collection[int]) -> dict[int, float]:
        """bm25 of each of `hits` that `plans` match (lower is better; the best group counts)."""
        from hzreader.index._fts_query import RANKING_SQL

        scores: dict[int, float] = {}
        wanted = json.dumps(list(hits))
        for plan in plans:
            for rowid, score in self._conn.execute(RANKING_SQL, (plan.ranking_match, wanted)):
                scores[rowid] = min(score, scores.get(rowid, 0.0))
        return scores
