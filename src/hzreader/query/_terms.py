"""What a figure term of a query is (`FigureTerm`, with its `Measure`s) and when a figure
meets it: the one owner of that question, which the in-memory search and the index's SQL
(`index._fts_query`) both follow. Two bounds on one kind are one term (`within_bounds`).

A figure that is a range ("10 to 15 percent": valued 10, `Figure.high` 15) meets a filter
when the range overlaps what the filter asks for (`meets`): `>x` when its high end is above
x, `<x` when its low end is below x, `=x` (`kind:x`) when x lies within it, `a..b` when it
overlaps [a, b]. A number typed ("12 percent", "2020") is the figure of that value as
written: a range meets it by its low end only, as before (`FigureTerm.ranged`).
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from hzreader.model import Figure

T = TypeVar("T")


_COMPARE: dict[str, Callable[[float, float], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
}


#: Units of time the extractor writes, in families whose members convert exactly: seconds
#: (it values "1 hour 30 minutes" in seconds), and months.
_TIME_FAMILIES: tuple[dict[str, float], ...] = (
    {"milliseconds": 0.001, "seconds": 1, "minutes": 60, "hours": 3600, "days": 86400,
     "weeks": 604800, "fortnights": 1209600},
    {"months": 1, "quarters": 3, "years": 12, "decades": 120, "centuries": 1200,
     "millennia": 12000},
)


#: A month in seconds (an average Gregorian one, 30.436875 days): a comparison may cross the
#: two families ("7 years" is more than "2 hours"); an equality never does.
_MONTH_SECONDS = 365.2425 * 86400 / 12


#: Seconds in each unit of time the extractor writes (months and longer: on average), to
#: compare and sum durations of any unit.
SECONDS_IN: dict[str, float] = {
    unit: size * (_MONTH_SECONDS if family is _TIME_FAMILIES[1] else 1.0)
    for family in _TIME_FAMILIES for unit, size in family.items()}


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def same_value(a: float, b: float) -> bool:
    """Equal up to rounding: 4.22e8 == 422,000,000."""
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def ascii_lower(text: str) -> str:
    """`text` with ASCII letters lowercased, others kept (as SQLite's LIKE compares)."""
    return text.translate(_ASCII_LOWER)


def noun_key(unit: str) -> str:
    """A counted noun as compared: ASCII-lowercased, and a Chinese one folded as words are
    (`text.fold`: traditional characters in simplified form, "塌樹報告" → "塌树报告"), so
    `count>1000 报告` finds "1,312宗塌樹報告". The index compares with the same function
    (`hz_noun_key`, registered on its connections)."""
    unit = ascii_lower(unit)
    if is_cjk_noun(unit) or (unit and unit[-1] >= "\u2e80"):
        from hzreader.text import fold

        return fold(unit)
    return unit


def noun_forms(noun: str) -> tuple[str, ...]:
    """The forms a counted noun's last word is compared in: ASCII-lowercased, singular and
    plural ("projects" → projects, project; "cities" → cities, city; "seat" → seat, seats;
    "person" → person, people; "spokesmen" → spokesman; "人" → 人), a Chinese one folded
    (`noun_key`: "報告" → 报告). Forms no text writes ("seates") are harmless."""
    word = noun_key(ascii_lower(noun).rsplit(" ", 1)[-1])
    forms = [word]
    if word.endswith("ies") and len(word) > 3:
        forms.append(word[:-3] + "y")
    elif word.endswith("es") and len(word) > 2:
        forms += [word[:-2], word[:-1]]
    elif word.endswith("s") and len(word) > 1:
        forms.append(word[:-1])
    elif word.isascii() and word.isalpha():
        forms += [word + "s", word + "es"]
        if word.endswith("y"):
            forms.append(word[:-1] + "ies")
    from hzreader.query._inflect import other_number  # the one table of English plurals

    for form in forms[:3] if word.isascii() and word.isalpha() else ():
        if (other := other_number(form)) is not None:  # "persons" → person → people
            forms.append(other)
    return tuple(dict.fromkeys(forms))


@dataclass(frozen=True, slots=True)
class Measure:
    """A unit and the typed figure's value in it: a figure of that unit (for a count, of a
    noun whose last word is `unit`, any case of ASCII letters) and value matches (`op`: a
    value compared with it, for `duration>2h`)."""

    unit: str
    value: float
    op: str = "="
    #: A second comparison the same figure must meet (`duration>2h duration<5h`): (op, value).
    upper: tuple[str, float] | None = None
    #: The kind of figure this measure is when not its term's: a typed "7412.5 points" (a
    #: count) is also an index's level, a quantity in points (`parse_typed_number`; figs34).
    kind: str = ""

    @property
    def joined_noun(self) -> bool:
        """A Chinese counted noun: it ends the figure's noun with no space before it."""
        return is_cjk_noun(self.unit)

    @property
    def measure_word(self) -> bool:
        """A Chinese measure word alone (`count>100 家`): it finds the counts written with
        it, whatever their noun ("120家企业", "营业网点262家"; `figures.measure_word`)."""
        return is_measure_word(self.unit)

    def accepts(self, kind: str, unit: str, value: float | None,
                high: float | None = None, written: str = "") -> bool:
        """True when a figure of this kind, unit and value (a range: up to `high`; a count
        `written` with this measure word) is this measure (`meets`)."""
        if value is None or value != value or \
                not meets(self.op, self.value, self.upper, value, high):
            return False
        if kind == "count":
            if written and written == self.unit:
                return True
            if self.measure_word:  # 家 alone: "300家", not 国家 or 专家 (figs34)
                return noun_key(unit) == self.unit
            unit = noun_key(unit) if self.joined_noun else ascii_lower(unit)
            return unit == self.unit or unit.endswith(
                self.unit if self.joined_noun else " " + self.unit)
        if self.unit[:1] == "/":  # a price per that unit in any currency ("CNY/m²")
            return unit.endswith(self.unit)
        return unit == self.unit


#: Comparisons that a range meets by its high end (`meets`); the others by its low end.
HIGH_END_OPS = (">", ">=")


def meets(op: str, wanted: float, upper: tuple[str, float] | None, value: float,
          high: float | None = None) -> bool:
    """Whether a figure valued `value` meets `op wanted` (and the second comparison
    `upper`), a range (to `high`; None or NaN: a single value) when it overlaps what they
    ask for: `>`/`>=` compare its high end, `<`/`<=` its low end, `=` asks that `wanted`
    lie within it (ends up to rounding: `same_value`)."""
    top = value if high is None or high != high else high
    if op == "=":
        if not (same_value(value, wanted) or value < wanted < top or same_value(top, wanted)):
            return False
    elif not _COMPARE[op](top if op in HIGH_END_OPS else value, wanted):
        return False
    return upper is None or _COMPARE[upper[0]](
        top if upper[0] in HIGH_END_OPS else value, upper[1])


def is_measure_word(noun: str) -> bool:
    """A Chinese measure word alone (家, 个, 名 …: `figures.CLASSIFIERS`), as folded."""
    if len(noun) != 1 or noun < "\u2e80":
        return False
    from hzreader.figures import CLASSIFIERS

    return noun in CLASSIFIERS


def is_cjk_noun(noun: str) -> bool:
    """A Chinese (or Japanese) counted noun: its last words are its end, no space between
    ("低收入家庭" is a count of 家庭)."""
    return noun[:1] >= "\u2e80"


def measures_of(figure: Figure) -> tuple[Measure, ...]:
    """The measures a typed duration, quantity or count stands for: a duration in each unit
    of its family ("90 minutes" is also 5,400 seconds and 1.5 hours), a quantity in its own
    unit, a count with each form of its noun."""
    value = figure.value
    assert value is not None
    if figure.kind == "count":
        return tuple(Measure(form, value) for form in noun_forms(figure.unit))
    for family in _TIME_FAMILIES if figure.kind == "duration" else ():
        if figure.unit in family:
            base = value * family[figure.unit]
            return tuple(Measure(unit, base / size) for unit, size in family.items())
    return tuple(Measure(unit, value) for unit in (figure.unit, *_SPEEDS.get(figure.unit, ())))


#: A length typed also finds the speed of that length ("350公里" is how 时速350公里, 350 km/h,
#: is written; "140 km" finds "140 km/h").
_SPEEDS = {"km": ("km/h", "km/s"), "m": ("m/s",), "mi": ("mph",)}


@dataclass(frozen=True, slots=True)
class FigureTerm:
    """A condition on an article's key figures; `kind` None means any kind."""

    kind: str | None
    op: str | None = None
    value: float | None = None
    negated: bool = False
    #: What the user typed, also searched as words when `searches_words` (so "2015" still
    #: finds "2015").
    literal: str = ""
    #: A typed number with its unit ("7 years", "12 projects", `duration>2h`): the figure
    #: must be one of these measures (`op` and `value` are the typed ones); () for any unit.
    measures: tuple[Measure, ...] = ()
    #: Typed in Chinese numerals ("兩小時"): the figure in any form, and still the words typed
    #: (numerals are also words: "三国" is a count of 国 but also the Three Kingdoms).
    numerals: bool = False
    #: A second comparison the same figure must meet: `money>1e9 money<5e9` is one term,
    #: a sum between the two (`within_bounds`), not any sum above and any sum below.
    upper: tuple[str, float] | None = None
    #: A range typed ("5-8%", "3-5 days"): the figure is that range, its high end in this
    #: proportion to its low end `value` (so 3-5 days is also 72-120 hours), not any
    #: figure that `value` lies within.
    range_high: float | None = None

    @property
    def bare_number(self) -> bool:
        """A number typed without a unit ("500", "3 billion"): it finds a figure of its value
        or the number as words, and may be part of a name ("S&P 500", "Boeing 737"). Such a
        term limits the figures table only where a listed figure has its value."""
        return self.kind is None and self.op == "=" and bool(self.literal)

    @property
    def searches_words(self) -> bool:
        """True when the number typed is also searched as the words typed: a bare number,
        a percent or an amount of money. Not a duration, quantity or count with its unit
        ("2 hours", "5 feet", "12 projects"): that is the figure only, however written. Its
        words inside a longer figure are not it: "2 hours" in "2 hours and 15 minutes"
        (8,100 seconds) no more than "seven years" in "seven years and six months". A figure
        typed in Chinese numerals (`numerals`) is searched as its words too, and so is one
        typed as a single word (`one_word`: "5g" is 5 grams or "5G") or with a Chinese unit
        (`chinese_unit`: Chinese is searched as written, so `2小时` also finds 历时2小时11分钟,
        one duration of 131 minutes; its number stays whole: not "12小时")."""
        return bool(self.literal) and (not self.measures or self.numerals or self.one_word
                                       or self.chinese_unit)

    @property
    def chinese_unit(self) -> bool:
        """A duration, quantity or count typed in digits with a Chinese unit or noun ("2小时",
        "8年", "350公里", "3万人"; tryout14 §2.6: `2小时` found nothing in "2小时11分钟")."""
        from hzreader.query._tokens import is_cjk

        return bool(self.measures) and not self.numerals and \
            any(is_cjk(char) for char in self.literal)

    @property
    def one_word(self) -> bool:
        """A duration, quantity or count typed as one word, its number and unit joined
        ("5g", "7nm", "1.5kg", "90min"; not "5 g", "140km/h" nor "2小时"): a word as well
        as a figure ("5G networks", "4G"), so it is also that word as written, whole
        (query13, tryout13 §7: `5g` was 5 grams only, and found no "5G")."""
        if not self.measures or self.numerals or not self.literal.isascii() or \
                any(char.isspace() for char in self.literal):
            return False
        from hzreader.query._tokens import is_symbol_token, term_tokens

        tokens = term_tokens(self.literal)
        return len(tokens) == 1 and not is_symbol_token(tokens[0])

    @property
    def whole_literal(self) -> bool:
        """True when the number typed is matched as words *whole*, its last token not as a
        prefix: a bare number ending in a word token ("91" does not find "9100", "12"
        not "12,000", "5.2" not "5.25"), an amount so ("$70" is not "$70,000" nor "$700";
        query16), or a figure typed as one word ("5g" is not "5GHz"), or a clock time
        ("8:45" is not "8:45pm", 20:45). Words keep matching while typed; numbers do not."""
        if not self.bare_number and not self.one_word and self.kind not in ("time", "money"):
            return False
        from hzreader.query._tokens import is_cjk_token, is_symbol_token, term_tokens

        tokens = term_tokens(self.literal)
        return bool(tokens) and not is_cjk_token(tokens[-1]) and not is_symbol_token(tokens[-1])

    @property
    def ranged(self) -> bool:
        """True when a range meets this term by overlap (`meets`): a filter (`percent>12`,
        `year:2020..2024`). A number typed (`literal`: "12 percent", "2020", or a filter's
        value read as words) is the figure of that value: a range by its low end only; a
        range typed (`range_high`) is that range."""
        return not self.literal and self.range_high is None

    def accepts(self, figure: Figure) -> bool:
        """True when `figure` satisfies this condition."""
        written = ""
        if figure.kind == "count" and self.kind == "count" and \
                any(measure.measure_word for measure in self.measures):
            from hzreader.figures import measure_word

            written = measure_word(figure.text)
        return self.accepts_value(figure.kind, figure.value, figure.unit, figure.high, written)

    def accepts_value(self, kind: str, value: float | None, unit: str = "",
                      high: float | None = None, written: str = "") -> bool:
        """True when a figure of this kind, value (None: none), unit and high end (a range:
        `Figure.high`; None or NaN for a single value) satisfies this condition; `written`:
        a count's measure word (`figures.measure_word`), for `count>100 家`."""
        if self.kind is not None and kind != self.kind and \
                not any(measure.kind == kind for measure in self.measures):
            return False
        if self.range_high is not None and not (
                self.value and value is not None and high is not None and high == high and
                same_value(high * self.value, value * self.range_high)):
            return False  # not the range typed: its two ends in another proportion
        if not self.ranged:
            high = None
        if self.measures:
            return any(measure.accepts(kind, unit, value, high, written)
                       for measure in self.measures if (measure.kind or kind) == kind)
        if self.op is None or self.value is None:
            return True
        if value is None or value != value:  # no value (NaN in the table's columns)
            return False
        return meets(self.op, self.value, self.upper, value, high)


_LOWER_OPS = (">", ">=")


_UPPER_OPS = ("<", "<=")


def _bounds(term: object) -> str:
    """"lower" or "upper" for a positive comparison of a kind that can take the other
    bound (`money>1e9`, `duration<5h`); "" for any other term."""
    if not isinstance(term, FigureTerm) or term.negated or term.kind is None or \
            term.literal or term.upper is not None:
        return ""
    ops = {m.op for m in term.measures} if term.measures else {term.op}
    if term.measures and any(m.upper is not None for m in term.measures):
        return ""
    return "lower" if ops <= set(_LOWER_OPS) else "upper" if ops <= set(_UPPER_OPS) else ""


def within(low: FigureTerm, high: FigureTerm) -> FigureTerm | None:
    """One term for a figure above `low` and below `high` (of one kind; with units, in the
    units both name), or None when they do not pair."""
    if low.kind != high.kind or bool(low.measures) != bool(high.measures):
        return None
    if not low.measures:
        assert high.op is not None and high.value is not None
        return replace(low, upper=(high.op, high.value))
    highs = {m.unit: m for m in high.measures}
    measures = tuple(replace(m, upper=(highs[m.unit].op, highs[m.unit].value))
                     for m in low.measures if m.unit in highs)
    return replace(low, measures=measures) if measures else None


def within_bounds(terms: tuple[T, ...]) -> tuple[T | FigureTerm, ...]:
    """`terms` (one group of a query: all must hold) with each lower bound on a kind of
    figure joined to the first upper bound on the same kind: `money>1e9 money<5e9` asks for
    one sum between the two, as a reader means it, and `duration>2h duration<5h` for one
    duration; terms that do not pair stay as they are."""
    roles = [_bounds(term) for term in terms]
    if "lower" not in roles or "upper" not in roles:
        return terms
    out: list[T | FigureTerm | None] = list(terms)
    for i, role in enumerate(roles):
        if role != "lower" or out[i] is None:
            continue
        low = terms[i]
        assert isinstance(low, FigureTerm)
        for j, other in enumerate(roles):
            high = terms[j]
            if other == "upper" and out[j] is not None and isinstance(high, FigureTerm) and (
                    joined := within(low, high)) is not None:
                out[i], out[j] = joined, None
                break
    return tuple(term for term in out if term is not None)


def is_empty_range(term: FigureTerm) -> bool:
    """True when no value meets both bounds of `term` (`money>5e9 money<1e9`)."""
    bounds = [(m.value, m.upper) for m in term.measures] if term.measures else \
        [(term.value, term.upper)]
    return bool(bounds) and all(
        low is not None and upper is not None and (
            low > upper[1] or low == upper[1] and (term.op, upper[0]) != (">=", "<="))
        for low, upper in bounds)
