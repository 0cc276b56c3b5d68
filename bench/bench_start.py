"""Time from process start to headlines on screen, for the bundled collection or PATHs.

Usage: python bench/bench_start.py [--runs N] [PATH ...]

Each run starts a fresh Python process that launches hzreader headless (Textual's test
driver, 120x40) and reports when the headline list first shows articles, when every file is
searchable (the status line says so) and when loading (the index sync, key figures last)
has finished, and the peak RSS of all its processes meanwhile (the app, its sync's
workers, multiprocessing's resource tracker; sampled every 0.1 s from /proc, Linux only).
Runs reuse the user cache, so run 1 may be a cold start and the rest warm starts (`--cold`
empties the cache first). Prints the median and each run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

PROBE = r"""
import asyncio, json, os, sys, time
t0 = float(os.environ["HZ_T0"])
from hzreader.ui._app import make_app

async def main():
    app = make_app(sys.argv[1:], watch_interval=0)
    async with app.run_test(size=(120, 40)) as pilot:
        first = searchable = None
        while True:
            if first is None and len(app.headlines.items):
                first = time.time() - t0
            indexing = app.indexing
            if searchable is None and indexing and indexing[1] and indexing[0] >= indexing[1]:
                searchable = time.time() - t0
            if not app.loading and first is not None:
                break
            await asyncio.sleep(0.005)
        done = time.time() - t0
        print(json.dumps({"headlines": first, "searchable": searchable or done, "loaded": done,
                          "articles": len(app.library.items)}))

asyncio.run(main())
"""


def run_once(paths: list[str]) -> dict[str, float]:
    """One fresh process; returns seconds to headlines and to loaded, and peak RSS (MB)."""
    from _procs import TreeSampler

    env = dict(os.environ, HZ_T0=repr(time.time()))
    probe = subprocess.Popen([sys.executable, "-c", PROBE, *paths], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(probe.pid).start()
    out, err = probe.communicate()
    sampler.stop()
    if probe.returncode:
        raise SystemExit(f"probe failed:\n{err}")
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    result["peak_rss_mb"] = sampler.peak_rss / 1e6
    result["peaks"] = sampler.peaks()  # type: ignore[assignment]
    result["at_peak"] = sampler.at_peak()  # type: ignore[assignment]
    return result


def main() -> None:
    """Run the probe several times and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="empty the index cache first")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    if args.cold:
        from hzreader.files._bundled import bundled_articles
        from hzreader.index._cache_dir import store_path
        from hzreader.index._db import discard

        discard(store_path(args.paths or [str(bundled_articles())]))
    results = [run_once(args.paths) for _ in range(args.runs)]
    for index, result in enumerate(results, 1):
        print(f"run {index}: headlines on screen {result['headlines']:.3f} s, all searchable "
              f"{result['searchable']:.3f} s, loaded {result['loaded']:.3f} s, "
              f"{result['articles']:,} articles; peak RSS of all processes "
              f"{result['peak_rss_mb']:.0f} MB ({result['at_peak']}; "
              f"each one's own: the app first, {result['peaks']} MB)")
    warm = results[1:] or results
    print(f"median of warm runs: headlines {statistics.median(r['headlines'] for r in warm):.3f} s,"
          f" loaded {statistics.median(r['loaded'] for r in warm):.3f} s")


if __name__ == "__main__":
    main()
