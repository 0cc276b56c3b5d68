"""Article → rich `Text`, with figures and search matches styled (wrapped by `ui._wrap`).

Article text is never parsed as markup: it goes into `Text` objects as plain strings.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text

from hzreader import query as queries  # its matching (and tokenizer) load on first use
from hzreader.model import BODY, SUMMARY, Article, Figure, figure_texts
from hzreader.query import Query
from hzreader.table_rows import row_context
from hzreader.text import clean_line, clean_text
from hzreader.ui._dates import shown_date
from hzreader.ui._wrap import BULLET

if TYPE_CHECKING:
    from hzreader.query import Words
    from hzreader.ui._wrap import LineLook

Extractor = Callable[[str], list[Figure]]
Styles = Mapping[str, Style]


#: The looks of the figure kinds (`ArticleView`'s and `HeadlineList`'s later components), read
#: when first asked for, after the first frame (which shows no figures).
FIGURE_LOOKS = Path(__file__).with_name("figures.tcss")

#: The part numbers of a rendered article: the title, the summary; paragraph `n` is `n + 1`.
TITLE_PART, SUMMARY_PART = -1, 0


@dataclass(frozen=True, slots=True)
class PlacedFigure:
    """A figure with its offsets in the whole rendered document, and the part it is in
    (`TITLE_PART`, `SUMMARY_PART`, or paragraph `n` as `n + 1`)."""

    figure: Figure
    start: int
    end: int
    part: int


@dataclass
class RenderedArticle:
    """The styled document plus where its figures and search matches are."""

    text: Text
    figures: list[PlacedFigure] = field(default_factory=list)
    matches: list[tuple[int, int]] = field(default_factory=list)
    #: Where each part with figures starts: `TITLE_PART`, `SUMMARY_PART`, then paragraph `n`
    #: as `n + 1` (the summary and paragraphs are `model.figure_texts`, in that order).
    parts: dict[int, int] = field(default_factory=dict)
    #: The lines inside paragraphs that stay lines (a table's, a list's: `_breaks`), by
    #: where they start, and whether one of them is a table row (`LineLook.wide`).
    looks: dict[int, LineLook] = field(default_factory=dict)
    wide: bool = False

    @cached_property
    def figure_starts(self) -> list[int]:
        """Where each figure starts, in order: found by bisection (`]`/`[` from the view, the
        figures panel's row of a figure), made once per rendering (one may hold 90,000)."""
        return [placed.start for placed in self.figures]

    @cached_property
    def match_starts(self) -> list[int]:
        """Where each search match starts, in order (`n`/`N` from the view)."""
        return [start for start, _ in self.matches]

    @cached_property
    def look_starts(self) -> list[int]:
        """Where each line of `looks` starts, in order."""
        return sorted(self.looks)

    def table_row(self, placed: PlacedFigure, named: bool = True, whole: bool = True
                  ) -> tuple[str, int, int] | None:
        """The pipe table's row that holds `placed` told as one line ("Q1 · Revenue $1.2
        billion · 5%": `table_rows.row_context`; not `named`: without the column's name; not
        `whole`: without the cells between the first and the figure's) and where the figure
        is in it; None when it stands in no such row."""
        at = bisect_right(self.look_starts, placed.start) - 1
        grid = self.looks[self.look_starts[at]].grid if at >= 0 else None
        if grid is None or grid.rule:
            return None
        row = self.look_starts[at]
        cells = [self.text.plain[row + start : row + end] for start, end in grid.cells]
        offset, end, joined = placed.start - row, placed.end - row, 0
        for (start, stop), cell in zip(grid.cells, cells, strict=True):
            if start <= offset and end <= stop:
                at = joined + offset - start  # in the cells joined by nothing
                return row_context(cells, at, at + end - offset,
                                   grid.header if named else (), whole)
            joined += len(cell)
        return None


def meta_line(article: Article) -> str:
    """Date · source · author · #tags, as one line; a time is shown in the local zone, which
    it names ("2025-11-18 09:15 CST")."""
    parts = [shown_date(article.date_text), article.source]
    if article.author:
        parts.append(f"by {article.author}")
    if article.tags:
        parts.append(" ".join(f"#{tag}" for tag in article.tags))
    return "  ·  ".join(clean_line(part) for part in parts if part.strip())


def render_article(
    article: Article,
    styles: Styles,
    query: Query | None = None,
    extract: Extractor | None = None,
    words: Callable[[str], Words] | None = None,
) -> RenderedArticle:
    """Build the reading pane's document: title, meta, summary, paragraphs, related headlines.

    The figures of the title, the summary and the paragraphs are styled by kind and listed
    in reading order. Words of `query` are highlighted as matches, and so are figures its
    figure terms accept. `words` splits a part into words (`PartMemo.words` remembers; by
    default `query.split_words`).
    """
    terms = query.highlight_terms if query is not None else ()
    figure_terms = query.figure_terms if query is not None else ()
    style = styles.get
    doc = Text(no_wrap=False, end="")
    result = RenderedArticle(doc)

    def add(part: str, part_style: str = "", highlight: bool = True,
            figures: list[Figure] | None = None) -> None:
        start = len(doc)
        doc.append(part, style(part_style) or "")
        if highlight and terms:
            spans = queries.match_spans(part, terms, figures, words or queries.split_words)
            result.matches.extend((start + s, start + e) for s, e in spans)

    def add_with_figures(part: str, number: int, part_style: str = "") -> None:
        start = result.parts[number] = len(doc)
        figures = extract(part) if extract else []
        add(part, part_style, figures=figures)
        for figure in figures:
            placed = PlacedFigure(figure, start + figure.start, start + figure.end, number)
            result.figures.append(placed)
            if figure_terms and any(term.accepts(figure) for term in figure_terms):
                result.matches.append((placed.start, placed.end))
            doc.stylize(style(f"figure-{figure.kind}") or "", placed.start, placed.end)

    add_with_figures(clean_line(article.title), TITLE_PART, "title")
    meta = meta_line(article)
    if meta:
        add("\n")
        add(meta, "meta")
    # What carries figures besides the title is `figure_texts`' answer: the summary, then
    # each paragraph of the body.
    texts = figure_texts(article.summary, article.body)
    if texts and texts[0][0] == SUMMARY:
        add("\n\n")
        add_with_figures(clean_line(texts[0][1].text), SUMMARY_PART, "summary")
    paragraphs = [paragraph for field_, paragraph in texts if field_ == BODY]
    if not paragraphs:
        add("\n\n")
        add("(This article has no body text.)", "muted", highlight=False)
    margin: Callable[[], int] | None = None
    for number, paragraph in enumerate(paragraphs):
        add("\n\n")
        if len(paragraph.starts) == 1:  # one line (as feeds give them): nothing to keep
            add_with_figures(clean_line(paragraph.text), number + 1)
            continue
        # lines that may stay lines: their rules load with the first such paragraph
        from hzreader.ui._breaks import body_margin, layout_paragraph

        margin = margin or body_margin(article.body)
        shown, looks = layout_paragraph(paragraph, article.body, margin)
        for offset, look in looks:
            result.looks[len(doc) + offset] = look
            result.wide = result.wide or look.wide
        add_with_figures(shown, number + 1)
    if article.related:
        add("\n\n")
        add("Related headlines", "related-heading", highlight=False)
        for headline in article.related:
            add("\n")
            add(BULLET, "muted", highlight=False)
            add(clean_line(headline), "related")
    if result.matches:
        result.matches = queries.merge_spans(result.matches)
    match_style = style("match")
    for start, end in result.matches:
        doc.stylize(match_style or "", start, end)
    return result


def highlight_key(query: Query | None) -> tuple[object, ...]:
    """What of `query` a rendering shows: the words it highlights (`Term.highlights`: their
    tokens, other forms, whether whole) and its figure conditions. Queries with equal keys
    render an article alike ("copper" and "copper -zinc"), whatever else differs."""
    if query is None:
        return ()
    return tuple(term if isinstance(term, queries.FigureTerm) else term.highlights
                 for term in query.highlight_terms)


def place_in_part(rendered: RenderedArticle, part: int, start: int, wanted: str) -> int | None:
    """Where `wanted` (a cleaned figure text) stands in the document when it starts at `start`
    of part `part` (0: the summary, 1, 2 …: the paragraphs); None when it cannot be found."""
    if part not in rendered.parts:
        return None
    plain = rendered.text.plain
    base = rendered.parts[part]
    later = [offset for offset in rendered.parts.values() if offset > base]
    limit = min(later) if later else len(plain)
    offset = base + start
    if wanted and plain[offset : offset + len(wanted)] == wanted:
        return offset
    # The part's text was tidied for display (spaces, control characters): look for the
    # figure in it, nearest to where it should be.
    found = [i for i in range(base, limit) if plain.startswith(wanted, i)] if wanted else []
    return min(found, key=lambda i: abs(i - base - start)) if found else None


def plain_text(value: str) -> Text:
    """A `Text` holding `value` literally, with control characters removed."""
    return Text(clean_text(value))


class PartMemo:
    """What the parts of one article give whatever the query — their figures and their words
    — kept while it stays open: each key of a search renders the article again."""

    def __init__(self) -> None:
        self._article: object = None
        self._figures: dict[str, list[Figure]] = {}
        self._words: dict[str, Words] = {}

    def holds(self, article: object) -> bool:
        """Whether the figures of `article` are here."""
        return bool(self._figures) and _same(article, self._article)

    def _follow(self, article: object) -> None:
        if not _same(article, self._article):
            self._article, self._figures, self._words = article, {}, {}

    def extractor(self, article: object, extract: Extractor) -> Extractor:
        """`extract`, remembering what it found in `article` (forgetting any other)."""
        self._follow(article)
        found = self._figures

        def remembered(text: str) -> list[Figure]:
            figures = found.get(text)
            if figures is None:
                figures = found[text] = extract(text)
            return figures

        return remembered

    def words(self, article: object) -> Callable[[str], Words]:
        """`query.split_words`, remembering what it split in `article`."""
        self._follow(article)
        found = self._words

        def remembered(text: str) -> Words:
            words = found.get(text)
            if words is None:
                words = found[text] = queries.split_words(text)
            return words

        return remembered


def _same(one: object, other: object) -> bool:
    """The same article: a search may give an equal copy of the one already open."""
    return one is other or one == other


def loaded_extract() -> Callable[[str], list[Figure]] | None:
    """`figures.extract` once its module is loaded, else None (it costs start-up time).

    Another thread may be importing it right now: `sys.modules` holds it from the start of
    its import, so it counts as loaded only once its last line has run (`LOADED`).
    """
    module = sys.modules.get("hzreader.figures._extract")
    if module is None or not getattr(module, "LOADED", False):
        return None
    extract: Callable[[str], list[Figure]] = module.extract
    return extract


def for_article(extract: Extractor, article: Article | None) -> Extractor:
    """`extract` reading the parts of `article` as parts of it (`figures.article_extractor`:
    a bare 元 in a Taiwanese story is the new Taiwan dollar), as the index and the figures
    table read them; any other `extract` (none yet, a test's) as it is."""
    module = sys.modules.get("hzreader.figures._extract")
    if article is None or module is None or extract is not getattr(module, "extract", None):
        return extract
    in_article: Extractor = module.article_extractor(article.title, article.summary,
                                                     article.body, article.source)
    return in_article


def no_figures(text: str) -> list[Figure]:
    """The figures of `text` before the figure rules are loaded: none yet."""
    return []
