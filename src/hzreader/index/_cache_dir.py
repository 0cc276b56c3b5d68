"""Where hzreader keeps its disposable caches: never inside the articles folders."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from hzreader._hashes import sha256
from hzreader.dirs import cache_dir


def cache_root() -> Path:
    """`$XDG_CACHE_HOME/hzreader`, else the platform's user cache folder (platformdirs)."""
    return cache_dir()


def paths_key(paths: Iterable[str | os.PathLike[str]]) -> str:
    """A short stable hash of the set of resolved paths (order and duplicates ignored)."""
    resolved = sorted({str(Path(p).expanduser().resolve()) for p in paths})
    digest = sha256("\0".join(resolved).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:16]


def store_path(paths: Iterable[str | os.PathLike[str]]) -> Path:
    """The index database for this set of opened paths: `cache_root()/index-<hash>.sqlite3`."""
    return cache_root() / f"index-{paths_key(paths)}.sqlite3"
