"""values16: one owner of how a figure's value is shown (`figures.format_value`), for the
figures panel, the figures table, `hzreader figures` and the exports; durations written as
clock times read as durations; dates sort by their full date."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.style import Style

from hzreader.figures import date_order, extract, format_value
from hzreader.files import load_paths
from hzreader.index import ArticleStore
from hzreader.lens import build_table, figures_command, sorted_rows, value_cell, write
from hzreader.library import MemoryLibrary, StoreLibrary
from hzreader.query import SECONDS_IN, parse_query
from hzreader.ui._render import PlacedFigure
from hzreader.ui.widgets.figures import figure_option

from conftest import write_articles

RACE = {
    "race.yaml": """
        title: Kiptum wins in Chicago
        date: 2025-10-13
        body: |
          Kelvin Kiptum won the marathon in 2:06:41, ahead of a rival who finished in
          2:07:12. On the track, the lap record of 1:32.456 stood.
        """,
}

#: A date-heavy story: dates of one year in no order, a year-month, dates of other years.
DATES = {
    "council.yaml": """
        title: Council timeline
        date: 2025-12-01
        body: |
          The council met on 14 March 2025 and again on 2 March 2025. Works began in
          January 2025 and ended on 2025-11-02; the audit came on 2025-03-20. The old plan
          was approved on 5 May 2019. 工程于2025年6月1日开工，2025年3月5日立项。
        """,
}


def panel_value(text: str, figure_text: str) -> str:
    """The value a figures panel row shows for `figure_text` of `text`, as drawn."""
    figure = next(f for f in extract(text) if f.text == figure_text)
    start = text.index(figure_text)
    row = figure_option(text, PlacedFigure(figure, start, start + len(figure_text), 1),
                        Style(), 80)
    return row.plain.splitlines()[0].split(figure_text, 1)[1].strip()


def cell(text: str, figure_text: str) -> str:
    """The figures table's value cell (and `hzreader figures`' text table's) for it."""
    figure = next(f for f in extract(text) if f.text == figure_text)
    return value_cell(figure.kind, figure.value, figure.unit, figure.text, figure.high).strip()


# --- 1. one owner --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "figure_text", "panel", "column"), [
    ("营收于2025年9月28日公布。", "2025年9月28日", "2025-09-28", "2025-09-28"),
    ("It opened on 28 August 2025.", "28 August 2025", "2025-08-28", "2025-08-28"),
    ("The vote is on 2026-12-02.", "2026-12-02", "2026-12-02", "2026-12-02"),
    ("It opened in 2025.", "2025", "2025", "2025"),
    ("BP was 140/90 mmHg.", "140/90 mmHg", "140/90 mmHg", "140/90"),
    ("Sales rose 10 to 15 percent.", "10 to 15 percent", "10–15 %", "10–15"),
    ("It raised $422 million.", "$422 million", "$422 M", "422 M"),
    # the panel wrote the zeros of "10.00" into the clock: "10.00:00"
    ("The shop opens at 10.00 am.", "10.00 am", "10:00", "10:00"),
])
def test_every_view_shows_a_value_through_format_value(
        text: str, figure_text: str, panel: str, column: str) -> None:
    figure = next(f for f in extract(text) if f.text == figure_text)
    assert format_value(figure) == panel_value(text, figure_text) == panel
    assert format_value(figure, unit_column=True) == cell(text, figure_text) == column


def test_the_panel_asks_format_value_alone() -> None:
    """The panel called `lens.shown_date` before `format_value`: a second owner of dates."""
    source = (Path(__file__).parent.parent / "src/hzreader/ui/widgets/figures.py").read_text()
    assert "shown_date" not in source and "format_value(figure)" in source


def test_the_time_units_agree_with_the_query_s_seconds() -> None:
    """Durations are shown in figures (below query) and compared in query's seconds."""
    from hzreader.figures import _duration_shown as shown

    assert shown.TIME_UNITS == set(SECONDS_IN)
    assert (shown.DAY, shown.MONTH, shown.YEAR) == pytest.approx(
        (SECONDS_IN["days"], SECONDS_IN["months"], SECONDS_IN["years"]))


# --- 2. clock-time durations -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "figure_text", "shown", "column"), [
    # flow17: the value column writes every duration of several units closed up, alike
    # down the column ("2h 6m 41s" beside "2h 13m 44s"), whether the spaced form fits or not
    ("The flight took 14 hours 20 minutes.", "14 hours 20 minutes", "14 h 20 min",
     "14h 20m"),
    ("Kiptum won the marathon in 2:06:41 on Sunday.", "2:06:41", "2 h 6 min 41 s",
     "2h 6m 41s"),
    ("He set a lap record of 1:32.456 at Monza.", "1:32.456", "1 min 32.456 s",
     "1m 32.456s"),
    ("He finished in 2小时08分15秒。", "2小时08分15秒", "2 h 8 min 15 s", "2h 8m 15s"),
    ("She ran it in 9.58 seconds.", "9.58 seconds", "9.58 s", "9.58 s"),
    ("He won by 1 minute 42 seconds.", "1 minute 42 seconds", "1 min 42 s", "1m 42s"),
])
def test_a_clock_time_duration_reads_as_a_duration_everywhere(
        text: str, figure_text: str, shown: str, column: str) -> None:
    """The panel showed "7,601 seconds" for a marathon's 2:06:41, the table "2:06:41"; the
    table's value column (11 cells) closes a long one up."""
    figure = next(f for f in extract(text) if f.text == figure_text)
    assert panel_value(text, figure_text) == format_value(figure, unit_column=True) == shown
    assert cell(text, figure_text) == column


def test_the_command_and_the_exports_show_a_race_time_as_a_duration(tmp_path: Path) -> None:
    write_articles(tmp_path, RACE)
    out = io.StringIO()
    assert figures_command([str(tmp_path), "--files", "-k", "duration"], out,
                           io.StringIO()) == 0
    values = [line[:11].strip() for line in out.getvalue().splitlines()[1:]]
    assert values == ["2h 6m 41s", "2h 7m 12s", "1m 32.456s"]
    library = MemoryLibrary(load_paths([tmp_path]).articles)
    table = build_table(library, library.items, parse_query("kind:duration"))
    text, data = io.StringIO(), io.StringIO()
    write("table", table, table.base, library.articles_of, text)
    write("json", table, table.base, library.articles_of, data)
    assert "2h 6m 41s" in text.getvalue() and "2:06:41" in text.getvalue()  # (the figure)
    assert [r["value"] for r in json.loads(data.getvalue())["figures"]] == [7601, 7632, 92.456]


# --- 3. dates sort by their full date ----------------------------------------------------------

FULL_ORDER = ["2025-11-02", "2025-06-01", "2025-03-20", "2025-03-14", "2025-03-05",
              "2025-03-02", "2025-01", "2019-05-05"]


def test_date_order_sorts_as_the_date() -> None:
    keys = [date_order(text, 2025.0) for text in (
        "2025", "January 2025", "2 March 2025", "14 March 2025", "2025年3月20日",
        "2025-11-02", "31 December 2025")]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert all(2025 <= key < 2026 for key in keys if key is not None)
    assert date_order("August 28", None) is None  # no year: no value to order by
    assert date_order("2019年5月5日", 2019.0) == date_order("5 May 2019", 2019.0)


def shown_dates(table_rows: list[int], table: object, read: object) -> list[str]:
    from hzreader.lens import FigureTable

    assert isinstance(table, FigureTable)
    out = []
    for row in table_rows:
        if table.kind(row) == "date":
            article = read([table.item(row)])[0]  # type: ignore[operator]
            out.append(value_cell("date", table.value(row), table.unit(row),
                                  table.text(row, article), table.high(row)).strip())
    return out


def test_the_table_sorts_dates_by_their_full_date(tmp_path: Path) -> None:
    """By value, the dates of one year came in reading order: only the year compared."""
    write_articles(tmp_path / "news", DATES)
    library = MemoryLibrary(load_paths([tmp_path / "news"]).articles)
    query = parse_query("kind:date")
    table = build_table(library, library.items, query)
    assert shown_dates(list(sorted_rows(table, "value")), table, library.articles_of) == \
        FULL_ORDER
    assert shown_dates(list(sorted_rows(table, "value", reverse=True)), table,
                       library.articles_of) == FULL_ORDER[::-1]
    store = ArticleStore.open(tmp_path / "index.sqlite3")
    try:
        store.sync([tmp_path / "news"], workers=0)
        indexed = StoreLibrary(store)
        found = indexed.search(query).items
        table = build_table(indexed, found, query)
        assert shown_dates(list(sorted_rows(table, "value")), table,
                           indexed.articles_of) == FULL_ORDER
        assert table.value(next(iter(table.base))) in (2025.0, 2019.0)  # values stay years
    finally:
        store.close()


def test_the_command_sorts_dates_by_their_full_date(tmp_path: Path) -> None:
    write_articles(tmp_path, DATES)
    out = io.StringIO()
    assert figures_command([str(tmp_path), "--files", "-k", "date", "--sort", "value"], out,
                           io.StringIO()) == 0
    assert [line[:11].strip() for line in out.getvalue().splitlines()[1:]] == FULL_ORDER
