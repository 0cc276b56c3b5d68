"""Time the numbers lens at scale: the figures table, its sorting, and `hzreader figures`.

Usage: python bench/bench_lens.py [--corpus DIR] [--db FILE] [--runs 7]

The corpus defaults to the 100,000 articles of bench_scale.py (generated when missing). The
index at --db is reused when it is up to date with the corpus and synced otherwise (a cold
build takes minutes of both cores: keep the file). Reports medians (and ranges) of:

* opening the table for a query matching about 10,000 figures: the search, the figures
  table (rows, sort keys, per-unit summary), sorting by value, and the first screen of rows
  with their text and context, in process; and the same in the app, headless, from the key
  press to the rows on screen;
* re-sorting those 10,000 rows by each order;
* every figure of the collection (about two million) as a table: build, sort, one screen;
* `hzreader figures CORPUS --query 'money>1e9' --format csv > /dev/null` in a fresh process,
  with the index as the app keeps it (warm).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

SCREEN_ROWS = 36


def timed(runs: int, job: Callable[[], Any]) -> tuple[float, float, float, Any]:
    """Median, fastest and slowest seconds of `runs` calls, and the last result."""
    samples, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = job()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples), min(samples), max(samples), result


def ms(stats: tuple[float, float, float, Any]) -> str:
    """ "123 ms (110–140)"."""
    return f"{stats[0] * 1000:.0f} ms ({stats[1] * 1000:.0f}–{stats[2] * 1000:.0f})"


def first_screen(table: Any, rows: list[int], read: Any) -> int:
    """What the table draws first: the text and context of a screenful of rows."""
    from hzreader.lens import records

    return sum(1 for _ in records(table, rows[:SCREEN_ROWS], read))


def threshold_for(store: Any, figures: int) -> float:
    """The money value that about `figures` figures reach or pass."""
    (stored,) = store._conn.execute("SELECT typeof(kind) FROM figures LIMIT 1").fetchone()
    money = "money" if stored == "text" else 0  # before schema 7: kinds as text
    row = store._conn.execute(
        "SELECT value FROM figures WHERE kind = ? AND value IS NOT NULL "
        "ORDER BY value DESC LIMIT 1 OFFSET ?", (money, figures - 1)).fetchone()
    return float(row[0])


def in_app(library: Any, query: str, runs: int) -> list[float]:
    """Seconds from pressing t to the table's first rows on screen, headless, per run."""
    from hzreader.ui._app import make_app
    from hzreader.ui.screens.figure_table import FigureTableScreen

    samples: list[float] = []

    async def once() -> None:
        app = make_app(["/nonexistent"], watch_interval=0)
        app.load_articles = lambda: None  # type: ignore[method-assign]
        async with app.run_test(size=(160, 45)) as pilot:
            app.loading = False
            app.show_library(library)
            app.search_bar.input.value = query
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            started = time.perf_counter()
            await pilot.press("t")
            while True:
                screen = app.screen
                if isinstance(screen, FigureTableScreen) and screen.table is not None:
                    break
                await asyncio.sleep(0.002)
            await pilot.pause()  # the first paint of the rows
            samples.append(time.perf_counter() - started)

    for _ in range(runs):
        asyncio.run(once())
    return samples


def everything_table(library: Any) -> None:
    """Every figure of the collection as one table: build, sort, a screen of rows."""
    from hzreader.lens import build_table, sorted_rows
    from hzreader.query import parse_query

    everything = parse_query("")
    build = timed(3, lambda: build_table(library, library.items, everything))
    big = build[3]
    sort = timed(3, lambda: sorted_rows(big, "value"))
    screen = timed(3, lambda: first_screen(big, sort[3], library.articles_of))
    print(f"every figure ({len(big):,} rows): build {ms(build)}, sort by value {ms(sort)}, "
          f"a screen of rows {ms(screen)}")


def main() -> int:
    """Run the benchmark and print a report."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path,
                        default=Path(tempfile.gettempdir()) / "hzbench-100k")
    parser.add_argument("--db", type=Path, required=True,
                        help="the index to use (kept between runs; built when missing)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--figures", type=int, default=10_000,
                        help="how many figures the table query should match")
    args = parser.parse_args()
    if not args.corpus.exists():
        from gen_corpus import generate

        generate(100_000, args.corpus)
    from hzreader.index import ArticleStore
    from hzreader.lens import build_table, sorted_rows
    from hzreader.library import StoreLibrary
    from hzreader.query import parse_query

    store = ArticleStore.open(args.db)
    started = time.perf_counter()
    if not store.is_current([args.corpus]):
        print("index not up to date with the corpus: syncing …", flush=True)
        report = store.sync([args.corpus], workers=2)
        print(f"  synced in {report.seconds:.0f} s ({report.figures_extracted} articles' "
              "figures found)")
    print(f"index checked in {time.perf_counter() - started:.2f} s: {store.count():,} "
          f"articles, {store._conn.execute('SELECT count(*) FROM figures').fetchone()[0]:,} "
          "figures")
    library = StoreLibrary(store)
    query = parse_query(f"money>={threshold_for(store, args.figures)!r}")

    def open_table() -> Any:
        items = library.search(query, None, "relevance").items
        table = build_table(library, items, query)
        rows = sorted_rows(table, "value")
        first_screen(table, rows, library.articles_of)
        return table

    stats = timed(args.runs, open_table)
    table = stats[3]
    print(f"open the table for {query.raw!r} ({len(table):,} figures in "
          f"{len(set(table.columns.article)):,} articles), in process: {ms(stats)}")
    app_samples = in_app(library, query.raw, max(3, args.runs // 2))
    print(f"  in the app (headless 160x45, key press to rows on screen): "
          f"{statistics.median(app_samples) * 1000:.0f} ms "
          f"({min(app_samples) * 1000:.0f}–{max(app_samples) * 1000:.0f})")
    for order in ("value", "date", "kind"):
        print(f"re-sort {len(table):,} rows by {order}: "
              f"{ms(timed(args.runs, lambda o=order: sorted_rows(table, o)))}")

    everything_table(library)
    store.close()  # the command opens the same file under the app's name for the corpus

    cache = Path(tempfile.mkdtemp(prefix="hzbench-lens-cache-"))
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    code = "from hzreader.index import store_path; print(store_path([__import__('sys').argv[1]]))"
    linked = Path(subprocess.run([sys.executable, "-c", code, str(args.corpus)], env=env,
                                 capture_output=True, text=True, check=True).stdout.strip())
    linked.parent.mkdir(parents=True, exist_ok=True)
    os.link(args.db, linked)  # the app's own place for this corpus's index
    for text in ("money>1e9", query.raw):
        command = [sys.executable, "-m", "hzreader", "figures", str(args.corpus), "--query",
                   text, "--format", "csv"]
        samples, note = [], ""
        for _ in range(max(3, args.runs // 2)):
            started = time.perf_counter()
            with open(os.devnull, "w") as sink:
                done = subprocess.run(command, env=env, stdout=sink, stderr=subprocess.PIPE,
                                      text=True, check=True)
            samples.append(time.perf_counter() - started)
            note = done.stderr.strip()
        print(f"`hzreader figures --query '{text}' --format csv` (fresh process, warm "
              f"index): {statistics.median(samples):.2f} s ({min(samples):.2f}–"
              f"{max(samples):.2f}); it said: {note}")
    linked.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
