"""Article files: walking folders, reading YAML safely, validating into Articles and Problems."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hzreader._lazy import lazy_exports

if TYPE_CHECKING:
    from hzreader.files._bundled import bundled_articles, default_paths
    from hzreader.files._collection import Collection
    from hzreader.files._duplicates import duplicate_renames
    from hzreader.files._loader import (
        LoadResult,
        load_file,
        load_paths,
        load_text,
        no_article,
    )
    from hzreader.files._stream import (
        MAX_DOCUMENT_BYTES,
        ContentDigest,
        FilePart,
        file_digest,
        plan_parts,
    )
    from hzreader.files._walk import (
        Rediscovery,
        discover_names,
        in_scope,
        missing_paths,
        rediscover,
    )
    from hzreader.files._watch import (
        EventWatcher,
        WatchUnavailable,
        changed_paths,
        events_unavailable,
    )
    from hzreader.files._yaml import yaml_problem

__getattr__, __dir__ = lazy_exports(__name__, {
    "_bundled": ("bundled_articles", "default_paths",),
    "_collection": ("Collection",),
    "_duplicates": ("duplicate_renames",),
    "_loader": ("LoadResult", "load_file", "load_paths", "load_text",
                "no_article",),
    "_stream": ("MAX_DOCUMENT_BYTES", "ContentDigest", "FilePart", "file_digest",
                "plan_parts",),
    "_walk": ("Rediscovery", "discover_names", "in_scope", "missing_paths", "rediscover",),
    "_watch": ("EventWatcher", "WatchUnavailable", "changed_paths", "events_unavailable",),
    "_yaml": ("yaml_problem",),
})

__all__ = [
    "Collection",
    "ContentDigest",
    "EventWatcher",
    "FilePart",
    "LoadResult",
    "MAX_DOCUMENT_BYTES",
    "Rediscovery",
    "WatchUnavailable",
    "bundled_articles",
    "changed_paths",
    "default_paths",
    "discover_names",
    "duplicate_renames",
    "events_unavailable",
    "file_digest",
    "in_scope",
    "load_file",
    "load_paths",
    "load_text",
    "missing_paths",
    "no_article",
    "plan_parts",
    "rediscover",
    "yaml_problem",
]
