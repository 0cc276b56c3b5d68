"""Numbers typed as search words: "12,000", "3bn", "4.6 percent", "7 years", "5-8%",
"兩小時". Each becomes a term matching the key figure of that value (and kind and unit:
`query._figures`), whatever way the article wrote it."""

from __future__ import annotations

import re

from hzreader.query._terms import FigureTerm, Measure, measures_of

#: Kinds a typed unit selects ("4.6 percent" is a percent, "$5" money), of any unit.
UNIT_KINDS = ("percent", "money")
#: Kinds a typed unit selects together with that unit ("7 years", "140 km/h", "12 projects").
MEASURED_KINDS = ("duration", "quantity", "count")
#: A number typed: digits, maybe after a sign or a currency's sign ("$5", "HK$208m",
#: "US$5", "RM421", "Rs500"; the figure rules decide what the whole is).
NUMERIC_START = re.compile(r"^[-+]?(?:[$£€¥₹₩₽]|[A-Z]{1,3}\$|RM|Rs\.?|Rp)?\d", re.IGNORECASE)
#: A figure typed in Chinese numerals starts with one ("兩小時", "百分之五點二", "三萬個家庭"),
#: traditional or simplified, and has no digit (that is a number typed: `NUMERIC_START`).
ZH_NUMERAL_START = re.compile("^[〇零一二三四五六七八九十百千万亿两兩萬億半几幾][^0-9]*$")

#: A range typed as one word: two numbers joined by a dash ("5-8%", "3–5days", "10~15%").
_TYPED_RANGE = re.compile(r"\d\s*[-–—‐~〜～]\s*\D{0,3}\d")
#: A ratio or a rate typed: "1 in 50", "one in five", "8.7 out of 10", "45 per 100,000".
_TYPED_RATIO = re.compile(r"\S\s+(?:in|out\s+of|per)\s+\S", re.IGNORECASE)


#: A number with a scale's capital letter ("3M", "4K", "100M"): no figure to the text's
#: rules (the company 3M, a 4K screen), so typed it is a word; "3m" and "4k" are numbers.
_CAPITAL_SCALE = re.compile(r"\d+(?:\.\d+)?[KMB]")


def typed_range(text: str) -> FigureTerm | None:
    """The figure a range typed as one word stands for ("5-8%": the percent range from 5
    to 8, not a plain 5 % nor 4-6 %), to limit the figures table's rows to it; the range
    is searched as its words (`parse_typed_number`). None for any other word."""
    if not NUMERIC_START.match(text) or not _TYPED_RANGE.search(text):
        return None
    from hzreader.figures import extract

    found = extract(text)
    if len(found) != 1 or found[0].text != text or found[0].value is None or \
            found[0].kind not in (*UNIT_KINDS, *MEASURED_KINDS):
        return None
    figure = found[0]
    return FigureTerm(figure.kind, "=", figure.value,
                      measures=measures_of(figure) if figure.kind in MEASURED_KINDS else (),
                      range_high=figure.high)


def parse_typed_number(text: str, negated: bool = False) -> FigureTerm | None:
    """A number the user typed ("12,000", "3bn", "3 billion", "4.6 percent", "$5", "7 years")
    → a term matching it; a percent or an amount of money only matches figures of that
    kind, a duration, quantity or count (not itself a number: "100m" is 100 million) only
    figures of that kind and unit (`measures_of`)."""
    if not NUMERIC_START.match(text):
        return _typed_in_numerals(text, negated) if ZH_NUMERAL_START.match(text) else None
    from hzreader.figures import extract, parse_number, typed_rate

    if (rate := typed_rate(text)) is not None:  # "5.875厘": Hong Kong's rate, a percent
        return FigureTerm("percent", "=", rate, negated)  # the figure only: not "5.875厘米"
    value = parse_number(text)
    kind = None
    measures: tuple[Measure, ...] = ()
    found = extract(text)
    if not found and _CAPITAL_SCALE.fullmatch(text):
        return None  # "3M", "4K": a name, as the text reads it (no figure); "3m" is 3e6
    if not found and ":" in text:  # "2:07:12" alone on a line is a live blog's stamp; in
        found = extract(f"{text}.")  # a sentence, as typed, it is a race time
    if len(found) == 1 and found[0].text == text and found[0].value is not None:
        figure = found[0]
        if _TYPED_RANGE.search(text) and figure.kind in (*UNIT_KINDS, *MEASURED_KINDS):
            return None  # "5-8%": the range as written, in words (valued at its low end, 5)
        if figure.kind in UNIT_KINDS or figure.kind in MEASURED_KINDS and (
                value is None or " " in text):  # "100 m" is 100 metres; "100m" 1e8
            kind, value = figure.kind, figure.value
            measures = measures_of(figure) if kind in MEASURED_KINDS else ()
            if kind == "count" and figure.unit == "points":  # also an index's level (figs34)
                measures += (Measure("points", measures[0].value, kind="quantity"),)
        elif figure.kind == "number" and value is None and _TYPED_RATIO.search(text):
            kind, value = figure.kind, figure.value  # "1 in 50", "8.7 out of 10": 0.02, 0.87
        elif figure.kind == "time":  # "8:45" is the time "08:45", "8.45am" (tryout14 §2.6)
            kind, value = figure.kind, figure.value
    if value is None:
        return None
    return FigureTerm(kind, "=", value, negated, literal=text, measures=measures)


def _typed_in_numerals(text: str, negated: bool) -> FigureTerm | None:
    """A figure typed in Chinese numerals ("兩小時", "两小时", "百分之五點二", "三萬個家庭") →
    the term of the same figure in digits ("2小时", "5.2%", "30000个家庭"), also searched as
    the words typed; None unless the whole text is one amount, percent, duration, quantity
    or count (a numeral alone, "三", "万一" or "五月", stays a word)."""
    from hzreader.figures import extract

    found = extract(text)
    if len(found) != 1 or found[0].text != text or found[0].value is None or \
            found[0].kind not in (*UNIT_KINDS, *MEASURED_KINDS):
        return None
    figure = found[0]
    measures = measures_of(figure) if figure.kind in MEASURED_KINDS else ()
    return FigureTerm(figure.kind, "=", figure.value, negated, literal=text,
                      measures=measures, numerals=True)
