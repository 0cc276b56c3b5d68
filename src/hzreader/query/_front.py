"""`parse_query`'s front: a blank search bar is the empty query, without loading the parser
(`_parse`), its filters and their patterns (≈ 5 ms of start-up: the first frame shows no
search)."""

from __future__ import annotations

from hzreader.query._query import Query


def parse_query(raw: str) -> Query:
    """Parse the search bar's text (`_parse.parse_query`). Never raises: odd input is
    searched for literally. Blank text is the empty query, without loading the parser."""
    if raw.isspace() or not raw:
        return Query(raw)
    from hzreader.query._parse import parse_query as parse

    return parse(raw)
