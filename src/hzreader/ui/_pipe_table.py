"""A Markdown pipe table in an article's body, set as aligned columns.

    | Region | Q2 2025 | Change |
    |--------|--------:|-------:|
    | Europe | $812    | -5.6%  |

is shown with its cells padded to their column's width (in cells: Chinese is two wide),
right-aligned where the separator row says `--:` (centred for `:-:`), two spaces between
columns (as an imported HTML table's), and the separator row as a rule of `─` under each
column. A table wider than the pane is set by the wrap with each cell wrapped within its
column (`TableGrid`, `ui._grid`). The shown text differs from the
body's: the reading pane finds its figures and matches in what it shows, and a figure of
the index is placed by its text (`_render.place_in_part`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.cells import cell_len

from hzreader.table_rows import SEPARATOR
from hzreader.text import clean_line

#: A bar between cells (not one escaped as `\|`).
_BAR = re.compile(r"(?<!\\)\|")
_DIGIT = re.compile(r"[0-9]")
#: What stands between two cells as shown.
GAP = "  "


@dataclass(frozen=True, slots=True)
class TableGrid:
    """A pipe table's row as set: where the text of each of its cells is in the row shown
    (without padding), and its table's columns (natural widths in cells, longest words,
    alignments `<` `>` `^`, the header's cells); `rule`: the separator row, `head`: the
    header row. Where the table is wider than the pane, the wrap sets each cell within its
    column (`ui._grid`)."""

    cells: tuple[tuple[int, int], ...]
    widths: tuple[int, ...]
    #: Each column's longest word in cells (a run of wide characters: at most two of them).
    least: tuple[int, ...]
    aligns: str
    header: tuple[str, ...]
    rule: bool = False
    head: bool = False


def pipe_table(lines: list[str]) -> list[str] | None:
    """The rows of a pipe table as shown (the separator row a rule), or None when `lines`
    are not one: a header row, a separator row, then rows, every one with a bar."""
    rows = set_table(lines)
    return None if rows is None else [shown for shown, _ in rows]


def set_table(lines: list[str]) -> list[tuple[str, TableGrid]] | None:
    """`pipe_table`'s rows, each with its `TableGrid`."""
    if len(lines) < 3 or not SEPARATOR.fullmatch(lines[1].strip()) or \
            not all(_BAR.search(line) for line in lines):
        return None
    rows = [_cells(line) for line in lines]
    aligns = [_align(cell) for cell in rows[1]]
    columns = max(map(len, rows))
    widths = [max((cell_len(row[i]) for n, row in enumerate(rows) if n != 1 and i < len(row)),
                  default=1) for i in range(columns)]
    least = tuple(max((_least(row[i]) for n, row in enumerate(rows) if n != 1 and i < len(row)),
                      default=1) for i in range(columns))
    aligns += ["<"] * (columns - len(aligns))
    header = tuple(rows[0] + [""] * (columns - len(rows[0])))
    shown = []
    for number, row in enumerate(rows):
        cells = ["─" * width for width in widths] if number == 1 else \
            row + [""] * (columns - len(row))
        parts, spans, at = [], [], 0
        for cell, width, align in zip(cells, widths, aligns, strict=True):
            padded = _padded(cell, width, align)
            start = at + len(padded) - len(padded.lstrip(" ")) if cell.strip() else at
            spans.append((start, start + len(cell)))
            parts.append(padded)
            at += len(padded) + len(GAP)
        grid = TableGrid(tuple(spans), tuple(widths), least, "".join(aligns)[:columns], header,
                         rule=number == 1, head=number == 0)
        shown.append((GAP.join(parts).rstrip(), grid))
    return shown


def _cells(line: str) -> list[str]:
    """The cells of one row, cleaned, without the outer bars."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [clean_line(cell).replace("\\|", "|") for cell in _BAR.split(inner)]


def _least(cell: str) -> int:
    """The cells of the longest word of `cell` (of a run of wide characters, which may be
    broken between them, at most 4, or 12 with digits: a figure, "9.8亿美元", stays whole)."""
    return max((cells if cells == len(word) else min(cells, 12 if _DIGIT.search(word) else 4)
                for word in cell.split() if (cells := cell_len(word))), default=0)


def _align(separator: str) -> str:
    """A column's alignment from its separator cell: `:--` left, `--:` right, `:-:` centre."""
    if separator.endswith(":"):
        return "^" if separator.startswith(":") else ">"
    return "<"


def _padded(cell: str, width: int, align: str) -> str:
    """`cell` padded to `width` terminal cells, aligned as `align` says."""
    room = width - cell_len(cell)
    if align == ">":
        return " " * room + cell
    if align == "^":
        return " " * (room // 2) + cell + " " * (room - room // 2)
    return cell + " " * room
