"""The work done per file and per article, in worker processes or in-line (for `store_sync`).

Everything here is picklable and free of database access: files in, rows out.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hzreader.files import load_file
from hzreader.index._db import UNDATED
from hzreader.index._fts_query import index_values
from hzreader.model import Article, Problem, article_key, split_paragraphs
from hzreader.query import timestamp

_CANARY = (
    "Launched in 2015, it has drawn over 12,000 projects, with nearly 400 projects forming "
    "companies boasting registered capital surpassing 3 billion yuan ($422 million) and more "
    "than 10 near-unicorn enterprises. Output grew 5.2 percent year-on-year in October; the "
    "second phase takes 18 months, costs €1.5bn and, on March 3, 2024, a third of the 2,368 "
    "staff moved. Q3 2025 revenue rose to HK$4.5 trillion from 1.2tn in the 1990s. At 12:30 "
    "rates rose 50 bp. 2025年，杭州市地区生产总值15356亿元，增长5.6%，吸引2368个项目。"
)


def figures_version() -> str:
    """What the figure extractor finds in a sample text (figures are redone if it changes)."""
    from hzreader.figures import extract

    found = [(f.start, f.end, f.kind, f.value) for f in extract(_CANARY)]
    return hashlib.sha1(repr(found).encode()).hexdigest()


#: One encoder for all rows (`json.dumps` with options builds a new one per call).
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)


def _json(value: object) -> str:
    """Compact JSON; values YAML has but JSON lacks (dates, sets) become text."""
    return _JSON.encode(value)


def article_row(article: Article) -> tuple[Any, ...]:
    """The column values of `article` for `_ARTICLE_INSERT` (after rowid and file_id)."""
    published = None if article.published is None else timestamp(article.published)
    return (
        UNDATED if published is None else published, article.id, article.path, article.line,
        article.title, published, int(article.has_time), article.source, article.author,
        article.url, _json(list(article.tags)), _json(list(article.related)),
        _json(dict(article.extra)), article_key(article), article.summary, article.body,
    )


def problem_row(problem: Problem) -> tuple[Any, ...]:
    """The column values of `problem` (after file_id)."""
    return problem.path, problem.message, problem.line, problem.column, problem.severity


def stamp_of(file: str) -> tuple[int, int]:
    """(size, mtime_ns) of a file; (-1, -1) when it cannot be read (re-read next time)."""
    try:
        stat = os.stat(file)
    except OSError:
        return -1, -1
    return stat.st_size, stat.st_mtime_ns


ParsedFile = tuple[str, tuple[int, int], list[Any], list[Any]]


def parse_batch(batch: Sequence[tuple[str, str]]) -> list[ParsedFile]:
    """Worker: load files; per file its stamp, problem rows and (article row, FTS values)."""
    out = []
    for file, root in batch:
        result = load_file(Path(file), Path(root))
        # The stat taken before reading, so a later change is seen by the next sync; none
        # when it failed, so the file is read again next time.
        stamp = result.stamp or (-1, -1)
        articles = [
            (article_row(a), index_values(a.title, a.summary, a.tags, a.source, a.author,
                                          a.body))
            for a in result.articles
        ]
        out.append((file, stamp, [problem_row(p) for p in result.problems], articles))
    return out


def figure_batch(
    rows: Sequence[tuple[int, str, str]],
) -> tuple[list[int], list[tuple[int, str, float | None]]]:
    """Worker: the rowids done and their distinct (rowid, kind, value) figures."""
    from hzreader.figures import extract

    out: list[tuple[int, str, float | None]] = []
    for rowid, summary, body in rows:
        found = {(f.kind, f.value) for part in (summary, *split_paragraphs(body))
                 for f in extract(part)}
        out.extend((rowid, kind, value) for kind, value in sorted(found, key=repr))
    return [row[0] for row in rows], out
