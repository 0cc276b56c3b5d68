"""Accuracy and speed of hzreader.figures: `python bench/bench_figures.py [-v]`.

Prints precision, recall and F1 per kind and overall on the whole labelled set (every
batch tests/data/figures_labelled*.yaml; exact span + kind match), one row per batch, the
value and unit accuracy of the matches (units also on the held-out units batch), and
extraction speed in sentences per second on one core (median of several runs). `-v` lists
every mismatch; `--batch NAME` scores one batch only.
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


def _row(label: str, t: figures_eval.Tally) -> str:
    """One table row: gold, predicted, precision, recall, F1, value and unit accuracy."""
    unit = f"{t.unit_accuracy:>8.3f}" if t.unit_labelled else f"{'-':>8}"
    return (f"{label:<10}{t.gold:>6}{t.predicted:>6}{t.precision:>8.3f}{t.recall:>8.3f}"
            f"{t.f1:>8.3f}{t.value_accuracy:>8.3f}{unit}")


def accuracy(verbose: bool, only: str | None = None) -> None:
    """Print the per-kind and per-batch tables and, with `verbose`, the mismatches."""
    batches = figures_eval.load_batches()
    if only is not None:
        batches = {only: batches[only]}
    items = [item for batch in batches.values() for item in batch]
    report = figures_eval.score(items, extract)
    print(f"labelled set: {len(items)} texts, {report.overall.gold} figures")
    header = f"{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}{'value':>8}{'unit':>8}"
    print(f"{'kind':<10}{header}")
    for kind, t in [*report.kinds.items(), ("overall", report.overall)]:
        if t.gold or t.predicted or kind == "overall":
            print(_row(kind, t))
    print(f"{'batch':<10}{header}")
    for name, batch in batches.items():
        print(_row(name, figures_eval.score(batch, extract).overall))
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
    """Split texts into sentences at ". " or "。" (good enough for timing)."""
    split = [s for text in texts for s in text.replace("。", "。\n").replace(". ", ".\n")
             .splitlines()]
    return [s.strip() for s in split if s.strip()]


def corpus(kind: str = "labelled") -> list[str]:
    """A few thousand sentences, reproducibly sampled.

    `labelled`: the figure-dense labelled sentences of every batch (about two figures each);
    `prose`: the seed article's sentences, which like most news prose are mostly figure-free;
    `zh`: the Chinese batch alone.
    """
    if kind == "prose":
        texts = [item.text for item in figures_eval.load() if len(item.text) > 200]
    elif kind == "zh":
        texts = [item.text for item in figures_eval.load(figures_eval.batch_path("zh"))]
    else:
        texts = [item.text for item in figures_eval.load_all()]
    pool = _sentences(texts)
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
                             ("article prose", corpus("prose")),
                             ("Chinese sentences", corpus("zh"))):
        chars = sum(len(s) for s in sentences) / len(sentences)
        med, low, high = _rate(sentences)
        print(f"speed, {label} ({chars:.0f} chars avg): {med:,.0f} sentences/s on one core "
              f"(median of {RUNS} runs over {len(sentences)} sentences; min {low:,.0f}, "
              f"max {high:,.0f})")


def main() -> None:
    """Run the accuracy report and the speed benchmark."""
    args = sys.argv[1:]
    only = args[args.index("--batch") + 1] if "--batch" in args else None
    accuracy("-v" in args, only)
    if "--no-speed" not in args:
        speed()


if __name__ == "__main__":
    main()
