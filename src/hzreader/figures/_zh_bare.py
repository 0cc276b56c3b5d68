"""Chinese numbers with no unit after them (`no_unit`, for `_zh`): a plain `number` in
digits, or what the words around it make of it (a count after 万/亿, a bare ¥ amount, a
Hong Kong 厘 rate, a year of an event's edition), or no figure at all (titles, names,
numbers dialled, product models)."""

from __future__ import annotations

import re

from hzreader.figures import _zh_names as zn
from hzreader.figures import _zh_words as zw
from hzreader.figures._context import Hit, study_ratio, unit_tail
from hzreader.figures._nouns import plural_end
from hzreader.figures._unit_price import PRICE_BEFORE, per_unit
from hzreader.figures._zh_base import approx_before, fraction, unit_at
from hzreader.figures._zh_money import named_currency
from hzreader.figures._zh_nouns import noun_before, noun_end
from hzreader.figures._zh_numerals import Number
from hzreader.figures._zh_time import dateline

_LATIN = re.compile(r"[A-Za-z]")
_LATIN_WORD = re.compile(r"\s?[A-Za-z][A-Za-z0-9.-]*")
#: A number dialled: the words `DIAL_BEFORE` and maybe other numbers joined by 或/、.
_DIALLED = re.compile(rf"(?:{'|'.join(zw.DIAL_BEFORE)})[\d\s或、和-]*$")
#: A yearly rate shortly before N厘 in its sentence ("租金回報率3.6厘", "按揭息率約4厘",
#: "封頂息為3.5厘，即3.5厘", a mortgage's "P-1.75厘" below the prime rate): the 厘 is a
#: percent (in Hong Kong always; 年息3厘 is 3 % on the mainland too). 月息 is left alone.
_RATE_BEFORE = re.compile(r"(?:回报率|息率|利率|孳息率|(?<!月)息|(?<![A-Za-z])[PH]\s?[+\-－加减減])"
                          r"[^。；;！？!?月]{0,16}$")


#: A yearly rate's unit in Hong Kong: a percent after a rate word (`_RATE_BEFORE`).
RATE_UNIT = "厘"
#: A rate word the rule reads N厘 after: a rate typed alone is read after it (`typed_rate`).
A_RATE = "利率"


#: A mortgage's spread over a reference rate before its 厘: Hong Kong's prime rate (P) or
#: HIBOR (H), a sign ("P-1.75厘", "H+1.3厘") or its word ("P減1.75厘", "H加1.3厘"; figs27),
#: maybe spaces; the rate's own number follows.
_SPREAD = re.compile(r"(?<![A-Za-z])[PH]\s?([+\-－加减減])\s?$")
_MINUS = ("-", "－", "减", "減")
_SPREAD_RATE = re.compile(r"\d{1,2}(?:\.\d{1,3})?厘")


def rate_spread_start(text: str, s: int) -> int | None:
    """Where "P-" or "H+" begins before the number at `s` of a rate in 厘 ("按揭利率為
    P-1.75厘": prime minus 1.75 percentage points), the letter after Chinese or a stop; or
    None (figs25)."""
    m = _SPREAD.search(text, max(0, s - 4), s)
    if m is None or _SPREAD_RATE.match(text, s) is None:
        return None
    return m.start() if m.start() == 0 or not text[m.start() - 1].isascii() or \
        text[m.start() - 1] in " (" else None


def no_unit(text: str, s: int, number: Number, p: int) -> Hit | int:
    """A number with no unit after it: a plain `number` in digits, nothing in words; a
    count when a scaled number stands right before a counted noun ("约30万居民")."""
    if text[p - 1 : p] in ("万", "亿") and (noun := noun_end(text, p)) > p:
        return s, noun, "count", number.value
    if s and text[s - 1] in "（(" and ((years := zn.bracketed_years(text, s, number)) is not None
                                       or (years := dateline(text, s, number, p)) is not None):
        return years  # "（1931—2024）": a life or a period, one span of years; "今（30）日"
    if text[p - 1 : p] in ("万", "亿") and text.rfind("次", max(0, s - 8), s) >= 0 and \
            noun_before(text, approx_before(text, s, 0))[-1:] == "次":
        return s, p, "count", number.value  # "國人出國人次則高達1,180萬": 1,180萬 人次
    if text[p : p + 1] == "*" and number.raw in ("1", "2", "3", "4", "5"):
        return p + 1 + (text[p + 1 : p + 2] == "*")  # "5**": a grade of Hong Kong's DSE
    if not number.digits:
        if number.raw in ("百", "千") and text.startswith("分之", number.end):
            return fraction(text, s, number, number.end + 2)
        if number.raw == "一" and text[p : p + 1] == "半" and not unit_at(text, p + 1):
            return s, p + 1, "number", 0.5  # 一半以上
        return p
    if s and text[s - 1] in "¥￥":
        return s - 1, p, "money", number.value  # a bare ¥ amount: money as written
    if s >= 2 and text[s - 1] >= "\u2e80" and (named := named_currency(text, s, number.value, p)):
        return named
    if text[p : p + 1] == RATE_UNIT and (spread := rate_spread_start(text, s)) is not None:
        return spread, p + 1, "percent", -number.value if text[s - 1] in _MINUS or \
            text[s - 2 : s - 1] in _MINUS else number.value  # "P-1.75厘": -1.75 points
    if text[p : p + 1] == RATE_UNIT and _RATE_BEFORE.search(text, max(0, s - 20), s):
        return s, p + 1, "percent", number.value  # "回報率3.6厘": Hong Kong's 厘 is a percent
    if text.rfind("《", max(0, s - 30), s) > text.rfind("》", max(0, s - 30), s):
        return p  # 《哪吒2》: a title
    if s and text[s - 1] in zw.OPEN_QUOTES and text[p : p + 1] in zw.CLOSE_QUOTES or \
            s >= 2 and text[s - 2] in zw.OPEN_QUOTES and text[p : p + 1] in zw.CLOSE_QUOTES:
        return p  # “618”, “双11”: a name
    if text[p : p + 1] == "区" and text.endswith(zw.WARD_CITIES, 0, s):
        return p + 1  # "東京23区": Tokyo's special wards, a name (figs32)
    if _DIALLED.search(text, max(0, s - 16), s) or text[s - 1 : s] in zw.PRODUCT_NAME_ENDS \
            and any(text.endswith(name, 0, s) for name in zw.PRODUCT_NAMES) or \
            text[s - 1 : s] in zn.PRODUCT_KIND_ENDS and zn.product_model(text, s):
        return p  # 拨打12306, 拨打110或120; 小米15, 骁龙8至尊版, 小米手环10
    if text[p - 1] in "万亿" and text[p : p + 1] == " " and (
            plural := plural_end(text, p)) is not None:
        return s, plural, "count", number.value  # "bought back 1.8亿 shares"
    if s >= 2 and text[s - 1] == " " and _LATIN.match(text, s - 2) and not study_ratio(
            text[max(0, s - 4) : s - 1].lstrip("（(，, ").lower(), text, s):
        return p  # "version 3。"; not "HR 0.73，" (figs31)
    nxt = text[p : p + 2].lstrip(" ")[:1]
    if nxt and nxt.isascii() and nxt.isalpha():
        tail = unit_tail(text, p)
        if tail and tail[0] in ("quantity", "percent"):
            return s, tail[1], tail[0], number.value
        m = _LATIN_WORD.match(text, p)
        return m.end() if m else p  # "5G", "骁龙8 Gen 3"
    if text[p : p + 1] == "半" and (unit := unit_at(text, p + 1)) and unit[1] == zw.DURATION:
        return s, p + 1 + len(unit[0]), "duration", number.value + 0.5
    if p - s == 4 and (edition := zn.edition_year(text, s, number, p)) is not None:
        return edition  # "2026杭州马拉松": the year of an event's edition
    if text[p : p + 1] in ("/", "／") and per_unit(text, s, p) and \
            PRICE_BEFORE.search(text, max(0, s - 8), s):
        return s, p, "money", number.value  # "单价4.5万/㎡": a price per area (figs32)
    if text[s - 1 : s] == "ド" and text.endswith("マグニチュード", 0, s):
        return s - 7, p, "quantity", number.value  # "マグニチュード7.1": a magnitude (figs34)
    if p - s <= 3 and _AGE_BOUND.match(text, p):
        return s, p, "duration", number.value  # "65以上老人", "6以下儿童": an age (store17)
    return s, p, "number", number.value


#: 以上/以下 and people of an age after a bare number: the number is their age in years, as
#: in "65岁以上老人" (`figures._ages`).
_AGE_BOUND = re.compile(r"(?:及|或)?以[上下]的?"
                        r"(?:老人|老年人|长者|儿童|幼儿|婴幼儿|未成年人|青少年)")
