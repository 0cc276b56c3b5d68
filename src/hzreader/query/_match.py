"""Match parsed queries against articles in memory, and find the spans to highlight.

Both answer from the tokens of `_tokens`, as the index does (`hzreader.index`), so the
in-memory search and the index find the same articles, and whatever a word term found is
highlighted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from hzreader.line_joins import unwrap_lines
from hzreader.model import Article, Figure, figure_texts
from hzreader.query._dates import DateTerm
from hzreader.query._parse import ALL_FIELDS, FIELDS, parse_query
from hzreader.query._query import AnyTerm, HighlightTerm, Query, StatusLookup, StatusTerm
from hzreader.query._terms import FigureTerm
from hzreader.query._tokens import (
    Token,
    is_cjk_token,
    is_symbol_token,
    needle,
    parts_stream,
    split_blocks,
    term_tokens,
    token_stream,
    tokenize,
)
from hzreader.text import fold


def fold_with_map(text: str) -> tuple[str, Sequence[int]]:
    """Fold `text` and return, for each folded character, the index of its source character."""
    if text.isascii():
        return text.lower(), range(len(text))
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), origin


class Haystack:
    """The tokens of one article, field by field (made on first use), and its figures."""

    __slots__ = ("_article", "_figures", "_streams", "_words")

    def __init__(self, article: Article) -> None:
        self._article = article
        self._figures: list[Figure] | None = None
        self._streams: dict[str, str] = {}
        self._words: dict[str, frozenset[str]] = {}

    def stream(self, name: str) -> str:
        """The token stream (`_tokens.token_stream`) of one field."""
        found = self._streams.get(name)
        if found is None:
            article = self._article
            if name == "tags":
                found = parts_stream(article.tags)
            elif name == "body":
                found = parts_stream(split_blocks(article.body))
            elif name == "summary":  # its hard-wrapped Chinese lines joined, as the body's
                found = token_stream(unwrap_lines(article.summary))
            else:
                found = token_stream(getattr(article, name))
            self._streams[name] = found
        return found

    @property
    def figures(self) -> list[Figure]:
        """The key figures of the texts that carry them (the title, then `figure_texts`:
        the summary and each paragraph), found on first use."""
        if self._figures is None:
            from hzreader.figures import article_extractor  # the rules load on first use

            article = self._article
            extract = article_extractor(article.title, article.summary, article.body,
                                        article.source)
            self._figures = extract(article.title) if article.title else []
            self._figures += [f for _, part in figure_texts(article.summary, article.body)
                              for f in extract(part.text)]
        return self._figures

    def has_words(self, text: str, field: str | None = None, whole: bool = False,
                  variants: tuple[str, ...] = ()) -> bool:
        """True when the tokens of `text` occur in the field (any field when None); the last
        one as a prefix, or (`whole`) as a whole token; or one of `variants` as a whole
        token (`Term.variants`: "lilies" for `lily`)."""
        tokens = term_tokens(text)
        if not tokens:
            return True  # nothing to look for (the parser drops such terms)
        wanted = needle(tokens) + (" " if whole else "")
        names = FIELDS[field] if field else ALL_FIELDS
        if any(wanted in self.stream(name) for name in names):
            return True
        if not variants:
            return False
        single, phrases, ends, joiners = split_variants(variants)
        for name in names:
            words = self.words(name)
            if not words.isdisjoint(single) or ends and joiners <= words and (
                    not words.isdisjoint(ends)) and any(
                    phrase[-1] in words and needle(phrase) + " " in self.stream(name)
                    for phrase in phrases):
                return True
        return False

    def words(self, name: str) -> frozenset[str]:
        """The tokens of one field, as a set (made on first use): where a term's variants
        (whole words) are looked up."""
        found = self._words.get(name)
        if found is None:
            found = self._words[name] = frozenset(self.stream(name).split())
        return found

    def has(self, term: AnyTerm, status: StatusLookup | None = None) -> bool:
        """True when the term holds: its tokens occur in its field, or a figure satisfies it."""
        if isinstance(term, DateTerm):
            return term.accepts(self._article.published, self._article.date_precision)
        if isinstance(term, StatusTerm):
            return term.accepts(self._article, status)
        if isinstance(term, FigureTerm):
            if any(term.accepts(figure) for figure in self.figures):
                return True
            return term.searches_words and self.has_words(term.literal, whole=term.whole_literal)
        return self.has_words(term.text, term.field, term.whole, term.variants)

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


#: A text's folded-to-source offset map, tokens and words (`split_words`).
Words = tuple[Sequence[int], list[Token], list[str]]


def split_words(text: str) -> Words:
    """The folded text's map back to `text`, its tokens, and their words (what
    `match_spans` needs of a text, whatever the terms: a caller may keep it)."""
    folded, origin = fold_with_map(text)
    tokens = tokenize(folded)
    return origin, tokens, [token for token, _, _ in tokens]


def match_spans(text: str, terms: Iterable[HighlightTerm],
                figures: Sequence[Figure] | None = None,
                words: Callable[[str], Words] = split_words) -> list[tuple[int, int]]:
    """Character spans of `text` matched by `terms`: words to the end of the last word (a
    CJK match as typed), and for figure terms the figures they accept and the number typed.
    `figures` are the text's figures when the caller has them already; `words` may be a
    `split_words` that remembers."""
    terms = list(terms)
    if not terms or not text:
        return []
    origin, tokens, words_ = words(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        if isinstance(term, FigureTerm):
            if figures is None:
                from hzreader.figures import extract

                figures = extract(text)
            spans.extend((f.start, f.end) for f in figures if term.accepts(f))
            wanted = term_tokens(term.literal) if term.searches_words else ()
            whole = term.whole_literal
        else:
            wanted, whole = term.tokens, term.whole
            single, phrases, ends, _ = split_variants(term.variants)
            if single:  # "lilies" for `lily`, whole
                spans += [(origin[start], origin[end - 1] + 1)
                          for word, (_, start, end) in zip(words_, tokens, strict=True)
                          if word in single]
            if phrases and not ends.isdisjoint(words_):  # "e-mail" for `email`, whole
                present = set(words_)
                spans += [(origin[tokens[first][1]], origin[tokens[last][2] - 1] + 1)
                          for phrase in phrases if phrase[-1] in present
                          for first, last in _token_matches(words_, phrase, True)]
        for first, last in _token_matches(words_, wanted, whole):
            start = tokens[first][1]
            end = (tokens[last][1] + len(wanted[-1])  # "C++" of "C++/CLI" (search14)
                   if is_cjk_token(wanted[-1]) or is_symbol_token(wanted[-1])
                   else tokens[last][2])
            spans.append((origin[start], origin[end - 1] + 1))
    return merge_spans(spans)


@lru_cache(maxsize=256)
def split_variants(variants: tuple[str, ...]) -> tuple[
        frozenset[str], tuple[tuple[str, ...], ...], frozenset[str], frozenset[str]]:
    """A term's variants (`Term.variants`) as whole words; as phrases of whole tokens (a
    variant with spaces: "e-mail" for `email`); the phrases' last tokens, and the symbol
    tokens every phrase has (a text without them has none of the phrases: quick tests)."""
    phrases = tuple(tuple(v.split(" ")) for v in variants if " " in v)
    joiners = frozenset.intersection(*(frozenset(filter(is_symbol_token, phrase))
                                       for phrase in phrases)) if phrases else frozenset()
    return (frozenset(v for v in variants if " " not in v), phrases,
            frozenset(phrase[-1] for phrase in phrases), joiners)


def _token_matches(words: list[str], wanted: tuple[str, ...],
                   whole: bool = False) -> Iterable[tuple[int, int]]:
    """(first, last) token positions where `wanted` stands, its last token as a prefix
    (`whole`: as a whole token)."""
    if not wanted:
        return
    *exact, prefix = wanted
    count = len(wanted)
    for first in range(len(words) - count + 1):
        last = words[first + count - 1]
        if (last == prefix if whole else last.startswith(prefix)) and (
                not exact or words[first : first + count - 1] == exact):
            yield first, first + count - 1


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort spans and merge the ones that overlap or touch."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
