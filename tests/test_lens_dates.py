"""A date shows as precisely as it is written, in the panel, the table and the command line
(tryout15 §3.1: "2025-06-30" showed as 2025, "4月1日" and "1-9月" as nothing)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml
from rich.style import Style

from hzreader.figures import extract, shown_date
from hzreader.lens import figures_command, value_cell
from hzreader.ui._render import PlacedFigure
from hzreader.ui.widgets.figures import figure_option


@pytest.mark.parametrize(("text", "shown"), [
    ("2026-12-02", "2026-12-02"),
    ("2025-06-30", "2025-06-30"),
    ("2025/06/30", "2025-06-30"),
    ("2025.6.3", "2025-06-03"),
    ("2025-03", "2025-03"),
    ("30 June 2025", "2025-06-30"),  # figs26's English months, as before
    ("2025年3月14日", "2025-03-14"),
    ("２０２５年３月１４日", "2025-03-14"),
    ("二〇二五年三月十四日", "2025-03-14"),
    ("2025年03月", "2025-03"),
    ("4月1日", "04-01"),
    ("四月一日", "04-01"),
    ("十二月三十一日", "12-31"),
    ("10月", "month 10"),
    ("1-9月", "months 1–9"),
    ("一至九月", "months 1–9"),
    ("1~9月", "months 1–9"),
    ("3月15日至20日", "03-15–20"),
    ("4月1日至6月30日", "04-01–06-30"),
    ("2025年3月至5月", "2025-03–05"),
    ("19th century", "19th c."),
    ("20th-century", "20th c."),
    ("nineteenth century", "19th c."),
    ("21st century", "21st c."),
    ("二十一世紀", "21st c."),
    ("19世纪", "19th c."),
])
def test_a_date_shows_as_written(text: str, shown: str) -> None:
    assert shown_date(text) == shown


@pytest.mark.parametrize("text", [
    "2025-02-30", "2025-13-01", "2025/06", "4/11/2026", "30/06/2025", "H1 2026", "Q3 2025",
    "13月", "2月30日", "9-1月", "二十五月", "十〇月", "2026年第三季度", "0999-01-01",
    "the 99th century"])
def test_what_is_no_real_date_or_no_more_than_a_year_shows_the_year(text: str) -> None:
    """None: the caller shows the value (the year) as before; nothing is guessed."""
    assert shown_date(text) is None


def test_the_table_cell_and_the_panel_show_the_same(tmp_path: Path) -> None:
    text = ("The vote is on 2026-12-02. It was held on 2025-06-30 and again on 30 June 2025. "
            "新规自4月1日起施行，1-9月利润增长，2025年3月14日至16日举行。")
    figures = [figure for figure in extract(text) if figure.kind == "date"]
    expected = ["2026-12-02", "2025-06-30", "2025-06-30", "04-01", "months 1–9",
                "2025-03-14…"]
    cells = [value_cell("date", f.value, f.unit, f.text, f.high).strip() for f in figures]
    assert cells == expected
    for figure, cell in zip(figures, cells, strict=True):
        start = text.index(figure.text)
        row = figure_option(text, PlacedFigure(figure, start, start + len(figure.text), 1),
                            Style(bold=True), 80)
        shown = row.plain.splitlines()[0].rstrip()
        whole = shown_date(figure.text) or "?"
        assert shown.endswith(whole), row.plain  # the panel has room for "…–16"
        assert whole.startswith(cell.rstrip("…"))
    (tmp_path / "iso.yaml").write_text(yaml.safe_dump({
        "title": "t", "date": "2026-11-12", "body": text}, allow_unicode=True),
        encoding="utf-8")
    out = io.StringIO()
    assert figures_command([str(tmp_path), "--files", "-k", "date"], out, io.StringIO()) == 0
    assert [line[:11].strip() for line in out.getvalue().splitlines()[1:]] == expected


def test_a_taiwan_date_shows_the_year_it_is_valued_at() -> None:
    """民國113年 is 2024: the extractor values it so; the text's 113 is no year to show."""
    shown = [value_cell("date", f.value, f.unit, f.text, f.high).strip() for f in extract(
        "民國113年6月1日起實施，113年6月公布，自114年1月1日生效。") if f.kind == "date"]
    assert shown == ["2024-06-01", "2024-06", "2025-01-01"]
    assert shown_date("113年6月1日") is None  # no value: nothing guessed
    assert shown_date("113年6月1日", 2030.0) is None


def test_a_date_s_value_stays_its_year() -> None:
    """Filters and sorting compare the year: only what is shown changed."""
    figure = next(f for f in extract("It was held on 2025-06-30.") if f.kind == "date")
    assert figure.value == 2025
    assert value_cell("date", 2025.0, "", "", None).strip() == "2025"  # no text: the year


@pytest.mark.parametrize("text", ["99999999999999999999年1月1日", "2025年99999999999月"])
def test_a_date_of_absurd_numbers_shows_no_date_and_raises_nothing(text: str) -> None:
    """A month or day of twenty digits is no date (it raised OverflowError: review15)."""
    assert shown_date(text, 2025) in (None, "")
