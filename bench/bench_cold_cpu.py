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

#: The tables compared as they are (ordered by their first column).
_PLAIN = ("files", "articles", "bodies", "figures", "units", "problems", "figures_pending",
          "prefixes_pending", "dictionary", "snapshot")
_META_SKIPPED = ("fts_merge_pending",)


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
    """What differs between two index databases (nothing: an empty list)."""
    differences = []
    conns = [sqlite3.connect(f"file:{path}?mode=ro", uri=True) for path in (one, two)]
    queries = {table: f"SELECT * FROM {table} ORDER BY 1" for table in _PLAIN}
    skipped = ", ".join(f"'{key}'" for key in _META_SKIPPED)
    queries["meta"] = f"SELECT * FROM meta WHERE key NOT IN ({skipped}) ORDER BY 1"
    for conn in conns:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS x(y)")  # a temp schema for the vocabs
        conn.execute("CREATE VIRTUAL TABLE temp.fts_words USING fts5vocab(main, fts, instance)")
        conn.execute("CREATE VIRTUAL TABLE temp.prefix_words USING "
                     "fts5vocab(main, prefixes, instance)")
    queries["fts words"] = "SELECT term, doc, col, offset FROM fts_words"
    queries["prefixes words"] = "SELECT term, doc FROM prefix_words"
    queries["fts docsize"] = "SELECT * FROM fts_docsize ORDER BY 1"
    for name, sql in queries.items():
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
        else:  # pragma: no cover
            pass
    # The totals FTS5 keeps for bm25 (row count, tokens per column): in the averages record.
    for table in ("fts", "prefixes"):
        totals = [conn.execute(f"SELECT block FROM {table}_data WHERE id = 1").fetchone()
                  for conn in conns]
        if totals[0] != totals[1]:
            differences.append(f"{table}: the averages record differs")
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
