"""What a number written in digits is, read from what follows it (`digits_tail`, for
`_digits`): a unit, a scale, a counted noun, an ordinal suffix, or the words around it."""
from __future__ import annotations

import re

from hzreader.figures import _words as fw
from hzreader.figures._bare import (
    age_group_before,
    context_hit,
    cups_won,
    swing_points,
    weight_near,
)
from hzreader.figures._basics import as_float, mul
from hzreader.figures._calendar import decade
from hzreader.figures._clock import (
    about_time,
    ampm_time,
    compound_duration,
    military_time,
)
from hzreader.figures._context import (
    Hit,
    approx_start,
    finish_hit,
    is_year_range,
    joined_kind,
    name_blocked,
    small_number,
    street_follows,
    unit_factor,
    unit_tail,
    words_before,
)
from hzreader.figures._currency import won_is_verb
from hzreader.figures._designations import (
    air_pressure,
    science_unit,
    skip_token,
)
from hzreader.figures._millions import (
    counted_follows,
    measured_follows,
    metres_hyphened,
    millions_counted,
    money_follows,
    race_follows,
    spaced_metres,
)
from hzreader.figures._nouns import (
    plural_end,
    singular_end,
    strong_body,
)
from hzreader.figures._ordinal_tail import ordinal_tail
from hzreader.figures._patterns import (
    AMPM,
    AND_HALF,
    DAY_MONTH,
    DECADE,
    DECIMAL_TIMES,
    ERA_WORDS,
    GLUED_PERIOD,
    HYPHEN_NOUN,
    HYPHEN_RATIO,
    HYPHEN_SCALE,
    MIXED_FRACTION,
    MONEY_UPPER_SCALE,
    NEXT_WORD,
    ORD_SUFFIX,
    RANGE,
    RANGE_DASHES,
    RATIO,
    SCALE,
    SCALE_FIRST,
    SCALE_ORDINAL,
    SCALE_SECOND,
    SCORE_AFTER,
    SCORE_CONTEXT,
    SECONDS,
    SPACED_SCALE,
    STONE_LB,
    TIMES,
    TIMES_FIRST,
    YEAR_CONTEXT,
)
from hzreader.figures._ranges import to_range

#: Currency names that make "a 300-baht fee" money (not "pound": "a 5-pound bag" weighs).
_HYPHEN_CURRENCY = frozenset(
    "dollar euro yuan renminbi yen baht rupee rupiah ringgit peso ruble rouble franc dirham "
    "riyal lira krona krone kronor zloty shekel hryvnia forint".split())

#: Upper-case scales glued to a sum with a currency (`MONEY_UPPER_SCALE`; "$5MM": millions).
_UPPER_SCALES = {"M": 1e6, "MM": 1e6, "MN": 1e6, "Mn": 1e6, "B": 1e9, "BN": 1e9, "Bn": 1e9,
                 "K": 1e3}


def digits_tail(
    text: str, s: int, start: int, end: int, raw: str, value: float | None, sign: float,
    money: bool, era: bool, floor: int,
) -> Hit | int:
    """Classify digits by what follows them: unit, scale, noun, ordinal suffix, or context."""
    plain = raw.isdigit()
    p = end
    nxt = text[p : p + 1]
    if nxt.isalpha() and "." not in raw and not money:
        if (o := ORD_SUFFIX.match(text, p)) and value is not None:
            if o.group().startswith("st") and (
                    STONE_LB.match(text, p + 2) or weight_near(text, s, p + 2)):
                return s, p + 2, "quantity", value  # "11st 6lb": stones and pounds
            return ordinal_tail(text, s, o.end(), value, floor, digits=True)  # "1,000th"
        if plain and (d := DECADE.match(text, p)) and raw.endswith("0") and len(raw) in (2, 4):
            return decade(text, s, d.end(), raw, floor)
    if text[p + 1 : p + 2] in SCALE_SECOND and (big := SCALE_ORDINAL.match(text, p)) \
            and value is not None and not money:
        return s, big.end(), "ordinal", mul(value, fw.SCALES[big.group(1)])
    if value is not None:
        value *= sign
    if plain and not era and text[p + 1 : p + 2] == "a" and (
            half := AND_HALF.match(text, p)) and value is not None:
        value, p = value + 0.5, half.end()
    elif plain and value is not None and nxt in fw.VULGAR_FRACTIONS:
        value, p = value + fw.VULGAR_FRACTIONS[nxt], p + 1  # "2½ furlongs"
    elif plain and nxt == " " and text[p + 2 : p + 3] == "/" and value is not None and (
            mixed := MIXED_FRACTION.match(text, p)):
        value, p = value + int(mixed.group(1)) / int(mixed.group(2)), mixed.end()  # "1 1/2 cups"
    is_range = False
    dashed = text[p : p + 1] in RANGE_DASHES or text[p + 1 : p + 2] in RANGE_DASHES
    rng = RANGE.match(text, p) if dashed else None
    if rng and text[rng.end() : rng.end() + 1].isalpha() and not _unit_glued(text, rng.end()):
        rng = None  # "1-2pm", "12-14B": no range; "25-28C", "40-60mm", "$5-10bn" are
    if rng:
        is_range = True
    q = rng.end() if rng else p
    factor, attached_m = 1.0, False
    after = text[q : q + 2]  # what the patterns below need to start with, checked first
    sc = SCALE.match(text, q) if after[:1] in SCALE_FIRST or after[1:] in SCALE_SECOND else None
    spaced = SPACED_SCALE.match(text, q) if sc is None and after[:1] == " " and \
        after[1:] in ("m", "b", "k") else None
    if sc:
        word = (sc.group(1) or sc.group(2) or sc.group(3)).lower()
        factor = fw.SCALES[word]
        if sc.group(4):
            factor *= fw.SCALES[sc.group(4).lower()]
        attached_m = sc.group(2) == "m"
        q = sc.end()
    elif spaced and (money or spaced.group(2) or spaced.group(1) == "m" and (millions_counted(
            text, start, spaced.end(1)) or counted_follows(text, spaced.end(1)))):
        factor, q = fw.SCALES[spaced.group(1)], spaced.end(1)  # "8 m euros", "3 m people"
    elif spaced and spaced.group(1) == "m" and value is not None and not is_range and \
            spaced_metres(text, start, spaced.end(1)):  # "ran 100 m in", "the 100 m race"
        return finish_hit(text, s, start, spaced.end(1), "quantity", value, floor, False)
    elif money and after[:1] in "MBK" and (upper := MONEY_UPPER_SCALE.match(text, q)):
        factor, q = _UPPER_SCALES[upper.group(1)], upper.end()  # "$208M", "HK$2B", "£30K"
    elif text[q : q + 1].isalpha() and not text[q - 1 : q].isspace():
        if money and text[q] == "p" and GLUED_PERIOD.match(text, q) and value is not None:
            return finish_hit(text, s, start, q, "money", value * sign, floor, False)  # "£1,250pcm"
        if text[q] == "p" and not text[q + 1 : q + 2].isalnum() and not money and \
                text[q + 1 : q + 3] != ".m" and \
                raw not in fw.RESOLUTIONS and value is not None:
            return finish_hit(text, s, start, q + 1, "money", value * sign / 100, floor, False)
        if (secs := SECONDS.match(text, q)) and ("." in raw or secs.end() - q > 1):
            return finish_hit(text, s, start, secs.end(), "duration", value, floor, False)
        if (factor_x := TIMES.match(text, q)) and value is not None:
            return finish_hit(text, s, start, factor_x.end(), "number", value * sign, floor, False)
        glued = unit_tail(text, q)
        if glued is None and metres_hyphened(text, q):  # "a 1m-high wall" (figs31)
            return finish_hit(text, s, start, q + 1, "quantity", value, floor, False)
        if glued is None and text[q] in "mk" and text.startswith("-strong", q + 1) and value:
            return finish_hit(text, s, start, strong_body(text, q + 8), "count",  # "a
                              value * fw.SCALES[text[q]], floor, False)  # 1m-strong crowd"
        if not (glued and glued[0] in ("quantity", "percent") or AMPM.match(text, q)):
            return skip_token(text, q)
    if rng and is_year_range(raw, rng.group(1)) and not money:
        return start, rng.end(), "year", value
    if is_range and factor == 1.0 and not money and unit_tail(text, q) is None \
            and plural_end(text, q) is None:
        if rng and _decimal_range(raw, rng.group(1), sign):  # "95% CI 0.64–0.90" (figs31)
            return finish_hit(text, s, start, q, "number", value, floor, True)
        is_range = False
        q = p
        if rng and plain and len(raw) <= 3 and rng.group(1).isdigit() \
                and len(rng.group(1)) <= 3 and (len(raw) <= 2 and len(rng.group(1)) <= 2
                                                or SCORE_CONTEXT.search(text, max(0, s - 40), s)
                                                or SCORE_AFTER.match(text, rng.end())):
            return start, rng.end(), "number", None  # a score: "6-2", "won 112-104", "the
            # 121-115 win" (figs31)
    kind: str | None = None
    stop = q
    if money:
        kind = "money"
        written = unit_tail(text, q)
        if written and written[0] == "money":
            stop = written[1]
    elif (tail := unit_tail(text, q)) is not None:
        kind, stop = tail
        factor *= unit_factor(text, kind, q, stop)
        if kind == "money" and "pound" in text[q:stop] and weight_near(text, start, stop):
            kind = "quantity"  # "weighed in at 226 pounds"
        elif kind == "quantity" and text[q + 1 : q + 2] == "c" and cups_won(text, start, q, stop):
            kind = "count"  # "have won 2 cups": trophies
        elif kind == "money" and text[q + 1 : q + 2] == "w" and won_is_verb(
                text, q, stop, value, factor != 1.0):
            kind, stop = None, q  # "the party in District 9 won easily": the verb
        elif kind == "quantity" and text[stop - 2 : stop] == "mb" and not air_pressure(text, s):
            if text[q] == "m":
                return skip_token(text, q)  # "a 1000mb plan", as before
            kind, stop = None, q  # "900 mb of storage": no millibars without weather near
        elif kind == "quantity" and text[stop - 1] in "Kr" and text[q] == " " and \
                text[q + 1 : stop] in ("K", "bar") and \
                not science_unit(text, s, text[q + 1 : stop]):
            kind, stop = None, q  # "a 5 K run", "a 5 bar gate": no kelvin, no bar
    value = mul(value, factor)
    if kind == "duration" and value is not None and (both := compound_duration(
            text, q, stop, value)):
        stop, value = both  # "1 minute 42 seconds", valued in seconds
    if kind is None and factor == 1.0 and plain and value is not None and value.is_integer():
        if value <= 12 and (ap := ampm_time(text, start, q, value)):
            return about_time(text, ap, floor)
        if len(raw) == 4 and q == end and (mil := military_time(text, s, raw)) is not None:
            return mil
        if value <= 31 and (dm := DAY_MONTH.match(text, q)):
            return start, dm.end(), "date", float(dm.group(1)) if dm.group(1) else None
    after = text[q : q + 2]
    if kind is None and (after[1:] == "t" or after[:1] in TIMES_FIRST) and (
            factor_times := TIMES.match(text, q) or (
                DECIMAL_TIMES.match(text, q) if "." in raw else None)) and value is not None:
        # "8.4 times": a decimal is a multiplier, never a count of occasions
        return finish_hit(text, s, start, factor_times.end(), "number", value, floor, False)
    if kind is None and after[1:] in ("i", "o", "p") and (ratio := RATIO.match(text, q)) and value:
        den = small_number(ratio.group(1))
        if den and den > value and not (len(ratio.group(1)) == 4 and 1000 <= den <= 2100):
            return finish_hit(text, s, start, ratio.end(), "number", value / den, floor, False)
    if kind is None and after[:1] == "-" and (hs := HYPHEN_SCALE.match(text, q)) \
            and value is not None \
            and hs.group(2) not in fw.STOP_WORDS and not money:
        value = mul(value, fw.SCALES[hs.group(1)])
        return finish_hit(text, s, start, hs.end(), "count", value, floor, False)
    if kind is None and after[:1] == "-" and (hr := HYPHEN_RATIO.match(text, q)) \
            and value is not None:
        if raw == "9" and hr.group(1) == "5":
            return hr.end()  # "a 9-to-5 job": office hours, an idiom
        den = as_float(hr.group(1))
        if den:
            return finish_hit(text, s, start, hr.end(), "number", value / den, floor, False)
    if kind is None and not is_range and after[:1] == "-" and (hy := HYPHEN_NOUN.match(text, q)) \
            and hy.group(1) not in fw.STOP_WORDS:
        kind, stop = "money" if hy.group(1) in _HYPHEN_CURRENCY else "count", hy.end()
        if hy.group(1) == "strong":
            stop = strong_body(text, stop)  # "the 5,000-strong force": the force is counted
    year_like = (plain and len(raw) == 4 and factor == 1.0 and value is not None
                 and sign > 0 and not money and (1000 <= value <= 2100 or value <= 2999 and (
                     before := words_before(text, start, 1)) and before[0][1].lower() in (
                     "in", "until", "till", "before")))
    if year_like and kind is None:
        words = words_before(text, start, 1)
        strict = not words or words[0][1].lower() not in YEAR_CONTEXT
        if strict and text[q : q + 1] == " " and text[q + 1 : q + 2].isupper() and \
                street_follows(text, q):
            return q  # "1600 Pennsylvania Avenue": an address
        head = plural_end(text, q, strict=True) if strict else None
        if head is not None and (noun := NEXT_WORD.match(text, q)) \
                and noun.group(1).lower() in fw.YEAR_NOUNS:
            head = None  # "1990 levels"
        if head is None:
            if name_blocked(text, start) and not era:
                return skip_token(text, q)
            if words and words[0][1].lower() in ERA_WORDS and words[0][0] >= floor:
                start = words[0][0]
            elif not era:
                start = approx_start(text, start, floor, fw.YEAR_APPROXIMATORS)
            if start != s and not era and text[start:s].strip().lower() not in (
                    fw.YEAR_APPROXIMATORS | ERA_WORDS):
                return start, q, "number", value
            return start, q, "year", value
        kind, stop = "count", head
    if kind is None and attached_m and (race_follows(text, q) or measured_follows(text, q)):
        return finish_hit(text, s, start, q, "quantity", mul(value, 1e-6), floor, True)
    if kind is None and not (text[start - 6 : start - 1] in ("under", " over") and
                             age_group_before(text, start)):
        # a million counts plurals: "1m people"; "a 1m wall" is a metre (figs31)
        head = singular_end(text, q) if value == 1 and not attached_m else plural_end(text, q)
        if head is not None:
            kind, stop = "count", head
    if kind == "count" and text[stop : stop + 5] == " per " and value and (
            rate := RATIO.match(text, stop)) and (base := _rate_base(rate.group(1), value)):
        # "4 extra cases per 1,000 people": one rate, as "8.2 per 100,000" (figs26)
        return finish_hit(text, s, start, rate.end(), "number", value / base, floor, False)
    if kind == "count" and text[stop - 5 : stop] in ("point", "oints") and swing_points(
            text, start, q, stop):
        kind = "percent"  # "a swing of 10.2 points", "a 10-point swing": percentage points
    if kind is None and not is_range and text[q : q + 4] == " to " and (
            rng_to := to_range(text, start, q, value)):
        kind, stop, value = rng_to[0], rng_to[2], mul(value, rng_to[1])  # "10 to 14 days"
    if kind is None and attached_m and not millions_counted(text, start, q) and \
            not money_follows(text, q):
        return finish_hit(text, s, start, q, "quantity", mul(value, 1e-6), floor, True)
    if kind is None:
        joined = joined_kind(text, q, start)
        if joined and not is_range:
            kind = joined[0]
            value = mul(value, (joined[1] if factor == 1.0 else 1.0) * joined[2])
    if kind is None and start == s and text[s - 1 : s] in "“\"‘" and s and \
            text[q : q + 1] in "”\"’":
        return q  # a number alone in quotes is a name: “618”
    if kind is None:
        if (found := context_hit(text, s, start, q, raw, value, floor)) is not None:
            return found
        kind = "number"
    if kind in ("count", "number") and start == s and text[s - 4 : s] == "per ":
        return stop  # "45 cases per 100,000 people": the base of a rate, counting nothing
    check_name = not (money or sign < 0 or "," in raw or factor != 1.0 or era
                      or kind in ("percent", "money") or kind == "count" and _MARGIN.match(
                          text, q))  # "leaves United 8 points behind": a team's margin
    if check_name and kind in ("duration", "quantity") and stop > q:
        before = words_before(text, start, 1)  # a unit follows: only "lap 44 …" is a name
        check_name = bool(before) and before[0][1].lower() in fw.NAME_PREFIXES
    elif kind == "number" and start == s and "," in raw and not money and \
            (before := words_before(text, start, 1)):
        word = before[0][1]  # "block 840,000": a lower-case name word, singular; not "no"
        check_name = word in fw.NAME_PREFIXES and word[-1] != "s" and word not in _NOT_NAMING
    return finish_hit(text, s, start, stop, kind, value, floor, check_name)


def _decimal_range(raw: str, second: str, sign: float) -> bool:
    """Whether "0.64–0.90", "1.2-1.8" with no unit is one range of plain numbers (figs31: a
    confidence interval): both ends decimals written alike, low < high ("0.12–0.85" too)."""
    if "." not in raw or "." not in second or len(raw.partition(".")[2]) != len(
            second.partition(".")[2]) or sign < 0:
        return False
    low, high = as_float(raw), as_float(second)
    return bool(low and high and 0 < low < high)


def _rate_base(written: str, value: float) -> float | None:
    """The base of a rate "per 1,000", "per 100,000", "per million": a power of ten from a
    thousand up, above the count before it; None for "per 90 minutes", "per 2 people"."""
    base = small_number(written) if written[:1].isdigit() else None
    if not base or base < 1000 or base <= value or f"{base:.0f}".rstrip("0") != "1":
        return None
    return base


#: A margin in a table after a team's name (figs26): "United 8 points behind", "Spurs 3
#: games adrift", "Chelsea 5 points clear of" (a name before the number is the team's).
_MARGIN = re.compile(
    r"\s(?:points|pts|games|goals|shots|strokes|places)\s(?:behind|adrift|clear|ahead|off|"
    r"short|above|below|back)\b")
#: Name words that are also a determiner or a noun before a grouped number: "no 4,500
#: players", "the number 1,626".
_NOT_NAMING = frozenset({"no", "number"})


def _unit_glued(text: str, pos: int) -> bool:
    """Whether the letters at `pos`, glued to a range's second number, are its unit or scale."""
    after = text[pos : pos + 2]
    if after[:1] in SCALE_FIRST and SCALE.match(text, pos):
        return True
    return unit_tail(text, pos) is not None
