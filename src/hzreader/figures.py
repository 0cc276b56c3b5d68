"""Key figures in news text, typed and valued, as a careful editor would mark them.

`extract(text)` scans for digits and number words, then reads the words around each one:
currency signs and approximators before it, scales, units and counted nouns after it, and
the name or code it may belong to. Pure and thread-safe; stdlib and `hzreader.model` only.

Span rules (tests/data/figures_labelled.yaml follows them):

* Approximators ("over", "nearly", "more than", "up to", "as much as" …), currency signs
  and "minus" belong to the span; articles and prepositions do not ("in 2025" → "2025",
  "the late 1980s" → "late 1980s", "the fourth quarter" → "fourth quarter").
* A count runs from the number to the first plural noun within five words ("more than 10
  near-unicorn enterprises", "68 Fortune 500 companies"), plus a second plural ("police
  officers") or an "and/or X" coordination when X is a lone plural ("30 countries and
  regions"). "one"/"1" takes a singular noun phrase of up to three words ("one county-level
  city"). A number with no noun after it is a `number` ("rose to 18.8 million").
* "3-5 days" and "Oct 8-14" are one figure valued at the low end; "5 to 10 percent" and
  "20, 30 and 50 years" give one figure per number, the bare ones taking the unit and kind
  of the last ("5" is a percent). "2019-2021" and "2024-25" are years; "6-2" is a score.
* Word ordinals count only as rankings: with a rank noun ("first place"), a superlative
  ("third-largest"), a streak ("fifth straight year") or a ranking verb ("finished fourth");
  "first quarter"/"first half" are dates and "the first time" is nothing. Digit ordinals
  ("20th") always count unless a name follows ("15th Five-Year Plan").
* Years are 4-digit numbers 1000–2100 in year-like context; a plural noun right after makes
  a count instead ("2368 projects"), unless "in/since/by …" precedes ("In 2025 exports").
* Values: money in units of its currency (3e9 for "3 billion yuan"); percentages and points
  as written; counts, durations and quantities as the number times its scale; years and
  decades as the year (1980 for "1980s"); dates as the year they state, else None;
  fractions and ratios as a float (0.25 for "1 in 4"); ordinals as the rank; scores None.
* Not figures: numbers in names and codes ("Airbus A350", "G20", "COVID-19", "Article 12",
  "Line 10", "5G", "Windows 11", "Long March 5", "bus No 5"), addresses ("10 Downing
  Street"), phone numbers, capitalised number words inside a sentence ("Group of Seven",
  "Three Gorges"), and number words that count nothing ("one of the most", "no one").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from hzreader import figure_words as fw
from hzreader.model import Figure

__all__ = ["extract", "format_value", "parse_number"]

_Hit = tuple[int, int, str, float | None]


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _spaced_alt(words: Iterable[str]) -> str:
    """Like `_alt`, but a space inside a phrase may also be written as a hyphen."""
    return _alt(words).replace("\\ ", "[\\s-]")


def _trie(words: Iterable[str]) -> str:
    """A regex matching exactly `words`, shaped as a trie so that matching fails fast."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?" if len(branches) == 1 and len(body) > 1 else body + "?"
        return body

    return emit(root)


_NUM_RX = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d+(?:\.\d+)?"
_WORD_TRIGGERS = [*fw.UNITS, *fw.TENS, *fw.ORDINALS, "hundred", "thousand", "million",
                  "billion", "trillion", "dozen", "half", "quarter"]
#: Where a figure may start: any digit (filtered in `extract`), "Q3", "No 2" or a number word.
_TRIGGER = re.compile(
    r"\d|\b(?:Q[1-4]\b|No\.?\s?(?=\d)|"
    rf"{_trie({*_WORD_TRIGGERS, *(w.capitalize() for w in _WORD_TRIGGERS)})}\b)"
)
_NUM = re.compile(_NUM_RX)
_ISO = re.compile(
    r"(\d{4})-[01]\d-[0-3]\d(?![\d-])|(\d{4})/[01]?\d/[0-3]?\d(?![\d/])"
    r"|[0-3]?\d/[0-3]?\d/(\d{4})(?![\d/])"
)
_CLOCK = re.compile(
    r"([0-2]?\d):[0-5]\d(?::[0-5]\d)?(?:\s?(?:a\.m\.|p\.m\.|am|pm)(?![A-Za-z]))?(?![\d:])"
)
_PHONE = re.compile(r"(?:\+\d{1,3}[ -]?)?(?:\(\d{1,5}\)[ -]?)?\d{2,5}(?:[ -]\d{2,5}){1,4}")
_TOKEN = re.compile(r"[\w./:'’-]*")
_AND_HALF = re.compile(r"\sand\sa\shalf\b")
_RANGE = re.compile(rf"(?:[-–]|\s[-–]\s)({_NUM_RX})(?![\w.]\d|[A-Za-z])")
_SCALE = re.compile(
    r"(?:\s?(bn|mn|mln|tn|trn)|(k|m|b)|\s(hundred|thousand|million|billion|trillion|dozen|lakh|"
    r"crore)(?:\s(thousand|million|billion))?)(?![A-Za-z0-9/²³-])"
)
# Units after a number, tried in this order by `_UNIT_TAIL`: percent, money, age, measure, time.
_PERCENT_RX = (
    r"\s?%|\s?(?:percent|per\scent|pct)\b|-percent\b|[\s-](?:percentage|basis)[\s-]points?\b"
    r"|\s?bps?\b"
)
_MONEY_AFTER_RX = rf"\s(?:{fw.CURRENCY_AFTER})(?![A-Za-z])"
_AGE_RX = r"-(?:year|month|week|day)s?-old\b|\s(?:years?|months?)[\s-]old\b"
_QUANTITY_RX = (
    rf"(?:[\s-]?(?:{_spaced_alt(u for u in fw.QUANTITY_UNITS if u not in fw.ATTACHED_ONLY_UNITS)})"
    rf"|(?:{_alt(fw.ATTACHED_ONLY_UNITS)}))(?![A-Za-z0-9²³])"
    r"(?:\sper\s(?:hour|second|minute|day)\b|\san\shour\b)?"
)
_DURATION_RX = (
    r"(?:\s(?:(?:straight|consecutive|successive|full|more|working|business|calendar|"
    rf"additional|further|solid|long)\s)?|-)(?:{_alt(fw.DURATION_UNITS)})\b(?!-on-|-to-)"
)
_UNIT_TAIL = re.compile(
    f"(?P<percent>{_PERCENT_RX})|(?P<money>{_MONEY_AFTER_RX})|(?P<age>{_AGE_RX})"
    f"|(?P<quantity>{_QUANTITY_RX})|(?P<duration>{_DURATION_RX})"
)
_AMPM = re.compile(r"\s?(?:a\.m\.|p\.m\.|am|pm)(?![A-Za-z])|\so'clock\b")
_MONTH_RX = rf"(?:{_alt(fw.MONTHS)})\.?(?![A-Za-z])"
_DAY_MONTH = re.compile(rf"(?:st|nd|rd|th)?\s{_MONTH_RX}(?:,?\s(\d{{4}})(?!\d|,\d))?")
_DAY_TAIL = re.compile(
    r"(?:st|nd|rd|th)?(?![\w])(?:(?:[-–]|\s[-–]\s|\sto\s)[0-3]?\d(?:st|nd|rd|th)?(?!\w|,\d))?"
    r"(?:,?\s(\d{4})(?!\d|,\d))?"
)
_RATIO = re.compile(r"\s(?:in|out\sof)\s(?:every\s)?(\d{1,3}(?:,\d{3})*|[a-z]+)(?![\w,])")
_HYPHEN_NOUN = re.compile(r"-([a-z]{3,})(?![\w-])")
_NEXT_WORD = re.compile(r"\s([A-Za-z][A-Za-z0-9'’]*(?:-[A-Za-z0-9]+)*|\d+(?![\w,.]))")
_COORD = re.compile(r"\s(?:and|or)\s([a-z][a-z'’-]*)")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_JOINED = re.compile(
    rf"(?:,\s(?:{_NUM_RX})(?![\w.]\d)){{0,8}},?\s(?:to|and|or)\s(?:(?:US|HK)?\$|[£€])?"
    rf"({_NUM_RX})(?![\w.]\d)"
)
_ORD_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z0-9])")
_DECADE = re.compile(r"'?s(?![A-Za-z0-9])")
_SECONDS = re.compile(r"s(?![A-Za-z0-9])")
_PERIOD = re.compile(r"[\s-](quarter|half)(?![\w-])(?:\sof\s(\d{4})(?!\d|,\d))?")
_FIRST_N = re.compile(
    rf"\s({_alt(fw.UNITS)}|\d{{1,2}})\s(?:months|quarters)\b(?:\sof\s(\d{{4}})(?!\d|,\d))?"
)
_SUPERLATIVE = re.compile(
    rf"-(?:[a-z]+est|most|least)(?:-[a-z]+)*\b|\s(?:{_alt(fw.SUPERLATIVES)})\b"
)
_RANK_NOUN = re.compile(
    rf"\s(?:{_alt(fw.RANK_NOUNS)})\b|-(?:ranked|placed|seeded)\b"
    rf"|\s(?:straight|consecutive|successive|running)\s(?:{_alt(fw.STREAK_NOUNS)})s?\b"
)
_CENTURY = re.compile(r"[\s-]century\b")
_SCALE_ORDINAL = re.compile(r"\s(hundred|thousand|million|billion)th\b")
_POINT_FRACTION = re.compile(r"(?:\sof)?\sa\spercentage[\s-]point\b")
_QUARTER_YEAR = re.compile(r"(?:\s|\sof\s|-)(\d{4})(?!\d|,\d)")
_NO_ORDINAL = re.compile(r"No\.?\s?(\d{1,4})(?![\w.]\d|\w)")
_TENS_UNIT = re.compile(rf"(?i)[-\s]({_alt(u for u in fw.UNITS if 0 < fw.UNITS[u] < 10)})\b(?!-)")
_TENS_ORD = re.compile(
    rf"(?i)-({_alt(o for o in fw.ORDINALS if fw.ORDINALS[o] < 10)})\b"
)
_WORD_SCALE = re.compile(r"(?i)\s(hundred|thousand|million|billion|trillion|dozen)\b(?!-)")
_FRACTION_AFTER = re.compile(rf"(-|\s)({_alt(fw.FRACTIONS)})\b(?!-)")
_OF_A_SCALE = re.compile(r"\sof\sa\s(hundred|thousand|million|billion)\b")
_A_SCALE = re.compile(r"\san?\s(dozen|hundred|thousand|million|billion)\b")
_HALF_TIME = re.compile(r"\san?\s(hour|day|year|century|decade|month|week|minute)\b")
_WORDISH = re.compile(r"[A-Za-z][\w'’&.-]*$")
_WORD_FULL = re.compile(r"[A-Za-z][\w'’&.-]*")
_DOTTED = frozenset({"No.", "approx.", "Rs."})

_YEAR_CONTEXT = frozenset(
    "in since by during until till before after through from between early mid late "
    "fiscal year years spring summer autumn fall winter".split()
)
_ERA_WORDS = frozenset({"early", "mid", "late"})
_AFTER_FRACTION = frozenset(
    "of in to from since on over than this last compared and or but while as".split()
)
_APPROX_LAST = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in fw.APPROXIMATORS)
_ONE_IDIOMS = frozenset("point hand way side thing another time other".split())
_BARE_NAME = frozenset({"Group"})
_SIGNS = "$£€¥₹₩₽₺₦."
_ELIDED_JOIN = re.compile(r"\s(?:to|and|or)\s")
_ELIDED_KINDS = frozenset({"duration", "quantity", "percent"})


def _skip(text: str, pos: int) -> int:
    """The end of the code-like token at `pos` ("787-9", "3.4.1", "24/7"), to resume after."""
    m = _TOKEN.match(text, pos)
    return m.end() if m else pos + 1


def _float(raw: str) -> float | None:
    """`raw` digits (with thousands commas) as a finite float, or None."""
    try:
        value = float(raw.replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _mul(value: float | None, factor: float) -> float | None:
    """`value * factor`, or None when either is unknown or the product overflows."""
    if value is None:
        return None
    product = value * factor
    return product if math.isfinite(product) else None


_last_words: tuple[str, int, int, list[tuple[int, str]]] = ("", -1, 0, [])


def _words_before(text: str, pos: int, count: int) -> list[tuple[int, str]]:
    """Up to `count` words right before `pos`, nearest first, one space apart."""
    global _last_words
    cached = _last_words  # one atomic read: safe when several threads extract at once
    if cached[1] == pos and cached[0] is text and (cached[2] >= count or
                                                   len(cached[3]) < cached[2]):
        return cached[3][:count]
    found = _scan_words_before(text, pos, count)
    _last_words = (text, pos, count, found)
    return found


def _scan_words_before(text: str, pos: int, count: int) -> list[tuple[int, str]]:
    """The `count` words before `pos` (fewer at punctuation), nearest first."""
    found: list[tuple[int, str]] = []
    end = pos
    for _ in range(count):
        if end < 2 or not text[end - 1].isspace():
            break
        j = end - 1
        lo = max(0, j - 40)
        k = text.rfind(" ", lo, j)
        if k < 0 < lo:
            break
        word_start = k + 1
        word = text[word_start:j]
        if "\n" in word or "\t" in word:
            word_start += max(word.rfind("\n"), word.rfind("\t")) + 1
            word = text[word_start:j]
        word = word.lstrip("\"“‘([")
        opened = word_start + (j - word_start - len(word))
        if not _WORD_FULL.fullmatch(word) or (word[-1] == "." and word not in _DOTTED):
            break
        found.append((opened, word))
        if opened != word_start:
            break
        end = word_start
    return found


def _sentence_start(text: str, pos: int) -> bool:
    """True when only spaces, quotes or brackets separate `pos` from a sentence boundary."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    if i == 0 or text[i - 1] in ".!?:;\n\"“‘'([":
        return True
    return text[i - 1] in "—–-" and (i == 1 or text[i - 2].isspace())


def _approx_start(text: str, start: int, floor: int, allowed: frozenset[str]) -> int:
    """Where an approximator right before `start` begins (or `start` when there is none)."""
    words = _words_before(text, start, 1)
    if not words or words[0][1].lower() not in _APPROX_LAST:
        return start
    words = _words_before(text, start, 3)
    for n in (3, 2, 1):
        if len(words) >= n:
            phrase = " ".join(w for _, w in reversed(words[:n])).lower()
            if phrase in allowed and words[n - 1][0] >= floor:
                if phrase == "over" and len(words) > 1 and _after_noun(words[1][1]):
                    return start
                return words[n - 1][0]
    return start


def _after_noun(word: str) -> bool:
    """Whether "over" after `word` is a preposition ("GPUs over 45 days"), not "more than"."""
    return _is_plural(word.lower()) or word.lower() == "percent" or bool(
        _ACRONYM_PLURAL.fullmatch(word))


def _currency_start(text: str, pos: int) -> int | None:
    """Where a currency sign or code written before the digits at `pos` begins."""
    before = text[max(0, pos - 4) : pos]
    if not before:
        return None
    if before[-1] == " ":
        if not (before[-2:-1].isupper() or before[-2:-1] in _SIGNS or "R" in before):
            return None
    elif not (before[-1].isalpha() or before[-1] in _SIGNS):
        return None
    i = pos - 1 if text[pos - 1] == " " else pos
    j = i
    while j > 0 and i - j < 4 and (text[j - 1].isalpha() or text[j - 1] in _SIGNS):
        j -= 1
    while j < i and text[j] == ".":
        j += 1
    while j < i:
        token = text[j:i]
        if token in fw.CURRENCY_PREFIXES and (j == 0 or not text[j - 1].isalnum()):
            if i < pos and token in "$£€¥₹₩₽":
                return None
            return j
        j += 1
    return None


def _is_plural(word: str) -> bool:
    """Whether a lower-case word looks like a plural noun."""
    if "-" in word:
        word = word.rsplit("-", 1)[1]
    if word in fw.IRREGULAR_PLURALS:
        return True
    if len(word) < 3 or word in fw.NOT_PLURAL or word in fw.STOP_WORDS:
        return False
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ous", "'s", "’s", "ics"))


def _ends_clause(text: str, pos: int) -> bool:
    """Whether punctuation, the end of text or a stop word follows `pos`."""
    m = _NEXT_WORD.match(text, pos)
    if m is None:
        return True
    return m.group(1).lower() in fw.STOP_WORDS


def _plural_end(text: str, pos: int, strict: bool = False) -> int | None:
    """End of a counted plural noun phrase starting after `pos`, or None."""
    q = pos
    named = False
    for _ in range(5):
        m = _NEXT_WORD.match(text, q)
        if m is None:
            return None
        word = m.group(1)
        lower = word.lower()
        if word[0].isdigit():
            if strict or not named:
                return None
        elif word[0].isupper():
            if _ACRONYM_PLURAL.fullmatch(word):
                return _coordinated(text, m.end())
            if strict or word in fw.MONTHS or word in fw.WEEKDAYS:
                return None
            named = True
        elif lower in fw.STOP_WORDS:
            return None
        elif _is_plural(lower):
            return _coordinated(text, m.end())
        elif strict and lower not in fw.COUNT_ADJECTIVES:
            return None
        q = m.end()
    return None


def _coordinated(text: str, end: int) -> int:
    """Extend a plural head over a second plural ("police officers") or "and regions"."""
    m = _NEXT_WORD.match(text, end)
    if m and m.group(1).islower() and _is_plural(m.group(1)):
        end = m.end()
    m = _COORD.match(text, end)
    if m and _is_plural(m.group(1)) and _ends_clause(text, m.end()):
        return m.end()
    return end


def _singular_end(text: str, pos: int) -> int | None:
    """End of the singular noun phrase counted by "one", or None."""
    ends: list[tuple[int, str]] = []
    q = pos
    for _ in range(3):
        m = _NEXT_WORD.match(text, q)
        if m is None:
            break
        lower = m.group(1).lower()
        if lower[0].isdigit() or lower in fw.STOP_WORDS or (not ends and lower in _ONE_IDIOMS):
            break
        ends.append((m.end(), m.group(1)))
        q = m.end()
    while ends and (ends[-1][1][0].isupper() or ends[-1][1].endswith(("ly", "ed", "ing"))):
        ends.pop()
    return ends[-1][0] if ends else None


def _unit_tail(text: str, pos: int) -> tuple[str, int] | None:
    """The kind and end of a unit written right after a number: percent, money, time, measure."""
    m = _UNIT_TAIL.match(text, pos)
    if m is None:
        return None
    kind = m.lastgroup or ""
    return ("duration" if kind == "age" else kind), m.end()


def _small_number(raw: str) -> float | None:
    """A denominator written in digits or as a number word ("4", "five", "10")."""
    if raw[0].isdigit():
        return _float(raw)
    value = fw.UNITS.get(raw) or fw.TENS.get(raw)
    return float(value) if value else None


def _name_blocked(text: str, start: int) -> bool:
    """Whether the word right before `start` makes the number a name or code ("Line 10")."""
    words = _words_before(text, start, 1)
    if not words:
        return False
    word = words[0][1]
    lower = word.lower()
    if lower in fw.NAME_PREFIXES:
        return True
    if lower == "of" or word == "March":
        words = _words_before(text, start, 2)
        if len(words) > 1 and words[1][1] in (_BARE_NAME if lower == "of" else ("Long",)):
            return True
    if not any(c.isupper() for c in word) or lower in fw.CAPITAL_OK:
        return False
    return not (word in fw.MONTHS or word in fw.WEEKDAYS or lower.endswith(("'s", "’s")))


def _joined_kind(text: str, pos: int) -> tuple[str, float] | None:
    """Kind and scale of a second number after "to/and/or", for "5 to 10 percent"."""
    m = _JOINED.match(text, pos)
    if m is None:
        return None
    q = m.end()
    factor = 1.0
    sc = _SCALE.match(text, q)
    if sc:
        factor = fw.SCALES[(sc.group(1) or sc.group(2) or sc.group(3)).lower()]
        q = sc.end()
    if text[m.start(1) - 1] in "$£€":
        return "money", factor
    tail = _unit_tail(text, q)
    if tail:
        return tail[0], factor
    if _plural_end(text, q) is not None:
        return "count", factor
    return None


def _date_after_month(text: str, s: int, raw: str) -> _Hit | None:
    """A date whose month name stands right before the digits at `s` ("Sept 28", "April 2019")."""
    words = _words_before(text, s, 1)
    if not words or words[0][1].rstrip(".") not in fw.MONTHS:
        return None
    if words[0][1] == "March" and [w for _, w in _words_before(text, s, 2)][1:] == ["Long"]:
        return None
    start = words[0][0]
    if len(raw) <= 2 and 1 <= int(raw) <= 31:
        m = _DAY_TAIL.match(text, s + len(raw))
        if m is None:
            return None
        year = float(m.group(1)) if m.group(1) else None
        return start, m.end(), "date", year
    if len(raw) == 4 and 1000 <= int(raw) <= 2100 and not text[s + 4 : s + 5].isalnum():
        return start, s + 4, "date", float(raw)
    return None


def _at_digits(text: str, s: int, floor: int) -> _Hit | int:
    """The figure whose digits start at `s`, or the position to resume scanning from."""
    m = _NUM.match(text, s)
    if m is None:
        return s + 1
    raw, end = m.group(), m.end()
    nxt = text[end : end + 1]
    if nxt in ("-", "/") and (iso := _ISO.match(text, s)):
        year = iso.group(1) or iso.group(2) or iso.group(3)
        return s, iso.end(), "date", float(year)
    if nxt == ":" and (clock := _CLOCK.match(text, s)) and int(clock.group(1)) <= 24:
        return s, clock.end(), "date", None
    phone_from = s - 1 if s and text[s - 1] in "+(" else s
    if nxt in (" ", "-", ")") or phone_from < s:
        phone = _PHONE.match(text, phone_from)
        if phone and _looks_like_phone(phone.group()):
            return phone.end()
    if nxt in (".", "/", ":") and text[end + 1 : end + 2].isdigit() or (
            nxt == "-" and text[end + 1 : end + 2].isupper()):
        return _skip(text, end)
    start = s
    era = False
    if s >= 2 and text[s - 1] == "-" and text[s - 2].isalpha():
        before = _WORDISH.search(text, max(0, s - 12), s - 1)
        prefix = before.group().lower() if before else ""
        if prefix in ("mid", "pre", "post", "early", "late", "end") and before:
            start, era = before.start(), True
        elif prefix == "magnitude" and before:
            return before.start(), end, "quantity", _float(raw)
        else:
            return _skip(text, end)
    value = _float(raw)
    plain = raw.isdigit()
    if plain and (date := _date_after_month(text, s, raw)):
        return date
    sign = 1.0
    if not era and s and text[s - 1] in "-−+" and (s == 1 or text[s - 2] in " (\t\n["):
        start, sign = s - 1, (-1.0 if text[s - 1] != "+" else 1.0)
    elif not era and (minus := _words_before(text, s, 1)) and minus[0][1].lower() == "minus":
        start, sign = minus[0][0], -1.0
    currency = _currency_start(text, start) if start == s else None
    if currency is not None:
        start = currency
    if not era and start == s:
        words = _words_before(text, s, 1)
        if words and words[0][1].lower() in ("aged", "age", "ages"):
            return words[0][0], end, "duration", value
        if words and words[0][1].lower() == "magnitude":
            return words[0][0], end, "quantity", value
    return _digits_tail(text, s, start, end, raw, value, sign, currency is not None, era, floor)


def _looks_like_phone(token: str) -> bool:
    """Whether a digit group sequence is a phone number rather than figures."""
    digits = sum(c.isdigit() for c in token)
    if digits < 7:
        return False
    if token[0] in "+(":
        return True
    groups = re.split(r"[ -]", token)
    if "-" in token and len(groups) >= 3:
        return True
    if "-" in token and len(groups) == 2:
        years = all(len(g) == 4 and g.isdigit() and "1000" <= g <= "2100" for g in groups)
        return not years and all(len(g) >= 3 for g in groups)
    return len(groups) >= 3 and digits >= 9 and all(len(g) >= 3 for g in groups)


def _digits_tail(
    text: str, s: int, start: int, end: int, raw: str, value: float | None, sign: float,
    money: bool, era: bool, floor: int,
) -> _Hit | int:
    """Classify digits by what follows them: unit, scale, noun, ordinal suffix, or context."""
    plain = raw.isdigit()
    p = end
    nxt = text[p : p + 1]
    if nxt.isalpha() and plain and not money:
        if (o := _ORD_SUFFIX.match(text, p)) and value is not None:
            return _ordinal_tail(text, s, o.end(), value, floor, digits=True)
        if (d := _DECADE.match(text, p)) and raw.endswith("0") and len(raw) in (2, 4):
            return _decade(text, s, d.end(), raw, floor)
    if (big := _SCALE_ORDINAL.match(text, p)) and value is not None and not money:
        return s, big.end(), "ordinal", _mul(value, fw.SCALES[big.group(1)])
    if value is not None:
        value *= sign
    if plain and not era and (half := _AND_HALF.match(text, p)) and value is not None:
        value, p = value + 0.5, half.end()
    is_range = False
    rng = _RANGE.match(text, p)
    if rng:
        is_range = True
    q = rng.end() if rng else p
    factor, attached_m = 1.0, False
    sc = _SCALE.match(text, q)
    if sc:
        word = (sc.group(1) or sc.group(2) or sc.group(3)).lower()
        factor = fw.SCALES[word]
        if sc.group(4):
            factor *= fw.SCALES[sc.group(4).lower()]
        attached_m = sc.group(2) == "m"
        q = sc.end()
    elif text[q : q + 1].isalpha() and not text[q - 1 : q].isspace():
        if "." in raw and (secs := _SECONDS.match(text, q)):
            return _finish(text, s, start, secs.end(), "duration", value, floor, False)
        glued = _unit_tail(text, q)
        if not (glued and glued[0] in ("quantity", "percent") or _AMPM.match(text, q)):
            return _skip(text, q)
    if rng and _is_year_range(raw, rng.group(1)) and not money:
        return start, rng.end(), "year", value
    if is_range and factor == 1.0 and not money and _unit_tail(text, q) is None \
            and _plural_end(text, q) is None:
        is_range = False
        q = p
        if rng and plain and len(raw) <= 2 and rng.group(1).isdigit() \
                and len(rng.group(1)) <= 2:
            return start, rng.end(), "number", None
    kind: str | None = None
    stop = q
    if money:
        kind = "money"
        written = _unit_tail(text, q)
        if written and written[0] == "money":
            stop = written[1]
    elif (tail := _unit_tail(text, q)) is not None:
        kind, stop = tail
    value = _mul(value, factor)
    if kind is None and factor == 1.0 and plain and value is not None and value.is_integer():
        if value <= 12 and (ap := _AMPM.match(text, q)):
            return start, ap.end(), "date", None
        if value <= 31 and (dm := _DAY_MONTH.match(text, q)):
            return start, dm.end(), "date", float(dm.group(1)) if dm.group(1) else None
    if kind is None and (ratio := _RATIO.match(text, q)) and value:
        den = _small_number(ratio.group(1))
        if den and den > value and not (len(ratio.group(1)) == 4 and 1000 <= den <= 2100):
            return _finish(text, s, start, ratio.end(), "number", value / den, floor, False)
    if kind is None and not is_range and (hy := _HYPHEN_NOUN.match(text, q)) \
            and hy.group(1) not in fw.STOP_WORDS:
        kind, stop = "count", hy.end()
    year_like = (plain and len(raw) == 4 and factor == 1.0 and value is not None
                 and 1000 <= value <= 2100 and sign > 0 and not money)
    if year_like and kind is None:
        words = _words_before(text, start, 1)
        strict = not words or words[0][1].lower() not in _YEAR_CONTEXT
        head = _plural_end(text, q, strict=True) if strict else None
        if head is None:
            if _name_blocked(text, start) and not era:
                return _skip(text, q)
            if words and words[0][1].lower() in _ERA_WORDS and words[0][0] >= floor:
                start = words[0][0]
            elif not era:
                start = _approx_start(text, start, floor, fw.YEAR_APPROXIMATORS)
            if start != s and not era and text[start:s].strip().lower() not in (
                    *fw.YEAR_APPROXIMATORS, *_ERA_WORDS):
                return start, q, "number", value
            return start, q, "year", value
        kind, stop = "count", head
    if kind is None:
        head = _singular_end(text, q) if value == 1 else _plural_end(text, q)
        if head is not None:
            kind, stop = "count", head
    if kind is None and attached_m:
        return _finish(text, s, start, q, "quantity", _mul(value, 1e-6), floor, True)
    if kind is None:
        joined = _joined_kind(text, q)
        if joined and not is_range:
            kind = joined[0]
            if factor == 1.0:
                value = _mul(value, joined[1])
    if kind is None:
        if _comma_age(text, start, q, raw):
            return start, q, "duration", value
        if _street_follows(text, q):
            return q
        kind = "number"
    check_name = not (money or sign < 0 or "," in raw or factor != 1.0 or era
                      or kind in ("percent", "money"))
    return _finish(text, s, start, stop, kind, value, floor, check_name)


def _street_follows(text: str, pos: int) -> bool:
    """Whether an address follows the number: "88 Century Avenue", "10 Downing Street"."""
    q = pos
    for _ in range(3):
        m = _NEXT_WORD.match(text, q)
        if m is None or not m.group(1)[0].isupper():
            return False
        if m.group(1).rstrip(".") in fw.STREET_WORDS:
            return True
        q = m.end()
    return False


def _is_year_range(first: str, second: str) -> bool:
    """ "2019-2021", "2024-25", "960-1279": a span of years rather than a count or a score."""
    if not (first.isdigit() and second.isdigit() and len(first) in (3, 4)):
        return False
    low = int(first)
    if len(second) == 2 and len(first) == 4:
        return 1000 <= low <= 2100 and int(second) == (low + 1) % 100
    return len(second) == 4 and low < int(second) <= 2100 and (len(first) == 3 or low >= 1000)


def _finish(
    text: str, s: int, start: int, stop: int, kind: str, value: float | None, floor: int,
    check_name: bool,
) -> _Hit | int:
    """Apply the name/code check and the approximator to a classified number."""
    if check_name and start == s and _name_blocked(text, start):
        return max(stop, _skip(text, s))
    if kind not in ("date", "ordinal", "year"):
        start = _approx_start(text, start, floor, fw.APPROXIMATORS)
    return start, stop, kind, value


def _comma_age(text: str, start: int, q: int, raw: str) -> bool:
    """Whether digits sit between commas after a name, as an age ("Zhang, 45, said")."""
    if not (raw.isdigit() and len(raw) <= 3 and int(raw) <= 120):
        return False
    if text[q : q + 1] != "," or text[start - 2 : start] != ", ":
        return False
    words = _words_before(text, start - 1, 1) if start >= 2 else []
    if not words:
        m = _WORDISH.search(text, max(0, start - 30), start - 2)
        word = m.group() if m else ""
    else:
        word = words[0][1]
    if word.lower() in fw.PERSON_NOUNS:
        return True
    return bool(word) and word[0].isupper() and word.lower() not in fw.CAPITAL_OK \
        and word not in fw.MONTHS and word not in fw.WEEKDAYS


def _decade(text: str, s: int, end: int, raw: str, floor: int) -> _Hit:
    """A decade such as "1980s" or "the 90s"; "in her 70s" is an age."""
    start = s - 1 if s and text[s - 1] in "'’" else s
    value = float(raw)
    words = _words_before(text, start, 1)
    if len(raw) == 2:
        if words and words[0][1].lower() in fw.POSSESSIVES:
            return start, end, "duration", value
        value += 1900
    if words and words[0][1].lower() in _ERA_WORDS and words[0][0] >= floor:
        start = words[0][0]
    elif start >= 5 and text[start - 4 : start].lower() == "mid-":
        start -= 4
    return start, end, "year", value


def _ordinal_tail(text: str, s: int, e: int, rank: float, floor: int, digits: bool) -> _Hit | int:
    """An ordinal ending at `e`: a ranking, a period ("fourth quarter") or nothing."""
    if (m := _PERIOD.match(text, e)) and rank <= 4:
        return s, m.end(), "date", float(m.group(2)) if m.group(2) else None
    if rank == 1 and (m := _FIRST_N.match(text, e)):
        return s, m.end(), "date", float(m.group(2)) if m.group(2) else None
    if (m := _CENTURY.match(text, e)) and rank <= 30:
        return s, m.end(), "date", None
    if (m := _SUPERLATIVE.match(text, e)) or (m := _RANK_NOUN.match(text, e)):
        return s, m.end(), "ordinal", rank
    nxt = _NEXT_WORD.match(text, e)
    if nxt and nxt.group(1)[0].isupper() and nxt.group(1) not in fw.MONTHS:
        return nxt.start()
    if digits:
        return s, e, "ordinal", rank
    words = _words_before(text, s, 2)
    if words:
        first = words[0][1].lower()
        if first in fw.RANK_VERBS or (
            len(words) > 1 and first in ("to", "in") and words[1][1].lower() in
            fw.RANK_MOVES | fw.RANK_VERBS
        ):
            return s, e, "ordinal", rank
    return e


def _fraction_follows(text: str, pos: int) -> bool:
    """Whether a fraction word at `pos` stands alone ("a third of", "by a quarter.")."""
    m = _NEXT_WORD.match(text, pos)
    return m is None or m.group(1).lower() in _AFTER_FRACTION


def _article_before(text: str, s: int) -> int | None:
    """Start of the article "a"/"an" right before `s`, if any."""
    words = _words_before(text, s, 1)
    if words and words[0][1].lower() in ("a", "an"):
        return words[0][0]
    return None


def _at_word(text: str, s: int, e: int, floor: int) -> _Hit | int:
    """The figure led by the number word at `s:e`, or where to resume scanning."""
    word = text[s:e]
    lower = word.lower()
    if word[0].isupper() and not _sentence_start(text, s):
        return _skip(text, e)
    if lower in fw.ORDINALS:
        a_start = _article_before(text, s)
        if a_start is not None and lower in fw.FRACTIONS and _fraction_follows(text, e):
            start = _approx_start(text, a_start, floor, fw.APPROXIMATORS)
            return start, e, "number", 1 / fw.FRACTIONS[lower]
        return _ordinal_tail(text, s, e, float(fw.ORDINALS[lower]), floor, digits=False)
    if lower == "half":
        return _half(text, s, e, floor)
    if lower in ("quarter", "dozen", "hundred", "thousand", "million", "billion", "trillion"):
        return _a_scale(text, s, e, lower, floor)
    value = float(fw.UNITS.get(lower, fw.TENS.get(lower, 0)))
    if lower in fw.TENS:
        if m := _TENS_ORD.match(text, e):
            rank = value + fw.ORDINALS[m.group(1).lower()]
            return _ordinal_tail(text, s, m.end(), rank, floor, digits=False)
        if m := _TENS_UNIT.match(text, e):
            value += fw.UNITS[m.group(1).lower()]
            e = m.end()
    if lower == "one" and (r := _words_before(text, s, 1)) and r[0][1].lower() in (
            "no", "any", "every", "each", "anyone", "someone", "everyone"):
        return e
    frac = _FRACTION_AFTER.match(text, e)
    if frac and 1 <= value < 20 and (frac.group(1) == "-" or _fraction_follows(text, frac.end())):
        den = fw.FRACTIONS[frac.group(2).lower()]
        start = _approx_start(text, s, floor, fw.APPROXIMATORS)
        return start, frac.end(), "number", value / den
    return _word_tail(text, s, e, value, floor)


def _word_tail(text: str, s: int, e: int, value: float, floor: int) -> _Hit | int:
    """Classify a number written in words by what follows it."""
    scaled = False
    for _ in range(3):
        m = _WORD_SCALE.match(text, e)
        if not m:
            break
        value *= fw.SCALES[m.group(1).lower()]
        e, scaled = m.end(), True
    if (half := _AND_HALF.match(text, e)) and not scaled:
        value, e = value + 0.5, half.end()
    kind: str | None = None
    stop = e
    tail = _unit_tail(text, e)
    if tail:
        kind, stop = tail
        if kind == "quantity" and text[e : e + 1] not in " -":
            kind = None
    if kind is None and (ratio := _RATIO.match(text, e)):
        den = _small_number(ratio.group(1))
        if den and den > value:
            start = _approx_start(text, s, floor, fw.APPROXIMATORS)
            return start, ratio.end(), "number", value / den
    if kind is None:
        head = _singular_end(text, e) if value == 1 else _plural_end(text, e)
        if head is not None:
            kind, stop = "count", head
    if kind is None:
        if not scaled:
            return e
        kind = "number"
    start = _approx_start(text, s, floor, fw.APPROXIMATORS)
    return start, stop, kind, value


def _half(text: str, s: int, e: int, floor: int) -> _Hit | int:
    """ "half", "half a million", "half an hour"."""
    if text[e : e + 1] == "-":
        return _skip(text, e)
    if m := _A_SCALE.match(text, e):
        return _word_tail(text, s, m.end(), 0.5 * fw.SCALES[m.group(1)], floor)
    if m := _POINT_FRACTION.match(text, e):
        return _approx_start(text, s, floor, fw.APPROXIMATORS), m.end(), "percent", 0.5
    if m := _HALF_TIME.match(text, e):
        return _approx_start(text, s, floor, fw.APPROXIMATORS), m.end(), "duration", 0.5
    words = _words_before(text, s, 1)
    if words and words[0][1].lower() in ("a", "and", "first", "second"):
        return e
    return _approx_start(text, s, floor, fw.APPROXIMATORS), e, "number", 0.5


def _a_scale(text: str, s: int, e: int, lower: str, floor: int) -> _Hit | int:
    """ "a quarter", "a quarter of a million", "a dozen", "a million"."""
    a_start = _article_before(text, s)
    if a_start is None:
        return e
    if lower == "quarter":
        if m := _POINT_FRACTION.match(text, e):
            return _approx_start(text, a_start, floor, fw.APPROXIMATORS), m.end(), "percent", 0.25
        if m := _OF_A_SCALE.match(text, e):
            hit = _word_tail(text, s, m.end(), 0.25 * fw.SCALES[m.group(1)], floor)
        elif _fraction_follows(text, e):
            hit = (s, e, "number", 0.25)
        else:
            return e
    else:
        hit = _word_tail(text, s, e, fw.SCALES[lower], floor)
        if isinstance(hit, int):
            hit = (s, e, "number", fw.SCALES[lower])
    if isinstance(hit, int):
        return hit
    start = hit[0] if hit[0] < s else _approx_start(text, a_start, floor, fw.APPROXIMATORS)
    return start, hit[1], hit[2], hit[3]


def _at_quarter_code(text: str, s: int) -> _Hit:
    """ "Q3", "Q3 2025"."""
    m = _QUARTER_YEAR.match(text, s + 2)
    if m:
        return s, m.end(), "date", float(m.group(1))
    return s, s + 2, "date", None


def extract(text: str) -> list[Figure]:
    """Find the key figures in `text`: typed, valued, in order and never overlapping."""
    figures: list[Figure] = []
    pos, floor, size = 0, 0, len(text)
    search = _TRIGGER.search
    while pos < size:
        m = search(text, pos)
        if m is None:
            break
        s = m.start()
        first = text[s]
        hit: _Hit | int
        if first.isdigit():
            if s and (text[s - 1].isalnum() or text[s - 1] in "._"):
                pos = _skip(text, s)  # inside a code or name: "A350", "H5N1"
                continue
            hit = _at_digits(text, s, floor)
        elif first == "Q" and m.end() - s == 2:
            hit = _at_quarter_code(text, s)
        elif first == "N" and m.group()[:2] == "No" and (no := _NO_ORDINAL.match(text, s)):
            hit = (s, no.end(), "ordinal", _float(no.group(1)))
            after = _NEXT_WORD.match(text, no.end())
            if _name_blocked(text, s) or (after and after.group(1)[0].isupper()):
                hit = no.end()  # "bus No 5", "No 10 Downing Street"
        else:
            hit = _at_word(text, s, m.end(), floor)
        if isinstance(hit, int):
            pos = max(hit, m.end())
            continue
        start, end, kind, value = hit
        if start < floor:  # context words already belong to the previous figure
            start = s
        if end <= start:
            pos = max(end, m.end())
            continue
        if kind == "number" and figures and figures[-1].kind in _ELIDED_KINDS \
                and _ELIDED_JOIN.fullmatch(text, figures[-1].end, start) \
                and text[start:end].replace(",", "").isdigit():
            kind = figures[-1].kind  # "aged 18 to 24": the second number shares the unit
        figures.append(Figure(start, end, text[start:end], kind, value))
        pos = floor = end
    return figures


# ---------------------------------------------------------------------------------------------
# Display and parsing

_LEADING_APPROX = re.compile(
    rf"(?i)(?:{_alt(fw.APPROXIMATORS)})\s"
)
_PREFIX_CURRENCY = re.compile(rf"(?:{_alt(fw.CURRENCY_PREFIXES)})")
_SUFFIX_CURRENCY = re.compile(rf"(?:{fw.CURRENCY_AFTER})$")


def _plain(value: float) -> str:
    """A number with thousands commas and at most two decimals."""
    if value.is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text if text not in ("0", "-0") else f"{value:.2g}"


def _short(value: float) -> str:
    """A large amount abbreviated: 3e9 → "3.0 bn", 4.22e8 → "422 M", 2368 → "2,368"."""
    for limit, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "M")):
        if abs(value) >= limit:
            x = value / limit
            digits = f"{x:.1f}" if abs(x) < 100 and not (abs(x) >= 10 and x.is_integer()) \
                else f"{x:,.0f}"
            return f"{digits} {suffix}"
    return _plain(value)


def _ordinal_text(n: int) -> str:
    """1 → "1st", 12 → "12th", 23 → "23rd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _fraction_text(value: float) -> str:
    """0.25 → "1/4", otherwise the plain number."""
    for den in range(2, 11):
        num = round(value * den)
        if 0 < num < den and abs(value - num / den) < 1e-9 and math.gcd(num, den) == 1:
            return f"{num}/{den}"
    return _plain(value)


def format_value(figure: Figure) -> str:
    """A short normalised value for the figures panel ("3.0 bn yuan", "≈ $422 M", "5.2 %")."""
    value = figure.value
    if value is None or not math.isfinite(value):
        return ""
    text = figure.text
    approx = _LEADING_APPROX.match(text)
    mark = "≈ " if approx else ""
    body = text[approx.end():] if approx else text
    lower = body.lower()
    kind = figure.kind
    if kind == "money":
        prefix = _PREFIX_CURRENCY.match(body)
        suffix = _SUFFIX_CURRENCY.search(body)
        amount = _short(value)
        if prefix:
            sign = prefix.group()
            return f"{mark}{sign}{' ' if sign.isalpha() else ''}{amount}"
        return f"{mark}{amount} {suffix.group() if suffix else ''}".rstrip()
    if kind == "percent":
        unit = "bp" if "basis" in lower or "bp" in lower else \
            "pp" if "percentage" in lower else "%"
        return f"{mark}{_plain(value)} {unit}"
    if kind in ("year", "date"):
        return f"{int(value)}s" if kind == "year" and re.search(r"0'?s\b", body) \
            else str(int(value))
    if kind == "ordinal":
        return _ordinal_text(int(value)) if value.is_integer() else _plain(value)
    if kind == "duration":
        unit = "seconds" if re.search(r"\ds$", body) else "years"
        for word in re.findall(r"[a-z]+", lower):
            if word in fw.DURATION_UNITS:
                unit = fw.DURATION_UNITS[word]
                break
        if value == 1:
            unit = {"centuries": "century", "millennia": "millennium"}.get(unit, unit[:-1])
        return f"{mark}{_plain(value)} {unit}"
    if kind == "quantity":
        unit = ""
        for key in sorted(fw.QUANTITY_UNITS, key=len, reverse=True):
            if key in body:
                unit = fw.QUANTITY_UNITS[key]
                break
        if "magnitude" in lower:
            unit = "magnitude"
        elif not unit and re.search(r"\dm\b", body):
            unit = "m"
        return f"{mark}{_plain(value)} {unit}".rstrip()
    if kind == "number" and 0 < value < 1:
        return mark + _fraction_text(value)
    return mark + _short(value)


_PARSE_DIGITS = re.compile(
    r"([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[-+]?\d+)?|[-+]?\.\d+(?:e[-+]?\d+)?)"
    r"\s?(k|m|mn|mln|b|bn|tn|trn|hundred|thousand|million|billion|trillion|dozen|lakh|crore)?"
)


def parse_number(text: str) -> float | None:
    """Parse "12,000", "3 billion", "3bn", "1.5m", "2.5k", "five", "a dozen" or "1e9"; else None.

    A leading currency sign ("$3bn", "RMB 45") and a trailing "%" are ignored.
    """
    s = text.strip().replace("\u2212", "-")
    if len(s) > 200:
        return None
    if (cur := _PREFIX_CURRENCY.match(s)) and cur.end() < len(s):
        s = s[cur.end():].lstrip()
    s = s.removesuffix("%").rstrip().lower()
    if not s:
        return None
    m = _PARSE_DIGITS.fullmatch(s)
    if m:
        value = _float(m.group(1))
        return _mul(value, fw.SCALES[m.group(2)] if m.group(2) else 1.0)
    return _parse_words(s)


def _parse_words(s: str) -> float | None:
    """Parse a number written in words: "twenty-five", "two hundred", "half a million"."""
    tokens = [t for t in re.split(r"[\s-]+", s) if t and t != "and"]
    if not tokens:
        return None
    total, current, seen = 0.0, 0.0, False
    for i, token in enumerate(tokens):
        if token in ("a", "an") and (i == 0 or tokens[i - 1] in ("half", "quarter", "of")):
            current = current or 1.0
        elif token == "of" and i > 0 and tokens[i - 1] == "quarter":
            continue
        elif token in fw.UNITS or token in fw.TENS:
            current += fw.UNITS.get(token, fw.TENS.get(token, 0))
            seen = True
        elif token == "half" and not seen:
            current, seen = 0.5, True
        elif token in fw.FRACTIONS and token != "half" and i > 0:
            current, seen = (current or 1.0) / fw.FRACTIONS[token], True
        elif token in ("hundred", "dozen"):
            current = (current or 1.0) * fw.SCALES[token]
            seen = True
        elif token in ("thousand", "million", "billion", "trillion", "lakh", "crore"):
            total += (current or 1.0) * fw.SCALES[token]
            current, seen = 0.0, True
        else:
            return None
    return total + current if seen else None
