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

from hzreader.index._db import FIGURE_BITS
from hzreader.index._figure_sql import figure_condition
from hzreader.index._prefixes import MATCH_EVERYTHING as MATCH_ALL_PREFIXES
from hzreader.index._prefixes import TABLE as PREFIXES
from hzreader.index._prefixes import short_match, short_token
from hzreader.index._tokens import needs_folding, tokenizer_folds_all
from hzreader.line_joins import unwrap_lines
from hzreader.model import DatePrecision
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


def word_expression(text: str, field: str | None = None, variants: tuple[str, ...] = (),
                    whole: bool = False) -> tuple[str, int] | None:
    """FTS5 prefix phrase of a term's tokens (None if it has none; `whole`: the last token
    whole too), or with `variants` (`Term.variants`: other words it matches whole) the OR
    of it and them, and how short a prefix it is: the length of a lone word, else 99 (a
    CJK or symbol token, a phrase, whose first tokens are exact, or a whole word, is never
    broad)."""
    tokens = term_tokens(text)
    if not tokens:
        return None
    last = tokens[-1]
    short = 99 if len(tokens) > 1 or whole or is_cjk_token(last) or is_symbol_token(last) \
        else len(last)
    columns = FIELDS.get(field, ()) if field else ()
    # a column filter before each phrase (not before a bracket, which older FTS5 refuses)
    where = "{" + " ".join(columns) + "} : " if columns else ""
    expression = where + fts_string(" ".join(tokens)) + ("" if whole else "*")
    if variants:  # `lily`: ("lily"* OR "lilies"), `title:lily`: ({title} : "lily"* OR …)
        expression = "(" + " OR ".join(
            (expression, *(where + fts_string(variant) for variant in variants))) + ")"
    return expression, short


#: What a plan knows of the `prefixes` table: its dense prefixes (`index._prefixes`), or None
#: while it is incomplete (short words are then searched in `fts`).
Prefixes = frozenset[str] | None


def short_expression(text: str, field: str | None, prefixes: Prefixes
                     ) -> tuple[str, bool] | None:
    """The match in the `prefixes` table for a term it can answer (one short word, in no
    field or the title, the table complete), and whether that match finds the articles
    *without* the word; else None."""
    if prefixes is None or field not in (None, "title"):
        return None
    token = short_token(term_tokens(text))
    return None if token is None else short_match(token, prefixes, field == "title")


def rowids_matching(table: str) -> str:
    """SQL for the rowids that an FTS5 match (the parameter) finds in `table`."""
    return f"SELECT rowid FROM {table} WHERE {table} MATCH ?"


@dataclass(frozen=True)
class Filter:
    """A condition besides the group's match: `probe` tests one candidate (SQL with
    `{table}` for the table the match runs on), `rowids` lists every article it accepts."""

    probe: str
    rowids: str
    params: tuple[object, ...]
    negated: bool = False

    def probe_on(self, table: str) -> str:
        """The probe for candidates found in `table`."""
        return self.probe.format(table=table)


def text_filter(table: str, match: str, negated: bool = False) -> Filter:
    """Articles that an FTS5 `match` finds in `table`."""
    rowids = rowids_matching(table)
    return Filter(f"+{{table}}.rowid IN ({rowids})", rowids, (match,), negated)


@dataclass
class GroupPlan:
    """One OR-group of a query: an FTS5 match on `table` (or None) plus filters, and the
    whole group's words as one match on `fts` for ranking (`ranking_match`)."""

    match: str | None = None
    filters: list[Filter] = field(default_factory=list)
    shortest_prefix: int = 99
    #: True when the group has positive words (something bm25 could rank by).
    has_words: bool = False
    #: The full-text table `match` is for: "fts", or `prefixes` for short words.
    table: str = "fts"
    ranking_match: str | None = None

    @property
    def ranked(self) -> bool:
        """True when bm25 is worth computing: positive words, none a very short prefix."""
        return self.ranking_match is not None and self.shortest_prefix >= RANKED_PREFIX


_FIGURE_ID = f"id >> {FIGURE_BITS}"
#: The figures of the article `{table}.rowid`: one range of ids (NOT INDEXED: the few rows
#: of that range, not the (kind, value) index, which would read every figure of the kind).
_FIGURES_OF = (f"figures NOT INDEXED WHERE id BETWEEN {{table}}.rowid << {FIGURE_BITS} "
               f"AND ({{table}}.rowid << {FIGURE_BITS}) + {(1 << FIGURE_BITS) - 1}")
def figure_filter(term: FigureTerm, prefixes: Prefixes = frozenset()) -> Filter:
    """Articles with a figure satisfying `term` (or, for a typed number that
    `FigureTerm.searches_words`, the words as typed)."""
    condition, params = figure_condition(term)
    probe = f"EXISTS (SELECT 1 FROM {_FIGURES_OF} AND {condition})"
    rowids = f"SELECT {_FIGURE_ID} FROM figures WHERE {condition}"
    literal = word_expression(term.literal) if term.searches_words else None
    if literal is not None and term.whole_literal:  # "91": the token 91, not 9100
        literal = (literal[0].removesuffix("*"), literal[1])
    if literal is not None:
        short = None if term.whole_literal else short_expression(term.literal, None, prefixes)
        table, match = ("fts", literal[0]) if short is None else (
            PREFIXES, f"{MATCH_ALL_PREFIXES} NOT ({short[0]})" if short[1] else short[0])
        probe = f"({probe} OR +{{table}}.rowid IN ({rowids_matching(table)}))"
        rowids += f" UNION ALL {rowids_matching(table)}"
        params.append(match)
    return Filter(probe, rowids, tuple(params), term.negated)


def date_filter(term: DateTerm) -> Filter:
    """Articles published inside the term's range: a time within its local days, a date
    alone within its days, a month or a year when all of it is (`DateTerm.bounds`); each
    precision a range of `articles_published`."""
    parts: list[str] = []
    params: list[object] = []
    for precision in DatePrecision:
        start, end = term.bounds(precision)
        where = [f"date_precision = {int(precision)}", "published_ts IS NOT NULL"]
        if start is not None:
            where.append("published_ts >= ?")
            params.append(start)
        if end is not None:
            where.append("published_ts < ?")
            params.append(end)
        parts.append(f"SELECT rowid FROM articles WHERE {' AND '.join(where)}")
    rowids = " UNION ALL ".join(parts)
    return Filter(f"+{{table}}.rowid IN ({rowids})", rowids, tuple(params), term.negated)


def _both(positive: list[str], negative: list[str], everything: str) -> str | None:
    """An FTS5 match: all of `positive` and none of `negative` (None when both are empty)."""
    if positive:
        match = " AND ".join(positive)
        return f"({match}) NOT ({' OR '.join(negative)})" if negative else match
    return f"{everything} NOT ({' OR '.join(negative)})" if negative else None


def plan_group(group: tuple[object, ...], prefixes: Prefixes = frozenset()) -> GroupPlan:
    """Translate one AND-group of terms.

    Short words (the first letters typed) are answered by the `prefixes` table (once it is
    complete: `prefixes` is not None), the others by `fts`. The group's match runs on `fts`
    when it has a longer positive word, and the short words become filters; otherwise on
    `prefixes`, the longer (negated) words filters.
    """
    plan = GroupPlan()
    words: dict[tuple[str, bool], list[str]] = {
        (table, negated): [] for table in ("fts", PREFIXES) for negated in (False, True)}
    positive: list[str] = []  # the positive words as `fts` matches ...
    longer: list[str] = []  # ... and those of them not answered by `prefixes`
    for term in group:
        if isinstance(term, FigureTerm):
            plan.filters.append(figure_filter(term, prefixes))
        elif isinstance(term, DateTerm):
            plan.filters.append(date_filter(term))
        elif isinstance(term, Term) and (
                found := word_expression(term.text, term.field, term.variants, term.whole)):
            short = None if term.whole or term.variants else \
                short_expression(term.text, term.field, prefixes)  # `3rd`: also "third"
            if short is None:
                words[("fts", term.negated)].append(found[0])
            else:  # a dense prefix is looked up as its absence: negated the other way
                words[(PREFIXES, term.negated != short[1])].append(short[0])
            if not term.negated:
                positive.append(found[0])
                longer += [] if short is not None else [found[0]]
                plan.shortest_prefix = min(plan.shortest_prefix, found[1])
    plan.has_words = bool(positive)
    # bm25 ranks by the positive words: with longer ones, by those (a short word being typed
    # would cost an expansion in `fts` of every word it starts, ~0.1 s for "the" at 100,000
    # articles; it adds little to tell the hits apart). The NOT part changes no score.
    plan.ranking_match = " AND ".join(longer or positive) or None
    if not plan.has_words:
        plan.shortest_prefix = 0  # nothing to rank by
    if words[("fts", False)] or not (words[(PREFIXES, False)] or words[(PREFIXES, True)]):
        main, other, everything = "fts", PREFIXES, MATCH_EVERYTHING
    else:
        main, other, everything = PREFIXES, "fts", MATCH_ALL_PREFIXES
    plan.table = main
    plan.match = _both(words[(main, False)], words[(main, True)], everything)
    if words[(other, False)]:
        plan.filters.append(text_filter(other, " AND ".join(words[(other, False)])))
    if words[(other, True)]:
        plan.filters.append(text_filter(other, " OR ".join(words[(other, True)]), True))
    return plan


def plan_query(query: Query, prefixes: Prefixes = frozenset()) -> list[GroupPlan]:
    """One plan per OR-group; [] for an empty query (`prefixes`: see `plan_group`)."""
    return [plan_group(group, prefixes) for group in query.groups if group]


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


def everything(table: str) -> str:
    """The FTS5 match of every article in `table`."""
    return MATCH_ALL_PREFIXES if table == PREFIXES else MATCH_EVERYTHING


def match_sql(plan: GroupPlan) -> str:
    """SELECT rowid for a group with a match: its match on its table, with its filters; the
    parameters are `match_params`."""
    assert plan.match is not None
    sql = rowids_matching(plan.table)
    for item in plan.filters:
        probe = item.probe_on(plan.table)
        sql += f" AND NOT {probe}" if item.negated else f" AND {probe}"
    return sql


def match_params(plan: GroupPlan) -> list[object]:
    """The parameters of `match_sql(plan)`."""
    return [plan.match, *(param for item in plan.filters for param in item.params)]


#: (rowid, bm25 score) of the articles of a JSON array of rowids that a match finds; lower
#: scores are better. The `+` keeps SQLite from looking each rowid up in FTS5 one by one.
RANKING_SQL = (f"SELECT rowid, bm25(fts, {', '.join(map(str, BM25_WEIGHTS))}) FROM fts "
               "WHERE fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))")


def index_values(
    title: str, summary: str, tags: Sequence[str], source: str, author: str, body: str
) -> tuple[str, str, str, str, str, str, str]:
    """The FTS column values of one article, in `FTS_COLUMNS` order (the summary's
    hard-wrapped Chinese lines joined, as the body's: `unwrap_lines`)."""
    return (index_text(title), index_text(unwrap_lines(summary)),
            f" {BREAK} ".join(map(index_text, tags)), index_text(source), index_text(author),
            paragraphs_text(body), EVERY_TOKEN)


def paragraphs_text(body: str) -> str:
    """`index_text` of a body with a `BREAK` token between paragraphs (as `split_blocks`
    cuts them: the index text keeps every blank line), so a phrase stays inside one. Lines
    that join to nothing (hard-wrapped Chinese: `unwrap_lines`) are joined first, so a
    phrase across them is found."""
    return _BLANK_LINES.sub(_BREAK_SPACED, index_text(unwrap_lines(body)))
