"""CPU of a cold sync, writer and workers apart, A/B against another checkout; and whether
two indexes hold the same thing.

Usage:
  python bench/bench_cold_cpu.py CORPUS [--against SRC] [--rounds N] [--keep DIR]
  python bench/bench_cold_cpu.py --compare DB1 DB2
  python bench/bench_cold_cpu.py CORPUS --cprofile [--against SRC]

Each run is a fresh process that syncs CORPUS into a new database with two workers (as a
cold start does) and reports CPU seconds: the writer (this process: the sync thread and the
threads feeding the workers) for the first pass (until every file is written) and the rest
(snapshot, second pass, merge), and the workers (children, reaped when the pool ends).
With `--against SRC`, runs of this checkout's code and of SRC's (`PYTHONPATH=SRC`)
alternate, and the medians and the median of the pairs' ratios are printed: CPU time, so
it means something on a shared machine (wall time does not). `--keep DIR` keeps each run's
database there; `--compare` then says whether two of them hold the same articles, bodies,
figures, units, problems, words (`fts`, by term, article, column and position) and first
letters (`prefixes`, by term and article), whatever their full-text segments look like.
`--cprofile` profiles the writer's thread in one run (the workers are not profiled).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

#: Not compared: a merge left to do, the digest of the source files that wrote it.
_META_SKIPPED = ("fts_merge_pending", "figures_code")
#: What is compared, with each article by its place in (path, line, id) order (`m.n`), not
#: its rowid: the workers' results come back in no fixed order, so two syncs of the same
#: files give their articles other rowids (and units other codes).
_QUERIES = {
    "files": "SELECT key, shown, size, mtime_ns, hash FROM files ORDER BY key",
    "articles": "SELECT m.n, datekey, a.id, path, line, title, published_ts, date_precision, "
                "source, author, url, tags, related, extra, a.key, summary, f.key FROM "
                "articles AS a JOIN m ON m.r = a.rowid JOIN files AS f ON f.id = a.file_id "
                "ORDER BY m.n",
    "bodies": "SELECT m.n, body FROM bodies JOIN m ON m.r = bodies.rowid ORDER BY m.n",
    "dictionary": "SELECT data FROM dictionary",
    "figures": "SELECT m.n, f.id & 65535, field, start, length, sentence_before, "
               "sentence_after, kind, value, u.unit, high FROM figures AS f "
               "JOIN m ON m.r = f.id >> 16 JOIN units AS u ON u.code = f.unit ORDER BY 1, 2",
    "problems": "SELECT path, message, line, col, severity FROM problems ORDER BY 1, 2, 3, 4, 5",
    "figures_pending": "SELECT m.n FROM figures_pending JOIN m ON m.r = rowid ORDER BY 1",
    "prefixes_pending": "SELECT m.n FROM prefixes_pending JOIN m ON m.r = rowid ORDER BY 1",
    "meta": f"SELECT * FROM meta WHERE key NOT IN "
            f"({', '.join(repr(key) for key in _META_SKIPPED)}) ORDER BY 1",
    "fts words": "SELECT term, m.n, col, offset FROM fts_words JOIN m ON m.r = doc "
                 "ORDER BY 1, 2, 3, 4",
    "fts sizes": "SELECT m.n, sz FROM fts_docsize JOIN m ON m.r = id ORDER BY 1",
    "prefixes words": "SELECT term, m.n FROM prefix_words JOIN m ON m.r = doc ORDER BY 1, 2",
    # FTS5's totals for bm25 (rows, tokens per column): its averages record
    "fts totals": "SELECT block FROM fts_data WHERE id = 1",
    "prefixes totals": "SELECT block FROM prefixes_data WHERE id = 1",
}


def _child(corpus: str, db: str, profile: bool) -> None:
    """One cold sync in this process; prints its CPU as JSON."""
    import resource
    import time

    from hzreader.index._store import ArticleStore

    store = ArticleStore.open(Path(db))
    first: dict[str, float] = {}

    def progress(done: int, total: int, articles: int) -> None:
        if done >= total and not first:
            own = resource.getrusage(resource.RUSAGE_SELF)
            first["writer"] = own.ru_utime + own.ru_stime

    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    report = store.sync([corpus], progress=progress, workers=2)
    wall = time.perf_counter() - started
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(30)
    store.close()
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    writer = own.ru_utime + own.ru_stime
    print(json.dumps({"writer": writer, "writer_first": first.get("writer", writer),
                      "workers": children.ru_utime + children.ru_stime,
                      "articles": report.articles, "wall": wall}))


def _run(corpus: Path, src: Path | None, keep: Path | None, name: str,
         profile: bool = False) -> dict[str, float]:
    """One run in a fresh process (with `src` first on the path)."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    folder = keep or Path(tempfile.mkdtemp(prefix="hzcoldcpu-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"{name}.sqlite3"
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    done = subprocess.run([sys.executable, __file__, "--child", str(corpus), str(db)]
                          + (["--cprofile"] if profile else []),
                          env=env, capture_output=True, text=True, check=True)
    if profile:
        print(done.stderr)
    if keep is None:
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        folder.rmdir()
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _line(name: str, run: dict[str, float]) -> str:
    """One run, as a line."""
    return (f"{name}: writer {run['writer']:.2f} s (first pass {run['writer_first']:.2f}, "
            f"rest {run['writer'] - run['writer_first']:.2f}), workers {run['workers']:.2f} s, "
            f"{run['articles']:.0f} articles, wall {run['wall']:.1f} s")


def compare(one: Path, two: Path) -> list[str]:
    """What differs between two index databases of the same files (nothing: an empty list);
    not compared: the headline snapshot (made from `articles`)."""
    differences = []
    conns = [sqlite3.connect(f"file:{path}?mode=ro", uri=True) for path in (one, two)]
    for conn in conns:
        conn.execute("CREATE TEMP TABLE m AS SELECT rowid AS r, "
                     "row_number() OVER (ORDER BY path, line, id) AS n FROM articles")
        conn.execute("CREATE INDEX temp.m_r ON m(r)")
        conn.execute("CREATE VIRTUAL TABLE temp.fts_words USING fts5vocab(main, fts, instance)")
        conn.execute("CREATE VIRTUAL TABLE temp.prefix_words USING "
                     "fts5vocab(main, prefixes, instance)")
    for name, sql in _QUERIES.items():
        rows = [conn.execute(sql) for conn in conns]
        count = 0
        while True:
            left, right = rows[0].fetchmany(10000), rows[1].fetchmany(10000)
            if left != right:
                differences.append(f"{name}: differ near row {count}")
                break
            if not left:
                break
            count += len(left)
        print(f"  {name}: {count} rows compared", file=sys.stderr, flush=True)
    for conn in conns:
        conn.close()
    return differences


def main() -> int:
    """Run the A/B (or the comparison) and print the report."""
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("db", nargs="?", help=argparse.SUPPRESS)
    parser.add_argument("--against", type=Path, help="the other checkout's src folder")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the databases in this folder")
    parser.add_argument("--compare", nargs=2, type=Path, metavar="DB")
    parser.add_argument("--cprofile", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.compare:
        differences = compare(*args.compare)
        print("\n".join(differences) or "the same contents")
        return 1 if differences else 0
    if args.corpus is None:
        parser.error("give a CORPUS")
    if args.child:
        _child(str(args.corpus), args.db, args.cprofile)
        return 0
    if args.cprofile:
        print(_line("this", _run(args.corpus, args.against, args.keep, "profile", True)))
        return 0
    mine: list[dict[str, float]] = []
    other: list[dict[str, float]] = []
    for number in range(args.rounds):
        order = [("this", mine), ("other", other)] if args.against else [("this", mine)]
        if number % 2:
            order.reverse()
        for name, runs in order:
            runs.append(_run(args.corpus, None if name == "this" else args.against,
                             args.keep, f"{name}{number}"))
            print(_line(f"{name} {number}", runs[-1]), flush=True)
    for key in ("writer", "writer_first", "workers"):
        line = f"{key}: this {statistics.median(r[key] for r in mine):.2f} s"
        if other:
            ratios = [a[key] / b[key] for a, b in zip(mine, other, strict=True)]
            line += (f", other {statistics.median(r[key] for r in other):.2f} s, ratio "
                     f"{statistics.median(ratios):.3f} ({', '.join(f'{r:.3f}' for r in ratios)})")
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
