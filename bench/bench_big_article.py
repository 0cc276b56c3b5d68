"""Time the reading pane on a huge article: opening it, its figures found, `G`, `]` and `[`.

Usage:
  python bench/bench_big_article.py [--runs 5] [--profile KEY] [FILE]

FILE defaults to a generated article of about 2 MB in 3,300 paragraphs (as the tryout's
`big2mb.yaml`: about 87,000 figures), written to a temporary folder. Each run starts the app
headless (Textual's test driver, 120x40) in a fresh process on a new cache (a cold start:
the index is built too), waits until the article's figures are shown in the reading pane
("figures found": from the process's start), opens it (Enter), and then presses `G`, `]`
five times and `[` five times (each line: the mean of one press). Printed: the
median over the runs of each step's CPU seconds of the process (the machine is shared: CPU
time moves less than wall time with the load) and wall seconds. `--profile KEY` (one of
`G`, `]`) prints a cProfile of that key's first press instead; `--panel` opens the
figures panel (`f`) first.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

WORDS = ("Tuesday said 5.2 on while 2025 billion revenue in the 1,200 rose jobs $3 percent "
         "that council to").split()

PROBE = r"""
import asyncio, cProfile, json, pstats, sys, time
from hzreader.ui._app import make_app

PROFILE = sys.argv[2]
PANEL = sys.argv[3] == "panel"

def clocks():
    return time.process_time(), time.perf_counter()

CPU0, WALL0 = clocks()

async def main():
    app = make_app([sys.argv[1]], watch_interval=0)
    times = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await app.workers.wait_for_complete()
        reader = app.reader
        while reader.figures_pending or not reader.rendered or not reader.rendered.figures:
            await asyncio.sleep(0.01)
        await pilot.pause()
        times["figures found"] = (time.process_time() - CPU0, time.perf_counter() - WALL0)
        cpu, wall = clocks()
        await pilot.press("enter")
        await pilot.pause()
        times["open"] = (time.process_time() - cpu, time.perf_counter() - wall)
        await app.workers.wait_for_complete()
        await pilot.pause()
        if PANEL:
            await pilot.press("f")
            await pilot.pause()
            await app.workers.wait_for_complete()
        reader.focus()
        await pilot.pause()
        for key, name, presses in (("G", "G", 1), ("right_square_bracket", "]", 5),
                                   ("left_square_bracket", "[", 5)):
            samples = []
            for press in range(presses):
                profiler = cProfile.Profile() if name == PROFILE and press == 0 else None
                cpu, wall = clocks()
                if profiler:
                    profiler.enable()
                await pilot.press(key)
                await pilot.pause()
                if profiler:
                    profiler.disable()
                    pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative") \
                        .print_stats(25)
                samples.append((time.process_time() - cpu, time.perf_counter() - wall))
            times[name] = (sum(c for c, _ in samples) / presses,
                           sum(w for _, w in samples) / presses)
        times["subtitle"] = str(reader.border_subtitle)
    print(json.dumps(times))

asyncio.run(main())
"""


def make_article(folder: Path, size: int = 2_100_000) -> Path:
    """A YAML article of about `size` characters in paragraphs of about 650, like the
    tryout's."""
    rng = random.Random(14)
    paragraphs: list[str] = []
    length = 0
    while length < size:
        paragraph = " ".join(rng.choice(WORDS) for _ in range(110))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    path = folder / "big.yaml"
    path.write_text("title: A two megabyte article\ndate: 2026-01-01\nbody: |\n  "
                    + "\n\n  ".join(paragraphs) + "\n", encoding="utf-8")
    return path


def main() -> None:
    """Run the probe `--runs` times and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", default="", choices=["", "G", "]"])
    parser.add_argument("--panel", action="store_true", help="with the figures panel open")
    parser.add_argument("file", nargs="?")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = Path(args.file) if args.file else make_article(folder)
        results = []
        for run in range(1 if args.profile else args.runs):
            env = dict(os.environ, XDG_CACHE_HOME=str(folder / f"cache{run}"),
                       XDG_STATE_HOME=str(folder / f"state{run}"),
                       XDG_CONFIG_HOME=str(folder / "cfg"), XDG_DATA_HOME=str(folder / "data"))
            done = subprocess.run([sys.executable, "-c", PROBE, str(path), args.profile,
                                   "panel" if args.panel else ""],
                                  env=env, capture_output=True, text=True, check=False)
            if done.returncode:
                raise SystemExit(f"probe failed:\n{done.stderr}")
            if args.profile:
                print(done.stderr)
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"{path.name}: {results[-1]['subtitle']}; {len(results)} runs, medians")
    for step in ("figures found", "open", "G", "]", "["):
        cpu = statistics.median(run[step][0] for run in results)
        wall = statistics.median(run[step][1] for run in results)
        print(f"  {step:14} CPU {cpu:6.3f} s   wall {wall:6.3f} s")


if __name__ == "__main__":
    main()
