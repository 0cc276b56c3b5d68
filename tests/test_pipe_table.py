"""Markdown pipe tables in a body: aligned columns in the reading pane (`ui._pipe_table`),
and each row its own sentence for the figures."""

from __future__ import annotations

from rich.cells import cell_len
from rich.style import Style

from hzreader.figures import article_figures, extract
from hzreader.model import FIGURE_KINDS, Article
from hzreader.ui._pipe_table import pipe_table
from hzreader.ui._render import render_article
from hzreader.ui._wrap import wrap

STYLES = {"match": Style(bgcolor="yellow"),
          **{f"figure-{kind}": Style(color="green") for kind in FIGURE_KINDS}}

TABLE = """\
Revenue by region:

| Region | Q2 2025 | Change |
|--------|--------:|:------:|
| North America | $1,410 | +13.7% |
| 欧洲 | $812 | -5.6% |"""


def test_cells_are_padded_and_aligned_as_the_separator_says() -> None:
    rows = pipe_table(TABLE.splitlines()[2:])
    assert rows == [
        "Region         Q2 2025  Change",
        "─────────────  ───────  ──────",
        "North America   $1,410  +13.7%",
        "欧洲              $812  -5.6%",
    ]
    ends = {cell_len(row[:row.index(money) + len(money)])
            for row, money in zip(rows[2:], ["$1,410", "$812"], strict=True)}
    assert ends == {cell_len("Region         Q2 2025")}  # right-aligned, in cells


def test_what_is_no_pipe_table_is_left_alone() -> None:
    assert pipe_table(["| a | b |", "| c | d |", "| e | f |"]) is None  # no separator row
    assert pipe_table(["a | b", "--- | ---"]) is None  # a header alone
    assert pipe_table(["Prices rose", "---", "and fell"]) is None  # no bars


def test_escaped_bars_and_short_rows() -> None:
    assert pipe_table(["a | b", "--- | ---", r"x \| y | 1", "only"]) is None  # a row barless
    assert pipe_table(["a | b", "--- | ---:", r"x \| y | 1", "z |"]) == [
        "a      b", "─────  ─", "x | y  1", "z"]


def test_the_reading_pane_shows_the_table_aligned_with_its_figures() -> None:
    article = Article(id="x", title="T", body=TABLE)
    rendered = render_article(article, STYLES, extract=extract)
    lines, _ = wrap(rendered.text, 60, looks=rendered.looks, wide=60)
    shown = [line.plain for line in lines][-4:]
    assert shown[0] == "Region         Q2 2025  Change"
    assert shown[1].startswith("─────────────")
    plain = rendered.text.plain
    assert {"$1,410", "+13.7%", "$812", "-5.6%"} <= {
        plain[f.start:f.end] for f in rendered.figures}


def test_each_row_is_its_figures_sentence() -> None:
    sentences = {TABLE[at.start:at.stop]: TABLE[at.sentence_start:at.sentence_stop]
                 for at in article_figures("", TABLE)}
    assert sentences["$812"] == "| 欧洲 | $812 | -5.6% |"
    assert sentences["$1,410"] == "| North America | $1,410 | +13.7% |"


def test_a_table_right_after_a_line_of_text_is_a_table() -> None:
    """tryout18 §4, tryout20 #1: "Results by unit:" right above the table (no blank line,
    as converted Markdown often has it) left the table raw, while the figures panel and
    table read its rows as a table."""
    body = ("Results by unit:\n| Unit | Revenue | Margin |\n|-|-|-|\n"
            "| Infrastructure | $3.1 billion | 32.5% |\n| Advertising | $812 million | 41.0% |")
    article = Article(id="x", title="T", body=body)
    rendered = render_article(article, STYLES, extract=extract)
    lines, _ = wrap(rendered.text, 60, looks=rendered.looks, wide=60)
    shown = [line.plain for line in lines][-5:]
    assert shown[0] == "Results by unit:"
    assert shown[1].split() == ["Unit", "Revenue", "Margin"]
    assert shown[2].startswith("───")
    assert "|" not in "".join(shown)
    plain = rendered.text.plain
    assert {"$3.1 billion", "32.5%", "$812 million", "41.0%"} <= {
        plain[f.start:f.end] for f in rendered.figures}


def test_a_paragraph_of_many_bar_lines_tries_set_table_at_most_once(monkeypatch) -> None:
    """review18b: `_pipe_table` tried `set_table` (a scan to the paragraph's end) at each
    line with a bar: quadratic on a long paragraph of rows like "| - | - |" (which read as
    separator rows) ending in a line of text. Only rows after the last line without a bar
    can make the table, and only the first above a separator row can open it."""
    from hzreader.ui import _breaks

    calls: list[int] = []
    real = _breaks.set_table
    monkeypatch.setattr(_breaks, "set_table", lambda lines: calls.append(len(lines)) or
                        real(lines))
    assert _breaks._pipe_table(["| - | - |"] * 400 + ["Source: the agency"]) is None
    assert len(calls) <= 1
    calls.clear()
    found = _breaks._pipe_table(["Q2 | Q3 compared:", "| a | b |", "|-|-|", "| 1 | 2 |"])
    assert found is not None and found[0] == 1 and len(calls) == 1
    assert _breaks._pipe_table(["| a | b |", "|-|-|", "| 1 | 2 |", "note"]) is None


def test_the_lines_above_a_table_are_laid_out_as_their_own_paragraph() -> None:
    """review18b: the lines above a table in its paragraph were joined into one line: a
    list right above a table ran its items together ("- first - second")."""
    body = ("Two units:\n- Cloud, up\n- Ads, down\n| Unit | Margin |\n|-|-|\n"
            "| Cloud | 32.5% |\n| Ads | 41.0% |")
    rendered = render_article(Article(id="x", title="T", body=body), STYLES, extract=extract)
    lines, _ = wrap(rendered.text, 60, looks=rendered.looks, wide=60)
    shown = [line.plain for line in lines][-7:]
    assert shown[:3] == ["Two units:", "- Cloud, up", "- Ads, down"]
    assert shown[3].split() == ["Unit", "Margin"]
    assert {"32.5%", "41.0%"} <= {rendered.text.plain[f.start:f.end] for f in rendered.figures}
