"""Key figures: `extract(text)` finds the typed numbers of a text, with their values."""

from __future__ import annotations

from hzreader.figures._extract import extract, format_value, parse_number

__all__ = [
    "extract",
    "format_value",
    "parse_number",
]
