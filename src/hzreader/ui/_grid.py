"""A pipe table wider than the pane, set as a grid: the columns narrowed to fit (the
narrow ones keep their width, the wide ones share the rest), each cell wrapped within its
column, every line of a row keeping the columns; the separator row stays one rule.

    Region         Revenue       Growth  城市
    ─────────────  ────────────  ──────  ────
    North America  $1.2 billion      5%  杭州

at 30 cells becomes

    Region   Revenue  Growth  城市
    ───────  ───────  ──────  ────
    North    $1.2         5%  杭州
    America  billion

Only the look changes: each piece of a line is a piece of the row's text as shown
(`_pipe_table`), so figures, matches and offsets stay where they are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from rich.cells import cell_len, set_cell_size

from hzreader.ui._pipe_table import GAP, TableGrid

#: Cells every column gets first (or its width): a pane with less than that for each is set
#: as records.
MIN_COLUMN = 4
#: One piece of a line: the spaces before it, its start and end in the text, and a column's
#: name shown before it (a record's: `record_lines`), or "".
Piece = tuple[int, int, int, str]
#: A column narrower than this (and than its longest word) is hard to read: such a table is
#: set as records instead.
READABLE = 6
#: How many cells a record's cells after its first are set in by.
HANG = 2
#: A wrap of one line: its pieces' (start, end), the first `width` cells, the others `next`.
Wrapper = Callable[[str, int, int, tuple[tuple[int, int], ...]], list[tuple[int, int]]]


def fitted_widths(widths: Sequence[int], least: Sequence[int], room: int) -> list[int]:
    """Column widths (natural `widths`, the longest words `least`) in `room` cells (gaps not
    counted), as a browser sets a table: each column first gets `MIN_COLUMN` cells (or its
    width), then its longest word if all can have theirs (else the shortest words first: a
    narrow column keeps its words whole, the widest is broken), then what is left goes to
    the columns by how much more they would take."""
    fitted = [min(width, MIN_COLUMN) for width in widths]
    targets = [max(base, min(word, width)) for base, word, width in zip(fitted, least, widths,
                                                                        strict=True)]
    needs = [target - base for target, base in zip(targets, fitted, strict=True)]
    left = room - sum(fitted)
    if sum(needs) > left:
        for i in sorted(range(len(needs)), key=needs.__getitem__):
            more = min(needs[i], left)
            fitted[i] += more
            left -= more
        return fitted
    left -= sum(needs)
    spare = [width - target for width, target in zip(widths, targets, strict=True)]
    return [target + more for target, more in zip(targets, _share(left, spare), strict=True)]


def _share(amount: int, weights: Sequence[int]) -> list[int]:
    """`amount` cells shared by `weights` (none more than its weight), rounded down, with
    what rounding left given to the heaviest."""
    total = sum(weights)
    if total <= amount:
        return list(weights)
    shares = [amount * weight // total for weight in weights]
    for i in sorted(range(len(weights)), key=lambda i: -weights[i])[: amount - sum(shares)]:
        shares[i] += 1
    return shares


def grid_lines(row: str, grid: TableGrid, indent: int, width: int,
               keep: Sequence[tuple[int, int]], wrap: Wrapper) -> list[list[Piece]] | None:
    """The lines of table row `row` (with its `grid`) set `indent` cells in, in `width`
    cells: each a list of pieces of `row`. None when the table fits (nothing to do). Where
    a column would be narrower than its longest word and `READABLE` cells, the table is set
    as records (`record_lines`). `keep`: spans not to break where they fit (a figure); `wrap`
    wraps one cell (`_line_breaks.wrap_offsets`)."""
    gaps = len(GAP) * (len(grid.widths) - 1)
    if indent + sum(grid.widths) + gaps <= width:
        return None
    room = width - indent - gaps
    widths = fitted_widths(grid.widths, grid.least, room) \
        if room >= MIN_COLUMN * len(grid.widths) else None
    if widths is None or any(fitted < min(word, natural, READABLE) for fitted, word, natural
                             in zip(widths, grid.least, grid.widths, strict=True)):
        return record_lines(row, grid, indent, width, keep, wrap)
    columns = [[(start, min(end, start + column))] if grid.rule else
               _wrapped(row, start, end, column, column, keep, wrap)
               for (start, end), column in zip(grid.cells, widths, strict=False)]
    lines: list[list[Piece]] = []
    for number in range(max([1, *map(len, columns)])):
        pieces_of_line: list[Piece] = []
        at, used = indent, 0
        for column, (pieces, align) in enumerate(zip(columns, grid.aligns, strict=False)):
            if number < len(pieces):
                first, last = pieces[number]
                room = widths[column] - cell_len(row[first:last])
                shift = room if align == ">" else room // 2 if align == "^" else 0
                pieces_of_line.append((at + shift - used, first, last, ""))
                used = at + shift + cell_len(row[first:last])
            at += widths[column] + len(GAP)
        lines.append(pieces_of_line)
    return lines


def record_lines(row: str, grid: TableGrid, indent: int, width: int,
                 keep: Sequence[tuple[int, int]], wrap: Wrapper) -> list[list[Piece]]:
    """Table row `row` as a record, for a pane too narrow for its columns: its first cell,
    then each other cell on a line of its own, `HANG` cells in, after its column's name
    ("  Revenue: $1.2 billion"; the header row without names); the separator row a rule."""
    if grid.rule:
        start, end = grid.cells[0]
        return [[(indent, start, min(end, start + width - indent), "")]]
    lines: list[list[Piece]] = []
    for number, (start, end) in enumerate(grid.cells):
        if end <= start:
            continue
        pad = indent + HANG if number else indent
        name = grid.header[number] if number and not grid.head else ""
        label = _label(name, (width - pad) // 2)
        hang = cell_len(label)
        for place, (first, last) in enumerate(_wrapped(row, start, end, width - pad - hang,
                                                       width - pad - hang, keep, wrap)):
            lines.append([(pad + (hang if place else 0), first, last, "" if place else label)])
    return lines or [[]]


def _label(name: str, most: int) -> str:
    """A record line's "name: " in at most `most` cells: a long column name cut with "…"
    (review18a: it was left out, and its cell stood unlabelled); "" for no name or no room."""
    label = f"{name}: " if name else ""
    if cell_len(label) <= most:
        return label
    if most < 6:
        return ""
    return f"{set_cell_size(name, most - 3).rstrip()}…: "


def _wrapped(row: str, start: int, end: int, first_width: int, width: int,
             keep: Sequence[tuple[int, int]], wrap: Wrapper) -> list[tuple[int, int]]:
    """The cell `row[start:end]` wrapped (the first line `first_width` cells, the others
    `width`): each line's start and end in `row`, without its edge spaces."""
    cell = row[start:end]
    inside = tuple((max(0, first - start), min(end, last) - start) for first, last in keep
                   if first < end and last > start)
    pieces = []
    for first, last in wrap(cell, max(1, first_width), max(1, width), inside) if cell else []:
        text = cell[first:last]
        first += len(text) - len(text.lstrip())
        last = first + len(text.strip())
        if last > first:
            pieces.append((start + first, start + last))
    return pieces


def line_showing(grids: Mapping[int, list[Piece]], line: int, offset: int) -> int:
    """Of the lines from `line` on (the first of a grid's row), the one whose pieces hold
    `offset`; `line` when none does."""
    at = line
    while at in grids and (not grids[at] or grids[at][0][1] <= offset):
        if any(start <= offset < end for _, start, end, _ in grids[at]):
            return at
        at += 1
    return line
