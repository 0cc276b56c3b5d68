"""perf19: cheaper readings that give the same figures as the plain ones they replace.

A number with a space and three digits after it ("$3 2025") no longer makes the whole text
be read a second time when `grouped` leaves the text as it is: the reader goes on, and finds
what the second reading found. The local currency named before a bare 元 is looked up, not
scanned for again for each figure (`_traditional._LocalNamed`); what stands before a clock time
on its line is read from its last characters (`_line_head`), not from the whole paragraph; a ¥
amount's reading in the rest of the article is remembered (`_currency.ArticleYen`), and what its
paragraph says of ¥ is read once for all its amounts (`_currency._cues`); whether a text has
kana is looked for once (`_ja.has_kana`); the clause around "points" is found by reading
outwards from them (`_reach`), not through the rest of the text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hzreader.figures import article_figures
from hzreader.figures._clock import _LABEL_WORDS
from hzreader.figures._currency import (
    _HAN,
    _JAPAN,
    _KANA,
    _PARAGRAPHS,
    _YUAN,
    ArticleYen,
    _yen_sign,
    amount_yen,
    yen_cue,
)
from hzreader.figures._digits import at_digits
from hzreader.figures._extract import _read, find_figures
from hzreader.figures._grouping import Regroup, grouped
from hzreader.figures._ja import KANA, has_kana
from hzreader.figures._line_head import label_before, last_on_line, line_prefix, paragraph_start
from hzreader.figures._reach import first_of, last_of
from hzreader.figures._traditional import _LOCAL_CURRENCY, _LOCAL_PLACE, _LocalNamed

#: Pieces of text around numbers a space and three digits follow, English and Chinese
#: (traditional too: the reader reads it simplified), grouped or not.
_PIECES = ["$3", "2025", "5.2", "1,200", "revenue", "rose", "in", "May", "12", "500",
           "fans", "people", "percent", "億元", "營收", "增長", "3", "100m", "737", "jets",
           "at", "10:30", "GMT", ".", ",", "，", "。", "\u00a0", "'", "000", "1 000", "€1 250 000",
           "40", "Tuesday", "said", "萬", "港元", "新台幣", "年"]


def _before(text: str) -> object:
    """What `find_figures` gave before perf19: a text `grouped` leaves as it is was read a
    second time without looking for groups (the first reading's figures thrown away)."""
    if grouped(text) is text:
        return _read(text, False)
    return find_figures(text)  # unchanged: a grouped text is read again as before


def test_a_number_before_a_year_is_read_once_with_the_same_figures() -> None:
    text = "Revenue of $3 2025 forecasts rose 5.2 percent to 1,200 jobs in 2025."
    assert grouped(text) is text
    with pytest.raises(Regroup):  # the digit reader asks for grouping at "3 2025" ...
        at_digits(text, text.index("3 2025"), 0)
    assert find_figures(text) == _read(text, False)  # ... and the reading goes on
    assert [f[2] for f in find_figures(text)] == [f[2] for f in _read(text, False)]


def test_a_grouped_number_is_still_read_grouped() -> None:
    figures = find_figures("The stadium held 12 500 fans and 3 2025 tickets.")
    assert ("12 500 fans", "count", 12500.0) in [(f[2], f[3], f[4]) for f in figures]


def test_traditional_chinese_before_a_year_goes_on_too() -> None:
    text = "營收3 2025年增長5.2%，達新台幣1 000萬元。"
    assert find_figures(text) == _before(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14),
       st.lists(st.sampled_from([" ", "", " "]), min_size=14, max_size=14))
def test_the_figures_are_those_of_the_second_reading(pieces: list[str], gaps: list[str]) -> None:
    text = "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=False))
    assert find_figures(text) == _before(text)


#: Names of local currencies and places, overlapping ("新台币" holds "台币"), and filler.
_NAMES = ["新台币", "台币", "新台", "港元", "港币", "港", "澳门元", "澳门币", "澳门", "台湾",
          "香港", "高雄", "九龙", "元", "1", "亿", "，"]


def _named_before(simplified: str, start: int) -> int | None:
    """What `as_written` looked for before perf19: a scan up to `start` for each figure."""
    named = [m.lastindex for m in _LOCAL_CURRENCY.finditer(simplified, 0, start)] or \
        [m.lastindex for m in _LOCAL_PLACE.finditer(simplified)]
    return named[-1] if named else None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAMES), max_size=12))
def test_the_local_currency_named_before_a_figure_is_found_once(pieces: list[str]) -> None:
    text = "".join(pieces)
    named = _LocalNamed(text)
    assert [named.before(start) for start in range(len(text) + 1)] == \
        [_named_before(text, start) for start in range(len(text) + 1)]


def test_a_bare_yuan_after_a_local_currency_is_in_that_currency() -> None:
    figures = find_figures("香港的預算為300億元，新台幣500億元，另撥200億元。")
    assert [(f[2], f[5]) for f in figures] == [
        ("300億元", "HKD"), ("新台幣500億元", "TWD"), ("200億元", "TWD")]


#: Pieces of lines before a clock time: labels, marks, spaces and runs of them, line ends,
#: letters that fold to a label's ("ſ", the Kelvin sign), long words.
_LINE_PIECES = ["Updated at", "updated", "Last", "last", "posted", "PUBLISHED", "at", "AT", ":",
                "—", "•", "|", ";", "-", " ", "\t", " " * 70, "\n", "\n\n", "poſted", "\u212a",
                "word", "x" * 70, "the meeting will begin", "12:30", "(", "é"]


def _label_whole_line(text: str, s: int) -> bool:
    return _LABEL_WORDS.search(line_prefix(text, s)) is not None


def _paragraph_start_whole(text: str, s: int) -> bool:
    head = text[:s].rstrip(" \t")
    return not head or head.endswith("\n\n")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=16))
def test_the_line_before_a_time_is_read_as_the_whole_line_reads(pieces: list[str]) -> None:
    text = "".join(pieces) + " 12:30 "
    for s in range(len(text) + 1):
        assert last_on_line(text, s) == line_prefix(text, s)[-1:]
        assert label_before(text, s, _LABEL_WORDS) == _label_whole_line(text, s)
        assert paragraph_start(text, s) == _paragraph_start_whole(text, s)


def test_a_label_far_back_on_a_long_line_is_still_found() -> None:
    text = "x" * 200 + ": updated" + " " * 80 + "at"
    assert label_before(text, len(text), _LABEL_WORDS)
    text = "x" * 200 + " updated" + " " * 80 + "at"  # no mark before it
    assert not label_before(text, len(text), _LABEL_WORDS)


def test_a_stamp_deep_in_a_long_paragraph_is_read_as_before() -> None:
    prose = "Markets were calm and traders waited for the data. " * 2000
    text = prose + "Key events: 08:45 Trains stop; 09:30 Talks resume; updated at 18:20 — more."
    assert [f[2] for f in find_figures(text)] == []
    assert [f[2] for f in find_figures(prose + "The talks began at 09:30 GMT on Monday.")] == [
        "09:30"]


#: Paragraphs with ¥ amounts, some saying what their ¥ is.
_YEN_PARAGRAPHS = ["The firm posted ¥465 billion.", "¥6,499 in China.", "¥129,800 in Japan.",
                   "Sales of ¥6,499 units.", "It cost ￥298,000 in Japan.", "¥465 billion, 人民币.",
                   "No price here.", "¥465 billion yen", "¥6,4990 in China."]


def _amount_yen_before(texts: tuple[str, ...], amount: str) -> str:
    """`amount_yen` before perf19: every paragraph split and read again for each amount."""
    sign = min((i for i in (amount.find("¥"), amount.find("￥")) if i >= 0), default=-1)
    if sign < 0:
        return ""
    same = re.compile(re.escape(amount[sign:]) + r"(?![\d,.]\d)")
    codes = {cue for text in texts if amount[sign:] in text for part in _PARAGRAPHS.split(text)
             if same.search(part) and (cue := yen_cue(part))}
    return codes.pop() if len(codes) == 1 else ""


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_YEN_PARAGRAPHS), max_size=5), min_size=1, max_size=3))
def test_an_amount_in_yen_is_read_as_before(parts: list[list[str]]) -> None:
    texts = tuple("\n\n".join(paragraphs) for paragraphs in parts)
    article = ArticleYen(texts)
    for amount in ["¥465 billion", "¥6,499", "¥129,800", "￥298,000", "$5", "HK¥12"]:
        assert article(amount) == amount_yen(texts, amount) == _amount_yen_before(texts, amount)
        assert article(amount) == _amount_yen_before(texts, amount)  # remembered


def test_an_amount_each_paragraph_repeats_is_read_once() -> None:
    body = "\n\n".join(f"The firm posted ¥465 billion at unit {i}." for i in range(300))
    figures = article_figures("", body + "\n\nIn China ¥465 billion is a lot.")
    assert {f.figure.unit for f in figures if f.figure.kind == "money"} == {"CNY"}


def _yen_sign_before(context: str, near: str) -> str:
    """`_yen_sign` before perf19: the paragraph searched again for each amount."""
    if _KANA.search(context):
        return "JPY"
    for words in (near, context):
        if _JAPAN.search(words):
            return "JPY"
        if _YUAN.search(words):
            return "CNY"
    return "CNY" if _HAN.search(context) else "JPY"


_CUE_PIECES = ["¥5", "yen", "Japan", "China", "yuan", "人民币", "元", "日元", "円", "カ", "的",
               "Tokyo", "price", " ", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=8),
       st.lists(st.sampled_from(_CUE_PIECES), max_size=4))
def test_what_a_yen_sign_is_is_read_as_before(context: list[str], near: list[str]) -> None:
    text, close = " ".join(context), " ".join(near)
    assert _yen_sign(text, close or text) == _yen_sign_before(text, close or text)
    assert _yen_sign(text, text) == _yen_sign_before(text, text)


_MARK_PIECES = [". ", "; ", "。", "；", ".", " ", ";", "x" * 150, "y" * 300, "文字"]
_MARKS = (". ", "; ", "。", "；")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MARK_PIECES), max_size=12), st.data())
def test_the_nearest_mark_is_found_as_the_plain_searches_find_it(
        pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    for at in {0, len(text), *data.draw(st.lists(st.integers(0, len(text)), max_size=6))}:
        assert last_of(text, _MARKS, at) == max(text.rfind(mark, 0, at) for mark in _MARKS)
        ends = [i for i in (text.find(mark, at) for mark in _MARKS) if i >= 0]
        assert first_of(text, _MARKS, at) == (min(ends) if ends else len(text))


def test_points_deep_in_a_long_paragraph_are_read_as_before() -> None:
    prose = "Turnout was high in the city and the count went on through the night, " * 300
    figures = find_figures(prose + "Turnout was 60%, down 3 points. The FTSE closed at 7,412.5 "
                           "points, up 1.2%.")
    assert [(f[2], f[3], f[5]) for f in figures] == [
        ("60%", "percent", "percent"), ("3 points", "percent", "points"),
        ("7,412.5 points", "quantity", "points"), ("1.2%", "percent", "percent")]


@given(st.lists(st.sampled_from(["5分", "カ", "分", "的", "で", " "]), max_size=8))
def test_kana_is_found_as_the_pattern_finds_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert has_kana(text) == (KANA.search(text) is not None)
