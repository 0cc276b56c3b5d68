"""Chinese numbers that the words or brackets around them make something else: names and set
phrases, no figure — a congress's term and session ("二十届三中全会", "十四届全国人大二次会议"),
a loan's term ("5年以上贷款利率"), "the hottest day" ("最热的一天": 一天 is "a day", no length
of time), a product's model ("小米手环10"), an alert's level ("二级应急响应") — a span of years
in brackets, one year ("（1931—2024）": a life), and an event's year before its name
("2026杭州马拉松", "2026款")."""

from __future__ import annotations

import re

from hzreader.figures import _zh_words as zw
from hzreader.figures._context import Hit
from hzreader.figures._zh_numerals import Number

#: The bodies whose terms and sessions are numbered ("全国人大", "政协", "中央委员会").
_BODY = "(?:全国人民代表大会|全国人大|全国政协|人大|政协|中央委员会|中央纪委|中纪委|中央|常委会)"
#: What follows N届 of a body's term: the body, a plenum or a session ("二十届三中全会",
#: "十四届全国人大", "全国政协十四届二次会议"); not its members ("三届全国人大代表").
_AFTER_TERM = re.compile(
    rf"(?:{_BODY}|[一二三四五六七八九十]{{1,3}}(?:中全会|次会议|次全体会议))(?!代表|委员)")
#: Before N次会议 of a body: the body or its term ("十四届全国人大二次会议").
_SESSION_OF = re.compile(rf"(?:{_BODY}|届)$")
#: After N年以上 / 以下 / 以内: the rate or loan whose term it names ("5年以上贷款利率").
_TERM_OF = ("贷款", "存款", "定期", "LPR", "国债", "期限的贷款")
#: Before 的一天: "the past day", "the next day" are lengths of time.
_SPAN_BEFORE_DE = ("过去", "未来", "近", "整整")
_CLAUSE_STOPS = frozenset("，。；！？,;!?\n")


def names_session(text: str, s: int, word: str, q: int) -> bool:
    """Whether N届 or N次 at `s` (its word ending at `q`) numbers a congress's term or session."""
    if word == "届":
        return _AFTER_TERM.match(text, q) is not None
    return word == "次" and text.startswith(("会议", "全体会议"), q) and \
        _SESSION_OF.search(text, max(0, s - 9), s) is not None


def loan_term(text: str, q: int) -> bool:
    """Whether N年 ending at `q` is followed by 以上/以下/以内 and a loan or deposit: the
    term names the rate ("5年以上贷款利率", as 5年期 does), no length of time."""
    return text[q : q + 2] in ("以上", "以下", "以内") and text.startswith(_TERM_OF, q + 2)


def a_day(text: str, s: int, word: str) -> bool:
    """Whether 一天 / 一年 after 的 at `s` is "a day", "a year": "最热的一天", "难忘的一天",
    "最热的一年"; "过去的一天" and "过去的一年" stay lengths of time."""
    if text[s - 1 : s] != "的" or any(text.endswith(w, 0, s - 1) for w in _SPAN_BEFORE_DE):
        return False
    if word == "天":
        return True
    if word != "年":
        return False
    for i in range(s - 2, max(-1, s - 14), -1):
        if text[i] in _CLAUSE_STOPS:
            return False
        if text[i] == "最":
            return True  # "最热的一年": the hottest year
    return False


#: Kinds of product that a brand names with a model number glued after them ("小米手环10").
_PRODUCT_KINDS = ("手环", "手表", "手机", "平板", "平板电脑", "笔记本", "笔记本电脑", "电脑",
                  "耳机", "电视", "汽车", "音箱", "眼镜", "折叠屏", "路由器")
#: Their last characters, to reject most numbers at once.
PRODUCT_KIND_ENDS = frozenset(kind[-1] for kind in _PRODUCT_KINDS)
_PRODUCT_MODEL = re.compile(
    rf"(?:{'|'.join(zw.PRODUCT_NAMES)})[\u4e00-\u9fff]{{0,2}}?(?:{'|'.join(_PRODUCT_KINDS)})$")


def product_model(text: str, s: int) -> bool:
    """Whether a brand and a kind of product stand right before the number at `s`: a model's
    name ("小米手环10", "华为智能手表5"), as "小米15" and "苹果iPhone 16" are."""
    return _PRODUCT_MODEL.search(text, max(0, s - 12), s) is not None


#: An event named with its year glued before it ("2026杭州马拉松", "2025世界人工智能大会",
#: "2026赛季"): up to twelve characters of name (no 的, 在, 是 …: a sentence goes on) and
#: the word of an event it ends in.
_EDITION = re.compile(
    r"(?:(?![的在是于将已和与及了为])[\u4e00-\u9fff]){0,12}?"
    r"(?:马拉松|赛季|论坛|峰会|春晚|[会赛杯节展])")


def edition_year(text: str, s: int, number: Number, p: int) -> Hit | None:
    """A year of four digits glued before an event's name at `s` ("2026杭州马拉松": the
    2026 edition, a year as "the 2026 Boston Marathon" is), or None."""
    if not (number.digits and p == s + 4 and 1900 <= number.value <= 2100) or \
            not "\u4e00" <= text[p : p + 1] <= "\u9fff" or _EDITION.match(text, p) is None:
        return None
    return s, p, "year", number.value


def model_or_edition(text: str, s: int, number: Number, p: int, q: int) -> Hit | None:
    """ "2026款" (a car's model year) or an event's year before a name that starts like a unit
    ("2026米兰冬奥会": 米兰 is Milan): a year, or None."""
    if not (number.digits and 1900 <= number.value <= 2100 and p == number.end):
        return None
    if text[p] == "款":
        return s, q, "year", number.value
    return edition_year(text, s, number, p) if text[q : q + 1] == "兰" else None


#: After N级: an alert or a response level, a name like "level 4 warning" and Hong Kong's
#: 十號風球 (not a measure as "风力12级" is).
ALERT_WORDS = ("应急响应", "响应", "预警", "警报", "警戒", "警告", "防汛", "防台", "应急")
#: Before or after N级: a grade's name ("能效等级为一级", "一级能效"), no measure (figs25).
_GRADE_BEFORE = re.compile(r"等级[为是：:]?$")
_GRADE_AFTER = ("能效", "水效")
#: Words of wind or earthquakes before 等级 that keep N级 a measure ("风力等级为12级").
_MEASURED_GRADES = re.compile(r"[风震]")


def grade_name(text: str, s: int, q: int) -> bool:
    """Whether N级 at `s` (its 级 ending at `q`) names a grade: after 等级 ("能效等级为一级")
    unless wind or an earthquake is measured, or before 能效 ("一级能效")."""
    if text.startswith(_GRADE_AFTER, q):
        return True
    return _GRADE_BEFORE.search(text, max(0, s - 4), s) is not None and \
        _MEASURED_GRADES.search(text, max(0, s - 10), s) is None


#: A span of years alone in brackets ("（1931—2024）": a life, a period).
_BRACKETED_YEARS = re.compile(r"(\d{4})[-－—–~～](\d{4})[）)]")


def bracketed_years(text: str, s: int, number: Number) -> Hit | None:
    """ "（1931—2024）" at `s` (after the bracket): one year valued at the first, as
    "2019-2021年" is; the second must come later, by at most 150 years."""
    m = _BRACKETED_YEARS.match(text, s)
    if m is None or not number.digits:
        return None
    first, second = int(m.group(1)), int(m.group(2))
    if not (1000 <= first < second <= 2100 and second - first <= 150):
        return None
    return s, m.end(2), "year", float(first)


#: A stock's code in brackets right after its name ("台積電(2330)", "贵州茅台（600519）",
#: "騰訊控股(0700.HK)", "（600519.SH）"): a name, no figure (figs22).
_STOCK_CODE = re.compile(r"\d{4,6}(?:\.(?:HK|SH|SZ|SS|TW|TWO|BJ))?[)）]")
#: Words of a share's trading after the brackets: a code in the years 1900–2100 ("中鋼(2002)")
#: needs one to be no year.
_TRADED_AFTER = re.compile(r"[^，。；！？]{0,10}?(?:股|收|涨|跌|市值|营收|报|盘|成交|上市|挂牌)")


#: A court's case number after its year in brackets ("（2024）京0105民初12345号",
#: "(2023)最高法民终123号"): the court, its code, the kind of case, the number and 号.
_CASE_NUMBER = re.compile(r"\d{4}[)）][\u4e00-\u9fff]{1,4}\d{0,6}[\u4e00-\u9fff]{1,4}\d{1,7}号")
#: Taiwan's case number after its year ("113年度上訴字第2345號" as simplified, at 度).
_DOCKET = re.compile(r"度?[\u4e00-\u9fff]{1,6}?字第\d{1,7}号")


def docket_end(text: str, q: int) -> int | None:
    """The end of Taiwan's case number whose year's 年 ends at `q` ("113年度上訴字第2345號":
    a name, no year and no rank; figs25), or None."""
    m = _DOCKET.match(text, q)
    return m.end() if m else None


def stock_code_end(text: str, s: int) -> int | None:
    """The end of a stock's code in brackets at `s` (after the bracket, a Chinese name before
    it), or of a court's case number ("（2024）京0105民初12345号", figs25), or None."""
    if (case := _CASE_NUMBER.match(text, s)) is not None:
        return case.end()
    m = _STOCK_CODE.match(text, s)
    if m is None or s < 2 or not "\u4e00" <= text[s - 2] <= "\u9fff":
        return None
    if m.end() == s + 5 and 1900 <= int(text[s : s + 4]) <= 2100 and (
            text[m.end() : m.end() + 1] == "年" or _TRADED_AFTER.match(text, m.end()) is None):
        return None  # "（2019）" after a title: a year
    return m.end()
