"""Which line breaks inside a paragraph the reading pane keeps, and how each kept line is set.

A paragraph's lines are joined by spaces (`model.Paragraph`), which is right for hard-wrapped
prose; these keep their lines (docs/format.md, "Lines that stay lines"):

- a Markdown pipe table (`_pipe_table`): its cells aligned in columns, its separator row a
  rule;
- a table: two or more lines with columns (a tab, a run of three spaces, two spaces not
  after a sentence's end, an ideographic space or a `|`): every line, with its spaces;
- a list: two or more lines starting with a list marker ("- ", "• ", "1. ", "(a)", "一、",
  "1）", "①"): each item starts a line, and a line without a marker continues its item;
- an indented block: two or more lines indented (2 cells or more past the body's least
  indented line): every line, with its spaces, as a table;
- verse: every line at most `SHORT_LINE` cells (a poem, lyrics, a dateline or an address),
  unless it is Chinese prose hard-wrapped at a narrow width (`_verse.hard_wrapped`).

The shown text is the paragraph's, joined as in `model.Paragraph` (by one space, or by nothing
between Chinese characters: `line_joins.line_joiner`): prose, a list
and verse as before (`clean_line`: whitespace runs folded), a table or an indented block with
each line's own spaces (its columns stay aligned). Only the look changes: which of those
spaces end a line (`LineLook` at the offset after them, or at a line's start where nothing
joins it), never an offset the index knows. A Markdown pipe table alone is shown as it is
set (`_pipe_table`), its cells padded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from rich.cells import cell_len

from hzreader.line_joins import line_joiner, list_marker
from hzreader.model import Paragraph
from hzreader.table_rows import SEPARATOR
from hzreader.text import clean_line, clean_text
from hzreader.ui._pipe_table import TableGrid, set_table
from hzreader.ui._verse import hard_wrapped
from hzreader.ui._wrap import LineLook

#: A paragraph whose every line is at most this many cells is verse and keeps its lines
#: (prose hard-wrapped at 60–80 columns has longer lines but its last).
SHORT_LINE = 40
#: A line indented this many cells past the body's least indented line is indented.
INDENTED = 2
#: How many more cells a kept line's continuation is indented by, where the pane wraps it.
HANG = 2

#: What may be a column gap: a tab, two spaces or more, an ideographic space, a `|` (or a
#: box-drawing bar); two spaces after a sentence's end are none (typists put two there).
_GAP = re.compile(r"[ \u00a0]{2,}|[\t\u3000|│┃]")
_SENTENCE_END = frozenset(".!?:;\"'”’)")
#: What every column gap holds (searched for first: most paragraphs hold none).
_GAP_CHARACTERS = ("  ", "\t", "\u3000", "|", "\u00a0", "│", "┃")
#: A list marker at the start of a line (with the spaces after it: a wrapped item's
#: continuation lines are indented under its text): `line_joins.list_marker`, which also keeps a
#: Chinese item from being joined to the line before.
_MARKER = list_marker()
#: Whitespace that indents a line (a line break is not).
_INDENT_CELLS = {" ": 1, "\u00a0": 1, "\t": 4, "\u3000": 2}
_LINE_START = re.compile(r"^[ \t\u00a0\u3000]*(?=\S)", re.MULTILINE)

#: The text a paragraph shows, and the look of each line of it that starts a line of its own
#: (by its offset in that text); no looks: one flowing paragraph.
Layout = tuple[str, list[tuple[int, LineLook]]]


def body_margin(body: str) -> Callable[[], int]:
    """The cells of the least indented line of `body`, found when first asked for."""

    @cache
    def margin() -> int:
        return min((_indent_cells(found.group()) for found in _LINE_START.finditer(body)),
                   default=0)

    return margin


def layout_paragraph(paragraph: Paragraph, body: str, margin: Callable[[], int]) -> Layout:
    """The text `paragraph` shows and the lines of it that stay lines (see the module).
    Prose, the most of any article, is told at the cost of a few substring searches."""
    text, starts = paragraph.text, paragraph.starts
    if len(starts) < 2:
        return clean_line(text), []
    ends = [paragraph.line_end(line) for line in range(len(starts))]
    if any(gap in text for gap in _GAP_CHARACTERS):
        lines = _lines(text, starts, ends)
        if "|" in text and (table := _pipe_table(lines)) is not None:  # Markdown's
            first, rows = table
            indents = _relative(_indents(paragraph, body))
            shown = _joined([(row, LineLook(indent, HANG, wide=True, grid=grid)) for (row, grid),
                             indent in zip(rows, indents[first:], strict=True)], _space)
            return _after_intro(paragraph, first, body, margin, indents[0], shown)
        if sum(map(_has_columns, lines)) >= 2:
            return _table(lines, _indents(paragraph, body))
    items = [_MARKER.match(text, start, end) is not None
             for start, end in zip(starts, ends, strict=True)]
    if sum(items) >= 2:
        return _list(_lines(text, starts, ends), _indents(paragraph, body), items)
    if sum(body[at - 1] in _INDENT_CELLS for at in paragraph.body_starts if at) >= 2:
        indents = _indents(paragraph, body)
        if sum(indent >= margin() + INDENTED for indent in indents) >= 2:
            return _table(_lines(text, starts, ends), indents)
    if all(end - start <= SHORT_LINE and cell_len(text[start:end]) <= SHORT_LINE
           for start, end in zip(starts, ends, strict=True)) and \
            not hard_wrapped(lines := _lines(text, starts, ends)):
        return _joined([(clean_line(line), LineLook(indent, HANG)) for line, indent in zip(
            lines, _relative(_indents(paragraph, body)), strict=True)])
    return clean_line(text), []


#: A bar between cells (not one escaped as `\\|`), as `ui._pipe_table` reads one.
_BAR = re.compile(r"(?<!\\)\|")


def _pipe_table(lines: list[str]) -> tuple[int, list[tuple[str, TableGrid]]] | None:
    """The line a Markdown pipe table starts at in a paragraph, and its rows: the whole
    paragraph, or its lines after a line of text that leads into it ("Results by unit:"
    right above the table, as Markdown converted from elsewhere often has it)."""
    after = next((n + 1 for n in range(len(lines) - 1, -1, -1)
                  if not _BAR.search(lines[n])), 0)  # every row from here on has a bar
    for first in range(after, len(lines) - 2):  # the first above a separator row: a table
        if SEPARATOR.fullmatch(lines[first + 1].strip()):
            rows = set_table(lines[first:])
            return None if rows is None else (first, rows)
    return None


def _after_intro(paragraph: Paragraph, first: int, body: str, margin: Callable[[], int],
                 indent: int, table: Layout) -> Layout:
    """`table` (the paragraph's lines from `first` on) after the lines above it laid out as
    a paragraph of their own (a list stays a list, hard-wrapped prose is joined; review18b)."""
    if not first:
        return table
    end = paragraph.line_end(first - 1)
    intro, looks = layout_paragraph(Paragraph(paragraph.text[:end], paragraph.starts[:first],
                                              paragraph.body_starts[:first]), body, margin)
    if not intro:
        return table
    if not looks or looks[0][0]:
        looks = [(0, LineLook(indent, HANG)), *looks]
    at = len(intro) + 1
    return f"{intro} {table[0]}", looks + [(at + offset, look) for offset, look in table[1]]


def _lines(text: str, starts: Sequence[int], ends: Sequence[int]) -> list[str]:
    """The lines of a paragraph's text."""
    return [text[start:end] for start, end in zip(starts, ends, strict=True)]


def _has_columns(line: str) -> bool:
    """Whether `line` has a column gap (see `_GAP`)."""
    for gap in _GAP.finditer(line):
        if gap.group() != "  " or line[gap.start() - 1] not in _SENTENCE_END:
            return True
    return False


def _table(lines: list[str], indents: list[int]) -> Layout:
    """Every line its own, with its spaces; wrapped only at the pane's full width."""
    return _joined([(_with_spaces(line), LineLook(indent, HANG, wide=True)) for line, indent
                    in zip(lines, _relative(indents), strict=True)])


def _list(lines: list[str], indents: list[int], items: list[bool]) -> Layout:
    """Each item (`items[i]`: a line with a marker) starts a line, its wrapped lines indented
    under its text; the lines before the first item, and those after an item, continue the
    line before."""
    least = min(indent for i, indent in enumerate(indents) if i == 0 or items[i])
    shown: list[tuple[str, LineLook | None]] = []
    for i, line in enumerate(lines):
        cleaned = clean_line(line)
        marker = _MARKER.match(cleaned) if items[i] else None
        if i == 0 or marker is not None:
            hang = cell_len(marker.group()) if marker is not None else 0
            shown.append((cleaned, LineLook(indents[i] - least, hang)))
        else:
            shown.append((cleaned, None))
    return _joined(shown)


def _joined(shown: Sequence[tuple[str, LineLook | None]],
            joiner: Callable[[str, str], str] = line_joiner) -> Layout:
    """The lines joined as `model.Paragraph` joins them (`line_joiner`), or by `joiner`,
    with the offset of each look; a line that cleaning emptied (it held only control
    characters) is left out."""
    parts: list[str] = []
    looks: list[tuple[int, LineLook]] = []
    at = 0
    for line, look in shown:
        if not line:
            continue
        if parts:
            between = joiner(parts[-1], line)
            at += len(between)
            parts[-1] += between
        if look is not None and (look != LineLook() or parts):
            looks.append((at, look))
        parts.append(line)
        at += len(line)
    return "".join(parts), looks


def _space(before: str, after: str) -> str:
    """A pipe table's rows are joined by a space, never by nothing: two rows are no one
    figure ("三千" + "五百万元")."""
    return " "


def _with_spaces(line: str) -> str:
    """`line` cleaned as `clean_line` does, but keeping its runs of spaces (its columns)."""
    return clean_text(line).replace("\n", " ").strip()


def _relative(indents: list[int]) -> list[int]:
    """Each indent past the least of them."""
    least = min(indents)
    return [indent - least for indent in indents]


def _indents(paragraph: Paragraph, body: str) -> list[int]:
    """The cells each line of `paragraph` is indented by in `body`."""
    return [_indent_before(body, at) for at in paragraph.body_starts]


def _indent_before(body: str, at: int) -> int:
    """The cells of the whitespace before `body[at]` on its line."""
    start = at
    while start > 0 and body[start - 1] in _INDENT_CELLS:
        start -= 1
    return _indent_cells(body[start:at])


def _indent_cells(space: str) -> int:
    """The cells of a run of indenting whitespace (a tab as four spaces, as `clean_text`)."""
    return sum(_INDENT_CELLS.get(char, 1) for char in space)
