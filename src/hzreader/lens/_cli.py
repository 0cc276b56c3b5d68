"""`hzreader figures [PATH ...]`: the figures table on standard output.

The rows come from the index when it is up to date with the folders (fast at 100,000
articles), and from the files otherwise (the index is never built or changed here).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import threading
from collections.abc import Callable, Collection, Sequence
from typing import Any, TextIO

from hzreader._args import ArgumentParser
from hzreader.lens._export import FORMATS, write
from hzreader.lens._summary import DETAILED, summarize
from hzreader.lens._table import ORDERS, FigureTable, build_table, row_terms, sorted_rows
from hzreader.library import Library, MemoryLibrary, StoreLibrary, files_with_errors_summary
from hzreader.model import FIGURE_KINDS
from hzreader.query import FigureTerm, Query, filter_notes, parse_query
from hzreader.state import ReadingState
from hzreader.text import clean_line, counted


def build_parser() -> argparse.ArgumentParser:
    """The sub-command's arguments."""
    parser = ArgumentParser(
        prog="hzreader figures",
        description="List the key figures of the articles (or of a search's results), one "
                    "row each, as a table, CSV, JSON or JSON Lines.",
        epilog="Example: hzreader figures news/ --query 'hangzhou money>1e9' --format csv "
               "> sums.csv",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="article files or folders (default: what hzreader opens: your "
                             "library once it holds articles, else the bundled collection)")
    parser.add_argument("-q", "--query", default="",
                        help="a search, as typed in the app; its figure terms (money>1e9, "
                             "kind:percent, 3 billion) also limit the rows")
    parser.add_argument("-k", "--kind",
                        help=f"only figures of this kind ({', '.join(FIGURE_KINDS)})")
    parser.add_argument("-f", "--format", choices=FORMATS, default="table",
                        help="output format (default: table)")
    parser.add_argument("--sort", choices=("list", *ORDERS), default="list",
                        help="row order: as the articles are listed, newest first, each "
                             "article's figures in reading order (default); or by value "
                             "(largest first), date (newest first) or kind")
    parser.add_argument("--reverse", action="store_true", help="reverse the --sort order")
    parser.add_argument("--no-bom", action="store_true",
                        help="CSV without the UTF-8 byte-order mark that spreadsheets need")
    parser.add_argument("--files", action="store_true",
                        help="read the files even when the search index is up to date")
    return parser


def query_values_joined(argv: Sequence[str], options: Collection[str]) -> list[str]:
    """`argv` with a query that starts with "-" joined to its option (`-q -word` is
    `--query=-word`): argparse takes such a value for an option and refuses it, though an
    exclusion (`-hong`, `-kind:percent`) is a query of its own. One of the `options`
    after `-q` is left to argparse (the query was forgotten)."""
    joined: list[str] = []
    words = iter(argv)
    for word in words:
        if word in ("-q", "--query"):
            value = next(words, None)
            if value is None or value.split("=")[0] in options:
                joined += [word] if value is None else [word, value]
                continue
            joined.append(f"--query={value}")
        else:
            joined.append(word)
    return joined


def open_library(paths: Sequence[str], use_index: bool = True) -> tuple[Library, str]:
    """The index's library when it is up to date with `paths`, else the files read now."""
    library, source, current = open_index(paths) if use_index else (None, "files", None)
    if library is not None and current is not None and current():
        return library, source
    return files_library(paths), "files"


def open_index(paths: Sequence[str], fork: bool = False
               ) -> tuple[StoreLibrary | None, str, Callable[[], bool] | None]:
    """The index's library for `paths` if there is one, and a question to ask before using
    it: whether it is up to date with the folders (reading them takes a few tenths of a
    second at 100,000 articles). The answer is worked out meanwhile, while the caller
    searches: in a thread with its own connection, or (`fork`, for a caller that forks
    later: no thread may be at work then) in a forked process where there is fork."""
    from hzreader.index import ArticleStore, store_path

    db = store_path(paths)
    if not db.exists():
        return None, "files", None

    def check() -> bool:
        try:
            with ArticleStore.open(db) as own:
                return own.is_current(paths)
        except (sqlite3.Error, OSError):
            return False

    answer = (_answer_in_child(check) if fork else None) or _answer_in_thread(check)
    try:
        store = ArticleStore.open(db)
    except (sqlite3.Error, OSError):
        return None, "files", None
    asked: list[bool] = []

    def current() -> bool:
        if not asked:
            asked.append(answer())
            if not asked[0]:
                store.close()
        return asked[0]

    return StoreLibrary(store), "index", current


def _answer_in_thread(question: Callable[[], bool]) -> Callable[[], bool]:
    """`question` asked now in a thread, and a function that waits for its answer."""
    answer: list[bool] = []
    thread = threading.Thread(target=lambda: answer.append(question()),
                              name="hzreader-index-check", daemon=True)
    thread.start()

    def wait() -> bool:
        thread.join()
        return bool(answer and answer[0])

    return wait


def _answer_in_child(question: Callable[[], bool]) -> Callable[[], bool] | None:
    """`question` asked now in a forked process (Linux), and a function that waits for its
    answer (False if the process failed); None where processes are not forked."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return None
    read_end, write_end = os.pipe()
    sys.stdout.flush()  # nothing buffered may be written twice
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: answers, and leaves without running the parent's cleanup
        answer = b"0"
        try:
            os.close(read_end)
            answer = b"1" if question() else b"0"
        finally:
            os.write(write_end, answer)
            os._exit(0)
    os.close(write_end)

    def wait() -> bool:
        try:
            return os.read(read_end, 1) == b"1"
        finally:
            os.close(read_end)
            os.waitpid(pid, 0)

    return wait


def files_library(paths: Sequence[str]) -> Library:
    """The articles of `paths`, read from the files now."""
    from hzreader.files import load_paths

    result = load_paths(paths)
    return MemoryLibrary(result.articles, result.problems)


def _kind_filter(kind: str | None) -> FigureTerm | None:
    """The `kind:K` term for `--kind`, None when there is none; ValueError if unknown."""
    if kind is None:
        return None
    terms = parse_query(f"kind:{kind}").figure_terms
    if not terms or terms[0].kind is None:
        raise ValueError(f"unknown kind {kind!r} (one of: {', '.join(FIGURE_KINDS)})")
    return terms[0]


def figures_command(argv: Sequence[str], out: TextIO | None = None,
                    err: TextIO | None = None) -> int:
    """Run `hzreader figures`; 0 on success, 2 on bad arguments."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(query_values_joined(argv, parser._option_string_actions))
    try:
        only = _kind_filter(args.kind)
    except ValueError as error:
        parser.error(str(error))
    from hzreader.files import default_paths, missing_paths

    paths = list(args.paths)
    if missing := missing_paths(paths):  # as the reader: one line each, exit 2
        for line in missing:  # worded as the command's other errors
            print(line.replace("hzreader:", "hzreader figures: error:", 1), file=err)
        return 2
    if not paths:
        paths = [str(p) for p in default_paths()]
    # The CSV streamed from the index forks helpers: no thread may be at work then.
    streamed = args.format == "csv" and args.sort == "list" and not args.reverse
    found, source, current = open_index(paths, fork=streamed) \
        if not args.files \
        else (None, "files", None)
    library: Library = found if found is not None else files_library(paths)
    states: list[ReadingState] = []  # read when an `is:` term first asks (a big one: 0.05 s)

    def status(item: Any, flag: str) -> bool:
        if not states:
            states.append(ReadingState.load()[0])
        mark = states[0].mark(library.key_of(item), item.id)
        return mark.read if flag == "read" else mark.starred

    query = parse_query(args.query)
    for note in filter_notes(args.query):  # as the app's status line says it
        print(f"hzreader figures: note: {note}", file=err)
    items = library.search(query, status, "date").items
    if streamed and isinstance(library, StoreLibrary) and current is not None:
        done = _index_csv(library, items, query, only, args.no_bom, out, err, current)
        if done is not None:
            return done
        current = None  # the index is not up to date: read the files
        library, source = files_library(paths), "files"
        items = library.search(query, status, "date").items
    if current is not None and not current():  # searched while the folders were read
        library, source = files_library(paths), "files"
        items = library.search(query, status, "date").items
    table = build_table(library, items, query)
    _note_unlimiting(table.unlimiting, err)
    rows: Sequence[int] = table.base if args.sort == "list" else \
        sorted_rows(table, args.sort, args.reverse)
    if args.sort == "list" and args.reverse:
        rows = rows[::-1]
    if only is not None:
        rows = [row for row in rows if table.kind(row) == only.kind]
    width = shutil.get_terminal_size((120, 24)).columns
    try:
        count = write(args.format, table, rows, library.articles_of, out,
                      bom=not args.no_bom, width=width)
        out.flush()
    except BrokenPipeError:
        return _reader_gone()
    articles = len({table.position(row) for row in rows})
    if args.format == "table" and rows:  # the app's line under the table, a unit a line
        _write_summary(table, rows, err)
    _report(library, count, articles, len(items), source, err)
    return 0


def _write_summary(table: FigureTable, rows: Sequence[int], out: TextIO) -> None:
    """After the text table, on standard error (the rows alone stay on standard output),
    what its rows add up to, as the app's line under the table says it (`summarize`: the
    same counts, spreads and sums), one unit a line."""
    out.write("\n")
    groups = summarize(table.columns, rows, totals=table.totals)
    for group in groups[:DETAILED]:
        out.write(clean_line(group.describe()) + "\n")
    if rest := groups[DETAILED:]:  # counted only: one line
        out.write(f"+{len(rest):,} more units: "
                  f"{', '.join(clean_line(group.describe()) for group in rest)}\n")


def _note_unlimiting(terms: Sequence[FigureTerm], err: TextIO) -> None:
    """Say which bare numbers limited nothing (the 500 of "S&P 500"), as the app's title."""
    if terms:
        numbers = ", ".join(term.literal for term in terms)
        print(f"hzreader figures: note: {numbers}: no listed figure has that value, so it "
              "does not limit the rows (it matched words)", file=err)


def _report(library: Library, count: int, articles: int, listed: int, source: str,
            err: TextIO) -> None:
    """The closing line on standard error: how many figures, from where."""
    skipped = files_with_errors_summary(library)  # files, as the app counts and words them
    note = f"; {skipped} (hzreader --check tells why)" if skipped else ""
    if not listed and len(library.items):  # not "in 0 of 0 articles": the folder has some
        print(f"0 figures: no article of {len(library.items):,} matches the query, from "
              f"the {source}{note}", file=err)
        return
    print(f"{counted(count, 'figure')} in {articles:,} of {counted(listed, 'article')}, "
          f"from the {source}{note}", file=err)


def _index_csv(library: StoreLibrary, items: Sequence[Any], query: Query,
               only: FigureTerm | None, no_bom: bool, out: TextIO, err: TextIO,
               current: Callable[[], bool]) -> int | None:
    """The CSV of the command's usual case, streamed from the index (`lens._stream`); None
    (nothing written) when `current()` says the index is not up to date after all."""
    from hzreader.lens._stream import write_index_csv

    rowids = list(getattr(items, "rowids", None) or [item.rowid for item in items])
    terms = row_terms(library, items, query)
    try:
        done = write_index_csv(
            library.store, rowids, len(rowids) >= len(library.items), terms,
            out, bom=not no_bom, kind=None if only is None else only.kind, ready=current)
        if done is None:
            return None
        _note_unlimiting(tuple(t for t in query.row_figure_terms if t not in terms), err)
        count, articles = done
        out.flush()
    except BrokenPipeError:
        return _reader_gone()
    _report(library, count, articles, len(items), "index", err)
    return 0


def _reader_gone() -> int:
    """`| head` has all it wants: the rest of the output goes to /dev/null (so that
    Python's flush at exit does not fail again), and the command ends with 1."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 1
