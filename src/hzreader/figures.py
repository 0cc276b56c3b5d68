"""Key figures in news text (provisional version; a precise extractor follows)."""

from __future__ import annotations

import math
import re

from hzreader.model import Figure

_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
           "bn": 1e9, "trillion": 1e12, "tn": 1e12}
_WORDS = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_WORDS["dozen"] = 12.0

_RX = re.compile(
    r"(?P<approx>(?i:(?:over|nearly|about|around|almost|more than|up to|at least) ))?"
    r"(?P<cur>(?:US|HK)?\$|£|€|RMB ?)?"
    r"(?<![\w.])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w.]\d)"
    r"(?P<scale> ?(?:thousand|million|billion|trillion|bn|mn)\b|(?:k|m)\b)?"
    r"(?P<tail>%| percent\b| per cent\b| (?:yuan|dollars|euros|pounds|yen)\b"
    r"| (?:years|months|days|hours|minutes|decades)\b| [a-z-]+s\b)?"
)


def _num(text: str) -> float | None:
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def extract(text: str) -> list[Figure]:
    """Find the key figures in `text`, in order and without overlaps."""
    figures: list[Figure] = []
    for m in _RX.finditer(text):
        value = _num(m["num"])
        if value is None:
            continue
        scale = (m["scale"] or "").strip().lower()
        value *= _SCALES.get(scale, 1.0)
        tail = (m["tail"] or "").strip().lower()
        if m["cur"] or tail in ("yuan", "dollars", "euros", "pounds", "yen"):
            kind = "money"
        elif tail in ("%", "percent", "per cent"):
            kind = "percent"
        elif tail in ("years", "months", "days", "hours", "minutes", "decades"):
            kind = "duration"
        elif tail:
            kind = "count"
        elif 1000 <= value <= 2100 and re.fullmatch(r"\d{4}", m["num"]):
            kind = "year"
        else:
            kind = "number"
        figures.append(Figure(m.start(), m.end(), m.group(), kind, value))
    return figures


def format_value(figure: Figure) -> str:
    """A short normalised value for the figures panel; "" when the value is unknown."""
    if figure.value is None:
        return ""
    if figure.kind == "year":
        return str(int(figure.value))
    if figure.kind == "percent":
        return f"{figure.value:g} %"
    return f"{figure.value:,.6g}"


def parse_number(text: str) -> float | None:
    """Parse a number typed as "12,000", "3 billion", "3bn", "2.5k" or "five"; else None."""
    s = text.strip().lower()
    if s in _WORDS:
        return _WORDS[s]
    m = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?(?:e\d+)?) ?([a-z]*)", s)
    if not m or m[2] not in ("", *_SCALES):
        return None
    value = _num(m[1])
    return None if value is None else value * _SCALES.get(m[2], 1.0)
