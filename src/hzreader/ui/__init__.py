"""The Textual app: panes, widgets, screens and their look. Only this package imports Textual."""

from __future__ import annotations

from hzreader.ui._app import HzReaderApp, make_app

__all__ = [
    "HzReaderApp",
    "make_app",
]
