"""A Markdown pipe table in an article's body, set as aligned columns.

    | Region | Q2 2025 | Change |
    |--------|--------:|-------:|
    | Europe | $812    | -5.6%  |

is shown with its cells padded to their column's width (in cells: Chinese is two wide),
right-aligned where the separator row says `--:` (centred for `:-:`), two spaces between
columns (as an imported HTML table's, and so the pane wraps a wide row between its cells),
and the separator row as a rule of `─` under each column. The shown text differs from the
body's: the reading pane finds its figures and matches in what it shows, and a figure of
the index is placed by its text (`_render.place_in_part`).
"""

from __future__ import annotations

import re

from rich.cells import cell_len

from hzreader.text import clean_line

#: The row under the header: a run of dashes per column (one is enough, as in GitHub's
#: Markdown), with colons for alignment; a bar between columns.
_SEPARATOR = re.compile(r"\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?")
#: A bar between cells (not one escaped as `\|`).
_BAR = re.compile(r"(?<!\\)\|")
#: What stands between two cells as shown.
GAP = "  "


def pipe_table(lines: list[str]) -> list[str] | None:
    """The rows of a pipe table as shown (the separator row a rule), or None when `lines`
    are not one: a header row, a separator row, then rows, every one with a bar."""
    if len(lines) < 3 or not _SEPARATOR.fullmatch(lines[1].strip()) or \
            not all(_BAR.search(line) for line in lines):
        return None
    rows = [_cells(line) for line in lines]
    aligns = [_align(cell) for cell in rows[1]]
    columns = max(map(len, rows))
    widths = [max((cell_len(row[i]) for n, row in enumerate(rows) if n != 1 and i < len(row)),
                  default=1) for i in range(columns)]
    aligns += ["<"] * (columns - len(aligns))
    shown = []
    for number, row in enumerate(rows):
        if number == 1:
            shown.append(GAP.join("─" * width for width in widths))
            continue
        cells = row + [""] * (columns - len(row))
        shown.append(GAP.join(_padded(cell, width, align) for cell, width, align
                              in zip(cells, widths, aligns, strict=True)).rstrip())
    return shown


def _cells(line: str) -> list[str]:
    """The cells of one row, cleaned, without the outer bars."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [clean_line(cell).replace("\\|", "|") for cell in _BAR.split(inner)]


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
