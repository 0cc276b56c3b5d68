"""An article's rows in every table: written together, and deleted together.

Besides `articles`, an article has its body in `bodies`, its words in `fts` and their first
letters in `prefixes` (both contentless full-text tables: a row leaves them only when given
the values it was indexed with, worked out again from the stored article), its figures in
`figures`. The first pass of a sync writes the first three, and the `prefixes` row when it
is made with the text (`_sync.FIRST_PASS_PREFIXES`, or a sync without worker processes,
once the database's dense prefixes are chosen); the second pass the `prefixes` rows still
owed and the figures (`figures_pending` and `prefixes_pending` tell which are).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Sequence

from hzreader.files import duplicate_renames
from hzreader.index._body import unpack_body
from hzreader.index._db import FIGURE_BITS, MARK_BITS, load_dense, load_dictionary
from hzreader.index._fts_query import FTS_COLUMNS, index_values
from hzreader.index._prefixes import DENSE_SAMPLE, choose_dense, prefix_text
from hzreader.index._prefixes import TABLE as PREFIXES
from hzreader.index._work import (
    ArticleRows,
    FigureRow,
    SecondPassRow,
    code_key,
    figures_version,
    problem_row,
)

ARTICLE_INSERT = (
    "INSERT INTO articles(rowid, file_id, datekey, id, path, line, title, published_ts, "
    "date_precision, source, author, url, tags, related, extra, key, summary) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_BODY_INSERT = "INSERT INTO bodies(rowid, body) VALUES (?, ?)"
PROBLEM_INSERT = ("INSERT INTO problems(file_id, path, message, line, col, severity) "
                  "VALUES (?, ?, ?, ?, ?, ?)")
_FTS_INSERT = (f"INSERT INTO fts(rowid, {', '.join(FTS_COLUMNS)}) "
               f"VALUES (?{', ?' * len(FTS_COLUMNS)})")
_FTS_DELETE = (f"INSERT INTO fts(fts, rowid, {', '.join(FTS_COLUMNS)}) "
               f"VALUES ('delete', ?{', ?' * len(FTS_COLUMNS)})")
PREFIXES_INSERT = f"INSERT INTO {PREFIXES}(rowid, words) VALUES (?, ?)"
_PREFIXES_DELETE = f"INSERT INTO {PREFIXES}({PREFIXES}, rowid, words) VALUES ('delete', ?, ?)"
_FIGURES_DELETE = "DELETE FROM figures WHERE id BETWEEN ? AND ?"


def insert_articles(conn: sqlite3.Connection, file_id: int, rowids: Sequence[int],
                    articles: Sequence[ArticleRows]) -> None:
    """Write the rows of some articles of one file (`article_rows`) under `rowids`."""
    pairs = list(zip(rowids, articles, strict=True))
    conn.executemany(ARTICLE_INSERT, [(rowid, file_id, *row[:-1]) for rowid, (row, _, _) in pairs])
    conn.executemany(_BODY_INSERT, [(rowid, row[-1]) for rowid, (row, _, _) in pairs])
    conn.executemany(_FTS_INSERT, [(rowid, *values) for rowid, (_, values, _) in pairs])
    conn.executemany(PREFIXES_INSERT, [(rowid, words) for rowid, (_, _, words) in pairs
                                       if words is not None])
    # The second pass gives the figures, and the first letters not written here.
    conn.executemany("INSERT INTO figures_pending(rowid) VALUES (?)",
                     [(rowid,) for rowid in rowids])
    conn.executemany("INSERT INTO prefixes_pending(rowid) VALUES (?)",
                     [(rowid,) for rowid, (_, _, words) in pairs if words is None])


def delete_files(conn: sqlite3.Connection, file_ids: Iterable[int]) -> int:
    """Remove files with their articles, index entries, figures and problems; count articles."""
    deleted = 0
    last = (1 << FIGURE_BITS) - 1
    dictionary = load_dictionary(conn)
    dense = load_dense(conn)
    for file_id in file_ids:
        rows = conn.execute(
            "SELECT a.rowid, title, summary, tags, source, author, body, p.rowid IS NOT NULL "
            "FROM articles AS a JOIN bodies AS b ON b.rowid = a.rowid "
            "LEFT JOIN prefixes_pending AS p ON p.rowid = a.rowid WHERE file_id = ?",
            (file_id,)).fetchall()
        # A contentless full-text table forgets a row only when told the values it indexed.
        fts = []
        prefixes = []
        for rowid, title, summary, tags, source, author, stored, pending in rows:
            body = unpack_body(stored, dictionary)
            tag_list = json.loads(tags)
            fts.append((rowid, *index_values(title, summary, tag_list, source, author, body)))
            if not pending:
                prefixes.append((rowid, prefix_text(
                    (title, summary, *tag_list, source, author, body), dense)))
        conn.executemany(_FTS_DELETE, fts)
        conn.executemany(_PREFIXES_DELETE, prefixes)
        rowids = [(row[0],) for row in rows]
        conn.executemany(_FIGURES_DELETE, [(rowid << FIGURE_BITS, (rowid << FIGURE_BITS) + last)
                                           for (rowid,) in rowids])
        conn.executemany("DELETE FROM figures_pending WHERE rowid = ?", rowids)
        conn.executemany("DELETE FROM prefixes_pending WHERE rowid = ?", rowids)
        conn.executemany("DELETE FROM bodies WHERE rowid = ?", rowids)
        conn.execute("DELETE FROM articles WHERE file_id = ?", (file_id,))
        conn.execute("DELETE FROM problems WHERE file_id = ?", (file_id,))
        conn.execute("DELETE FROM files WHERE id = ?", (file_id,))
        deleted += len(rows)
    return deleted


def insert_figures(conn: sqlite3.Connection, rows: Sequence[FigureRow],
                   codes: dict[str, int]) -> None:
    """Write `figures` rows, their units and measure words (text) turned into codes of
    `units` (new ones added; `codes` is the table's, kept up to date)."""
    for unit in {row[8] for row in rows}.union(row[12] for row in rows).difference(codes):
        codes[unit] = conn.execute("INSERT INTO units(unit) VALUES (?)", (unit,)).lastrowid or 0
    # In id order, as the table appends: cold17 wrote them in the (kind, value) index's
    # order (≈ 2.5 s less CPU at 100k), which split the table's pages (+8 % of its size,
    # ≈ 9 MB at 100k, with the index at its 1.5× limit: review17).
    conn.executemany("INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(*row[:8], codes[row[8]], row[9],
                       row[10] + 2 * row[11] + (codes[row[12]] << MARK_BITS)) for row in rows])


def known_dense(conn: sqlite3.Connection) -> frozenset[str] | None:
    """The database's dense prefixes, None while they may still be chosen (no article has
    its `prefixes` row yet)."""
    dense = load_dense(conn)
    if dense or conn.execute("SELECT 1 FROM articles WHERE rowid NOT IN "
                             "(SELECT rowid FROM prefixes_pending) LIMIT 1").fetchone():
        return dense
    return None


def dense_prefixes(conn: sqlite3.Connection, pending: Collection[int],
                   dictionary: bytes, least: int | None = None) -> frozenset[str]:
    """The prefixes written as their absence (`index._prefixes`): chosen once, from the first
    articles written by the first big sync (`pending`: the articles without their row; at
    least `least` of them, by default `DENSE_SAMPLE`), before the table has any row."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'dense_prefixes'").fetchone()
    if row is not None:
        return frozenset(row[0].split())
    if len(pending) < (DENSE_SAMPLE if least is None else least) or len(pending) < conn.execute(
            "SELECT count(*) FROM articles").fetchone()[0]:
        return frozenset()  # too few to judge, or rows already written without
    sample = sorted(pending)[:DENSE_SAMPLE]
    dense = choose_dense(
        (title, summary, *json.loads(tags), source, author, unpack_body(body, dictionary))
        for title, summary, tags, source, author, body in conn.execute(
            f"SELECT title, summary, tags, source, author, body FROM articles AS a JOIN "
            f"bodies AS b ON b.rowid = a.rowid WHERE a.rowid IN "
            f"({','.join('?' * len(sample))})", sample))
    conn.execute("INSERT INTO meta VALUES ('dense_prefixes', ?)", (" ".join(sorted(dense)),))
    return dense


def second_pass_rows(conn: sqlite3.Connection, rowids: Sequence[int], figures: Collection[int],
                     prefixes: Collection[int]) -> list[SecondPassRow]:
    """The articles `rowids` as the second pass's workers take them (`_work.second_pass`),
    with whether their figures (in `figures`) and their `prefixes` row (in `prefixes`) are
    wanted."""
    return [(*row, row[0] in figures, row[0] in prefixes) for row in conn.execute(
        f"SELECT a.rowid, title, summary, tags, source, author, body FROM articles AS a "
        f"JOIN bodies AS b ON b.rowid = a.rowid WHERE a.rowid IN "
        f"({','.join('?' * len(rowids))})", rowids)]


def check_figures_version(conn: sqlite3.Connection) -> None:
    """Queue every article for figure extraction when the extractor changed, and note which
    code found it unchanged (`figures_current` then needs no extractor)."""
    version = figures_version()
    if _stored_version(conn) != version:
        conn.execute("DELETE FROM figures")
        conn.execute("DELETE FROM figures_pending")
        conn.execute("INSERT INTO figures_pending SELECT rowid FROM articles")
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('figures', ?)", (version,))
    checked = f"{code_key()} {version}"
    if _stored(conn, "figures_code") != checked:
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('figures_code', ?)", (checked,))


def figures_current(conn: sqlite3.Connection) -> bool:
    """Whether the figures stored were found by this extractor. Known without running it
    when this very code checked the version they were stored with (an older hzreader
    writing in between changes that version, and then the extractor is run)."""
    version = _stored_version(conn)
    if version is None:
        return False
    key = code_key()
    if key and _stored(conn, "figures_code") == f"{key} {version}":
        return True
    return version == figures_version()


def _stored_version(conn: sqlite3.Connection) -> str | None:
    """The version of the extractor that found the stored figures (`figures_version`)."""
    return _stored(conn, "figures")


def _stored(conn: sqlite3.Connection, key: str) -> str | None:
    """A value of the `meta` table."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def rename_duplicate_ids(conn: sqlite3.Connection, first_rowid: int) -> bool:
    """Give repeated article ids a `~N` suffix with a warning, as the in-memory loader does.

    Only an article written by this sync can repeat an id, so only their ids are looked
    at. The warning belongs to the renamed article's file, so it goes when that file
    changes. True when it renamed any.
    """
    # Only the repeated ids are read (after a cold sync, not every article's row).
    rows = conn.execute(
        "SELECT id, path, line, rowid, file_id FROM articles WHERE id IN "
        "(SELECT id FROM articles GROUP BY id HAVING count(*) > 1 AND max(rowid) >= ?) "
        "ORDER BY path, line", (first_rowid,)).fetchall()
    if not rows:
        return False
    taken = [taken_id for article_id in {row[0] for row in rows}
             for (taken_id,) in conn.execute(
                 "SELECT id FROM articles WHERE id >= ? AND id < ?",
                 (article_id + "~", article_id + "\x7f"))]
    for position, new_id, problem in duplicate_renames([row[:3] for row in rows], taken):
        rowid, file_id = rows[position][3:]
        conn.execute("UPDATE articles SET id = ? WHERE rowid = ?", (new_id, rowid))
        conn.execute(PROBLEM_INSERT, (file_id, *problem_row(problem)))
    return True
