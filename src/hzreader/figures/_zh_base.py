"""Small readers the Chinese rules share: the unit word after a number, the approximators
around it ("约", "超过", "上百" before; "以上", "左右" after), fractions ("三分之一",
"百分之十") and the scale of a range's low end ("5~8万元")."""

from __future__ import annotations

import re

from hzreader.figures import _zh_words as zw
from hzreader.figures._context import Hit
from hzreader.figures._zh_approx import approx_before as approx_before
from hzreader.figures._zh_numerals import Number, read_number


def is_cjk(ch: str) -> bool:
    """Whether `ch` is a CJK character, CJK punctuation or a full-width form."""
    return ch >= "\u2e80"


def unit_at(text: str, pos: int) -> tuple[str, str] | None:
    """The longest unit word at `pos` and its tag."""
    for size in zw.UNIT_LENGTHS:
        word = text[pos : pos + size]
        if len(word) == size and word in zw.UNITS:
            return word, zw.UNITS[word]
    return None


def after_approx(text: str, pos: int) -> int:
    """The end of 以上/以下/左右 after a figure, or `pos`; 上下 ("about", figs22) only before
    a stop, 的 or a word of moving around ("30岁上下，", "25℃上下浮动"; not "上下班")."""
    for word in zw.AFTER_APPROX:
        if text.startswith(word, pos):
            return pos + len(word)
    if text.startswith("上下", pos) and (
            not text[pos + 2 : pos + 3] or text[pos + 2] in _AFTER_SHANGXIA or
            text.startswith(_MOVES_AROUND, pos + 2)):
        return pos + 2
    return pos


#: What may follow 上下 as "about": a stop, 的, a closing bracket or quote.
_AFTER_SHANGXIA = frozenset("，。；、！？,;!?)）”」的\n")
#: Verbs of moving around a level after 上下 ("在3000点上下波动").
_MOVES_AROUND = ("浮动", "波动", "徘徊", "震荡", "摆动")


def fraction(text: str, s: int, number: Number, q: int) -> Hit | int:
    """ "三分之一" → 1/3; "百分之十" → 10 %; "千分之五" → 0.5 %."""
    part = read_number(text, q)
    if part is None and number.raw in ("百", "一百") and text.startswith("百", q):
        return s, q + 1, "percent", 100.0  # 百分之百: all of it
    if part is None:
        return q
    end = part.end
    if number.raw in ("百", "一百", "100"):
        return s, end, "percent", part.value
    if number.raw in ("千", "一千", "1000"):
        return s, end, "percent", part.value / 10
    if number.value == 0:
        return end
    return s, end, "number", part.value / number.value


def written_range_end(text: str, end: int, low: float | None = None) -> int:
    """The end of the second number of a range written after a percentage in words
    ("百分之六十至八十五", "百分之四十到五十"; in digits "百分之70至95", figs32), or `end`: no
    range, the second number has a unit of its own ("百分之五至十年"), or it is not above
    `low`, the first ("百分之95至70": two figures)."""
    if text[end : end + 1] not in ("至", "到") or not text[end - 1 : end]:
        return end
    second = read_number(text, end + 1)
    if second is None or second.digits != text[end - 1].isdigit() or \
            unit_at(text, second.end) is not None or \
            text.startswith("分之", second.end) or low is not None and second.value <= low:
        return end
    return second.end


#: "前10个月", "前三季度", and Hong Kong's and Taiwan's "首三季", "前三季", "首10個月": the first
#: N months or quarters of a year, a length of time.
_FIRST_PERIOD = re.compile(r"[前首](\d{1,2}|[一二三四五六七八九十两]{1,3})个?(?:季度?|月)")
#: Characters before 首 that make a word of it (榜首, 为首, 元首, 自首, 回首): no "first".
_NOT_BEFORE_SHOU = "榜为之元自回俯昂"
#: A show in the clause before makes 季 its seasons ("该剧前三季"), no quarters of a year.
SHOW_BEFORE = re.compile(r"(?:剧|劇|节目|综艺|綜藝|动画|動畫|系列|真人秀)[^，。；！？,;!?]{0,6}$")


def first_period(text: str, s: int) -> Hit | None:
    """A duration of the first N months or quarters led by 前 or 首 at `s`, or None."""
    m = _FIRST_PERIOD.match(text, s)
    if m is None or text[s] == "首" and text[s - 1 : s] and text[s - 1] in _NOT_BEFORE_SHOU:
        return None
    if text[m.end() - 1] == "季" and SHOW_BEFORE.search(text, max(0, s - 10), s):
        return None
    count = read_number(text, s + 1)
    return None if count is None else (s, m.end(), "duration", count.value)


#: Characters before 上 that make a word of it ("马上", "以上", "加上", "线上") or a place of
#: it ("墙上", "桥上", "车上", "市场上", "事实上"): no "upwards of".
_NOT_BEFORE_SHANG = frozenset("马以之加向往线网路赶爬登跟比身手台楼街晚早北朝顶桌会世天"
                              "墙桥车船机山岸面界史实本场际体则论地水海空书纸屏床头门窗坡架")
#: What 上百 / 上千 / 上万 may count: things, money, time.
UPWARD_KINDS = frozenset(("count", "money", "duration"))


def upward_of(text: str, s: int) -> bool:
    """Whether 上 before the lone 百 / 千 / 万 at `s` says "upwards of" ("上百架次", "上千人",
    "上万元"), not a word ending in 上 ("马上", "以上")."""
    return text[s - 1 : s] == "上" and (s < 2 or text[s - 2] not in _NOT_BEFORE_SHANG)


#: Characters before 数 that make a noun of it ("人数十万": the number of people, "指数"):
#: no "several".
_NOT_BEFORE_SHU = frozenset("人总次指分票岁件户基系参变函读整倍位少多无半天年页字场个台家股点"
                            "步条例席辆架名")


def several_of(text: str, s: int) -> bool:
    """Whether 数 / 几 before the 十 / 百 / 千 / 万 at `s` says "several" ("数十亿元",
    "数千人", "几百人"; figs29: an approximate figure at the round number, as 上百), not a
    noun ending in 数 ("人数十万")."""
    return text[s - 1 : s] in ("数", "几") and (
        s < 2 or text[s - 1] == "几" or text[s - 2] not in _NOT_BEFORE_SHU)


#: A range's high end written with a scale its low end has not: the scale's characters.
_SCALES = "万亿千百"


def low_scale(text: str, number: Number, p: int) -> float:
    """The scale of a range's low end written without the high end's ("5~8万元", "三至五万人",
    "1至3千万元": 5万, 三万, 1千万), or 1: the low end has a scale of its own, or is above
    the high end's number ("8000至1.2万元"). A low end in numerals with a small scale takes
    the high end's big one after the same small scale ("一百至二百万元": 一百万, figs27)."""
    written = text[number.end + 1 : p]
    if not number.digits and text[number.end - 1] in "十百千" and \
            written[-2:-1] == text[number.end - 1] and written[-1:] in ("万", "亿"):
        return 1e4 if written[-1] == "万" else 1e8
    if text[number.end - 1] in _SCALES or written[-1:] not in _SCALES:
        return 1.0
    second = read_number(text, number.end + 1)
    bare = written.rstrip(_SCALES)
    head = read_number(bare, 0) if bare else None
    if second is None or head is None or head.end != len(bare) or not head.value or \
            number.value > head.value:
        return 1.0
    return second.value / head.value


#: A toll written "1死48伤" (1 dead, 48 injured; "2死1失踪"): a count of each, the word its
#: noun (figs29). Only in a pair, as "9胜3负": "3死" alone may be anything.
_TOLL = re.compile(r"(\d{1,5})(死|[重轻]?伤|亡|失踪|失联)(?![亡者去刑因角心板口害感势残])")


def toll_at(text: str, s: int) -> Hit | None:
    """The count at `s` of a toll "1死48伤" (either number), or None."""
    m = _TOLL.match(text, s)
    if m is None or not (text[s - 1 : s] and text[s - 1] in "死伤亡踪联" and
                         _TOLL.search(text, max(0, s - 8), s) or _TOLL.match(text, m.end())):
        return None
    return s, m.end(), "count", float(m.group(1))


#: Kinds a Chinese minus (负, 負) may sign; and what before it makes it a result ("9胜3负"),
#: a margin ("正负3%") or no sign.
_SIGNED = frozenset({"percent", "quantity", "money", "number"})
_NOT_MINUS = frozenset("胜平正0123456789")


def signed_zh(text: str, s: int, hit: Hit) -> Hit:
    """`hit` with the minus 负 right before its number `s` in its span and value ("负3.5%" →
    -3.5, "负120点"); not a result ("3胜2负") or a margin ("正负3%")."""
    start, end, kind, value = hit
    if start != s or text[s - 1 : s] != "负" or value is None or text[s - 2 : s - 1] in \
            _NOT_MINUS or kind not in _SIGNED and text[end - 1 : end] != "点":  # "负120点"
        return hit
    return s - 1, end, kind, -value
