"""Score `hzreader.figures.extract` against the hand-labelled set (exact span + kind match)."""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
LABELLED = DATA / "figures_labelled.yaml"
#: The batches of the labelled set, in the order they were written (see each file's header).
BATCHES = ("original", "zh", "sports", "tech", "science", "live", "zh2", "mixed",
           "zh3", "sports2", "tech2", "science2", "live2", "news", "zh4", "mixed2",
           "sports3", "news2", "tech3", "zh5", "genres", "zh6", "genres2", "zh7",
           "genres3", "zh8", "mixed3", "mixed4", "mixed5", "jazh", "news3", "bounds6",
           "health7")
#: Hand-labelled sentences for units (a held-out batch written before the units pass ran).
UNITS_LABELLED = DATA / "figures_units.yaml"

try:
    import hzreader  # noqa: F401
except ImportError:  # running from a checkout without the package installed
    sys.path.insert(0, str(ROOT / "src"))

from hzreader.model import FIGURE_KINDS, Figure  # noqa: E402

Span = tuple[int, int, str]


@dataclass
class Gold:
    """One labelled figure located in its sentence."""

    start: int
    end: int
    kind: str
    value: float | None
    #: The labelled unit; None when the label gives none (only unit-bearing kinds have one).
    unit: str | None = None


@dataclass
class Item:
    """One labelled sentence."""

    text: str
    gold: list[Gold]


@dataclass
class Tally:
    """True positives, predictions and gold figures for one kind (or overall)."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0
    value_ok: int = 0
    #: Exact matches whose gold label has a unit, and how many of those got it right.
    unit_labelled: int = 0
    unit_ok: int = 0

    @property
    def precision(self) -> float:
        """Share of predictions that match a gold figure exactly."""
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of gold figures found exactly."""
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        """Share of exact matches whose value is also right."""
        return self.value_ok / self.tp if self.tp else 1.0

    @property
    def unit_accuracy(self) -> float:
        """Share of exact matches with a labelled unit whose unit is also right."""
        return self.unit_ok / self.unit_labelled if self.unit_labelled else 1.0


@dataclass
class Report:
    """Scores per kind and overall, with the mismatches for inspection."""

    kinds: dict[str, Tally] = field(default_factory=dict)
    overall: Tally = field(default_factory=Tally)
    missed: list[tuple[str, str, str]] = field(default_factory=list)
    spurious: list[tuple[str, str, str]] = field(default_factory=list)
    wrong_value: list[tuple[str, str, object, object]] = field(default_factory=list)
    wrong_unit: list[tuple[str, str, str, str]] = field(default_factory=list)


def load(path: Path = LABELLED) -> list[Item]:
    """Read the labelled YAML and locate every gold span in its text."""
    import yaml

    with open(path, encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    items: list[Item] = []
    for entry in raw:
        text = entry["text"]
        gold: list[Gold] = []
        for fig in entry.get("figures") or []:
            span = str(fig["text"])
            start = -1
            for _ in range(int(fig.get("occurrence", 0)) + 1):
                start = text.find(span, start + 1)
                if start < 0:
                    raise ValueError(f"{span!r} not found in {text!r}")
            if fig["kind"] not in FIGURE_KINDS:
                raise ValueError(f"unknown kind {fig['kind']!r}")
            value = fig.get("value")
            unit = fig.get("unit")
            gold.append(Gold(start, start + len(span), fig["kind"],
                             None if value is None else float(value),
                             None if unit is None else str(unit)))
        items.append(Item(text, gold))
    return items


def batch_path(name: str) -> Path:
    """The file of one batch: `original` is figures_labelled.yaml, others a suffix of it."""
    return LABELLED if name == "original" else DATA / f"figures_labelled_{name}.yaml"


def load_batches() -> dict[str, list[Item]]:
    """Every batch of the labelled set that exists, by name."""
    return {name: load(batch_path(name)) for name in BATCHES if batch_path(name).exists()}


def load_all() -> list[Item]:
    """All labelled items of every batch."""
    return [item for items in load_batches().values() for item in items]


def same_value(a: float | None, b: float | None) -> bool:
    """Values agree: both None, or equal within 0.1 %."""
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)


def score(items: Iterable[Item], extract: Callable[[str], list[Figure]]) -> Report:
    """Compare `extract` with the labels: exact span and kind; values checked on matches."""
    report = Report(kinds={kind: Tally() for kind in FIGURE_KINDS})
    for item in items:
        predicted = {(f.start, f.end, f.kind): f for f in extract(item.text)}
        gold = {(g.start, g.end, g.kind): g for g in item.gold}
        for key, fig in predicted.items():
            report.kinds[key[2]].predicted += 1
            if key in gold:
                report.kinds[key[2]].tp += 1
                if same_value(fig.value, gold[key].value):
                    report.kinds[key[2]].value_ok += 1
                else:
                    report.wrong_value.append((item.text, fig.text, fig.value, gold[key].value))
                want = gold[key].unit
                if want is not None:
                    report.kinds[key[2]].unit_labelled += 1
                    got = getattr(fig, "unit", "")
                    if got == want:
                        report.kinds[key[2]].unit_ok += 1
                    else:
                        report.wrong_unit.append((item.text, fig.text, got, want))
            else:
                report.spurious.append((item.text, fig.text, fig.kind))
        for key in gold:
            report.kinds[key[2]].gold += 1
            if key not in predicted:
                report.missed.append((item.text, item.text[key[0]:key[1]], key[2]))
    for tally in report.kinds.values():
        report.overall.tp += tally.tp
        report.overall.predicted += tally.predicted
        report.overall.gold += tally.gold
        report.overall.value_ok += tally.value_ok
        report.overall.unit_labelled += tally.unit_labelled
        report.overall.unit_ok += tally.unit_ok
    return report
