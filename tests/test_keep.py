"""What of a key figure the reading pane keeps on one line (`ui._keep`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hzreader.figures import extract
from hzreader.ui._keep import keep_spans
from hzreader.ui._wrap import wrap_ranges


def kept(text: str) -> list[str]:
    """The pieces of `text`'s figures that `keep_spans` keeps together."""
    spans = keep_spans(text, [(f.start, f.end, f.kind, f.unit) for f in extract(text)])
    return [text[start:end] for start, end in spans]


@pytest.mark.parametrize(("text", "pieces"), [
    # short figures whole, as before
    ("It cost $1.8 billion.", ["$1.8 billion"]),
    ("日均客流预计达25万人次。", ["25万人次"]),
    ("on Dec 31, 2025 and in the first half of 2027", ["Dec 31, 2025", "first half of 2027"]),
    # up to 24 cells whole, with its front (tryout19: never "about" / "86 million people")
    ("about $312 million in damage", ["about $312 million"]),
    ("a storm surge of up to 180 km/h", ["up to 180 km/h"]),
    ("or about 86 million people, have", ["about 86 million people"]),
    ("a margin of fewer than 600,000 votes.", ["fewer than 600,000 votes"]),
    ("In all, 24,617,903 valid votes were cast", ["24,617,903 valid votes"]),
    # a long count: its number with the noun's first word, and its front if that fits
    ("and More than 3,500 National Guard troops were deployed", ["More than 3,500 National"]),
    ("More than 1.2 million homes and businesses", ["More than", "1.2 million homes"]),
    # money, percent and measures: the number with its unit or currency
    ("rose by 1.6 percentage points", ["1.6 percentage points"]),
    ("growth of 3 to 5 percent this year", ["3 to 5 percent"]),
    # durations: each number with its unit
    ("jailed for seven years and six months", ["seven years", "six months"]),
    ("four and a half hours", ["four and a half hours"]),
    # Chinese, however short: the number with its front, and its classifier or unit
    ("线路全长约35.5公里。", ["约35.5公里"]),
    ("组委会在沿途设置了21个补给站", ["21个"]),
    ("本届赛事报名人数超过18万人，", ["超过18万人"]),
    ("来自30个国家和地区的选手", ["30个"]),
    ("共收到約1,312宗塌樹報告", ["約1,312宗"]),
    ("今年已在台灣新增約6,000個職缺。", ["約6,000個職缺"]),  # a noun of two characters
    ("約百分之三十五的受访者", ["約百分之三十五"]),
    # a sum with its currency before or after it (tryout19: "新台" / "幣28兆元", "人民" / "币")
    ("歲出為新台幣7億3,200萬元", ["新台幣7億3,200萬元"]),
    ("市值突破新台幣28兆元。", ["新台幣28兆元"]),
    ("营收为2,478亿元人民币，", ["2,478亿元人民币"]),
    ("以2小时08分15秒夺冠", ["2小时", "08分", "15秒"]),
    # a short one with its unit words, a score or a range, whole; a long range, each end
    ("比上年提高4.2个百分点。", ["4.2个百分点"]),
    ("最终以25比18拿下", ["25比18"]),
    ("营收介于322亿至334亿美元，", ["322亿至334亿美元"]),
    ("营收介于1,322.5亿至1,334.8亿元人民币，", ["1,322.5亿至", "1,334.8亿元人民币"]),
    ("预计增长3至5个百分点", ["3至5个百分点"]),
])
def test_a_long_figure_keeps_only_its_numbers_with_their_word(text: str,
                                                               pieces: list[str]) -> None:
    """A figure of up to `WHOLE_CELLS` (24) cells whole; of a longer one, and in Chinese,
    each number with its word, classifier or unit, the first with the figure's front."""
    assert kept(text) == pieces


def test_a_long_count_leaves_no_long_hole_at_the_end_of_a_line() -> None:
    """tryout12: at 80x24 the hurricane story read "…ordered to / evacuate, and" and 22
    empty cells, then "3,500 National Guard troops were deployed."."""
    text = ("More than 1.2 million homes and businesses were without power by mid-morning. "
            "About 400,000 people in 12 counties had been ordered to evacuate, and 3,500 "
            "National Guard troops were deployed.")
    figures = extract(text)
    keep = keep_spans(text, [(f.start, f.end, f.kind, f.unit) for f in figures])
    lines = [text[start:end].rstrip() for start, end in wrap_ranges(text, 36, keep)[0]]
    assert lines[3:] == ["12 counties had been ordered to", "evacuate, and 3,500 National Guard",
                         "troops were deployed."]
    whole = [(f.start, f.end) for f in figures]  # what it was
    before = [text[start:end].rstrip() for start, end in wrap_ranges(text, 36, whole)[0]]
    assert before[4:] == ["evacuate, and", "3,500 National Guard troops were", "deployed."]
    # the number still moves with its word
    short = "evacuate, and 3,500 National Guard troops were deployed."
    keep = keep_spans(short, [(f.start, f.end, f.kind, f.unit) for f in extract(short)])
    assert [short[start:end].rstrip() for start, end in wrap_ranges(short, 20, keep)[0]] == \
        ["evacuate, and", "3,500 National Guard", "troops were", "deployed."]


def test_chinese_breaks_after_the_classifier_not_before_the_number() -> None:
    text = "本届赛事吸引了来自30个国家和地区的选手参赛。"
    figures = extract(text)
    keep = keep_spans(text, [(f.start, f.end, f.kind, f.unit) for f in figures])

    def lines(width: int, spans: list[tuple[int, int]]) -> list[str]:
        return [text[start:end] for start, end in wrap_ranges(text, width, spans)[0]]

    assert lines(22, keep) == ["本届赛事吸引了来自30个", "国家和地区的选手参赛。"]
    assert lines(22, [(f.start, f.end) for f in figures])[0] == "本届赛事吸引了来自"  # before
    assert lines(20, keep)[:2] == ["本届赛事吸引了来自", "30个国家和地区的选手"]  # "30个" whole


@settings(max_examples=300)
@given(st.text(alphabet="0123456789,. 个万人元约超过年月至a-bcd$分之百", max_size=30),
       st.sampled_from(["count", "money", "percent", "duration", "quantity", "date"]),
       st.text(alphabet="人元ab个", max_size=3))
def test_kept_spans_lie_inside_their_figure_in_order(text: str, kind: str, unit: str) -> None:
    plain = f"<{text}>"
    spans = keep_spans(plain, [(1, 1 + len(text), kind, unit)])
    if not text:
        return
    assert spans and all(1 <= start < end <= 1 + len(text) for start, end in spans), spans
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), spans


@pytest.mark.parametrize(("text", "figure"), [
    ("今年全市社区医院的平均候诊时间比去年同期下降4.2个百分点，患者满意度明显上升。",
     "4.2个百分点"),
    ("主队在第四局以25比18获胜，总比分3比1，取得七连胜。", "25比18"),
])
def test_a_short_chinese_figure_with_its_unit_words_is_never_split(text: str,
                                                                   figure: str) -> None:
    """tryout14 §4: "4.2个百分 / 点" and "25比 / 18" at 80x24; a short Chinese figure
    (up to 12 cells) with its unit words or both scores goes whole to the next line."""
    assert figure in kept(text)
    spans = keep_spans(text, [(f.start, f.end, f.kind, f.unit) for f in extract(text)])
    at = text.index(figure)
    for width in range(14, 60):  # (with the "，" after it, which starts no line: 13 cells)
        for start, _ in wrap_ranges(text, width, spans)[0]:
            assert not at < start < at + len(figure), (width, text[start:])
