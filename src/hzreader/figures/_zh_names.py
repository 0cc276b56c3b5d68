"""Chinese numbers that the words or brackets around them make something else: names and set
phrases, no figure — a congress's term and session ("二十届三中全会", "十四届全国人大二次会议"),
a loan's term ("5年以上贷款利率"), "the hottest day" ("最热的一天": 一天 is "a day", no length
of time) — and a span of years in brackets, one year ("（1931—2024）": a life)."""

from __future__ import annotations

import re

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
