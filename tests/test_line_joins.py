"""Hard-wrapped lines of one paragraph join by a space, or by nothing between Chinese
characters (`text.line_joiner`): alike in the reading pane, the figures and the index."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.style import Style

from hzreader.figures import article_figures, extract
from hzreader.files._loader import load_paths
from hzreader.index import _cache_dir as cache_dir
from hzreader.index._store import ArticleStore
from hzreader.line_joins import line_joiner, unwrap_lines
from hzreader.model import FIGURE_KINDS, Article, body_paragraphs
from hzreader.query import MemoryIndex, parse_query
from hzreader.query._tokens import split_blocks
from hzreader.ui._breaks import body_margin, layout_paragraph
from hzreader.ui._render import render_article
from hzreader.ui._wrap import wrap

STYLES = {"match": Style(bgcolor="yellow"),
          **{f"figure-{kind}": Style(color="green") for kind in FIGURE_KINDS}}

WRAPPED = """\
据杭州市统计局数据，新建商品住
宅均价为每平方米45,600元，环比上涨0.8%。
全市共成交新房6,213套，成交价达
1050万元。

Prose in English
still joins with a space."""


@pytest.mark.parametrize(("before", "after", "joiner"), [
    ("商品住", "宅均价", ""),  # two ideographs
    ("上涨0.8%。", "全市", ""),  # after CJK punctuation
    ("上涨0.8%。", "65岁", ""),
    ("他说", "「好」", ""),  # before CJK punctuation
    ("カタ", "カナ", ""),  # kana
    ("成交价达", "1050万元", ""),  # a number after a Chinese word (tryout18)
    ("增加了300", "万人", ""),  # a number broken by the wrap
    ("说：“", "我们", ""), ("施行——", "这是", ""),  # Western punctuation in Chinese
    ("iPhone", "销量", " "),  # a Latin word keeps its space
    ("in", "Hangzhou", " "),
    ("杭州", "is", " "),
    ("서울", "시", " "),  # Korean spaces its words
])
def test_the_joiner_of_two_lines(before: str, after: str, joiner: str) -> None:
    assert line_joiner(before, after) == joiner


def test_a_chinese_paragraph_joins_its_lines_without_spaces() -> None:
    first, second = body_paragraphs(WRAPPED)
    assert first.text == ("据杭州市统计局数据，新建商品住宅均价为每平方米45,600元，环比上涨0.8%。"
                          "全市共成交新房6,213套，成交价达1050万元。")
    assert second.text == "Prose in English still joins with a space."
    for offset, char in enumerate(first.text):
        if char != " ":
            assert WRAPPED[first.to_body(offset)] == char
            assert first.from_body(first.to_body(offset)) == offset


def test_figures_across_a_join_point_into_the_body() -> None:
    body = "商品住宅均价上涨\n0.8%，成交\n6,213套。"
    texts = {body[at.start:at.stop] for at in article_figures("", body)}
    assert {"0.8%", "6,213套"} <= texts


CJK_LINES = st.lists(st.sampled_from(
    ["", " ", "\u3000\u3000", "商品住", "宅。", "「引」", "3.2%", "yuan", "杭州 5%", "全市",
     "\u3000\u3000全市", "一、第一", "서울"]), max_size=8)


@given(CJK_LINES)
def test_the_index_joins_lines_as_the_reading_pane_does(lines: list[str]) -> None:
    body = "\n".join(lines)
    indexed = [" ".join(line.strip() for line in block.splitlines() if line.strip())
               for block in split_blocks(body)]
    assert [text for text in indexed if text] == [p.text for p in body_paragraphs(body)]
    for paragraph in body_paragraphs(body):
        for offset, char in enumerate(paragraph.text):
            if char != " ":
                assert body[paragraph.to_body(offset)] == char
                assert paragraph.from_body(paragraph.to_body(offset)) == offset


def test_unwrap_keeps_blank_lines_and_english() -> None:
    assert unwrap_lines("住\n\u3000\u3000\n下一段") == "住\n\u3000\u3000\n下一段"
    assert unwrap_lines("in\nHangzhou") == "in\nHangzhou"
    assert unwrap_lines("商品住\n  宅") == "商品住宅"


def test_the_reading_pane_shows_no_space_inside_a_wrapped_word() -> None:
    article = Article(id="x", title="T", body=WRAPPED)
    rendered = render_article(article, STYLES, parse_query('"商品住宅均价"'), extract=extract)
    plain = rendered.text.plain
    assert "新建商品住宅均价" in plain and "0.8%。全市" in plain
    assert [plain[start:end] for start, end in rendered.matches] == ["商品住宅均价"]
    assert {"45,600元", "0.8%", "6,213套", "1050万元"} <= {
        plain[f.start:f.end] for f in rendered.figures}


def test_a_chinese_list_keeps_its_lines() -> None:
    body = "一、扩大开放。\n二、稳定就业，\n新增岗位\n三、加强保障。"
    paragraph = body_paragraphs(body)[0]
    text, looks = layout_paragraph(paragraph, body, body_margin(body))
    article = Article(id="x", title="T", body=body)
    rendered = render_article(article, STYLES, extract=extract)
    lines, _ = wrap(rendered.text, 40, looks=rendered.looks)
    assert [line.plain.strip() for line in lines][-3:] == [
        "一、扩大开放。", "二、稳定就业，新增岗位", "三、加强保障。"]
    assert text == paragraph.text and len(looks) == 3


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ArticleStore:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "zh.yaml").write_text(textwrap.dedent("""\
        title: 杭州房价
        body: |
          据统计，新建商品住
          宅均价上涨，全市共成交新房6,213套。
        """), encoding="utf-8")
    opened = ArticleStore.open(cache_dir.store_path([folder]))
    opened.sync([folder])
    return opened


@pytest.mark.parametrize("query", ['"商品住宅均价"', "商品住宅", "住宅", '"上涨，全市"'])
def test_a_phrase_across_a_wrapped_line_is_found(store: ArticleStore, query: str,
                                                 tmp_path: Path) -> None:
    found = [store.get(rowid).title for rowid in store.search(parse_query(query))]
    assert found == ["杭州房价"]
    articles = load_paths([tmp_path / "articles"]).articles
    assert [a.title for a in MemoryIndex(articles).search(query)] == ["杭州房价"]


def test_list_items_and_table_rows_are_not_joined_to_nothing() -> None:
    """review17: "一、营收增长三成\\n二、利润下降两成" read 三成二 (32 %); a table's rows ran
    into one count."""
    body = "一、营收增长三成\n二、利润下降两成"
    assert body_paragraphs(body)[0].text == "一、营收增长三成 二、利润下降两成"
    assert [f.value for f in extract(body_paragraphs(body)[0].text)] == [30, 20]
    assert line_joiner("北京\u3000人口三千万", "上海\u3000人口两千万") == " "
    assert line_joiner("营收增长三成", "（二）利润") == " "
    assert unwrap_lines(body) == body


@pytest.mark.parametrize("gap", ["\u00a0", "\u2003", "\r", " \t"])
def test_the_index_joins_what_the_pane_joins_whatever_the_spaces(gap: str) -> None:
    """review17: a no-break space before the break kept 商品住宅 apart in the index only."""
    body = f"北京商品住{gap}\n宅价格上涨"
    assert body_paragraphs(body)[0].text == "北京商品住宅价格上涨"
    assert "商品住宅" in unwrap_lines(body)


def test_a_chinese_pipe_table_s_rows_stay_apart() -> None:
    body = "| 城市 | 金额 |\n|-|-:|\n| 北京 | 三千 |\n| 上海 | 五百万元 |"
    paragraph = body_paragraphs(body)[0]
    text, looks = layout_paragraph(paragraph, body, body_margin(body))
    assert "三千 上海" in text and len(looks) == 4  # a one-dash separator is a table too


def test_the_figures_table_s_context_joins_as_the_pane_does() -> None:
    """tryout18: `t`, the CLI and the exports showed "商品住 宅" and "[2.1万 亿元]"."""
    from hzreader.lens._table import cut_sentence

    text = "今年全市商品住\n  宅成交面积增长12.5%，达到2.1万\n  亿元。"
    start, stop = text.index("2.1万"), text.index("亿元") + 2
    sentence, at, end = cut_sentence(text, start, stop, 0, len(text))
    assert sentence == "今年全市商品住宅成交面积增长12.5%，达到2.1万亿元。"
    assert sentence[at:end] == "2.1万亿元"
    short, at, end = cut_sentence(text, start, stop, 0, len(text), 12)
    assert short[at:end] == "2.1万亿元" and "\n" not in short
