"""Tables, lists and preformatted text as paragraphs whose lines stay lines in the reader.

The reading pane keeps a paragraph's lines when they are a table (columns apart by three
spaces or more), a list (lines that start with "- " or "1. ") or an indented block (docs/format.md,
"Lines that stay lines"); these write an HTML table, list or `<pre>` so:

- a table: one line a row, its cells padded to their column's width in terminal cells (a
  Chinese character takes two), three spaces apart, numbers aligned on the right; a table of
  one column is no table (a page laid out with `<table>`): each row is a paragraph; a table of
  one row is one line, its cells apart by " | " (one line is never kept as a table);
- a list item: its marker ("- ", "3. ", "a) ") after the indent of the items it is inside;
- `<pre>`: its lines, with their spaces (tabs to the next multiple of 8 cells), indented by
  `PRE_INDENT`; a blank line inside it parts paragraphs, as a blank line does in a body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rich.cells import cell_len

from hzreader.text import clean_line, clean_text

#: The space between two columns: three spaces read as a column gap whatever ends a cell.
GAP = "   "
#: A table row wider than this (in cells) is written with " | " between its cells instead:
#: padding would only fill it with spaces the pane then wraps.
MAX_ALIGNED = 160
#: A `<pre>`'s lines are indented by this much (the reader keeps an indented block's lines).
PRE_INDENT = "    "
_NUMBER = re.compile(r"[(+\-−–]?[$€£¥₹]?\d[\d,.' ]*"
                     r"(?:%|[kKmMbB]|bn|pp|pts?|[万萬亿億兆]?[元圆円人个個件家股名]?)\)?")


@dataclass
class Table:
    """An HTML table as it is read: rows of cells (text, columns spanned, a heading cell)."""

    rows: list[list[tuple[str, int, bool]]] = field(default_factory=list)
    row: list[tuple[str, int, bool]] | None = None

    def add_cell(self, text: str, span: int, head: bool) -> None:
        """A cell of the current row (one is started when a cell comes first)."""
        if self.row is None:
            self.row = []
            self.rows.append(self.row)
        self.row.append((clean_line(text), max(1, min(span, 50)), head))

    def end_row(self) -> None:
        """The next cell starts a row."""
        self.row = None

    def paragraphs(self) -> list[str]:
        """The table as paragraphs (see the module)."""
        rows = [row for row in self.rows if any(text for text, _, _ in row)]
        columns = max((sum(span for _, span, _ in row) for row in rows), default=0)
        if columns <= 1 or sum(1 for row in rows if sum(1 for t, _, _ in row if t) > 1) == 0:
            return [" ".join(text for text, _, _ in row if text) for row in rows]
        if len(rows) == 1:
            return [" | ".join(text for text, _, _ in rows[0] if text)]
        lines = _aligned(rows, columns)
        if max(map(cell_len, lines)) > MAX_ALIGNED:
            lines = [" | ".join(text for text, _, _ in row) for row in rows]
        return ["\n".join(lines)]


def _aligned(rows: list[list[tuple[str, int, bool]]], columns: int) -> list[str]:
    """The rows with their cells padded to their columns' widths."""
    widths = [0] * columns
    numbers = [0] * columns  # a column of numbers (under its heading) is aligned right
    words = [0] * columns
    for n, row in enumerate(rows):
        at = 0
        for text, span, head in row:
            if span == 1:
                widths[at] = max(widths[at], cell_len(text))
                if text and n and not head:
                    if _NUMBER.fullmatch(text):
                        numbers[at] += 1
                    else:
                        words[at] += 1
            at += span
    numeric = [count > 0 and not other for count, other in zip(numbers, words, strict=True)]
    for row in rows:  # a spanning cell that is wider widens its last column
        at = 0
        for text, span, _ in row:
            room = sum(widths[at:at + span]) + len(GAP) * (span - 1)
            if span > 1 and cell_len(text) > room:
                widths[at + span - 1] += cell_len(text) - room
            at += span
    lines = []
    for row in rows:
        cells, at = [], 0
        for text, span, _ in row:
            room = sum(widths[at:at + span]) + len(GAP) * (span - 1)
            pad = " " * max(0, room - cell_len(text))
            right = span == 1 and numeric[at]
            cells.append(pad + text if right else text + pad)
            at += span
        lines.append(GAP.join(cells).rstrip())
    return lines


def list_marker(ordered: bool, number: int, kind: str) -> str:
    """The marker of a list item: "- ", or "3. " ("c) ", "(iii) " for `type="a"`, `"i"`)."""
    if not ordered:
        return "- "
    if kind in ("a", "A") and 1 <= number <= 26:
        letter = chr(ord(kind) + number - 1)
        return f"{letter}) "
    if kind in ("i", "I") and 1 <= number <= 39:
        roman = _roman(number)
        return f"({roman if kind == 'I' else roman.lower()}) "
    return f"{number}. "


def _roman(number: int) -> str:
    """`number` (1 to 39) in Roman numerals."""
    tens, ones = divmod(number, 10)
    units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    return "X" * tens + units[ones]


def pre_paragraphs(raw: str) -> list[str]:
    """A `<pre>`'s text as paragraphs of kept lines (see the module)."""
    expanded = "\n".join(map(_expand_tabs, raw.replace("\r\n", "\n").split("\n")))
    lines = [line.rstrip() for line in clean_text(expanded).split("\n")]
    margin = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()),
                 default=0)
    paragraphs: list[str] = []
    chunk: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            chunk.append(PRE_INDENT + line[margin:])
        elif chunk:
            paragraphs.append("\n".join(chunk))
            chunk = []
    return paragraphs


def _expand_tabs(line: str) -> str:
    """`line` with its tabs as spaces to the next multiple of 8 cells (a browser's tabs)."""
    if "\t" not in line:
        return line
    out: list[str] = []
    cells = 0
    for char in line:
        if char == "\t":
            out.append(" " * (8 - cells % 8))
            cells += 8 - cells % 8
        else:
            out.append(char)
            cells += cell_len(char)
    return "".join(out)
