"""The store's SQLite file: schema, connections, locking, validation and recovery."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

from hzreader import __version__
from hzreader.index._tokens import TOKENIZER

#: The first letters' table (`_prefixes`).
PREFIX_TABLE = "prefixes"

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

SCHEMA_VERSION = 17  # 12: hard-wrapped Chinese lines join to nothing in the text indexed;
# 13: each figure's age mark, date's day and measure word, in `marks` (store17);
# 14: a summary's hard-wrapped Chinese lines joined, folded YAML breaks joined (flow19);
# 15: a pipe table's row is its figures' sentence, whatever its cells hold (table19);
# 16: tags indexed as the header shows them, `#economy` (feeds19);
# 17: a `>` body's paragraphs kept apart, folds after an anchor or tag joined (review18a)
APPLICATION_ID = 0x687A7264  # "hzrd"
_CORRUPTION_CODES = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB
#: Database page size, set when the file is created: 16 KiB pages (and full-text index pages
#: to match) make a cold index build ~15 % cheaper than 4 KiB ones, searches no slower.
PAGE_SIZE = 16384
#: Full-text index pages: as full as a database page can hold in one piece (a record of up to
#: PAGE_SIZE - 35 bytes; FTS5 goes a few bytes past this size, never more than ~10).
FTS_PAGE_BYTES = 16300
#: A figure's id is its article's rowid shifted left by this many bits, plus its number in the
#: article (an article keeps its first 65,536 figures).
FIGURE_BITS = 16
#: In a figure's `marks`, the bits below the measure word's code (`age + 2 * date_day`).
MARK_BITS = 10
#: Undated articles sort after every dated one.
UNDATED = -1e300

SCHEMA = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- One row per article file: `key` is its path below its opened folder joined to that
-- folder's real path (the same file opened through a symlink or by its real path has one
-- key; `index._plan.FileKeys`), `shown` the path as opened; `hash` the `ContentDigest` of
-- the bytes its rows were made from (NULL: none, read it again when its stamp changes).
CREATE TABLE files(
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, shown TEXT NOT NULL,
    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, hash INTEGER);
CREATE TABLE articles(
    rowid INTEGER PRIMARY KEY, file_id INTEGER NOT NULL, datekey REAL NOT NULL,
    id TEXT NOT NULL, path TEXT NOT NULL, line INTEGER NOT NULL, title TEXT NOT NULL,
    published_ts REAL, date_precision INTEGER NOT NULL, source TEXT NOT NULL,
    author TEXT NOT NULL, url TEXT NOT NULL, tags TEXT NOT NULL, related TEXT NOT NULL,
    extra TEXT NOT NULL, key TEXT NOT NULL, summary TEXT NOT NULL);
-- Bodies, compressed (`index._body`) with the dictionary of `dictionary` (one row, made by
-- the first big sync) or without one; in a table of their own, so the rows of `articles`
-- stay small (reading every headline's columns reads little).
CREATE TABLE bodies(rowid INTEGER PRIMARY KEY, body BLOB NOT NULL);
CREATE TABLE dictionary(data BLOB NOT NULL);
CREATE INDEX articles_file ON articles(file_id);
CREATE INDEX articles_heads ON articles(datekey DESC, path, line);
CREATE INDEX articles_published ON articles(date_precision, published_ts)
    WHERE published_ts IS NOT NULL;
CREATE INDEX articles_key ON articles(key);
CREATE INDEX articles_id ON articles(id);
CREATE TABLE problems(
    file_id INTEGER, path TEXT NOT NULL, message TEXT NOT NULL, line INTEGER, col INTEGER,
    severity TEXT NOT NULL);
CREATE INDEX problems_file ON problems(file_id);
-- Every key figure (see `model.Figure` and `index._figure_rows`): `id` is the article's rowid
-- shifted left by {FIGURE_BITS} bits plus the figure's number in the article, so an article's
-- figures are one range of ids, in reading order. `field` 0 is the summary, 1 the body; the
-- figure is `length` characters at `start` in that text as stored, in a sentence that starts
-- `sentence_before` characters before it and ends `sentence_after` after it. `kind` is the
-- position in `model.FIGURE_KINDS`, `unit` a code of `units`; `high` a range's high end
-- (`Figure.high`; NULL for a single value, most rows: one byte of the row's header).
-- `marks` holds three marks in one number, as most rows have none (0 takes no byte but the
-- header's, and one column one byte of it, where three took three: ≈ 7 MB at 100k):
-- `age + 2 * date_day + 1024 * measure_word`. `age` is 1 for an age (`Figure.age`: a sum of
-- durations leaves it out), else 0; `date_day` a date's day in its year, month * 32 + day
-- (`figures.date_day`: dates sort by it within their year, their text unread), else 0;
-- `measure_word` a Chinese count's measure word ("120家企业": 家; `figures.measure_word`:
-- `count>100 家` finds it), a code of `units` (0: none).
-- Small numbers, so a row takes ≈ 29 bytes.
CREATE TABLE figures(
    id INTEGER PRIMARY KEY, field INTEGER NOT NULL, start INTEGER NOT NULL,
    length INTEGER NOT NULL, sentence_before INTEGER NOT NULL, sentence_after INTEGER NOT NULL,
    kind INTEGER NOT NULL, value REAL, unit INTEGER NOT NULL, high REAL,
    marks INTEGER NOT NULL);
-- Figure terms (`money>1e9`) find their figures here, and their articles from the ids; a
-- range's high end (`money>1e9` finds "$0.8bn-1.2bn") in the small index of ranges.
CREATE INDEX figures_kind_value ON figures(kind, value);
CREATE INDEX figures_kind_high ON figures(kind, high) WHERE high IS NOT NULL;
-- Each unit once (the sync keeps the unit → code map; no index on the text).
CREATE TABLE units(code INTEGER PRIMARY KEY, unit TEXT NOT NULL);
INSERT INTO units VALUES (0, '');
-- Articles whose figures, or whose row of `prefixes`, the second pass of a sync still owes
-- (until theirs is written, short words are searched in `fts`: see `index._prefixes`).
CREATE TABLE figures_pending(rowid INTEGER PRIMARY KEY);
CREATE TABLE prefixes_pending(rowid INTEGER PRIMARY KEY);
CREATE TABLE snapshot(generation INTEGER NOT NULL, data BLOB NOT NULL);
-- The words with their positions (phrases need them); no prefix indexes: the first letters
-- typed are served by `prefixes` (see `index._prefixes`).
CREATE VIRTUAL TABLE fts USING fts5(
    title, summary, tags, source, author, body, every,
    content='', tokenize='{TOKENIZER}');
CREATE VIRTUAL TABLE {PREFIX_TABLE} USING fts5(
    words, content='', detail=none, columnsize=0, tokenize='{TOKENIZER}');
INSERT INTO meta VALUES ('generation', '0');
-- Flush the in-memory index at 4 MiB: a hash table near the CPU cache's size makes inserts
-- ~15 % cheaper than at 64 MiB (8 MiB: as fast, and ≈ 5 MB more at a cold start's peak).
-- The extra segments are merged after a bulk sync (store_merge).
INSERT INTO fts(fts, rank) VALUES ('hashsize', 4194304);
INSERT INTO {PREFIX_TABLE}({PREFIX_TABLE}, rank) VALUES ('hashsize', 8388608);
-- Index pages that fill the database pages (see `PAGE_SIZE`) but never spill over them.
INSERT INTO fts(fts, rank) VALUES ('pgsz', {FTS_PAGE_BYTES});
INSERT INTO {PREFIX_TABLE}({PREFIX_TABLE}, rank) VALUES ('pgsz', {FTS_PAGE_BYTES});
"""


def fingerprint() -> str:
    """What must match for a database to be reused: app, schema, Unicode, key, cleaning and
    folding versions (the index holds cleaned, folded text: a search folds its words alike).
    A change to `fold`'s rules (not its data) bumps `SCHEMA_VERSION`."""
    from hzreader.model import Article, article_key
    from hzreader.text import chinese_table_digest, clean_line, escape_rules_digest, fold

    canary = article_key(Article(id="", title="Tïtle", body="Body 杭州"))
    # the index holds cleaned text too: "a\u200bb" is "a b" since the zero-width space
    # between two Latin letters became a space; the escape rules by their digest (an
    # unterminated string sequence keeps the text after it since tryout15)
    cleaned = clean_line("a\u200bb") + "/" + escape_rules_digest()
    folded = f"{fold('Tïtle ﬁ')}/{chinese_table_digest()}/{cleaned}"
    return f"{__version__}/{SCHEMA_VERSION}/{unicodedata.unidata_version}/{canary}/{folded}"


def connect(path: Path) -> sqlite3.Connection:
    """A connection in WAL mode that waits for other writers instead of failing."""
    conn = sqlite3.connect(path, timeout=60.0, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 60000")
    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # only takes effect on a new file
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA secure_delete = OFF")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA journal_size_limit = 67108864")  # shrink the WAL after big syncs
    # a Chinese counted noun is compared folded, as in memory (`query._terms.noun_key`)
    conn.create_function("hz_noun_key", 1, _noun_key, deterministic=True)
    return conn


def _noun_key(unit: object) -> str | None:
    """`query.noun_key` for SQL (a unit is text; anything else is no noun: NULL)."""
    from hzreader.query import noun_key

    return noun_key(unit) if isinstance(unit, str) else None


def load_dictionary(conn: sqlite3.Connection) -> bytes:
    """The database's compression dictionary (`index._body`), b"" while it has none."""
    row = conn.execute("SELECT data FROM dictionary").fetchone()
    return bytes(row[0]) if row is not None else b""


def load_dense(conn: sqlite3.Connection) -> frozenset[str]:
    """The dense prefixes of the `prefixes` table (see `index._prefixes`); none until chosen."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'dense_prefixes'").fetchone()
    return frozenset(row[0].split()) if row is not None else frozenset()


def is_corruption(error: sqlite3.DatabaseError) -> bool:
    """True for "file is not a database" and "database disk image is malformed"."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _CORRUPTION_CODES
    text = str(error).lower()
    return "not a database" in text or "malformed" in text


@contextlib.contextmanager
def file_lock(path: Path, wait: bool = True,
              waiting: Callable[[], object] | None = None) -> Iterator[None]:
    """Hold an exclusive advisory lock on `path` (one writer across processes).

    With `wait` False, raise `BlockingIOError` at once when another process holds it; else
    wait for it, calling `waiting` first when it is held (to say so).
    """
    with open(path, "a+b") as handle:
        if fcntl is not None and wait and waiting is not None:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                waiting()
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        elif fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        else:  # pragma: no cover - Windows
            import msvcrt

            while True:
                try:
                    msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                    break
                except OSError:
                    continue
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def lock_path(db_path: Path) -> Path:
    """The lock file serialising writers (and rebuilds) of `db_path`."""
    return db_path.with_name(db_path.name + ".lock")


def _state(conn: sqlite3.Connection) -> str:
    """ "ok", "empty" (a new file) or "stale" (another app, schema or version)."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id == 0 and version == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        return "empty" if tables == 0 else "stale"
    if app_id != APPLICATION_ID or version != SCHEMA_VERSION:
        return "stale"
    row = conn.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
    return "ok" if row is not None and row[0] == fingerprint() else "stale"


def _create(conn: sqlite3.Connection) -> None:
    """Create the tables of an empty database."""
    conn.executescript(
        "BEGIN;" + SCHEMA
        + f"PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {SCHEMA_VERSION};"
        + "COMMIT;"
    )
    conn.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint(),))


def discard(db_path: Path) -> None:
    """Delete a database and its WAL files (it is only a cache)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{db_path}{suffix}")


def open_checked(db_path: Path) -> sqlite3.Connection:
    """Open `db_path`, rebuilding it empty when it is unusable; the caller holds the lock."""
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(db_path)
        state = _state(conn)
    except sqlite3.DatabaseError:
        state = "broken"
    if state == "ok" and conn is not None:
        return conn
    if state != "empty":
        if conn is not None:
            conn.close()
        discard(db_path)
        conn = connect(db_path)
    assert conn is not None
    _create(conn)
    return conn
