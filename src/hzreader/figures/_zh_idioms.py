"""A Chinese number that is part of a word or an idiom, not a figure: "分为三" (divided into
three), "梅开二度" (scored twice), "三位数增长" (three-digit growth), "独中两元", "100面积"."""

from __future__ import annotations

from hzreader.figures import _zh_words as zw
from hzreader.figures._zh_numerals import Number


def divided(text: str, s: int) -> bool:
    """Whether 分 ("divided into") stands right before the number at `s`, not as part of a
    word (部分, 十分, 得分)."""
    return text[s - 1 : s] == "分" and (s < 2 or text[s - 2] not in zw.DIVIDED_BLOCKERS)


#: The words after a number that `idiom` looks at.
IDIOM_WORDS = frozenset(("度", "位"))


def idiom(text: str, s: int, number: Number, word: str, q: int) -> bool:
    """Whether a number and its word are an idiom, not a figure: "梅开二度" (scored twice),
    "三位数增长" (three-digit growth)."""
    if word == "度":
        return text.endswith("梅开", 0, s)
    if word == "位":
        return text[q : q + 1] == "数" and not number.digits and (
            not text[q + 1 : q + 2] or text[q + 1] not in "学据字码值额量")  # 三位数学家
    return False


#: After 面, characters that make a word of it, no classifier ("100面积" is no flag count).
NOT_AFTER_MIAN = frozenset("积值额向临对料包条粉膜板具貌")
#: Before 两元 / 三元, the idiom's words ("独中两元": scored twice; "连中三元").
SCORED_TWICE = frozenset(("独中", "连中"))
