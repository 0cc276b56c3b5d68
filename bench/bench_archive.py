"""Time one big multi-document archive: indexed (headlines, all searchable) and in memory.

Usage: python bench/bench_archive.py [--archive FILE] [--articles 10000] [--mb 100]
                                     [--workers 2] [--tiny]

Generates the archive with gen_archive.py when FILE does not exist yet (default: a file in
the temp directory named after its size). The index goes to a fresh temp folder. `--tiny`
also times an 8 MiB file of 300,000 tiny documents (the worst case per byte).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB (of this process, or of its finished children)."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def index(archive: Path, workers: int) -> None:
    """Cold index of the archive's folder: when headlines show, when all is searchable."""
    from hzreader.index._store import ArticleStore

    db = Path(tempfile.mkdtemp(prefix="hzbench-archive-")) / "index.sqlite3"
    store = ArticleStore.open(db)
    reader = ArticleStore.open(db)
    marks: list[tuple[float, int, int]] = []
    started = time.perf_counter()

    def progress(done: int, total: int, articles: int) -> None:
        marks.append((time.perf_counter() - started, done, reader.count()))

    report = store.sync([archive.parent], progress=progress, workers=workers)
    first = next((t for t, _, visible in marks if visible), report.seconds)
    searchable = next((t for t, done, visible in marks
                       if done == report.files_seen and visible == report.articles),
                      report.seconds)
    size = sum(Path(f"{db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db}{s}").exists())
    print(f"index ({workers} workers): first headlines visible after {first:.2f} s, all "
          f"{report.articles} articles searchable after {searchable:.1f} s, figures done after "
          f"{report.seconds:.1f} s; database {size / 1e6:.0f} MB")
    print(f"  peak RSS: writer {peak_mb():.0f} MB, workers {peak_mb(resource.RUSAGE_CHILDREN):.0f}"
          " MB (largest child)")
    from hzreader.query import parse_query

    for text in ("shanghai market growth", "money>1e9"):
        began = time.perf_counter()
        hits = reader.search(parse_query(text))
        print(f"  {text!r}: {len(hits)} hits in {(time.perf_counter() - began) * 1000:.0f} ms")


def memory(path: Path) -> None:
    """Load the file into memory, as the app does when the index cannot be used."""
    from hzreader.files import load_file

    began = time.perf_counter()
    result = load_file(path)
    seconds = time.perf_counter() - began
    print(f"in memory: {len(result.articles)} articles, {len(result.problems)} problems in "
          f"{seconds:.2f} s ({path.stat().st_size / 1e6 / seconds:.0f} MB/s); peak RSS "
          f"{peak_mb():.0f} MB")


def tiny_file(folder: Path) -> Path:
    """An 8 MiB file of tiny documents (`title: t N / body: b`)."""
    path = folder / "tiny.yaml"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as out:
            size = number = 0
            while size < 8 * 1024 * 1024 - 64:
                size += out.write(f"---\ntitle: t {number}\nbody: b\n")
                number += 1
    return path


def child(mode: str, path: Path, workers: int) -> None:
    """Run one measurement in a fresh process (so peak memory is its own)."""
    subprocess.run([sys.executable, __file__, f"--{mode}", str(path), "--workers", str(workers)],
                   check=True)


def main() -> int:
    """Run the benchmark and print a report."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--archive", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--mb", type=float, default=100.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--tiny", action="store_true")
    parser.add_argument("--index-only", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--memory-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.index_only:
        index(args.index_only, args.workers)
        return 0
    if args.memory_only:
        memory(args.memory_only)
        return 0
    archive = args.archive or (Path(tempfile.gettempdir()) / f"hzbench-archive-{args.mb:g}mb"
                               / "archive.yaml")
    if not archive.exists():
        from gen_archive import generate

        began = time.perf_counter()
        generate(archive, args.articles, args.mb)
        print(f"generated {archive} ({time.perf_counter() - began:.0f} s)")
    print(f"machine: {os.cpu_count()} cpu, python {sys.version.split()[0]}; load average "
          f"{os.getloadavg()[0]:.1f} (other jobs make these times longer)")
    print(f"archive: {archive} ({archive.stat().st_size / 1e6:.0f} MB, one file)")
    child("memory-only", archive, args.workers)
    child("index-only", archive, args.workers)
    if args.tiny:
        tiny = tiny_file(Path(tempfile.gettempdir()) / "hzbench-tiny")
        child("memory-only", tiny, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
