"""The unit of one key figure: what its value is counted in, read from the figure's own
text and the words right after it (see `_units` for what each kind's unit is). `unit_of`
asks by kind: the currency (`_currency`), "percent" or "points", a quantity's symbol (a
speed when a Chinese rate stands before a length: "每小时160公里" → km/h), a duration's unit
of time, a count's noun. Pure and thread-safe.
"""

from __future__ import annotations

import re

from hzreader.figures import _unit_words as fu
from hzreader.figures import _zh_words as zw
from hzreader.figures._currency import money_unit, rate_currency
from hzreader.figures._number_text import split_number
from hzreader.figures._unit_price import bare_price, per_unit
from hzreader.model import Figure

_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


# --- percent, quantity, duration, count ---------------------------------------------------

def percent_unit(figure_text: str) -> str:
    """ "percent", or "points" (percentage points; basis points are valued in them)."""
    if figure_text.endswith(("%", " percent")) and "point" not in figure_text:
        return "percent"
    lower = figure_text.lower()
    if "basis" in lower or "基点" in lower or re.search(r"\dbps?\b|\sbps?\b", lower):
        return "points"
    if "point" in lower or "百分点" in lower or re.search(r"\d\s?(?:pp|ppt)\b", lower):
        return "points"
    if figure_text.endswith("ポイント"):
        return "points"  # Japanese "0.3ポイント上昇" after a rate (figs32)
    if figure_text[:1] in "PH" and figure_text.endswith("厘"):
        return "points"  # "P-1.75厘": a spread over a reference rate (figs25)
    return "percent"  # also per mille ("6.77‰"), valued in percent


#: Units hzreader knows beyond the extractor's table, and in Chinese and Japanese.
_EXTRA_UNITS = {
    "mb": "mbar",  # "938 mb": read only near a word of weather (figs19)
    "K": "K", "bar": "bar",  # "320 K", "0.1 bar": only near temperature, pressure (figs23)
    "mAh": "mAh", "Ah": "Ah", "Hz": "Hz", "kHz": "kHz", "W": "W", "Wh": "Wh", "kW": "kW",
    "hertz": "Hz", "kilohertz": "kHz", "volt": "V", "V": "V", "km/h": "km/h", "pound": "lb",
    "pounds": "lb", "lb": "lb", "pixels": "px", "megapixels": "MP", "MP": "MP", "nits": "nit",
    "g": "g", "m": "m", "k": "k", "sq mi": "sq mi", "μg/m³": "µg/m³", "µg/m³": "µg/m³",
    "公尺": "m", "公分": "cm", "坪": "ping",  # Taiwan's metre and centimetre; 坪 (3.3 m²)
    "公里": "km", "千米": "km", "米": "m", "厘米": "cm", "毫米": "mm", "纳米": "nm",
    "奈米": "nm",  # Taiwan's nanometre
    "公厘": "mm",  # Taiwan's millimetre (公釐)
    "公克": "g",  # Taiwan's gram (figs29)
    "毫米汞柱": "mmHg", "毫摩尔/升": "mmol/L", "毫摩尔每升": "mmol/L",  # blood pressure, sugar
    "汤匙": "tbsp", "大匙": "tbsp", "茶匙": "tsp", "小匙": "tsp",  # a recipe's spoons
    "国际单位": "IU",  # a vitamin's international units
    "平方公里": "km²", "平方千米": "km²", "平方米": "m²", "立方米": "m³", "公顷": "ha",
    "亩": "mu", "吨": "t", "公吨": "t", "千克": "kg", "公斤": "kg", "克": "g", "斤": "jin",
    "升": "L", "毫升": "ml", "公升": "L",  # Taiwan's litre (figs35)
    "摄氏度": "°C", "℃": "°C", "度": "°", "千瓦": "kW", "兆瓦": "MW",
    "吉瓦": "GW", "瓦": "W", "千瓦时": "kWh", "度电": "kWh", "千伏": "kV", "伏": "V",
    "赫兹": "Hz", "兆赫": "MHz", "毫安时": "mAh", "标准箱": "TEU", "标箱": "TEU", "海里": "nmi",
    "公里/小时": "km/h", "公里每小时": "km/h", "千米/小时": "km/h", "千米每小时": "km/h",
    "米/秒": "m/s", "米每秒": "m/s", "立方米/秒": "m³/s", "立方米每秒": "m³/s",
    "级": "级", "毫克": "mg", "微克": "µg", "尼特": "nit", "像素": "px", "キロ": "km",
    "キロメートル": "km", "メートル": "m", "トン": "t", "英寸": "in", "英亩": "acres",
    "平方英尺": "sq ft", "平方英里": "sq mi", "码": "yd", "千卡": "kcal", "兆帕": "MPa",
    "千帕": "kPa", "百帕": "hPa", "毫巴": "mbar", "加仑": "gal", "吉瓦时": "GWh",
    "兆瓦时": "MWh", "太瓦时": "TWh", "ATM": "atm", "atm": "atm", "微克/立方米": "µg/m³",
    "微克每立方米": "µg/m³", "毫克/升": "mg/L", "毫克每升": "mg/L",
    "英里": "mi", "英尺": "ft", "盎司": "oz", "马力": "hp", "光年": "ly", "分贝": "dB",
    "桶": "bbl", "华氏度": "°F", "立方英尺": "cu ft", "微米": "µm",
    "瓩": "kW", "载重吨": "DWT", "方呎": "sq ft", "平方呎": "sq ft", "呎": "ft", "吋": "in",
    "公斤/公顷": "kg/ha", "公斤每公顷": "kg/ha", "千克/公顷": "kg/ha", "吨/公顷": "t/ha",
    "公斤/亩": "kg/mu", "公斤每亩": "kg/mu", "千克/亩": "kg/mu", "吨/亩": "t/mu",
    "平方メートル": "m²", "キログラム": "kg", "グラム": "g", "センチ": "cm", "ミリ": "mm",
    "リットル": "L",  # Japanese (figs32)
    **zw.UNIT_SYMBOLS,  # "90㎡", "42.195㎞" (figs32)
}
_UNITS = {**{k: v for k, v in fu.QUANTITY_UNITS.items()}, **_EXTRA_UNITS}
_UNITS_LOWER = {k.lower(): v for k, v in reversed(list(_UNITS.items()))}
#: Every unit a quantity is shown in (the figures table's spellings: "in", "°F", "km/h"),
#: which a quantity filter may be typed in (`query._conversions`).
SHOWN_UNITS = frozenset(_UNITS.values())
_PER_TIME = re.compile(r"^(.*?)\s?(?:per|an|a|/)\s?(hour|h|second|s|minute|min|day)$")
_TIME_SHORT = {"hour": "h", "h": "h", "second": "s", "s": "s", "minute": "min", "min": "min",
               "day": "d"}


def unit_symbol(written: str) -> str:
    """The symbol of a unit written out in full, all of `written` ("metric tons" → t,
    "degrees celsius" → °C, "miles per hour" → mph, "sq ft"), or "": what a quantity
    filter's unit of several words is (`query._figures`)."""
    found = _UNITS.get(written) or _UNITS_LOWER.get(written.lower())
    if found or (speed := _PER_TIME.match(written)) is None:
        return found or ""
    base = unit_symbol(speed.group(1))
    return base if base in ("km/h", "mph", "m/s") else ""


def _lookup_unit(rest: str) -> str:
    """The symbol of a unit written out ("square kilometers" → km²), or ""."""
    rest = rest.strip(" .,;:)")
    if not rest:
        return ""
    found = _UNITS.get(rest) or _UNITS_LOWER.get(rest.lower())
    if found:
        return found
    if "-" in rest:  # "1,200-square-foot"
        return _lookup_unit(rest.replace("-", " "))
    speed = _PER_TIME.match(rest)
    if speed:
        base = _lookup_unit(speed.group(1))
        if base:
            per = _TIME_SHORT[speed.group(2)]
            return base if base in ("km/h", "mph", "m/s") else f"{base}/{per}"
    words = rest.split()
    for n in range(len(words) - 1, 0, -1):  # "60 kilometers long": the unit is the head
        found = _UNITS.get(" ".join(words[:n])) or _UNITS_LOWER.get(" ".join(words[:n]).lower())
        if found:
            return found
    if _CJK.match(rest) or rest[0] == "℃" or rest[0] in zw.UNIT_SYMBOLS:  # "12℃以上", "90㎡至"
        for size in range(min(len(rest), 6), 0, -1):
            found = _UNITS.get(rest[:size])
            if found:
                return found
    return ""


def quantity_unit(figure_text: str, after: str) -> str:
    """The unit symbol of a quantity ("120 kilometers" → km, "magnitude 6.2" → magnitude)."""
    if re.fullmatch(r"\d{1,2}st", figure_text):
        return "st"  # "11st 6lb": stones
    if figure_text.endswith("mmHg"):
        return "mmHg"  # "140/90 mmHg": a blood pressure (figs24)
    if figure_text.startswith("pH "):
        return "pH"  # "pH 7.4" (figs29)
    before, rest = split_number(figure_text, quantity=True)
    cut = len(figure_text) - len(rest)
    if cut and figure_text[cut - 1] in "千百兆" and (whole := _lookup_unit(figure_text[cut - 1:])):
        return whole  # "350千米/小时": 千 begins the unit, it is no scale
    if rest[:1] in ("^", "e", "E", "×", "x") and (power := _POWER.match(rest)):
        rest = rest[power.end():]  # "2.998e8 metres per second", "3 × 10^8 m/s"
    if rest[:2] in ("m ", "k ", "b ") and (scaled := _lookup_unit(rest[2:])):
        return scaled  # "13.2m b/d": a scale, then the unit (13.2 million bbl/d)
    if rest[:1] == "/" and " " in figure_text[:cut]:
        rest = rest[rest.find(" ") :]  # "1 1/2 cups": a mixed number (figs35)
    found = _lookup_unit(rest)
    if found:
        return found
    if "magnitude" in before.lower() or before.startswith("マグニチュード"):
        return "magnitude"
    if "force" in before.lower():
        return "Beaufort"  # "Force 10", "gale force 9"
    if before.lower().startswith(("category", "cat")):
        return "Saffir-Simpson"  # "Category 4" of a hurricane
    if not rest:
        head = re.match(r"\s?(\S+(?:\s\S+)?)", after)
        if head is not None:
            return _lookup_unit(head.group(1).rstrip(".,;"))
    return ""


_CJK_TIME = (("个小时", "hours"), ("个季度", "quarters"), ("季度", "quarters"), ("季", "quarters"),
             ("小时", "hours"), ("钟头", "hours"), ("分钟", "minutes"),
             ("个月", "months"), ("个星期", "weeks"), ("星期", "weeks"), ("周岁", "years"),
             ("周年", "years"), ("周", "weeks"),
             ("年", "years"), ("岁", "years"), ("月", "months"), ("天", "days"), ("日", "days"),
             ("秒", "seconds"), ("毫秒", "seconds"), ("世纪", "centuries"), ("年間", "years"),
             ("時間", "hours"), ("分間", "minutes"), ("週間", "weeks"), ("か月", "months"),
             ("カ月", "months"), ("ヶ月", "months"), ("ケ月", "months"), ("分", "minutes"),
             ("旬", "years"))
# 毫秒 is valued in seconds (figs25); Japanese: 日間 is days (日), 3か月 months, 5分 minutes
# (figs32)


#: An approximator between a Chinese number (and its measure word) and the unit of time.
_CJK_APPROX = re.compile(r"^(个?)[多余来半]")

#: A time written in several units at once (a race time), which the extractor values in seconds.
_RACE_TIME = re.compile(
    r"\d:\d\d(?::\d\d)?(?:\.\d+)?$|\d(?:小时|時間|分钟?)\d+(?:分|秒)|\d\s?(?:hrs?|h)\s?\d"
    r"|^\d{1,2}m\s?\d[\d.]*s$")  # "1m 34.486s", a lap (figs30)


#: Units of time one duration may be written in together ("seven years and six months").
_JOINABLE_UNITS = frozenset({"hours", "minutes", "seconds", "years", "months"})


def duration_unit(figure_text: str, after: str) -> str:
    """The unit of time, plural ("18 months" → months; "aged 64", "in her 70s" → years)."""
    if _RACE_TIME.search(figure_text):  # "2:11:53", "2小时08分15秒": valued in seconds
        return "seconds"
    before, rest = split_number(figure_text)
    # "nine quarters": a fraction word read as part of the number is still the unit
    lower = (rest or figure_text).lower()
    units = [fu.DURATION_UNITS[w] for w in re.findall(r"[a-z]+", lower) if w in fu.DURATION_UNITS]
    if rest and (" and " in figure_text or ", " in figure_text):
        joined = {fu.DURATION_UNITS[w] for w in re.findall(r"[a-z]+", figure_text.lower())
                  if w in fu.DURATION_UNITS}
        if len(joined) > 1 and joined <= _JOINABLE_UNITS:
            units = sorted(joined)  # "four hours and 18 minutes": "four hours" is the number
    if units:  # "14 hours 20 minutes" is valued in seconds
        if set(units) == {"years", "months"}:
            return "months"  # "seven years and six months" is valued in months
        return "seconds" if len(set(units)) > 1 else units[0]
    # "一个多小时", "十余天", "两个半小时", "半个小时": the unit after 多/余/半
    cjk = _CJK_APPROX.sub(r"\1", rest or figure_text.removeprefix("半"), count=1)
    if cjk.endswith("月") and "年" in cjk:
        return "months"  # "三年六个月", "8年6月" (Taiwan's sentences) are valued in months
    for prefix, unit in _CJK_TIME:
        if cjk.startswith(prefix):
            return unit
    if lower == "s":  # "in her 70s"; "9.58s"
        return "seconds" if "." in figure_text else "years"
    if re.search(r"(?i)\bage[sd]?\b", before) or not rest and "old" in after[:6]:
        return "years"
    if not rest:
        m = re.match(r"\s?([a-z]+)", after)
        if m and m.group(1) in fu.DURATION_UNITS:
            return fu.DURATION_UNITS[m.group(1)]
        if "." in figure_text and figure_text[-1].isdigit():
            return "seconds"  # "Bolt ran 9.58", "just 0.07 outside": a race time (figs29)
    return ""


#: A duration written as a bare number is an age ("Lin, 64, a retired teacher").
BARE_DURATION = "years"


#: Chinese measure words between a number and the noun it counts ("12个项目" → 项目).
CLASSIFIERS = frozenset("个家名位座辆台项件只头条所种批套部架艘栋间张本篇枚款根处支匹棵株户起例"
                         "场次趟届幢颗班轮宗笔对片瓶罐袋盒杯碗粒串捆圈面")


#: Classifiers of trips and sorties, counted as a whole ("12万辆次" is vehicle trips, not 次).
_TIMES_CLASSIFIERS = frozenset("人次 辆次 架次 班次 艘次 车次 航次 场次 台次 轮次 吨次 批次 户次 "
                               "列次 趟次 频次 篇次 件次 乘次".split())
#: The power of a number in scientific notation, left by `split_number` ("^6 photons").
_POWER = re.compile(r"(?:\^[-+]?\d+|[eE][-+]?\d+|\s?[×x]\s?10(?:\^[-+]?\d+|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))\s*")
#: Approximators written after a Chinese count ("20所左右"), which are not its noun.
_ZH_AFTER_APPROX = ("以上", "以下", "左右", "上下")


def count_unit(figure_text: str) -> str:
    """The counted noun as written: "more than 10 near-unicorn enterprises" → its last words,
    "35趟列车" → 列车; a bare classifier stays ("20所左右" → 所)."""
    if figure_text[:5].lower() in ("serve", "feeds"):
        return "servings"  # "Serves 4-6": a recipe's servings
    if figure_text[:4].lower() == "pts ":
        return "points"  # "Pts 52": a league table's points (figs23)
    if figure_text.endswith(_ZH_AFTER_APPROX) and len(figure_text) > 3:
        figure_text = figure_text[:-2]  # "3000点上下" → points, "20所左右" → 所
    _, rest = split_number(figure_text)
    rest = rest.strip(" ,;:.()\u00a0")
    if not rest and figure_text.endswith("点") or rest == "ポイント":
        return "points"  # "收于2863.13点": index points (点 reads as a decimal point); TOPIX's
    if rest[:1] in ("^", "e", "E", "×", "x") and (power := _POWER.match(rest)):
        rest = rest[power.end():]  # "10^6 photons"
    if rest.startswith("股股"):
        return "股"  # "1.8亿股股票": shares
    if rest[1:2] == "次" and rest[:2] in _TIMES_CLASSIFIERS:
        return rest[2:] or rest[:2]  # "12万辆次" → 辆次 (vehicle trips), "1200架次航班" → 航班
    if len(rest) > 1 and rest[0] in CLASSIFIERS and _CJK.match(rest[1]):
        rest = rest[1:]
    if rest.startswith("strong"):
        return rest[7:]  # "5,000-strong force" → force; "5,000-strong" alone counts no noun
    return rest


def _grade(text: str, start: int, end: int) -> str:
    """What a Chinese 级 measures: the Beaufort scale of a wind ("风力8至10级", "阵风12级",
    "12级台风"), the magnitude of an earthquake ("6.1级地震"), or a grade as written."""
    before, after = text[max(0, start - 8) : start], text[end : end + 3]
    if "风" in before or "风" in after:
        return "Beaufort"
    if "震" in before or "震" in after:
        return "magnitude"
    return "级"


def unit_of(figure: Figure, text: str) -> str:
    """The unit of one figure of `text` (see the module docstring)."""
    return unit_at(text, figure.start, figure.end, figure.text, figure.kind)


def unit_at(text: str, start: int, end: int, figure_text: str, kind: str) -> str:
    """`unit_of` the figure `figure_text` of kind `kind` at `start:end` of `text`."""
    if kind == "money":
        near = text[max(0, start - 60) : end + 60]
        code = money_unit(figure_text, text[end : end + 24], text, near) or \
            rate_currency(text, start, end)  # "the yen weakened past 158 per dollar"
        if not code:
            return bare_price(text, start, end)  # "单价4.5万/㎡" (figs32)
        return code + per_unit(text, start, end)  # "CNY/m²" (figs29)
    if kind == "percent":
        after = text[end : end + 3]
        return percent_unit(figure_text + after if after[:1] == "%" else figure_text)
    if kind == "quantity":
        unit = quantity_unit(figure_text, text[end : end + 24])
        if unit == "°" and _CJK.search(figure_text):
            return _zh_degrees(text, start, figure_text)
        if unit == "°":
            return _degrees_before(text, start)
        if unit in _LENGTHS and text[start - 1 : start] and _CJK.match(text, start - 1):
            return _zh_speed(text, start, unit)
        return _grade(text, start, end) if unit == "级" else unit
    if kind == "duration":
        return duration_unit(figure_text, text[end : end + 24])
    if kind == "count":
        return count_unit(figure_text)
    return ""


#: A temperature in Celsius or Fahrenheit written with digits ("24°C", "75F", "3 degrees C").
_TEMPERATURE = re.compile(
    r"\d\s?(?:°\s?|degrees?\s)?(C|F|Celsius|Fahrenheit|centigrade)(?![A-Za-z])")


def _degrees_before(text: str, start: int) -> str:
    """The scale of bare "degrees" (figs16): that of the last temperature in °C or °F before
    it in its paragraph ("reached 24°C, about three degrees above normal" → °C), else "°"."""
    para = text.rfind("\n", max(0, start - 1000), start) + 1
    scale = ""
    for m in _TEMPERATURE.finditer(text, max(para, start - 1000), start):
        scale = m.group(1)
    return "°F" if scale[:1] == "F" else "°C" if scale else "°"


#: A word of temperature in the clause before a Chinese 度 ("最低气温约15度", "體溫升至39度"):
#: in Chinese news 度 is then degrees Celsius. Both scripts: 氣溫 is not simplified for the rules.
_ZH_TEMPERATURE = re.compile(
    r"(?:[气氣気体體水油室高低升降][温溫]|[温溫]度)[^，。；！？,;!?]{0,8}$")  # 気温: Japanese
#: Or a temperature named earlier in the sentence: "最低氣溫約15度，新界低處再低兩三度" (figs14).
_ZH_TEMPERATURE_BEFORE = re.compile(r"[气氣気体體水室][温溫][^。；！？;!?]{0,40}$")


#: A word of electricity in the clause before a Chinese 度 ("發電量120億度", "全社会用电量
#: 9.8万亿度"): 度 is then a kilowatt-hour.
_ZH_ELECTRICITY = re.compile(
    r"(?:[发發用耗售供储儲节節][电電]|[电電]量|[电電]力)[^，。；！？,;!?]{0,8}$")


def _zh_degrees(text: str, start: int, figure_text: str) -> str:
    """The unit of a Chinese 度: °F after 华氏, °C after 摄氏 or a word of temperature, kWh
    after a word of electricity, else "°" (an angle: "倾斜30度")."""
    if figure_text.startswith(("华氏", "華氏")):
        return "°F"
    if figure_text.startswith(("摄氏", "攝氏")) or \
            _ZH_TEMPERATURE.search(text, max(0, start - 12), start) or \
            _ZH_TEMPERATURE_BEFORE.search(text, max(0, start - 44), start):
        return "°C"
    if _ZH_ELECTRICITY.search(text, max(0, start - 12), start):
        return "kWh"
    return "°"


#: Units of length that a rate written before them makes a speed ("每小时160公里").
_LENGTHS = frozenset(("km", "m", "cm", "mm", "mi", "nmi"))
#: A Chinese rate of travel right before a length, perhaps with a verb or an approximator
#: between: "每小时160公里", "时速350公里", "时速达350公里", "每秒12米", "每小时行驶80公里".
_ZH_SPEED = re.compile(
    r"(每小时|[时時]速|每秒钟?|秒速|每分钟|[风風]速)(?:最高|最快|最大|平均|约|达到?|为|超过|高达|"
    r"可达|近|逾|在|仅|只有|行驶|飞行|运行|前进|移动|は|が)*$")
_ZH_SPEED_PER = {"每小时": "h", "时速": "h", "時速": "h", "每秒": "s", "每秒钟": "s", "秒速": "s",
                 "每分钟": "min", "风速": "s", "風速": "s"}
#: A wind speed (风速, 風速) in metres is per second ("最大風速40メートル"; figs34); in other
#: units it says no more than the unit.
_WIND = ("风速", "風速")
#: Speeds with a symbol of their own, as the English side writes them.
_SPEED_SYMBOLS = {("mi", "h"): "mph", ("nmi", "h"): "kn"}


def _zh_speed(text: str, start: int, unit: str) -> str:
    """A length's unit, or a speed's when a Chinese rate stands before the figure at `start`
    ("每小时160公里" → km/h, "时速350公里" → km/h, "每秒12米" → m/s)."""
    rate = _ZH_SPEED.search(text, max(0, start - 12), start)
    if rate is None:
        return unit
    if rate.group(1) in _WIND and unit != "m":
        return unit
    per = _ZH_SPEED_PER[rate.group(1)]
    return _SPEED_SYMBOLS.get((unit, per), f"{unit}/{per}")
