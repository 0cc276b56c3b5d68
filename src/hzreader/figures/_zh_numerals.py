"""Chinese numbers: numerals as values (三 → 3, 一千二百三十四 → 1234, 二〇二五 → 2025, 三万五千 →
35000), and `read_number`, a number in digits or numerals with its scale ("1200多亿")."""

from __future__ import annotations

import re

from hzreader.figures import _zh_words as zw

#: Arabic digits, half- or full-width, with thousands commas ("15,356", "３．２"); between
#: full-width digits a full-width comma is one too ("１，２００人", figs28).
DIGITS_RX = re.compile(r"\d{1,3}(?:,\d{3})+(?:[.．]\d+)?(?![\d,])"
                       r"|[０-９]{1,3}(?:，[０-９]{3})+(?:．[０-９]+)?(?![\d,，])|\d+(?:[.．]\d+)?")
#: Chinese numerals, maybe with a decimal 点 ("三点五").
NUMERAL_RX = re.compile(r"[〇零一二两三四五六七八九十百千万亿]+(?:点[〇零一二三四五六七八九]+)?")
#: Scales after digits; 千 and 百 that begin a unit ("2250万千瓦") are not scales.
#: 兆 is a trillion before a currency ("1.2兆元", Taiwan's usage); before a unit it is mega.
DIGIT_SCALE_RX = re.compile(r"(?:[百千](?![瓦米克伏帕卡])|[万亿]"
                            r"|兆(?=元|美元|港币|港元|新台币|台币|人民币|日元|日圆|日币|韩元|欧元|英镑|澳元|加元|円|ドル"
                            r"|\d[\d,]*(?:[.．]\d+)?亿))+")
#: The scales that close a part of an amount written in two parts ("3亿5千万", "58万2,310").
_PART_SCALES = {"万": 1e4, "亿": 1e8, "兆": 1e12}


def _positional(word: str) -> float | None:
    """Digits read one by one: 二〇二五 → 2025."""
    return float("".join(str(zw.DIGITS[c]) for c in word))


def _section(word: str) -> float | None:
    """A numeral below 万: 一千二百三十四 → 1234, 十五 → 15, 一百零五 → 105."""
    total, num, last_digit = 0.0, None, False
    for ch in word:
        if ch in zw.DIGITS:
            if last_digit and zw.DIGITS[ch] and num:
                return None  # two digits in a row ("十四五") is a name, not a number
            num, last_digit = zw.DIGITS[ch], True
        elif ch in zw.SMALL_SCALES:
            total += (1 if num is None else num) * zw.SMALL_SCALES[ch]
            num, last_digit = None, False
        else:
            return None
    return total + (num or 0)


def parse_numeral(word: str) -> float | None:
    """The value of a Chinese numeral, or None when it is not a number ("十四五", "百")."""
    if "点" in word:
        whole, _, tenths = word.partition("点")
        value = 0.0 if whole in ("零", "〇") else parse_numeral(whole)  # 零点五 is 0.5
        return None if value is None else value + _positional(tenths) / 10 ** len(tenths)
    if not word or word in ("百", "千", "万", "亿", "零", "〇") or word[0] in "万亿":
        return None
    if all(c in zw.DIGITS for c in word):
        if len(word) == 1:
            return float(zw.DIGITS[word])
        if "〇" in word or "零" in word or len(word) >= 3:
            return _positional(word)
        return None
    for scale in ("亿", "万"):
        i = word.rfind(scale)
        if i > 0:
            # "百亿", "千万": a lone 百 or 千 before the scale counts one of it
            left = zw.SMALL_SCALES[word[:i]] if word[:i] in ("百", "千") else \
                parse_numeral(word[:i])
            right = parse_numeral(word[i + 1 :]) if word[i + 1 :] else 0.0
            if left is None or right is None:
                return None
            return left * zw.BIG_SCALES[scale] + right
    return _section(word)


class Number:
    """A number read at a position: its end, value, script and approximation."""

    __slots__ = ("end", "value", "digits", "raw", "approx", "lone_one")

    def __init__(self, end: int, value: float, digits: bool, raw: str) -> None:
        self.end, self.value, self.digits, self.raw = end, value, digits, raw
        self.approx = False
        self.lone_one = raw == "一"


def read_number(text: str, s: int) -> Number | None:
    """A number in digits or numerals at `s`, with its scale and 多/余 ("1200多亿")."""
    if s >= len(text):
        return None
    if text[s].isdigit():
        m = DIGITS_RX.match(text, s)
        if m is None:
            return None
        raw = m.group()
        try:
            value = float(raw.replace(",", "").replace("，", "").replace("．", "."))
        except ValueError:
            return None
        number = Number(m.end(), value, True, raw)
    else:
        m = NUMERAL_RX.match(text, s)
        if m is None:
            return None
        word = m.group()
        value_or_none = parse_numeral(word)
        if value_or_none is None:
            return _pair(word, m.end())
        number = Number(m.end(), value_or_none, False, word)
    for _ in range(2):
        nxt = text[number.end : number.end + 1]
        if nxt in ("多", "余", "几") and number.value >= 10 and (nxt != "几" or not number.digits):
            number.end += 1
            number.approx = True
        elif number.digits and (scale := DIGIT_SCALE_RX.match(text, number.end)):
            for ch in scale.group():
                number.value *= zw.SMALL_SCALES.get(ch) or zw.BIG_SCALES[ch]
            number.end = scale.end()
        else:
            break
    if number.digits and not number.approx and text[number.end - 1] in _PART_SCALES:
        _add_second_part(text, number)
    return number


#: Two numerals in a row that say "one or two", "two or three" … ("再低两三度", "三四个人"):
#: an approximate number valued at the first, as a range is at its low end. Not 一二 ("一二线
#: 城市" names tiers), nor pairs that are not neighbours ("五一", "十四五").
_PAIRS = frozenset({"一两", "两三", "二三", "三四", "四五", "五六", "六七", "七八", "八九"})


#: Scales after such a pair ("两三万人" → 20,000, "三四十人" → 30, "两三百元"; figs27).
_PAIR_SCALES = re.compile(r"十|[十百千]?[万亿]|[百千]")


def _pair(word: str, end: int) -> Number | None:
    """The approximate number of a pair of numerals ("两三" → 2, "两三万" → 20,000), or None."""
    if word[:2] not in _PAIRS or len(word) > 2 and not _PAIR_SCALES.fullmatch(word, 2):
        return None
    value = float(zw.DIGITS[word[0]])
    for ch in word[2:]:
        value *= zw.SMALL_SCALES.get(ch) or zw.BIG_SCALES[ch]
    number = Number(end, value, False, word)
    number.approx = True
    return number


def _add_second_part(text: str, number: Number) -> None:
    """Join the rest of an amount written in two parts: "3亿5千万" (3.5e8), "3兆1,250亿"
    (3.125e12), "58万2,310" (582,310). The second part is below the first's scale, and
    scaled itself, or four digits after 万."""
    below = _PART_SCALES[text[number.end - 1]]
    digits = DIGITS_RX.match(text, number.end)
    if digits is None or "." in digits.group() or "．" in digits.group():
        return
    second = read_number(text, number.end)
    if second is None or second.approx or second.value >= below or second.value <= 0:
        return
    plain = len(digits.group().replace(",", "").replace("，", ""))
    if second.end == digits.end() and not (below == 1e4 and plain == 4) or \
            text[second.end : second.end + 1] in ("年", "月", "日"):
        return  # "3万5" is said for 35,000; an unscaled part must be whole
    number.value += second.value
    number.end = second.end


def skip_digits(text: str, s: int) -> int:
    """The end of the digits at `s`, to resume after a name or code."""
    m = DIGITS_RX.match(text, s)
    return m.end() if m else s + 1
