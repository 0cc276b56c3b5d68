"""Key figures in news text, typed and valued, as a careful editor would mark them.

`extract(text)` scans for digits and number words, then reads the words around each one:
currency signs and approximators before it, scales, units and counted nouns after it, and
the name or code it may belong to. Pure and thread-safe. `_digits` reads numbers in digits,
`_spelled` number words, `_clock` clock and race times, `_bare` what a bare number is,
`_context` and `_nouns` the words around them, `_patterns` holds the regexes and `_words`
the word tables; Chinese is read by `_zh` (the word after a number), `_zh_numerals` (the
number), `_zh_nouns` (counted nouns), `_zh_lead` (第, 前, 上半年), `_zh_time` (calendar and
clock words) and `_zh_words`; `_format` shows and parses values.

Span rules (tests/data/figures_labelled*.yaml follow them; Chinese: see `_zh`):

* Approximators ("over", "nearly", "more than", "up to", "as much as" …), currency signs
  and "minus" belong to the span; articles and prepositions do not ("in 2025" → "2025",
  "the late 1980s" → "late 1980s", "the fourth quarter" → "fourth quarter"). "under" is
  not an approximator ("in under two hours" → "two hours"); a margin keeps its "plus or
  minus" ("plus or minus 0.12C", "±0.13C") and is valued positive.
* A count runs from the number to the first plural noun within five words ("more than 10
  near-unicorn enterprises", "68 Fortune 500 companies", "120 million Americans"), plus a
  second plural ("police officers") or an "and/or X" coordination when X is a lone plural
  ("30 countries and regions"). "one"/"1" takes a singular noun phrase of up to three words
  ("one county-level city"). A number with no noun after it is a `number` ("rose to 18.8
  million").
* "3-5 days" and "Oct 8-14" are one figure valued at the low end; "5 to 10 percent" and
  "20, 30 and 50 years" give one figure per number, the bare ones taking the unit and kind
  of the last ("5" is a percent). "2019-2021" and "2024-25" are years; "6-2" is a score,
  and so is "112-104" after a word of sport ("won"); scores are `number` valued None.
* Word ordinals count only as rankings: with a rank noun ("first place"), a superlative
  ("third-largest"), a streak ("fifth straight year", "fourth year running") or a ranking
  verb ("finished fourth"); "first quarter"/"first half" are dates unless a word of sport
  is near ("scored in the second half", "ran the first half in 1:08:30": nothing), and
  "the first time" is nothing. Digit ordinals ("20th", "1,000th") always count unless a
  name follows ("15th Five-Year Plan").
* Years are 4-digit numbers 1000–2100 in year-like context; a plural noun right after makes
  a count instead ("2368 projects"), unless "in/since/by …" precedes ("In 2025 exports") or
  the noun is a level or price ("1990 levels").
* A clock time is a `time` valued in hours since midnight ("3 pm" → 15, "8:51 pm" → 20.85,
  "at 0930" → 9.5); a race time is a `duration` in seconds ("2:11:53" → 7913, "3:49.04",
  "1 minute 42 seconds" → 102); a stamp that only labels a live-blog entry ("12:30 GMT:",
  "Updated at 18:20 —", "0945 Trading …") is not a figure.
* Values: money in units of its currency (3e9 for "3 billion yuan"; cents and pence in
  dollars and pounds: "25 cents" → 0.25); percentages and percentage points as written;
  basis points in percent ("50 bp" → 0.5, "a quarter point" → 0.25); counts, durations and
  quantities as the number times its scale; years and decades as the year (1980 for
  "1980s"); dates as the year they state, else None; fractions and ratios as a float (0.25
  for "1 in 4"); multipliers as the factor ("5x", "19 times the guideline"); ordinals as
  the rank; scores None.
* Not figures: numbers in names and codes ("Airbus A350", "G20", "COVID-19", "Article 12",
  "Line 10", "lap 44", "5G", "Windows 11", "Long March 5", "bus No 5", "4x100m"), addresses
  ("10 Downing Street"), phone numbers ("1-866-504-6453"), capitalised number words inside
  a sentence ("Group of Seven", "Three Gorges"), and number words that count nothing ("one
  of the most", "no one").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hzreader.figures._article_currency import ArticleCurrency
from hzreader.figures._bare import bare_decimal
from hzreader.figures._basics import as_float
from hzreader.figures._clock import joined_duration, lap_time
from hzreader.figures._context import (
    Hit,
    name_blocked,
    words_before,
    zh_code_before,
)
from hzreader.figures._designations import names_a_term, skip_token
from hzreader.figures._digits import at_digits
from hzreader.figures._format import parse_number
from hzreader.figures._grouping import Regroup, grouped
from hzreader.figures._list_markers import list_marker_end
from hzreader.figures._patterns import (
    CJK,
    CONFIDENCE,
    ELIDED_JOIN,
    ELIDED_KINDS,
    HALF_FIRST,
    NEXT_WORD,
    NO_ORDINAL,
    QUARTER_YEAR,
)
from hzreader.figures._phones import zh_phone_end
from hzreader.figures._ranges import two_ended
from hzreader.figures._scan import trigger_scan
from hzreader.figures._spelled import at_word
from hzreader.figures._traditional import (
    as_simplified,
    as_written,
)
from hzreader.figures._units import Found, Placed, placed
from hzreader.figures._zh import at_zh
from hzreader.figures._zh_bare import A_RATE, RATE_UNIT, rate_spread_start
from hzreader.figures._zh_lead import at_zh_lead
from hzreader.figures._zh_names import stock_code_end
from hzreader.figures._zh_words import NUMERAL_CHARS
from hzreader.model import Figure

__all__ = ["extract", "parse_number"]

#: Currency codes glued to the amount ("RM5.2 billion", "Rs500") and a fiscal year's "FY"
#: ("FY2026"): no code name.
_GLUED_PREFIXES = frozenset({"RM", "Rs", "Rp", "FY"})
#: After a Chinese stop, a number followed by English words is read as English ("…財政年度；
#: 2026-27 fiscal year"): the Chinese reader would take it apart.
_CJK_STOPS = frozenset("；，。：、！？")
#: Before "(": the words of a dateline's day or month ("今(30)日"), read as Chinese.
_DATELINE_WORDS = "今昨明前同本"
_ENGLISH_AFTER = re.compile(r"[\d,./-]+\s[A-Za-z]")


#: A list marker's end ("1. ", "2) "): `list_marker_end` is asked only then.
_MARKS = frozenset({". ", ") "})


def _at_quarter_code(text: str, s: int) -> Hit:
    """ "Q3", "Q3 2025", "H1 2025", "Q3 FY26" (valued as FY26 is, 2026)."""
    m = QUARTER_YEAR.match(text, s + 2)
    if m:
        year = m.group(1) or m.group(2)
        return s, m.end(), "date", float(year) + (2000.0 if len(year) == 2 else 0.0)
    return s, s + 2, "date", None


#: Words next to "No 10" that make it a ranking, not Downing Street ("world No 10", "the No
#: 10 seed"); without one, "No 10 said" and "a spokesman for No 10" name the building.
_RANK_BEFORE = frozenset("ranked ranking seeded world rated climbed rose fell slipped dropped "
                         "moved jumped peaked charted entered debuted reached".split())
_RANK_AFTER = frozenset("seed seeds spot place position ranking ranked pick player hit single "
                        "album song in on".split())


#: What stands between the two parts of one duration ("7 years and 6 months", "三年六个月").
#: Two sides of a size: "89 by 93 cm", "10 x 20 ft" (figs19); not glued ("4×100米" is a relay).
_BY_JOIN = re.compile(r"\s(?:by|x|×)\s")
#: Kinds whose range may be written with the unit on both ends ("3% to 4%", "$8.40-$8.55").
_TWO_ENDED = frozenset({"percent", "money"})
_DURATION_JOIN = re.compile(r",?\s(?:and\s)?|零?")


def _ranked(text: str, s: int, after: re.Match[str] | None) -> bool:
    """Whether "No 10" at `s` is a ranking by a word next to it."""
    before = words_before(text, s, 1)
    if before and before[0][1].lower() in _RANK_BEFORE:
        return True
    return after is not None and after.group(1).lower() in _RANK_AFTER


def extract(text: str) -> list[Figure]:
    """Find the key figures in `text`: typed, valued, in order and never overlapping."""
    return [Figure(*values) for values in find_figures(text)]


def find_figures(text: str) -> list[Placed]:
    """`extract` as the fields of each `Figure` (for callers that need no `Figure`)."""
    try:
        if text.isascii() or CJK.search(text) is None:
            return _find_figures(text, cjk=False)  # no CJK, so no traditional characters
        simplified = as_simplified(text)  # traditional Chinese: the rules are in simplified
        if simplified is text:
            return _find_figures(text, cjk=True)
        return as_written(text, simplified, _find_figures(simplified, cjk=True))
    except Regroup:
        read = grouped(text)  # "12 500 fans": the spaces read as commas, the same length
    figures = _read(read, False)
    if read is text:
        return figures
    return [(start, end, text[start:end], kind, value, unit, sentence_start, sentence_end, high,
             age)
            for start, end, _, kind, value, unit, sentence_start, sentence_end, high, age
            in figures]


def _read(text: str, grouping: bool) -> list[Placed]:
    """`find_figures` of `text` as it is; `grouping`: raise `Regroup` at a number that a
    space and three digits follow."""
    simplified = as_simplified(text)  # traditional Chinese: the rules are in simplified
    if simplified is text:
        return _find_figures(text, grouping)
    return as_written(text, simplified, _find_figures(simplified, grouping))


def article_extractor(title: str, summary: str, body: str, source: str = ""
                      ) -> Callable[[str], list[Figure]]:
    """`extract` for the parts of one article (its title, summary, paragraphs): what a part
    does not say, the article may (a bare 元 in a Taiwanese story is the new Taiwan dollar),
    or its `source` (a Hong Kong outlet). The reading pane, the search and the index
    (`article_figures`) all read parts so."""
    currency = ArticleCurrency(title, summary, body, source)

    def extract_part(text: str) -> list[Figure]:
        return [Figure(*values) for values in currency.apply(text, find_figures(text))]

    return extract_part


def _age_dash(text: str, last: Found, start: int) -> bool:
    """Whether the number at `start` is the second age of "aged 5-11" (a dash after an
    "aged N" figure `last`): two ages, as "aged 18 to 24" is."""
    return last[1] == start - 1 and text[last[1]] in "-–" and \
        text[last[0] : last[0] + 3].lower() == "age"


#: A list going on after an item: ", 31", " and 31", " or 31".
_LIST_ON = re.compile(r",\s\d|\s(?:and|or)\s\d")


def _age_list(text: str, found: list[Found], start: int, end: int) -> bool:
    """Whether the number at `start:end` is a later age of "aged 23, 27 and 31": after a comma
    in a list of ages that an "aged N" figure starts, the list going on (figs21)."""
    i = len(found) - 1
    if text[found[i][1] : start] != ", " or not _LIST_ON.match(text, end):
        return False
    while i and found[i - 1][2] == "duration" and text[found[i - 1][1] : found[i][0]] == ", ":
        i -= 1
    return found[i][2] == "duration" and text[found[i][0] : found[i][0] + 5].lower() in (
        "aged ", "ages ")


def _find_figures(text: str, grouping: bool = True, cjk: bool | None = None) -> list[Placed]:
    """`find_figures` of text whose Chinese (if any) is in simplified characters; `cjk`:
    whether it has CJK characters, if known (`find_figures` looks once for both); `grouping`:
    raise `Regroup` where `grouped` changes the text (its CJK has no say in that)."""
    found: list[Found] = []
    pos, floor, size = 0, 0, len(text)
    if cjk is None:
        cjk = not text.isascii() and CJK.search(text) is not None
    find = trigger_scan(text, cjk)
    while pos < size:
        span = find(pos)
        if span is None:
            break
        s, m_end = span
        first = text[s]
        hit: Hit | int
        if first >= "\u2e80" and not first.isdigit():
            hit = at_zh(text, s, floor) if first in NUMERAL_CHARS else at_zh_lead(text, s, floor)
        elif first.isdigit():
            if s and text[s - 1] in "(（" and (code := stock_code_end(text, s)):
                pos = code  # "台積電(2330)", "贵州茅台（600519）": a stock's code; a case
                # number, also at the start of a text ("(2025)沪01民初345号", figs27)
                continue
            if s and text[s - 1] >= "\u2e80" and not (
                    text[s - 1] in _CJK_STOPS and _ENGLISH_AFTER.match(text, s)):
                if (phone := zh_phone_end(text, s)) is not None:
                    pos = phone  # "电话0571-87654321"
                    continue
                if zh_code_before(text, s):
                    pos = skip_token(text, s)  # "邮编310051"
                    continue
                hit = at_zh(text, s, floor)
            elif s and (text[s - 1].isalnum() or text[s - 1] in "._" or
                        text[s - 2 : s] == "++") and not (  # "A350", "H5N1", "C++26"
                    text[s - 2 : s] in _GLUED_PREFIXES and not text[s - 3 : s - 2].isalnum()):
                decimal = bare_decimal(text, s) if text[s - 1] == "." else None
                if decimal is None:
                    pos = skip_token(text, s)  # inside a code or name
                    continue
                hit = decimal
            elif text[s - 1 : s] == "(" and s >= 2 and text[s - 2] in _DATELINE_WORDS:
                hit = at_zh(text, s, floor)  # Taiwan's dateline "昨(29)日", ASCII brackets
            elif s >= 2 and text[s - 2] in "PH+-－" and text[s - 1] in "+-－ " and \
                    rate_spread_start(text, s) is not None:
                hit = at_zh(text, s, floor)  # "P-1.75厘": a spread over the prime rate
            elif (text[s + 1 : s + 3] in _MARKS or text[s + 2 : s + 4] in _MARKS) and (
                    marker := list_marker_end(text, s)) is not None:
                pos = floor = marker  # "1. Growth …", "2. Inflation …": a list's markers
                continue
            elif text[s + 1 : s + 2] == "H" and (half := HALF_FIRST.match(text, s)):
                year = half.group(1) or half.group(2)  # "1H26": a half year, a date (figs29)
                hit = s, half.end(), "date", float(year) + (2000.0 if len(year) == 2 else 0.0)
            elif (text[s + 1 : s + 2] == "m" or text[s + 2 : s + 3] == "m") and (
                    lap := lap_time(text, s)) is not None:
                hit = lap  # "1m 34.486s": a lap time in seconds (figs30)
            else:
                try:
                    hit = at_digits(text, s, floor, grouping)
                except Regroup:
                    if grouped(text) is not text:
                        raise  # "12 500 fans": `find_figures` reads it again, grouped
                    grouping = False  # "$3 2025": read on as a re-read would, not again
                    hit = at_digits(text, s, floor, False)
        elif first in "QH" and m_end - s == 2:
            hit = _at_quarter_code(text, s)
        elif first == "N" and text.startswith("No", s, m_end) and (
                no := NO_ORDINAL.match(text, s)):
            hit = (s, no.end(), "ordinal", as_float(no.group(1)))
            after = NEXT_WORD.match(text, no.end())
            if text[no.end() : no.end() + 1] in (":", "/") and \
                    text[no.end() + 1 : no.end() + 2].isdigit():
                hit = skip_token(text, no.end())  # "No. 2:25-cr-00417": a case number
            elif name_blocked(text, s) or (after and after.group(1)[0].isupper()) or (
                    no.group(1) == "10" and not _ranked(text, s, after)):
                hit = no.end()  # "bus No 5", "No 10 Downing Street", "No 10 said"
        else:
            hit = at_word(text, s, m_end, floor)
        if isinstance(hit, int):
            pos = max(hit, m_end)
            continue
        start, end, kind, value = hit
        if start < floor:  # context words already belong to the previous figure
            start = s
        if end <= start or kind == "duration" and names_a_term(text, start, end) or \
                kind == "percent" and CONFIDENCE.match(text, end):
            pos = max(end, m_end)  # nothing, "the 10-year gilt yield" (a bond's name), "95% CI"
            continue
        if kind == "number" and found and found[-1][2] in ELIDED_KINDS \
                and (ELIDED_JOIN.fullmatch(text, found[-1][1], start) or _age_dash(
                    text, found[-1], start) or _age_list(text, found, start, end)) \
                and text[start:end].replace(",", "").isdigit():
            kind = found[-1][2]  # "aged 18 to 24", "aged 5-11": the second shares the unit
        k, at = len(found) - 1, start  # "89 by 93 cm", "19.5 x 32 x 31 cm": all measure
        while kind == "quantity" and k >= 0 and found[k][2] == "number" and \
                _BY_JOIN.fullmatch(text, found[k][1], at) and \
                text[found[k][0] : found[k][1]].replace(",", "").replace(".", "").isdigit():
            found[k], k, at = (*found[k][:2], kind, found[k][3]), k - 1, found[k][0]
        if kind == "duration" and found and found[-1][2] == "duration" and \
                _DURATION_JOIN.fullmatch(text, found[-1][1], start) and (
                joined := joined_duration(text[found[-1][0] : found[-1][1]], found[-1][3],
                                          text[start:end], value)) is not None:
            found[-1] = (found[-1][0], end, kind, joined)  # "seven years and six months"
        elif kind in _TWO_ENDED and found and found[-1][2] == kind and (low := two_ended(
                text, found[-1], start, end, value)) is not None:
            found[-1] = (found[-1][0], end, kind, low)  # "3% to 4%", "$8.40-$8.55"
        else:
            found.append((start, end, kind, value))
        pos = floor = end
    return placed(text, found)


def typed_rate(text: str) -> float | None:
    """The percent of a rate typed alone in 厘 ("5.875厘" → 5.875, as a query): what the
    text's rule (`_zh_bare.no_unit`) reads after a rate word ("最優惠利率維持5.875厘"), so
    the query finds that figure as `5.875%` does; None for anything else ("5厘米")."""
    if not text.endswith(RATE_UNIT) or not text[:1].isdigit():
        return None
    found = extract(A_RATE + text)
    if len(found) != 1 or found[0].kind != "percent" or found[0].text != text:
        return None
    return found[0].value


#: Set last, once the module is whole: the UI takes `extract` from `sys.modules` without
#: importing it (start-up), and another thread may be importing it at that moment.
LOADED = True
