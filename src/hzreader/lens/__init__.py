"""The numbers lens: every key figure of a search's articles, as a table and as data."""

from __future__ import annotations

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
from hzreader.lens._format import value_text
from hzreader.lens._summary import UnitSummary, summarize
from hzreader.lens._table import ORDERS, ArticleReader, FigureTable, build_table, sorted_rows

__all__ = [
    "CSV_FIELDS",
    "FORMATS",
    "ORDERS",
    "ArticleReader",
    "FigureTable",
    "UnitSummary",
    "build_table",
    "export_file",
    "figures_command",
    "format_for_path",
    "records",
    "safe_cell",
    "sorted_rows",
    "summarize",
    "value_text",
    "write",
]
