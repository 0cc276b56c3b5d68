"""Translate a parsed `Query` into SQLite FTS5 match expressions and SQL conditions.

The index holds the tokens of `hzreader.query` (`tokenize`): text folded like `fold`, CJK
runs as overlapping bigrams ("杭州是" → "杭州 州是 是"), number joiners as letters ("5.2" →
"5p2") and symbol runs as private-use characters ("c++" → "c" "++"). A term becomes the phrase
of its `term_tokens` with a prefix star, so both backends match the same articles. User text
only ever reaches FTS5 inside double-quoted strings: operators are searched for, never parsed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from hzreader.index._tokens import needs_folding, tokenizer_folds_all
from hzreader.model import FIGURE_KINDS
from hzreader.query import (
    BLANK_LINES,
    BREAK,
    FIELDS,
    DateTerm,
    FigureTerm,
    Query,
    Term,
    is_cjk_token,
    is_symbol_token,
    mark_numbers,
    mark_symbols,
    term_tokens,
)
from hzreader.text import CJK_RANGES, fold

#: FTS5 columns in table order; bm25 weights follow the same order (title counts most).
FTS_COLUMNS = ("title", "summary", "tags", "source", "author", "body", "every")
BM25_WEIGHTS = (10.0, 2.0, 3.0, 2.0, 2.0, 1.0, 0.0)
#: The `every` column holds this token in every article, so "everything NOT x" is one FTS5
#: query (broad queries fetch the few articles that do not match). `fold` turns it into
#: "dz", so no typed query can ever produce it.
EVERY_TOKEN = "\u01c6"
MATCH_EVERYTHING = f'every : "{EVERY_TOKEN}"'
#: Prefix terms shorter than this are not ranked (bm25 over most of the corpus is too slow).
RANKED_PREFIX = 3

#: CJK letters (not the punctuation of those blocks): each becomes a bigram token.
_CJK_RUN = re.compile(f"(?:(?=[^\\W_])[{CJK_RANGES}])+")
#: Private-use characters are symbol tokens in the index: article text may not bring its own.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
#: Runs up to this long are cached (short ones repeat: currency signs, accented names; long
#: ones, such as a paragraph of Chinese, rarely do and would only fill memory).
_CACHED_RUN = 32
_BLANK_LINES = re.compile(BLANK_LINES)
_BREAK_SPACED = f" {BREAK} "


def _fold_run_text(run: str) -> str:
    """Fold one run of non-ASCII characters (the tokenizer lowercases ASCII itself)."""
    folded = fold(run)
    if folded.isascii():
        return folded
    return _CJK_RUN.sub(_bigram_run, _PRIVATE_USE.sub(" ", folded))


_fold_short_run = functools.lru_cache(maxsize=8192)(_fold_run_text)


def _fold_run(match: re.Match[str]) -> str:
    """`_fold_run_text` of a regex match, cached for short runs."""
    run = match.group()
    return _fold_short_run(run) if len(run) <= _CACHED_RUN else _fold_run_text(run)


def _bigram_run(match: re.Match[str]) -> str:
    """A CJK run as one token per character: that character and the next ("ab" → "ab b")."""
    run = match.group()
    return " " + " ".join(run[i : i + 2] for i in range(len(run))) + " "


def index_text(text: str) -> str:
    """The form of `text` written into the FTS index: its tokens as the tokenizer will cut
    them (folded, CJK bigrams, "5.2" kept whole, symbols written against words kept).

    Characters the tokenizer folds alike by itself (é, ’, €) are left to it (`_tokens`).
    """
    if not text.isascii() and not tokenizer_folds_all(text):
        text = needs_folding().sub(_fold_run, text)
    return mark_symbols(mark_numbers(text))


def fts_string(text: str) -> str:
    """`text` as an FTS5 string literal: double-quoted, inner quotes doubled."""
    return '"' + text.replace('"', '""') + '"'


def word_expression(text: str, field: str | None = None) -> tuple[str, int] | None:
    """FTS5 prefix phrase of a term's tokens (None if it has none), and how short a prefix
    it is: the length of a lone word, else 99 (a CJK or symbol token, or a phrase, whose
    first tokens are exact, is never broad)."""
    tokens = term_tokens(text)
    if not tokens:
        return None
    last = tokens[-1]
    short = 99 if len(tokens) > 1 or is_cjk_token(last) or is_symbol_token(last) else len(last)
    expression = fts_string(" ".join(tokens)) + "*"
    columns = FIELDS.get(field, ()) if field else ()
    if columns:
        expression = "{" + " ".join(columns) + "} : " + expression
    return expression, short


@dataclass(frozen=True)
class Filter:
    """A non-text condition: `probe` tests `fts.rowid` per candidate, `rowids` lists matches."""

    probe: str
    rowids: str
    params: tuple[object, ...]
    negated: bool = False


@dataclass
class GroupPlan:
    """One OR-group of a query: an FTS5 match (or None) plus filters."""

    match: str | None = None
    filters: list[Filter] = field(default_factory=list)
    shortest_prefix: int = 99
    #: True when the group has positive words (something bm25 could rank by).
    has_words: bool = False

    @property
    def ranked(self) -> bool:
        """True when bm25 is worth computing: positive words, none a very short prefix."""
        return self.match is not None and self.shortest_prefix >= RANKED_PREFIX


_ALL_KINDS = ", ".join("'" + kind + "'" for kind in FIGURE_KINDS)


def figure_condition(term: FigureTerm) -> tuple[str, list[object]]:
    """SQL on the `figures` table for the figures `term` accepts, and its parameters."""
    where = ["kind = ?" if term.kind else f"kind IN ({_ALL_KINDS})"]
    params: list[object] = [term.kind] if term.kind else []
    if term.op is not None and term.value is not None:
        if term.op == "=":
            tolerance = 1e-9 * max(abs(term.value), 1.0)
            where.append("value BETWEEN ? AND ?")
            params += [term.value - tolerance, term.value + tolerance]
        else:
            where.append(f"value {term.op} ?")
            params.append(term.value)
    return " AND ".join(where), params


def figure_filter(term: FigureTerm) -> Filter:
    """Articles with a figure satisfying `term` (or, for a typed number, its literal)."""
    condition, params = figure_condition(term)
    probe = f"EXISTS (SELECT 1 FROM figures WHERE article_rowid = fts.rowid AND {condition})"
    rowids = f"SELECT article_rowid FROM figures WHERE {condition}"
    literal = word_expression(term.literal) if term.literal else None
    if literal is not None:
        probe = f"({probe} OR +fts.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?))"
        rowids += " UNION ALL SELECT rowid FROM fts WHERE fts MATCH ?"
        params.append(literal[0])
    return Filter(probe, rowids, tuple(params), term.negated)


def date_filter(term: DateTerm) -> Filter:
    """Articles published inside the term's range."""
    where = ["published_ts IS NOT NULL"]
    params: list[object] = []
    if term.start is not None:
        where.append("published_ts >= ?")
        params.append(term.start)
    if term.end is not None:
        where.append("published_ts < ?")
        params.append(term.end)
    rowids = f"SELECT rowid FROM articles WHERE {' AND '.join(where)}"
    return Filter(f"+fts.rowid IN ({rowids})", rowids, tuple(params), term.negated)


def plan_group(group: tuple[object, ...]) -> GroupPlan:
    """Translate one AND-group of terms."""
    plan = GroupPlan()
    positive: list[str] = []
    negative: list[str] = []
    for term in group:
        if isinstance(term, FigureTerm):
            plan.filters.append(figure_filter(term))
        elif isinstance(term, DateTerm):
            plan.filters.append(date_filter(term))
        elif isinstance(term, Term) and (found := word_expression(term.text, term.field)):
            (negative if term.negated else positive).append(found[0])
            if not term.negated:
                plan.shortest_prefix = min(plan.shortest_prefix, found[1])
    if positive:
        plan.has_words = True
        plan.match = " AND ".join(positive)
        if negative:
            plan.match = f"({plan.match}) NOT ({' OR '.join(negative)})"
    elif negative:
        plan.match = f"{MATCH_EVERYTHING} NOT ({' OR '.join(negative)})"
        plan.shortest_prefix = 0  # nothing to rank by
    return plan


def plan_query(query: Query) -> list[GroupPlan]:
    """One plan per OR-group; [] for an empty query."""
    return [plan_group(group) for group in query.groups if group]


def why_unranked(query: Query) -> str:
    """Why a relevance search came newest first: "filters" (no words to rank by: only
    filters, numbers or `-word`), "short" (a word of fewer than `RANKED_PREFIX` letters),
    else "broad" (more matches than are ranked)."""
    plans = plan_query(query)
    if not any(plan.has_words for plan in plans):
        return "filters"
    if not any(plan.ranked for plan in plans):
        return "short"
    return "broad"


def match_sql(plan: GroupPlan, ranked: bool) -> tuple[str, list[object]]:
    """SELECT (rowid, score) for a group with words; score is bm25 (lower is better) or 0."""
    assert plan.match is not None
    score = f"bm25(fts, {', '.join(map(str, BM25_WEIGHTS))})" if ranked else "0.0"
    sql = f"SELECT rowid, {score} FROM fts WHERE fts MATCH ?"
    params: list[object] = [plan.match]
    for item in plan.filters:
        sql += f" AND NOT {item.probe}" if item.negated else f" AND {item.probe}"
        params += item.params
    return sql, params


def index_values(
    title: str, summary: str, tags: Sequence[str], source: str, author: str, body: str
) -> tuple[str, str, str, str, str, str, str]:
    """The FTS column values of one article, in `FTS_COLUMNS` order."""
    return (index_text(title), index_text(summary), f" {BREAK} ".join(map(index_text, tags)),
            index_text(source), index_text(author), paragraphs_text(body), EVERY_TOKEN)


def paragraphs_text(body: str) -> str:
    """`index_text` of a body with a `BREAK` token between paragraphs (as `split_blocks`
    cuts them: the index text keeps every blank line), so a phrase stays inside one."""
    return _BLANK_LINES.sub(_BREAK_SPACED, index_text(body))
