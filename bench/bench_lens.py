"""Time the numbers lens at scale: the figures table, its sorting, and `hzreader figures`.

Usage:
  python bench/bench_lens.py --cache DIR [--corpus DIR] [--runs 7]      # everything
  python bench/bench_lens.py --cache DIR --only csv [--main-src SRC --main-cache DIR2]
  python bench/bench_lens.py --cache DIR --only tmux

`--cache` is an XDG_CACHE_HOME holding the warm index of the corpus, as the app keeps it
(run `XDG_CACHE_HOME=DIR hzreader CORPUS` once, or let this script sync it); `--db FILE`
names an index file instead. The corpus defaults to the 100,000 articles of bench_scale.py.
The targets of issue 15, each printed on a line starting with "TARGET":

* `csv`: `hzreader figures CORPUS --query 'money>1e9' --format csv > /dev/null` in a fresh
  process, warm index: wall time (target ≤ 2 s) and CPU time (the process and its helpers).
  With `--main-src SRC --main-cache DIR2` the same command also runs with the code in SRC
  (e.g. `git archive main src | tar -x -C /tmp/main`; PYTHONPATH=SRC) on its own warm index,
  alternating runs, and the ratios are printed (the figures version may differ between the
  two codes, so each needs an index its code calls current). Bodies unpack with ISA-L when
  the `isal` package is installed (a dependency since csvspeed; `pip install -e .` again in
  an older virtual environment), with zlib otherwise: ≈ 0.7 s more CPU at 100k.
* `tmux`: in a real terminal (tmux, 120x40): hzreader on the corpus, a query matching about
  10,000 figures typed in the search, then `t`: key press to the table settled on screen
  (target ≤ 300 ms); then `r`: key press to the re-sorted rows settled (target ≤ 200 ms).
  The time of the screen's last change counts; the first opening of a session (which loads
  the lens's code) is reported apart. With `--main-src`, main's code is measured after.
* `table` (in process): the same table opened and re-sorted without a terminal, and every
  figure of the collection as a table (build, sort, a screen of rows).
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import math
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
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


def first_screen(table: Any, rows: Sequence[int], read: Any) -> int:
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
        setattr(app, "load_articles", lambda *args: None)  # noqa: B010  (no load from files)
        async with app.run_test(size=(120, 40)) as pilot:
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


def csv_command(corpus: Path, cache: Path, runs: int, main_src: Path | None = None,
                main_cache: Path | None = None, query: str = "money>1e9") -> None:
    """`hzreader figures CORPUS --query Q --format csv > /dev/null`, fresh processes."""
    import resource

    variants: list[tuple[str, Path, Path | None]] = [("this", cache, None)]
    if main_src is not None:
        variants.append(("main", main_cache or cache, main_src))
    results: dict[str, list[tuple[float, float]]] = {name: [] for name, _, _ in variants}
    notes: dict[str, str] = {}
    for _ in range(runs):
        for name, xdg, src in variants:  # alternating, so both see the same machine
            env = {**os.environ, "XDG_CACHE_HOME": str(xdg)}
            if src is not None:
                env["PYTHONPATH"] = str(src)
            command = [sys.executable, "-m", "hzreader", "figures", str(corpus), "--query",
                       query, "--format", "csv"]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            with open(os.devnull, "w") as sink:
                done = subprocess.run(command, env=env, stdout=sink, stderr=subprocess.PIPE,
                                      text=True, check=True)
            wall = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            results[name].append((wall, cpu))
            notes[name] = done.stderr.strip()
    for name, samples in results.items():
        walls, cpus = [w for w, _ in samples], [c for _, c in samples]
        print(f"TARGET csv [{name}] `hzreader figures --query '{query}' --format csv` "
              f"(fresh process, warm index): wall {statistics.median(walls):.2f} s "
              f"({min(walls):.2f}–{max(walls):.2f}), CPU {statistics.median(cpus):.2f} s "
              f"({min(cpus):.2f}–{max(cpus):.2f}); target ≤ 2 s wall; it said: {notes[name]}")
    if "main" in results:
        this, main = results["this"], results["main"]
        print(f"  this / main: wall {statistics.median(w for w, _ in this) / statistics.median(w for w, _ in main):.2f}×, "  # noqa: E501
              f"CPU {statistics.median(c for _, c in this) / statistics.median(c for _, c in main):.2f}×")  # noqa: E501


def in_tmux(corpus: Path, cache: Path, query: str, runs: int, src: Path | None = None,
            name: str = "this") -> None:
    """Key press to a settled screen, in tmux at 120x40: `t` opens the table for `query`,
    `r` re-sorts it; the app is started once, the table opened `runs` times (with the code
    in `src` when given)."""
    session = "hzbench-lens"

    def tmux(*args: str) -> str:
        return subprocess.run(["tmux", *args], capture_output=True, text=True,
                              check=False).stdout

    def screen_of() -> str:
        return tmux("capture-pane", "-t", session, "-p")

    def send(*keys: str) -> None:
        tmux("send-keys", "-t", session, *keys)

    def timed_key(key: str, marker: str) -> float:
        """Seconds from sending `key` to the screen's last change, once `marker` shows and
        the screen has stayed still for 150 ms."""
        shown = screen_of()
        started = time.perf_counter()
        send(key)
        last_change = None
        while time.perf_counter() - started < 10:
            now = screen_of()
            moment = time.perf_counter()
            if now != shown:
                shown, last_change = now, moment
            elif last_change is not None and marker in shown and moment - last_change >= 0.15:
                return last_change - started
            time.sleep(0.002)
        return math.nan

    tmux("kill-session", "-t", session)
    env = f"XDG_CACHE_HOME={shlex.quote(str(cache))}"
    if src is not None:
        env += f" PYTHONPATH={shlex.quote(str(src))}"
    command = f"env {env} {shlex.quote(sys.executable)} -m hzreader {shlex.quote(str(corpus))}"
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command)
    try:
        deadline = time.perf_counter() + 60
        while "articles" not in screen_of() and time.perf_counter() < deadline:
            time.sleep(0.05)
        time.sleep(3)  # the start-up check of the folder
        send("/")
        time.sleep(0.3)
        tmux("send-keys", "-t", session, "-l", query)
        send("Enter")
        time.sleep(2)
        opened, sorted_ = [], []
        for _ in range(runs):
            opened.append(timed_key("t", "sorted by value"))
            sorted_.append(timed_key("r", "sorted by date"))
            send("r", "r")  # back to the value order: the next `t` opens as it was left
            time.sleep(0.5)
            send("Escape")
            time.sleep(0.5)
    finally:
        tmux("kill-session", "-t", session)
    rest = opened[1:] or opened
    print(f"TARGET app open [{name}]: `t` to the table on screen (tmux 120x40, {query!r}): median "
          f"{statistics.median(rest) * 1000:.0f} ms ({min(rest) * 1000:.0f}–"
          f"{max(rest) * 1000:.0f}); the session's first {opened[0] * 1000:.0f} ms; "
          "target ≤ 300 ms")
    print(f"TARGET app re-sort [{name}]: `r` to the rows re-sorted on screen: median "
          f"{statistics.median(sorted_) * 1000:.0f} ms ({min(sorted_) * 1000:.0f}–"
          f"{max(sorted_) * 1000:.0f}); target ≤ 200 ms")


def main() -> int:
    """Run the benchmark and print a report."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path,
                        default=Path(tempfile.gettempdir()) / "hzbench-100k")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--cache", type=Path,
                       help="XDG_CACHE_HOME with the corpus's warm index (synced if needed)")
    where.add_argument("--db", type=Path, help="the index file to use (kept between runs)")
    parser.add_argument("--only", choices=("all", "csv", "tmux", "table"), default="all")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--figures", type=int, default=10_000,
                        help="how many figures the table query should match")
    parser.add_argument("--main-src", type=Path, help="the code to compare with (csv)")
    parser.add_argument("--main-cache", type=Path, help="its warm index's XDG_CACHE_HOME")
    args = parser.parse_args()
    if not args.corpus.exists():
        from gen_corpus import generate

        generate(100_000, args.corpus)
    from hzreader.index import ArticleStore, store_path
    from hzreader.lens import build_table, sorted_rows
    from hzreader.library import StoreLibrary
    from hzreader.query import parse_query

    if args.cache is not None:
        os.environ["XDG_CACHE_HOME"] = str(args.cache)
        db = store_path([str(args.corpus)])
    else:
        db = args.db
    store = ArticleStore.open(db)
    started = time.perf_counter()
    if not store.is_current([str(args.corpus)]):
        print("index not up to date with the corpus: syncing …", flush=True)
        report = store.sync([str(args.corpus)], workers=2)
        print(f"  synced in {report.seconds:.0f} s ({report.figures_extracted} articles' "
              "figures found)")
    print(f"index checked in {time.perf_counter() - started:.2f} s: {store.count():,} "
          f"articles, {store._conn.execute('SELECT count(*) FROM figures').fetchone()[0]:,} "
          "figures")
    library = StoreLibrary(store)
    query = parse_query(f"money>={threshold_for(store, args.figures)!r}")
    if args.only in ("all", "table"):
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
        print(f"  in the app (headless 120x40, key press to rows on screen): "
              f"{statistics.median(app_samples) * 1000:.0f} ms "
              f"({min(app_samples) * 1000:.0f}–{max(app_samples) * 1000:.0f})")
        for order in ("value", "date", "kind"):
            resort = functools.partial(sorted_rows, table, order)
            print(f"re-sort {len(table):,} rows by {order}: {ms(timed(args.runs, resort))}")
        everything_table(library)
    store.close()
    if args.only in ("all", "tmux"):
        if args.cache is None:
            print("tmux: needs --cache (the app finds its index there)")
        else:
            in_tmux(args.corpus, args.cache, query.raw, max(3, args.runs // 2))
            if args.main_src is not None:
                in_tmux(args.corpus, args.main_cache or args.cache, query.raw,
                        max(3, args.runs // 2), args.main_src, "main")
    if args.only in ("all", "csv"):
        cache = args.cache
        linked = None
        if cache is None:  # the app's own place for this corpus's index, in a new cache
            cache = Path(tempfile.mkdtemp(prefix="hzbench-lens-cache-"))
            code = ("from hzreader.index import store_path; "
                    "print(store_path([__import__('sys').argv[1]]))")
            linked = Path(subprocess.run(
                [sys.executable, "-c", code, str(args.corpus)],
                env={**os.environ, "XDG_CACHE_HOME": str(cache)}, capture_output=True,
                text=True, check=True).stdout.strip())
            linked.parent.mkdir(parents=True, exist_ok=True)
            os.link(db, linked)
        csv_command(args.corpus, cache, max(3, args.runs // 2), args.main_src,
                    args.main_cache)
        if linked is not None:
            linked.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
