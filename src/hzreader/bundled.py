"""Where the bundled article collection lives, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path


def bundled_articles() -> Path:
    """The bundled `articles/` folder: inside the package when installed, else the checkout's."""
    packaged = Path(__file__).resolve().parent / "articles"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "articles"
