"""A figure that is a range carries its high end (range13): the extractor sets it, filters
meet a range by overlap in memory and in the index alike, and the panel, the table and the
exports show both ends."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest

from hzreader.figures import both_ends, extract, format_value
from hzreader.index import _db
from hzreader.lens import fitted_value, value_text
from hzreader.model import Figure
from hzreader.query import FigureTerm, parse_query
from test_query_differential import ids, libraries


def one(text: str) -> Figure:
    """The one figure of `text` that is a range (the test texts have one)."""
    ranges = [figure for figure in extract(text) if figure.high is not None]
    assert len(ranges) == 1, extract(text)
    return ranges[0]


@pytest.mark.parametrize(("text", "span", "kind", "value", "high"), [
    # digits, with the unit once or twice
    ("Prices rose 10-15% last year.", "10-15%", "percent", 10, 15),
    ("Prices rose 10 to 15 percent last year.", "10 to 15 percent", "percent", 10, 15),
    ("The wave was 10–15 feet high.", "10–15 feet", "quantity", 10, 15),
    ("Highs of 25-28C are forecast.", "25-28C", "quantity", 25, 28),
    ("It takes 1.5-2 hours.", "1.5-2 hours", "duration", 1.5, 2),
    ("They hired 1,200-1,500 workers.", "1,200-1,500 workers", "count", 1200, 1500),
    # spelled out
    ("It takes two to four days.", "two to four days", "duration", 2, 4),
    ("Wait twenty-five to thirty minutes.", "twenty-five to thirty minutes", "duration", 25, 30),
    # money: the scale and the unit's conversion apply to both ends
    ("The deal is worth $1.2bn-$1.5bn.", "$1.2bn-$1.5bn", "money", 1.2e9, 1.5e9),
    ("The deal is worth $1.5bn-2bn.", "$1.5bn-2bn", "money", 1.5e9, 2e9),
    ("A fine of $5-10bn.", "$5-10bn", "money", 5e9, 1e10),
    ("It costs 25-30 cents.", "25-30 cents", "money", 0.25, 0.3),
    ("A cut of 5 to 10 basis points.", "5 to 10 basis points", "percent", 0.05, 0.1),
    # Chinese
    ("营收10亿至15亿元。", "10亿至15亿元", "money", 1e9, 1.5e9),
    ("增长3%至5%。", "3%至5%", "percent", 3, 5),
    ("占百分之六十至八十五。", "百分之六十至八十五", "percent", 60, 85),
    ("吸引20万至30万人。", "20万至30万人", "count", 2e5, 3e5),
    ("风力8到10级。", "8到10级", "quantity", 8, 10),
    ("休息三四天。", "三四天", "duration", 3, 4),
    # years: moved by the difference, a short second year filled in
    ("2019至2023年，经济增长。", "2019至2023年", "year", 2019, 2023),
    ("民國108至112年，經濟成長。", "民國108至112年", "year", 2019, 2023),
    ("The 2024-25 season.", "2024-25", "year", 2024, 2025),
    ("From 1999-2000 on.", "1999-2000", "year", 1999, 2000),
    ("營收10億至15億元。", "10億至15億元", "money", 1e9, 1.5e9),  # traditional characters
])
def test_a_range_carries_its_high_end(text: str, span: str, kind: str, value: float,
                                      high: float) -> None:
    figure = one(text)
    assert (figure.text, figure.kind, figure.value, figure.high) == (span, kind, value, high)


@pytest.mark.parametrize("text", [
    "It grew 12 percent.", "a 10-year plan", "up to 5 percent", "11 years and three months",
    "Oct 8-14", "won 6-2", "1至8月", "two-thirds of voters", "a 2-to-1 vote", "-5C overnight",
    "at least 12 hours, 至少12小時", "mid-2029", "on 2025-03-14",
    "0-5%",  # the low end is 0: its scale is not known from the value, so no high end
])
def test_a_single_value_has_no_high_end(text: str) -> None:
    assert all(figure.high is None for figure in extract(text)), extract(text)


def test_the_extractor_values_the_low_end_as_before() -> None:
    """The high end is added; the value stays the low end."""
    assert [(f.text, f.value) for f in extract("Up 10 to 15 percent, two to four days.")] == [
        ("10 to 15 percent", 10.0), ("two to four days", 2.0)]


RANGE = Figure(0, 16, "10 to 15 percent", "percent", 10.0, "percent", high=15.0)
SINGLE = Figure(0, 3, "12%", "percent", 12.0, "percent")


@pytest.mark.parametrize(("query", "range_", "single"), [
    ("percent>12", True, False),  # the high end is above 12
    ("percent>15", False, False),
    ("percent>=15", True, False),
    ("percent<12", True, False),  # the low end is below 12
    ("percent<10", False, False),
    ("percent<=10", True, False),
    ("percent:12", True, True),  # 12 lies within it
    ("percent=15", True, False),
    ("percent:16", False, False),
    ("percent:12..20", True, True),  # overlaps [12, 20]
    ("percent:16..20", False, False),
    ("percent:1..10", True, False),
    ("percent>11 percent<14", True, True),  # one figure between the two: overlap too
    ("12 percent", False, True),  # a number typed: the figure of that value, as written
    ("10 percent", True, False),
])
def test_each_operator_meets_a_range_by_overlap(query: str, range_: bool, single: bool) -> None:
    (term,) = parse_query(query).figure_terms
    assert (term.accepts(RANGE), term.accepts(SINGLE)) == (range_, single)


def test_measures_meet_a_range_by_overlap() -> None:
    """Filters with a unit compare each unit's value: two to four days is 2..4 days."""
    days = Figure(0, 16, "two to four days", "duration", 2.0, "days", high=4.0)
    assert [parse_query(q).figure_terms[0].accepts(days) for q in (
        "duration>=3 days", "duration>3d", "duration>4d", "duration:3d", "duration<2d",
        "duration>=72h", "duration:1d..2d", "duration:5d..9d")] == [
        True, True, False, True, False, True, True, False]


def test_a_typed_number_meets_a_range_by_its_low_end_only() -> None:
    """ "2020" typed does not find "2019至2023年" (a bare number would find every span)."""
    span = one("2019至2023年，经济增长。")
    assert not FigureTerm(None, "=", 2020.0, literal="2020").accepts(span)
    assert FigureTerm("year", "=", 2020.0).accepts(span)


RANGES = [
    {"title": "Fares", "body": "Fares rise 10 to 15 percent.", "date": dt.date(2024, 1, 1)},
    {"title": "Plan", "body": "2019至2023年，经济增长。", "date": dt.date(2024, 1, 2)},
    {"title": "Wait", "body": "It takes two to four days.", "date": dt.date(2024, 1, 3)},
    {"title": "Deal", "body": "The deal is worth $1.2bn-$1.5bn.", "date": dt.date(2024, 1, 4)},
    {"title": "Flat", "body": "Fares rise 12 percent in 2021, taking 3 days, for $1.3bn.",
     "date": dt.date(2024, 1, 5)},
]


@pytest.mark.parametrize(("text", "expected"), [
    ("percent>12", ["a0"]),  # 10 to 15 percent; not the plain 12 percent
    ("percent>=12", ["a0", "a4"]),
    ("percent<11", ["a0"]),
    ("percent:14", ["a0"]),
    ("percent=12", ["a0", "a4"]),
    ("percent:13..20", ["a0"]),
    ("percent>12 percent<20", ["a0"]),
    ("year:2020..2024", ["a1", "a4"]),  # 2019至2023年 overlaps; 2021 lies in it
    ("year:2022", ["a1"]),
    ("year>2022", ["a1"]),
    ("year<2020", ["a1"]),
    ("duration>=3 days", ["a2", "a4"]),
    ("duration>3d", ["a2"]),
    ("duration:4d", ["a2"]),
    ("duration<3d", ["a2"]),
    ("money>1.4e9", ["a3"]),
    ("money:1.3e9", ["a3", "a4"]),
    ("money>1.4e9 USD", ["a3"]),
    ("money>1.4e9 money<2e9", ["a3"]),
    ("money:1.6e9..2e9", []),
    ("-percent>12", ["a1", "a2", "a3", "a4"]),
    ("12 percent", ["a4"]),  # typed: the figure of that value (and the words)
    ("2022", []),
])
def test_each_operator_meets_a_range_alike_in_memory_and_index(
        text: str, expected: list[str]) -> None:
    assert ids(RANGES, text) == (expected, expected)


def test_the_index_stores_the_high_end_and_rebuilds_older_indexes() -> None:
    """The `figures` table has a nullable `high` (NULL for single values), the schema
    version moved on, and the high ends come back in the figures' columns."""
    assert _db.SCHEMA_VERSION >= 10
    with tempfile.TemporaryDirectory() as root:
        _, store = libraries(Path(root), RANGES)
        try:
            conn = sqlite3.connect(Path(root) / "index.sqlite3")
            rows = conn.execute("SELECT value, high FROM figures WHERE high IS NOT NULL "
                                "ORDER BY id").fetchall()
            assert rows == [(10.0, 15.0), (2019.0, 2023.0), (2.0, 4.0), (1.2e9, 1.5e9)]
            assert conn.execute("SELECT count(*) FROM figures WHERE high IS NULL").fetchone()[0]
            assert conn.execute("PRAGMA user_version").fetchone()[0] == _db.SCHEMA_VERSION
            conn.close()
            highs = [high for chunk in store.store.figures(None, ()) for high in chunk.high]
            assert sorted(h for h in highs if h is not None) == [4.0, 15.0, 2023.0, 1.5e9]
        finally:
            store.store.close()


@pytest.mark.parametrize(("text", "panel", "table"), [
    ("It takes two to four days.", "2–4 days", "2–4 days"),
    ("Prices rose 10 to 15 percent.", "10–15 %", "10–15"),
    ("The deal is worth $1.2bn-$1.5bn.", "$1.2–1.5 bn", "1.2–1.5 bn"),
    ("2019至2023年，经济增长。", "2019–2023", "2019–2023"),
    ("营收10亿至15亿元。", "1–1.5 bn CNY", "1–1.5 bn"),
    ("休息三四天。", "3–4 days", "3–4 days"),
    ("It takes 1 to 3 days.", "1–3 days", "1–3 days"),
])
def test_the_panel_and_the_table_show_both_ends(text: str, panel: str, table: str) -> None:
    figure = one(text)
    assert format_value(figure) == panel
    assert value_text(figure.kind, figure.value, figure.unit, figure.text, figure.high) == table


def test_ends_that_differ_in_more_than_their_numbers_stand_whole() -> None:
    assert both_ends("800 M", "1.2 bn") == "800 M – 1.2 bn"
    assert both_ends("2 h 15 min", "3 h") == "2 h 15 min – 3 h"


def test_the_export_has_the_high_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                     ) -> None:
    """`hzreader figures` (JSON and CSV, from the index and from the files) adds `high`."""
    from hzreader.cli import main

    (tmp_path / "a.yaml").write_text(
        "title: Fares\nbody: Fares rise 10 to 15 percent, or 12 percent in 2021.\n",
        encoding="utf-8")
    for extra in ([], ["--files"]):
        assert main(["figures", str(tmp_path), "-f", "json", *extra]) == 0
        document: dict[str, Any] = json.loads(capsys.readouterr().out)
        assert document["schema"] == "hzreader-figures/2"
        assert [(f["text"], f["value"], f["high"]) for f in document["figures"]] == [
            ("10 to 15 percent", 10, 15), ("12 percent", 12, None), ("2021", 2021, None)]
        assert main(["figures", str(tmp_path), "-f", "csv", "--no-bom", *extra]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0].split(",")[5:9] == ["kind", "value", "high", "unit"]
        assert lines[1].split(",")[5:9] == ["percent", "10", "15", "percent"]
        assert lines[2].split(",")[5:9] == ["percent", "12", "", "percent"]


SPELLED = {
    "wait.yaml": """
        title: Repairs
        date: 2025-01-05
        body: |
          Repairs take two to four days, and the fares rise 10 to 15 percent.
        """,
    "flat.yaml": """
        title: Flat fares
        date: 2025-01-04
        body: |
          Fares rise 12 percent.
        """,
}


async def test_the_app_finds_a_range_by_its_high_end_and_shows_both_ends(
        tmp_path: Path) -> None:
    """`percent>12` lists the article whose only percent is "10 to 15 percent"; the figures
    panel and the table show "2–4 days", not the "2 days" of its low end."""
    from hzreader.ui._app import make_app
    from hzreader.ui.screens.figure_table import FigureTableScreen

    from conftest import write_articles
    from test_app import SIZE, ready, type_query

    app = make_app([write_articles(tmp_path / "news", SPELLED)])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "percent>12")
        assert [item.title for item in app.headlines.items] == ["Repairs"]
        await pilot.press("escape", "escape")
        await pilot.pause()
        await pilot.press("f")
        assert "2–4 days" in str(app.figures_panel.prompt(0))
        await pilot.press("f", "t")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FigureTableScreen)
        width = screen.view.size.width
        rows = [screen.view.row_text(row, width).plain for row in screen.view.rows]
        assert any(row.lstrip().startswith("2–4 days") and "two to four days" in row
                   for row in rows), rows
        assert any(row.lstrip().startswith("10–15 ") for row in rows), rows


@pytest.mark.parametrize("query", ["money>1e9", "year:2020..2024", "percent:12",
                                   "duration>=3 days", "money>1e9 money<5e9"])
def test_each_branch_of_a_filter_reads_an_index(query: str) -> None:
    """The single values through (kind, value), the ranges through the partial (kind, high):
    a filter never scans the figures table."""
    from hzreader.index._figure_sql import figure_condition

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE figures(id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, "
                 "value REAL, unit INTEGER NOT NULL, high REAL)")
    conn.execute("CREATE TABLE units(code INTEGER PRIMARY KEY, unit TEXT NOT NULL)")
    conn.execute("CREATE INDEX figures_kind_value ON figures(kind, value)")
    conn.execute("CREATE INDEX figures_kind_high ON figures(kind, high) WHERE high IS NOT NULL")
    (term,) = parse_query(query).figure_terms
    sql, params = figure_condition(term)
    plan = " | ".join(row[-1] for row in conn.execute(
        f"EXPLAIN QUERY PLAN SELECT id FROM figures WHERE {sql}", params))
    assert "figures_kind_value" in plan and "figures_kind_high" in plan, plan
    assert "SCAN figures" not in plan, plan


@pytest.mark.parametrize(("kind", "value", "high", "shown"), [
    # fits: as value_text shows it
    ("percent", 10.0, 15.0, "10–15"),
    ("quantity", 1200.0, 1500.0, "1,200–1,500"),
    ("year", 2019.0, 2023.0, "2019–2023"),
    # too wide for the table's 11 cells: both ends in one scale, every digit kept ...
    ("count", 200000.0, 300000.0, "200–300 k"),
    ("count", 1250000.0, 2000000.0, "1.25–2 M"),
    # ... or rounded and marked so, never cut inside a number ("200,000–30…" before)
    ("money", 1234567.0, 2345678.0, "≈1.2–2.3 M"),
    ("count", 123456.0, 234567.0, "≈123–235 k"),
])
def test_a_range_fits_the_table_s_value_column(kind: str, value: float, high: float,
                                                shown: str) -> None:
    assert fitted_value(kind, value, "", "", high, 11) == shown

