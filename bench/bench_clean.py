"""CPU of cleaning article text and of parsing articles: `python bench/bench_clean.py [CORPUS]`.

Reads the first `--files` YAML files of CORPUS (bench/gen_corpus.py; by default
/tmp/hzbench-100k) into memory once, then prints the CPU seconds (the best of `--runs`) of:

* parse: `files.load_text` on every file (YAML to validated `Article`s, cleaning included);
* clean: `clean_text` and `clean_line` on every title and body (normal text: the fast path);
* dirty: `clean_text` on the bodies with an SGR sequence (`ESC [ 31 m`) in their middle.

`--against SRC` runs this script alternately with the current code and with another
checkout's `src` folder on PYTHONPATH (`--rounds` times each, in fresh processes) and prints
each stage's median CPU ratio (this / that): compare only numbers taken back to back.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def measure(corpus: Path, files: int, runs: int) -> dict[str, float]:
    """The best CPU seconds of each stage over `runs` runs."""
    from hzreader.files._loader import LoadResult, load_text
    from hzreader.text import clean_line, clean_text

    texts = [(path.read_text(encoding="utf-8"), str(path))
             for path in sorted(corpus.rglob("*.yaml"))[:files]]
    loaded = LoadResult()
    for text, name in texts:
        load_text(text, name, name, loaded)
    plain = [a.body for a in loaded.articles] + [a.title for a in loaded.articles]
    dirty = [f"{b[: len(b) // 2]}\x1b[31m{b[len(b) // 2 :]}" for b in plain[: len(plain) // 2]]

    def parse() -> None:
        for text, name in texts:
            load_text(text, name, name, LoadResult())

    def clean() -> None:
        for text in plain:
            clean_text(text)
            clean_line(text)

    def clean_dirty() -> None:
        for text in dirty:
            clean_text(text)

    stages: dict[str, Callable[[], None]] = {"parse": parse, "clean": clean,
                                             "dirty": clean_dirty}
    best: dict[str, float] = {}
    for name, stage in stages.items():
        for _ in range(runs):
            started = time.process_time()
            stage()
            took = time.process_time() - started
            best[name] = min(best.get(name, took), took)
    return best


def main() -> int:
    """Measure here, or alternately here and in another checkout."""
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path, nargs="?", default=Path("/tmp/hzbench-100k"))
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", metavar="SRC", help="another checkout's src folder")
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    if args.against is None:
        best = measure(args.corpus, args.files, args.runs)
        print(" ".join(f"{name}={took:.4f}" for name, took in best.items()))
        return 0
    folders = {"this": str(HERE.parent / "src"), "that": str(Path(args.against).resolve())}
    taken: dict[str, list[dict[str, float]]] = {"this": [], "that": []}
    for _ in range(args.rounds):
        for which, src in folders.items():
            env = {**os.environ, "PYTHONPATH": src}
            out = subprocess.run(
                [sys.executable, __file__, str(args.corpus), "--files", str(args.files),
                 "--runs", str(args.runs)], env=env, check=True, capture_output=True,
                text=True).stdout.split()
            taken[which].append({k: float(v) for k, v in (part.split("=") for part in out)})
    for stage in taken["this"][0]:
        this = statistics.median(run[stage] for run in taken["this"])
        that = statistics.median(run[stage] for run in taken["that"])
        print(f"{stage}: this {this:.4f} s, that {that:.4f} s, ratio {this / that:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
