"""The Textual app: panes, widgets, screens and their look. Only this package imports Textual."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hzreader._lazy import lazy_exports

if TYPE_CHECKING:
    from hzreader.ui._app import HzReaderApp, make_app
    from hzreader.ui._ending import remember_terminal
    from hzreader.ui._startup import pause_gc_until_painted

__getattr__, __dir__ = lazy_exports(__name__, {
    "_app": ("HzReaderApp", "make_app",),
    "_ending": ("remember_terminal",),
    "_startup": ("pause_gc_until_painted",),
})

__all__ = [
    "HzReaderApp",
    "make_app",
    "pause_gc_until_painted",
    "remember_terminal",
]
