"""A parsed query (`Query`), apart from the parser: the first frame holds an empty one
(`_front.parse_query`) without loading the parser, its filters and their patterns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from hzreader.model import Figure
    from hzreader.query._dates import DateTerm
    from hzreader.query._terms import FigureTerm
    from hzreader.query._word_term import Term

#: Tells whether an article has a status flag ("read" or "starred").
StatusLookup = Callable[[Any, str], bool]


@dataclass(frozen=True, slots=True)
class StatusTerm:
    """`is:unread`, `is:starred`…: a condition on the reader's marks."""

    flag: str
    wanted: bool
    negated: bool = False

    def accepts(self, item: Any, status: StatusLookup | None) -> bool:
        """True when the article (or list item) has the flag as wanted (no marks: unmarked)."""
        return (status(item, self.flag) if status is not None else False) == self.wanted


#: A term of a parsed query. The one definition (`_parse` and `_match` import it): written
#: as a string, so that it names the term classes without loading them (the first frame
#: holds an empty query without the parser); for annotations only, not `isinstance`.
AnyTerm: TypeAlias = "Term | FigureTerm | StatusTerm | DateTerm"
#: What the reading pane highlights: words, and figures (with the number typed, if any).
HighlightTerm: TypeAlias = "Term | FigureTerm"


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: any one of `groups` must match; within a group, every term.

    Only `_parse` makes terms, so a query with terms has loaded their modules already."""

    raw: str
    groups: tuple[tuple[AnyTerm, ...], ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when the query has no condition at all."""
        return not any(self.groups)

    @property
    def highlight_terms(self) -> tuple[HighlightTerm, ...]:
        """Positive words and figure conditions, whose matches the reading pane highlights."""
        if not self.groups:
            return ()
        from hzreader.query._terms import FigureTerm
        from hzreader.query._word_term import Term

        seen: dict[object, HighlightTerm] = {}
        for group in self.groups:
            for term in group:
                if isinstance(term, Term) and not term.negated:
                    seen.setdefault(term.highlights, term)
                elif isinstance(term, FigureTerm) and not term.negated:
                    seen.setdefault(term, term)
        return tuple(seen.values())

    @property
    def figure_terms(self) -> tuple[FigureTerm, ...]:
        """Positive figure conditions, whose matching figures the reading pane highlights."""
        if not self.groups:
            return ()
        from hzreader.query._terms import FigureTerm

        return tuple(dict.fromkeys(
            term for group in self.groups for term in group
            if isinstance(term, FigureTerm) and not term.negated
        ))

    @property
    def row_figure_terms(self) -> tuple[FigureTerm, ...]:
        """The figure conditions that limit the figures table's rows: `figure_terms` and
        the figure each range typed stands for ("5-8%": the rows of that range, not every
        figure of the articles that write it)."""
        if not self.groups:
            return ()
        from hzreader.query._word_term import Term

        return tuple(dict.fromkeys((*self.figure_terms, *(
            term.figure for group in self.groups for term in group
            if isinstance(term, Term) and term.figure is not None and not term.negated))))

    def accepts_figure(self, figure: Figure) -> bool:
        """True when some positive figure condition of the query holds for `figure`."""
        return any(term.accepts(figure) for term in self.figure_terms)
