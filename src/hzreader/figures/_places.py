"""The key figures of a whole article, placed in its stored text (summary or body)."""

from __future__ import annotations

from typing import NamedTuple

from hzreader.figures._extract import extract
from hzreader.model import TITLE, Figure, figure_texts


class FigureAt(NamedTuple):
    """A figure of an article: `field` is `model.TITLE`, `SUMMARY` or `BODY`, and the offsets
    are in that text as stored (`body[start:stop]` is the figure, maybe across a line end)."""

    field: int
    start: int
    stop: int
    sentence_start: int
    sentence_stop: int
    figure: Figure


def article_figures(summary: str, body: str, title: str = "") -> list[FigureAt]:
    """Every key figure of the title, of the summary and of each paragraph of the body, in
    reading order (a title's are counted like the others: queries, table, exports)."""
    found = [FigureAt(TITLE, f.start, f.end, f.sentence_start, f.sentence_end, f)
             for f in extract(title)] if title else []
    for field, paragraph in figure_texts(summary, body):
        figures = extract(paragraph.text)
        if not figures:
            continue
        if len(paragraph.starts) == 1:  # one line: offsets move by where it starts
            shift = paragraph.body_starts[0] - paragraph.starts[0]
            found.extend(FigureAt(field, f.start + shift, f.end + shift, f.sentence_start + shift,
                                  f.sentence_end + shift, f) for f in figures)
            continue
        to_body, to_body_end = paragraph.to_body, paragraph.to_body_end
        found.extend(
            FigureAt(field, to_body(f.start), to_body_end(f.end), to_body(f.sentence_start),
                     to_body_end(f.sentence_end), f)
            for f in figures
        )
    return found
