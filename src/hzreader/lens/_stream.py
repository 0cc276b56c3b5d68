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
import mmap
import os
import signal
import struct
import sys
import tempfile
from collections.abc import Callable, Sequence
from typing import TextIO

from hzreader.index import ArticleStore
from hzreader.lens._export import CSV_FIELDS
from hzreader.lens._stream_rows import BATCH, Figures, write_rows
from hzreader.model import FIGURE_KINDS
from hzreader.query import FigureTerm

#: Exports of more articles than this are shared between processes (one per core) ...
FORK_ABOVE = 5000
#: ... up to this many.
MAX_PROCESSES = 4
#: The first process's share of the articles against a helper's: it also checks that the
#: index is up to date (a walk of the folders: ≈ 0.4 s at 100,000 articles), and when done
#: with its own run it takes batches from the end of the last helper's, so it is better
#: short than long.
CHECKING_SHARE = 0.7


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
    first run; the first process, done with its own run, takes batches from the end of the
    last helper's. `ready` is asked (in this process, once the helpers are started) before
    anything is written: when it says no, nothing is written and the answer is None.
    Call it with no other thread of this process at work in SQLite (helpers are forked).
    """
    only = None if kind is None else FIGURE_KINDS.index(kind)
    parts = processes if processes is not None else _processes(len(rowids))
    pieces = share_out(rowids, parts, CHECKING_SHARE if ready is not None else 1.0)
    helpers: list[_Helper] = []
    last = _Batches(-(-len(pieces[-1]) // BATCH)) if len(pieces) > 1 else None
    try:
        if len(rowids) > 0:
            helpers = [_Helper(store, piece, terms, only, out,
                               last if number == len(pieces) - 2 else None)
                       for number, piece in enumerate(pieces[1:])]
        if ready is not None and not ready():
            return None
        own = None if everything and len(pieces) == 1 else pieces[0]
        figures = Figures(store, own, terms, only)
        if bom:
            out.write("\ufeff")
        csv.writer(out, lineterminator="\r\n").writerow(CSV_FIELDS)
        count, articles = write_rows(store, figures, pieces[0], out.write)
        taken: list[tuple[str, int, int]] = []  # batches of the last run, from its end
        while helpers and last is not None and (batch := last.take(from_end=True)) is not None:
            part = pieces[-1][batch * BATCH : (batch + 1) * BATCH]
            lines: list[str] = []
            rows, of_articles = write_rows(store, Figures(store, part, terms, only), part,
                                           lines.append)
            taken.append(("".join(lines), rows, of_articles))
        for number, (helper, piece) in enumerate(zip(helpers, pieces[1:], strict=False)):
            done = helper.finish(out)
            if done is None:  # the helper failed: write its part here
                if number == len(helpers) - 1 and last is not None:
                    piece = piece[: last.end() * BATCH]  # the rest was taken
                done = write_rows(store, Figures(store, piece, terms, only), piece, out.write)
            count += done[0]
            articles += done[1]
        for text, rows, of_articles in reversed(taken):
            out.write(text)
            count += rows
            articles += of_articles
    finally:
        for helper in helpers:
            helper.close()
        if last is not None:
            last.close()
    return count, articles


class _Batches:
    """The batches of the last helper's run: the helper takes them from the front, the
    first process (done with its own run) from the end, one at a time (shared memory, a
    lock on a temporary file)."""

    def __init__(self, count: int) -> None:
        self.memory = mmap.mmap(-1, 16)
        self.lock = tempfile.TemporaryFile()
        struct.pack_into("qq", self.memory, 0, 0, count)

    def take(self, from_end: bool = False) -> int | None:
        """The number of the next batch (from the front, or from the end); None when all
        are taken."""
        import fcntl

        fcntl.lockf(self.lock.fileno(), fcntl.LOCK_EX)
        try:
            front, end = (int(number) for number in struct.unpack_from("qq", self.memory))
            if front >= end:
                return None
            if from_end:
                end -= 1
                taken = end
            else:
                taken = front
                front += 1
            struct.pack_into("qq", self.memory, 0, front, end)
            return taken
        finally:
            fcntl.lockf(self.lock.fileno(), fcntl.LOCK_UN)

    def end(self) -> int:
        """Where the batches taken from the end begin."""
        return int(struct.unpack_from("qq", self.memory)[1])

    def close(self) -> None:
        """Free the shared memory and the lock's file."""
        self.memory.close()
        self.lock.close()


class _Helper:
    """A forked process that writes the rows of some articles to a temporary file."""

    def __init__(self, store: ArticleStore, wanted: Sequence[int], terms: Sequence[FigureTerm],
                 only: int | None, out: TextIO, batches: _Batches | None = None) -> None:
        """Fork; the helper writes the rows of `wanted`, or (with `batches`) of the batches
        of `wanted` it takes from the front of `batches`."""
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
                    if batches is None:
                        count, articles = write_rows(own, figures, wanted, text.write)
                    else:
                        count = articles = 0
                        while (batch := batches.take()) is not None:
                            rows, of_articles = write_rows(
                                own, figures, wanted[batch * BATCH : (batch + 1) * BATCH],
                                text.write)
                            count += rows
                            articles += of_articles
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
