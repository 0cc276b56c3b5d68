"""The app's view of the SQLite index: headline columns in memory, articles read on demand."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from hzreader.index import ArticleStore, Headline, Headlines, why_unranked
from hzreader.model import Article, Problem
from hzreader.query import Query, StatusLookup, StatusTerm


class StoreLibrary:
    """A snapshot of an `ArticleStore`: headlines (newest first) and problems; bodies on disk.

    The snapshot is never changed after it is made: after a sync, `refreshed()` makes a new
    one, which the worker hands to the UI thread, so a search thread never sees it change.
    """

    #: The store ranks by relevance (bm25, title first) when asked.
    ranked = True

    def __init__(self, store: ArticleStore) -> None:
        self.store = store
        self.items: Headlines = store.headlines()
        self.problems: list[Problem] = store.problems()
        self._last: tuple[int, Article] | None = None
        #: Whether the latest search came ranked by relevance (too broad a query is not).
        self.last_ranked = False
        #: Why it did not (`index.why_unranked`, or "or-status"); "" when it did.
        self.unranked_reason = ""

    def refreshed(self) -> StoreLibrary:
        """A new snapshot of the same store, read after the index changed."""
        return StoreLibrary(self.store)

    def paths_with_articles(self, paths: Sequence[str]) -> set[str]:
        """Which of the files `paths` gave at least one article."""
        return self.store.paths_with_articles(paths)

    def article(self, item: Any) -> Article:
        """The full article of a headline, read from the index."""
        if self._last is not None and self._last[0] == item.rowid:
            return self._last[1]
        article = self.store.get(item.rowid)
        self._last = (item.rowid, article)
        return article

    def key_of(self, item: Any) -> str:
        """Headlines carry their content key."""
        return str(item.key)

    def search(self, query: Query, status: StatusLookup | None = None,
               order: str = "relevance") -> Sequence[Headline]:
        """Headlines matching `query`; `is:` filters are applied to the index's answer."""
        found = self._search(query, status, order)
        if self.last_ranked:
            self.unranked_reason = ""
        elif len(query.groups) > 1 and _has_status(query):
            self.unranked_reason = "or-status"
        else:
            self.unranked_reason = why_unranked(query)
        return found

    def _search(self, query: Query, status: StatusLookup | None,
                order: str) -> Sequence[Headline]:
        """`search` without the reason."""
        self.last_ranked = False
        if query.is_empty:
            return self.items
        if not _has_status(query):
            answer = self.store.find(query, order)
            self.last_ranked = answer.ranked
            if answer.misses is not None and answer.order is self.items.rowids:
                return self.items.without(answer.misses)  # cheap when nearly all match
            return self.items.take(answer.rowids())
        # Each group on its own: the index answers the words, the marks answer `is:`.
        rowids: list[int] = []
        seen: set[int] = set()
        for group in query.groups:
            words = tuple(t for t in group if not isinstance(t, StatusTerm))
            flags = [t for t in group if isinstance(t, StatusTerm)]
            part = self.store.find(Query(query.raw, (words,)), order) if words else None
            found = part.rowids() if part else list(self.items.rowids)
            self.last_ranked = bool(part and part.ranked and len(query.groups) == 1)
            for rowid in found:
                if rowid in seen:
                    continue
                position = self.items.position(rowid)
                if position is None:
                    continue
                item = self.items[position]
                if all(t.accepts(item, status) != t.negated for t in flags):
                    seen.add(rowid)
                    rowids.append(rowid)
        if len(query.groups) > 1:
            rowids.sort(key=lambda rowid: self.items.position(rowid) or 0)
        return self.items.take(rowids)


def _has_status(query: Query) -> bool:
    """True when the query has an `is:` filter."""
    return any(isinstance(t, StatusTerm) for group in query.groups for t in group)


def open_store_library(paths: Sequence[str | os.PathLike[str]]) -> StoreLibrary:
    """Open (or create) the index for `paths` in the user cache folder."""
    from hzreader.index import store_path

    return StoreLibrary(ArticleStore.open(store_path(paths)))
