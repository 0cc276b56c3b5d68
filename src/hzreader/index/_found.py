"""A search's answer as the store gives it: an order, or an order minus a few misses."""

from __future__ import annotations

import itertools
from typing import NamedTuple


class Found(NamedTuple):
    """A search's answer: `order` itself, or (with `misses`) `order` minus those rowids."""

    order: list[int]
    misses: set[int] | None = None
    ranked: bool = False  # True when ordered by relevance

    def rowids(self, limit: int | None = None) -> list[int]:
        """The matching rowids in order, cut at `limit`."""
        if not self.misses:
            return self.order[:limit]
        kept = itertools.filterfalse(self.misses.__contains__, self.order)
        return list(itertools.islice(kept, limit))


class SearchInterrupted(Exception):
    """A search that a newer one made moot (`ArticleStore.find(..., serial=N)`):
    stopped, with no answer. Not an `sqlite3.Error`: nothing went wrong."""
