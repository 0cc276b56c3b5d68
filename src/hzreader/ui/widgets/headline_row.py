"""A headline list's row: the marks, the title with its key figures styled, the date and
the source, fitted to the width (a title too long is cut before a figure or a number, not
inside it). Pure text: `HeadlineList` draws the rows."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from rich.cells import cell_len, split_graphemes
from rich.style import Style
from rich.text import Text

from hzreader.model import Article, Figure
from hzreader.query import local_day
from hzreader.text import clean_line

#: Below these widths the list drops the source, then the date, to leave room for titles.
_SOURCE_MIN_WIDTH = 72
_DATE_MIN_WIDTH = 30

#: Where a title's key figures are: (start, end, kind) in the cleaned title.
TitleFigures = list[tuple[int, int, str]]
#: Cells before the title in a row: the unread and star marks and a space.
_MARKS = 3


def title_figures(title: str, extract: Callable[[str], list[Figure]]) -> TitleFigures:
    """The key figures of a (cleaned) title, as (start, end, kind)."""
    return [(figure.start, figure.end, figure.kind) for figure in extract(title)]


def headline_row(article: Article, width: int, unread: bool = False, starred: bool = False,
                 unread_style: Style | str = "", star_style: Style | str = "",
                 figures: Sequence[tuple[int, int, str]] = (),
                 figure_styles: Mapping[str, Style] | None = None
                 ) -> Text:
    """One list row: marks, the title (its `figures` styled by kind), then the date and
    source when there is room."""
    parts = []
    if width >= _DATE_MIN_WIDTH and article.date_text:
        parts.append(local_day(article.date_text))
    if width >= _SOURCE_MIN_WIDTH and article.source:
        parts.append(clean_line(article.source)[:18])
    side = "  ".join(parts)
    title = Text()
    title.append("●" if unread else " ", unread_style)
    title.append("★" if starred else " ", star_style)
    title.append(" " + clean_line(article.title))
    for start, end, kind in figures:
        if figure_styles and kind in figure_styles:
            title.stylize(figure_styles[kind], _MARKS + start, _MARKS + end)
    if not side:
        return _fitted(title, width, figures)
    title = _fitted(title, max(1, width - cell_len(side) - 1), figures)
    title.append(" ")
    title.append(side, "dim")
    return title


def _fitted(row: Text, cells: int, figures: Sequence[tuple[int, int, str]]) -> Text:
    """The row in exactly `cells` cells; a title too long is cut with "…" before a key
    figure or a number rather than inside it ("逾1,…" would show a number the story does
    not have), unless that would leave too little of the title. The "…" follows the last
    word kept, with no space before it nor half a wide character ("创新高  …": "创新高…")."""
    if cell_len(row.plain) > cells:
        title, room = row.plain[_MARKS:], cells - _MARKS - 1
        keep = title_cut(title, room, figures)
        if keep is None:
            keep = _fits(title, room)
        row = row[:_MARKS + keep]
        row.rstrip()
        row.append("…")
    row.truncate(cells, overflow="ellipsis", pad=True)
    return row


#: A cut moved back to a figure's start keeps at least this much of the cells it had.
_KEEP_SHARE = 0.5


def title_cut(title: str, cells: int, figures: Sequence[tuple[int, int, str]] = ()
              ) -> int | None:
    """How many characters of `title` to keep in `cells` cells (an ellipsis follows) so
    that the cut is not inside a key figure (`figures`: start, end, kind) or a number;
    None when a plain cut will do or moving it would lose over half the room."""
    at = _fits(title, cells)
    if at == len(title):
        return None
    cut = at
    for start, end, _ in figures:
        if start < cut < end:
            cut = start
    while cut > 0 and _inside_number(title, cut):
        cut -= 1
    if cut == at:
        return None
    return cut if cell_len(title[:cut].rstrip()) >= cells * _KEEP_SHARE else None


def _fits(title: str, cells: int) -> int:
    """How many characters of `title` fit in `cells` cells (a joined emoji, "👨‍👩‍👧‍👦",
    counts as the one glyph of two cells it is drawn as, and is not cut)."""
    used = 0
    if "\u200d" in title or "\ufe0f" in title:
        for start, _, width in split_graphemes(title)[0]:
            used += width
            if used > cells:
                return start
        return len(title)
    for index, char in enumerate(title):
        used += cell_len(char)
        if used > cells:
            return index
    return len(title)


def _inside_number(text: str, at: int) -> bool:
    """True when a cut before `text[at]` splits a number ("1,3|00", "4.|25", "12|0")."""
    left, right = text[at - 1], text[at]
    if left.isdigit() and right.isdigit():
        return True
    if left.isdigit() and right in ".,":  # "4|.25": the separator goes with what follows
        return at + 1 < len(text) and text[at + 1].isdigit()
    return left in ".," and right.isdigit() and at >= 2 and text[at - 2].isdigit()
