"""The query language: what the user typed, parsed once, and what each term matches.

`_tokens` is the one definition of what a word matches (used by the in-memory search here
and by the index), `_query` is a parsed query (`_front` parses a blank one without the parser),
`_parse` reads the query, `_match` answers it in memory and finds the
spans to highlight, `_dates` and `_figures` are the date and figure filters, `_inflect` the
other forms of an English word (`Term.variants`: `lily` also finds "lilies").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hzreader._lazy import lazy_exports

if TYPE_CHECKING:
    from hzreader.query._dates import DateTerm, parse_date_filter
    from hzreader.query._dimension_notes import UNIT_ADVICE
    from hzreader.query._front import parse_query
    from hzreader.query._match import (
        MemoryIndex,
        Words,
        match_spans,
        merge_spans,
        split_words,
    )
    from hzreader.query._notes import filter_notes
    from hzreader.query._parse import ALL_FIELDS, FIELDS
    from hzreader.query._query import HighlightTerm, Query, StatusLookup, StatusTerm
    from hzreader.query._terms import HIGH_END_OPS, SECONDS_IN, FigureTerm, Measure, noun_key
    from hzreader.query._time import from_timestamp, local_day, local_time, timestamp
    from hzreader.query._tokens import (
        BLANK_LINES,
        BREAK,
        encode_symbol,
        is_cjk_token,
        is_symbol_token,
        mark_numbers,
        mark_symbols,
        split_blocks,
        term_tokens,
        tokenize,
    )
    from hzreader.query._word_term import Term

__getattr__, __dir__ = lazy_exports(__name__, {
    "_dates": ("DateTerm", "parse_date_filter"),
    "_time": ("from_timestamp", "local_day", "local_time", "timestamp"),
    "_terms": ("FigureTerm", "HIGH_END_OPS", "Measure", "SECONDS_IN", "noun_key"),
    "_match": ("MemoryIndex", "Words", "match_spans", "merge_spans", "split_words",),
    "_dimension_notes": ("UNIT_ADVICE",),
    "_notes": ("filter_notes",),
    "_parse": ("ALL_FIELDS", "FIELDS"),
    "_word_term": ("Term",),
    "_query": ("HighlightTerm", "Query", "StatusLookup", "StatusTerm"),
    "_front": ("parse_query",),
    "_tokens": (
        "BLANK_LINES",
        "BREAK",
        "encode_symbol",
        "is_cjk_token",
        "is_symbol_token",
        "mark_numbers",
        "mark_symbols",
        "split_blocks",
        "term_tokens",
        "tokenize",
    ),
})

__all__ = [
    "ALL_FIELDS",
    "BLANK_LINES",
    "BREAK",
    "DateTerm",
    "FIELDS",
    "FigureTerm",
    "HIGH_END_OPS",
    "HighlightTerm",
    "Measure",
    "MemoryIndex",
    "Query",
    "SECONDS_IN",
    "StatusLookup",
    "StatusTerm",
    "Term",
    "Words",
    "encode_symbol",
    "filter_notes",
    "UNIT_ADVICE",
    "from_timestamp",
    "local_day",
    "local_time",
    "is_cjk_token",
    "is_symbol_token",
    "mark_numbers",
    "mark_symbols",
    "match_spans",
    "noun_key",
    "merge_spans",
    "parse_date_filter",
    "parse_query",
    "split_blocks",
    "split_words",
    "term_tokens",
    "timestamp",
    "tokenize",
]
