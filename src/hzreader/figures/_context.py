"""What the words around a number say: approximators, currencies, nouns, units, names."""

from __future__ import annotations

import re

from hzreader.figures import _unit_words as fu
from hzreader.figures import _words as fw
from hzreader.figures._basics import as_float, mul
from hzreader.figures._designations import glued_name, skip_token
from hzreader.figures._nouns import is_plural, plural_end
from hzreader.figures._patterns import (
    ACRONYM_PLURAL,
    AFTER_FRACTION,
    APPROX_LAST,
    BARE_NAME,
    COMPARED,
    DOTTED,
    JOINED,
    JOINED_NAME,
    NEXT_WORD,
    SCALE,
    SIGNS,
    UNIT_TAIL,
    WORD_FULL,
    WORDISH,
)
from hzreader.figures._zh_approx import approx_before

#: A classified figure: start, end, kind and value.
Hit = tuple[int, int, str, float | None]


_last_words: tuple[str, int, int, list[tuple[int, str]]] = ("", -1, 0, [])


def words_before(text: str, pos: int, count: int) -> list[tuple[int, str]]:
    """Up to `count` words right before `pos`, nearest first, one space apart."""
    global _last_words
    cached = _last_words  # one atomic read: safe when several threads extract at once
    if cached[1] == pos and cached[0] is text and (cached[2] >= count or
                                                   len(cached[3]) < cached[2]):
        return cached[3][:count]
    found = _scan_words_before(text, pos, count)
    _last_words = (text, pos, count, found)
    return found


#: What may stand before a word and is not part of it ("(two", "“first").
_OPENERS = "\"“‘(["


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
        if word[:1] in _OPENERS:
            word = word.lstrip(_OPENERS)
        opened = word_start + (j - word_start - len(word))
        if not (word.isalpha() and word.isascii()) and (  # a plain word: WORD_FULL matches
                not WORD_FULL.fullmatch(word) or (word[-1] == "." and word not in DOTTED)):
            break
        found.append((opened, word))
        if opened != word_start:
            break
        end = word_start
    return found


def sentence_start(text: str, pos: int) -> bool:
    """True when only spaces, quotes or brackets separate `pos` from a sentence boundary."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    if i == 0 or text[i - 1] in ".!?:;\n\"“‘'([":
        return True
    return text[i - 1] in "—–-" and (i == 1 or text[i - 2].isspace())


def approx_start(text: str, start: int, floor: int, allowed: frozenset[str]) -> int:
    """Where an approximator right before `start` begins (or `start` when there is none)."""
    words = words_before(text, start, 1)
    if not words or words[0][1].lower() not in APPROX_LAST:
        return start
    words = words_before(text, start, 3)
    for n in (3, 2, 1):
        if len(words) >= n:
            phrase = " ".join(w for _, w in reversed(words[:n])).lower()
            if phrase in allowed and words[n - 1][0] >= floor:
                if phrase == "over" and (len(words) > 1 and _after_noun(words[1][1])
                                         or _after_figure(text, words[0][0])):
                    return start
                return words[n - 1][0]
    return start


def _after_figure(text: str, over: int) -> bool:
    """Whether "over" at `over` follows a figure ("$700 million over 10 years", "20.2% over
    72 weeks"): then it spreads that figure over a period, it is not "more than"."""
    before = text[max(0, over - 12) : over].rstrip()
    return bool(before) and (before[-1].isdigit() or before[-1] == "%" or before.endswith(
        (" million", " billion", " trillion", " thousand", "bn", "mn"))) or \
        _COUNTED.search(text, max(0, over - 24), over) is not None  # "1 shot over" (figs35)


#: A number and one word right before "over" ("pour 1 shot over 2 scoops"), and the verbs of a
#: recipe after which "over" is a preposition ("pour over 2 cups of stock"; figs35).
_COUNTED = re.compile(r"(?<![\w.,])\d{1,3}\s[a-z]+\s$")
#: Verbs in -s before "over" + an amount, which is then "more than" ("it costs over $100").
_S_VERBS = frozenset("costs weighs earns pays sells fetches raises employs attracts".split())
_POURING = frozenset("pour pouring poured drizzle drizzled spoon ladle sprinkle spread".split())


#: Verbs in -ed after which "over" + a span of time is "more than" ("waited over three hours").
_LASTING = frozenset("lasted waited stayed remained delayed stretched extended survived".split())
#: Singular nouns a period is spread over ("lost 14.9% of their body weight over 68 weeks").
_SPREAD_NOUNS = frozenset("weight output production growth revenue".split())


def _over_period(text: str, start: int) -> bool:
    """Whether a duration's "over" at `start` means "during" (figs27): after an event verb in
    -ed ("1,800 flights were cancelled over three days") or a noun spread over time."""
    if not text.startswith("over ", start):
        return False
    words = words_before(text, start, 1)
    word = words[0][1].lower() if words else ""
    return word in _SPREAD_NOUNS or (word.endswith("ed") and word not in _LASTING)


def _after_noun(word: str) -> bool:
    """Whether "over" after `word` is a preposition ("GPUs over 45 days", "3,492 km over 21
    stages"), not "more than"."""
    return is_plural(word.lower()) and word.lower() not in _S_VERBS or \
        word.lower() in ("percent", *_POURING) or bool(
        ACRONYM_PLURAL.fullmatch(word)) or word in fu.QUANTITY_UNITS or word[0].isdigit()


def currency_start(text: str, pos: int) -> int | None:
    """Where a currency sign or code written before the digits at `pos` begins."""
    before = text[max(0, pos - 4) : pos]
    if not before:
        return None
    if before[-1] == " ":
        if not (before[-2:-1].isupper() or before[-2:-1] in SIGNS or "R" in before):
            return None
    elif not (before[-1].isalpha() or before[-1] in SIGNS):
        return None
    i = pos - 1 if text[pos - 1] == " " else pos
    j = i
    while j > 0 and i - j < 4 and (text[j - 1].isalpha() or text[j - 1] in SIGNS):
        j -= 1
    while j < i and text[j] == ".":
        j += 1
    while j < i:
        token = text[j:i]
        if token in fw.CURRENCY_PREFIXES and (j == 0 or not text[j - 1].isalnum()
                                              or text[j - 1] >= "\u2e80"):  # "售价¥1299"
            if i < pos and token in "$£€¥₹₩₽":
                return None
            return j
        j += 1
    return None


def unit_tail(text: str, pos: int) -> tuple[str, int] | None:
    """The kind and end of a unit written right after a number: percent, money, time, measure."""
    m = UNIT_TAIL.match(text, pos)
    if m is None:
        return None
    kind = m.lastgroup or ""
    return ("duration" if kind == "age" else kind), m.end()


def unit_factor(text: str, kind: str, start: int, end: int) -> float:
    """What the unit written at `start:end` multiplies the value by: basis points and cents
    are hundredths (50 bp is 0.5 percent, 25 cents is 0.25 dollars)."""
    if kind == "percent":
        unit = text[start:end].lower()
        if "‰" in unit:
            return 0.1  # per mille: "6.77‰" is 0.677 percent, as 千分之五 is 0.5
        return 0.01 if "b" in unit and "per" not in unit else 1.0
    if kind == "money":
        unit = text[start:end].lower()
        if unit.endswith("gwei"):  # a billionth of an ether (figs26)
            return 1e-9
        return 0.01 if unit.endswith(("cents", "cent", "pence", "¢")) else 1.0
    return 1.0


def small_number(raw: str) -> float | None:
    """A denominator written in digits or as a number word ("4", "five", "10")."""
    if raw[0].isdigit():
        digits, _, scale = raw.partition(" ")  # "292.2 million"
        return mul(as_float(digits), fw.SCALES[scale] if scale else 1.0)
    value = fw.UNITS.get(raw) or fw.TENS.get(raw)
    return float(value) if value else None


#: Chinese words that make the number after them a code: a postcode, a number or code.
_ZH_CODE_BEFORE = ("邮编", "邮政编码", "编号", "代码", "证号", "车牌号")


def zh_code_before(text: str, start: int) -> bool:
    """Whether a Chinese word right before `start` makes the number a code ("邮编310051",
    the year of a document number "国发〔2026〕12号")."""
    return bool(start) and (text[start - 1] in "编码号：: " and text[
        max(0, start - 7) : start].rstrip("：: ").endswith(_ZH_CODE_BEFORE) or
        text[start - 1] == "〔")


def name_blocked(text: str, start: int) -> bool:
    """Whether the word right before `start` makes the number a name or code ("Line 10",
    "邮编 310051")."""
    if zh_code_before(text, start):
        return True
    if text[start - 1 : start] == " " and _dotted_name_before(text, start - 1):
        return True  # ".NET 9", "node.js 22", "ASP.NET 8": a version of a software name
    if text[start - 2 : start] in ("# ", "+ ") and _SYMBOL_NAME.search(
            text, max(0, start - 8), start - 1) is not None:
        return True  # "C# 14", "C++ 26", "F# 9": a language's version (figs30)
    words = words_before(text, start, 1)
    if not words:
        return glued_name(text, start)
    word = words[0][1]
    lower = word.lower()
    if lower in fw.NAME_PREFIXES:
        return True
    if lower == "of" or word == "March":
        words = words_before(text, start, 2)
        if len(words) > 1 and words[1][1] in (BARE_NAME if lower == "of" else ("Long",)):
            return True
    if not any(c.isupper() for c in word) or lower in fw.CAPITAL_OK:
        return False
    if study_ratio(lower, text, start):
        return False
    return not (word in fw.MONTHS or word in fw.WEEKDAYS or lower.endswith(("'s", "’s")))


#: Ratios of a study, before a decimal (figs31): hazard, odds, risk, incidence rate ratios.
_STATISTICS = frozenset({"hr", "ahr", "aor", "rr", "arr", "irr", "or"})
_DECIMAL = re.compile(r"\d+\.\d")


def study_ratio(word: str, text: str, start: int) -> bool:
    """Whether `word` (lower case) names a study's ratio and a decimal starts at `start`:
    "HR 0.73", "aOR 1.42" are figures (figs31); "HR 1" stays a bill's name."""
    return word in _STATISTICS and _DECIMAL.match(text, start) is not None


#: A word with a dot inside or before its letters: a software or domain name (".NET",
#: "node.js", "ASP.NET"); an abbreviation ends with its dot ("U.S.", "e.g.").
_DOTTED_NAME = re.compile(r"(?:[A-Za-z][\w+#-]*)?(?:\.[A-Za-z][\w+#-]*)+")


#: A language named with symbols, right before a space: "C#", "C++", "F#".
_SYMBOL_NAME = re.compile(r"(?<![\w+#])[A-Z][A-Za-z]?(?:#|\+\+)$")


def _dotted_name_before(text: str, end: int) -> bool:
    """Whether the word ending at `end` is a dotted software name (".NET", "node.js")."""
    begin = text.rfind(" ", max(0, end - 40), end) + 1
    if begin == 0 and end > 40:
        return False
    word = text[begin:end]
    return "." in word and _DOTTED_NAME.fullmatch(word.lstrip(_OPENERS)) is not None


def joined_kind(text: str, pos: int, start: int = 0) -> tuple[str, float, float] | None:
    """Kind, scale and unit factor of a second number after "to/and/or" ("5 to 10 percent");
    none after ", or" but in a list: "rose 3.5 million, or 6.3%" restates it (figs26)."""
    if text.startswith(", or ", pos) and text[start - 2 : start] != ", ":
        return None
    m = JOINED.match(text, pos)
    if m is None:
        return None
    q = m.end()
    factor = 1.0
    sc = SCALE.match(text, q)
    if sc:
        factor = fw.SCALES[(sc.group(1) or sc.group(2) or sc.group(3)).lower()]
        q = sc.end()
    if text[m.start(1) - 1] in "$£€":
        return "money", factor, 1.0
    tail = unit_tail(text, q)
    if tail:
        return tail[0], factor, unit_factor(text, tail[0], q, tail[1])
    if plural_end(text, q) is not None:
        return "count", factor, 1.0
    return None


def street_follows(text: str, pos: int) -> bool:
    """Whether an address follows the number: "88 Century Avenue", "10 Downing Street",
    "300 North Los Angeles Street"."""
    q = pos
    for _ in range(4):
        m = NEXT_WORD.match(text, q)
        if m is None or not m.group(1)[0].isupper():
            return False
        if m.group(1).rstrip(".") in fw.STREET_WORDS:
            return True
        q = m.end()
    return False


def is_year_range(first: str, second: str) -> bool:
    """ "2019-2021", "2024-25", "960-1279": a span of years rather than a count or a score."""
    if not (first.isdigit() and second.isdigit() and len(first) in (3, 4)):
        return False
    low = int(first)
    if len(second) == 2 and len(first) == 4:
        return 1000 <= low <= 2100 and int(second) == (low + 1) % 100
    return len(second) == 4 and low < int(second) <= 2100 and (len(first) == 3 or low >= 1000)


def comma_age(text: str, start: int, q: int, raw: str) -> bool:
    """Whether digits sit between commas after a name, as an age ("Zhang, 45, said")."""
    if not (raw.isdigit() and len(raw) <= 3 and int(raw) <= 120):
        return False
    if text[q : q + 1] != "," or text[start - 2 : start] != ", ":
        return False
    words = words_before(text, start - 1, 1) if start >= 2 else []
    if not words:
        m = WORDISH.search(text, max(0, start - 30), start - 2)
        word = m.group() if m else ""
    else:
        word = words[0][1]
    if word.lower() in fw.PERSON_NOUNS:
        return True
    return bool(word) and word[0].isupper() and word.lower() not in fw.CAPITAL_OK \
        and word not in fw.MONTHS and word not in fw.WEEKDAYS


def fraction_follows(text: str, pos: int) -> bool:
    """Whether a fraction word at `pos` stands alone ("a third of", "by a quarter.")."""
    m = NEXT_WORD.match(text, pos)
    if m is not None and m.group(1).lower() in COMPARED:  # "a third more than" (figs21)
        return (than := NEXT_WORD.match(text, m.end())) is None or than.group(1).lower() == "than"
    return m is None or m.group(1).lower() in AFTER_FRACTION


def article_before(text: str, s: int) -> int | None:
    """Start of the article "a"/"an" right before `s`, if any."""
    words = words_before(text, s, 1)
    if words and words[0][1].lower() in ("a", "an"):
        return words[0][0]
    return None


def finish_hit(
    text: str, s: int, start: int, stop: int, kind: str, value: float | None, floor: int,
    check_name: bool,
) -> Hit | int:
    """A classified number as a figure: the name/code check (`check_name`: a number that
    is part of a name is skipped, to where scanning resumes) and the approximator before it."""
    if check_name and start == s and name_blocked(text, start):
        end = max(stop, skip_token(text, s))
        joined = JOINED_NAME.match(text, end)
        return joined.end() if joined else end  # "junctions 10 and 11"
    if kind not in ("date", "ordinal", "year"):
        start = approx_of(text, start, floor, kind)
    return start, stop, kind, value


def approx_of(text: str, start: int, floor: int, kind: str) -> int:
    """`approx_start` with the approximators, except a duration's "over" meaning "during"."""
    begin = approx_start(text, start, floor, fw.APPROXIMATORS)
    if begin == start and kind in _UNDER_KINDS:  # "Under $5", "under 5%" (figs34)
        if start >= 2 and text[start - 1] == " " and text[start - 2] >= "\u2e80":
            return approx_before(text, start, floor)  # "超过 50%" (figs34)
        return approx_start(text, start, floor, fw.UNDER)
    return start if kind == "duration" and begin < start and _over_period(text, begin) else begin


#: The kinds "under" is a bound before ("Under $5 each", "under 5% of members"); before a
#: duration or a bare number it is not ("in under two hours", "children under 5").
_UNDER_KINDS = frozenset({"money", "percent"})
