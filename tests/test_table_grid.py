"""A pipe table wider than the pane is set as a grid (`ui._grid`): each cell wrapped within its
column, every line of a row on the columns, the rule one line; figures stay where they are."""

from __future__ import annotations

import re
from pathlib import Path

from rich.cells import cell_len
from rich.style import Style

from hzreader.figures import extract
from hzreader.model import FIGURE_KINDS, Article
from hzreader.ui._app import make_app
from hzreader.ui._grid import fitted_widths
from hzreader.ui._render import render_article
from hzreader.ui._wrap import WrappedLines
from hzreader.ui.screens.figure_table import FigureTableScreen
from test_lens_app import open_table

from conftest import write_articles
from test_app import ready, widget_lines

STYLES = {"match": Style(bgcolor="yellow"),
          **{f"figure-{kind}": Style(color="green") for kind in FIGURE_KINDS}}

BODY = """\
Sales by region were mixed this year.

| Region | Revenue | Growth | 城市 |
|---|---:|---:|:---:|
| North America | $1.2 billion | 5% | 杭州 |
| Europe | $1.5 billion | 12.5% | 上海市浦东新区 |
| Asia | $980 million | -3% | 北京 |"""


def table_lines(width: int) -> tuple[list[str], WrappedLines]:
    """The table's lines as the pane shows them at `width` cells (a table row's width)."""
    rendered = render_article(Article(id="x", title="T", body=BODY), STYLES, extract=extract)
    lines = WrappedLines(rendered.text, min(width, 80), looks=rendered.looks, wide=width)
    plain = [line.plain for line in lines]
    return plain[plain.index(next(line for line in plain if line.startswith("Region"))):], lines


def column_at(line: str, text: str) -> tuple[int, int]:
    """The cells before `text` in `line` and after it (where it starts and ends)."""
    before = cell_len(line[: line.index(text)])
    return before, before + cell_len(text)


def test_a_table_that_fits_is_left_as_it_is() -> None:
    lines, _ = table_lines(60)
    assert lines[2] == "North America  $1.2 billion      5%       杭州"


def test_a_wide_table_wraps_each_cell_within_its_column() -> None:
    for width in (40, 34, 30):
        lines, _ = table_lines(width)
        assert all(cell_len(line) <= width for line in lines)
        assert set(lines[1]) == {"─", " "}  # the rule: one line, under every column
        assert not set(lines[2]) <= {"─", " "}
        rules = [(cell_len(lines[1][:run.start()]), cell_len(lines[1][:run.end()]))
                 for run in re.finditer("─+", lines[1])]
        # every cell of every line stands in its column (right-aligned ones end at its end)
        assert column_at(lines[0], "Growth")[1] == column_at(lines[2], "5%")[1] == rules[2][1]
        assert column_at(lines[4], "12.5%")[1] == rules[2][1]
        assert column_at(lines[2], "North")[0] == column_at(lines[3], "America")[0] == 0
        assert column_at(lines[3], "billion")[1] == rules[1][1]  # "$1.2 billion" wrapped
        assert rules[3][0] <= column_at(lines[2], "杭州")[0] < rules[3][1]  # centred, 2 wide
        for line in lines[4:6]:  # 上海市浦东新区 wrapped inside its column, centred
            cjk = "".join(char for char in line if cell_len(char) == 2)
            assert cjk and rules[3][0] <= column_at(line, cjk)[0]
            assert column_at(line, cjk)[1] <= rules[3][1]


def test_figures_keep_their_offsets_and_looks_in_a_grid() -> None:
    lines, wrapped = table_lines(34)
    text = wrapped._text  # the document
    plain = text.plain
    start = plain.index("12.5%")
    rows = wrapped.lines_of(start, start + 5)
    assert len(rows) > 1  # every line of the row: any of them may hold it
    line = next(wrapped[i] for i in rows if "12.5%" in wrapped[i].plain)
    at = line.plain.index("12.5%")
    assert any(span.start <= at and span.end >= at + 5 for span in line.spans)  # styled


def test_fitted_widths_keep_narrow_columns_and_words() -> None:
    assert fitted_widths([13, 12, 6, 14], [7, 7, 6, 4], 34) == [10, 9, 6, 9]
    assert sum(fitted_widths([13, 12, 6, 80], [7, 7, 6, 12], 30)) == 30
    # too narrow for every longest word: the narrow columns keep theirs, the widest breaks
    assert fitted_widths([13, 12, 6, 80], [7, 7, 6, 12], 26) == [7, 7, 6, 6]


ARTICLE = f"""
    title: Regional sales
    date: 2025-11-14
    body: |
{chr(10).join("      " + line for line in BODY.splitlines())}
    """


async def test_the_pane_panel_and_table_show_a_wide_table_at_80_columns(tmp_path: Path) -> None:
    app = make_app([write_articles(tmp_path / "a", {"sales.yaml": ARTICLE})])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await pilot.pause()
        lines = [line.strip("│ ").rstrip() for line in widget_lines(app.reader)]
        header = next(line for line in lines if line.startswith("Region "))
        rows = lines[lines.index(header):]
        assert set(rows[1]) == {"─", " "}  # the rule is one line
        assert rows[2].startswith("North ") and rows[3].split() == ["America", "billion"]
        assert column_at(header, "Growth")[1] == column_at(rows[2], "5%")[1]
        await pilot.press("f")
        await pilot.pause()
        panel = "\n".join(widget_lines(app.figures_panel))
        assert "North America · [5%] · 杭州" in panel or "Growth [5%] · 杭州" in panel
        assert "|" not in panel and "  [" not in panel
        screen = await open_table(pilot)
        assert isinstance(screen, FigureTableScreen)
        shown = "\n".join(widget_lines(screen.view))
        assert "|" not in shown and "pe · $1.5 billion" in shown  # the row, its label first


def test_the_line_showing_a_figure_in_a_grid_row() -> None:
    lines, wrapped = table_lines(34)
    plain = wrapped._text.plain
    for text in ("billion", "浦东", "5%"):
        at = plain.index(text)
        first = wrapped.lines_of(at, at + 1)[0]
        shown = wrapped.line_showing(first, at)
        assert text in wrapped[shown].plain
    at = plain.index("浦东")
    assert "浦东" not in wrapped[wrapped.lines_of(at, at + 1)[0]].plain  # on a later line


LONG_NOTE = ("Strong demand for cloud services in the United States and Canada lifted sales "
             "by 12% in the quarter, the company said")
NOTES = f"""
    title: Regional notes
    body: |
      | Region | Change | Note |
      |---|--:|---|
      | North America | +13.7% | {LONG_NOTE} |
      | 亚太地区 | 6.1% | 中国大陆市场需求回暖，日本和韩国的销售额同比增长了8% |
    """


async def test_a_figure_on_a_later_line_of_a_grid_row_is_marked_there(tmp_path: Path) -> None:
    app = make_app([write_articles(tmp_path / "a", {"notes.yaml": NOTES})])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        reader = app.reader
        plain = reader.rendered.text.plain
        texts = [plain[f.start:f.end] for f in reader.rendered.figures]
        for text in ("12%", "8%"):
            while plain[reader.rendered.figures[reader.current_figure].start:].startswith(
                    text) is False:
                await pilot.press("right_square_bracket")
            await pilot.pause()
            placed = reader.rendered.figures[reader.current_figure]
            y = reader.line_of(placed.start) - reader.scroll_offset.y
            assert y > reader.line_of(plain.index("North" if text == "12%" else "亚太")) - \
                reader.scroll_offset.y  # a later line of its row
            strip = reader.render_line(y)
            marked = "".join(seg.text for seg in strip if seg.style and seg.style.reverse)
            assert marked == text, texts


async def test_the_figures_table_names_a_row_by_its_first_cell(tmp_path: Path) -> None:
    app = make_app([write_articles(tmp_path / "a", {"sales.yaml": ARTICLE})])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        text = "\n".join(widget_lines(screen.view))
        assert "North America · Growth 5% · 杭州" in text  # the cells between left out
        assert "Europe · Revenue $1.5 billion · 12." in text  # the row's label first
        assert "|" not in text


def test_a_pane_too_narrow_for_the_columns_shows_records() -> None:
    lines, wrapped = table_lines(26)
    assert lines[:6] == ["Region", "  Revenue", "  Growth", "  城市", "─" * 13, "North America"]
    assert "  Revenue: $1.2 billion" in lines and "  城市: 上海市浦东新区" in lines
    assert all(cell_len(line) <= 26 for line in lines)
    shown = next(wrapped[i] for i in range(len(wrapped)) if wrapped[i].plain == "  Growth: 5%")
    assert [shown.plain[span.start:span.end] for span in shown.spans] == ["Growth: ", "5%"]


def test_the_line_showing_a_figure_in_a_record() -> None:
    _, wrapped = table_lines(26)
    plain = wrapped._text.plain
    for text in ("$1.5 billion", "12.5%", "上海市"):
        at = plain.index(text)
        shown = wrapped.line_showing(wrapped.lines_of(at, at + 1)[0], at)
        assert text in wrapped[shown].plain
        assert set(wrapped.lines_of(at, at + 1)) >= {shown}  # redrawn when marked


def test_a_record_cuts_a_long_column_name() -> None:
    """review18a: a column name longer than half the pane was left out of its records."""
    from hzreader.ui._grid import _label

    assert _label("Revenue", 20) == "Revenue: "
    assert _label("Revenue in the fiscal year ending March", 14) == "Revenue in…: "
    assert cell_len(_label("二〇二五财年营业收入总额", 12)) <= 12
    assert _label("Revenue in the fiscal year", 5) == ""
