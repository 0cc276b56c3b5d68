"""What of a key figure the reading pane keeps on one line (`_wrap`'s keep spans): a short
figure whole ("about 86 million people"), a long one only its number with the word or unit
that follows it ("3,500 National" of "3,500 National Guard troops"); in Chinese, which breaks
between any characters, each number with its classifier or unit ("25万人次", "21个" of
"21个补给站"). A figure's front (a bound, a currency: "fewer than", "about", "新台幣", "逾")
stays with its first number, and a Chinese sum with its currency ("2,478亿元人民币"). The
rest of the figure wraps as text does, so that a count's noun phrase leaves no long hole at
the end of a line (tryout12)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.cells import cell_len

#: A figure of at most this many cells is kept whole ("fewer than 600,000 votes", "about
#: HK$1.88 trillion"; tryout19), and no kept piece of a longer one is longer, with its front.
WHOLE_CELLS = 24
#: Kinds kept whole however long: a date or a time is read as one ("first half of 2027").
WHOLE_KINDS = frozenset({"date", "time", "year"})

_CARDINALS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
              "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
              "sixty seventy eighty ninety hundred thousand million billion trillion dozen "
              "hundreds thousands millions billions dozens bn mn m k tn bln mln half halves "
              "quarter quarters thirds fourths fifths tenths")
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
             "twelfth twentieth hundredth thousandth")
#: Words that are (part of) a number.
NUMBER_WORDS = frozenset((_CARDINALS + " " + _ORDINALS).split())
#: Words that join two numbers into one ("3 to 5 percent", "four and a half", "1 in 20").
JOINERS = frozenset({"to", "and", "or", "in", "of", "out", "a", "an", "-", "–", "—", "by"})
#: A unit's first word that needs its second ("1.6 percentage points", "5.2 per cent").
UNIT_HEADS = frozenset({"percentage", "basis", "per", "square", "cubic", "metric", "sq", "cu"})
_CODE = re.compile(r"[A-Z]{2,4}|[A-Z]{0,3}[$£€¥]")  # "MOP 18.9 billion", "HK$ 5"
_WORD = re.compile(r"\S+")
_PUNCTUATION = "\"'“”‘’()[],.;:!?"

#: Chinese numerals, and what continues a number written with them ("五百多", "1,312").
ZH_NUMERALS = frozenset("0123456789〇零一二三四五六七八九十百千万萬亿億兆两兩半")
ZH_NUMBER_TAIL = frozenset(".,，多余餘几幾来點点")
#: What joins two Chinese numbers into one ("1.2億至1.8億", "三分之一", a score "25比18").
ZH_JOINERS = ("至", "到", "~", "～", "-", "—", "–", "和", "及", "或", "分之", "比")
#: Units of more than one character, or starting with a numeral, kept whole after their
#: number ("4.2个百分点", not "4.2个百分" and "点"; "15亿美元").
ZH_UNIT_WORDS = ("个百分点", "百分点", "个基点", "基点", "万亿美元", "亿美元", "万美元",
                 "亿港元", "万港元", "亿欧元", "亿日元", "亿英镑", "亿澳元", "万亿元", "亿元",
                 "万元", "千米", "千克", "百万")


def keep_spans(plain: str, figures: Iterable[tuple[int, int, str, str]]
               ) -> list[tuple[int, int]]:
    """The spans of `plain` not to break across lines, for figures given as (start, end,
    kind, unit): each whole if short (a date, a time: always), else, and in Chinese, its
    numbers each with their unit or word."""
    spans: list[tuple[int, int]] = []
    for start, end, kind, unit in figures:
        text = plain[start:end]
        cells = cell_len(text)
        if kind in WHOLE_KINDS:
            spans.append((start, end))
        elif cells != len(text):
            spans.extend((start + s, start + e) for s, e in chinese_cores(text, kind, unit))
        elif cells <= WHOLE_CELLS:
            spans.append((start, end))
        else:
            spans.extend((start + s, start + e) for s, e in word_cores(text, kind))
    return spans


def _is_number(word: str) -> bool:
    core = word.strip(_PUNCTUATION).lower()
    return any(char.isdigit() for char in word) or core.split("-")[0] in NUMBER_WORDS


def _to_next_number(kinds: list[str], at: int) -> int | None:
    """The next number word if it follows `at` at once or after one or two joiners ("3 to
    5", "four and a half", "1 out of 10"), else None."""
    for step in (1, 2, 3):
        if kinds[at + step:at + step + 1] == ["n"]:
            return at + step
        if kinds[at + step:at + step + 1] != ["j"]:
            return None
    return None


def word_cores(text: str, kind: str) -> list[tuple[int, int]]:
    """The numbers of a figure in words, each with the word after it (two for a unit such
    as "percentage points"): "3,500 National" of "More than 3,500 National Guard troops"."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    kinds = ["n" if _is_number(w) else "j" if w.strip(_PUNCTUATION).lower() in JOINERS
             else "w" for _, _, w in words]
    cores: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        if kinds[index] == "w" or kinds[index] == "j" and (
                kinds[index + 1:index + 2] != ["n"] or words[index][2].lower() not in ("a", "an")):
            index += 1
            continue
        first = last = index  # a group of numbers and the words joining them
        while (step := _to_next_number(kinds, last)) is not None:
            last = step
        if kind == "money" and first > 0 and _CODE.fullmatch(words[first - 1][2]):
            first -= 1
        if last + 1 < len(words) and kinds[last + 1] != "n":
            last += 1  # the unit, or the counted noun's first word
            if words[last][2].lower() in UNIT_HEADS and last + 1 < len(words):
                last += 1
        cores.append((words[first][0], words[last][1]))
        index = last + 1
    return _with_front(text, cores) if cores else [(0, len(text))]


def _with_front(text: str, cores: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`cores` with the figure's front joined to the first where they fit in `WHOLE_CELLS`:
    a bound or a currency before the first number ("More than 3,500 National", "新台幣
    4,523億元") is part of it, no line ends after it (tryout19); else the front is one piece
    of its own ("More than" / "1.2 million homes", never "More" / "than 1.2…")."""
    first, last = cores[0]
    if first and cell_len(text[:last]) <= WHOLE_CELLS:
        return [(0, last), *cores[1:]]
    front = text[:first].rstrip()
    if len(front) > 1 and cell_len(front) <= WHOLE_CELLS:
        return [(0, len(front)), *cores]
    return cores


def _zh_number_end(text: str, at: int, join: bool = True) -> int:
    """Where the Chinese or Arabic number starting at `at` ends (with `join`: joined numbers
    included)."""
    while at < len(text):
        if text[at] in ZH_NUMERALS or text[at] in ZH_NUMBER_TAIL and at > 0 \
                and text[at - 1] in ZH_NUMERALS:
            at += 1
            continue
        joiner = next((j for j in ZH_JOINERS if text.startswith(j, at)), None) if join \
            else None
        if joiner is None or text[at + len(joiner):at + len(joiner) + 1] not in ZH_NUMERALS:
            break
        at += len(joiner)
    return at


def chinese_cores(text: str, kind: str, unit: str) -> list[tuple[int, int]]:
    """The numbers of a figure in Chinese, each with its classifier or unit: "30个" of
    "30个国家和地区", "4.2个百分点", a score "25比18", a range "322亿至334亿美元" (of a
    long one each end); the first with the figure's front, a sum's last with its currency
    ("新台幣7億3,200萬元", "2,478亿元人民币" whole). Chinese breaks between any
    characters, so only these must stay together."""
    cores: list[tuple[int, int]] = []
    noun = len(text) - len(unit) if kind == "count" and unit and text.endswith(unit) \
        else len(text)
    at = 0
    while at < len(text):
        if text.startswith("百分之", at):
            first, end = at, _zh_number_end(text, at + 3)
            last = _zh_unit_end(text, end, noun, kind)
        elif text[at] in ZH_NUMERALS:
            first, end = at, _zh_number_end(text, at)
            last = _zh_unit_end(text, end, noun, kind)
            if cell_len(text[first:last]) > WHOLE_CELLS:  # a long range: each end apart
                end = _zh_number_end(text, at, join=False)  # ("322亿", "334亿美元")
                last = _zh_unit_end(text, end, noun, kind)
        else:
            at += 1
            continue
        cores.append((first, max(last, first + 1)))
        at = max(last, first + 1)
    return _with_front(text, cores) if cores else [(0, len(text))]


def _zh_unit_end(text: str, end: int, noun: int, kind: str) -> int:
    """Where the unit or classifier after the number ending at `end` ends: a unit word
    ("4.2个百分点"), a sum's whole currency ("亿元人民币"), a count's classifier with a
    noun of up to two characters ("6,000個職缺", "3万人"), else up to three characters."""
    unit_word = next((word for word in ZH_UNIT_WORDS if text.startswith(word, end)), "")
    if unit_word:
        return end + len(unit_word)
    if kind == "money" and not any(char in ZH_NUMERALS for char in text[end:]):
        return len(text)  # its currency, whole: not "人民" / "币"
    if end == noun:  # no classifier: the counted noun's first two characters ("3万人")
        return min(len(text), end + 2)
    last = end
    while last < len(text) and last < noun and text[last] not in ZH_NUMERALS \
            and last - end < 3:
        last += 1
    return len(text) if last == noun and len(text) - noun <= 2 else last
