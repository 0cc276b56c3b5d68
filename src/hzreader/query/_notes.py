"""What to tell the user about a filter that was not understood (`kind:foo`, `money>abc`).

`parse_query` never raises: a malformed filter is searched for as words. These notes say
why such a query finds little, and what the filter accepts, as `hzreader figures` does.
"""

from __future__ import annotations

import re

from hzreader.model import FIGURE_KINDS
from hzreader.query._after_filter import value_words
from hzreader.query._conversions import dimension_named
from hzreader.query._dates import parse_date_filter
from hzreader.query._dimension_notes import (
    UNIT_ADVICE,
    measured_after,
    other_dimension_note,
    own_unit_note,
    range_note,
)
from hzreader.query._figures import (
    FILTER_SYNTAX,
    filter_kind,
    filter_number_text,
    is_time_unit,
    kind_name,
    measured_filter,
    parse_figure_filter,
)
from hzreader.query._parse import (
    FIELDS,
    STATUS_FILTERS,
    TOKEN_SYNTAX,
    empty_filter,
    parse_query,
    plain_words,
    query_syntax,
)
from hzreader.query._spelling import closest
from hzreader.query._terms import FigureTerm, is_empty_range
from hzreader.query._unit_names import join_or
from hzreader.query._zh_count_nouns import classifier_note

_DATE_FORMS = "date:2025, date:2025-06-30, date:2024..2025-06, date>=2024"


def filter_notes(raw: str) -> tuple[str, ...]:
    """One line for each filter in `raw` that was taken as words, saying what is valid."""
    raw = query_syntax(raw)  # `money＞abc` as `money>abc`
    notes: dict[str, None] = {}
    matches = list(TOKEN_SYNTAX.finditer(raw))
    skip = 0
    for at, match in enumerate(matches):
        if skip:  # the words of a filter's value (`quantity:500 g..2 kg`)
            skip -= 1
            continue
        minus, field, quoted, word = match.groups()
        if match.group() in ("or", "Or") and 0 < at < len(matches) - 1:
            notes.setdefault(f"'{word}' is searched as a word: for either side write OR "
                             "(a OR b)")
        left_out = _habit(match.group(), bool(minus) and field is None and quoted is None) \
            or _currency_sign(matches[at - 1].group() if at else "", match.group()) \
            or _left_out(match.group().removeprefix("-"))
        if left_out.strip():
            notes.setdefault(left_out)
        if quoted is not None:
            continue
        token = f"{field}:{word}" if field is not None else word or ""
        if field is None and empty_filter(token):
            continue  # told by `_habit`
        if quoted is None and (value := value_words(
                token, words := plain_words(matches[at + 1 :]), bool(minus))) is not None:
            skip = value[1]  # read as one filter, as `parse_query` reads it
            continue
        note = next(filter(None, (range_note(joined) or other_dimension_note(joined)
                                  for size in range(len(words), 0, -1)
                                  if (joined := " ".join((token, *words[:size]))))), "") \
            or _note(field, word or "", token, words[0] if words else "")
        if note:
            notes.setdefault(note)
    for note in _unit_notes(raw):
        notes.setdefault(note)
    for note in _currency_notes(raw):
        notes.setdefault(note)
    for term in parse_query(raw).figure_terms if "count" in raw.lower() else ():
        if term.kind == "count" and len(term.measures) == 1 and term.value is not None and \
                (note := classifier_note(_filter_text(term), term.measures[0].unit)):
            notes.setdefault(note)
    for term in parse_query(raw).figure_terms if ">" in raw and "<" in raw else ():
        if term.upper is not None and term.value is not None and is_empty_range(term):
            low, high = filter_number_text(term.value), filter_number_text(term.upper[1])
            notes.setdefault(f"{term.kind}{term.op}{low} {term.kind}{term.upper[0]}{high}: "
                             f"no value is both (for between, {term.kind}:{high}..{low})")
    return tuple(notes)


#: A money filter and the word after it, which may have been meant as its currency code.
_MONEY_THEN_CODE = re.compile(r"(?<!\S)(-?money\s*(?:>=|<=|[:=<>])\s*\S+)\s+([A-Za-z]{3})(?!\S)",
                              re.IGNORECASE)


def _currency_notes(raw: str) -> list[str]:
    """A note for `money>1e9 XYZ`: three capitals after a money filter that are no currency
    code hzreader knows are searched as a word, which seldom finds anything."""
    if "money" not in raw.lower():
        return []
    from hzreader.figures import named_currency

    notes = [f"{word} is searched as a word: it is not a currency code hzreader knows "
             f"(e.g. {filter_text} USD, EUR, CNY, HKD, JPY, GBP)"
             for filter_text, word in _MONEY_THEN_CODE.findall(raw)
             if word.isupper() and named_currency(word) is None and word not in ("AND", "NOT")]
    notes += [f"{word} is searched as a word: many currencies write it (for the yuan: "
              f"{filter_text} CNY or 人民币)"
              for filter_text, word in _MONEY_THEN_SHARED.findall(raw)]
    return notes


#: A money filter and a word many currencies write after it (元, 块): no one currency.
_MONEY_THEN_SHARED = re.compile(r"(?<!\S)(-?money\s*(?:>=|<=|[:=<>])\s*\S+)\s+([元块圆])(?!\S)",
                                re.IGNORECASE)


#: A unit to suggest for a filter of a kind whose figures have units of their own.
_UNIT_EXAMPLES = {"duration": "h", "quantity": "km"}


def _unit_notes(raw: str) -> list[str]:
    """Notes for `duration>100` or `quantity<5` typed without a unit: each figure is
    compared in its own unit (7 years as 7), which is seldom what is meant."""
    if not any(name in raw.lower() for name in _UNIT_EXAMPLES):
        return []
    notes = []
    for term in parse_query(raw).figure_terms:
        example = _UNIT_EXAMPLES.get(term.kind or "")
        if term.kind == "quantity" and term.value is not None and term.value <= 0:
            example = "°C"  # `quantity<0`: below freezing, not a negative length
        if example and term.op in (">", ">=", "<", "<=") and not term.measures and \
                term.value is not None:
            typed = f"{term.kind}{term.op}{filter_number_text(term.value)}"
            notes.append(f"{typed}: each figure is compared in its own unit ("
                         + ("7 years as 7, 90 minutes as 90" if term.kind == "duration"
                            else "5 km as 5, 5 kg as 5")
                         + f"); {UNIT_ADVICE}{typed}{example}")
    return notes


#: What is still being typed, or syntax: nothing to tell about.
_SYNTAX = frozenset({"", '"', '""', "OR"})


#: A money filter (a currency sign may follow it as a word of its own: `money>100 €`).
_MONEY_FILTER = re.compile(r"-?money\s*(?:>=|<=|[:=<>])\s*\S+", re.IGNORECASE)
#: Signs written by several currencies: after a money filter they name none of them.
_SHARED_SIGNS = {"$": "USD", "¥": "CNY or JPY", "￥": "CNY or JPY"}


def _currency_sign(before: str, term: str) -> str:
    """For a currency's sign typed apart after a money filter: "" when it is the filter's
    currency (`money>100 €` compares euros), the note for a sign of several currencies
    (`money>100 ¥`: every currency compares), "" for any other word."""
    if _MONEY_FILTER.fullmatch(before) is None or any(c.isalnum() for c in term) or \
            term in _SYNTAX:
        return ""
    if term in _SHARED_SIGNS:
        return f"'{term}' names no one currency: every currency compares (for one: " \
               f"{before} {_SHARED_SIGNS[term]})"
    group = parse_query(f"{before} {term}").groups
    named = len(group) == 1 and len(group[0]) == 1 and isinstance(group[0][0], FigureTerm) \
        and bool(group[0][0].measures)
    return " " if named else ""  # " ": told, nothing to say


def _filter_text(term: FigureTerm) -> str:
    """A comparison filter as typed without its unit (`count>100`, `count:100..300`)."""
    assert term.value is not None
    low = filter_number_text(term.value)
    upper = term.upper or (term.measures[0].upper if term.measures else None)
    if upper is None:
        return f"{term.kind}{term.op}{low}"
    return f"{term.kind}:{low}..{filter_number_text(upper[1])}"


def _left_out(term: str) -> str:
    """The note for a term the parser leaves out (`£`, `"%"`: no letter, digit or symbol
    written against one), or ""."""
    if term in _SYNTAX or parse_query(term).groups:
        return ""
    return f"'{term}' is ignored: a symbol alone is not searched (write it with a word or " \
           "number: £5, c++)"


_NEGATIVE_NUMBER = re.compile(r"-[$£€¥]?\d")
_STAR_PREFIX = re.compile(r"([^\W\d_]{2,})\*")
_FILTER_NAMES = {**{name: f"a word after it (e.g. {name}:bitcoin)" for name in FIELDS},
                 "kind": "a kind after it (e.g. kind:money; the kinds: "
                         + ", ".join(FIGURE_KINDS) + ")",
                 "is": "unread, read, starred or unstarred after it (e.g. is:unread)",
                 "date": f"a date after it (e.g. {_DATE_FORMS})"}


def _habit(term: str, negated: bool) -> str:
    """The note for syntax of other search tools that means something else here (`NOT x`,
    `bit*`, `title:` with nothing after, `-3C` meant as the figure), or ""."""
    if term == "NOT":
        return "NOT is searched as a word: to leave a word out write -word"
    if term == "AND":
        return "AND is searched as a word: terms are all required already (leave AND out)"
    if negated and term.startswith("--") and term.strip("-") and \
            not _NEGATIVE_NUMBER.match(term[1:]):
        return f"{term} is read as -{term.lstrip('-')}: one minus leaves a word out"
    if negated and _NEGATIVE_NUMBER.match(term):
        return f"{term} leaves out {term[1:]}: to find the figure {term}, quote it: \"{term}\""
    if (star := _STAR_PREFIX.fullmatch(term)) is not None:
        return f"{term} searches for a * after {star.group(1)}: {star.group(1)} alone " \
               "finds the words it starts"
    if (name := empty_filter(term.removeprefix("-"))) is not None:
        needs = _FILTER_NAMES.get(name) if term.endswith(":") or name == "date" else None
        return f"{term} is ignored: it needs " + (
            needs or f"a number after it (e.g. {_examples(name)})")
    return ""


#: Examples of each kind's filter, as a reader of that kind would write them (`{n}` is the
#: name typed: `pct`, `percentage`); durations and quantities say theirs with a unit.
_KIND_EXAMPLES = {
    "money": "{n}>1e9, {n}<=5e6 USD, {n}:1e9..5e9",
    "percent": "{n}>5, {n}<=2.5, {n}:5..8",
    "count": "{n}>1000, {n}>1000 projects, {n}:10..100",
    "year": "{n}:2015, {n}:2020..2024, {n}>=2000",
    "time": "{n}>=18, {n}<9.5, {n}:9..17",
    "ordinal": "{n}<=3, {n}:1",
    "number": "{n}>1000, {n}<0.5, {n}:1..10",
    "duration": "{n}>=2h, {n}<1.5h, {n}:30min",
    "quantity": "{n}>=2km, {n}<1.5km, {n}:30km",
}


def _examples(name: str) -> str:
    """Examples of a filter of the kind `name` names, written with `name`."""
    return _KIND_EXAMPLES.get(kind_name(name) or "", _KIND_EXAMPLES["number"]).format(n=name)


#: Names a reader may give a filter of money or of a percentage (`price>100`, `rate>5`),
#: and of an age (a duration in years: "aged 64").
_MONEY_NAMES = frozenset(
    "price prices cost costs value amount amounts revenue revenues sales budget budgets "
    "profit profits salary salaries wage wages pay funding fund debt fine fines valuation "
    "spending income investment worth".split())
_PERCENT_NAMES = frozenset(
    "rate rates growth share inflation unemployment yield margin turnout".split())
_AGE_NAMES = frozenset(("age", "ages", "aged"))
#: Names for a toll, which the figures count as people: `toll>10` is `count>10 people`.
_TOLL_NAMES = frozenset(("toll", "tolls", "deaths", "dead", "killed", "casualties",
                         "fatalities", "victims", "injured", "injuries"))
#: A value that reads as a year or years (`years>2015`, `years:2020..2024`): the year filter.
_YEAR_VALUE = re.compile(r"=?[12]\d{3}(?:\.\.(?:[12]\d{3})?)?")
#: What an unknown filter compares with: a number (`seats>400`, `votes>=1e3`, `price>三百`).
_NUMBERISH = re.compile("[-+]?[$£€¥]?[.]?[0-9]|[〇零一二三四五六七八九十百千万亿两兩萬億]")


def _not_a_filter(name: str, op: str, rest: str, after: str = "") -> str:
    """The note for a comparison on a name that is no filter (`seats>400`, `price>100`,
    `mo>3`, `%>5`): it is searched as words, which finds nothing; the filter that says it,
    where one does (`count>400 seats`, `money>100`, `duration>3 months`, `percent>5`; with
    a unit typed `after` it, the unit's: `rain>1000 mm` → `quantity>1000 mm`), or ""."""
    lower = name.lower()
    if lower in FIELDS or lower in ("kind", "is"):
        return ""
    told = f"'{name}' is not a filter (money, percent, count, …)"
    compared = op != ":" and _NUMBERISH.match(rest) is not None  # `seats>400`, `price>三百`
    if (lower == "年" or is_time_unit(lower) and lower.rstrip("s") in _YEAR_UNITS) and \
            _YEAR_VALUE.fullmatch(rest):
        named = _COLON_TOLD.format(name=name) if op == ":" else told  # `years:2015`
        return f"{named}; did you mean year{op}{rest}?"  # `years>2015`, `y>=2000`
    what = meant = ""
    priced = _with_unit(f"money{op}{rest}", after) if compared else ""
    if compared and (lower in _MONEY_NAMES or priced and lower in _TOLL_NAMES):
        # `price>5 USD/gal`: its unit too; `toll>5 USD`: a road's toll
        what, meant = "an amount of money", priced or f"money{op}{rest}"
    elif compared and lower in _TOLL_NAMES:  # counted as people ("kills 27", "9 dead")
        what, meant = "a toll of people", f"count{op}{rest} people"
    elif compared and lower in _PERCENT_NAMES:
        what, meant = "a percentage", f"percent{op}{rest}"
    elif compared and lower in _AGE_NAMES:
        what, meant = "an age", f"duration{op}{rest} years"
    elif _NUMBERISH.match(rest) and (units := _unit_filters(name, op, rest)):
        # a unit says its filter, whatever the comparison (`years>5`, `hours:2`, `km:100`)
        whats, meants = zip(*units, strict=True)
        return f"{told}; for {join_or(list(whats))} write {join_or(list(meants))}"
    elif op == ":" and not is_time_unit(lower) and (colon := closest(lower, _COLON_NAMES)):
        return f"{_COLON_TOLD.format(name=name)}; did you mean {colon}:{rest}?"  # `tilte:fed`
    elif not compared or len(name) < 2 or not name.isascii():  # `杭州>5`: no unit, words
        return ""
    elif close := closest(lower, _COMPARED_NAMES):  # `monye>1e9`
        return f"{told}; did you mean {close}{op}{rest}?"
    elif measured := measured_after(op, rest, after):  # `rain>1000 mm`, not a count of rain
        return f"{told}; for {measured}"
    elif measured_filter("count", op, f"{rest} {name}") is not None:
        what, meant = f"a count of {name}", f"count{op}{rest} {name}"  # `seat>40`, `seats>400`
    else:
        return told
    return f"{told}; for {what} write {meant}" if _one_filter(meant) else told


#: What a note on a name before a colon that is no filter starts with (`tilte:fed`).
_COLON_TOLD = "'{name}' is not a filter (title, tag, source, author, body, summary, kind, is, …)"
#: The units of time that are years (`y`, `yr`, `year`; and 年): `y>2015` is the year filter.
_YEAR_UNITS = frozenset(("y", "yr", "year"))


def _unit_filters(name: str, op: str, rest: str) -> list[tuple[str, str]]:
    """(what, filter) for each reading of the unit `name` whose filter the parser reads as
    one filter (`_unit_names.unit_readings`), the first spelling of each reading that does."""
    from hzreader.query._unit_names import unit_readings

    found: dict[str, str] = {}
    for what, meant in unit_readings(name, op, rest):
        if what not in found and _one_filter(meant):
            found[what] = meant
    return list(found.items())


def _with_unit(meant: str, after: str) -> str:
    """`meant` with the word typed `after` it where that is its unit (`money>5 USD/gal`,
    `money>5 million`), "" where it is none: no one filter, or the same one (`%`)."""
    if not after or not _one_filter(with_unit := f"{meant} {after}"):
        return ""
    return with_unit if parse_query(with_unit).groups != parse_query(meant).groups else ""


def _one_filter(meant: str) -> bool:
    """True when `meant` is read as a single figure filter."""
    groups = parse_query(meant).groups
    return len(groups) == 1 and len(groups[0]) == 1 and isinstance(groups[0][0], FigureTerm) \
        and groups[0][0].op is not None


#: Names a misspelling is told as (`kind:quanity` → quantity): the kinds and their aliases;
#: the names a comparison takes (`monye>1e9` → money); the names before a colon
#: (`tilte:fed` → title).
_KIND_NAMES = (*FIGURE_KINDS, "percentage", "pct", "rank")
_COMPARED_NAMES = tuple(kind for kind in FIGURE_KINDS if kind != "date") + ("date",)
_COLON_NAMES = (*FIELDS, "kind", "is", *_COMPARED_NAMES)


#: A sign or Chinese typed as a filter's name (`%>5`, `$>1e9`, `£>5`, `小时>2`, `万>5`): no
#: filter, but a note says which.
_SIGN_SYNTAX = re.compile("^([%$£€¥]|[\u3400-\u9fff]+)(>=|<=|>|<|=|:)(.+)$")


def _note(field: str | None, word: str, token: str, after: str = "") -> str:
    """The note for one token (`after`: the word typed after it, which may be its unit), or
    "" when it is understood (or is no filter at all)."""
    if field is not None and field.lower() == "is":
        if word.lower() in STATUS_FILTERS:
            return ""
        known = ", ".join(f"is:{name}" for name in STATUS_FILTERS)
        meant = closest(word, tuple(STATUS_FILTERS))
        return f"unknown filter is:{word}: " + (
            f"did you mean is:{meant}? ({known})" if meant else known)
    if token[:4].lower() == "date" and token[4:5] in (":", ">", "<", "="):
        if parse_date_filter(token) is not None:
            return ""
        return f"{token}: not a date (e.g. {_DATE_FORMS})"
    found = FILTER_SYNTAX.match(token) or _SIGN_SYNTAX.match(token)
    if found is None:
        return ""
    name, op, rest = found.groups()
    if name.lower() == "kind" and op == ":":
        if kind_name(rest) is not None:
            return ""
        meant = closest(rest, _KIND_NAMES)
        return f"unknown kind {rest!r}: " + (
            f"did you mean kind:{meant}? ({', '.join(FIGURE_KINDS)})" if meant
            else ", ".join(FIGURE_KINDS))
    kind = filter_kind(name)
    if kind is None:  # `speed>100`, `speed>100 kg`: a dimension's filter, or no filter
        return own_unit_note(token) if dimension_named(name) else \
            _not_a_filter(name, op, rest, after)
    if kind == "date":
        return ""
    number = rest.lstrip("=") if op in (">", "<") else rest
    if not number:
        return f"{token}: a number is needed after {name}{op}{rest} (e.g. {_examples(name)})"
    if parse_figure_filter(token) is not None:  # the parser's own answer: one meaning
        return ""
    if ranged := range_note(token):  # `quantity:500g..2km`
        return ranged
    with_unit = " with a unit" if kind in _UNIT_EXAMPLES else ""
    return f"{token}: {number!r} is not a number{with_unit} (e.g. {_examples(name)})"
