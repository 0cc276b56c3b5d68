"""Where a line of text breaks to fit a width: at spaces, between wide (Chinese and
Japanese) characters by their line-breaking rules, never inside a glyph of several characters
or a Korean word, and never inside a key figure that fits on the next line (`wrap_offsets`)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from rich.cells import cell_len, split_graphemes

from hzreader.ui._keep import WHOLE_CELLS

#: Spans of the text (start, end) that a line should not break inside: the key figures.
Keep = Sequence[tuple[int, int]]


@lru_cache(maxsize=4096)
def wrap_offsets(line: str, width: int, next_width: int | None = None,
                  keep: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
    """Greedy word wrap of one line: (start, end) pairs that cover the whole line.

    The first piece gets `width` cells, the others `next_width` (the same by default); a
    span of `keep` that fits in `next_width` is not broken (`_keep_together`).
    Cached: each keystroke of a search wraps the open article again, in the same width.
    """
    if cell_len(line) <= width:
        return [(0, len(line))]
    if line.isascii() and line.isprintable() or _narrow_characters().issuperset(line):
        return _wrap_narrow(line, width, next_width, keep)
    return _wrap_cells(line, width, next_width, keep)


class _KeepSpans:
    """The spans of `keep` by where they start, to find the one around a cut without
    looking at every span (a long article has tens of thousands of figures on one line)."""

    __slots__ = ("firsts", "longest", "spans")

    def __init__(self, keep: Keep) -> None:
        self.spans = sorted(keep)
        self.firsts = [first for first, _ in self.spans]
        self.longest = max((last - first for first, last in self.spans), default=0)

    def around(self, cut: int) -> tuple[int, int] | None:
        """The first span (by its start) with `first < cut < last`, or None."""
        spans = self.spans
        for index in range(bisect_left(self.firsts, cut - self.longest),
                           bisect_left(self.firsts, cut)):
            if spans[index][1] > cut:
                return spans[index]
        return None


#: A Chinese or Japanese figure with digits of up to `_keep.WHOLE_CELLS` cells ("25万人次",
#: "约35.5公里", "新台幣4,523億元"), as for English, or one in characters only of up to
#: `CJK_SHORT` cells ("第四季", "逾五成"), moves whole to the next line where it would
#: break ("25万" then "人次" misreads); a longer one, or a long one written in characters
#: only ("三年六个月"), only if that leaves at most `CJK_KEEP_GAP` cells empty at the end of
#: the line; else it breaks there as the rest of that text does (between wide characters,
#: never inside digits), not to leave a ragged line.
CJK_KEEP_GAP = 4
CJK_SHORT = 8
_DIGIT = re.compile(r"[0-9]")


def _keep_together(line: str, cut: int, start: int, room: int, keep: _KeepSpans,
                   width: int) -> int:
    """`cut`, or where to cut instead so as not to break a span of `keep` that fits in
    `room` cells: before its word (at the last space) or, after a wide character, right
    before it. Never at or before `start` (the line would be empty). A span of wide
    characters (a figure in Chinese text) longer than `WHOLE_CELLS`, or than `CJK_SHORT`
    without a digit, moves only if that leaves at most `CJK_KEEP_GAP` of the line's
    `width` cells empty."""
    around = keep.around(cut)
    if around is None:
        return cut
    first, last = around
    span = line[first:last]
    if first <= start or cell_len(span) > room:
        return cut
    if cell_len(line[first - 1]) == 2 and _may_break_after(line, first - 1):
        cells = cell_len(span)
        if cells != len(span) and (cells > WHOLE_CELLS or cells > CJK_SHORT
                                   and not _DIGIT.search(span)) \
                and width - cell_len(line[start:first]) > CJK_KEEP_GAP:
            return cut
        return first
    space = line.rfind(" ", start, first)
    return space + 1 if space >= start and space + 1 > start else first


#: Unicode blocks of one-cell characters: Latin, Greek, Cyrillic, punctuation, currency.
NARROW_BLOCKS = ((0x20, 0x7E), (0xA0, 0x2FF), (0x370, 0x52F), (0x2010, 0x205E), (0x20A0, 0x20C0))
_NOT_SPACE = re.compile(r"\S")
_TO_LAST_SPACE = re.compile(r"[\s\S]*\s")


@lru_cache(maxsize=1)
def _narrow_characters() -> frozenset[str]:
    """Characters of Latin, Greek and Cyrillic text and common punctuation that take one
    cell each (what most articles are written in)."""
    # Printable and not a combining mark is one cell here (tests hold it to `cell_len`),
    # and cheaper to ask of 1,200 characters on the first frame than `cell_len`.
    return frozenset(char for first, last in NARROW_BLOCKS
                     for char in map(chr, range(first, last + 1))
                     if char.isprintable() and unicodedata.category(char) not in ("Mn", "Me"))


def _wrap_narrow(line: str, width: int, next_width: int | None = None,
                 keep: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
    """`_wrap_cells` for a line whose characters take a cell each, by searching."""
    result: list[tuple[int, int]] = []
    start, size, index = 0, len(line), 0
    spans = _KeepSpans(keep)
    while (at := max(index, start + width)) < size:
        # The first character past the width that is no space (spaces never break a line);
        # what was carried to a new line stays there, however wide it is.
        found = _NOT_SPACE.search(line, at)
        if found is None:
            break
        index = found.start()
        space = _TO_LAST_SPACE.match(line, start, index)  # up to the last space before it
        cut = space.end() if space is not None else index
        if keep:
            cut = _keep_together(line, cut, start, next_width or width, spans, width)
            index = max(index, cut)
        result.append((start, cut))
        width = next_width or width
        start = cut
    result.append((start, size))
    return result


#: Inside a glyph of several characters (`_glyph_cells`): no cell of its own, no break before.
INSIDE = -1


def _glyph_cells(line: str) -> list[int] | None:
    """The cells of each character as Rich counts the line, where characters join into one
    glyph: a joined emoji ("👨‍👩‍👧‍👦", one glyph of two cells), one with a variation selector
    ("❤️", two cells); `INSIDE` for the characters after a glyph's first. None when each
    character counts alone (no joiner, no variation selector)."""
    if "\u200d" not in line and "\ufe0f" not in line:
        return None
    cells = [INSIDE] * len(line)
    for start, _, width in split_graphemes(line)[0]:
        cells[start] = width
    return cells


def _wrap_cells(line: str, width: int, next_width: int | None = None,
                keep: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
    """Greedy word wrap of one line, character by character (wide characters count two; a
    glyph of several characters, as Rich counts it, is not broken)."""
    result: list[tuple[int, int]] = []
    start = 0
    used = 0
    last_break = -1  # index just after the last space seen on this line
    index = 0
    spans = _KeepSpans(keep)
    glyphs = _glyph_cells(line)
    glyph_width = 0  # the cells of the glyph that the character at `index` is part of
    while index < len(line):
        char = line[index]
        inside = glyphs is not None and glyphs[index] == INSIDE
        char_width = cell_len(char) if glyphs is None else max(0, glyphs[index])
        if not inside:
            glyph_width = char_width
        if used + char_width > width and not char.isspace() and not inside:
            cut = last_break if last_break > start else index
            if cut == start:
                cut = index if index > start else index + 1
                while glyphs is not None and cut < len(line) and glyphs[cut] == INSIDE:
                    cut += 1  # a glyph wider than the line: whole
            if keep:
                cut = _keep_together(line, cut, start, next_width or width, spans, width)
            result.append((start, cut))
            width = next_width or width
            start = cut
            used = cell_len(line[start:index]) if index > start else 0
            last_break = -1
            if index < start:
                index = start
            continue
        used += char_width
        ends_glyph = glyphs is None or index + 1 >= len(line) or glyphs[index + 1] != INSIDE
        if char.isspace() and not inside:
            last_break = index + 1
        elif glyph_width == 2 and ends_glyph and _may_break_after(line, index):
            last_break = index + 1  # a line may break after a wide character (see there)
        index += 1
    result.append((start, len(line)))
    return result


#: Chinese and Japanese line-breaking rules (the common core of GB/T 15834 and JIS X 4051
#: "kinsoku"): no line starts with closing punctuation, none ends with opening punctuation.
_NO_LINE_START = frozenset("，。、；：？！）】」』》〉〕］｝”’…—～・·ー％‰℃,.;:?!)]}%")
_NO_LINE_END = frozenset("（【「『《〈〔［｛“‘￥＄$¥£€")


def _hangul(char: str) -> bool:
    """Whether `char` is a Hangul letter (syllable, jamo or compatibility jamo): Korean
    spaces its words, and a line breaks at those spaces as in English, never inside a word
    ("한국부동" / "산원" misreads)."""
    code = ord(char) if char else 0
    return 0xAC00 <= code <= 0xD7FF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F \
        or 0xA960 <= code <= 0xA97F


def _may_break_after(line: str, index: int) -> bool:
    """Whether a line may break after the wide character at `index`: not before closing
    punctuation ("，" never starts a line), not after opening punctuation ("《" never ends one),
    not inside a Korean word (beside a Hangul letter)."""
    following = line[index + 1:index + 2]
    return following not in _NO_LINE_START and line[index] not in _NO_LINE_END \
        and not _hangul(line[index]) and not _hangul(following)
