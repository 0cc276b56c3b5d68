"""The key figures of a whole article, placed in its stored text (summary or body)."""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from hzreader.figures._article_currency import ArticleCurrency
from hzreader.figures._date_shown import date_day
from hzreader.figures._extract import find_figures
from hzreader.figures._measure_word import measure_word
from hzreader.figures._units import Placed
from hzreader.model import TITLE, Figure, Paragraph, figure_texts
from hzreader.table_rows import row_lines


class FigureAt(NamedTuple):
    """A figure of an article: `field` is `model.TITLE`, `SUMMARY` or `BODY`, and the offsets
    are in that text as stored (`body[start:stop]` is the figure, maybe across a line end)."""

    field: int
    start: int
    stop: int
    sentence_start: int
    sentence_stop: int
    figure: Figure


#: A figure of an article as plain values: field, start, stop, sentence start and stop (as
#: in `FigureAt`), then the figure's kind, value, unit, high end (`Figure.high`), whether
#: it is an age (`Figure.age`), a date's day in its year (`date_day`, else 0) and a count's
#: measure word (`measure_word`, else "").
FigureRow = tuple[int, int, int, int, int, str, float | None, str, float | None, bool, int,
                  str]


def _placed(summary: str, body: str, title: str, source: str
            ) -> list[tuple[int, int, int, int, int, Placed]]:
    """Every figure of an article in reading order: field, start, stop, sentence start and
    stop in the stored text, and the figure's fields (offsets in its paragraph)."""
    currency = ArticleCurrency(title, summary, body, source)  # a bare 元 in a Taiwanese story
    found = [(TITLE, f[0], f[1], f[6], f[7], f)
             for f in currency.apply(title, find_figures(title))] if title else []
    for field, paragraph in figure_texts(summary, body):
        figures = currency.apply(paragraph.text, find_figures(paragraph.text))
        if not figures:
            continue
        if len(paragraph.starts) == 1:  # one line: offsets move by where it starts
            shift = paragraph.body_starts[0] - paragraph.starts[0]
            found.extend((field, f[0] + shift, f[1] + shift, f[6] + shift, f[7] + shift, f)
                         for f in figures)
            continue
        if "|" in paragraph.text:
            figures = _rows_as_sentences(paragraph, figures)
        to_body, to_body_end = paragraph.to_body, paragraph.to_body_end
        found.extend((field, to_body(f[0]), to_body_end(f[1]), to_body(f[6]), to_body_end(f[7]), f)
                     for f in figures)
    return found


def _rows_as_sentences(paragraph: Paragraph, figures: list[Placed]) -> list[Placed]:
    """`figures` with the sentence of each one in a row of a pipe table made that row: a
    row is one sentence, whatever its cells hold (an empty one, a period)."""
    text, starts = paragraph.text, paragraph.starts
    ends = [paragraph.line_end(line) for line in range(len(starts))]
    rows = row_lines([text[start:end] for start, end in zip(starts, ends, strict=True)])
    if not any(rows):
        return figures
    placed = []
    for figure in figures:
        line = bisect_right(starts, figure[0]) - 1
        if rows[line] and figure[1] <= ends[line]:
            start, end, written, kind, value, unit, _, _, high, age = figure
            figure = (start, end, written, kind, value, unit, starts[line], ends[line], high, age)
        placed.append(figure)
    return placed


def article_figures(summary: str, body: str, title: str = "", source: str = ""
                    ) -> list[FigureAt]:
    """Every key figure of the title, of the summary and of each paragraph of the body, in
    reading order (a title's are counted like the others: queries, table, exports); the
    `source` may give a bare 元 its currency (`article_extractor`)."""
    return [FigureAt(field, start, stop, sentence_start, sentence_stop, Figure(*f))
            for field, start, stop, sentence_start, sentence_stop, f
            in _placed(summary, body, title, source)]


def article_figure_rows(summary: str, body: str, title: str = "", source: str = ""
                        ) -> list[FigureRow]:
    """`article_figures` as plain values, without building a `Figure` (the index's workers
    store only these), each with what the index needs that only the figure's text says: a
    date's day in its year (`date_day`: the table sorts by it), a count's measure word
    (`measure_word`: `count>100 家` finds it)."""
    return [(field, start, stop, sentence_start, sentence_stop, f[3], f[4], f[5], f[8], f[9],
             date_day(f[2], f[4]) if f[3] == "date" and f[4] is not None else 0,
             measure_word(f[2]) if f[3] == "count" else "")
            for field, start, stop, sentence_start, sentence_stop, f
            in _placed(summary, body, title, source)]
