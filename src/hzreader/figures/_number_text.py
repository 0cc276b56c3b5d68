"""Where the number ends in a figure's text: what stands before it and what follows it
("more than 10 near-unicorn enterprises" → "more than ", "near-unicorn enterprises")."""

from __future__ import annotations

import re

from hzreader.figures import _words as fw

_NUMBER_WORDS = frozenset(
    [*fw.UNITS, *fw.TENS, "hundred", "thousand", "million", "billion", "trillion", "dozen",
     "lakh", "crore", "half", "quarter", "quarters", "bn", "bln", "mn", "mln", "tn", "trn", "trln"]
)
#: Scales glued to digits that, in a quantity, are units instead ("100m" is 100 metres).
_LETTER_SCALES = frozenset({"k", "m", "b"})
#: Words and signs that join the parts of one number ("two and a half", "5 to 10", "$5-$10").
_JOINERS = frozenset({"-", "–", "—", ",", ".", "to", "and", "or", "a", "an", "of", "~", "～",
                      "至", "到", "$", "£", "€", "¥", "￥"})
_CJK_NUMERALS = frozenset("〇零一二两三四五六七八九十百千万亿兆点几多余")
#: A number word leading a figure's text ("six Boeing 787s"): the digits after are a name's.
_WORD_LEAD = re.compile(
    r"(?i)(?:{})\b".format("|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))))
#: Glued after a model's digits: "787s", "787-9s".
_MODEL_GLUE = frozenset("s-")
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-z]+(?:['’][A-Za-z]+)?|\S")


#: The common case, read with one regex: words, digits (with a vulgar fraction: "1½"), maybe
#: a scale ("over 3.5 million").
_SIMPLE = re.compile(
    r"([^\d]*?)(?<![A-Za-z])(\d+(?:[.,]\d+)*[½¼¾⅓⅔]?)(?:\s?(bn|bln|mn|mln|tn|trn|trln|k|m|b)(?![A-Za-z])"
    r"|\s(hundred|thousand|million|billion|trillion|dozen|lakh|crore)(?![A-Za-z]))?"
)
#: After the digits, what makes the common case not so common ("5 to 10", "3-5", "two and").
_JOINED_AFTER = re.compile(
    r"\s?(?:to|and|or|-|–|—|~|～|至|到|,)?\s?[\d$£€¥一二三四五六七八九十百千万亿]"
    r"|[〇零一二两三四五六七八九十百千万亿兆点几多余]"
)


def _is_numeric(token: str, quantity: bool) -> bool:
    """Whether a token is (part of) a number: digits, a number word, a scale, a numeral."""
    if token[0].isdigit() or token in fw.VULGAR_FRACTIONS:
        return True
    lower = token.lower()
    if lower in _NUMBER_WORDS:
        return True
    if lower in _LETTER_SCALES:
        return not quantity
    return len(token) == 1 and token in _CJK_NUMERALS


def split_number(text: str, quantity: bool = False) -> tuple[str, str]:
    """(what stands before the number, what follows it) in a figure's text.

    "more than 10 near-unicorn enterprises" → ("more than ", "near-unicorn enterprises");
    "HK$4.5 trillion" → ("HK$", ""); "45-year-old" → ("", "year-old"); "12个项目" → ("", "个项目").
    """
    simple = _SIMPLE.match(text)
    if simple is not None and not _JOINED_AFTER.match(text, simple.end()) and not (
            simple.group(1) and _WORD_LEAD.match(text)):  # "six Boeing 787s"
        scale = simple.group(3)
        if not (quantity and scale in _LETTER_SCALES):
            return simple.group(1), text[simple.end():].lstrip(" -–—\u00a0")
    tokens = list(_TOKEN.finditer(text))
    first = next((i for i, m in enumerate(tokens) if _is_numeric(m.group(), quantity)), None)
    if first is None:
        return text, ""
    before = text[: tokens[first].start()]
    end = tokens[first].end()
    i = first + 1
    while i < len(tokens):
        token = tokens[i].group()
        if token[0].isdigit() and (tokens[i - 1].group()[0] in _LATIN and (
                tokens[i - 1].end() == tokens[i].start() or
                tokens[i - 1].group().lower() not in _JOINERS) or
                text[tokens[i].end() : tokens[i].end() + 1] in _MODEL_GLUE and
                tokens[i - 1].group()[0].isdigit() and tokens[i - 1].end() < tokens[i].start()):
            break  # "two A380s", "six 787s", "6 787-9s": a model's number after the count
            # (figs29)
        if _is_numeric(token, quantity):
            end = tokens[i].end()
        elif token.lower() not in _JOINERS:
            break
        i += 1
    rest = text[end:].lstrip(" -–—\u00a0")
    return before, rest
