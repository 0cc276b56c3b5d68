"""The words typed after a figure filter that belong to it (`parse_query` asks, word by word).

- a unit: `duration>2 hours`, `quantity>100 m` (metres: in a quantity, `m` is a unit),
  `money>1e9 hong kong dollars`, `percent<1 percentage points`;
- a scale: `money>3 billion` is `money>3e9`, `money>100 m` 1e8, `count>2 million people`
  2,000,000 people (search14: the scale was searched as a word);
- a counted noun of several words: `count>40 parliamentary seats` is a count of seats above
  40 and the word "parliamentary" (search14), as a typed `12,000 projects` finds "12,000 new
  projects" by the last word of its noun. The figure rules decide what the noun is; its
  other number (`count>40 seat`) is tried for a noun of one word only, once the query is
  read (`count_noun_in_other_number`), so that `count>40 parliamentary` does not become a
  count of "parliamentaries" before "seats" is typed;
- a value of several words, read with the filter as one text (`value_words`): a unit of
  several words (`quantity>100 sq ft`, `quantity>60 miles per hour`, `speed>100 km/h`,
  `money>5 USD per gallon`) or a range whose ends carry units (`quantity:500 g..2 kg`,
  `duration:2 hours..3 hours`): the longest run of words that the filter's parser reads so,
  but not words it passes over (`duration>2 long hours` is 2 hours and the word "long").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeGuard, TypeVar

from hzreader.query._conversions import dimension_named
from hzreader.query._figures import (
    CJK_FILTER_SYNTAX,
    FILTER_SYNTAX,
    FILTER_UNIT_KINDS,
    filter_kind,
    filter_number_text,
    measured_filter,
    parse_figure_filter,
    quantity_unit,
)
from hzreader.query._terms import FigureTerm, same_value, within
from hzreader.query._word_term import Term

T = TypeVar("T")

#: Kinds whose filters take a unit of several words (`money>1e9 hong kong dollars`,
#: `percent<1 percentage points`, `count>40 parliamentary seats`).
_UNITS_OF_WORDS = ("money", "percent", "count")
#: Kinds whose filter's value may be followed by a scale (`money>3 billion`).
_SCALED_KINDS = ("money", "count", "number", "quantity")
#: Short words typed after a count filter that are no noun (`count>40 in parliament`).
_NOT_NOUNS = frozenset("a an the in on at of to by for from with and or than over under "
                       "more less about".split())


#: The most words after a filter that its value may take (`money>1e4 HKD per sq ft`).
_VALUE_WORDS = 4


def value_words(token: str, following: list[str], negated: bool
                ) -> tuple[FigureTerm, int] | None:
    """The filter `token` with the most of the plain words `following` it that it reads as
    one value with, and how many it took: a unit of several words (`quantity>100 sq ft`),
    or of a filter named by its dimension (`speed>100 km/h`), a range with units
    (`quantity:500 g..2 kg`); None when it takes none. A count takes words so in a range
    only: its noun's other words stay words to find (`filter_unit`)."""
    found = FILTER_SYNTAX.match(token) or CJK_FILTER_SYNTAX.match(token)
    if found is None or not following:
        return None
    kind = filter_kind(found.group(1))
    if kind not in FILTER_UNIT_KINDS and dimension_named(found.group(1)) is None:
        return None
    ranged = found.group(2) in (":", "=")
    for size in range(min(_VALUE_WORDS, len(following)), 0, -1):
        joined = " ".join((token, *following[:size]))
        in_range = ranged and ".." in joined
        if kind == "count" and not in_range:
            continue
        term = _read(joined, kind, in_range, negated)
        if term is None or not term.measures:
            continue
        if size > 1 and not in_range and (last := _read(
                f"{token} {following[size - 1]}", kind, in_range, negated)) is not None and \
                last.measures == term.measures and (
                kind != "quantity" or quantity_unit(" ".join(following[:size])) is None):
            continue  # "2 long hours" is 2 hours to the figure rules: "long" stays a word
        return term, size
    return None


def _read(joined: str, kind: str | None, in_range: bool, negated: bool) -> FigureTerm | None:
    """The filter `joined` (a filter and words after it), read as the parser reads it; a
    kind's filter with a unit only (not "1e9 fraud" read as a number: no figure rules
    loaded for that)."""
    if in_range or kind is None:  # a range, or a dimension's filter (`speed>100 km/h`)
        return parse_figure_filter(joined, negated)
    found = FILTER_SYNTAX.match(joined)
    return None if found is None else measured_filter(kind, found.group(2), found.group(3),
                                                      negated)


def _is_plain(term: object) -> TypeGuard[Term]:
    """True for a word typed as it is: no field, no quotes, not negated."""
    return isinstance(term, Term) and not term.phrase and term.field is None and \
        not term.negated


def _open_filter(term: object) -> FigureTerm | None:
    """`term` when it is a filter that may still take a unit: a comparison of a kind with
    units, typed with no unit yet."""
    if not isinstance(term, FigureTerm) or term.kind not in FILTER_UNIT_KINDS or \
            term.literal or term.measures or term.op is None or term.value is None:
        return None
    return term


def in_unit(previous: FigureTerm, unit: str, other_number: bool = True) -> FigureTerm | None:
    """The filter `previous` with `unit` typed after it (both bounds of `count:10..100`), or
    None when the figure rules read no such unit."""
    assert previous.kind is not None and previous.op is not None and previous.value is not None
    measured = measured_filter(previous.kind, previous.op,
                               f"{filter_number_text(previous.value)} {unit}",
                               previous.negated, other_number)
    if measured is None or previous.upper is None:
        return measured
    high = measured_filter(previous.kind, previous.upper[0],
                           f"{filter_number_text(previous.upper[1])} {unit}",
                           previous.negated, other_number)
    return within(measured, high) if high is not None else None


def filter_unit(current: list[T], size: int, word: str, negated: bool) -> FigureTerm | None:
    """Join a filter and the unit typed after it, `word` and the `size` plain words before
    it: replace them in `current` (a counted noun's words before its last stay words to
    find) and return the filter in that unit; None when they are no such unit."""
    if len(current) <= size or negated:
        return None
    first, *between = current[-1 - size:]
    previous = _open_filter(first)
    if previous is None or (size and previous.kind not in _UNITS_OF_WORDS) or \
            not all(map(_is_plain, between)):
        return None
    unit = " ".join((*(term.text for term in between if _is_plain(term)), word))
    measured = in_unit(previous, unit, other_number=False)
    if measured is None:
        return None
    kept = between if previous.kind == "count" else []
    current[-1 - size:] = [measured, *kept]  # type: ignore[list-item]
    return measured


def filter_scale(current: list[T], word: str, negated: bool) -> FigureTerm | None:
    """`money>3 billion`, `money>100 m`, `count>2 million`: the filter's value (both bounds)
    times the scale `word`, in `current`; None when `word` is no scale after such a filter."""
    previous = current[-1] if current else None
    if negated or not isinstance(previous, FigureTerm) or \
            previous.kind not in _SCALED_KINDS or previous.literal or previous.measures or \
            previous.op is None or not previous.value or not word.isalpha():
        return None
    from hzreader.figures import parse_number

    scaled = parse_number(f"{filter_number_text(previous.value)} {word}")
    if scaled is None or same_value(scaled, previous.value):
        return None
    factor = scaled / previous.value
    upper = None if previous.upper is None else \
        (previous.upper[0], float(f"{previous.upper[1] * factor:.12g}"))
    current[-1] = replace(previous, value=float(f"{scaled:.12g}"), upper=upper)
    return current[-1]  # type: ignore[return-value]


def count_noun_in_other_number(group: list[T]) -> list[T]:
    """`group` with each count filter still followed by one plain word read with it in the
    word's other number, when the figure rules read that as a count (`count>40 seat` is
    `count>40 seats`: query13); the words typed after it as they were otherwise."""
    out = list(group)
    for at in range(len(out) - 2, -1, -1):
        previous, word = _open_filter(out[at]), out[at + 1]
        if previous is None or previous.kind != "count" or not _is_plain(word) or \
                word.text in _NOT_NOUNS:
            continue
        measured = in_unit(previous, word.text)
        if measured is not None:
            out[at : at + 2] = [measured]  # type: ignore[list-item]
    return out
