"""The query language: what the user typed, parsed once, and what each term matches."""

from __future__ import annotations

from hzreader.query._dates import DateTerm, from_timestamp, parse_date_filter, timestamp
from hzreader.query._figures import FigureTerm
from hzreader.query._search import (
    FIELDS,
    MemoryIndex,
    Query,
    StatusLookup,
    StatusTerm,
    Term,
    match_spans,
    merge_spans,
    parse_query,
)

__all__ = [
    "DateTerm",
    "FIELDS",
    "FigureTerm",
    "MemoryIndex",
    "Query",
    "StatusLookup",
    "StatusTerm",
    "Term",
    "from_timestamp",
    "match_spans",
    "merge_spans",
    "parse_date_filter",
    "parse_query",
    "timestamp",
]
