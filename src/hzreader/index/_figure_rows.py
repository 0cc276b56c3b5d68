"""The key figures of some articles, read from the `figures` table as columns.

Each column comes as one JSON array (`json_group_array`), which Python decodes far faster
than it builds row tuples: a million figures arrive in well under a second. A scan of the
whole table goes in chunks, so memory stays bounded and the caller can stop early.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import zlib
from codecs import utf_8_decode
from collections.abc import Collection, Iterator, Sequence
from typing import Any, NamedTuple

from hzreader.index._body import INFLATE, needs_dictionary, unpack_body
from hzreader.index._db import FIGURE_BITS, MARK_BITS, load_dictionary
from hzreader.index._figure_sql import figure_condition
from hzreader.query import FigureTerm

#: Figures per chunk of a whole-table scan.
SCAN_CHUNK = 250_000
#: Above this share of all articles, scanning every figure beats looking up each article's
#: (the figures of 45 % of the 100k articles with `money>1e9`: 0.28 s by article, 0.5 s by
#: a scan that keeps them all).
SCAN_SHARE = 0.6
#: Figures of a term: looked up through the (kind, value) index up to this many per article
#: of the collection (≈ 5 % of the figures); more are found faster by reading the whole
#: table in order (0.25 s for 2 million) than one by one (0.86 s for 292,000).
MANY_PER_ARTICLE = 1.0
#: About how many figures an article has (news with many numbers): the cost of reading an
#: article's range of figure ids, against the figures a term finds.
FIGURES_PER_ARTICLE = 20

#: How much of the database file `figure_sources` maps into memory (address space only).
MAP_BYTES = 1 << 32

#: `FigureChunk`'s columns from the table's (see the schema in `_db`).
_COLUMNS = (f"id >> {FIGURE_BITS}", "field", "start", "start + length",
            "start - sentence_before", "start + length + sentence_after", "kind", "value", "high",
            f"marks & {(1 << MARK_BITS) - 1}", "unit")
_ARRAYS = "max(id), " + ", ".join(f"json_group_array(c{n})" for n in range(len(_COLUMNS)))
_SELECTED = ", ".join(f"{column} AS c{n}" for n, column in enumerate(_COLUMNS))


class FigureChunk(NamedTuple):
    """Figures as parallel columns, in table order (each article's in reading order)."""

    article: list[int]
    field: list[int]
    start: list[int]
    stop: list[int]
    sentence_start: list[int]
    sentence_stop: list[int]
    #: The kind's place in `model.FIGURE_KINDS`.
    kind: list[int]
    value: list[float | None]
    #: A range's high end (`model.Figure.high`), None for a single value.
    high: list[float | None]
    #: The age mark (`model.Figure.age`) plus twice a date's day in its year
    #: (`figures.date_day`): one column, as most rows have neither (0), read in half the
    #: time of two.
    marks: list[int]
    unit: list[str]


def _select(conn: sqlite3.Connection, lock: threading.RLock, where: str,
            params: Sequence[object], source: str = "figures", in_order: bool = False
            ) -> tuple[int | None, FigureChunk]:
    """One query's figures as columns, and the last figure id it returned (`in_order`: in
    id order, so each article's figures together and in reading order)."""
    # Ranges of ids walked in the order of a sorted list come in id order already (a sort
    # of 100,000 figures would cost a third of the query).
    ordered_already = source == _OF_ARTICLES
    order = " ORDER BY id" if in_order and not ordered_already and "ORDER BY" not in where \
        else ""
    sql = (f"WITH f AS (SELECT id, {_SELECTED} FROM {source} WHERE {where}{order}) "
           f"SELECT {_ARRAYS} FROM f")
    with lock:
        last, *arrays = conn.execute(sql, tuple(params)).fetchone()
        columns = [json.loads(text) if text else [] for text in arrays]
        if columns[-1]:  # units come as codes: the table of units has them
            names = dict(conn.execute(
                "SELECT code, unit FROM units WHERE code IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted(set(columns[-1]))),)))
            columns[-1] = [names[code] for code in columns[-1]]
    return last, FigureChunk(*columns)


#: The figures of the articles of a sorted JSON array of rowids: a range of ids each, in
#: id order (NOT INDEXED: with a figure term, the (kind, value) index would be read through
#: once per article; CROSS JOIN: SQLite walks the array, in its order, as the outer loop).
_OF_ARTICLES = (f"(SELECT value AS article FROM json_each(?)) CROSS JOIN figures NOT INDEXED "
                f"ON id "
                f"BETWEEN "
                f"article << {FIGURE_BITS} AND (article << {FIGURE_BITS}) + "
                f"{(1 << FIGURE_BITS) - 1}")


def figure_chunks(conn: sqlite3.Connection, lock: threading.RLock,
                  rowids: Collection[int] | None, terms: Sequence[FigureTerm],
                  total_articles: int, in_order: bool = False) -> Iterator[FigureChunk]:
    """The figures of the articles `rowids` (None: all) that some term accepts (no terms:
    all of them), in chunks, in no particular order (`in_order`: in id order, chunk after
    chunk). A chunk may hold figures of other articles: the caller keeps the ones it asked
    for."""
    where = "1"
    params: list[object] = []
    if terms:
        parts = [figure_condition(term) for term in terms]
        where = " OR ".join(f"({sql})" for sql, _ in parts)
        params += [p for _, term_params in parts for p in term_params]
    few = rowids is not None and len(rowids) <= SCAN_SHARE * max(total_articles, 1)
    count = 0
    if terms:  # counted only as far as the choice below needs (a batch: a millisecond)
        enough = int(max(total_articles, 1) * MANY_PER_ARTICLE)
        if few:
            enough = min(enough, len(rowids or ()) * FIGURES_PER_ARTICLE)
        with lock:
            (count,) = conn.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM figures WHERE {where} LIMIT ?)",
                [*params, enough + 1]).fetchone()
    many = count > max(total_articles, 1) * MANY_PER_ARTICLE  # too many for the index
    if few and (not terms or many or count > len(rowids or ()) * FIGURES_PER_ARTICLE):
        # Each article's range of ids: fewer rows than the term's (or no term).
        wanted = json.dumps(sorted(rowids or ()))
        yield _select(conn, lock, where, [wanted, *params], _OF_ARTICLES, in_order)[1]
        return
    if terms:  # the (kind, value) index finds them, or (many) a scan of the table
        if many:
            yield _select(conn, lock, where, params, "figures NOT INDEXED", in_order)[1]
        else:  # their ids from the index, then the rows in id order: twice as fast as in
            # value order (neighbouring rows share pages)
            yield _select(conn, lock, f"id IN (SELECT id FROM figures WHERE {where})", params,
                          "figures", in_order)[1]
        return
    last = -1
    while True:  # every figure: scan the table in id order, a chunk at a time
        last_seen, chunk = _select(conn, lock, f"id > ? ORDER BY id LIMIT {SCAN_CHUNK}", [last])
        if chunk.article:
            yield chunk
        if last_seen is None or len(chunk.article) < SCAN_CHUNK:
            return
        last = last_seen


#: An article's fields for exported figures: rowid, id, title, url, source, publication
#: time (seconds, or None), its `model.DatePrecision`, summary, and its stored body.
SourceRow = tuple[int, str, str, str, str, float | None, int, str, bytes]
_SOURCES = ("SELECT a.rowid, a.id, a.title, a.url, a.source, a.published_ts, "
            "a.date_precision, a.summary, b.body "
            "FROM articles AS a JOIN bodies AS b ON b.rowid = a.rowid "
            "WHERE a.rowid IN (SELECT value FROM json_each(?))")


def figure_sources(conn: sqlite3.Connection, lock: threading.RLock, rowids: Sequence[int]
                   ) -> tuple[list[SourceRow], BodyReader]:
    """The export fields of the articles `rowids` (in no order; unknown ones left out), with
    a reader of their stored bodies. No `Article` is built: a tenth of the cost."""
    with lock:
        # Read through a memory map: an export reads most of the file, and page by page
        # (read(2) and a copy each) takes a third more time (most of it in the kernel).
        conn.execute(f"PRAGMA mmap_size = {MAP_BYTES}")
        rows = conn.execute(_SOURCES, (json.dumps(list(rowids)),)).fetchall()
        wanted = next((found for row in rows if (found := needs_dictionary(row[8])) is not None),
                      None)
        dictionary = load_dictionary(conn) if wanted is not None else b""
    return rows, BodyReader(dictionary)


class BodyReader:
    """Unpacks stored bodies (`index._body`), only as far as asked.

    With zlib (no `isal`), a third of a 4 KB body's unpacking goes on taking in the 32 KB
    dictionary: a decompressor that has done it once is copied for each body instead.
    ISA-L's decompressor takes the dictionary at no such cost (and cannot be copied).
    """

    def __init__(self, dictionary: bytes) -> None:
        self.dictionary = dictionary
        self._primed: tuple[bytes, zlib._Decompress] | None = None

    def _start(self, stored: bytes) -> tuple[Any, bytes]:
        """A decompressor for `stored` with the dictionary taken in, and what it has to read
        of `stored` (with zlib: a copy past the header, which is read again)."""
        if INFLATE is not zlib:
            return INFLATE.decompressobj(zdict=self.dictionary), stored
        header = stored[:6]
        if self._primed is None or self._primed[0] != header:
            primed = zlib.decompressobj(zdict=self.dictionary)
            primed.decompress(header)
            self._primed = (header, primed)
        return self._primed[1].copy(), stored[6:]

    def text(self, stored: bytes, length: int | None = None) -> str:
        """The body, or (with `length`) at least its first `length` characters."""
        if not stored or needs_dictionary(stored) is None or not self.dictionary:
            return unpack_body(stored, self.dictionary)
        unpacker, rest = self._start(stored)
        if length is None or INFLATE is not zlib:  # ISA-L unpacks it all as fast as a part
            whole: bytes = unpacker.decompress(rest) + unpacker.flush()
            return whole.decode("utf-8", "surrogatepass")
        data: bytes = unpacker.decompress(rest, length)
        while True:  # a character takes at least one byte: read on until there are enough
            text, _ = utf_8_decode(data, "surrogatepass", False)
            if len(text) >= length:
                return text
            if not unpacker.unconsumed_tail:
                data += unpacker.flush()
                return data.decode("utf-8", "surrogatepass")
            data += unpacker.decompress(unpacker.unconsumed_tail, max(length - len(text), 256))
