"""`hzreader figures --format csv` straight from the index, in list order, row by row.

The general writer builds the whole table, reads each article as an `Article` and formats
every row through the table's accessors. For the command's usual case (list order, every
figure the query's terms accept) this one asks the index for the figures in id order (each
article's together, in reading order), reads only the fields a row shows, unpacks each body
once and only as far as its last wanted sentence, cleans a text the cheap way when its
article's text needs no cleaning, and puts the lines together itself (an article's cells
once). A big export is shared between one process per core (Linux). The output is the
same, byte for byte (tests check). Internals and measurements: docs/lens.md.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import functools
import io
import os
import signal
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TextIO

from hzreader.index import ArticleStore
from hzreader.lens._export import CSV_FIELDS, FIELD_NAMES, one_line, safe_cell
from hzreader.lens._table import CONTEXT_LIMIT, cut_sentence
from hzreader.model import BODY, FIGURE_KINDS, SUMMARY, TITLE
from hzreader.query import FigureTerm
from hzreader.text import clean_line, clean_text

#: Articles read from the index at a time.
BATCH = 1000
#: Exports of more articles than this are shared between processes (one per core) ...
FORK_ABOVE = 5000
#: ... up to this many.
MAX_PROCESSES = 4
_FORMULA_START = frozenset("=+-@\t\r＝＋－＠")


def _folded(text: str) -> str:
    """`safe_cell(one_line(text))` of a piece of text that `clean_text` leaves as it is."""
    folded = " ".join(text.split())
    return "'" + folded if folded[:1] in _FORMULA_START else folded


def _cleaned(text: str) -> str:
    """`safe_cell(one_line(text))` for any text (`one_line` leaves no space in front)."""
    folded = one_line(text)
    return "'" + folded if folded[:1] in _FORMULA_START else folded


def _folded_line(text: str) -> str:
    """`_folded` of text that is printable but for its line ends: only those and the
    spaces can be folded, and most sentences have neither a line end nor two spaces."""
    if "\n" in text or "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    return "'" + text if text[:1] in _FORMULA_START else text


def _fold_for(text: str) -> Callable[[str], str]:
    """How to clean the pieces of `text` into cells: the quickest way that gives what
    `_cleaned` would (what `clean_text` changes is never printable)."""
    if text.isprintable() or text.replace("\n", " ").isprintable():
        return _folded_line
    return _folded if clean_text(text) is text else _cleaned


_DAY_MICROSECONDS = 86_400_000_000
_EPOCH = dt.datetime(1970, 1, 1)


@functools.lru_cache(maxsize=4096)
def _day_text(day: int) -> str:
    """"2025-06-30" of a day counted from 1970-01-01."""
    return (_EPOCH + dt.timedelta(days=day)).strftime("%Y-%m-%d")


def _date_text(published_ts: float | None, has_time: int) -> str:
    """`Article.date_text` from the stored columns (`query.from_timestamp`, day by day)."""
    if published_ts is None:
        return ""
    moment = round(published_ts * 1_000_000)
    day, inside = divmod(moment, _DAY_MICROSECONDS)
    if not has_time:
        return _day_text(day)
    minutes = inside // 60_000_000
    return f"{_day_text(day)} {minutes // 60:02d}:{minutes % 60:02d}"


class _Figures:
    """The figures to write, as columns in id order, and each article's range of rows."""

    def __init__(self, store: ArticleStore, rowids: Sequence[int] | None,
                 terms: Sequence[FigureTerm]) -> None:
        article: list[int] = []
        self.field: list[int] = []
        self.start: list[int] = []
        self.stop: list[int] = []
        self.sentence_start: list[int] = []
        self.sentence_stop: list[int] = []
        self.kind: list[int] = []
        self.value: list[float | None] = []
        self.unit: list[str] = []
        for chunk in store.figures(rowids, terms, in_order=True):
            article += chunk.article
            self.field += chunk.field
            self.start += chunk.start
            self.stop += chunk.stop
            self.sentence_start += chunk.sentence_start
            self.sentence_stop += chunk.sentence_stop
            self.kind += chunk.kind
            self.value += chunk.value
            self.unit += chunk.unit
        #: Each article's first row, and its number of rows.
        self.first = {rowid: row for row, rowid in reversed(list(enumerate(article)))}
        self.count = Counter(article)
        self.unit_cells = {unit: safe_cell(clean_line(unit)) for unit in set(self.unit)}


def _quoted(cell: str) -> str:
    """A cell as the csv module writes it (quoted when it holds a comma, a quote or a line
    end; the cells here are single lines already)."""
    if '"' in cell:
        return '"' + cell.replace('"', '""') + '"'
    if "," in cell or "\n" in cell or "\r" in cell:
        return '"' + cell + '"'
    return cell


def _write_rows(store: ArticleStore, figures: _Figures, wanted: Sequence[int],
                only: int | None, write: Callable[[str], object]) -> tuple[int, int]:
    """Write the CSV lines of the rows of the articles `wanted` (in that order); return how
    many rows, and from how many articles.

    The lines are put together here, as the csv module would write them (a test holds
    them to it): an article's cells once, not once per row.
    """
    f = figures
    field, start, stop, sentence_start, sentence_stop = \
        f.field, f.start, f.stop, f.sentence_start, f.sentence_stop
    kinds, first, counts = f.kind, f.first, f.count
    # The cells that need no article, for every row at once: kind, value, unit / offsets.
    kind_cells = [_quoted(safe_cell(name)) for name in FIGURE_KINDS]
    unit_cells = {unit: _quoted(cell) for unit, cell in f.unit_cells.items()}
    before = [f"{kind},{value},{unit}," for kind, value, unit in zip(
        map(kind_cells.__getitem__, kinds), value_cells(f.value),
        map(unit_cells.__getitem__, f.unit), strict=True)]
    after = [f",{FIELD_NAMES[code]},{begin},{end},{lo},{hi}\r\n" for code, begin, end, lo, hi
             in zip(field, start, stop, sentence_start, sentence_stop, strict=True)]
    limit = CONTEXT_LIMIT
    sites: dict[str, str] = {}
    count = articles = 0
    for at in range(0, len(wanted), BATCH):
        batch = wanted[at : at + BATCH]
        found, bodies = store.figure_sources(batch)
        by_rowid = {row[0]: row for row in found}
        lines: list[str] = []
        add = lines.append
        for rowid in batch:
            source = by_rowid.get(rowid)
            if source is None:  # gone since the figures were read
                continue
            _, id_, title, url, site, published_ts, has_time, summary, stored = source
            lo = first[rowid]
            hi = lo + counts[rowid]
            rows = range(lo, hi) if only is None else \
                [row for row in range(lo, hi) if kinds[row] == only]
            if not rows:
                continue
            if site not in sites:
                sites[site] = _quoted(_cleaned(site))
            head = ",".join((_quoted(_cleaned(id_)), _quoted(_cleaned(title)),
                             _quoted(_cleaned(_date_text(published_ts, has_time))),
                             _quoted(_cleaned(url)), sites[site], ""))
            present = set(field[lo:hi])
            texts = {TITLE: title, SUMMARY: summary, BODY: ""}
            if BODY in present:
                texts[BODY] = bodies.text(stored, max(sentence_stop[lo:hi]))
            # A text that needs no cleaning as a whole needs none in any part of it.
            folds = {code: _fold_for(texts[code]) for code in present}
            for row in rows:
                code = field[row]
                text = texts[code]
                begin, end, lo_, hi_ = start[row], stop[row], sentence_start[row], \
                    sentence_stop[row]
                if hi_ - lo_ <= limit and lo_ <= begin <= end <= hi_ <= len(text):
                    sentence = text[lo_:hi_]
                else:
                    sentence = cut_sentence(text, begin, end, lo_, hi_, limit)[0]
                fold = folds[code]
                figure = fold(text[begin:end])
                sentence = fold(sentence)
                if "," in figure or '"' in figure:
                    figure = _quoted(figure)
                if "," in sentence or '"' in sentence:
                    sentence = _quoted(sentence)
                add(f"{head}{before[row]}{figure},{sentence}{after[row]}")
            count += len(rows)
            articles += 1
        write("".join(lines))
    return count, articles


_ODD_VALUES = {"None": "", "nan": "", "inf": "", "-inf": "", "-0": "0"}


def value_cells(values: Sequence[float | None]) -> list[str]:
    """`data_number` of each value, at once (the same text: a whole number below 1e16 as
    digits, any other as `repr`; none or not finite as "")."""
    cells = [cell[:-2] if cell[-2:] == ".0" else cell for cell in map(repr, values)]
    return [_ODD_VALUES.get(cell, cell) for cell in cells]


def _processes(articles: int) -> int:
    """How many processes share the writing: one per core, for big exports on Linux."""
    if articles < FORK_ABOVE or not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return 1
    return max(1, min(MAX_PROCESSES, len(os.sched_getaffinity(0))))


def write_index_csv(store: ArticleStore, rowids: Sequence[int], everything: bool,
                    terms: Sequence[FigureTerm], out: TextIO, bom: bool = True,
                    kind: str | None = None, processes: int | None = None,
                    ready: Callable[[], bool] | None = None) -> tuple[int, int] | None:
    """Write as CSV, in list order, the figures of the articles `rowids` (as listed;
    `everything`: all the index holds) that one of `terms` accepts (all without terms) and
    are of `kind` (any when None); return how many figures, and from how many articles.

    The same rows, in the same order and form, as `write_table_csv` of the table. Big
    exports are shared between processes (`processes`, default: one per core): each
    writes its part of the articles to a temporary file, copied out in order. `ready` is
    asked once the figures are read, before anything is written: when it says no, nothing
    is written and the answer is None.
    """
    figures = _Figures(store, None if everything else rowids, terms)
    wanted = [rowid for rowid in rowids if rowid in figures.first]
    only = None if kind is None else FIGURE_KINDS.index(kind)
    if ready is not None and not ready():
        return None
    if bom:
        out.write("\ufeff")
    csv.writer(out, lineterminator="\r\n").writerow(CSV_FIELDS)
    parts = processes if processes is not None else _processes(len(wanted))
    size = max(1, -(-len(wanted) // max(parts, 1)))
    pieces = [wanted[at : at + size] for at in range(0, len(wanted), size)] or [[]]
    helpers = [_Helper(store, figures, piece, only, out) for piece in pieces[1:]]
    try:
        count, articles = _write_rows(store, figures, pieces[0], only, out.write)
        for helper, piece in zip(helpers, pieces[1:], strict=True):
            done = helper.finish(out)
            if done is None:  # the helper failed: write its part here
                done = _write_rows(store, figures, piece, only, out.write)
            count += done[0]
            articles += done[1]
    finally:
        for helper in helpers:
            helper.close()
    return count, articles


class _Helper:
    """A forked process that writes the rows of some articles to a temporary file."""

    def __init__(self, store: ArticleStore, figures: _Figures, wanted: Sequence[int],
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
                    count, articles = _write_rows(own, figures, wanted, only, text.write)
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
