"""CPU cost of key-figure extraction per article: `python bench/bench_extract.py [CORPUS]`.

Issue 16's cold-start target (everything done at 100k articles in <= 60 s) needs
`article_figures(summary, body)` at <= 0.40 ms of CPU per article of the generated 100k
corpus (bench/gen_corpus.py; by default /tmp/hzbench-100k). This script reads a fixed
sample of that corpus once with the project's loader (files sorted, shuffled with a fixed
seed, the first `--articles` articles), then prints:

* ms of CPU per article for `article_figures` (median of `--runs` runs, min and max), the
  projection for 100,000 articles and whether the 0.40 ms target is met;
* sentences per CPU-second on the labelled sentences (bench_figures.py's sample).

CPU time (`time.process_time`) on one core, so other load on the machine matters less, but
not nothing: compare only numbers taken back to back. `--against SRC` does that: it runs
this script alternately with the current code and with another checkout's `src` folder on
PYTHONPATH (`--rounds` times each, in fresh processes) and prints both medians and the
ratio (`--this SRC` puts another folder in this checkout's place: a compiled copy, say).
`--diff SRC` checks instead that both give exactly the same figures (every field,
sentence spans included) on the sample (`--articles`, e.g. 5000) and prints the number of
articles that differ. Example (main's code copied aside first):

    cp -r /work/main/src /tmp/main-src
    python bench/bench_extract.py --against /tmp/main-src
    python bench/bench_extract.py --diff /tmp/main-src --articles 5000
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_CORPUS = "/tmp/hzbench-100k"
#: Per-article CPU the 60 s cold start needs from the extractor (issue 16).
TARGET_MS = 0.40
SEED = 16


def sample(corpus: str, count: int) -> list[tuple[str, str]]:
    """(summary, body) of `count` articles of `corpus`, always the same ones."""
    from hzreader.files import load_paths

    files = sorted(str(Path(folder) / name) for folder, _, names in os.walk(corpus)
                   for name in names if name.endswith((".yaml", ".yml")))
    random.Random(SEED).shuffle(files)
    found: list[tuple[str, str]] = []
    for file in files:
        found.extend((a.summary, a.body) for a in load_paths([file]).articles)
        if len(found) >= count:
            break
    return found[:count]


def article_ms(articles: list[tuple[str, str]], runs: int) -> list[float]:
    """CPU ms per article of `article_figures` over all `articles`, once per run."""
    from hzreader.figures import article_figures

    for summary, body in articles[:100]:  # warm up: compile the patterns
        article_figures(summary, body)
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        for summary, body in articles:
            article_figures(summary, body)
        times.append((time.process_time() - t0) * 1000 / len(articles))
    return times


def sentence_rate(runs: int) -> list[float]:
    """Labelled sentences per CPU-second of `extract`, once per run."""
    sys.path.insert(0, str(HERE))
    import bench_figures

    from hzreader.figures import extract

    sentences = bench_figures.corpus()
    for s in sentences[:200]:
        extract(s)
    rates = []
    for _ in range(runs):
        t0 = time.process_time()
        for s in sentences:
            extract(s)
        rates.append(len(sentences) / max(time.process_time() - t0, 1e-9))
    return rates


def measure(args: argparse.Namespace) -> dict[str, list[float]]:
    """Both measurements of the code importable as `hzreader` in this process."""
    articles = sample(args.corpus, args.articles)
    return {"ms": article_ms(articles, args.runs), "rate": sentence_rate(args.runs)}


def dump(args: argparse.Namespace) -> None:
    """Print every figure of the sample, one article a line (for `--diff`)."""
    from hzreader.figures import article_figures

    for summary, body in sample(args.corpus, args.articles):
        found = article_figures(summary, body)
        print(repr([tuple(at[:5]) + dataclasses.astuple(at.figure) for at in found]))


def diff(args: argparse.Namespace, here: str, there: str) -> None:
    """Count the sample's articles whose figures differ between two `src` folders."""
    outputs = []
    for src in (here, there):
        env = dict(os.environ, PYTHONPATH=src)
        outputs.append(subprocess.run(
            [sys.executable, __file__, args.corpus, "--articles", str(args.articles),
             "--dump"], env=env, check=True, capture_output=True, text=True).stdout.splitlines())
    mine, other = outputs
    differ = [i for i, (a, b) in enumerate(zip(mine, other, strict=True)) if a != b]
    figures = sum(line.count("), (") + (line != "[]") for line in mine)
    print(f"{len(mine)} articles, about {figures} figures: {len(differ)} articles differ "
          f"between {here} and {there}")
    for i in differ[:5]:
        print(f"  article {i}:\n    this  {mine[i][:300]}\n    other {other[i][:300]}")


def child(args: argparse.Namespace, src: str) -> dict[str, list[float]]:
    """`measure` in a fresh process with `src` first on the path."""
    env = dict(os.environ, PYTHONPATH=src)
    out = subprocess.run(
        [sys.executable, __file__, args.corpus, "--articles", str(args.articles), "--runs",
         str(args.runs), "--json"], env=env, check=True, capture_output=True, text=True)
    result: dict[str, list[float]] = json.loads(out.stdout)
    return result


def report(label: str, result: dict[str, list[float]], articles: int) -> None:
    """Print one code's numbers."""
    ms, rate = result["ms"], result["rate"]
    med = statistics.median(ms)
    verdict = "met" if med <= TARGET_MS else "NOT met"
    print(f"{label}article_figures: {med:.3f} ms CPU per article (median of {len(ms)} runs over "
          f"{articles} articles; min {min(ms):.3f}, max {max(ms):.3f}); 100k articles: "
          f"{med * 100:.0f} s of CPU; target <= {TARGET_MS:.2f} ms: {verdict}")
    print(f"{label}labelled sentences: {statistics.median(rate):,.0f} sentences/s on one core "
          f"(median of {len(rate)} runs; min {min(rate):,.0f}, max {max(rate):,.0f})")


def main() -> None:
    """Measure the current code, or compare it with another `src` folder back to back."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--against", metavar="SRC", help="another checkout's src folder")
    parser.add_argument("--this", metavar="SRC", help="measure this src instead of the checkout's")
    parser.add_argument("--rounds", type=int, default=5, help="alternations with --against")
    parser.add_argument("--diff", metavar="SRC", help="compare the figures with another src")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not Path(args.corpus).is_dir():
        sys.exit(f"{args.corpus}: no such folder (make it with bench/gen_corpus.py)")
    if args.json:
        print(json.dumps(measure(args)))
        return
    if args.dump:
        dump(args)
        return
    here = str(Path(args.this).resolve()) if args.this else str(ROOT / "src")
    if args.diff is not None:
        diff(args, here, str(Path(args.diff).resolve()))
        return
    if args.against is None:
        report("", measure(args), args.articles)
        return
    there = str(Path(args.against).resolve())
    mine: dict[str, list[float]] = {"ms": [], "rate": []}
    other: dict[str, list[float]] = {"ms": [], "rate": []}
    for _ in range(args.rounds):  # alternate, so that both see the same load
        for src, into in ((here, mine), (there, other)):
            result = child(args, src)
            into["ms"].append(statistics.median(result["ms"]))
            into["rate"].append(statistics.median(result["rate"]))
    report(f"this ({here}): ", mine, args.articles)
    report(f"other ({there}): ", other, args.articles)
    ratio_ms = statistics.median(mine["ms"]) / statistics.median(other["ms"])
    ratio_rate = statistics.median(mine["rate"]) / statistics.median(other["rate"])
    print(f"ratio this/other, CPU per article: {ratio_ms:.3f} "
          f"(medians of {args.rounds} alternating rounds); sentences/s: {ratio_rate:.3f}")


if __name__ == "__main__":
    main()
