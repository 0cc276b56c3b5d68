"""Chinese numerals as numbers: 三 → 3, 一千二百三十四 → 1234, 二〇二五 → 2025, 三万五千 → 35000."""

from __future__ import annotations

from hzreader.figures import _zh_words as zw


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
        value = parse_numeral(whole)
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
            left, right = parse_numeral(word[:i]), parse_numeral(word[i + 1 :]) if word[i + 1 :] \
                else 0.0
            if left is None or right is None:
                return None
            return left * zw.BIG_SCALES[scale] + right
    return _section(word)
