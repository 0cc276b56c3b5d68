"""The nearest of some marks before or after a place, read outwards from it.

`str.rfind` and `str.find` over the rest of a text read all of it when the mark is not
there (a Chinese text has no ". ", an English one no "。"): asked for each figure, a long
paragraph cost its length times its figures. These read a window around the place first
and widen it, doubling, only while no mark is found, and give what the plain searches give.
"""

from __future__ import annotations

#: The first window's width, in characters.
_FIRST = 256


def last_of(text: str, marks: tuple[str, ...], start: int) -> int:
    """`max(text.rfind(mark, 0, start) for mark in marks)`: where the last mark that ends
    by `start` begins, or -1."""
    width = _FIRST
    while True:
        lo = max(0, start - width)
        found = max(text.rfind(mark, lo, start) for mark in marks)
        if found >= 0 or lo == 0:
            return found  # a mark found at lo or after is the last: any other is before lo
        width *= 2


def first_of(text: str, marks: tuple[str, ...], end: int) -> int:
    """`min` of `text.find(mark, end)` over the marks found, or `len(text)` when none is."""
    size = len(text)
    width = _FIRST
    while True:
        hi = min(size, end + width)
        found = [i for i in (text.find(mark, end, hi) for mark in marks) if i >= 0]
        if found:
            return min(found)  # a mark not wholly inside the window begins after these
        if hi == size:
            return size
        width *= 2
