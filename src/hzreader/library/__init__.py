"""What the UI asks for articles: one interface, in memory or backed by the index."""

from __future__ import annotations

from hzreader.library._base import (
    Library,
    MemoryLibrary,
    SearchResult,
    files_with_errors_summary,
    position_of,
)
from hzreader.library._figures import KIND_CODES, Cancelled, FigureColumns
from hzreader.library._indexed import StoreLibrary, open_store_library

__all__ = [
    "KIND_CODES",
    "Cancelled",
    "FigureColumns",
    "Library",
    "MemoryLibrary",
    "SearchResult",
    "StoreLibrary",
    "files_with_errors_summary",
    "open_store_library",
    "position_of",
]
