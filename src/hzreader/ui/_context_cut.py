"""A figure's context in the figures panel: the text either side of it, cut to the panel's
width between words (or beside a wide character), or the table row it stands in."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len

from hzreader.text import clean_line, clean_text
from hzreader.ui._render import PlacedFigure

#: Text width assumed before the panel has been laid out (its CSS width less borders).
PANEL_TEXT_WIDTH = 33
#: A cut figure text keeps at least this many cells of letters and digits ("US$665…",
#: "新台…", "third…"); what would say less (a lone "…", "新…", "a…") goes whole.
MIN_CUT_CELLS = 3


def figure_context(document: str, placed: PlacedFigure, width: int = PANEL_TEXT_WIDTH,
                   rows: Sequence[tuple[str, int, int]] = ()) -> str:
    """The figure in brackets with the text either side, cut to `width` cells: the text of
    its line, or the table row it stands in told as one line (`rows`: whole, then without the
    cells between its first and the figure's, then without the column's name too; and where
    the figure is in each: `RenderedArticle.table_row`).

    The text before gets at most half of the room the figure leaves (of a row, which its
    start names: up to three quarters); the text after gets the rest. Latin text
    is cut between words; text without spaces (Chinese) at any character.
    """
    figure = f"[{clean_line(placed.figure.text)}]"
    room = max(0, width - cell_len(figure))
    side = room // 2
    for text, start, end in rows:  # the first whose start fits, else the last
        before_text, after_text = text[:start], text[end:]
        side = room - min(cell_len(after_text), room // 4)
        if cell_len(before_text) <= side:
            break
    if not rows:
        line_start = document.rfind("\n", 0, placed.start) + 1
        line_end = document.find("\n", placed.end)
        line_end = len(document) if line_end < 0 else line_end
        before_text = clean_text(document[line_start : placed.start])
        after_text = clean_text(document[placed.end : line_end])
    before = _tail(before_text, side)
    if rows and len([char for char in before if char.isalnum()]) < MIN_CUT_CELLS:
        before = _head(before_text, side)  # a row's start names it: "Nort…[$1.41 billion]"
    return before + figure + _head(after_text, room - cell_len(before))


def _head(text: str, cells: int) -> str:
    """The start of `text` in at most `cells` cells, with "…" where it was cut."""
    if cell_len(text) <= cells:
        return text
    if cells <= 0:
        return ""
    at = len(fit(text, cells - 1))
    while at > 0 and in_word(text[at - 1], text[at]):  # back to a space or a wide character
        at -= 1
    return text[:at].rstrip() + "…"


def _tail(text: str, cells: int) -> str:
    """The end of `text` in at most `cells` cells, with "…" where it was cut."""
    if cell_len(text) <= cells:
        return text
    if cells <= 0:
        return ""
    at = len(text) - len(fit(text[::-1], cells - 1))
    while at < len(text) and in_word(text[at - 1], text[at]):
        at += 1
    return "…" + text[at:].lstrip()


def in_word(left: str, right: str) -> bool:
    """True when a cut between these two characters splits a word (wide characters, as in
    Chinese, may be cut between)."""
    return not (left.isspace() or right.isspace()) and cell_len(left + right) == 2


def fit(text: str, cells: int) -> str:
    """The longest start of `text` that fits in `cells` cells."""
    used = 0
    for index, char in enumerate(text):
        used += cell_len(char)
        if used > cells:
            return text[:index]
    return text
