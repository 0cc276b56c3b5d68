"""Figures written in digits: "3bn", "5.2%", "2019-2021", "20th", "1980s", "Sept 28"."""

from __future__ import annotations

import re

from hzreader.figures._after_digits import digits_tail
from hzreader.figures._bare import (
    SERVES,
    rating_fraction,
    servings_at,
)
from hzreader.figures._basics import as_float, mul
from hzreader.figures._calendar import date_after_month
from hzreader.figures._clock import (
    about_time,
    at_colon,
    at_dotted,
)
from hzreader.figures._context import (
    Hit,
    currency_start,
    finish_hit,
    words_before,
)
from hzreader.figures._currency import euro_decimal, euro_sign_decimal, percent_decimal
from hzreader.figures._designations import (
    DESIGNATION_BEFORE,
    beaufort_force,
    designated_end,
    skip_token,
    storm_category,
)
from hzreader.figures._fiscal import fiscal_year
from hzreader.figures._grouping import SPACES, Regroup
from hzreader.figures._odds import hyphen_odds
from hzreader.figures._patterns import (
    ACCELERATION,
    AGE_AND,
    AGE_TO,
    BLOOD_PRESSURE,
    CASE_CODE,
    COLON_SCORE,
    ERA_AFTER,
    GLUED_HMS,
    GLUED_MS,
    ISO,
    NUM,
    P_VALUE,
    PAGE_OF,
    SCIENTIFIC,
    SCORE_AFTER,
    SCORE_CONTEXT,
    WORDISH,
    ZH_RANGE,
)
from hzreader.figures._phones import names_a_service, phone_end
from hzreader.figures._ranges import scaled_money_range
from hzreader.figures._scientific import scientific_hit
from hzreader.figures._scores import cricket_score, stoppage_minute
from hzreader.figures._zh import at_zh

#: A p-value's sign, right before its number or a space before it (`P_VALUE`).
_P_SIGNS = frozenset("<>≤≥")
#: Three numbers joined by hyphens: a formation or an address, not a score and a number.
_TRIPLE = re.compile(r"\d{1,4}-\d{1,4}-\d{1,4}(?![\d-])")


#: A league table's points column before the number: "GD +21 Pts 52", "pts 52" (not "30
#: pts 12 rebounds": a number before a lower-case "pts" is its own; figs23).
_POINTS_BEFORE = re.compile(r"(?<![\w+-])Pts\s$|(?<![\w+-])(?<!\d\s)pts\s$")


def at_digits(text: str, s: int, floor: int, grouping: bool = True) -> Hit | int:
    """The figure whose digits start at `s`, or the position to resume scanning from.
    Raises `Regroup` at a number a space and three digits follow ("12 500"), if `grouping`."""
    m = NUM.match(text, s)
    if m is None:
        return s + 1
    raw, end = m.group(), m.end()
    if text[s - 3 : s] == "ts " and _POINTS_BEFORE.search(text, max(0, s - 7), s) and raw.isdigit():
        return s - 4, end, "count", float(raw)  # "Pts 52" in a league table: its points
    if (raw[0] == "7" or end - s == 4 or text[s - 1 : s] in DESIGNATION_BEFORE
            or text[s - 2 : s] == ". ") and (
            skip := designated_end(text, s, end, raw)) is not None:
        return skip  # "737 MAX 8", "H.R. 3684", "2024 PT5", "C/2023 A3", "[31m", "(1)"
    if text[s - 3 : s] == "pH " and raw[0] != "0":
        return s - 3, end, "quantity", as_float(raw)  # "at pH 7.4": acidity (figs29)
    if raw == "0" and (accel := ACCELERATION.match(text, s)):
        return accel.end()
    if text[s - 3 : s] == "of " and PAGE_OF.search(text, max(0, s - 16), s):
        return end  # "Image 1 of 8", "Page 2 of 3": page furniture
    if text[end : end + 5] in (" min ", "-min ") and text.startswith("read", end + 5) and \
            not text[end + 9 : end + 10].isalpha():
        return end + 9  # "3 min read": a reading time in a byline
    nxt = text[end : end + 1]
    if nxt in SPACES and end - s <= 3 and grouping and text[end + 1 : end + 4].isdigit():
        raise Regroup  # "1 000 people", "€1 250 000": the text is read again, grouped
    if nxt == "," and text[end + 1 : end + 2].isdigit() and (
            euro := euro_decimal(text, s) or euro_sign_decimal(text, s)):
        start = s - 1 if text[s - 1 : s] == "€" else s  # "4,50 €", "€4,50"
        return finish_hit(text, s, start, euro[0], "money", euro[1], floor, False)
    if nxt == "," and (pct := percent_decimal(text, s)) is not None:
        return finish_hit(text, s, s, pct[0], "percent", pct[1], floor, False)  # "45,5 %"
    if (nxt >= "\u2e80" or (nxt in ".，" and text[end + 1 : end + 2] >= "\u2e80")
            or nxt in "—–~～-/" and ZH_RANGE.match(text, end) and (nxt != "/" or end - s == 4)) \
            and text[s - 1 : s] not in ("-", "−"):
        return at_zh(text, s, floor)  # "2025年", "1-10月份", "2026/27年度"; not "COVID-19、"
    if raw[-3:-2] == "." and len(raw) <= 5 and nxt in " apAP" and (
            dotted := at_dotted(text, s)) is not None:  # "12.30pm": no more than \d\d.\d\d
        return about_time(text, dotted, floor)
    if nxt in ("-", "/") and (iso := ISO.match(text, s)):
        year = iso.group(1) or iso.group(2) or iso.group(3)
        return s, iso.end(), "date", float(year)
    if (nxt == "/" or text[s - 2 : s] == "FY" or text[s - 3 : s] == "FY ") and (
            fiscal := fiscal_year(text, s)) is not None:
        return fiscal  # "2025/26 season", "FY2026"
    if nxt == "+" and (minute := stoppage_minute(text, s)):
        return minute  # "the 90+3rd": a minute of stoppage time
    if nxt == "-" and raw == "1" and text.startswith("-in-", end) and (
            odds := hyphen_odds(text, s)) is not None:
        return odds  # "a 1-in-100-year flood"
    if nxt == "-" and (chain := _TRIPLE.match(text, s)):
        return chain.end()  # "a 4-4-2 formation", "7-44-1 Jindaiji": a name, not two figures
    if (nxt in ("e", "E", "^", "×") or nxt == " " and text[end + 1 : end + 2] in ("×", "x")) \
            and (sci := SCIENTIFIC.match(text, s)):
        return scientific_hit(text, s, sci, floor)
    if nxt == " " and text[end + 1 : end + 2] in ("B", "A", "C") and (
            era_word := ERA_AFTER.match(text, end)) and (year := as_float(raw)) is not None:
        return s, era_word.end(), "year", -year if era_word.group(1).startswith("B") else year
    if s >= 3 and text[s - 3 : s] == "AD " and raw.isdigit() and not text[s - 4 : s - 3].isalnum():
        return s - 3, end, "year", float(raw)  # "AD 122"
    if nxt == ":" and (clock := at_colon(text, s)) is not None:
        return about_time(text, clock, floor)
    if nxt == ":" and (score := COLON_SCORE.match(text, s)) and (SCORE_CONTEXT.search(
            text, max(0, s - 40), s) or SCORE_AFTER.match(text, score.end())):
        return s, score.end(), "number", None  # "Bayern won 2:1", "a 1:1 draw": as "2-1"
    if (nxt == "h" or nxt == " " and text[end + 1 : end + 2] == "h") and (
            hms := GLUED_HMS.match(text, s)):
        seconds = int(hms.group(1)) * 3600 + int(hms.group(2)) * 60 + float(hms.group(3) or 0)
        return finish_hit(text, s, s, hms.end(), "duration", seconds, floor, False)  # "2hr 22min"
    if (nxt == "m" or nxt == " " and text[end + 1 : end + 2] == "m") and (
            ms := GLUED_MS.match(text, s)):
        seconds = int(ms.group(1)) * 60 + float(ms.group(2))
        return finish_hit(text, s, s, ms.end(), "duration", seconds, floor, False)  # "6min 17sec"
    if (phone := phone_end(text, s, end, raw)) is not None:
        return phone  # "+44 20 7946 0958", "555-0199"
    if nxt == "/" and (bp := BLOOD_PRESSURE.match(text, s)) and \
            int(bp.group(1)) > int(bp.group(2)):
        return finish_hit(text, s, s, bp.end(), "quantity", as_float(raw), floor, False)
    if nxt == "/" and (rating := rating_fraction(text, s, raw)) is not None:
        return rating  # "Rated 4/5": 0.8, as "8.7 out of 10" is 0.87
    if nxt == "/" and (cricket := cricket_score(text, s, raw)) is not None:
        return cricket  # "India 287/6 (50 ov)": runs for wickets, a score
    if nxt in (".", "/", ":") and text[end + 1 : end + 2].isdigit() or (
            nxt == "-" and (text[end + 1 : end + 2].isupper() or text[end + 1 : end + 2].islower()
                            and CASE_CODE.match(text, s))):
        return skip_token(text, end)  # "A-1", "23-cv-1234"
    if nxt == " " and names_a_service(text, end, raw):
        return end  # "911 calls", "a 999 call": the service's name
    start = s
    era = False
    if s >= 2 and text[s - 1] == "-" and text[s - 2].isalpha() and text[s - 2] < "\u2e80":
        before = WORDISH.search(text, max(0, s - 12), s - 1)
        prefix = before.group().lower() if before else ""
        if prefix in ("mid", "pre", "post", "early", "late", "end") and before:
            start, era = before.start(), True
        elif prefix == "magnitude" and before:
            return before.start(), end, "quantity", as_float(raw)
        else:
            return skip_token(text, end)
    value = as_float(raw)
    plain = raw.isdigit()
    if plain and (date := date_after_month(text, s, raw)):
        return date
    sign = 1.0
    if not era and s and text[s - 1] in "-−+±" and (
            s == 1 or text[s - 2] in " (\t\n[" or text[s - 2] >= "\u2e80"):
        start, sign = s - 1, (-1.0 if text[s - 1] in "-−" else 1.0)
    elif (text[s - 1 : s] in _P_SIGNS or text[s - 2 : s - 1] in _P_SIGNS) and (
            p_value := P_VALUE.search(text, max(0, s - 6), s)):
        start = p_value.start(1)  # "p<0.001": the bound belongs to the span (figs35)
    elif not era and (minus := words_before(text, s, 1)) and minus[0][1].lower() == "minus":
        start, sign = minus[0][0], -1.0
        if [w.lower() for _, w in words_before(text, s, 3)[1:]] == ["or", "plus"]:
            start, sign = words_before(text, s, 3)[2][0], 1.0  # a margin: "plus or minus 0.12C"
    currency = currency_start(text, start) if start == s else None
    if currency is not None:
        start = currency
    if not era and start == s:
        words = words_before(text, s, 1)
        if words and words[0][1].lower() in ("aged", "age", "ages"):
            older = AGE_TO.match(text, end)  # "aged 50 to 70", "aged 5-11": one range (figs26)
            stop = older.end() if older and value is not None and \
                value < float(older.group(1)) <= 130 else end
            return words[0][0], stop, "duration", value
        if words and words[0][1] == "between" and (two := words_before(text, s, 2))[1:] and \
                two[1][1].lower() in ("aged", "ages"):
            older = AGE_AND.match(text, end)  # "aged between 17 and 19": one range (figs24)
            stop = older.end() if older and value is not None and \
                value < float(older.group(1)) <= 130 else end
            return two[1][0], stop, "duration", value
        if words and words[0][1].lower() in SERVES and (
                servings := servings_at(text, words[0][0], end, raw, value)) is not None:
            return servings  # "Serves 12", "serves 4-6"
        if words and words[0][1].lower() == "magnitude":
            return words[0][0], end, "quantity", value
        if words and words[0][1] in ("Force", "force") and beaufort_force(text, words[0][0], raw):
            return words[0][0], end, "quantity", value  # "a Force 10 gale": the Beaufort scale
        if words and words[0][1] in ("Category", "category", "Cat") and storm_category(
                text, words[0][0], raw):
            return words[0][0], end, "quantity", value  # "a Category 4 storm": Saffir-Simpson
    if currency is not None and value and (
            both := scaled_money_range(text, end, value, text[start:s])):
        return finish_hit(text, s, start, both[0], "money", mul(value, both[1]), floor, False)
    return digits_tail(text, s, start, end, raw, value, sign, currency is not None, era, floor)
