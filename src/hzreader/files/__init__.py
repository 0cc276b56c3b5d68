"""Article files: walking folders, reading YAML safely, validating into Articles and Problems."""

from __future__ import annotations

from hzreader.files._bundled import bundled_articles, default_paths
from hzreader.files._collection import Collection
from hzreader.files._loader import (
    LoadResult,
    discover_names,
    duplicate_renames,
    load_file,
    load_paths,
    load_text,
)

__all__ = [
    "Collection",
    "LoadResult",
    "bundled_articles",
    "default_paths",
    "discover_names",
    "duplicate_renames",
    "load_file",
    "load_paths",
    "load_text",
]
