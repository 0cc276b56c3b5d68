"""Short Chinese lines: verse keeps them, prose hard-wrapped at a narrow width flows
(tryout18 §8: "达到2.1万" / "亿元，" was kept as a poem's lines)."""

from __future__ import annotations

import pytest

from hzreader.model import body_paragraphs
from hzreader.ui._breaks import body_margin, layout_paragraph
from hzreader.ui._verse import hard_wrapped

TRYOUT = """\
今年全市地区生产总值达到2.1万
亿元，常住人口增加了300
万人，其中65岁
以上老人占比超过百分之
二十，新建住宅均价每平方米3.2万
元。"""

FIXED = """\
杭州市住房和城乡建设局昨日发布通知
，今年前十个月全市商品住宅成交面积
同比增长，新建商品住宅均价环比上涨
，二手房成交量也有所回升。"""

EVEN = """\
杭州市住房和城乡建设局昨日发布了通知
今年前十个月全市商品住宅成交面积同比
增长明显，新建商品住宅均价环比上涨了
一些，二手房成交也有所回升。"""

POEMS = [
    "床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。",
    "床前明月光\n疑是地上霜\n举头望明月\n低头思故乡",
    "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。",
    "黑夜给了我黑色的眼睛\n我却用它寻找光明",
    "我爱你，中国\n我爱你，春天蓬勃的秧苗\n我爱你，秋天金黄的硕果",
    "一闪一闪，亮晶晶\n满天都是，小星星\n挂在天上，放光明",
    "新华社北京12月5日电\n记者张三",
    "面朝大海\n春暖花开",
    "古池や\n蛙飛び込む\n水の音",
    "你问我爱你有多深\n我爱你有几分\n我的情也真\n我的爱也真\n月亮代表我的心",
]


def kept(body: str) -> bool:
    """Whether the paragraph keeps its lines (any look: verse)."""
    paragraph = body_paragraphs(body)[0]
    return bool(layout_paragraph(paragraph, body, body_margin(body))[1])


def test_prose_broken_inside_figures_flows() -> None:
    assert not kept(TRYOUT)
    text, _ = layout_paragraph(body_paragraphs(TRYOUT)[0], TRYOUT, body_margin(TRYOUT))
    assert "达到2.1万亿元，常住人口增加了300万人，" in text


@pytest.mark.parametrize("body", [FIXED, EVEN])
def test_prose_wrapped_at_one_width_flows(body: str) -> None:
    assert not kept(body)


@pytest.mark.parametrize("poem", POEMS)
def test_poems_and_lyrics_keep_their_lines(poem: str) -> None:
    assert kept(poem)
    assert not hard_wrapped(poem.splitlines())


@pytest.mark.parametrize(("before", "after"), [
    ("增加了300", "万人"), ("达到2.1万", "亿元"), ("占比超过百分之", "二十"),
    ("这是", "，那是"),
])
def test_a_break_inside_a_number_or_before_a_comma_is_prose(before: str, after: str) -> None:
    assert hard_wrapped([before, after])


def test_english_and_korean_short_lines_stay_verse() -> None:
    assert kept("Roses are red,\nViolets are blue,\nSugar is sweet,\nAnd so are you.")
    assert kept("Route 66\nruns west")
    assert kept("서울의 봄 300\n만 명이 모였다")
