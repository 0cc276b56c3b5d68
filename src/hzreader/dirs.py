"""The user's folders for hzreader: cache, state, configuration and the article library.

One owner for the question "where does hzreader keep X". platformdirs knows each platform's
rules (and on Linux and the BSDs honours the XDG variables); an absolute `$XDG_*_HOME` is
honoured on every platform, so a test or a user can move any of them anywhere.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "hzreader"


def _xdg(variable: str) -> Path | None:
    """`$VARIABLE/hzreader` when the variable holds an absolute path, else None."""
    value = os.environ.get(variable, "").strip()
    return Path(value) / APP_NAME if value and os.path.isabs(value) else None


def cache_dir() -> Path:
    """Disposable caches (the search index, remembered HTTP validators)."""
    return _xdg("XDG_CACHE_HOME") or Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def state_dir() -> Path:
    """What the reader did: marks, positions, theme."""
    return _xdg("XDG_STATE_HOME") or Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """What the user chose: the feed subscriptions."""
    return _xdg("XDG_CONFIG_HOME") or Path(
        platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The user's own data; the library of imported articles lives in it."""
    return _xdg("XDG_DATA_HOME") or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def library_dir() -> Path:
    """The user's article library: where `hzreader import` writes by default."""
    return data_dir() / "articles"
