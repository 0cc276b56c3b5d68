"""Bringing articles in: feeds (RSS, Atom, JSON Feed), OPML lists, article pages and Markdown
become one YAML article file each; subscriptions are remembered and updated."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hzreader._lazy import lazy_exports

if TYPE_CHECKING:
    from hzreader.feeds._command import (
        export_opml_main,
        import_main,
        update_main,
        update_subscriptions,
    )
    from hzreader.feeds._html import to_paragraphs
    from hzreader.feeds._model import Entry, Outline, Parsed, SourceError
    from hzreader.feeds._report import SourceReport
    from hzreader.feeds._run import Importer, ImportOptions, Job, ProgressCallback
    from hzreader.feeds._subs import load_subscriptions, subscriptions_path

__getattr__, __dir__ = lazy_exports(__name__, {
    "_command": ("export_opml_main", "import_main", "update_main", "update_subscriptions",),
    "_html": ("to_paragraphs",),
    "_model": ("Entry", "Outline", "Parsed", "SourceError",),
    "_report": ("SourceReport",),
    "_run": ("Importer", "ImportOptions", "Job", "ProgressCallback",),
    "_subs": ("load_subscriptions", "subscriptions_path",),
})

__all__ = [
    "Entry",
    "ImportOptions",
    "Importer",
    "Job",
    "Outline",
    "Parsed",
    "ProgressCallback",
    "SourceError",
    "SourceReport",
    "export_opml_main",
    "import_main",
    "load_subscriptions",
    "subscriptions_path",
    "to_paragraphs",
    "update_main",
    "update_subscriptions",
]
