"""A summary's hard-wrapped Chinese lines, and the line breaks YAML folded into spaces in a
`>` block or a plain or quoted scalar, join as a `|` body's do: in the reading pane, the
figures, the index and the in-memory search alike (tryout18 §3)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from rich.style import Style

from hzreader.figures import article_figures, extract
from hzreader.files._folds import joined
from hzreader.files._loader import load_paths
from hzreader.index import _cache_dir as cache_dir
from hzreader.index._store import ArticleStore
from hzreader.model import FIGURE_KINDS, SUMMARY, Article, summary_paragraph
from hzreader.query import MemoryIndex, parse_query
from hzreader.ui._render import render_article

STYLES = {"match": Style(bgcolor="yellow"),
          **{f"figure-{kind}": Style(color="green") for kind in FIGURE_KINDS}}

FILES = {
    "summary.yaml": """\
        title: 摘要块
        date: 2026-01-15
        summary: |
          今年前十个月全市商品住
          宅成交面积同比增长12.5%。
        body: Nothing here.
        """,
    "folded.yaml": """\
        title: 折叠块
        date: 2026-01-14
        body: >
          杭州市住房和城乡建设局昨日发布通知，今年前十个月全市商品住
          宅成交面积同比增长12.5%，新建商品住宅均价为每平方米3.2万
          元。

          第二段 有空格，English
          words stay apart.
        """,
    "plain.yaml": """\
        title: 普通标量
        date: 2026-01-13
        body: 杭州市住房和城乡建设局昨日发布通知，今年前十个月全市商品住
          宅成交面积同比增长12.5%。
        """,
    "quoted.yaml": """\
        title: 引号标量
        date: 2026-01-12
        body: "今年前十个月全市商品住
          宅成交面积同比增长12.5%。"
        """,
    "other.yaml": """\
        title: 别的
        date: 2026-01-11
        body: |
          商品 住宅成交
        """,
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def loaded(folder: Path) -> dict[str, Article]:
    return {article.title: article for article in load_paths([folder]).articles}


def test_summary_lines_join_as_a_body_s() -> None:
    summary = "今年前十个月全市商品住\n宅成交面积同比增长12.5%。\n\n第二段"
    paragraph = summary_paragraph(summary)
    assert paragraph.text == "今年前十个月全市商品住宅成交面积同比增长12.5%。 第二段"
    for offset, char in enumerate(paragraph.text):
        if char != " ":
            assert summary[paragraph.to_body(offset)] == char
    assert summary_paragraph("one line").text == "one line"
    assert summary_paragraph("in\nHangzhou").text == "in Hangzhou"


def test_a_summary_s_figure_crossing_a_break_is_placed_in_the_summary() -> None:
    summary = "新建住宅均价每平方米3.2万\n元，环比上涨0.8%。"
    found = [(at.field, summary[at.start:at.stop]) for at in article_figures(summary, "")]
    assert found[0] == (SUMMARY, "3.2万\n元")
    assert found[0][1].replace("\n", "") == "3.2万元"


def test_folded_breaks_join_only_where_the_lines_broke(folder: Path) -> None:
    articles = loaded(folder)
    assert articles["折叠块"].body.startswith(
        "杭州市住房和城乡建设局昨日发布通知，今年前十个月全市商品住宅成交面积同比增长12.5%，"
        "新建商品住宅均价为每平方米3.2万元。\n")
    assert "第二段 有空格，English words stay apart." in articles["折叠块"].body
    for title in ("普通标量", "引号标量"):
        assert "全市商品住宅成交" in articles[title].body, title
    assert articles["别的"].body == "商品 住宅成交\n"  # a space typed on one line stays


def test_joined_keeps_the_value_when_the_lines_are_not_found() -> None:
    assert joined("商品住 宅", ["商品住", "宅"]) == "商品住宅"
    assert joined("商品住 宅", ["商品住", "", "宅"]) == "商品住 宅"  # a blank line between
    assert joined("商品住 宅", ["商品", "宅"]) == "商品住 宅"
    assert joined("商品住 宅", ["宅", "商品住"]) == "商品住 宅"
    assert joined("商品住  宅", ["商品住", "宅"]) == "商品住  宅"


def test_the_pane_shows_and_highlights_the_joined_summary(folder: Path) -> None:
    article = loaded(folder)["摘要块"]
    rendered = render_article(article, STYLES, parse_query('"商品住宅成交"'), extract=extract)
    plain = rendered.text.plain
    assert "全市商品住宅成交面积同比增长12.5%。" in plain
    assert [plain[start:end] for start, end in rendered.matches] == ["商品住宅成交"]
    assert "12.5%" in {plain[f.start:f.end] for f in rendered.figures}


def test_the_index_and_the_memory_search_find_the_joined_phrase(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    store = ArticleStore.open(cache_dir.store_path([folder]))
    store.sync([folder])
    wanted = ["摘要块", "折叠块", "普通标量", "引号标量"]
    for query in ('"商品住宅成交"', 'summary:"商品住宅"'):
        expected = wanted if query.startswith('"') else ["摘要块"]
        found = [store.get(rowid).title for rowid in store.search(parse_query(query))]
        assert sorted(found) == sorted(expected), query
        memory = [a.title for a in MemoryIndex(list(loaded(folder).values())).search(query)]
        assert sorted(memory) == sorted(expected), query


def test_a_scalar_with_an_anchor_or_a_tag_joins_too(tmp_path: Path) -> None:
    # A node's text starts at its anchor or tag: "&lead 商品住" was no line of the value,
    # and the value was left with its folded space.
    folder = tmp_path / "props"
    folder.mkdir()
    (folder / "a.yaml").write_text(textwrap.dedent("""\
        title: 锚点
        summary: &lead 今年前十个月全市商品住
          宅成交面积同比增长12.5%。
        body: !!str >
          全市商品住
          宅成交面积同比增长12.5%。
        """), encoding="utf-8")
    article = loaded(folder)["锚点"]
    assert article.summary == "今年前十个月全市商品住宅成交面积同比增长12.5%。"
    assert article.body == "全市商品住宅成交面积同比增长12.5%。\n"


def test_a_folded_body_keeps_its_paragraphs_apart(tmp_path: Path) -> None:
    """review18a: in `body: >` YAML turns the blank line between paragraphs into one line
    break, which read as a hard-wrapped line: the paragraphs ran together."""
    from hzreader.model import body_paragraphs

    path = tmp_path / "folded.yaml"
    path.write_text(textwrap.dedent("""\
        title: Folded
        body: >
          The first paragraph
          runs over two lines.

          The second paragraph.
            an indented line
          Back again.
        """), encoding="utf-8")
    (article,) = load_paths([path]).articles
    assert article.body.startswith("The first paragraph runs over two lines.\n\nThe second")
    texts = [p.text for p in body_paragraphs(article.body)]
    assert texts[0] == "The first paragraph runs over two lines."
    assert texts[1].startswith("The second paragraph.")


def test_a_line_after_more_indented_lines_stays_in_its_paragraph(tmp_path: Path) -> None:
    """review18b: YAML keeps the line break after a more-indented line of a `>` block as
    it is (no blank line was there): the line after it is no new paragraph."""
    from hzreader.model import body_paragraphs

    path = tmp_path / "folded.yaml"
    path.write_text(textwrap.dedent("""\
        title: Folded
        body: >
          The paragraph.
            an indented line
          Back again.

          Next paragraph.
        """), encoding="utf-8")
    (article,) = load_paths([path]).articles
    assert article.body == "The paragraph.\n  an indented line\nBack again.\n\nNext paragraph.\n"
    assert len(body_paragraphs(article.body)) == 2


def test_folded_chinese_paragraphs_indented_with_ideographic_spaces_stay_apart(
        tmp_path: Path) -> None:
    """review18b: "　　" opens a Chinese paragraph; to YAML it is text, not an indent."""
    path = tmp_path / "folded.yaml"
    path.write_text("title: 段落\nbody: >\n  　　第一段。\n\n  　　第二段。\n", encoding="utf-8")
    (article,) = load_paths([path]).articles
    assert article.body == "　　第一段。\n\n　　第二段。\n"
