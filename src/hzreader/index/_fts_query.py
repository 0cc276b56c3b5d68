"""Translate a parsed `Query` into SQLite FTS5 match expressions and SQL conditions.

The index stores text folded like `search.fold` (case, accents, compatibility forms), with
each run of CJK characters written as overlapping bigrams ("杭州是" → "杭州 州是 是"), so any
CJK substring of the query becomes an exact phrase of bigrams. User text only ever reaches
FTS5 inside double-quoted strings: operators and punctuation are searched for, never parsed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from hzreader.index._tokens import needs_folding, tokenizer_folds_all
from hzreader.model import FIGURE_KINDS
from hzreader.query import FIELDS, DateTerm, FigureTerm, Query, Term, parse_date_filter
from hzreader.text import fold

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

# The same CJK ranges as `search._CJK` (any substring matches there, so bigrams here).
_CJK_CHARS = (
    "\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
)
_CJK_RUN = re.compile(f"[{_CJK_CHARS}]+")
# A point or comma between digits (the literal comes first, so the regex scans quickly).
_DECIMAL_POINT = re.compile(r"\.(?<=\d\.)(?=\d)")
_THOUSANDS_COMMA = re.compile(r",(?<=\d,)(?=\d)")


#: Runs up to this long are cached (short ones repeat: currency signs, accented names; long
#: ones, such as a paragraph of Chinese, rarely do and would only fill memory).
_CACHED_RUN = 32


def _fold_run_text(run: str) -> str:
    """Fold one run of non-ASCII characters (the tokenizer lowercases ASCII itself)."""
    folded = fold(run)
    return folded if folded.isascii() else _CJK_RUN.sub(_bigram_run, folded)


_fold_short_run = functools.lru_cache(maxsize=8192)(_fold_run_text)


def _fold_run(match: re.Match[str]) -> str:
    """`_fold_run_text` of a regex match, cached for short runs."""
    run = match.group()
    return _fold_short_run(run) if len(run) <= _CACHED_RUN else _fold_run_text(run)


def _bigram_run(match: re.Match[str]) -> str:
    """A CJK run as one token per character: that character and the next ("ab" → "ab b")."""
    run = match.group()
    return " " + " ".join(run[i : i + 2] for i in range(len(run))) + " "


def _mark_numbers(text: str) -> str:
    """Separators inside numbers as letters, so "5.2" and "12,000" stay one token each."""
    if "." in text:
        text = _DECIMAL_POINT.sub("p", text)
    if "," in text:
        text = _THOUSANDS_COMMA.sub("c", text)
    return text


def index_text(text: str) -> str:
    """The form of `text` written into the FTS index: folded, "5.2" kept whole, CJK bigrams.

    Characters the tokenizer folds alike by itself (é, ’, €) are left to it (`fts_tokens`).
    """
    if not text.isascii() and not tokenizer_folds_all(text):
        text = needs_folding().sub(_fold_run, text)
    return _mark_numbers(text)


def fts_string(text: str) -> str:
    """`text` as an FTS5 string literal: double-quoted, inner quotes doubled."""
    return '"' + text.replace('"', '""') + '"'


def _query_tokens(text: str) -> tuple[str, int]:
    """Query text rewritten like `index_text`, and the length of its last token."""
    parts: list[str] = []
    last = 0
    position = 0
    for match in _CJK_RUN.finditer(text):
        parts.append(text[position : match.start()])
        run = match.group()
        is_last = not any(ch.isalnum() for ch in text[match.end() :])
        count = max(len(run) - 1, 1) if is_last else len(run)
        parts.append(" " + " ".join(run[i : i + 2] for i in range(count)) + " ")
        position = match.end()
    tail = text[position:]
    parts.append(tail)
    words = re.findall(r"\w+", tail)
    if words:
        last = len(words[-1])
    elif position:
        last = 99  # ends with CJK: bigrams are exact, never a short prefix
    return "".join(parts), last


def word_expression(text: str, field: str | None = None) -> tuple[str, int] | None:
    """FTS5 prefix phrase for a word (None if only punctuation), and its last token's length."""
    # NUL would end the expression early inside SQLite; it separates tokens anyway.
    folded = _mark_numbers(fold(text.replace("\x00", " ")))
    if not any(ch.isalnum() for ch in folded):
        return None
    rewritten, last = _query_tokens(folded)
    expression = fts_string(" ".join(rewritten.split())) + "*"
    columns = FIELDS.get(field, ()) if field else ()
    if columns:
        expression = "{" + " ".join(columns) + "} : " + expression
    return expression, last


def _as_date_term(term: object) -> DateTerm | None:
    """A date filter that `parse_query` read as a word or as a `date` figure term."""
    if isinstance(term, Term) and term.field is None and not term.phrase:
        text = term.text
    elif (isinstance(term, FigureTerm) and term.kind == "date" and term.op is not None
          and term.value is not None and term.value.is_integer() and not term.literal):
        text = f"date{':' if term.op == '=' else term.op}{int(term.value)}"
    else:
        return None
    span = parse_date_filter(text)
    if span is None:
        return None
    return DateTerm(span[0], span[1], term.negated, text)


def lift_date_terms(query: Query) -> Query:
    """Replace date filters that `parse_query` left as words (or `date` figures) by DateTerms."""
    groups = tuple(
        tuple(_as_date_term(term) or term for term in group) for group in query.groups
    )
    return query if groups == query.groups else replace(query, groups=groups)  # type: ignore[arg-type]


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
        plan.match = " AND ".join(positive)
        if negative:
            plan.match = f"({plan.match}) NOT ({' OR '.join(negative)})"
    elif negative:
        plan.match = f"{MATCH_EVERYTHING} NOT ({' OR '.join(negative)})"
        plan.shortest_prefix = 0  # nothing to rank by
    return plan


def plan_query(query: Query) -> list[GroupPlan]:
    """One plan per OR-group (date filters lifted first); [] for an empty query."""
    return [plan_group(group) for group in lift_date_terms(query).groups if group]


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
    return (index_text(title), index_text(summary), index_text("\n".join(tags)),
            index_text(source), index_text(author), index_text(body), EVERY_TOKEN)
