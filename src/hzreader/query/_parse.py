"""Parse what the user typed into a `Query`: groups of terms, each with one meaning.

Never raises: whatever is not a filter is searched for literally, as its tokens (see
`_tokens`). A malformed filter (`date>2015.0`, `dates:2015`, `money>lots`) is words too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from hzreader.query._after_filter import (
    count_noun_in_other_number,
    filter_scale,
    filter_unit,
    value_words,
)
from hzreader.query._dates import DateTerm, parse_date_filter
from hzreader.query._figures import (
    CJK_FILTER_SYNTAX,
    FILTER_SYNTAX,
    filter_kind,
    parse_figure_filter,
)
from hzreader.query._query import AnyTerm, Query, StatusTerm
from hzreader.query._terms import FigureTerm, within_bounds
from hzreader.query._time import local_bound
from hzreader.query._typed import MEASURED_KINDS, parse_typed_number, typed_range
from hzreader.query._word_term import Term, whole_quoted, whole_short
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
#: The searchable fields of an article, in the index's column order.
ALL_FIELDS = ("title", "summary", "tags", "source", "author", "body")

TOKEN_SYNTAX = re.compile(r'(-?)(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S+))')
#: Syntax typed in full width (a Chinese input method: `money＞1e9`, `title：杭州`, `－杭州`),
#: as typographic quotes (smart quotes: `“tech hub”`) or as `≥`, `≤`: the ASCII it stands
#: for (the words fold so anyway: `text.fold` is NFKD, and quotes are no tokens).
#: Every full-width ASCII character (U+FF01–FF5E) counts, so that `ｍｏｎｅｙ＞１ｅ９`, typed
#: with the input method's full-width mode on, is the filter (review16), and so does the
#: ideographic space between words.
_ASCII_SYNTAX = str.maketrans({**{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},
                               "“": '"', "”": '"', "„": '"', "≥": ">=", "≤": "<=",
                               "\u3000": " "})


def query_syntax(raw: str) -> str:
    """The search bar's text with its syntax in ASCII (`money＞1e9` → `money>1e9`,
    `“a b”` → `"a b"`), as `parse_query` and `filter_notes` read it."""
    return raw.translate(_ASCII_SYNTAX)

#: A filter's name with nothing after it (`title:`, `kind:`, `money>`), while it is being
#: typed.
_EMPTY_FILTER = re.compile(r"([A-Za-z]+)(>=|<=|[:=<>])")


def empty_filter(word: str) -> str | None:
    """The filter that `word` names with nothing after it (`title:` → "title", `Kind:`,
    `date:`, `money:`, `money>`, `year<=`), or None: such a term is left out, and a note
    says what it needs (`filter_notes`), rather than searched as the word "title" (or
    "money>", which found nothing and made a half-typed `fraud money>` find nothing)."""
    found = _EMPTY_FILTER.fullmatch(word)
    if found is None:
        return None
    name, op = found.group(1).lower(), found.group(2)
    if op == ":" and (name in FIELDS or name in ("kind", "is")):
        return name
    return name if name == "date" or filter_kind(name) is not None else None


#: `is:` filters on what the reader did, and the status flag each one asks for.
STATUS_FILTERS = {"unread": ("read", False), "read": ("read", True),
                  "starred": ("starred", True), "unstarred": ("starred", False)}


#: A negative number (`--3` leaves out the figure -3, as before).
_MINUS_NUMBER = re.compile(r"-[$£€¥]?\d")


def parse_query(raw: str) -> Query:
    """Parse the search bar's text. Never raises: odd input is searched for literally.
    Not cached: a date filter's bounds are local days, read when parsed (the time zone, today)."""
    groups: list[tuple[AnyTerm, ...]] = []
    current: list[AnyTerm] = []
    typed = query_syntax(raw)
    matches = list(TOKEN_SYNTAX.finditer(typed))
    skip = 0
    for at, match in enumerate(matches):
        if skip:
            skip -= 1
            continue
        minus, field, quoted, word = match.groups()
        negated = bool(minus)
        if minus and field is None and quoted is None and word and word.startswith("-") and \
                word.strip("-") and not _MINUS_NUMBER.match(word):
            word = word.lstrip("-")  # `--c++` leaves out c++, as `-c++` (a note says so)
        if word == "OR" and not minus and not field:
            if current:
                groups.append(tuple(current))
            current = []
            continue
        if field is not None and field.lower() == "is" and (word or "").lower() in STATUS_FILTERS:
            flag, wanted = STATUS_FILTERS[(word or "").lower()]
            current.append(StatusTerm(flag, wanted, negated))
            continue
        if field is None and quoted is None and word and empty_filter(word):
            continue  # `title:` alone: left out, with a note (`filter_notes`)
        if quoted is None:
            token = f"{field}:{word}" if field is not None else word or ""
            span = parse_date_filter(token)
            if span is not None:
                current.append(DateTerm(span[0], span[1], negated, token,
                                            local_bound(span[0]), local_bound(span[1])))
                continue
            if (joined := value_words(token, plain_words(matches[at + 1 :]), negated)):
                current.append(joined[0])  # `quantity>100 sq ft`, `quantity:500 g..2 kg`
                skip = joined[1]
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
        from hzreader.query._tokens import term_tokens  # the tokenizer loads on first use

        if not term_tokens(text):
            continue  # only punctuation: nothing a word could match
        current.append(
            Term(text=text, field=field.lower() if field else None, negated=negated,
                 phrase=quoted is not None,
                 figure=typed_range(word) if word and field is None and quoted is None and
                 not negated else None,
                 whole=whole_short(text, match.end() < len(typed)) if quoted is None else
                 whole_quoted(text, closed=match.group(0).endswith('"')))  # `"us"`, not `"us`
        )
    if current:
        groups.append(tuple(current))
    return Query(raw=raw, groups=tuple(
        within_bounds(tuple(map(_without_comma, count_noun_in_other_number(list(group)))))
        for group in groups))


def plain_words(matches: list[re.Match[str]]) -> list[str]:
    """The words at the start of `matches` typed as they are (no field, quotes, minus nor
    OR): what may go on a filter's value (`value_words`)."""
    words: list[str] = []
    for match in matches:
        minus, field, quoted, word = match.groups()
        if minus or field is not None or quoted is not None or not word or word == "OR" or \
                FILTER_SYNTAX.match(word) or CJK_FILTER_SYNTAX.match(word):
            break  # `money>1e9 percent>5`: two filters
        words.append(word)
    return words


def _without_comma(term: AnyTerm) -> AnyTerm:
    """A typed figure as it stands, without the comma kept to join it to the next one
    ("2 hours," when nothing joined)."""
    if isinstance(term, FigureTerm) and term.literal.endswith(","):
        return replace(term, literal=term.literal.rstrip(","))
    return term


def _typed_number(current: list[AnyTerm], word: str, negated: bool) -> FigureTerm | None:
    """Add a typed number to `current`, joining "3" + "billion" and "4.6" + "percent" into
    one figure; None if `word` is no number (nor the scale or unit of the one before)."""
    previous = current[-1] if current else None
    if (measured := filter_unit(current, 0, word, negated)) is not None or \
            (measured := filter_scale(current, word, negated)) is not None:
        return measured  # `duration>2 hours`, `quantity>100 m`; `money>3 billion`
    for size in (1, 2):  # `money>1e9 hong kong dollars`: the words before `word` too
        if (measured := filter_unit(current, size, word, negated)) is not None:
            return measured
    if (ratio := _typed_ratio(current, word, negated)) is not None:
        return ratio
    if isinstance(previous, FigureTerm) and previous.literal and previous.negated == negated:
        joined = parse_typed_number(f"{previous.literal} {word}", negated)
        if joined is None and word.endswith(",") and (
                joined := parse_typed_number(f"{previous.literal} {word.rstrip(',')}",
                                             negated)) is not None:
            # "2 hours, 7 minutes": the comma is kept for the join with what follows, as
            # the text's reader joins "2 hours, 7 minutes and 12 seconds" (`_joined_parts`)
            joined = replace(joined, literal=joined.literal + ",")
        if joined is not None and (joined.value, joined.kind) != (previous.value, previous.kind):
            current[-1] = joined
            return _joined_parts(current, negated)
    number = parse_typed_number(word, negated)
    if number is not None:
        current.append(number)
        return _joined_parts(current, negated)
    return number


def _joined_parts(current: list[AnyTerm], negated: bool) -> FigureTerm:
    """The figure term last in `current`, joined to the one typed before it (and an "and"
    between) when the figure rules read the two as one figure of their kind, as in a text:
    "7 years 6 months" and "7 years and 6 months" are one duration of 90 months, "2 hours
    7 minutes 12 seconds" one of 7,632 seconds, not two (or three) durations."""
    last = current[-1]
    assert isinstance(last, FigureTerm)
    if last.kind not in MEASURED_KINDS or not last.literal:
        return last
    for between in ((), ("and",)):
        size = len(between) + 2
        if len(current) < size:
            continue
        first, *words = current[-size:-1]
        if not isinstance(first, FigureTerm) or first.kind != last.kind or \
                not first.literal or first.negated != negated or not all(
                isinstance(term, Term) and term.text == typed and term.field is None and
                not term.phrase and term.negated == negated
                for term, typed in zip(words, between, strict=True)):
            continue
        comma = "," if last.literal.endswith(",") else ""  # kept for the next join
        joined = parse_typed_number(
            " ".join((first.literal, *between, last.literal.removesuffix(comma))), negated)
        if joined is not None and joined.kind == last.kind:
            joined = replace(joined, literal=joined.literal + comma)
            current[-size:] = [joined]
            return joined
    return last


#: The words between the two numbers of a ratio typed ("1 in 50", "8.7 out of 10").
_RATIO_WORDS = (("in",), ("per",), ("out", "of"))


def _typed_ratio(current: list[AnyTerm], word: str, negated: bool) -> FigureTerm | None:
    """Join a typed number, the words of a ratio and `word` into one figure term when the
    figure rules read them as one ("1 in 50" is 0.02, as the figure "one in 50" is): replace
    them in `current`; None when they are no ratio."""
    for words in _RATIO_WORDS:
        size = len(words) + 1
        if len(current) < size:
            continue
        number, *between = current[-size:]
        if not isinstance(number, FigureTerm) or not number.literal or \
                number.negated != negated or not all(
                isinstance(term, Term) and term.text == typed and term.field is None and
                not term.phrase and term.negated == negated
                for term, typed in zip(between, words, strict=True)):
            continue
        ratio = parse_typed_number(" ".join((number.literal, *words, word)), negated)
        if ratio is not None and ratio.kind == "number":
            current[-size:] = [ratio]
            return ratio
    return None
