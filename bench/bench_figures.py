"""Accuracy and speed of hzreader.figures: `python bench/bench_figures.py [-v]`.

Prints precision, recall and F1 per kind and overall on tests/data/figures_labelled.yaml
(exact span + kind match), the value and unit accuracy of the matches (units on the main
set and on the held-out units batch), and extraction speed in sentences per second on one
core (median of several runs). `-v` lists every mismatch.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import figures_eval  # noqa: E402

from hzreader.figures import extract  # noqa: E402

RUNS = 7
SENTENCES = 5000


def accuracy(verbose: bool) -> None:
    """Print the per-kind table and, with `verbose`, the mismatches."""
    items = figures_eval.load()
    report = figures_eval.score(items, extract)
    print(f"labelled set: {len(items)} texts, {report.overall.gold} figures")
    print(f"{'kind':<10}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}{'value':>8}"
          f"{'unit':>8}")
    rows = [*report.kinds.items(), ("overall", report.overall)]
    for kind, t in rows:
        unit = f"{t.unit_accuracy:>8.3f}" if t.unit_labelled else f"{'-':>8}"
        print(f"{kind:<10}{t.gold:>6}{t.predicted:>6}{t.precision:>8.3f}{t.recall:>8.3f}"
              f"{t.f1:>8.3f}{t.value_accuracy:>8.3f}{unit}")
    print(f"unit accuracy on matched figures: {report.overall.unit_accuracy:.3f} "
          f"({report.overall.unit_ok}/{report.overall.unit_labelled})")
    held = figures_eval.score(figures_eval.load(figures_eval.UNITS_LABELLED), extract)
    print(f"held-out units batch: {held.overall.gold} figures, F1 {held.overall.f1:.3f}, unit "
          f"accuracy on matched figures {held.overall.unit_accuracy:.3f} "
          f"({held.overall.unit_ok}/{held.overall.unit_labelled})")
    if verbose:
        for text, span, kind in report.missed:
            print(f"  missed   {kind:<9}{span!r:<40} in {text[:70]!r}")
        for text, span, kind in report.spurious:
            print(f"  spurious {kind:<9}{span!r:<40} in {text[:70]!r}")
        for _text, span, got, want in report.wrong_value:
            print(f"  value    {span!r}: got {got}, want {want}")
        for _text, span, got, want in [*report.wrong_unit, *held.wrong_unit]:
            print(f"  unit     {span!r}: got {got!r}, want {want!r}")


def _sentences(texts: list[str]) -> list[str]:
    """Split texts into sentences at ". " (good enough for timing)."""
    return [s.strip() + "." for text in texts for s in text.split(". ") if s.strip()]


def corpus(article_prose: bool = False) -> list[str]:
    """A few thousand sentences, reproducibly sampled.

    By default the figure-dense labelled sentences (about two figures each); with
    `article_prose`, the seed article's sentences, which like most news prose are mostly
    figure-free.
    """
    if article_prose:
        pool = _sentences([item.text for item in figures_eval.load() if len(item.text) > 200])
    else:
        pool = _sentences([item.text for item in figures_eval.load()])
    rng = random.Random(7)
    return [rng.choice(pool) for _ in range(SENTENCES)]


def _rate(sentences: list[str]) -> tuple[float, float, float]:
    """Median, min and max sentences per CPU-second over RUNS runs."""
    for s in sentences[:200]:  # warm up
        extract(s)
    rates = []
    for _ in range(RUNS):
        t0 = time.process_time()
        for s in sentences:
            extract(s)
        rates.append(len(sentences) / max(time.process_time() - t0, 1e-9))
    return statistics.median(rates), min(rates), max(rates)


def speed() -> None:
    """Print the median throughput on one core (CPU time, so other load matters less)."""
    for label, sentences in (("labelled sentences", corpus()),
                             ("article prose", corpus(article_prose=True))):
        words = sum(len(s.split()) for s in sentences) / len(sentences)
        med, low, high = _rate(sentences)
        print(f"speed, {label} ({words:.1f} words avg): {med:,.0f} sentences/s on one core "
              f"(median of {RUNS} runs over {len(sentences)} sentences; min {low:,.0f}, "
              f"max {high:,.0f})")


def main() -> None:
    """Run the accuracy report and the speed benchmark."""
    accuracy("-v" in sys.argv[1:])
    speed()


if __name__ == "__main__":
    main()
