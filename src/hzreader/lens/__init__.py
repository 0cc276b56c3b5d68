"""The numbers lens: every key figure of a search's articles, as a table and as data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hzreader._lazy import lazy_exports

if TYPE_CHECKING:
    from hzreader.lens._cli import figures_command
    from hzreader.lens._export import (
        CSV_FIELDS,
        FORMATS,
        export_file,
        format_for_path,
        records,
        safe_cell,
        write,
    )
    from hzreader.lens._format import VALUE_CELLS, fitted_value, value_cell, value_text
    from hzreader.lens._relist import FigureKey, figure_key, matching_row, same_articles
    from hzreader.lens._summary import UnitSummary, summarize
    from hzreader.lens._table import ORDERS, ArticleReader, FigureTable, build_table, sorted_rows

__getattr__, __dir__ = lazy_exports(__name__, {
    "_cli": ("figures_command",),
    "_export": (
        "CSV_FIELDS",
        "FORMATS",
        "export_file",
        "format_for_path",
        "records",
        "safe_cell",
        "write",
    ),
    "_format": ("VALUE_CELLS", "fitted_value", "value_cell", "value_text"),
    "_relist": ("FigureKey", "figure_key", "matching_row", "same_articles"),
    "_summary": ("UnitSummary", "summarize",),
    "_table": ("ORDERS", "ArticleReader", "FigureTable", "build_table", "sorted_rows",),
})

__all__ = [
    "ArticleReader",
    "CSV_FIELDS",
    "FORMATS",
    "FigureKey",
    "FigureTable",
    "ORDERS",
    "UnitSummary",
    "build_table",
    "export_file",
    "figure_key",
    "figures_command",
    "format_for_path",
    "matching_row",
    "records",
    "same_articles",
    "safe_cell",
    "sorted_rows",
    "summarize",
    "VALUE_CELLS",
    "fitted_value",
    "value_cell",
    "value_text",
    "write",
]
