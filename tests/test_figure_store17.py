"""store17: what the index stores for each figure. An age is marked (`Figure.age`, the
figures table's `age` column), so that a sum of durations leaves it out; a date's day in its
year is stored (`date_day`), so that dates sort by their full date without their text; a
Chinese count's measure word is stored (`measure_word`: `count>100 家`); an index of the
older schema is rebuilt."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hzreader.figures import DAYS_KEYED, date_day, date_order, extract, measure_word
from hzreader.files import load_paths
from hzreader.index import ArticleStore, _db
from hzreader.lens import build_table, sorted_rows, summarize
from hzreader.library import Library, MemoryLibrary, StoreLibrary
from hzreader.query import SECONDS_IN, parse_query

from conftest import write_articles


def marks(text: str) -> dict[str, bool]:
    """Each duration of `text` (its text) and whether it is marked an age."""
    return {f.text: f.age for f in extract(text) if f.kind == "duration"}


@pytest.mark.parametrize(("text", "age"), [
    ("The actor died on Sunday, aged 91.", "aged 91"),
    ("He died at 94 on Sunday.", "94"),
    ("Zhang, 45, said the plan was fine.", "45"),
    ("Children under 5 should sleep more.", "5"),
    ("A sixth of residents are over 65.", "over 65"),
    ("A 45-year-old man was arrested.", "45-year-old"),
    ("He was 45 years old.", "45 years old"),
    ("The man, in his 40s, was taken to hospital.", "40s"),
    ("She moved at the age of three.", "three"),
    ("Voters aged 18 to 24 backed it.", "aged 18 to 24"),
    ("65岁以上老人免费乘车。", "65岁以上"),
    ("6岁以下儿童免票。", "6岁以下"),
    ("65歲以上長者可免費乘車。", "65歲以上"),
    ("年满18周岁的公民。", "18周岁"),
    ("60周岁以上的老年人。", "60周岁以上"),
    ("这位85岁的老人每天步行。", "85岁"),
    ("患者年齡介乎2至85歲。", "2至85歲"),
    ("他今年三十五岁。", "三十五岁"),
    ("65以上老人免费乘车。", "65以上"),  # no 岁: 以上 and the people of an age say it
    ("6以下儿童免票。", "6以下"),
    ("全港65以上長者可免費乘車。", "65以上"),
])
def test_an_age_is_marked(text: str, age: str) -> None:
    assert marks(text)[age] is True


@pytest.mark.parametrize(("text", "duration"), [
    ("He was jailed for 14 years.", "14 years"),
    ("Bonds with maturities of 20, 30 and 50 years.", "20"),  # a list's unit, no age
    ("Bonds with maturities of 20, 30 and 50 years.", "50 years"),
    ("The loan runs for three years.", "three years"),
    ("Life expectancy rose to 78.4 years.", "78.4 years"),
    ("He signed a 12-year contract.", "12-year"),
    ("Talks lasted 90 minutes.", "90 minutes"),
    ("该基金存续期10年。", "10年"),
    ("他在这座老小区住了四十多年。", "四十多年"),
])
def test_a_length_of_time_is_no_age(text: str, duration: str) -> None:
    assert marks(text)[duration] is False


def test_a_bound_of_something_else_stays_a_number() -> None:
    assert [(f.text, f.kind) for f in extract("全市3000以上企业参加，65以上的有12家。")] == [
        ("3000以上", "number"), ("65以上", "number"), ("12家", "count")]


def test_a_list_of_ages_is_ages_and_a_name_s_age_keeps_its_own() -> None:
    assert marks("The three men, aged 23, 27 and 31, were remanded.") == {
        "aged 23": True, "27": True, "31": True}
    assert marks("Arben Hoxha, 29, was jailed for eight years and six months.") == {
        "29": True, "eight years and six months": False}
    assert not any(f.age for f in extract("Sales rose 5% to $3bn in 2024, 12 hours late."))


def test_a_date_s_day_sorts_as_the_date() -> None:
    days = [date_day(text, 2025.0) for text in (
        "2025", "January 2025", "2 March 2025", "14 March 2025", "2025年3月20日",
        "2025-11-02", "31 December 2025")]
    assert days == sorted(days) and len(set(days)) == len(days)
    assert days[0] == 0 and days[3] == 3 * 32 + 14 and max(days) < DAYS_KEYED
    assert date_day("August 28", None) == 0  # no year: nothing to order within
    assert date_day("2025-02-30", 2025.0) == 0  # no real date: its year alone
    assert date_day("2019年5月5日", 2019.0) == date_day("5 May 2019", 2019.0) == 5 * 32 + 5
    assert date_order("14 March 2025", 2025.0) == 2025.0 + (3 * 32 + 14) / DAYS_KEYED


@pytest.mark.parametrize(("text", "word"), [
    ("120家企业", "家"), ("262家", "家"), ("1.2万名员工", "名"), ("三家银行", "家"),
    ("100多家医院", "家"), ("5個項目", "个"), ("兩家銀行", "家"),
    ("12万辆次", ""),  # vehicle trips, not vehicles
    ("3万人", ""), ("12 projects", ""),
])
def test_a_count_s_measure_word(text: str, word: str) -> None:
    assert measure_word(text) == word


JAILED = {
    "court.yaml": """
        title: Three jailed
        date: 2025-06-01
        body: |
          Daniel Price, 41, was jailed for 14 years, and Mrs Lee, aged 80, for 2 years.
          The 45-year-old driver was banned for 3 years.
        ---
        title: 老人乘车
        date: 2025-06-02
        body: 65岁以上老人免费乘车，6岁以下儿童免票，期限为10年。
        """,
}


@pytest.fixture
def both(tmp_path: Path) -> Iterator[tuple[Library, Library]]:
    """The same articles in memory and in an index."""
    folder = write_articles(tmp_path / "news", JAILED)
    store = ArticleStore.open(tmp_path / "index.sqlite3")
    try:
        store.sync([folder], workers=0)
        yield MemoryLibrary(load_paths([folder]).articles), StoreLibrary(store)
    finally:
        store.close()


def test_a_sum_of_durations_leaves_the_ages_out(both: tuple[Library, Library]) -> None:
    """14 + 2 + 3 + 10 years are added; the ages (41, 80, 45, 65, 6) are listed and counted
    but not added (the line says so), in memory and from the index alike; `duration>1
    years` finds them all."""
    for library in both:
        query = parse_query("duration>1 years")
        table = build_table(library, library.search(query).items, query)
        (group,) = summarize(table.columns, totals=table.totals)
        assert group.count == 9 and group.total is not None
        assert group.total == pytest.approx(29 * SECONDS_IN["years"])
        assert group.ages == 5 and group.describe().endswith("sum 29 years (5 ages not added)")
        assert sorted(table.value(row) for row in table.base if table.columns.age[row]) == \
            [6, 41, 45, 65, 80]


def test_an_age_over_60_years_is_still_found(both: tuple[Library, Library]) -> None:
    for library in both:
        query = parse_query("duration>60 years")
        table = build_table(library, library.search(query).items, query)
        assert sorted(table.value(row) for row in table.base) == [65, 80]


DATES = {
    "council.yaml": """
        title: Council timeline
        date: 2025-12-01
        body: |
          The council met on 14 March 2025 and again on 2 March 2025. Works began in
          January 2025 and ended on 2025-11-02; the audit came on 2025-03-20. The old plan
          was approved on 5 May 2019. 工程于2025年6月1日开工。
        """,
}


def test_dates_sort_from_the_index_without_reading_a_text(tmp_path: Path) -> None:
    """Sorting by value puts one year's dates in date order from the stored day alone:
    the table never reads an article."""
    folder = write_articles(tmp_path / "news", DATES)
    store = ArticleStore.open(tmp_path / "index.sqlite3")
    try:
        store.sync([folder], workers=0)
        library = StoreLibrary(store)

        def no_reading(items: Any) -> Any:
            raise AssertionError("an article was read to sort the table")

        library.articles_of = no_reading  # type: ignore[method-assign]
        query = parse_query("kind:date")
        table = build_table(library, library.search(query).items, query)
        days = [(table.value(row), table.columns.date_day[row])
                for row in sorted_rows(table, "value", reverse=True)]
        assert days == [(2019.0, 5 * 32 + 5), (2025.0, 1 * 32), (2025.0, 3 * 32 + 2),
                        (2025.0, 3 * 32 + 14), (2025.0, 3 * 32 + 20), (2025.0, 6 * 32 + 1),
                        (2025.0, 11 * 32 + 2)]
        memory = MemoryLibrary(load_paths([folder]).articles)
        columns = memory.figure_columns(memory.items, query.row_figure_terms)
        assert columns.date_day == table.columns.date_day  # the same, from the texts
        assert columns.age == table.columns.age
    finally:
        store.close()


#: The `figures` table before schema 13 (no `age`, `date_day` nor `measure_word`).
_OLD_FIGURES = ("CREATE TABLE figures(id INTEGER PRIMARY KEY, field INTEGER NOT NULL, "
                "start INTEGER NOT NULL, length INTEGER NOT NULL, "
                "sentence_before INTEGER NOT NULL, sentence_after INTEGER NOT NULL, "
                "kind INTEGER NOT NULL, value REAL, unit INTEGER NOT NULL, high REAL)")


def test_an_index_of_the_older_schema_is_rebuilt(tmp_path: Path) -> None:
    """An index written by the previous schema (no age, no date's day) is not read: it is
    made again, and its figures then carry both."""
    assert _db.SCHEMA_VERSION >= 13  # the schema with `age`, `date_day` and `measure_word`
    folder = write_articles(tmp_path / "news", JAILED)
    path = tmp_path / "index.sqlite3"
    store = ArticleStore.open(path)
    store.sync([folder], workers=0)
    store.close()
    with sqlite3.connect(path) as conn:  # as schema 12 left it
        conn.execute("DROP TABLE figures")
        conn.execute(_OLD_FIGURES)
        conn.execute(f"PRAGMA user_version = {_db.SCHEMA_VERSION - 1}")
    conn.close()
    store = ArticleStore.open(path)
    try:
        assert store.count() == 0  # rebuilt empty
        store.sync([folder], workers=0)
        assert store.count() == 2
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == _db.SCHEMA_VERSION
            assert conn.execute("SELECT count(*) FROM figures WHERE marks & 1").fetchone()[0] == 5
        conn.close()
    finally:
        store.close()


def test_the_line_names_repeats_and_ages_left_out_together() -> None:
    from hzreader.lens import UnitSummary

    year = SECONDS_IN["years"]
    group = UnitSummary("duration", "seconds", 6, 2 * year, 80 * year, 14 * year,
                        total=19 * year, repeats=1, ages=2)
    assert group.describe().endswith("sum 19 years (1 repeat, 2 ages not added)")
    assert "not added" not in UnitSummary("duration", "seconds", 2, year, 2 * year,
                                          1.5 * year, total=3 * year).describe()
