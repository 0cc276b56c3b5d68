"""Property tests: `extract` honours its contract for any string."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hzreader.figures import extract, format_value, parse_number
from hzreader.model import FIGURE_KINDS

# Text that looks like news: digits, separators, number words, units, currencies, names.
_PIECES = st.sampled_from([
    " ", "  ", ",", ".", "-", "–", "/", ":", "%", "$", "US$", "HK$", "£", "€", "(", ")", '"',
    "'", "\n", "\t", "\x00", "\x1b[31m", "\u200b", "İ", "ß", "٣", "½", "²", "°C", "℃",
    "0", "1", "7", "12", "2,368", "3.5", "1,000,000", "2025", "1980s", "21st", "No.", "No ",
    "Q3", "one", "two", "Six", "twenty-five", "first", "third", "half", "quarter", "a dozen",
    "a ", "the ", "and ", "to ", "of ", "in ", "over ", "more than ", "nearly ", "about ",
    "billion", "million", "bn", "m", "k", "percent", "per cent", "basis points", "yuan",
    "dollars", "years", "-year-old", "days", "km", "kilometers", "tonnes", "degrees Celsius",
    "projects", "countries", "people", "Sept", "March", "Long March", "May", "Monday",
    "Article ", "Line ", "G20", "COVID-19", "H5N1", "5G", "Five-Year Plan", "+86 ",
    "aged ", "magnitude-", "in ", "out of ", "place", "largest", "straight year",
    "12:30", "2:11:53", "3:49.04", "3 pm", "7am", "0930", "GMT: ", "\n", "±", "plus or minus ",
    "bp", "cents", "mAh", "120Hz", "100W", "bpd", "ppb", "5x", " times the ", "1,000th",
    "mid-30s", "1-866-555-0199", "a quarter point", "won ", "112-104",
])
# Chinese text: numerals, scales, units, classifiers, date and time words, approximators.
_ZH_PIECES = st.sampled_from([
    "0", "5", "12", "2025", "3.5", "１２", "３．２", "．", "一", "二", "两", "三", "十", "十五",
    "百", "千", "万", "亿", "万亿", "〇", "零", "两百", "一千二百三十四", "元", "亿元", "美元",
    "人民币", "%", "％", "百分之", "分之", "个百分点", "个基点", "成", "个", "名", "家", "人",
    "项目", "国家", "和", "、", "的", "年", "月", "日", "号", "季度", "上半年", "前", "第", "世纪",
    "年代", "上世纪", "点", "时", "分", "秒", "小时", "个月", "岁", "上午", "晚上", "约", "近",
    "超过", "多", "余", "以上", "左右", "比", "：", ":", "连续", "全国", "“", "”", "零下", "℃",
    "公里", "吨", "倍", "×", "-", "至", "，", "。", " ", "GDP", "Model ", "5G", "mAh", "期", "级",
])
_NEWSISH = st.lists(_PIECES, max_size=40).map("".join)
_CHINESE = st.lists(_ZH_PIECES, max_size=40).map("".join)
_ANY = st.text(max_size=200)
_DIGITS = st.text(alphabet=string.digits + ",. -", max_size=300)


def _check(text: str) -> None:
    figures = extract(text)
    previous_end = 0
    for fig in figures:
        assert 0 <= fig.start < fig.end <= len(text)
        assert fig.start >= previous_end, "figures overlap or are out of order"
        assert fig.text == text[fig.start : fig.end]
        assert fig.kind in FIGURE_KINDS
        assert fig.value is None or isinstance(fig.value, float)
        assert isinstance(format_value(fig), str)
        previous_end = fig.end


_SETTINGS = settings(max_examples=300, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(_ANY)
def test_any_text(text: str) -> None:
    _check(text)


@_SETTINGS
@given(_NEWSISH)
def test_newsish_text(text: str) -> None:
    _check(text)


@_SETTINGS
@given(_DIGITS)
def test_digit_soup(text: str) -> None:
    _check(text)


@_SETTINGS
@given(_CHINESE)
def test_chinese_text(text: str) -> None:
    _check(text)


@_SETTINGS
@given(st.lists(st.one_of(_PIECES, _ZH_PIECES), max_size=40).map("".join))
def test_mixed_chinese_and_latin_text(text: str) -> None:
    _check(text)


@_SETTINGS
@given(st.one_of(_ANY, _NEWSISH, _CHINESE))
def test_parse_number_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, float)
