"""Where the bundled article collection lives, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path


def bundled_articles() -> Path:
    """The bundled `articles/` folder: inside the package when installed, else the checkout's."""
    package = Path(__file__).resolve().parents[1]
    packaged = package / "articles"
    if packaged.is_dir():
        return packaged
    return package.parents[1] / "articles"
