"""Chinese key figures: "15356亿元", "5.6%", "2368个项目", "2025年9月28日", "第三季度", "上午9点".

The number is read by `_zh_numerals`, the counted noun by `_zh_nouns`, calendar and clock
words by `_zh_time`, ages as 七旬/百岁 by `_zh_ages`; this module classifies a number by the
word after it (tables in `_zh_words`): money, percent, quantity, duration, age, date words,
classifiers and counted nouns. Approximators before (约, 超过, 近 …) and after (多, 余, 以上,
左右) belong to the span. A lone 一 is a figure only with a unit ("一年"), never with a
classifier ("一个重要的时刻"); lone 百/千/万/亿 are never numbers ("百度").
"""

from __future__ import annotations

import re

from hzreader.figures import _ja as ja
from hzreader.figures import _zh_names as zn
from hzreader.figures import _zh_words as zw
from hzreader.figures._context import Hit, currency_start, study_ratio
from hzreader.figures._patterns import ACCELERATION
from hzreader.figures._zh_ages import life_age
from hzreader.figures._zh_bare import no_unit
from hzreader.figures._zh_base import (
    UPWARD_KINDS,
    after_approx,
    approx_before,
    first_period,
    fraction,
    low_scale,
    several_of,
    signed_zh,
    toll_at,
    unit_at,
    upward_of,
    written_range_end,
)
from hzreader.figures._zh_idioms import (
    IDIOM_WORDS,
    NOT_AFTER_MIAN,
    SCORED_TWICE,
    divided,
    idiom,
)
from hzreader.figures._zh_money import with_prefix_currency
from hzreader.figures._zh_nouns import count_end, noun_before, noun_end
from hzreader.figures._zh_numerals import DIGITS_RX, NUMERAL_RX, Number, read_number, skip_digits
from hzreader.figures._zh_tenths import cheng, wari
from hzreader.figures._zh_time import (
    at_colon_zh,
    calendar,
    clock_tail,
    fiscal_year,
    race_tail,
    roc_span_end,
)

_NAME_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9-]*$")
_PRODUCT = re.compile(r"[×xX*]\d+(?:[.．]\d+)?")
#: A hotline named by its number: three or more digits, a few characters, 热线.
_HOTLINE = re.compile(r"\d{3,}[\u4e00-\u9fff]{0,6}热线")
_MEDAL = re.compile(r"(\d{1,3})[金银铜](?!额|融|属|币|价|条|矿|牌)")
_RESULT = re.compile(r"(\d{1,3})[胜平负](?!利|出|任|诉|率|者|责|担|数|面|方|局)")
#: The centimetres of a height written "1米85" (1.85 m): one or two digits and no unit.
_HEIGHT_CM = re.compile(r"\d{1,2}(?![\d.．%％A-Za-z])")


#: Capitalised English words before a number that name nothing ("On 2024年12月31日").
_LATIN_FUNCTION_WORDS = frozenset({
    "On", "In", "At", "By", "Since", "From", "Until", "Till", "To", "Before", "After", "Of",
    "For", "The", "And", "Or", "As", "About", "Around", "Over", "Under", "Between", "During",
    "Through", "Than", "With", "Only", "Just", "Some", "Nearly", "Almost", "Up", "Down",
})
#: Tiers of government before 两级/三级 ("县乡两级人大", "省市县三级"; figs27): no measure.
_TIERS = frozenset("省市县乡镇村区")


def _index_name(text: str, s: int) -> bool:
    """Whether the digits at `s` belong to an index's name ("日经225", "沪深300"; not
    "上证3000点")."""
    name = next((w for w in zw.INDEX_NAMES if text.endswith(w, 0, s)), None)
    if name is None:
        return False
    return name not in zw.ZH_INDEX_NAMES or text[s : skip_digits(text, s)] in zw.ZH_INDEX_SIZES


def _time_unit(tag: str) -> bool:
    """Whether a unit tag is one of time, which a lone 一 may take ("一年", "一季度")."""
    return tag in (zw.DURATION, zw.AGE, zw.YEAR, zw.SECOND, zw.QUARTER, zw.MONTH)


def at_zh(text: str, s: int, floor: int) -> Hit | int:
    """The Chinese figure whose number starts at `s`, or where to resume scanning."""
    if s and (text[s - 1] == "第" or text[s - 1] == "前" and
              text[s - 2 : s - 1] not in BEFORE_QIAN) or any(
            text.endswith(w, 0, s) for w in zw.WEEKDAY_BEFORE) and not text[s].isdigit():
        return s + 1
    if text[s + 1 : s + 2] in ("旬", "岁") and (age := life_age(text, s, floor)):
        return age  # "七旬老人", "百岁老人" (figs34)
    if text[s - 1 : s] == "首" and (period := first_period(text, s - 1)):
        return period  # Hong Kong's "首三季", "首10個月": the first N quarters or months
    if text[s] in "百千" and text.startswith("分之", s + 1):
        whole = Number(s + 1, 100.0 if text[s] == "百" else 1000.0, False, text[s])
        part = fraction(text, s, whole, s + 3)  # 百分之十, 千分之五
        if isinstance(part, int):
            return part
        end = written_range_end(text, part[1], part[3])  # 百分之六十至八十五: one figure
        return approx_before(text, s, floor), after_approx(text, end), part[2], part[3]
    if text[s].isdigit() and (medal := _MEDAL.match(text, s)) and (
            text[s - 1 : s] in zw.MEDALS or _MEDAL.match(text, medal.end())):
        return s, medal.end(), "count", float(medal.group(1))  # "40金27银24铜"
    if text[s].isdigit() and (result := _RESULT.match(text, s)) and (
            text[s - 1 : s] in zw.RESULTS or _RESULT.match(text, result.end())):
        return s, result.end(), "count", float(result.group(1))  # "9胜3负"
    if text[s].isdigit() and (toll := toll_at(text, s)) is not None:
        return toll  # "1死48伤"
    if s >= 2 and text[s - 1] == " " and text[s].isdigit() and (
            name := _NAME_BEFORE.search(text, max(0, s - 20), s - 1)) and \
            any(c.isupper() for c in name.group()) and name.group() not in _LATIN_FUNCTION_WORDS \
            and not study_ratio(name.group().lower(), text, s):
        code = DIGITS_RX.match(text, s)
        if code is None or (unit := unit_at(text, code.end())) is None or \
                unit[1] != zw.QUANTITY:
            return code.end() if code else s + 1  # "Model 3", "骁龙8 Gen 3", "iPhone 16"
        # "MatePad Pro 13.2英寸": a size after the name, read below
    if text[s] == "0" and (accel := ACCELERATION.match(text, s)):
        return accel.end()  # "0-100km/h加速"
    if text[s].isdigit() and (text[s - 1 : s] in zw.INDEX_NAME_ENDS and _index_name(text, s)
                              or zw.HOTLINE in text[s : s + 14] and _HOTLINE.match(text, s)):
        return skip_digits(text, s)  # "日经225", "沪深300", "12345市民服务热线"
    number = read_number(text, s)
    upward = False
    if number is None and text[s] in "百千万" and text[s + 1 : s + 2] not in zw.NUMERAL_CHARS \
            and (any(text.endswith(word, 0, s) for word in zw.LONE_SCALE_APPROX)
                 or (upward := upward_of(text, s) or several_of(text, s))):
        number = Number(s + 1, float(zw.SMALL_SCALES.get(text[s]) or zw.BIG_SCALES[text[s]]),
                        False, text[s])  # "近百年", "上百架次"
    if number is None:
        m = NUMERAL_RX.match(text, s) or DIGITS_RX.match(text, s)
        return m.end() if m else s + 1
    if not upward and not number.digits and number.raw[:1] in "百千万" and text[s - 1 : s] == "上":
        upward = upward_of(text, s)  # "上千万元", "上百亿元"
    if number.digits and text[number.end : number.end + 1] == "." and "." in number.raw and \
            text[number.end + 1 : number.end + 2].isdigit():
        return skip_digits(text, number.end + 1)  # "微信8.0.50版本": a version (figs25)
    if number.digits and s and (text[s - 1] in "$£€" or text[s - 1] == " " and
                                text[s - 2 : s - 1] == "$") and \
            (sign := currency_start(text, s)) is not None and \
            (signed := _signed(text, sign, number, floor)) is not None:
        return signed  # "HK$5,000萬", "每注$10", "HK$1,280起"
    if text[number.end : number.end + 1] in _FISCAL_JOINS and \
            (fiscal := fiscal_year(text, s, number)) is not None:
        return fiscal  # "2026/27年度": one year, not 27 years
    if (product := _PRODUCT.match(text, number.end)) and number.digits:
        return product.end()  # "4×100米接力" names a relay
    if number.digits and text[number.end : number.end + 1] in (":", "："):
        return at_colon_zh(text, s, number.end, floor)
    if s and text[s - 1] in "数几" and number.raw[:1] in "十百千万":
        if not several_of(text, s):
            return number.end  # "人数十万": the number of people
        upward = True  # 数十亿元, 几百人: "several", an approximator as 上 (figs29)
    hit = _classify(text, s, number, floor)
    if isinstance(hit, int):
        return max(hit, number.end)
    start, end, kind, value = hit
    if ja.rate_base(text, end):
        return end  # Japanese "1人当たり", "1平方メートル当たり": a rate's base (figs32)
    if upward:
        if kind not in UPWARD_KINDS:
            return end  # "马上百度一下": no "upwards of a hundred degrees"
        start = s - 1  # "上百架次": upwards of a hundred, 上 an approximator (figs25)
    if kind == "count" and s and text[s - 1] in zw.OPEN_QUOTES and any(
            c in zw.CLOSE_QUOTES for c in text[end : end + 3]):
        return end  # a slogan: “两个大局”
    if kind == "count" and text[s - 1 : s] == "每" and start == s:
        return _per_rate(text, s - 1, end, value) or end  # "每10万人52例": the base counts none
    if kind not in ("date", "year", "time", "ordinal"):
        end = after_approx(text, end)
        if start == s or kind == "money":
            start = approx_before(text, start, floor)  # "約新台幣28.1兆元" (figs22)
    return signed_zh(text, s, (start, end, kind, value))  # "负3.5%" (figs35)


def _per_rate(text: str, start: int, end: int, base: float | None) -> Hit | None:
    """A bare rate right after its base ("每10万人52.3" → 0.000523, as "52.3 per 100,000"),
    or None: a counted noun after it keeps its count ("每10万人52例", as "52 cases per")."""
    end += text.startswith("口", end)  # "每10万人口52.3"
    rate = read_number(text, end) if text[end : end + 1].isdigit() else None
    if rate is None or not base or unit_at(text, rate.end) is not None:
        return None
    return start, rate.end, "number", rate.value / base


def _unit_again(text: str, number: Number, word: str, q: int) -> int:
    """The end of a range whose two ends both carry the unit `word` ("90㎡至140㎡", "3米至5米"),
    or `q`: no such range."""
    if text[q : q + 1] not in _RANGE_JOINS or not text[q + 1 : q + 2].isdigit() and \
            text[q + 1 : q + 2] not in zw.NUMERAL_CHARS:
        return q
    second = read_number(text, q + 1)
    if second is None or second.digits != number.digits or \
            not text.startswith(word, second.end) or unit_at(text, second.end) != \
            (word, zw.QUANTITY) or second.value <= number.value:
        return q  # "气温35度至30度" falls: two figures, as a range goes up (review17)
    return second.end + len(word)


def _range_end(text: str, number: Number) -> tuple[int, tuple[str, str] | None]:
    """The end of "8到10" / "1至8" and the unit after it, when a unit follows the second."""
    p = number.end
    if text[p : p + 1] and text[p] in zw.RANGE_JOINS and p + 1 < len(text):
        second = read_number(text, p + 1)
        if second is not None and second.digits == number.digits:
            unit = unit_at(text, second.end)
            if unit is not None and unit[1] not in (zw.CODE, zw.SCORE, zw.FRACTION):
                return second.end, unit
    return p, unit_at(text, p)


def _classify(text: str, s: int, number: Number, floor: int) -> Hit | int:
    """Classify a Chinese number by the word after it."""
    value = number.value
    p, unit = _range_end(text, number)
    if p != number.end:
        value *= low_scale(text, number, p)  # "5~8万元": 5万 to 8万 (figs25)
    if unit is None:
        return no_unit(text, s, number, p)
    word, tag = unit
    q = p + len(word)
    if tag == zw.CLASSIFIER and text.startswith("半", q) and unit_at(text, q + 1):
        return _classify_half(text, s, value, q)  # 一个半小时
    if tag in (zw.YEAR, zw.DURATION) and text[s - 1 : s] == "个" and \
            text.startswith(("规划", "计划"), q):
        return q  # 第十五个五年规划
    if number.lone_one and not (_time_unit(tag) or tag in (
            zw.QUANTITY, zw.MONEY, zw.PERCENT, zw.DIAN, zw.SHI, zw.FRACTION, zw.CENTURY,
            zw.CHENG)):
        return q
    if word in ("届", "次") and zn.names_session(text, s, word, q) or number.lone_one and \
            zn.a_day(text, s, word) or tag == zw.YEAR and zn.loan_term(text, q):
        return q  # "二十届三中全会", "最热的一天", "5年以上贷款利率": names, no figure
    if word in IDIOM_WORDS and idiom(text, s, number, word, q):
        return q  # "梅开二度", "三位数增长"
    if word in zw.DIVIDED_CLASSIFIERS and divided(text, s):
        return s, q, "count", value  # "分两批发放", "分两期建设": in two batches, phases
    if word == "块" and text[q : q + 1] == "厝" or number.lone_one and tag == zw.YEAR and \
            text[q : q + 1] == "度":
        return q  # "六块厝" is a place; "新一年度" the new (fiscal) year
    if word in ("米", "款") and len(number.raw) == 4 and (
            year := zn.model_or_edition(text, s, number, p, q)) is not None:
        return year  # "2026米兰冬奥会": 米兰 is Milan; "2026款": a model year
    if word == "级" and (text.startswith(zn.ALERT_WORDS, q) or zn.grade_name(text, s, q) or
                        not number.digits and text[s - 1 : s] and text[s - 1] in _TIERS):
        return q  # "二级应急响应", "一级预警": a level of alert, a name as "level 4" and 十號風球;
        # "能效等级为一级", "一级能效": a grade (figs25); "县乡两级人大": tiers of government
    if word == "面" and (not number.digits or text[q : q + 1] in NOT_AFTER_MIAN):
        return no_unit(text, s, number, p)  # "三面环山", "四面八方": sides, no count; "53面"
        # (medals, flags) is one
    if tag == zw.MONEY and word == "元" and text[s - 2 : s] in SCORED_TWICE:
        return q  # "独中两元", "连中三元": scored twice, won three titles (an idiom)
    if tag == zw.CODE or (number.lone_one and word == "度") or (
            tag == zw.YEAR and (text[q : q + 1] in ("期", "级", "制", "薪")
                                or text.startswith("义务教育", q))) or (
            word == "级" and number.raw[-1:] in ("万", "亿")):
        return q  # "3号线"; "一度" is "at one point"; "5年期", "二年级", "九年义务教育",
        # "30万年薪" (a salary), "千亿级产业" (a class of industry, not a magnitude)
    if tag == zw.MONEY:
        if text.startswith("人民币", q):
            q += 3
        return with_prefix_currency(text, s), q, "money", value
    if tag == zw.PERCENT:
        if word == "ポイント" and ja.index_points(text, s):
            return s, q, "count", value  # "TOPIXは20ポイント上昇": an index's points
        if text[q : q + 1] in _RANGE_JOINS and (second := read_number(text, q + 1)) and \
                second.digits == number.digits and unit_at(text, second.end) == unit:
            q = second.end + len(word)  # "3%至5%": one range, valued at its low end
        return s, q, "percent", value
    if tag in (zw.BASIS, zw.PERMILLE):
        return s, q, "percent", value * (0.01 if tag == zw.BASIS else 0.1)  # 23个基点, 6.77‰
    if tag == zw.CHENG:
        return cheng(text, s, value, q) if word == "成" else wari(text, s, value, q)
    if word == "级" and text[q : q + 1] == "分" and number.digits and \
            text[q + 1 : q + 2] not in zw.GRADE_POINT_BLOCKERS:
        return s, q + 1, "count", value  # Taiwan's exam "13級分" (points; not "3级分类")
    if tag == zw.QUANTITY:
        q = _unit_again(text, number, word, q)  # "90㎡至140㎡": one range (figs32)
        start = s - 2 if s >= 2 and text[s - 2 : s] == "零下" else s
        if word == "度" and start >= 2 and text[start - 2 : start] in ("摄氏", "华氏"):
            start -= 2  # "气温摄氏33度", "华氏103度": the scale belongs to the span
        if start != s:
            return start, q, "quantity", -value if "零下" in text[start:s] else value
        if word == "米" and number.raw in ("1", "2", "3") and (
                cm := _HEIGHT_CM.match(text, q)) and unit_at(text, cm.end()) is None:
            return s, cm.end(), "quantity", value + int(cm.group()) / 10 ** len(cm.group())
        return s, q, "quantity", value
    if tag == zw.TIMES:
        return s, q + (text[q : q + 1] == "多"), "number", value  # "3倍多"
    if tag in (zw.YEAR, zw.DECADE, zw.MONTH, zw.DAY, zw.QUARTER, zw.CENTURY):
        return calendar(text, s, number, p, tag, q, floor)
    if tag in (zw.DIAN, zw.SHI, zw.FEN, zw.SECOND) or word in ("小时", "个小时", "時間"):
        if (race := race_tail(text, s, number.value, p)) is not None:
            return race
        if tag in (zw.DIAN, zw.SHI):
            return clock_tail(text, s, value, p, tag, floor)
        if tag == zw.FEN and number.digits and (top := _OUT_OF.match(text, q)) and \
                0 < value <= (most := float(top.group(1))):
            return s, top.end(), "number", value / most  # "4.8分（满分5分）": a rating
        if tag == zw.FEN and text[q : q + 1] == "钱":
            return s, q + 1, "money", value / 100  # "提高1分钱": cents of a yuan (figs22)
        if tag == zw.FEN and number.digits and ja.has_kana(text):
            return s, q, "duration", value  # Japanese "5分で": minutes (figs32)
        if tag == zw.FEN:
            return (s, q, "count", value) if number.digits else q  # points; 十分 is "very"
        return s, q, "duration", value
    if tag in (zw.DURATION, zw.AGE):
        if text[q : q + 1] == "期" and text[q + 1 : q + 2] != "间":
            return q + 1  # "7天期逆回购": a tenor's name, as "5年期"
        if word == "年间" and len(number.raw) == 4 and number.digits and (
                text[s - 1 : s] in zw.RANGE_JOINS or p != number.end):
            return s, p + 1, "year", value  # "2015年至2023年间": the end of a span of years
        if word == "年间" and (roc := roc_span_end(text, s, number)) is not None:
            return s, p + 1, "year", roc  # "民國108年至112年間": Taiwan's 112 is 2023
        if text.startswith("半", p + 1) and word.startswith("个"):
            value += 0.5
        return s, q, "duration", value / 1000 if word == "毫秒" else value  # 毫秒 in seconds
    if tag == zw.FRACTION:
        return fraction(text, s, number, q)
    if tag == zw.SCORE:
        second = read_number(text, q)
        if second is None or not second.digits or not number.digits:
            return q
        return s, second.end, "number", None
    if tag == zw.NOUN:
        if text.startswith("集团", q) or word == "票" and text[q : q + 1] and \
                text[q] in zw.VOTE_BLOCKERS:
            return q  # 二十国集团 is the G20; "10亿票房" is box office, no votes
        if number.raw == "两" and word in zw.PAIR_NOUNS and \
                (s == 0 or text[s - 1] not in zw.PAIR_COUNTED):
            return q  # "沪深两市", "中美两国": a pair named, not counted
        return s, noun_end(text, p) if word == "人" else q, "count", value
    if word == "步" and text[q : q + 1] == "走":
        return q + 1  # "三步走目标": a set phrase ("a three-step plan"), no count of steps
    # after 人次, 架次 … only a counted noun of the lexicon: "12萬人次申請" ends at the verb
    end = noun_end(text, q) if len(word) == 2 and word[1] == "次" else count_end(text, q)
    if end > q and noun_end(text, q) == q and noun_before(text, s):
        end = q  # "证人11名出庭作证": the noun is before the number, a verb after it
    return s, end, "count", value


#: Characters before 前 that make a word of it (提前 "ahead", 目前 "now", 此前, 之前, 以前, 日前):
#: the number after it is no "first N" (前三季度).
BEFORE_QIAN = frozenset("提目此之以日午")  # 午前: Japanese "before noon" (figs34)


def _classify_half(text: str, s: int, value: float, q: int) -> Hit | int:
    """ "一个半小时": a classifier, 半 and a unit of time."""
    unit = unit_at(text, q + 1)
    if unit and unit[1] in (zw.DURATION, zw.MONTH):
        return s, q + 1 + len(unit[0]), "duration", value + 0.5
    return q


#: What joins the two ends of a range ("3%至5%"); `zw.RANGE_JOINS` as one-character strings.
_RANGE_JOINS = frozenset(zw.RANGE_JOINS)
#: What joins the two years of a fiscal year ("2026/27年度", "2024-25赛季").
_FISCAL_JOINS = frozenset("/／-－")


def _signed(text: str, sign: int, number: Number, floor: int) -> Hit | None:
    """An amount with a currency sign before it ("HK$5,000萬", "$10"), whatever word follows
    unless it is a unit of its own: a classifier after it is no count ("HK$1,280起" is a
    fare "from" HK$1,280)."""
    unit = unit_at(text, number.end)
    if unit is not None and unit[1] not in (zw.CLASSIFIER, zw.NOUN):
        return None  # "$10元": the word after decides, as before
    value, end = number.value, number.end
    if text.startswith("兆", end):
        value, end = value * 1e12, end + 1  # "US$1.2兆": 兆 after a currency is 1e12
    return approx_before(text, sign, floor), after_approx(text, end), "money", value


#: The most a rating could be, in brackets after it ("4.8分（满分5分）", as "4.8 out of 5").
_OUT_OF = re.compile(r"[（(]满分(\d{1,3}(?:\.\d)?)分[）)]")
