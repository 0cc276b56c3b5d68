"""The SQLite cache of opened folders: schema, sync, worker processes, merge, headlines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hzreader._lazy import lazy_exports

if TYPE_CHECKING:
    from hzreader.index._cache_dir import store_path
    from hzreader.index._figure_rows import FigureChunk
    from hzreader.index._found import SearchInterrupted
    from hzreader.index._fts_query import why_unranked
    from hzreader.index._headlines import FirstHeadlines, Headline, Headlines
    from hzreader.index._memory import limit_malloc_arenas
    from hzreader.index._store import ArticleStore
    from hzreader.index._sync import ProgressCallback, SyncReport

__getattr__, __dir__ = lazy_exports(__name__, {
    "_cache_dir": ("store_path",),
    "_figure_rows": ("FigureChunk",),
    "_found": ("SearchInterrupted",),
    "_fts_query": ("why_unranked",),
    "_headlines": ("FirstHeadlines", "Headline", "Headlines",),
    "_memory": ("limit_malloc_arenas",),
    "_store": ("ArticleStore",),
    "_sync": ("ProgressCallback", "SyncReport",),
})

__all__ = [
    "ArticleStore",
    "FigureChunk",
    "FirstHeadlines",
    "Headline",
    "Headlines",
    "ProgressCallback",
    "SearchInterrupted",
    "SyncReport",
    "limit_malloc_arenas",
    "store_path",
    "why_unranked",
]
