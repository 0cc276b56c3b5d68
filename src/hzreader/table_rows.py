"""The rows of a Markdown pipe table in an article's text, for the figures' sentences and
contexts: which lines are rows (each row is one sentence, whatever its cells hold), where a
row's cells are, and a row told as one line ("Q1 · Revenue $1.2 billion · 5%": its cells,
the figure's after its column's name), as the figures panel and the figures table show it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

#: The row under a table's header: a run of dashes per column (one is enough, as in
#: GitHub's Markdown), with colons for alignment; a bar between columns.
SEPARATOR = re.compile(r"\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?")
#: A bar between cells (not one escaped as `\|`).
BAR = re.compile(r"(?<!\\)\|")
#: What stands between a row's cells told as one line.
CELL_JOIN = " · "

#: The text last scanned for tables (`_tables`) and what was found: one article's rows are
#: asked for one after another.
_last: tuple[str, list[int], list[tuple[int, str]]] = ("", [], [])


def row_lines(lines: Sequence[str]) -> list[bool]:
    """Which of a paragraph's lines (stripped) are rows of a pipe table: a header row, its
    separator row and the rows with a bar after them, and any line between two bars."""
    rows = [len(line) > 1 and line[0] == "|" and line[-1] == "|" for line in lines]
    number = 1
    while number < len(lines):
        if _is_separator(lines[number]) and BAR.search(lines[number - 1]):
            rows[number - 1] = rows[number] = True
            after = number + 1
            while after < len(lines) and BAR.search(lines[after]):
                rows[after] = True
                after += 1
            # A row of dashes inside this table ("| - | - |", no data) is one of its rows:
            # going on after the table keeps a long table linear, not a scan per such row.
            number = after
        number += 1
    return rows


def _is_separator(line: str) -> bool:
    """Whether `line` (stripped) is a table's separator row (with a bar: "---" is a rule)."""
    return "-" in line and "|" in line and SEPARATOR.fullmatch(line) is not None


def cell_spans(row: str) -> list[tuple[int, int]]:
    """Where the text of each cell of `row` is (without its spaces and the outer bars)."""
    first = len(row) - len(row.lstrip())
    last = len(row.rstrip())
    if row.startswith("|", first):
        first += 1
    if last > first and row[last - 1] == "|" and row[last - 2 : last] != "\\|":
        last -= 1
    spans = []
    at = first
    for bar in [*(found.start() for found in BAR.finditer(row, first, last)), last]:
        cell = row[at:bar]
        start = at + len(cell) - len(cell.lstrip())
        spans.append((start, max(start, at + len(cell.rstrip()))))
        at = bar + 1
    return spans


def row_context(cells: Sequence[str], start: int, stop: int, header: Sequence[str] = (),
                whole: bool = True) -> tuple[str, int, int]:
    """A row told as one line: its cells that hold text joined by `CELL_JOIN`, the cell of
    the figure (`start:stop` in the row's cells joined by nothing, cell after cell) after its
    column's name in `header` unless it is the row's first; and where the figure is in it.
    Not `whole`: the cells between the row's first and the figure's left out."""
    parts: list[str] = []
    length = at = 0
    shown_start = shown_stop = -1
    for number, cell in enumerate(cells):
        inside = at <= start < at + len(cell)
        if cell and (whole or inside or not parts or shown_start >= 0):
            if parts:
                parts.append(CELL_JOIN)
                length += len(CELL_JOIN)
            if inside and number and number < len(header) and header[number] and \
                    header[number] != cell:
                parts.append(header[number] + " ")
                length += len(header[number]) + 1
            if inside:
                shown_start = length + start - at
                shown_stop = length + min(stop, at + len(cell)) - at
            parts.append(cell)
            length += len(cell)
        at += len(cell)
    return "".join(parts), shown_start, shown_stop


def row_sentence(text: str, start: int, stop: int, lo: int, hi: int, whole: bool = True,
                 named: bool = True) -> tuple[str, int, int] | None:
    """The figure `text[start:stop]` in its sentence `text[lo:hi]` told as a row
    (`row_context`, with the header of its table if `named`; `whole` as there), or None
    when that sentence is no row of a pipe table."""
    row = text[lo:hi]
    if "|" not in row or "\n" in row.strip() or not lo <= start <= stop <= hi:
        return None
    header = _header_of(text, lo)
    if header is None and not (row.strip().startswith("|") and row.strip().endswith("|")):
        return None
    spans = cell_spans(row)
    offset = start - lo
    place = next((number for number, (first, last) in enumerate(spans)
                  if first <= offset <= last), None)
    if place is None:
        return None
    # A bar written `\|` in a cell is a bar, as the reading pane shows it (`_pipe_table`).
    cells = [_unescaped(row[first:last]) for first, last in spans]
    before = sum(len(cell) for cell in cells[:place]) + \
        len(_unescaped(row[spans[place][0]:offset]))
    header_cells = [_unescaped(header[first:last]) for first, last in cell_spans(header)] \
        if header and named else []
    return row_context(cells, before, before + stop - start, header_cells, whole)


def _unescaped(cell: str) -> str:
    """A cell's text with each escaped bar (`\\|`) a bar."""
    return cell.replace("\\|", "|")


def _header_of(text: str, at: int) -> str | None:
    """The header row of the pipe table whose row starts at `at` in `text`, if there is one."""
    global _last
    cached = _last
    if cached[0] is not text:
        cached = _last = (text, *_tables(text))
    starts, tables = cached[1], cached[2]
    place = bisect_right(starts, at) - 1
    if place < 0 or at > tables[place][0]:
        return None
    return tables[place][1]


def _tables(text: str) -> tuple[list[int], list[tuple[int, str]]]:
    """The pipe tables of `text`: where each starts, and where each ends with its header."""
    starts: list[int] = []
    tables: list[tuple[int, str]] = []
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    number = 1
    while number < len(lines):
        if _is_separator(lines[number].strip()) and BAR.search(lines[number - 1]):
            after = number + 1
            while after < len(lines) and BAR.search(lines[after]):
                after += 1
            starts.append(offsets[number - 1])
            tables.append((offsets[after] - 1, lines[number - 1].strip()))
            number = after
        number += 1
    return starts, tables
