"""The app's view of the SQLite index: headline columns in memory, articles read on demand."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from hzreader.index import ArticleStore, Headline, Headlines
from hzreader.library._base import SearchResult
from hzreader.model import Article, Problem
from hzreader.query import Query, StatusLookup, StatusTerm

if TYPE_CHECKING:  # the lens's figure columns load when first asked for
    from hzreader.library._figures import Cancelled, FigureColumns
    from hzreader.query import FigureTerm


class StoreLibrary:
    """A snapshot of an `ArticleStore`: headlines (newest first) and problems; bodies on disk.

    The snapshot is never changed after it is made: after a sync, `refreshed()` makes a new
    one, which the worker hands to the UI thread, so a search thread never sees it change.
    """

    #: The store ranks by relevance (bm25, title first) when asked.
    ranked = True

    def __init__(self, store: ArticleStore, items: Headlines | None = None) -> None:
        self.store = store
        #: The articles' generation this snapshot was read at (`ArticleStore.generation`).
        self.generation = store.generation()
        self.items: Headlines = store.headlines() if items is None else items
        self.problems: list[Problem] = store.problems()
        #: The last article read (a cache for the UI thread; not part of the snapshot).
        self._last: tuple[int, Article] | None = None

    @property
    def partial(self) -> bool:
        """Only the first headlines are listed (a warm start's first screen): `refreshed()`
        reads them all. Such a library is not searched."""
        return not self.items.complete

    def refreshed(self) -> StoreLibrary:
        """A new snapshot of the same store, read after the index changed (and every
        headline of a `partial` one); this one when no article and no problem changed (a
        warm start's sync that found every file as it was)."""
        if not self.partial and not self.stale and self.store.problems() == self.problems:
            return self
        return StoreLibrary(self.store)

    def paths_with_articles(self, paths: Sequence[str]) -> set[str]:
        """Which of the files `paths` gave at least one article."""
        return self.store.paths_with_articles(paths)

    def article(self, item: Any) -> Article:
        """The full article of a headline, read from the index (`gone_article` when another
        process's sync removed it since this snapshot was read)."""
        if self._last is not None and self._last[0] == item.rowid:
            return self._last[1]
        try:
            article = self.store.get(item.rowid)
        except KeyError:
            return gone_article(item)
        self._last = (item.rowid, article)
        return article

    def articles_of(self, items: Sequence[Any]) -> list[Article]:
        """The full articles of some headlines, read from the index a thousand at a time."""
        rowids = [item.rowid for item in items]
        found: dict[int, Article] = {}
        for start in range(0, len(rowids), 1000):
            found.update(self.store.get_many(rowids[start : start + 1000]))
        return [found[item.rowid] if item.rowid in found else gone_article(item)
                for item in items]

    @property
    def stale(self) -> bool:
        """Whether the index changed since this snapshot was read (another window's sync:
        two hzreaders on the same folders share one index)."""
        return self.store.generation() != self.generation


    def key_of(self, item: Any) -> str:
        """Headlines carry their content key."""
        return str(item.key)

    def figure_columns(self, items: Sequence[Any], terms: Sequence[FigureTerm],
                       cancelled: Cancelled | None = None) -> FigureColumns:
        """The key figures of `items` (headlines of this library) that one of `terms`
        accepts (all when there are none), read from the index's figures table."""
        rowids = list(getattr(items, "rowids", None) or [item.rowid for item in items])
        positions = {rowid: position for position, rowid in enumerate(rowids)}
        everything = len(rowids) >= len(self.items)
        from hzreader.library._figures import ColumnsBuilder

        builder = ColumnsBuilder()
        for chunk in self.store.figures(None if everything else rowids, terms):
            if cancelled is not None and cancelled():
                break
            builder.add_chunk([positions.get(rowid) for rowid in chunk.article], chunk)
        if everything and not terms:  # a scan in table order: each article's figures together
            builder.columns.arranged = "articles"
        return builder.columns

    def search(self, query: Query, status: StatusLookup | None = None,
               order: str = "relevance", serial: int | None = None) -> SearchResult:
        """Headlines matching `query`; `is:` filters are applied to the index's answer
        (`serial`: see `ArticleStore.find`)."""
        found, ranked = self._search(query, status, order, serial)
        if ranked or not found:  # nothing found: no order to explain
            reason = ""
        elif len(query.groups) > 1 and _has_status(query):
            reason = "or-status"
        else:
            from hzreader.index import why_unranked

            reason = why_unranked(query)
        return SearchResult(found, ranked, reason)

    def _search(self, query: Query, status: StatusLookup | None, order: str,
                serial: int | None) -> tuple[Sequence[Headline], bool]:
        """The matching headlines, and whether they came ranked by relevance."""
        if query.is_empty:
            return self.items, False
        if not _has_status(query):
            answer = self.store.find(query, order, serial)
            if answer.misses is not None and answer.order is self.items.rowids:
                # cheap when nearly all match
                return self.items.without(answer.misses), answer.ranked
            return self.items.take(answer.rowids()), answer.ranked
        # Each group on its own: the index answers the words, the marks answer `is:`.
        rowids: list[int] = []
        ranked = False
        seen: set[int] = set()
        for group in query.groups:
            words = tuple(t for t in group if not isinstance(t, StatusTerm))
            flags = [t for t in group if isinstance(t, StatusTerm)]
            part = self.store.find(Query(query.raw, (words,)), order, serial) \
                if words else None
            found = part.rowids() if part else list(self.items.rowids)
            ranked = bool(part and part.ranked and len(query.groups) == 1)
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
        return self.items.take(rowids), ranked


def _has_status(query: Query) -> bool:
    """True when the query has an `is:` filter."""
    return any(isinstance(t, StatusTerm) for group in query.groups for t in group)


def open_store_library(paths: Sequence[str | os.PathLike[str]], *,
                       existing: bool = False, first: bool = False,
                       waiting: Callable[[], object] | None = None) -> StoreLibrary:
    """Open (or create) the index for `paths` in the user cache folder.

    With `existing`, only an index that is there and not being rebuilt by another process
    right now (`ArticleStore.open`); else `OSError`. With `first`, the library may list only
    the first headlines (`partial`), which is all the first screen needs. `waiting` is
    called when another process holds the index (this one waits for it).
    """
    from hzreader.index import store_path

    store = ArticleStore.open(store_path(paths), existing=existing, waiting=waiting)
    return StoreLibrary(store, store.first_headlines() if first else None)


#: The text of an article that left the index after the list was read.
GONE_TEXT = ("This article is no longer in the index: its file was changed or removed "
             "(by you, or by another hzreader open on the same folders). The list is being "
             "brought up to date.")


def gone_article(item: Any) -> Article:
    """What the reading pane shows for a listed headline whose article left the index."""
    return Article(id=item.id, title=item.title, body=GONE_TEXT, source=item.source)


def is_gone(article: Article) -> bool:
    """Whether `article` is a `gone_article` stand-in."""
    return article.body is GONE_TEXT
