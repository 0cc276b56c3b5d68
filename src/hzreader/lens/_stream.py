"""`hzreader figures --format csv` straight from the index, in list order, row by row.

The general writer builds the whole table, reads each article as an `Article` and formats
every row through the table's accessors. For the command's usual case (list order, every
figure the query's terms accept) this one shares the listed articles out between one
process per core (Linux, big exports) at once, before anything is read: each reads the
figures of its own articles from the index and writes their lines (`lens._stream_rows`),
while the first also checks that the index is up to date. The output is the same, byte for
byte (tests check). Internals and measurements: docs/lens.md.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Sequence
from typing import TextIO

from hzreader.index import ArticleStore
from hzreader.lens._export import CSV_FIELDS
from hzreader.lens._stream_rows import Figures, write_rows
from hzreader.model import FIGURE_KINDS
from hzreader.query import FigureTerm

#: Exports of more articles than this are shared between processes (one per core) ...
FORK_ABOVE = 5000
#: ... up to this many.
MAX_PROCESSES = 4
#: The first process's share of the articles against a helper's, while it also checks
#: that the index is up to date (a walk of the folders: ≈ 0.4 s at 100,000 articles).
CHECKING_SHARE = 0.85


def _processes(articles: int) -> int:
    """How many processes share the writing: one per core, for big exports on Linux."""
    if articles < FORK_ABOVE or not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return 1
    return max(1, min(MAX_PROCESSES, len(os.sched_getaffinity(0))))


def share_out(rowids: Sequence[int], parts: int, first_share: float = 1.0
              ) -> list[Sequence[int]]:
    """`rowids` cut into `parts` runs, in order: the first about `first_share` times as long
    as each of the others (which are as long as one another)."""
    parts = max(1, parts)
    weights = [first_share] + [1.0] * (parts - 1)
    total = sum(weights)
    pieces: list[Sequence[int]] = []
    at = 0
    for number in range(parts):
        end = len(rowids) if number == parts - 1 else \
            min(len(rowids), at + round(len(rowids) * weights[number] / total))
        pieces.append(rowids[at:end])
        at = end
    return pieces


def write_index_csv(store: ArticleStore, rowids: Sequence[int], everything: bool,
                    terms: Sequence[FigureTerm], out: TextIO, bom: bool = True,
                    kind: str | None = None, processes: int | None = None,
                    ready: Callable[[], bool] | None = None) -> tuple[int, int] | None:
    """Write as CSV, in list order, the figures of the articles `rowids` (as listed;
    `everything`: all the index holds) that one of `terms` accepts (all without terms) and
    are of `kind` (any when None); return how many figures, and from how many articles.

    The same rows, in the same order and form, as `write_table_csv` of the table. Big
    exports are shared between processes (`processes`, default: one per core): each helper
    writes its run of the articles to a temporary file, copied out in order after the
    first run. `ready` is asked (in this process, once the helpers are started) before
    anything is written: when it says no, nothing is written and the answer is None.
    Call it with no other thread of this process at work in SQLite (helpers are forked).
    """
    only = None if kind is None else FIGURE_KINDS.index(kind)
    parts = processes if processes is not None else _processes(len(rowids))
    pieces = share_out(rowids, parts, CHECKING_SHARE if ready is not None else 1.0)
    helpers: list[_Helper] = []
    try:
        if len(rowids) > 0:
            helpers = [_Helper(store, piece, terms, only, out) for piece in pieces[1:]]
        if ready is not None and not ready():
            return None
        own = None if everything and len(pieces) == 1 else pieces[0]
        figures = Figures(store, own, terms, only)
        if bom:
            out.write("\ufeff")
        csv.writer(out, lineterminator="\r\n").writerow(CSV_FIELDS)
        count, articles = write_rows(store, figures, pieces[0], out.write)
        for helper, piece in zip(helpers, pieces[1:], strict=False):
            done = helper.finish(out)
            if done is None:  # the helper failed: write its part here
                done = write_rows(store, Figures(store, piece, terms, only), piece, out.write)
            count += done[0]
            articles += done[1]
    finally:
        for helper in helpers:
            helper.close()
    return count, articles


class _Helper:
    """A forked process that writes the rows of some articles to a temporary file."""

    def __init__(self, store: ArticleStore, wanted: Sequence[int], terms: Sequence[FigureTerm],
                 only: int | None, out: TextIO) -> None:
        self.file = tempfile.TemporaryFile()
        self.encoding = getattr(out, "encoding", None) or "utf-8"
        self.errors = getattr(out, "errors", None) or "strict"
        out.flush()  # nothing buffered may be written twice
        sys.stderr.flush()
        self.pid = os.fork()
        if self.pid == 0:  # the helper: its own connection, never the parent's
            status = 1
            try:
                with ArticleStore.open(store.db_path) as own:
                    text = io.TextIOWrapper(self.file, self.encoding, self.errors, newline="")
                    figures = Figures(own, wanted, terms, only)
                    count, articles = write_rows(own, figures, wanted, text.write)
                    text.write(f"{count} {articles}")  # the last line: what was written
                    text.flush()
                status = 0
            finally:
                os._exit(status)

    def finish(self, out: TextIO) -> tuple[int, int] | None:
        """Wait for the helper and copy its rows to `out`; None (nothing copied) if it
        failed."""
        _, status = os.waitpid(self.pid, 0)
        self.pid = 0
        if status != 0:
            return None
        size = self.file.seek(0, os.SEEK_END)
        self.file.seek(max(0, size - 64))
        tail = self.file.read()  # its last line: how many rows, from how many articles
        count, articles = (int(n) for n in tail[tail.rfind(b"\n") + 1 :].split())
        left = size - len(tail) + tail.rfind(b"\n") + 1
        out.flush()
        buffer = getattr(out, "buffer", None)
        self.file.seek(0)
        decoder = codecs.getincrementaldecoder(self.encoding)(self.errors)
        while left > 0:  # a megabyte at a time
            chunk = self.file.read(min(left, 1 << 20))
            left -= len(chunk)
            if buffer is not None:
                buffer.write(chunk)
            else:
                out.write(decoder.decode(chunk, final=left <= 0))
        if buffer is not None:
            buffer.flush()
        return count, articles

    def close(self) -> None:
        """Stop a helper that is still running (the parent failed), and drop its file."""
        if self.pid:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGTERM)
                os.waitpid(self.pid, 0)
            self.pid = 0
        self.file.close()
