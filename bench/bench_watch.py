"""Time how fast a file added, changed or removed while reading shows in the app, and what
watching costs when nothing happens: OS file events against polling.

Usage: python bench/bench_watch.py CORPUS [--idle 10] [--poll]

Runs the app headless (120x40) on a copy-able corpus folder (it writes and removes one file,
`zz-bench-watch.yaml`, at its top). The first run builds the index in the user cache
(set XDG_CACHE_HOME to keep it apart). `--poll` measures with HZREADER_WATCH=poll.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import sys
import time
from pathlib import Path


def cpu_seconds() -> float:
    """CPU time of this process so far (all its threads), user and system."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def run(corpus: Path, idle: float) -> None:
    """Open the corpus, wait until loaded, then measure idle CPU and change latency."""
    from hzreader.ui._app import make_app

    probe = corpus / "zz-bench-watch.yaml"
    probe.unlink(missing_ok=True)
    app = make_app([corpus], watch_interval=2.0)
    started = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        while app.loading:
            await asyncio.sleep(0.1)
        print(f"loaded after {time.perf_counter() - started:.1f} s "
              f"({len(app.headlines.items)} articles); watching: {app.watch_mode}")

        before = cpu_seconds()
        await asyncio.sleep(idle)
        used = cpu_seconds() - before
        print(f"idle {idle:.0f} s: {used * 1000:.0f} ms of CPU "
              f"({used / idle * 100:.2f} % of a core)")

        async def shows(step: str, change: object, done: object) -> None:
            began = time.perf_counter()
            cpu = cpu_seconds()
            change()  # type: ignore[operator]
            while not done():  # type: ignore[operator]
                await asyncio.sleep(0.01)
            await pilot.pause()  # the repaint
            print(f"{step}: on screen after {time.perf_counter() - began:.2f} s, "
                  f"{(cpu_seconds() - cpu) * 1000:.0f} ms of CPU")

        def heads() -> list[str]:
            return [item.title for item in app.headlines.items[:50]]

        await shows("file added", lambda: probe.write_text(
            "title: Bench watch probe\ndate: 2099-01-01\nbody: x\n", encoding="utf-8"),
            lambda: "Bench watch probe" in heads())
        await shows("file changed", lambda: probe.write_text(
            "title: Bench watch probe, edited\ndate: 2099-01-01\nbody: y\n", encoding="utf-8"),
            lambda: "Bench watch probe, edited" in heads())
        await shows("file removed", probe.unlink,
                    lambda: not any(t.startswith("Bench watch probe") for t in heads()))


def main() -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--idle", type=float, default=10.0)
    parser.add_argument("--poll", action="store_true", help="measure polling instead")
    args = parser.parse_args()
    if args.poll:
        os.environ["HZREADER_WATCH"] = "poll"
    print(f"machine: {os.cpu_count()} cpu; load average {os.getloadavg()[0]:.1f} "
          "(other jobs make these times longer)")
    asyncio.run(run(args.corpus, args.idle))
    return 0


if __name__ == "__main__":
    sys.exit(main())
