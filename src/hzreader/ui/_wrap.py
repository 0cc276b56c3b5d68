"""Exact word wrapping of a styled document: lines by cells, wide characters, Chinese
line-breaking rules, and a bullet's hanging indent; offsets map back to the document."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import overload

from rich.cells import cell_len, split_graphemes
from rich.text import Span, Text

from hzreader.ui._grid import Piece, grid_lines, line_showing
from hzreader.ui._keep import WHOLE_CELLS
from hzreader.ui._pipe_table import TableGrid

#: How a related headline starts in the document (its wrapped lines are indented under it).
BULLET = "  • "


#: Spans of the text (start, end) that a line should not break inside: the key figures.
Keep = Sequence[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class LineLook:
    """How a line that the wrap keeps (`_breaks`: a table row, a list item, verse) is set:
    `indent` cells before it, `hang` more before its wrapped continuation lines, and `wide`
    (a table row) wrapped at the pane's full width rather than the reading measure; `grid`:
    a pipe table's row, set as a grid where the table is wider than that (`_grid`)."""

    indent: int = 0
    hang: int = 0
    wide: bool = False
    grid: TableGrid | None = None


#: Kept lines by the offset they start at. The character before a kept line (a space that
#: joined it to the line before) ends a line, as a newline does.
Looks = Mapping[int, LineLook]
#: A table row's cells: text between runs of two spaces or more (a cell is not broken
#: where it fits on a line).
_CELL = re.compile(r"\S+(?: \S+)*")


def wrap_ranges(plain: str, width: int, keep: Keep = (), looks: Looks | None = None,
                wide: int = 0, grids: dict[int, list[Piece]] | None = None
                ) -> tuple[list[tuple[int, int]], dict[int, int]]:
    """Where `wrap` cuts `plain`: each line's (start, end), and the cells of padding before
    the lines that have some (a `BULLET`'s wrapped lines, kept lines of `looks`). A span of
    `keep` ("25万人次", "$1.8 billion") that fits on a line is not broken: the line breaks
    before it instead. A kept line starts a line; a wide one wraps at `wide` cells. With
    `grids`, a pipe table's row too wide is set as a grid (`_grid`): its lines' pieces go
    there by line number, and its lines after the first start where the row ends."""
    width = max(1, width)
    wide = max(width, wide)
    ranges: list[tuple[int, int]] = []
    pads: dict[int, int] = {}
    spans = sorted(keep)
    starts = [start for start, _ in spans]
    kept = sorted(looks) if looks else []
    offset = 0
    for raw_line in plain.split("\n"):
        end = offset + len(raw_line)
        inner = kept[bisect_right(kept, offset):bisect_left(kept, end)]
        # a kept line ends before the space that joins it to the next, if one does
        ends = [at - 1 if plain[at - 1] == " " else at for at in inner]
        for first, last in zip([offset, *inner], [*ends, end], strict=True):
            look = looks.get(first) if looks else None
            here = [(s - first, min(last, e) - first) for s, e in
                    spans[bisect_left(starts, first):bisect_left(starts, last)] if e - s > 1]
            if grids is not None and look is not None and look.grid is not None and (
                    set_lines := grid_lines(plain[first:last], look.grid, min(
                        look.indent, wide // 3), wide, here, _wrap_offsets)) is not None:
                for number, pieces in enumerate(set_lines):
                    grids[len(ranges)] = [(pad, first + s, first + e, name)
                                          for pad, s, e, name in pieces]
                    ranges.append((first, last) if number == 0 else (last, last))
                continue
            _wrap_piece(plain[first:last] if inner else raw_line, first, look, width, wide,
                        here, ranges, pads)
        offset = end + 1
    return ranges, pads


def _wrap_piece(line: str, offset: int, look: LineLook | None, width: int, wide: int,
                keep: list[tuple[int, int]], ranges: list[tuple[int, int]],
                pads: dict[int, int]) -> None:
    """Wrap one line at `offset` of the text, set as `look` says (or as a `BULLET`'s item
    when it is one), into `ranges` and `pads`."""
    if look is None:
        hang = len(BULLET) if line.startswith(BULLET) and width > 2 * len(BULLET) else 0
        indent = 0
    else:
        hang = look.hang
        if look.wide:  # a table row: its cells whole, its rest under its second cell
            width = wide
            cells = [found.span() for found in _CELL.finditer(line)]
            keep = sorted(keep + cells)
            under = cell_len(line[:cells[1][0]]) if len(cells) > 1 else hang
            hang = under if look.indent + under <= width // 2 else hang
        indent = min(look.indent, width // 3)
        hang = hang if indent + hang <= width // 2 else 0
    line_ranges = _wrap_offsets(line, width - indent, width - indent - hang, tuple(keep))
    for number, (start, end) in enumerate(line_ranges):
        pad = indent + hang if number else indent
        if pad:
            pads[offset + start] = pad
        ranges.append((offset + start, offset + end))


def wrap(text: Text, width: int, keep: Keep = (), looks: Looks | None = None,
         wide: int = 0) -> tuple[list[Text], list[int]]:
    """Word-wrap `text` to `width` cells: the lines and each line's start offset in `text`.

    Long words (and runs of wide characters) are broken; trailing spaces are dropped from
    each line but still counted in the offsets, so offsets map exactly back to `text`. The
    lines after the first of a `BULLET` item are indented under its text; the spans of
    `keep` are not broken where they fit on a line; the lines of `looks` start lines of
    their own (`wrap_ranges`).
    """
    plain = text.plain
    ranges, pads = wrap_ranges(plain, width, keep, looks, wide)
    # One `divide` for all lines: slicing line by line walks every span once per line.
    cuts = sorted({edge for span in ranges for edge in span} - {0, len(plain)})
    pieces = text.divide(cuts)
    piece_at = dict(zip([0, *cuts], pieces, strict=True))
    lines: list[Text] = []
    for start, end in ranges:
        piece = piece_at[start] if start < end else text.blank_copy()
        _finish_line(piece, pads.get(start, 0))
        lines.append(piece)
    return lines, [start for start, _ in ranges]


def _finish_line(line: Text, pad: int) -> None:
    """Drop a wrapped line's trailing spaces; set it `pad` cells in."""
    line.rstrip()
    if pad:
        line.pad_left(pad)


class WrappedLines(Sequence[Text]):
    """`wrap`'s lines, each made when it is first asked for: a long article's thousands of
    lines cost only their offsets until they are drawn (`wrap` divides them all at once).

    `marked` spans (start, end, style) of the text are drawn over its own styles: the
    reading pane's current match or figure moves without wrapping the text again."""

    def __init__(self, text: Text, width: int, keep: Keep = (), looks: Looks | None = None,
                 wide: int = 0) -> None:
        self._text = text
        #: The pieces of each line of a pipe table set as a grid (`_grid`), by line number.
        self._grids: dict[int, list[Piece]] = {}
        self._ranges, self._pads = wrap_ranges(text.plain, width, keep, looks, wide,
                                               self._grids)
        #: Each line's start offset in `text`.
        self.starts = [start for start, _ in self._ranges]
        # The spans by where they start (with their place in `text`, which decides which
        # style wins where two overlap), and the longest, to bound the search.
        order = sorted(range(len(text.spans)), key=lambda i: text.spans[i].start)
        self._by_start = [(text.spans[i].start, i) for i in order]
        self._longest = max((span.end - span.start for span in text.spans), default=0)
        self.marked: list[Span] = []

    def lines_of(self, start: int, end: int) -> range:
        """The lines holding any of the text's `start:end`."""
        first = max(0, bisect_left(self.starts, start + 1) - 1)
        last = max(first + 1, bisect_left(self.starts, end))
        while last in self._grids and self._ranges[last][0] == self._ranges[last][1]:
            last += 1  # a grid's row: any of its lines may hold it
        return range(first, last)

    def line_showing(self, line: int, offset: int) -> int:
        """`line` (holding `offset`), or of a pipe table's row set as a grid, its line that
        shows `offset`."""
        return line_showing(self._grids, line, offset) if line in self._grids else line

    def __len__(self) -> int:
        return len(self._ranges)

    @overload
    def __getitem__(self, index: int) -> Text: ...

    @overload
    def __getitem__(self, index: slice) -> list[Text]: ...

    def __getitem__(self, index: int | slice) -> Text | list[Text]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index in self._grids:
            line = self._piece(0, 0)
            for pad, start, end, name in self._grids[index]:
                line.append(" " * pad)
                line.append(name, "dim")
                line.append_text(self._piece(start, end))
            return line
        start, end = self._ranges[index]
        line = self._piece(start, end)
        _finish_line(line, self._pads.get(start, 0))
        return line

    def _piece(self, start: int, end: int) -> Text:
        """The text's `start:end` with its styles and the marked spans."""
        text = self._text
        line = Text(text.plain[start:end], style=text.style, justify=text.justify,
                    overflow=text.overflow)
        first = bisect_left(self._by_start, (start - self._longest, -1))
        last = bisect_left(self._by_start, (end, -1))
        spans = text.spans
        own = (spans[place] for place in sorted(i for _, i in self._by_start[first:last]))
        for span in chain(own, self.marked):  # the marked last: over the text's own styles
            new_start, new_end = max(0, span.start - start), min(span.end, end) - start
            if new_end > new_start:
                line.spans.append(Span(new_start, new_end, span.style))
        return line


@lru_cache(maxsize=4096)
def _wrap_offsets(line: str, width: int, next_width: int | None = None,
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
