"""Numbers as typed or written, read: `parse_number` ("3bn", "1.2万亿", "twenty-five")."""

from __future__ import annotations

import re

from hzreader.figures import _words as fw
from hzreader.figures import _zh_words as zw
from hzreader.figures._basics import alt, as_float, mul
from hzreader.figures._traditional import as_simplified
from hzreader.figures._zh_numerals import parse_numeral

PREFIX_CURRENCY = re.compile(rf"(?:{alt(fw.CURRENCY_PREFIXES)})")


_PARSE_DIGITS = re.compile(
    r"([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[-+]?\d+)?|[-+]?\.\d+(?:e[-+]?\d+)?)"
    r"\s?(k|m|mn|mln|b|bn|bln|tn|trn|trln|hundred|thousand|million|billion|trillion|dozen"
    r"|lakh crore|lakh|crore|[百千万亿兆]+)?"  # 兆: 1e12, as before a currency (Taiwan's usage)
)
#: A number in Chinese numerals alone (simplified): "三万", "三点五", "二〇一五", and with
#: scales after a decimal ("三点五万").
_PARSE_NUMERALS = re.compile(
    r"([〇零一二两三四五六七八九十百千万亿]+(?:点[〇零一二三四五六七八九]+)?)([万亿]*)")


def parse_number(text: str) -> float | None:
    """Parse "12,000", "3 billion", "3bn", "1.5m", "2.5k", "five", "a dozen", "1e9", "1.2万亿"
    or Chinese numerals ("三萬", "三点五亿", "二〇一五"; not a name such as "十四五").

    A leading currency sign ("$3bn", "RMB 45") and a trailing "%" are ignored.
    """
    s = text.strip().replace("\u2212", "-")
    if len(s) > 200:
        return None
    s = as_simplified(s)  # "1.2萬億" as "1.2万亿"
    if (cur := PREFIX_CURRENCY.match(s)) and cur.end() < len(s):
        s = s[cur.end():].lstrip()
    s = s.removesuffix("%").rstrip().lower()
    if not s:
        return None
    m = _PARSE_DIGITS.fullmatch(s)
    if m:
        value = as_float(m.group(1))
        return mul(value, _scale(m.group(2)) if m.group(2) else 1.0)
    m = _PARSE_NUMERALS.fullmatch(s)
    if m:
        value = parse_numeral(m.group(1))
        return None if value is None else mul(value, _scale(m.group(2)) if m.group(2) else 1.0)
    return _parse_words(s)


def _scale(word: str) -> float:
    """The factor of an English scale word or of Chinese scale characters ("万亿" → 1e12)."""
    if word in fw.SCALES:
        return fw.SCALES[word]
    if word == "lakh crore":
        return 1e12
    factor = 1.0
    for ch in word:
        factor *= zw.SMALL_SCALES.get(ch) or zw.BIG_SCALES[ch]
    return factor


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
