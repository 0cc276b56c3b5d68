"""The loaded collection: articles in reading order, the problems found, and search."""

from __future__ import annotations

from collections.abc import Sequence

from hzreader.model import Article, Problem
from hzreader.search import MemoryIndex, Query, StatusLookup


def newest_first(articles: Sequence[Article]) -> list[Article]:
    """Dated articles newest first, then undated ones in the order they were loaded."""
    dated = sorted((a for a in articles if a.published is not None),
                   key=lambda a: a.published, reverse=True)  # type: ignore[arg-type,return-value]
    undated = [a for a in articles if a.published is None]
    return dated + undated


class Library:
    """Articles (newest first) and the problems met while loading them."""

    def __init__(self, articles: Sequence[Article] = (), problems: Sequence[Problem] = ()):
        self.articles: list[Article] = newest_first(articles)
        self.problems: list[Problem] = list(problems)
        self._index = MemoryIndex(self.articles)

    @property
    def rejected_files(self) -> list[str]:
        """Files with at least one error, once each."""
        return list(dict.fromkeys(p.path for p in self.problems if p.severity == "error"))

    def search(self, query: Query | str, status: StatusLookup | None = None) -> list[Article]:
        """The articles matching `query`, newest first; `status` answers `is:` filters."""
        return self._index.search(query, status)
