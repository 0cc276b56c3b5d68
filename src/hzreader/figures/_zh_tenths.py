"""Tenths in percent: Chinese N成 ("七成" 70 %, "三成半" 35 %) and Japanese N割 ("約3割" 30 %,
"3割5分" 35 %), read after the number by `_zh`."""

from __future__ import annotations

from hzreader.figures import _zh_words as zw
from hzreader.figures._context import Hit
from hzreader.figures._zh_base import unit_at


def cheng(text: str, s: int, value: float, q: int) -> Hit | int:
    """N成, tenths in percent: "七成" 70, "一成多" 10, and a digit of hundredths after it:
    "兩成二" 22, "三成半" 35; not a word ("一成不变", "成为")."""
    nxt = text[q : q + 1]
    if value > 10 or nxt and nxt in zw.CHENG_BLOCKERS or \
            nxt in ("为", "為") and text[s - 1 : s] not in _SHARE_BEFORE:
        return q
    if nxt == "多":
        return s, q + 1, "percent", value * 10  # "一成多"
    if nxt and (nxt == "半" or nxt in zw.DIGITS and nxt not in "两〇零") and \
            text[q + 1 : q + 2] not in _NOT_AFTER_CHENG and unit_at(text, q + 1) is None:
        return s, q + 1, "percent", value * 10 + (5 if nxt == "半" else zw.DIGITS[nxt])
    return s, q, "percent", value * 10


def wari(text: str, s: int, value: float, q: int) -> Hit | int:
    """Japanese N割, tenths as 成 ("約3割" 30 %, "3割5分" 35 %; figs32); not 割れ, 割り, 割る
    (breaking below, dividing)."""
    if value > 10 or text[q : q + 1] in ("れ", "り", "る"):
        return q
    if text[q : q + 1].isdigit() and text[q + 1 : q + 2] == "分":
        return s, q + 2, "percent", value * 10 + int(text[q])  # "3割5分": 35 %
    return s, q, "percent", value * 10


#: Words before N成为 that make N成 a share, not "N became" ("約三成為首次置業人士": about 30 %
#: are first-time buyers; "逾兩成為投資者", "佔三成為", "超過三成為").
_SHARE_BEFORE = frozenset("约約逾近过過达達占佔有仅僅只足的")
#: After 成 and a digit, what makes the digit part of another word or number ("三成五成",
#: "两成二手房", "三成一线城市"); a unit after it is checked too ("一成一年").
_NOT_AFTER_CHENG = frozenset(zw.NUMERAL_CHARS + "成点手线流等")
