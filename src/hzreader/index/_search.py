"""Searching the index: the headline order, and the rowids a query matches, ranked or
newest first (`StoreSearch`, the search half of `ArticleStore`)."""

from __future__ import annotations

import itertools
import json
import sqlite3
import threading
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any

from hzreader.index._db import load_dense
from hzreader.index._found import Found, SearchInterrupted
from hzreader.index._headlines import PositionMap

if TYPE_CHECKING:  # the search SQL loads when first used, not at start-up
    from hzreader.index._fts_query import GroupPlan, Prefixes
    from hzreader.query import Query

#: Relevance ranking (bm25) is computed for at most this many matches; broader queries
#: (a letter or two typed so far) come newest first.
RANK_LIMIT = 2000
#: Below this many articles every query simply fetches its matches.
BROAD_MIN_ARTICLES = 5000
#: A search that a newer one made moot stops within this many SQLite steps (≈ 2 ms).
PROGRESS_STEPS = 1000


def _rowid_list(text: str | None) -> list[int]:
    """Rowids from a `json_group_array(rowid)` result (much faster to decode than rows)."""
    return json.loads(text) if text else []


class StoreSearch:
    """Search over an `ArticleStore`'s connection (its lock held while SQLite is used)."""

    _conn: sqlite3.Connection
    _lock: threading.RLock

    def start_searches(self) -> None:
        """No typed search (`find` with a `serial`) begun yet."""
        #: Held while one begins.
        self._search_guard = threading.Lock()
        #: The highest serial of a typed search begun: only that one is still wanted.
        self._newest_serial = 0

    def forget_search_state(self) -> None:
        """No headline order or dense prefixes known yet (read again when next asked)."""
        self._order: list[int] = []
        self._order_version: int | None = None
        self._position: PositionMap | None = None
        self._everything: set[int] | None = None
        self._largest: int | None = None
        self._prefixes_version: int | None = None
        self._dense: Prefixes = None

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
            if self._prefixes_version != version:  # noted once known (a search may stop)
                pending = self._conn.execute("SELECT 1 FROM prefixes_pending LIMIT 1").fetchone()
                self._dense = None if pending is not None else load_dense(self._conn)
                self._prefixes_version = version
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

    def find(self, query: Query, order: str = "relevance", serial: int | None = None
             ) -> Found:
        """Like `search`, but a query most articles match is answered by its few misses.

        With a `serial` (the search as the user types: each has a higher one than the
        last), a search with a higher serial stops this one, which then raises
        `SearchInterrupted`: a broad query ("body:s", a second) must not hold up the next
        keys' searches, and one still waiting (or begun after a newer one) is not run.
        """
        if serial is None:
            return self._find(query, order)
        with self._search_guard:
            self._newest_serial = max(self._newest_serial, serial)

        def moot() -> bool:
            """Asked by SQLite as it works: a true answer stops the statement."""
            return serial < self._newest_serial

        with self._lock:
            if moot():  # a newer search began while this one waited for the connection
                raise SearchInterrupted
            self._conn.set_progress_handler(moot, PROGRESS_STEPS)
            try:
                return self._find(query, order)
            except sqlite3.OperationalError:
                if moot():
                    raise SearchInterrupted from None
                raise
            finally:
                self._conn.set_progress_handler(None, 0)

    def _find(self, query: Query, order: str) -> Found:
        """`find` itself."""
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
