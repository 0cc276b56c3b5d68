"""Article files: walking folders, reading YAML safely, validating into Articles and Problems."""

from __future__ import annotations

from hzreader.files._bundled import bundled_articles
from hzreader.files._collection import Collection
from hzreader.files._loader import discover_names, duplicate_renames, load_file, load_paths

__all__ = [
    "Collection",
    "bundled_articles",
    "discover_names",
    "duplicate_renames",
    "load_file",
    "load_paths",
]
