"""Search: parse what the user typed, match articles, and find spans to highlight.

Words match case- and accent-insensitively at the start of a word (any substring for
Chinese, Japanese and Korean text); every word must match somewhere in the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from hzreader.figures import extract
from hzreader.model import Article, Figure
from hzreader.query._dates import DateTerm, parse_date_filter
from hzreader.query._figures import FigureTerm, parse_figure_filter, parse_typed_number
from hzreader.text import fold

#: Field filters the query language accepts (`title:word`) and the article fields they search.
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "tag": ("tags",),
    "tags": ("tags",),
    "source": ("source",),
    "author": ("author",),
    "body": ("body",),
    "summary": ("summary",),
}
ALL_FIELDS = ("title", "summary", "tags", "source", "author", "body")

_TOKEN = re.compile(r'(-?)(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S+))')
_CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]"
)




def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold `text` and return, for each folded character, the index of its source character."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), origin


@dataclass(frozen=True, slots=True)
class Term:
    """One condition of a query: a word or phrase, maybe limited to a field, maybe negated."""

    text: str
    field: str | None = None
    negated: bool = False
    phrase: bool = False

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern matching this term in folded text."""
        return _term_pattern(self.text, self.phrase)


@lru_cache(maxsize=1024)
def _term_pattern(text: str, phrase: bool) -> re.Pattern[str]:
    """Word-start match for Latin text, plain substring for CJK; phrases allow any spacing."""
    body = r"\s+".join(re.escape(part) for part in text.split()) if phrase else re.escape(text)
    if _CJK.match(text) or not text[:1].isalnum():
        return re.compile(body)
    return re.compile(r"(?<![^\W_])" + body)


#: `is:` filters on what the reader did, and the status flag each one asks for.
STATUS_FILTERS = {"unread": ("read", False), "read": ("read", True),
                  "starred": ("starred", True), "unstarred": ("starred", False)}


@dataclass(frozen=True, slots=True)
class StatusTerm:
    """`is:unread`, `is:starred`…: a condition on the reader's marks."""

    flag: str
    wanted: bool
    negated: bool = False


#: Tells whether an article has a status flag ("read" or "starred").
StatusLookup = Callable[[Any, str], bool]

AnyTerm = Term | FigureTerm | StatusTerm | DateTerm


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: any one of `groups` must match; within a group, every term."""

    raw: str
    groups: tuple[tuple[AnyTerm, ...], ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when the query has no condition at all."""
        return not any(self.groups)

    @property
    def highlight_terms(self) -> tuple[Term, ...]:
        """Positive terms, whose matches the reading pane highlights."""
        seen: dict[tuple[str, bool], Term] = {}
        for group in self.groups:
            for term in group:
                if isinstance(term, FigureTerm):
                    if term.literal and not term.negated:
                        seen.setdefault((fold(term.literal), False), Term(fold(term.literal)))
                elif isinstance(term, Term) and not term.negated:
                    seen.setdefault((term.text, term.phrase), term)
        return tuple(seen.values())

    @property
    def figure_terms(self) -> tuple[FigureTerm, ...]:
        """Positive figure conditions, whose matching figures the reading pane highlights."""
        return tuple(dict.fromkeys(
            term for group in self.groups for term in group
            if isinstance(term, FigureTerm) and not term.negated
        ))

    def accepts_figure(self, figure: Figure) -> bool:
        """True when some positive figure condition of the query holds for `figure`."""
        return any(term.accepts(figure) for term in self.figure_terms)


def parse_query(raw: str) -> Query:
    """Parse the search bar's text. Never raises: odd input is searched for literally."""
    groups: list[tuple[AnyTerm, ...]] = []
    current: list[AnyTerm] = []
    for match in _TOKEN.finditer(raw):
        minus, field, quoted, word = match.groups()
        negated = bool(minus)
        if word == "OR" and not minus and not field:
            if current:
                groups.append(tuple(current))
            current = []
            continue
        if field is not None and field.lower() == "is" and (word or "").lower() in STATUS_FILTERS:
            flag, wanted = STATUS_FILTERS[(word or "").lower()]
            current.append(StatusTerm(flag, wanted, negated))
            continue
        if quoted is None:
            token = f"{field}:{word}" if field is not None else word or ""
            span = parse_date_filter(token)
            if span is not None:
                current.append(DateTerm(span[0], span[1], negated, token))
                continue
            figure = parse_figure_filter(token, negated)
            if figure is not None:
                current.append(figure)
                continue
        if field is not None and field.lower() not in FIELDS:
            # `http:` or `ratio:1` are words, not field filters.
            word = f"{field}:{word if word is not None else quoted}"
            field = None
            quoted = None
        if field is None and quoted is None and word:
            number = _typed_number(current, word, negated)
            if number is not None:
                continue
        text = fold(quoted if quoted is not None else word or "").strip()
        if not text or (minus and text == "-"):
            continue
        current.append(
            Term(text=text, field=field.lower() if field else None, negated=negated,
                 phrase=quoted is not None)
        )
    if current:
        groups.append(tuple(current))
    return Query(raw=raw, groups=tuple(groups))


def _typed_number(current: list[AnyTerm], word: str, negated: bool) -> FigureTerm | None:
    """Add a typed number to `current` (joining "3" + "billion"); None if `word` is no number."""
    previous = current[-1] if current else None
    if isinstance(previous, FigureTerm) and previous.literal and previous.negated == negated:
        joined = parse_typed_number(f"{previous.literal} {word}", negated)
        if joined is not None and joined.value != previous.value:
            current[-1] = joined
            return joined
    number = parse_typed_number(word, negated)
    if number is not None:
        current.append(number)
    return number


class Haystack:
    """The folded text of one article, field by field, ready for matching."""

    __slots__ = ("fields", "_article", "_figures")

    def __init__(self, article: Article) -> None:
        self._article = article
        self._figures: list[Figure] | None = None
        self.fields: dict[str, str] = {
            "title": fold(article.title),
            "summary": fold(article.summary),
            "tags": fold("\n".join(article.tags)),
            "source": fold(article.source),
            "author": fold(article.author),
            "body": fold(article.body),
        }

    @property
    def figures(self) -> list[Figure]:
        """The key figures of the summary and body, found on first use."""
        if self._figures is None:
            article = self._article
            self._figures = [f for part in (article.summary, *article.paragraphs)
                             for f in extract(part)]
        return self._figures

    def has(self, term: AnyTerm, status: StatusLookup | None = None) -> bool:
        """True when the term holds: its text occurs in its field, or a figure satisfies it."""
        if isinstance(term, DateTerm):
            return term.accepts(self._article.published)
        if isinstance(term, StatusTerm):
            value = status(self._article, term.flag) if status is not None else False
            return value == term.wanted
        if isinstance(term, FigureTerm):
            if any(term.accepts(figure) for figure in self.figures):
                return True
            return bool(term.literal) and self.has(Term(fold(term.literal)))
        names = FIELDS[term.field] if term.field else ALL_FIELDS
        pattern = term.pattern
        return any(pattern.search(self.fields[name]) for name in names)

    def matches(self, query: Query, status: StatusLookup | None = None) -> bool:
        """True when every term of some group holds (negated terms must not occur)."""
        if query.is_empty:
            return True
        return any(
            all(self.has(term, status) != term.negated for term in group)
            for group in query.groups
        )


class MemoryIndex:
    """An in-memory search over a fixed list of articles, kept in the given order."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.articles = list(articles)
        self._haystacks: list[Haystack | None] = [None] * len(self.articles)

    def _haystack(self, position: int) -> Haystack:
        haystack = self._haystacks[position]
        if haystack is None:
            haystack = self._haystacks[position] = Haystack(self.articles[position])
        return haystack

    def search(self, query: Query | str, status: StatusLookup | None = None) -> list[Article]:
        """The articles matching `query`, in index order; `status` answers `is:` filters."""
        parsed = parse_query(query) if isinstance(query, str) else query
        if parsed.is_empty:
            return list(self.articles)
        return [
            article
            for position, article in enumerate(self.articles)
            if self._haystack(position).matches(parsed, status)
        ]


def match_spans(text: str, terms: Iterable[Term]) -> list[tuple[int, int]]:
    """Character spans of `text` matched by `terms`, extended to the end of the word."""
    terms = list(terms)
    if not terms or not text:
        return []
    folded, origin = fold_with_map(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        for found in term.pattern.finditer(folded):
            if found.end() == found.start():
                continue
            start = origin[found.start()]
            end = origin[found.end() - 1] + 1
            if not term.phrase and not _CJK.match(term.text):
                while end < len(text) and text[end].isalnum():
                    end += 1
            spans.append((start, end))
    return merge_spans(spans)


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort spans and merge the ones that overlap or touch."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
