"""Small helpers every rule module may use, with nothing to compile: a regex alternation of
words, and float arithmetic that never gives infinity. `figures._format` (the short form of
values, wanted by the figures table and `hzreader figures` before any text is read) needs
only these, not the compiled patterns."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable


def alt(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def as_float(raw: str) -> float | None:
    """`raw` digits (with thousands commas) as a finite float, or None."""
    try:
        value = float(raw.replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def mul(value: float | None, factor: float) -> float | None:
    """`value * factor`, or None when either is unknown or the product overflows."""
    if value is None:
        return None
    product = value * factor
    return product if math.isfinite(product) else None
