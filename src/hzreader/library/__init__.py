"""What the UI asks for articles: one interface, in memory or backed by the index."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hzreader._lazy import lazy_exports

if TYPE_CHECKING:
    from hzreader.library._base import (
        Library,
        MemoryLibrary,
        SearchResult,
        files_with_errors_summary,
        moved_position,
        position_of,
        position_of_key,
    )
    from hzreader.library._figures import KIND_CODES, Cancelled, FigureColumns
    from hzreader.library._indexed import StoreLibrary, is_gone, open_store_library

__getattr__, __dir__ = lazy_exports(__name__, {
    "_base": (
        "Library",
        "MemoryLibrary",
        "SearchResult",
        "files_with_errors_summary",
        "moved_position",
        "position_of",
        "position_of_key",
    ),
    "_figures": ("KIND_CODES", "Cancelled", "FigureColumns",),
    "_indexed": ("StoreLibrary", "is_gone", "open_store_library",),
})

__all__ = [
    "Cancelled",
    "FigureColumns",
    "KIND_CODES",
    "Library",
    "MemoryLibrary",
    "SearchResult",
    "StoreLibrary",
    "files_with_errors_summary",
    "is_gone",
    "moved_position",
    "open_store_library",
    "position_of",
    "position_of_key",
]
