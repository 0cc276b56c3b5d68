"""Where the bundled article collection lives, and what `hzreader` opens with no path."""

from __future__ import annotations

import os
from pathlib import Path

from hzreader.dirs import library_dir


def bundled_articles() -> Path:
    """The bundled `articles/` folder: inside the package when installed, else the checkout's."""
    package = Path(__file__).resolve().parents[1]
    packaged = package / "articles"
    if packaged.is_dir():
        return packaged
    return package.parents[1] / "articles"


def default_paths() -> list[Path]:
    """The user's library when it holds an article file, else the bundled collection.

    The bundled sample is a demo: once the library has the user's own news, it stays out of
    their list (open it by its path when wanted).
    """
    library = library_dir()
    return [library] if _holds_yaml(library) else [bundled_articles()]


def _holds_yaml(folder: Path) -> bool:
    """True when some non-hidden `.yaml`/`.yml` file lies under `folder` (stops at the first)."""
    stack = [str(folder)]
    while stack:
        try:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    if entry.name.endswith((".yaml", ".yml")) and entry.is_file():
                        return True
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
        except OSError:
            continue
    return False
