"""Figure-aware search terms: `kind:money`, `money>1e9`, `year:2015`, and typed numbers.

A number typed in any common form ("12000", "12,000", "3bn", "3 billion") matches a key
figure of the same value, whatever way the article wrote it; with its unit ("4.6 percent",
"5.6%", "3 billion yuan") only a figure of that kind (percent or money, any currency), and
with a unit of time, a measure or a counted noun ("7 years", "140 km/h", "12,000
projects") only a figure of that kind *and unit* (`Measure`), never the words as typed
(`FigureTerm.searches_words`). `date` compares publication
dates (`_dates`), so date figures are selected by `kind:date` only.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from hzreader.model import FIGURE_KINDS
from hzreader.query._conversions import converted, table_unit
from hzreader.query._dimensions import dimension_filter
from hzreader.query._priced import priced, split_price
from hzreader.query._terms import (
    SECONDS_IN,
    FigureTerm,
    Measure,
    is_cjk_noun,
    is_empty_range,
    noun_forms,
    within,
)
from hzreader.query._typed import (
    MEASURED_KINDS,
    UNIT_KINDS,
    ZH_NUMERAL_START,
    _typed_in_numerals,
    parse_typed_number,
)
from hzreader.query._zh_count_nouns import zh_count_nouns

_KIND_ALIASES = {"percentage": "percent", "pct": "percent", "money": "money", "dates": "date",
                 "years": "year", "rank": "ordinal", "ranking": "ordinal"}
FILTER_SYNTAX = re.compile(r"^([a-z]+)(>=|<=|>|<|=|:)(.+)$", re.IGNORECASE)
#: A filter named in Chinese: a dimension's name (`面积>100平方米`, `时速>300公里`: `_dimensions`).
CJK_FILTER_SYNTAX = re.compile("^([\u3400-\u9fff]+)(>=|<=|>|<|=|:)(.+)$")
#: Kinds whose filters take a unit (`duration>2h`, `money>100 HKD`: a currency by its code;
#: `percent<1 points`: percentage points).
FILTER_UNIT_KINDS = (*MEASURED_KINDS, "money", "percent")


def kind_name(word: str) -> str | None:
    """The figure kind a word names (`percentage` → `percent`), or None."""
    word = word.lower()
    word = _KIND_ALIASES.get(word, word)
    return word if word in FIGURE_KINDS else None


def filter_kind(name: str) -> str | None:
    """The figure kind a filter's `name` compares (`money>…`, `pct>…`), or None: as
    `kind_name`, but a unit of time is never a filter's name (`years>5`, like `hours>2`,
    is a duration of that unit, and a note says so: `_notes`; `year>2015` is the year
    filter); `kind:years` still names the kind."""
    return None if is_time_unit(name) and name.lower() not in FIGURE_KINDS else kind_name(name)


def is_time_unit(word: str) -> bool:
    """True for a unit of time as a filter's value may write it (`years`, `hour`, `yrs`)."""
    word = word.lower()
    return word in SHORT_TIME_UNITS or word in _TIME_UNIT_NAMES or \
        word + "s" in _TIME_UNIT_NAMES


def parse_figure_filter(token: str, negated: bool = False) -> FigureTerm | None:
    """`kind:money`, `money>1e9`, `percent>=5`, `year:2015` → a term; None if not a filter."""
    found = FILTER_SYNTAX.match(token) or CJK_FILTER_SYNTAX.match(token)
    if found is None:
        return None
    name, op, rest = found.groups()
    if name.lower() == "kind" and op == ":":
        kind = kind_name(rest)
        return FigureTerm(kind, negated=negated) if kind else None
    kind = filter_kind(name)
    if kind is None:  # `speed>100 km/h`, `area:50..100 m²`: a quantity of that dimension
        return dimension_filter(name, op, rest, negated, parse_figure_filter)
    if kind == "date":  # `date>…` is the publication date, or words
        return None
    if op in (":", "=") and ".." in rest:
        return _range_filter(name, rest, negated)
    if kind == "money" and (named := money_in_currency(
            "=" if op in (":", "=") else op, rest, negated)) is not None:
        return named  # `money>10亿港元`, `money>HK$1bn`: in that currency
    if kind == "percent" and (unit := percent_in_unit(
            "=" if op in (":", "=") else op, rest, negated)) is not None:
        return unit  # `percent<1pp`, `percent<50bp`, `percent>5%`: in that unit
    value = read_plain_number(rest)
    if value is None and kind in ("quantity", "duration") and (
            measured := measured_filter(kind, op, rest, negated)) is not None:
        return measured  # `quantity:100m` is 100 metres, `duration>5m` 5 minutes: a unit,
        # not a scale (search14, query16)
    if value is None:
        from hzreader.figures import parse_number  # the figure rules load on first use

        value = parse_number(rest)
        if value is None and kind in UNIT_KINDS and (typed := parse_typed_number(rest)) and \
                typed.kind == kind:
            value = typed.value  # `money>3亿元`, `money>$5bn` (any currency, as `money>3e8`),
            # `percent>百分之五`
    if value is None:
        return measured_filter(kind, op, rest, negated) if kind in FILTER_UNIT_KINDS else None
    return FigureTerm(kind, "=" if op in (":", "=") else op, value, negated)


def _range_filter(name: str, rest: str, negated: bool) -> FigureTerm | None:
    """`money:1e9..5e9`, `duration:2h..5h`, `percent:5..` (as `date:2024..2025`): the
    figures from the one to the other, both included; None when a side is no value."""
    low, _, high = rest.partition("..")
    unit = NUMBER_AND_UNIT.fullmatch(high.strip())
    if unit is not None and read_plain_number(low.strip()) is not None and \
            read_plain_number(high.strip()) is None and \
            (low_in_unit := parse_figure_filter(f"{name}>={low}{unit.group(2)}", negated)) and \
            (upper := parse_figure_filter(f"{name}<={high}", negated)) and \
            (both := within(low_in_unit, upper)) is not None and not is_empty_range(both):
        return both  # `duration:2..5h`, `money:1..5bn`: the unit written once, for both
    lower = parse_figure_filter(f"{name}>={low}", negated) if low else None
    upper = parse_figure_filter(f"{name}<={high}", negated) if high else None
    if (low and lower is None) or (high and upper is None) or not (lower or upper):
        return None
    if lower is None or upper is None:
        return lower or upper
    joined = within(lower, upper)
    if joined is not None and is_empty_range(joined):  # written the other way round
        return _range_filter(name, f"{high}..{low}", negated)
    return joined


#: Units of time as a filter may shorten them (`duration>2h`, `duration<=90min`; `m` is
#: minutes there, as in "2h 5m": months are `mo`).
SHORT_TIME_UNITS = {
    "s": "seconds", "sec": "seconds", "secs": "seconds", "min": "minutes", "mins": "minutes",
    "m": "minutes",
    "h": "hours", "hr": "hours", "hrs": "hours", "d": "days", "w": "weeks", "wk": "weeks",
    "wks": "weeks", "mo": "months", "mos": "months", "y": "years", "yr": "years",
    "yrs": "years"}
_TIME_UNIT_NAMES = frozenset(SHORT_TIME_UNITS.values())
NUMBER_AND_UNIT = re.compile(r"([-+]?\d[\d,]*(?:\.\d+)?)\s*([^\d\s].*)")


def measured_filter(kind: str, op: str, text: str, negated: bool = False,
                    other_number: bool = True) -> FigureTerm | None:
    """`duration>2h`, `duration>=18 months`, `quantity<100km`, `count>1000 projects`,
    `money>100 HKD`: the figures of `kind` in the unit typed (durations in any unit of time,
    converted) compared with its value; None when `text` is no number with such a unit.
    A count's noun is also read in its other number (`other_number`: "40 seat")."""
    text = text.strip()
    op = "=" if op in (":", "=") else op
    if kind == "money":
        return money_in_currency(op, text, negated)
    if kind == "percent":
        return percent_in_unit(op, text, negated)
    found = NUMBER_AND_UNIT.fullmatch(text)
    if found is None:  # `duration>两小时`, `count>三萬個家庭`: as typed in digits
        typed = _typed_in_numerals(text, negated) if ZH_NUMERAL_START.match(text) else None
    else:
        number, unit = found.groups()
        if kind == "duration":
            unit = SHORT_TIME_UNITS.get(unit.lower(), unit)
        if kind == "count" and is_cjk_noun(unit):  # `count>10000 家庭`: the noun as typed
            whole = parse_typed_number(text, negated)  # `count>2萬個家庭`: 20,000 家庭
            if whole is not None and whole.kind == kind and whole.measures and \
                    whole.value is not None:
                return FigureTerm(kind, op, whole.value, negated, measures=tuple(
                    Measure(m.unit, m.value, op) for m in whole.measures))
            value = read_plain_number(number.replace(",", ""))
            return None if value is None else FigureTerm(
                kind, op, value, negated, measures=tuple(
                    Measure(noun, value, op) for noun in zh_count_nouns(unit)))
        if kind == "quantity" and (shown := quantity_unit(unit)) is not None and \
                (value := read_plain_number(number.replace(",", ""))) is not None:
            return _in_unit(op, value, shown, negated)  # `quantity>2 in`, as `t` shows it
        # Chinese writes the unit against the number ("2小时")
        space = "" if is_cjk_noun(unit) else " "
        typed = parse_typed_number(f"{number}{space}{unit}", negated)
        if kind == "count" and (typed is None or typed.kind is None) and unit.isascii() and \
                other_number:
            typed = _count_in_other_number(number, unit, negated)
    if typed is None or typed.kind != kind or not typed.measures or typed.value is None:
        return None
    measures = typed.measures
    if kind == "quantity":  # `quantity>100km` compares lengths, not speeds
        return _in_unit(op, typed.value, measures[0].unit, negated)
    if kind == "duration" and op != "=":  # every unit of time, the other family approximately
        seconds = measures[0].value * SECONDS_IN[measures[0].unit]
        measures = tuple(Measure(unit, seconds / size) for unit, size in SECONDS_IN.items())
    return FigureTerm(kind, op, typed.value, negated,  # in the kind filtered (no index level
                      measures=tuple(Measure(m.unit, m.value, op) for m in measures
                                     if not m.kind))  # for `count>100 points`)


def quantity_unit(typed: str) -> str | None:
    """The figures table's unit that `typed` spells (`table_unit`: "in", "kwh"), writes
    out in full ("metric tons", "degrees celsius": `figures.unit_symbol`) or that a price is
    per ("sqft", "sqm", "m2": `figures.price_unit`), or None."""
    shown = table_unit(typed)
    if shown is None and not typed[:1].isdigit():
        from hzreader.figures import price_unit, unit_symbol

        written = unit_symbol(typed) or price_unit(typed)
        shown = table_unit(written) if written else None
    return shown


def _in_unit(op: str, value: float, unit: str, negated: bool) -> FigureTerm:
    """A quantity filter in `unit`, which also finds the value in every unit it converts to
    exactly (`_conversions`: `quantity>=1000 g` finds "1.5kg")."""
    return FigureTerm("quantity", op, value, negated,
                      measures=converted(Measure(unit, value, op)))


def _count_in_other_number(number: str, unit: str, negated: bool) -> FigureTerm | None:
    """A count filter's noun read in its other number when the figure rules do not read it
    as typed: "40 seat" is no count (the text writes "40 seats"), so `count>40 seat` is
    `count>40 seats`, its measures every form of the noun (`noun_forms`); None when no
    form is read as a count (query13, tryout13 §8: "seat" was searched as a word)."""
    head, _, last = unit.rpartition(" ")
    forms = noun_forms(last)
    for form in forms[1:]:
        typed = parse_typed_number(f"{number} {head} {form}" if head else f"{number} {form}",
                                   negated)
        if typed is not None and typed.kind == "count" and typed.value is not None:
            return replace(typed, measures=tuple(  # "citys" read first: "cities" too
                Measure(form, typed.value) for form in dict.fromkeys(
                    (*forms, *(measure.unit for measure in typed.measures)))))
    return None


def money_in_currency(op: str, text: str, negated: bool) -> FigureTerm | None:
    """`money>100 HKD`, `money>1e9 dollars`, `money>10亿港元`, `money>HK$1bn`: amounts in
    the currency named (`figures.named_currency`: a code, a word in English or Chinese of
    either script, a sign of one currency) compared with the amount; None when `text` is
    not an amount with such a currency (`money>1e9`, `money>$5bn`, `money>3亿元`: "$" and
    "元" are written by many currencies, so amounts of every currency compare)."""
    from hzreader.figures import named_currency

    text = text.strip()
    if (price := split_price(text)) is not None:  # `money>5 USD/gal`, `money>1e4/m²`
        per = money_in_currency(op, price[0], negated) or _any_money(op, price[0], negated)
        return None if per is None or per.value is None else replace(
            per, measures=priced(per.measures, price[1], per.value, op))
    for at in range(1, len(text)):
        for amount, currency in ((text[:at], text[at:]), (text[-at:], text[:-at])):
            code = named_currency(currency)
            if code is not None and (value := _amount(amount.strip())) is not None:
                return FigureTerm("money", op, value, negated,
                                  measures=(Measure(code, value, op),))
    return None


#: The units a percent filter takes (`percent<1 points`), as the figures table names them:
#: plain percents, or percentage points, basis points being hundredths of one (the figure
#: "120 basis points" is valued 1.2 points); typed folded, Chinese in simplified form.
_PERCENT_UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("percent", "per cent", "pct", "pc", "%", "百分之"), ("percent", 1.0)),
    **dict.fromkeys(("points", "point", "pts", "pt", "pp", "ppt", "ppts", "percentage points",
                     "percentage point", "个百分点", "百分点"), ("points", 1.0)),
    **dict.fromkeys(("bp", "bps", "basis points", "basis point", "基点", "个基点"),
                    ("points", 0.01)),
}


def percent_in_unit(op: str, text: str, negated: bool = False) -> FigureTerm | None:
    """`percent<1 points`, `percent<1pp`, `percent<1 percentage points`, `percent<50 bp`,
    `percent>5%`: the percentages in that unit (`percent` or `points`, basis points
    converted to points) compared with the value; None when `text` is no number with such a
    unit (query13, tryout13 §8: "points" was searched as a word)."""
    found = NUMBER_AND_UNIT.fullmatch(text.strip())
    if found is None:
        return None
    from hzreader.text import fold

    number, written = found.groups()
    unit = _PERCENT_UNITS.get(" ".join(fold(written).split()))
    value = read_plain_number(number.replace(",", ""))
    if unit is None or value is None:
        return None
    value = float(f"{value * unit[1]:.12g}")  # 0.35 points, not 0.35000000000000003
    return FigureTerm("percent", op, value, negated, measures=(Measure(unit[0], value, op),))


def _any_money(op: str, text: str, negated: bool) -> FigureTerm | None:
    """An amount typed in no one currency ("1e4", "3万元", "$5"), or None."""
    value = _amount(text)
    if value is None and (typed := parse_typed_number(text)) is not None and \
            typed.kind == "money":
        value = typed.value
    return None if value is None else FigureTerm("money", op, value, negated)


def _amount(text: str) -> float | None:
    """The value of an amount typed without its currency ("1e9", "3bn", "10亿"), or None."""
    if not text or not (text[0].isdigit() or text[0] in "+-." or
                        ZH_NUMERAL_START.match(text)):
        return None
    value = read_plain_number(text)
    if value is None:
        from hzreader.figures import parse_number

        value = parse_number(text)
    return value


def filter_number_text(value: float) -> str:
    """A filter's value as a typed number ("2", "1.5"), to join a unit typed after it."""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


_PLAIN_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?")


def read_plain_number(text: str) -> float | None:
    """The value of a number in plain digits ("1e9", "5", "-0.5"), None for any other (which
    `figures.parse_number` reads): without loading the figure rules."""
    if _PLAIN_NUMBER.fullmatch(text) is None:
        return None
    value = float(text)
    return value if math.isfinite(value) else None
