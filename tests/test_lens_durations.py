"""Durations in the figures table: every unit of time in one group, shown readably."""

from __future__ import annotations

import io
from pathlib import Path

from hzreader.figures import duration_text, seconds_text
from hzreader.lens import sorted_rows, summarize
from hzreader.lens._export import write_text_table
from hzreader.lens._format import amount_text, value_text
from test_lens import memory_table

from conftest import write_articles


def test_a_duration_reads_in_its_own_unit_or_in_the_units_that_fit_its_seconds() -> None:
    assert duration_text(7, "years") == "7 years"
    assert duration_text(18, "months") == "18 months"
    assert duration_text(1, "years") == "1 year"
    assert duration_text(1, "centuries") == "1 century"
    assert duration_text(8100, "seconds") == "2 h 15 min"
    assert duration_text(102, "seconds") == "1 min 42 s"
    assert duration_text(7913, "seconds") == "2 h 11 min 53 s"  # a race time (values16)
    assert duration_text(9.58, "seconds") == "9.58 s"
    assert seconds_text(3 * 365.2425 * 86400) == "3 years"
    assert seconds_text(45 * 86400) == "45 days"
    assert seconds_text(0) == "0 s"
    assert value_text("duration", 8100, "seconds") == "2 h 15 min"
    assert value_text("duration", 8100.0) == "8,100"  # no unit: a plain number


def test_a_summary_writes_the_unit_after_every_value() -> None:
    assert amount_text("duration", 4 * 3600, "seconds") == "4 h"
    assert amount_text("money", 3e9, "USD") == "$3 bn"
    assert amount_text("money", 3e9, "CNY") == "3 bn CNY"
    assert amount_text("percent", 5.2, "percent") == "5.2 %"
    assert amount_text("quantity", 140.0, "km") == "140 km"
    assert amount_text("count", 12.0, "projects") == "12"  # the label names the noun


ARTICLE = """
    title: Times
    body: |
      The talks lasted 2 hours 15 minutes. The deal runs for 7 years, after 18 months of
      work. The flight took 90 minutes, and the queue 3 hours. It cost $5 million.
    """


def test_durations_of_every_unit_form_one_group_compared_in_seconds(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"t.yaml": ARTICLE})
    _, table = memory_table(folder)
    rows = sorted_rows(table, "value")
    durations = [(table.value(row), table.unit(row)) for row in rows
                 if table.kind(row) == "duration"]
    assert durations == [(7, "years"), (18, "months"), (3, "hours"), (8100, "seconds"),
                         (90, "minutes")]
    kinds = [table.kind(row) for row in rows]  # one group: the durations stand together
    first = kinds.index("duration")
    assert kinds[first:first + 5] == ["duration"] * 5
    assert sorted_rows(table, "value", reverse=True)[0] == rows[first + 4]
    groups = {s.label: s for s in summarize(table.columns, totals=True)}
    duration = groups["duration"]
    assert duration.count == 5
    assert duration.describe() == ("duration ×5: 1 h 30 min … 7 years, median 3 h, "
                                   "sum 8.5 years")


def test_the_text_table_shows_a_duration_readably(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"t.yaml": ARTICLE})
    library, table = memory_table(folder, "kind:duration")
    from hzreader.lens._export import records

    out = io.StringIO()
    write_text_table(records(table, table.base, library.articles_of, marked=True), out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("      value kind")
    assert lines[1].startswith("     2h 15m duration seconds")  # flow17: closed up
    assert "  18 months duration months" in out.getvalue()


def test_a_summary_rounds_hours_to_minutes_and_never_shows_a_clock() -> None:
    assert amount_text("duration", 9450.0, "seconds") == "2 h 38 min"
    assert value_text("duration", 9450.0, "seconds") == "2 h 37 min 30 s"


def test_a_race_time_reads_as_a_duration_and_closes_up_in_the_value_column() -> None:
    """values16: "2:06:41" showed as a clock in the table and as 7,601 seconds in the panel;
    a lap's thousandths were rounded away ("1 min 32 s")."""
    assert seconds_text(7601) == "2 h 6 min 41 s"
    assert seconds_text(92.456) == "1 min 32.456 s"
    assert seconds_text(3600.5) == "1 h 0.5 s"
    assert value_text("duration", 92.456, "seconds") == "1 min 32.456 s"
    from hzreader.lens import value_cell

    # flow17: every duration of several units closed up in the column, alike down it
    assert value_cell("duration", 7601.0, "seconds", "2:06:41", None) == "  2h 6m 41s"
    assert value_cell("duration", 46799.0, "seconds", "", None) == "12h 59m 59s"
    assert value_cell("duration", 51600.0, "seconds", "", None) == "    14h 20m"
    assert value_cell("duration", 6052.6, "seconds", "", None) == " 1h40m52.6s"
    assert value_cell("duration", 9.58, "seconds", "", None) == "     9.58 s"  # one unit


def test_format_value_alone_closes_a_duration_up_and_the_column_only_fits_it() -> None:
    """tidy17: the value column closed durations up in `lens.fitted_value`, beside
    `figures.format_value`, the one owner of how a value is shown: now `format_value`'s
    `compact` style writes them so, and the column only fits widths. One too wide even
    without its spaces was cut in the panel's spaced form ("12 h 59 mi…"), unlike every
    other duration in the column: now in the column's own."""
    from hzreader.figures import extract, format_value
    from hzreader.lens import fitted_value

    race = next(f for f in extract("Kiptum won in 2:06:41 on Sunday.") if f.kind == "duration")
    assert format_value(race, unit_column=True) == "2 h 6 min 41 s"
    assert format_value(race, unit_column=True, compact=True) == "2h 6m 41s"
    assert format_value(race, compact=True) == "2h 6m 41s"
    sprint = next(f for f in extract("She ran it in 9.58 seconds.") if f.kind == "duration")
    assert format_value(sprint, unit_column=True, compact=True) == "9.58 s"  # one unit
    assert fitted_value("duration", 46799.56, "seconds", "", None, 11) == "12h 59m 59…"
    assert fitted_value("duration", 12345.0, "years", "", None, 11) == "12,345 yea…"
    assert fitted_value("duration", 6052.6, "seconds", "", None, 20) == "1h 40m 52.6s"
