"""Chinese figures led by a word, not a number: 第三, 第3名, 前三季度 (a length), 上半年, 半年,
半个百分点."""

from __future__ import annotations

import re

from hzreader.figures import _zh_words as zw
from hzreader.figures._context import Hit
from hzreader.figures._zh import BEFORE_QIAN
from hzreader.figures._zh_base import (
    SHOW_BEFORE,
    after_approx,
    approx_before,
    first_period,
    unit_at,
)
from hzreader.figures._zh_numerals import read_number

#: 第N条 / 款 / 章 / 节 / 编 name a part of a law or a text, not a rank.
_LEGAL_PARTS = frozenset("条款章节编")
#: A ranking in the clause before 第N位 or 前N名 ("排名中国影史第十二位", "全省排名前500名").
_RANKED = re.compile(r"(?:排名|位居|位列|名列|排在|排行|跃居|跻身|榜)[^，。；！？,;!?]{0,10}$")
#: "前500名", "前三名": the top N of a ranking.
_TOP = re.compile(r"前(?:\d{1,4}|[一二三四五六七八九十百千两]{1,4})名")
#: A ranking a few words before a word ordinal ("排名小组第二", "位列全国同类城市第三").
_RANKED_NEAR = re.compile(r"(?:排名|位居|位列|名列|排在|跃居)[^，。；！？,;!?的第]{1,6}$")
#: Names after 第N次 in words: a session, a war, a census or a policy term, no count of times
#: ("第三次会议", "第二次世界大战", "第五次全国人口普查", "第三次分配").
_NAMED_AFTER_TIME = ("会议", "全会", "全体会议", "大会", "代表大会", "党代会", "世界大战", "大战",
                     "战争", "革命", "工业革命", "全国", "普查", "浪潮", "分配", "国共合作")
#: What a quarter's results are about: 第三季 before one is a date (Taiwan's "第三季營收").
_QUARTER_OF = ("营收", "营业", "财报", "获利", "净利", "盈利", "毛利", "业绩", "经济", "出口",
               "进口", "营运", "销售", "税后", "每股", "GDP", "财测", "合并", "合併")
#: A whole market or place after 第三季 ("第三季全台買賣移轉"): the quarter's figures, unless a
#: show stands before (a season's tour, "该剧第三季全国巡演").
_QUARTER_SCOPE = ("全台", "全国", "全港", "全市", "全省", "全球", "全澳")
#: "位居全国前十", "跻身全球前十强": the top N of a ranking with no 名, before a stop or 的
#: (figs22; not "排名前10%的家庭", a share).
_TOP_WORDS = re.compile(
    r"前(?:\d{1,3}|[二三四五六七八九十百]{1,3})[强位]?(?=[，。；、！？,;!?)）”」\s的]|$)")
#: "排名前10%的家庭": the top share of a ranking, a percent (figs25).
_TOP_SHARE = re.compile(r"前(\d{1,2}(?:\.\d{1,2})?)[%％]")
#: Trains after 第N次, which number one: a name, no rank ("第408次自強號", "第5次列车"; figs25).
_TRAINS = ("自强号", "莒光号", "区间车", "区间快车", "普悠玛", "太鲁阁", "复兴号", "列车", "车次")

#: 翻番 and how many times: doublings.
_DOUBLINGS = re.compile(r"翻了?([一两二三]?)番")
_TIMES = {"": 1, "一": 1, "两": 2, "二": 2, "三": 3}


def at_zh_lead(text: str, s: int, floor: int) -> Hit | int:
    """A figure led by a word, not a number: 第三, 前三季度, 上半年, 半年."""
    ch = text[s]
    if ch in "上下":
        return s, s + 3, "date", None  # 上半年, 下半年
    if ch == "翻":  # "翻了一番", "翻番": doubled; "翻两番" (two doublings): 4 times (figs29)
        m = _DOUBLINGS.match(text, s)
        return (approx_before(text, s, floor), m.end(), "number", 2.0 ** _TIMES[m.group(1)]) \
            if m else s + 1
    if ch == "半":
        unit = unit_at(text, s + 1)
        if text[s - 1 : s] in ("一", "多", "大", "过", "上", "下") or unit is None or \
                unit[1] not in (zw.YEAR, zw.DURATION, zw.PERCENT, zw.BASIS):
            return s + 1
        end = s + 1 + len(unit[0])
        if unit[1] in (zw.PERCENT, zw.BASIS):  # "半个百分点": 0.5 percentage points
            value = 0.5 if unit[1] == zw.PERCENT else 0.005
            return approx_before(text, s, floor), after_approx(text, end), "percent", value
        return approx_before(text, s, floor), end, "duration", 0.5
    if ch == "前" and (top := _TOP.match(text, s)) and _RANKED.search(text, max(0, s - 12), s):
        count = read_number(text, s + 1)
        if count is not None and count.end == top.end() - 1:
            return s, top.end(), "ordinal", count.value  # "全省排名前500名": a rank bound
    if ch == "前" and (share := _TOP_SHARE.match(text, s)) and \
            _RANKED.search(text, max(0, s - 12), s):
        return s, share.end(), "percent", float(share.group(1))  # "排名前10%的家庭"
    if ch == "前":  # 前10个月: ten months, as "the first 10"; not 此前3个月 ("the 3 months before")
        period = first_period(text, s) if text[s - 1 : s] not in BEFORE_QIAN else None
        if period is None and (top := _TOP_WORDS.match(text, s)) and \
                _RANKED.search(text, max(0, s - 12), s) and (count := read_number(text, s + 1)):
            return s, top.end(), "ordinal", count.value  # "位居全国前十": a rank bound
        return s + 1 if period is None else period
    return _ordinal(text, s)


#: A year's span before 第N个 that makes a numeral ordinal a count of the year's events.
_THIS_YEAR = ("今年", "年内", "本年", "今年以来", "今年来")


def _ordinal(text: str, s: int) -> Hit | int:
    """第 and a number: a quarter (第三季度), a rank (第3名, 全国第一, 第二大) or nothing."""
    number = read_number(text, s + 1)
    if number is None:
        return s + 1
    e, rank = number.end, number.value
    if text[e : e + 1] and text[e] in _LEGAL_PARTS or \
            text[s - 1 : s] == "字" and text[e : e + 1] == "号":
        return e + 1  # "第1165条", "第三款": an article of a law, a name like "Article 12";
        # "上訴字第2345號": a case's number
    if text[e : e + 1] == "次" and number.digits and text.startswith(_TRAINS, e + 1):
        return e + 1  # "第408次自強號": a train's number
    if text.startswith("季度", e) and 1 <= rank <= 4:
        return s, e + 2, "date", None
    if text[e : e + 1] == "季" and 1 <= rank <= 4 and (
            text[s - 1 : s] == "年" or text.startswith(_QUARTER_OF, e + 1) or
            text.startswith(_QUARTER_SCOPE, e + 1) and not SHOW_BEFORE.search(
                text, max(0, s - 10), s)):
        return s, e + 1, "date", None  # "今年第3季", "第三季營收" (Taiwan's 第三季度); not a
        # show's season ("節目第3季")
    if number.digits and text[e : e + 1] in ("分", "小", "个") and (
            unit := next((u for u in zw.ORDINAL_UNITS if text.startswith(u, e)), None)):
        return s, e + len(unit), "ordinal", rank  # "第38分钟": the 38th minute
    if text[e : e + 1] == "名" or (text[e : e + 1] and text[e] in zw.SUPERLATIVE_CHARS):
        return s, e + 1, "ordinal", rank
    if text.endswith("连续", 0, s):
        for unit in zw.STREAK_UNITS:
            if text.startswith(unit, e):
                return s, e + len(unit), "ordinal", rank
    if number.digits:
        return s, e + (1 if text[e : e + 1] and text[e] in zw.ORDINAL_CLASSIFIERS else 0), \
            "ordinal", rank
    if text[e : e + 1] == "次" and 2 <= rank <= 99 and \
            not text.startswith(_NAMED_AFTER_TIME, e + 1):
        return s, e + 1, "ordinal", rank  # "年内第三次降准", as "第10次举办"; not a session
        # or a war ("第三次会议", "第二次世界大战"), nor "第一次" (the first time: an event's order)
    if text[e : e + 1] == "个" and 2 <= rank <= 99 and text.endswith(_THIS_YEAR, 0, s) and \
            not text.startswith(("个月", "个季度", "个小时"), e):
        return s, e + 1, "ordinal", rank  # "今年第五个台风" (figs28), as "今年第5个台风"
    if text[e : e + 1] == "位" and _RANKED.search(text, max(0, s - 12), s):
        return s, e + 1, "ordinal", rank  # "排名中国影史第十二位"; "第三位宇航员" is no rank
    if any(text.endswith(word, 0, s) for word in zw.RANK_BEFORE) or \
            _RANKED_NEAR.search(text, max(0, s - 8), s):
        return s, e, "ordinal", rank  # "排名第三", "排名小组第二"
    return e
