"""Exact word wrapping of a styled document: lines by cells, wide characters, Chinese
line-breaking rules, and a bullet's hanging indent; offsets map back to the document."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import overload

from rich.cells import cell_len
from rich.text import Span, Text

from hzreader.ui._grid import Piece, grid_lines, line_showing
from hzreader.ui._line_breaks import Keep, wrap_offsets
from hzreader.ui._pipe_table import TableGrid

#: How a related headline starts in the document (its wrapped lines are indented under it).
BULLET = "  • "


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
                        look.indent, wide // 3), wide, here, wrap_offsets)) is not None:
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
    line_ranges = wrap_offsets(line, width - indent, width - indent - hang, tuple(keep))
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
