"""Regular expressions and word sets that the key-figure scanner matches against."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from hzreader.figures import _unit_words as fu
from hzreader.figures import _words as fw
from hzreader.figures._basics import alt


def spaced_alt(words: Iterable[str]) -> str:
    """Like `alt`, but a space inside a phrase may also be written as a hyphen."""
    return alt(words).replace("\\ ", "[\\s-]")


def trie(words: Iterable[str]) -> str:
    """A regex matching exactly `words`, shaped as a trie so that matching fails fast."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict[str, Any]]) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?" if len(branches) == 1 and len(body) > 1 else body + "?"
        return body

    return emit(root)


def spaced_trie(words: Iterable[str]) -> str:
    """Like `trie`, but a space inside a phrase may also be written as a hyphen."""
    return trie(words).replace("\\ ", "[\\s-]")


#: A number in digits: grouped by thousands, by lakhs ("1,64,900", figs24: two-digit groups
#: then three; never a Western grouping), or not grouped.
NUM_RX = (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?!\d|,\d)"
          r"|\d+(?:\.\d+)?")
WORD_TRIGGERS = [*fw.UNITS, *fw.TENS, *fw.ORDINALS, "hundred", "thousand", "million",
                  "billion", "trillion", "dozen", "half", "quarter", "decade", "fortnight", "week",
                  *fw.CLOCK_WORDS, *fw.MULTIPLIED]
#: Where a figure may start: any digit (filtered in `extract`), "Q3", "H1 2025" (a half year:
#: only with its year, as "H2" alone is hydrogen), "No 2" or a number word.
_TRIGGER_RX = (
    r"\d|\b(?:Q[1-4]\b|H[12](?=\s(?:\d{4}\b|FY\s?\d))|No\.?\s?(?=\d)|"
    r"(?:Jan(?:uary)?|Apr(?:il)?|July?|Oct(?:ober)?)[-–](?:Mar(?:ch)?|June?|Sept?(?:ember)?|"
    r"Dec(?:ember)?)\s(?:quarter|period)\b|"
    rf"{trie({*WORD_TRIGGERS, *(w.capitalize() for w in WORD_TRIGGERS)})}\b)"
)
TRIGGER = re.compile(_TRIGGER_RX)
#: The same for a text with CJK in it: also a numeral, 第, 上半年/下半年, 半年, 半个百分点,
#: 前三季度, 翻了一番.
#: (Two patterns because the Chinese branches slow the scan of English text by a fifth.)
TRIGGER_ZH = re.compile(
    _TRIGGER_RX + r"|[〇零一二两三四五六七八九十百千万亿第]|[上下]半年"
    r"|半(?=年|个月|小时|天|个小时|个百分点|个基点)|前(?=[\d一二三四五六七八九十两])"
    r"|翻(?=了?[一两二三]?番)"
)
NUM = re.compile(NUM_RX)
ISO = re.compile(
    r"(\d{4})-[01]\d-[0-3]\d(?![\d-])|(\d{4})/[01]?\d/[0-3]?\d(?![\d/])"
    r"|[0-3]?\d/[0-3]?\d/(\d{4})(?![\d/])"
)
#: A phone number: "+81 3 5289 3650" (after a country code an area code of one digit),
#: "+1 (212) 555-0147", "1-866-504-6453", "020 7946 0958", "0571-87654321".
PHONE = re.compile(
    r"(?:\+\d{1,3}[ -]?(?:\(\d{1,5}\)[ -]?)?\d{1,5}"
    r"|(?:1[-.](?=\d{3}[-.]\d{3}))?(?:\(\d{1,5}\)[ -]?)?\d{2,5})(?:[ -]\d{2,8}){1,4}"
)
#: A code or name to skip ("787-9", "3.4.1"); it ends at the first CJK character (`CJK`).
TOKEN = re.compile(r"[\w./:'’-]*")
CJK = re.compile("[\u2e80-\uffef]")
#: An acceleration test names a speed range, not a figure ("0-60mph in 2.9 seconds").
ACCELERATION = re.compile(r"0\s?[-–—~至到]\s?(?:60|62|100|200)\s?(?:km/h|mph|kph|公里)")
#: A dashed range that ends in Chinese ("1—10月", "1-10月份"), or a fiscal year ("2026/27年度";
#: `_digits` checks the four digits): the Chinese reader takes it.
ZH_RANGE = re.compile(r"[—–~～\-/]\d{1,4}[\u2e80-\uffef]")
AND_HALF = re.compile(r"\sand\sa\shalf\b")
#: The second number of a range, whole (atomic: "25-28C" never ends at "25-2"); a letter
#: glued after it is checked by `_digits` (a unit or a scale: "25-28C", "$5-10bn").
RANGE = re.compile(rf"(?:[-–]|\s[-–]\s)((?>{NUM_RX}))[½¼¾]?(?![\w.]\d|\d)")
SCALE = re.compile(
    r"(?:\s?(bn|bln|mn|mln|tn|trn|trln)|(k|m|b)|\s(hundred|thousand|million|billion|trillion|dozen|lakh|"
    # a hyphen before the next amount's currency ends a scale: "£1.5bn-£2bn"
    r"crore)(?:\s(thousand|million|billion|crore))?)"
    r"(?![A-Za-z0-9/²³]|-(?![$£€¥₹]|[A-Z]{1,3}\$))"
)
#: An upper-case letter scale glued to a sum with a currency (figs21): "$208M", "HK$208M",
#: "$2B", "£30K", "$1.5BN", "$5MM" (MM: thousands of thousands); only after a currency,
#: so "M3", "208M users" stay as they were.
MONEY_UPPER_SCALE = re.compile(
    r"(MM|BN|Bn|MN|Mn|M|B|K)(?![A-Za-z0-9/²³]|-(?![$£€¥₹]|[A-Z]{1,3}\$))")
#: A letter scale after a space ("8 m euros", "€8 m"): group 2 is a currency written after
#: it; without one the scale counts only after a currency sign ("8 m" alone may be metres).
SPACED_SCALE = re.compile(
    rf"\s([mbk])(?![A-Za-z0-9²³/-])(\s(?:{fw.CURRENCY_AFTER})(?![A-Za-z]))?")
#: Cheap checks before a pattern is tried (`_digits`): a match of `RANGE` has one of
#: `RANGE_DASHES` first or second; of `SCALE`, one of `SCALE_FIRST` first or `SCALE_SECOND`
#: after a space (also `SCALE_ORDINAL`'s second); of `TIMES`, "t" second or `TIMES_FIRST`.
#: tests/test_figures_guards.py holds them to the patterns.
RANGE_DASHES = frozenset("-–")
SCALE_FIRST = frozenset("bmtk")
SCALE_SECOND = frozenset("bmthdlc")
TIMES_FIRST = frozenset("x×")
# Units after a number, tried in this order by `UNIT_TAIL`: percent, money, age, measure, time.
_PERCENT_RX = (
    r"\s?%|\s?(?:percent|per\scent|pct)\b|pc\b|-percent\b|[\s-](?:percentage|basis)[\s-]points?\b"
    r"|\s?bps?\b|‰|\s?pp\b(?!\.)"  # "2.5pp": percentage points (figs16)
)
#: A currency written after the amount: "5 euros", "3 million yuan", "4 €", "4€" (a euro
#: sign after, as on the Continent; not before the next amount: "from 4 €5").
_MONEY_AFTER_RX = rf"\s(?:{fw.CURRENCY_AFTER})(?![A-Za-z])|\s?€(?![\w$£€]|\s?\d)"
_AGE_RX = r"-(?:year|month|week|day)s?-olds?\b|\s(?:years?|months?)[\s-]old\b"
_QUANTITY_RX = (
    rf"(?:[\s-]?(?:{spaced_trie(u for u in fu.QUANTITY_UNITS if u not in fu.ATTACHED_ONLY_UNITS)})"
    # "938 mb", "940mb": millibars, only for an air pressure (850 to 1,099; figs19)
    r"|(?:(?<=[89]\d\d)|(?<=10\d\d))\s?mb"
    # "320 K", "0.1 bar": kelvin and bar after a space, only near a word of temperature or
    # pressure (`_designations.science_unit`; figs23)
    r"|\s(?:K|bar)(?=[\s,;:.!?)]|$)"
    rf"|(?:{alt(fu.ATTACHED_ONLY_UNITS)})"
    # "65 W charging": a short unit after a space, unless a number or a street follows ("65 W
    # 42nd Street", "5 W Main St"); a name is no street ("its 1,600 W ThermoJet element")
    rf"|\s(?:{alt(fu.ATTACHED_ONLY_UNITS)})(?![A-Za-z0-9²³])(?!\s*\d|"
    rf"\s+(?:[A-Z][\w.'-]*\s+){{0,2}}(?:{alt(fw.STREET_WORDS)})\b)"
    # "waves of 8 m.", "8 m high": metres after a space where no noun follows ("8 m people"
    # would be millions; glued "8m" is a scale, see `SCALE`)
    # or a place or a cause after a preposition ("50 m in fog", "50 m from the line"; figs33)
    r"|\sm(?=[,;:!?)]|\.(?![A-Za-z])|$|"
    r"\s(?:high|tall|long|deep|wide|across|away|above|below|apart|thick)\b|"
    r"\s(?:in|from|at|into|off|under|near|along|through|inside|outside|beyond|behind)\s"
    r"(?![\d£$€¥]|(?:cash|funding|revenue|sales|profits?|losses|damages|fines|aid|debts?|"
    r"investments?|savings|assets|bonuses|fees|donations|subsidies|value|worth|prices?|"
    r"total)\b)))"  # "3 m in cash", "rose 8 m in value"
    r"(?![A-Za-z0-9²³])"
    r"(?!(?<=\s[A-Z])-\d)"  # "12 F-35s", "3 C-130s": a model, not 12 °F
    r"(?!(?<=\s[A-Z])(?:[+#]|-[a-z]))"  # "1,200 C++ developers", "C#", "C-suite"
    r"(?:\sper\s(?:hour|second|minute|day)\b|\san\shour\b|\sa\sday\b)?"
)
_DURATION_RX = (
    r"(?:\s(?:(?:straight|consecutive|successive|full|more|working|business|calendar|"
    rf"additional|further|solid|long)\s)?|-)(?:{trie(fu.DURATION_UNITS)})\b(?!-on-|-to-)"
)
UNIT_TAIL = re.compile(
    f"(?P<percent>{_PERCENT_RX})|(?P<money>{_MONEY_AFTER_RX})|(?P<age>{_AGE_RX})"
    f"|(?P<quantity>{_QUANTITY_RX})|(?P<duration>{_DURATION_RX})"
)
AMPM = re.compile(r"\s?(?:a\.m\.|p\.m\.|am|pm)(?![A-Za-z])|\so'clock\b")
#: A month; an abbreviation may take a dot, but a sentence's full stop is not part of it.
_MONTH_RX = rf"(?:{alt(fw.MONTHS)})(?:\.(?=,?\s\d))?(?![A-Za-z])"
DAY_MONTH = re.compile(rf"(?:st|nd|rd|th)?\s{_MONTH_RX}(?:,?\s(\d{{4}})(?!\d|,\d))?")
DAY_TAIL = re.compile(
    r"(?:st|nd|rd|th)?(?![\w])(?:(?:[-–]|\s[-–]\s|\sto\s)[0-3]?\d(?:st|nd|rd|th)?(?!\w|,\d))?"
    r"(?:,?\s(\d{4})(?!\d|,\d))?"
)
#: "1 in 3,000", "1 in 3000", "one in five", "45 per 100,000": the denominator whole, a
#: comma after it is punctuation ("at 1 in 3,000, a significance of …"), not a digit group.
#: A bare four-digit denominator is no year ("one in 2013" is a year); "per" takes digits only.
#: A denominator may be scaled ("1 in 292.2 million": the number and its scale word).
RATIO = re.compile(r"\s(?:(?:in|out\sof)\s(?:every\s)?|per\s(?=\d))"
                   r"((?:\d{1,3}(?:,\d{3})+|(?!(?:1\d|2[01])\d\d(?!\d))\d+)(?:\.\d+)?"
                   r"(?:\s(?:thousand|million|billion|trillion)(?!\w))?|[a-z]+)(?!\w|[,.]\d)"
                   r"(?!\s?%|\s(?:percent|per\scent)\b)"  # "four in 6.9 percent": no ratio
                   # "a Category 4 in 24 hours": a length of time after, no odds (figs19)
                   r"(?!\s(?:seconds|minutes|mins|hours|hrs|days|nights|weeks|months|years|"
                   r"yrs|decades|centuries|seasons|quarters)\b)")
HYPHEN_NOUN = re.compile(r"-([a-z]{3,})(?![\w-])")
#: "a 70-billion-parameter model": a scaled count written with hyphens.
HYPHEN_SCALE = re.compile(r"-(thousand|million|billion|trillion)-([a-z]{3,})(?![\w-])")
#: "a 2-to-1 margin": a ratio written with hyphens.
HYPHEN_RATIO = re.compile(r"-to-(\d{1,3})(?![\w-])")
#: A second number joined to a name's number ("junctions 10 and 11", "Articles 5-7").
JOINED_NAME = re.compile(r"(?:\s(?:and|or|to|&)\s|[-–])\d+(?![\w.,]\d|\w)")
#: Words before "opened at 8" that make it a price, not a time of day.
MARKET_BEFORE = re.compile(
    r"\b(?:shares?|stocks?|index|indices|prices?|traded|trading|points|yields?|futures|"
    r"bonds?|currency|dollar|euro|pound|yen|yuan)\b", re.I)
#: "five of them": a number word that counts people already named.
OF_THEM = re.compile(
    r"\sof\s(?:them|whom|those|these)\b|\sof\s(?:(?:the|their|his|her|its|our)\s"
    r"(?:[A-Za-z][\w.-]*['’]s\s)?|[A-Z][\w.-]*['’]s\s)"  # "seven of the company's 11"
    rf"(?:(?:last|first|next)\s)?(?:\d|(?:{alt(fw.UNITS)}|{alt(fw.TENS)})\b)"
)
#: Latin letters with accents ("cafés", "señores") count as letters of a word.
_LATIN_LETTER = "A-Za-zÀ-ÖØ-öø-ɏ"
NEXT_WORD = re.compile(
    rf"\s([{_LATIN_LETTER}][{_LATIN_LETTER}0-9'’]*(?:-[{_LATIN_LETTER}0-9]+)*|\d+(?![\w,.]))")
COORD = re.compile(r"\s(?:and|or)\s([a-z][a-z'’-]*)")
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s|[A-Z][A-Za-z]{0,3}-?\d+[A-Za-z]{0,2}(?:-\d+)?s")
JOINED = re.compile(
    rf"(?:,\s(?:{NUM_RX})(?![\w.]\d)){{0,8}},?\s(?:to|and|or)\s(?:(?:US|HK)?\$|[£€])?"
    rf"({NUM_RX})(?![\w.]\d)"
)
ORD_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z0-9])")
DECADE = re.compile(r"'?s(?![A-Za-z0-9])")
#: Seconds glued to a number: "9.58s", "9.58sec", "45secs" (figs27: "sec", "secs").
SECONDS = re.compile(r"s(?:ecs?)?(?![A-Za-z0-9])")
PERIOD = re.compile(r"[\s-](quarter|half)(?![\w-])(?:\sof\s(\d{4})(?!\d|,\d))?")
FIRST_N = re.compile(
    rf"\s({alt(fw.UNITS)}|\d{{1,2}})\s(?:months|quarters)\b(?:\sof\s(\d{{4}})(?!\d|,\d))?"
)
SUPERLATIVE = re.compile(
    rf"-(?:[a-z]+est|most|least)(?:-[a-z]+)*\b|\s(?:{alt(fw.SUPERLATIVES)})\b"
)
#: "the third most visited", "its second least expensive" (figs17; `_context` wants a
#: determiner or possessive before the ordinal and no stop word as group 1).
MOST_SUPERLATIVE = re.compile(r"\s(?:most|least)[\s-]([a-z]{3,})(?:-[a-z]+)?\b")
RANK_NOUN = re.compile(
    rf"\s(?:{alt(fw.RANK_NOUNS)})\b|-(?:ranked|placed|seeded)\b"
    rf"|\s(?:straight|consecutive|successive|running)\s(?:(?:{alt(fw.STREAK_MODIFIERS)})\s)?"
    rf"(?:{alt(fw.STREAK_NOUNS)})s?\b"
    rf"|\s(?:{alt(fw.STREAK_NOUNS)})\s(?:running|in\sa\srow)\b"
    rf"|\s(?:(?:{alt(fw.STREAK_MODIFIERS)}|straight)\s)?(?:{alt(fw.STREAK_NOUNS)})\sin\sa\srow\b"
)
#: "in the first place": the idiom ("why was it built in the first place?"), no ranking.
FIRST_PLACE_IDIOM = re.compile(r"\splace\b")
#: A named storm is ranked in its season without naming it: "the second named storm".
NAMED_STORM = re.compile(r"\snamed\sstorm\b")
#: A noun phrase ranked within a period after a spelled ordinal: "fourth named storm of the
#: season", "second title this year" (group 1: the noun phrase; not "time", nor a period).
IN_PERIOD = re.compile(
    r"((?:\s(?!(?:of|this|last|next|the|a|an|and|or|in|on|at|to|for|was|is|time|times|day|"
    r"week|month|year|quarter|half|season)\b)[a-z][a-z'’-]*){1,3}?)"
    r"\s(?:of\s(?:the|this|that|its|his|her|their|last|next)|this|last|next)\s"
    r"(?:[a-z0-9]+\s)?(?:season|year|campaign|tournament|decade|century|month|week)\b")
CENTURY = re.compile(r"[\s-]century\b")
#: A name of up to three capitalised words and an achievement noun ("World Cup win").
NAMED_ACHIEVEMENT = re.compile(
    rf"(?:\s[A-Z][\w'’-]*){{1,3}}\s(?:{alt(fw.ACHIEVEMENT_NOUNS)})\b"
)
SCALE_ORDINAL = re.compile(r"\s(hundred|thousand|million|billion)th\b")
POINT_FRACTION = re.compile(r"(?:\sof)?\sa\s(?:percentage[\s-])?point\b(?!s)")
#: "a quarter point", "a quarter-point cut": a quarter of a percentage point.
QUARTER_POINT = re.compile(r"[\s-](?:percentage[\s-])?point\b(?!s)")
#: A multiplier: "five times faster", "19 times the guideline", "3x"; a valuation multiple
#: ("14.5 times earnings", "20 times forward profits").
TIMES = re.compile(
    r"\stimes(?=\s(?:the|as|that|more|less|its|their|his|her|what|pre-|earnings|sales|"
    r"revenues?|profits?|book|forward|trailing|EBITDA|cash\sflow|average|annual|median|"
    r"household|income|salary|salaries|GDP|"
    r"(?!after|over|under|other|never|ever|together)[a-z]+er\b))|(?<=\d)[x×](?![\w-])"
)
#: "8.4 times" after a decimal, whatever follows: a multiplier (a count of occasions is whole).
DECIMAL_TIMES = re.compile(r"\stimes\b(?!-)")
#: A rent or pay period glued to a sum: "£1,250pcm" (per calendar month), "£300pw", "£30kpa".
GLUED_PERIOD = re.compile(r"p(?:cm|a|w)(?![A-Za-z0-9])")
#: "-time" after a number word: "three-time champion".
TIME_COUNT = re.compile(r"-times?\b(?!-)")
#: The smaller unit of a compound duration: "1 minute 42 seconds", "2 hours 5 minutes" (with
#: "and" or a decimal, "18 hours and 40 minutes", the driver joins the two figures).
COMPOUND_DURATION = re.compile(r"\s(\d{1,2})\s(minutes?|mins?|seconds?|secs?)\b")
#: Words that decide whether "the first half" is part of a game: looked for around it.
GAME_CONTEXT = re.compile(rf"\b(?:{alt(fw.GAME_WORDS)})\b")
SCORE_CONTEXT = re.compile(rf"\b(?:{alt(fw.SCORE_WORDS)})\b")
#: The year after "Q3" or "H1": "Q3 2025", "Q3 of 2025", "Q3-2025", "Q3 FY26" (figs29).
QUARTER_YEAR = re.compile(r"(?:\s|\sof\s|-)(\d{4})(?!\d|,\d)|\sFY\s?(\d{4}|\d{2})(?![\w/]|[.,]\d)")
#: A half year written digit first: "1H26", "2H25", "1H 2026" (figs29; "H1 2026" is `TRIGGER`'s).
HALF_FIRST = re.compile(r"[12]H(?:(\d{2})|\s?(\d{4}))(?![\w/]|[.,]\d)")
#: Hours and minutes glued to their units, maybe seconds: "2hr 22min 55sec", "1h 05m".
GLUED_HMS = re.compile(
    r"(\d{1,2})\s?(?:hrs?|h)\s?(\d{1,2})\s?(?:mins?|m)(?:\s?(\d{1,2}(?:\.\d+)?)\s?(?:secs?|s))?"
    r"(?![A-Za-z\d])")
#: The older end of "aged between 17 and 19" (figs24: one range of ages).
AGE_AND = re.compile(r"\sand\s(\d{1,3})(?![\d.,]\d|\d|\s?%|\s(?:months|weeks|days)\b)")
#: The older end of "aged 50 to 70", "aged 5-11" (figs26: one range of ages, as "aged
#: between 17 and 19").
AGE_TO = re.compile(r"(?:\sto\s|[-–])(\d{1,3})(?![\d.,]\d|\d|\s?%|\s(?:months|weeks|days)\b)")
#: A blood pressure, systolic over diastolic: "140/90 mmHg" (figs24: one quantity valued
#: at the systolic, the number thresholds are stated in).
BLOOD_PRESSURE = re.compile(r"(\d{2,3})/(\d{2,3})\s?mmHg\b")
#: Minutes and seconds glued to their units, both abbreviated: "6min 17sec", "2mins 5.3secs"
#: (figs24; "5m 3s" stays apart: "m" is metres as often).
GLUED_MS = re.compile(r"(\d{1,2})\s?mins?\s?(\d{1,2}(?:\.\d+)?)\s?secs?(?![A-Za-z\d])")
#: A weight in stones and pounds: "11st 6lb" (the stones; the pounds are read after).
STONE_LB = re.compile(r"\s?\d{1,2}\s?lbs?\b")
NO_ORDINAL = re.compile(r"No\.?\s?(\d{1,4})(?![\w.]\d|\w|-\w)")
TENS_UNIT = re.compile(rf"(?i)[-\s]({alt(u for u in fw.UNITS if 0 < fw.UNITS[u] < 10)})\b(?!-)")
TENS_ORD = re.compile(
    rf"(?i)-({alt(o for o in fw.ORDINALS if fw.ORDINALS[o] < 10)})\b"
)
WORD_SCALE = re.compile(r"(?i)\s(hundred|thousand|million|billion|trillion|dozen)\b(?!-)")
FRACTION_AFTER = re.compile(rf"(-|\s)({alt(fw.FRACTIONS)})\b(?!-)")
OF_A_SCALE = re.compile(r"\sof\sa\s(hundred|thousand|million|billion)\b")
A_SCALE = re.compile(r"\san?\s(dozen|hundred|thousand|million|billion)\b")
HALF_CENT = re.compile(r"\sa\s(?:cent|penny)\b")
#: "an hour and a half": the unit before "and a half" (read back from "half").
UNIT_AND_A = re.compile(
    r"\b(an?)\s(?:hour|day|year|century|decade|month|week|minute|second)\sand\sa\s$", re.I)
#: Page furniture before "of": "Image 1 of 8", "Page 2 of 3" (the second number is no figure).
PAGE_OF = re.compile(r"\b(?:Image|Photo|Picture|Slide|Page|Video|Part|Episode)\s\d{1,3}\sof\s$")
#: A table of ranks after a word ordinal: "fourth in the medal table", "second in the league".
RANK_TABLE = re.compile(
    r"\s(?:in|on)\s(?:the\s)?(?:[a-z]+\s)?(?:table|standings|rankings|league)\b")
#: A league position before its points: "second on 31 points", "fourth, on 28 points",
#: "sixth with 24 points" (not after "the": "in the third with 12 points" is a quarter).
RANK_POINTS = re.compile(r",?\s(?:on|with)\s(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\spoints\b")
HALF_TIME = re.compile(r"\san?\s(hour|day|year|century|decade|month|week|minute)\b")
WORDISH = re.compile(r"[A-Za-z][\w'’&.-]*$")
WORD_FULL = re.compile(r"[A-Za-z][\w'’&.-]*")
#: Words that keep their dot: abbreviations, including months ("Oct. 27").
DOTTED = frozenset({"No.", "approx.", "Rs.", *(m + "." for m in fw.MONTHS if len(m) <= 4)})

YEAR_CONTEXT = frozenset(
    "in since by during until till before after through from between early mid late "
    "fiscal year years spring summer autumn fall winter".split()
)
ERA_WORDS = frozenset({"early", "mid", "late"})
AFTER_FRACTION = frozenset(
    "of in to from since on over than this last compared and or but while as".split()
)
#: Comparatives after a fraction that make it the size of a difference ("a third more than",
#: "a fifth less than", "a quarter higher."; figs21).
COMPARED = frozenset("more less fewer higher lower cheaper dearer".split())
APPROX_LAST = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in fw.APPROXIMATORS)
ONE_IDIOMS = frozenset("point hand way side thing another time other".split())
BARE_NAME = frozenset({"Group"})
SIGNS = "$£€¥₹₩₽₺₦."
#: The fraction of a mixed number before a unit of a recipe ("1 1/2 cups", "2 3/4 teaspoons";
#: figs35).
MIXED_FRACTION = re.compile(r" ([1-9])/([2-9]|1[0-6])(?= (?:cups?|tablespoons?|teaspoons?|tbsp|"
                            r"tsp|pounds?|lbs?|ounces?|oz|inch(?:es)?|pints?|quarts?|gallons?|"
                            r"miles?|hours?)\b)")
#: A p-value's sign before its number ("p<0.001", "P < .05"; group 1 the sign and a space).
P_VALUE = re.compile(r"(?<![A-Za-z])[pP]\s?([<>≤≥]\s?)$")
#: A confidence level, no key figure: "95% CI", "95% confidence interval", "95%置信区间".
CONFIDENCE = re.compile(r"\s?(?:CI|confidence\s(?:interval|level))\b|置信区间")
ELIDED_JOIN = re.compile(r"\s(?:to|and|or)\s")
#: Kinds a bare second number shares ("aged 18 to 24"); not percent, as "rose 1.1% to 42,326"
#: is a change and then a level.
ELIDED_KINDS = frozenset({"duration", "quantity"})
#: The rest of a sentence (up to 300 characters) after a sentence-initial "One …".
SENTENCE_REST = re.compile(r"[^\n]{0,300}?(?:[.!?](?=\s|$)|\n|$)")
#: Another count in that sentence, which makes "One" a count by contrast ("One person died
#: and 12 were hurt", "One was killed, two injured"): digits that are no year or percent,
#: or a number word from two up.
OTHER_COUNT = re.compile(
    rf"(?i)(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d,]*(?![\d.,]*\s?(?:%|per\s?cent\b))"
    rf"|\b(?:{alt(w for w in [*fw.UNITS, *fw.TENS] if w not in ('zero', 'one'))})\b"
)
#: A score written with a colon ("won 2:1"), which no clock reads (minutes take two digits).
COLON_SCORE = re.compile(r"\d{1,2}:\d(?![\d:]|\.\d)")
#: A result named after a score ("a 1:1 draw", "their 2:0 home win"): a score with no word
#: of sport before it.
SCORE_AFTER = re.compile(r"\s(?:home\s|away\s)?(?:draw|win|victory|defeat|loss|lead)\b")
#: An era after a year ("10,000 BC", "122 AD", "500 BCE"): the year, negative before Christ.
ERA_AFTER = re.compile(r"\s(BCE?|AD|CE)\b")
#: A court case number ("23-cv-1234", "1:24-cr-00187"): a code, not a figure.
CASE_CODE = re.compile(r"\d{1,4}-(?!(?:to|in|of|or|by|on|up)-)[a-z]{2,3}-\d")
#: A number in scientific notation ("1e-9", "3.2e6", "10^6", "2.5×10^8"), at its digits.
#: A power of ten in superscript ("3.2 × 10⁻⁵ g"; figs23) is group 5.
SCIENTIFIC = re.compile(
    r"(\d+(?:\.\d+)?)(?:[eE]([-+]?\d{1,3})|\^([-+]?\d{1,3})|\s?[×x]\s?10\^([-+]?\d{1,3})"
    r"|\s?[×x]\s?10([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\w^⁰¹²³⁴⁵⁶⁷⁸⁹]|[.,]\d)")
#: Superscript digits and signs as ASCII.
SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
