"""Chinese figures led by a word, not a number: 第三, 第3名, 前三季度 (a length), 上半年, 半年."""

from __future__ import annotations

import re

from hzreader.figures import _zh_words as zw
from hzreader.figures._context import Hit
from hzreader.figures._zh import BEFORE_QIAN
from hzreader.figures._zh_base import approx_before, unit_at
from hzreader.figures._zh_numerals import read_number

#: 第N条 / 款 / 章 / 节 / 编 name a part of a law or a text, not a rank.
_LEGAL_PARTS = frozenset("条款章节编")
#: A ranking in the clause before 第N位 or 前N名 ("排名中国影史第十二位", "全省排名前500名").
_RANKED = re.compile(r"(?:排名|位居|位列|名列|排在|排行|跃居|跻身|榜)[^，。；！？,;!?]{0,10}$")
#: "前500名", "前三名": the top N of a ranking.
_TOP = re.compile(r"前(?:\d{1,4}|[一二三四五六七八九十百千两]{1,4})名")
_FIRST_PERIOD = re.compile(r"前(\d{1,2}|[一二三四五六七八九十两]{1,3})个?(?:季度|月)")


def at_zh_lead(text: str, s: int, floor: int) -> Hit | int:
    """A figure led by a word, not a number: 第三, 前三季度, 上半年, 半年."""
    ch = text[s]
    if ch in "上下":
        return s, s + 3, "date", None  # 上半年, 下半年
    if ch == "半":
        unit = unit_at(text, s + 1)
        if text[s - 1 : s] in ("一", "多", "大", "过", "上", "下") or unit is None or \
                unit[1] not in (zw.YEAR, zw.DURATION):
            return s + 1
        return approx_before(text, s, floor), s + 1 + len(unit[0]), "duration", 0.5
    if ch == "前" and (top := _TOP.match(text, s)) and _RANKED.search(text, max(0, s - 12), s):
        count = read_number(text, s + 1)
        if count is not None and count.end == top.end() - 1:
            return s, top.end(), "ordinal", count.value  # "全省排名前500名": a rank bound
    if ch == "前":
        m = _FIRST_PERIOD.match(text, s) if text[s - 1 : s] not in BEFORE_QIAN else None
        count = read_number(text, s + 1) if m else None  # not 此前3个月 ("the 3 months before")
        if m is None or count is None:
            return s + 1
        return s, m.end(), "duration", count.value  # 前10个月: ten months, as "the first 10"
    return _ordinal(text, s)


def _ordinal(text: str, s: int) -> Hit | int:
    """第 and a number: a quarter (第三季度), a rank (第3名, 全国第一, 第二大) or nothing."""
    number = read_number(text, s + 1)
    if number is None:
        return s + 1
    e, rank = number.end, number.value
    if text[e : e + 1] and text[e] in _LEGAL_PARTS:
        return e + 1  # "第1165条", "第三款": an article of a law, a name like "Article 12"
    if text.startswith("季度", e) and 1 <= rank <= 4:
        return s, e + 2, "date", None
    if text[e : e + 1] == "季" and 1 <= rank <= 4 and text[s - 1 : s] == "年":
        return s, e + 1, "date", None  # "今年第3季" (Taiwan's 第三季度); not a show's season
    if text[e : e + 1] == "名" or (text[e : e + 1] and text[e] in zw.SUPERLATIVE_CHARS):
        return s, e + 1, "ordinal", rank
    if text.endswith("连续", 0, s):
        for unit in zw.STREAK_UNITS:
            if text.startswith(unit, e):
                return s, e + len(unit), "ordinal", rank
    if number.digits:
        return s, e + (1 if text[e : e + 1] and text[e] in zw.ORDINAL_CLASSIFIERS else 0), \
            "ordinal", rank
    if text[e : e + 1] == "位" and _RANKED.search(text, max(0, s - 12), s):
        return s, e + 1, "ordinal", rank  # "排名中国影史第十二位"; "第三位宇航员" is no rank
    if any(text.endswith(word, 0, s) for word in zw.RANK_BEFORE):
        return s, e, "ordinal", rank
    return e
