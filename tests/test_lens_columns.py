"""`hzreader figures` in its table format shows values as the app's figures table does
(one owner: `lens.value_cell`), and keeps its columns in Chinese text (tryout14 §2.8)."""

from __future__ import annotations

import io
from pathlib import Path

import yaml
from rich.cells import cell_len

from hzreader.lens import VALUE_CELLS, figures_command, value_cell
from hzreader.ui.widgets.figure_table import layout


def test_a_wide_range_fits_the_value_column_as_in_the_app(tmp_path: Path) -> None:
    """"32.2–33.4 bn" (12 cells) pushed its row one cell right; the app showed "≈32–33 bn",
    which reads "about" for an exact range (tryout19 §15): every digit, closed up."""
    (tmp_path / "tw.yaml").write_text(yaml.safe_dump({
        "title": "台積電第三季營收新台幣9,890億元", "date": "2026-10-16", "source": "中央社",
        "body": "台積電預估第四季營收介於322億至334億美元，並將今年資本支出維持在400億至420億"
                "美元之間。毛利率為59.5%，較上季增加0.7個百分點。"}, allow_unicode=True),
        encoding="utf-8")
    (tmp_path / "en.yaml").write_text(yaml.safe_dump({
        "title": "Chip maker guides higher", "date": "2026-10-17",
        "body": "Revenue will be between $32.2 billion and $33.4 billion, it said."}),
        encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert figures_command([str(tmp_path), "--files", "-f", "table"], out, err) == 0
    lines = out.getvalue().splitlines()
    assert len(lines) > 5
    dates = {cell_len(line[:line.index("2026-10-1")]) for line in lines[1:]}
    assert len(dates) == 1, lines  # every row's date in one column, Chinese context or not
    values = [line[:VALUE_CELLS] for line in lines[1:] if " money " in line]
    assert "32.2–33.4bn" in values and "   40–42 bn" in values
    assert all(line[VALUE_CELLS] == " " for line in lines)
    # the app's table: the same width, the same text
    assert layout(120).value == VALUE_CELLS
    assert value_cell("money", 32.2e9, "USD", "322億至334億美元", 33.4e9) == "32.2–33.4bn"
    assert value_cell("money", 12.25e9, "USD", "", 13.75e9) == "  ≈12–14 bn"  # no room


def test_a_wide_table_gives_a_count_s_noun_room() -> None:
    """At 160 columns "near-unicorn enterprises" showed as "near-unic…" in a 10-cell unit
    column while the context had 66 cells."""
    wide, narrow = layout(160), layout(120)
    assert wide.unit == 16 and narrow.unit == 10
    for width in (70, 90, 110, 120, 130, 150, 160, 200):
        cols = layout(width)
        used = [cols.value, cols.kind, cols.unit, cols.figure, cols.context, cols.date,
                cols.title]
        assert sum(used) + sum(1 for cells in used if cells) - 1 <= width, width


def test_a_narrow_table_sorted_by_date_keeps_its_date_column() -> None:
    """tryout17: at 80 columns a table sorted by date showed no date."""
    for width in (60, 70, 80, 89):
        by_value, by_date = layout(width), layout(width, "date")
        assert by_value.date == 0 and by_date.date == 10
        used = [by_date.value, by_date.kind, by_date.unit, by_date.figure, by_date.context,
                by_date.date, by_date.title]
        assert sum(used) + sum(1 for cells in used if cells) - 1 <= width, width
    assert layout(80, "date").unit == 0 and layout(80).unit == 10
    assert layout(120, "date") == layout(120)


def test_a_time_of_day_reads_on_a_clock_as_in_the_panel(tmp_path: Path) -> None:
    """The table showed "9:30 am" as 9.5 and "晚上11点30分" as 23.5 (the panel: 09:30)."""
    from hzreader.figures import extract, format_value
    from hzreader.lens import value_text
    from hzreader.lens._summary import UnitSummary

    for text in ("The market opened at 9:30 am.", "末班车晚上11点30分发出。"):
        figure = next(f for f in extract(text) if f.kind == "time")
        assert value_text("time", figure.value, figure.unit, figure.text) == \
            format_value(figure) in ("09:30", "23:30")
    assert value_cell("time", 14.5, "", "14:30", None) == "      14:30"
    assert UnitSummary("time", "", 3, 6.0, 23.5, 12.25).describe() == \
        "time ×3: 06:00 … 23:30, median 12:15"
    (tmp_path / "t.yaml").write_text(yaml.safe_dump({
        "title": "Opening", "date": "2026-02-26", "body": "Free bus travel before 9:30 am."}),
        encoding="utf-8")
    out = io.StringIO()
    assert figures_command([str(tmp_path), "--files", "-k", "time"], out, io.StringIO()) == 0
    assert out.getvalue().splitlines()[1].startswith("      09:30 time")


def test_the_value_column_marks_bounds_as_the_panel_does() -> None:
    """tryout18: the table showed "12" for "at least 12%" where the panel shows "≥ 12 %"."""
    from hzreader.lens._format import fitted_value

    assert fitted_value("percent", 12.0, "%", "at least 12%", None, 11) == "≥ 12"
    assert fitted_value("money", 3e9, "USD", "up to $3 bn", None, 11) == "≤ 3 bn"
    years = ("duration", 1200.0, "years", "over 1,200 years", None)
    assert fitted_value(*years, 13) == "> 1,200 years"
    assert fitted_value(*years, 12) == ">1,200 years"  # the mark closed up
    assert fitted_value(*years, 11) == "1,200 years"  # the number before its mark
