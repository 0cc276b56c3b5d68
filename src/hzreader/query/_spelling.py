"""Which filter name a mistyped one likely meant (`monye>1e9` → money): at most one or two
edits away (`closest`)."""

from __future__ import annotations


def closest(typed: str, names: tuple[str, ...]) -> str:
    """The one of `names` that `typed` is likely a misspelling of: at most one edit away
    (two for a word of six letters or more; a letter swapped with the next is one edit),
    the first such; "" when none is, or `typed` is shorter than three letters."""
    typed = typed.lower()
    if len(typed) < 3 or typed in names:
        return ""
    most = 1 if len(typed) < 6 else 2
    for name in names:
        if abs(len(name) - len(typed)) <= most and _edits(typed, name) <= most:
            return name
    return ""


def _edits(a: str, b: str) -> int:
    """Edits from `a` to `b`: letters inserted, deleted, replaced, or two neighbours
    swapped (the optimal string alignment distance)."""
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        earlier, before, row = before, row, [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(before[j] + 1, row[j - 1] + 1,
                         before[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], earlier[j - 2] + 1)
    return row[-1]
