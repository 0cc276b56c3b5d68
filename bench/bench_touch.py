"""What a sync costs when every file was touched (mtime only) against a cold index.

Usage: python bench/bench_touch.py CORPUS [--against SRC] [--rounds N]

In a fresh process per measure (with `SRC` or this checkout's `src` on PYTHONPATH): a cold
sync of CORPUS into an empty cache (two workers, as the app's first start), then every file
touched (`os.utime` to now, content unchanged) and a full sync (the app's start after a
`git checkout`), then touched again and a sync of the changed paths (the app's file events;
one worker, as the app's refresh). Prints wall and CPU seconds (the process and its worker
processes) of each and the touch / cold ratios; `--against SRC` measures another checkout's
code alternately with this one's. Ratios only: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _cpu() -> float:
    """CPU seconds of this process and of its ended children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _files(corpus: str) -> list[str]:
    """The YAML files under `corpus`."""
    return [os.path.join(folder, name) for folder, _, names in os.walk(corpus)
            for name in names if name.endswith((".yaml", ".yml"))]


def _touch_all(corpus: str) -> list[str]:
    """Set every YAML file's mtime to now; the files' paths."""
    files = _files(corpus)
    for file in files:
        os.utime(file)
    return files


def measure(corpus: str) -> dict[str, float]:
    """One round in this process: cold, touched (full sync), touched (changed paths)."""
    from hzreader.index import ArticleStore

    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as cache:
        store = ArticleStore.open(Path(cache) / "index.sqlite3")
        for name, run in (
            ("cold", lambda: store.sync([corpus], workers=2)),
            ("touched_full", lambda: (_touch_all(corpus), store.sync([corpus], workers=2))),
            ("touched_events", lambda: store.sync(
                [corpus], workers=1, changed=_touch_all(corpus))),
        ):
            wall, cpu = time.perf_counter(), _cpu()
            run()
            out[f"{name}_wall"] = time.perf_counter() - wall
            out[f"{name}_cpu"] = _cpu() - cpu
            if name == "cold":
                with sqlite3.connect(Path(cache) / "index.sqlite3") as conn:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                out["index_bytes"] = (Path(cache) / "index.sqlite3").stat().st_size
        store.close()
        out["yaml_bytes"] = sum(os.path.getsize(file) for file in _files(corpus))
    return out


def _run(src: str, corpus: str) -> dict[str, float]:
    """`measure` in a fresh process with `src` on PYTHONPATH."""
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run([sys.executable, __file__, corpus, "--one"], env=env, check=True,
                          capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--against", help="another checkout's src folder")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.corpus)))
        return
    sources = {"this": str(ROOT / "src")}
    if args.against:
        sources["against"] = args.against
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in sources}
    for _ in range(args.rounds):
        for name, src in sources.items():
            runs[name].append(_run(src, args.corpus))
    for name, results in runs.items():
        def median(key: str, results: list[dict[str, float]] = results) -> float:
            return statistics.median(r[key] for r in results)
        print(f"{name} ({sources[name]}):")
        for key in ("cold", "touched_full", "touched_events"):
            print(f"  {key:15} wall {median(key + '_wall'):7.2f} s  cpu "
                  f"{median(key + '_cpu'):7.2f} s")
        for key in ("touched_full", "touched_events"):
            print(f"  {key} / cold: wall {median(key + '_wall') / median('cold_wall'):.2f}x, "
                  f"cpu {median(key + '_cpu') / median('cold_cpu'):.2f}x")
        print(f"  index after the cold sync {median('index_bytes') / 1e6:.1f} MB "
              f"({median('index_bytes') / median('yaml_bytes'):.2f}x the YAML)")


if __name__ == "__main__":
    main()
