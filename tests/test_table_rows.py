"""A pipe table's rows for the figures (`table_rows`): each row one sentence whatever its cells
hold, and a row told as one line in the figures table, the exports and the figures panel."""

from __future__ import annotations

import pytest
from rich.style import Style

from hzreader import table_rows
from hzreader.figures import article_figures, extract
from hzreader.figures._sentences import sentence_ends
from hzreader.lens._table import cut_sentence
from hzreader.model import FIGURE_KINDS, Article
from hzreader.table_rows import BAR, cell_spans, row_context, row_lines, row_sentence
from hzreader.ui._render import render_article
from hzreader.ui.widgets.figures import figure_context

STYLES = {"match": Style(bgcolor="yellow"),
          **{f"figure-{kind}": Style(color="green") for kind in FIGURE_KINDS}}

BODY = """\
Results by region:

| Region | Q2 2025 | Change |
|---|--:|--:|
| Europe | | fell 5% |
| North America | $1.41 billion. Up | +13.7% |
| 杭州 | 1,252万人 | 2.3% |"""


def sentences() -> dict[str, str]:
    """Each figure of `BODY` by its text, and its sentence as stored."""
    return {BODY[at.start:at.stop]: BODY[at.sentence_start:at.sentence_stop]
            for at in article_figures("", BODY)}


def test_an_empty_cell_does_not_split_a_row() -> None:
    # "| |" is also what an empty cell looks like: the row's end is its line's end
    assert sentences()["5%"] == "| Europe | | fell 5% |"


def test_a_period_in_a_cell_does_not_split_a_row() -> None:
    found = sentences()
    assert found["$1.41 billion"] == found["+13.7%"] == \
        "| North America | $1.41 billion. Up | +13.7% |"
    assert found["1,252万人"] == "| 杭州 | 1,252万人 | 2.3% |"


def test_sentence_ends_no_longer_read_bars() -> None:
    assert sentence_ends("| a | | b 5% |") == []


def test_which_lines_are_rows() -> None:
    assert row_lines(["Results:", "| a | b |", "|-|-:|", "| 1 | 2 |", "c | d"]) == [
        False, True, True, True, True]
    assert row_lines(["| a | b |", "| c | d |"]) == [True, True]  # bars around: rows
    assert row_lines(["Title", "---", "a | b"]) == [False, False, False]  # a rule, no bars


def test_cells_and_a_row_told_as_one_line() -> None:
    row = r"| Q1 | $1.2 billion |  | a \| b |"
    assert [row[a:b] for a, b in cell_spans(row)] == ["Q1", "$1.2 billion", "", r"a \| b"]
    cells = ["Q1", "$1.2 billion", "", "5%"]
    told = row_context(cells, 2, 14, ["Quarter", "Revenue", "Cost", "Growth"])
    assert told == ("Q1 · Revenue $1.2 billion · 5%", 13, 25)
    assert row_context(cells, 14, 16, ["Quarter", "Revenue", "Cost", "Growth"], whole=False) \
        == ("Q1 · Growth 5%", 12, 14)


def test_the_figures_table_shows_a_row_as_its_cells_with_the_column_name() -> None:
    at = next(f for f in article_figures("", BODY) if BODY[f.start:f.stop] == "5%")
    text, start, stop = cut_sentence(BODY, at.start, at.stop, at.sentence_start,
                                     at.sentence_stop)
    assert text == "Europe · Change fell 5%" and text[start:stop] == "5%"
    assert "|" not in text
    at = next(f for f in article_figures("", BODY) if BODY[f.start:f.stop] == "1,252万人")
    assert row_sentence(BODY, at.start, at.stop, at.sentence_start, at.sentence_stop) == (
        "杭州 · Q2 2025 1,252万人 · 2.3%", 13, 20)


def test_the_panel_context_of_a_figure_in_a_row_is_its_row() -> None:
    rendered = render_article(Article(id="x", title="T", body=BODY), STYLES, extract=extract)
    plain = rendered.text.plain
    placed = {plain[f.start:f.end]: f for f in rendered.figures}
    for text, width, expected in [
        ("+13.7%", 60, "North America · $1.41 billion. Up · Change [+13.7%]"),
        ("+13.7%", 33, "North America · Change [+13.7%]"),  # the cells between left out
        ("1,252万人", 33, "杭州 · Q2 2025 [1,252万人] · 2.3%"),
    ]:
        figure = placed[text]
        rows = [row for named, whole in ((True, True), (True, False), (False, False))
                if (row := rendered.table_row(figure, named, whole)) is not None]
        context = figure_context(plain, figure, width, rows)
        assert context == expected
        assert "|" not in context and "  " not in context  # no bars, no padding
    assert rendered.table_row(next(f for f in rendered.figures if f.part == -1)) is None \
        if any(f.part == -1 for f in rendered.figures) else True


def test_a_panel_context_beside_a_space_in_cjk_keeps_both_sides() -> None:
    document = "该市共有2,368个项目获批，iPhone销量增长 5%，GDP达到 2.1万亿元，较上年增长6%。"
    rendered = render_article(Article(id="x", title="T", body=document), STYLES,
                              extract=extract)
    plain = rendered.text.plain
    for text in ("5%", "2.1万亿元", "2,368个项目"):
        figure = next(f for f in rendered.figures if plain[f.start:f.end] == text)
        context = figure_context(plain, figure, 33)
        before, after = context.split(f"[{text}]")
        assert before.strip("…") and after.strip("…"), context  # a side on each


class _CountingBar:
    """`table_rows.BAR` counting its searches."""

    def __init__(self) -> None:
        self.searches = 0

    def search(self, text: str) -> object:
        self.searches += 1
        return BAR.search(text)


def test_rows_of_dashes_keep_finding_rows_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    # A long table with rows of no data ("| - | - |", which read as separator rows): each
    # used to scan the rest of the table (4,000 rows: ≈ 1 s of an index sync).
    lines = ["| Year | Revenue |", "|---|---|", *["| - | - |", "| 2020 | $5 million |"] * 500]
    counting = _CountingBar()
    monkeypatch.setattr(table_rows, "BAR", counting)
    assert all(row_lines(lines))
    assert counting.searches <= 2 * len(lines)
    assert row_lines(["| a |", "|---|", "| - |", "text", "| b |", "|---|", "| 1 |"]) == \
        [True, True, True, False, True, True, True]


def test_an_escaped_bar_in_a_row_is_told_as_a_bar() -> None:
    # The pane shows `A \| B` as "A | B" (`_pipe_table`); the figures table told "A \| B".
    text = "| Item | Value |\n|---|---|\n| A \\| B | $5 million |"
    start = text.index("$5")
    told = row_sentence(text, start, start + len("$5 million"), text.index("| A"), len(text))
    assert told is not None
    sentence, first, last = told
    assert sentence == "A | B · Value $5 million"
    assert sentence[first:last] == "$5 million"
    inside = text.index("B |")  # a figure after the escaped bar, in its cell
    assert row_sentence(text, inside, inside + 1, text.index("| A"), len(text)) == \
        ("A | B · $5 million", 4, 5)
