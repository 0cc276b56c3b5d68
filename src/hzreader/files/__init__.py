"""Article files: walking folders, reading YAML safely, validating into Articles and Problems."""

from __future__ import annotations

from hzreader.files._bundled import bundled_articles, default_paths
from hzreader.files._collection import Collection
from hzreader.files._loader import (
    LoadResult,
    duplicate_renames,
    load_file,
    load_paths,
    load_text,
)
from hzreader.files._stream import MAX_DOCUMENT_BYTES, FilePart, plan_parts
from hzreader.files._walk import Rediscovery, discover_names, in_scope, rediscover
from hzreader.files._watch import EventWatcher, WatchUnavailable, changed_paths, events_unavailable

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "Collection",
    "EventWatcher",
    "FilePart",
    "LoadResult",
    "Rediscovery",
    "WatchUnavailable",
    "bundled_articles",
    "changed_paths",
    "default_paths",
    "discover_names",
    "duplicate_renames",
    "events_unavailable",
    "in_scope",
    "load_file",
    "load_paths",
    "load_text",
    "plan_parts",
    "rediscover",
]
