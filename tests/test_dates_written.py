"""Dates as people write them (`hzreader.dates`), read alike for article files and feeds,
and kept to the precision written: a year or a month is shown, found and sorted as one."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from hzreader.cli import main
from hzreader.dates import date_problem, read_date
from hzreader.feeds._dates import parse_date as feed_date
from hzreader.files import load_paths
from hzreader.files._validate import parse_date
from hzreader.index import ArticleStore
from hzreader.library import MemoryLibrary, StoreLibrary
from hzreader.model import Article, DatePrecision
from hzreader.query import parse_query
from hzreader.ui._dates import shown_date
from hzreader.ui.widgets.headlines import headline_row

DAY, TIME, MONTH, YEAR = (DatePrecision.DAY, DatePrecision.TIME, DatePrecision.MONTH,
                          DatePrecision.YEAR)
UTC8 = dt.timezone(dt.timedelta(hours=8))


@pytest.mark.parametrize(("written", "moment", "precision"), [
    (2024, dt.datetime(2024, 1, 1), YEAR),  # `date: 2024`: a YAML number
    ("2024", dt.datetime(2024, 1, 1), YEAR),
    ("2024-06", dt.datetime(2024, 6, 1), MONTH),
    ("2024/06", dt.datetime(2024, 6, 1), MONTH),
    ("June 2024", dt.datetime(2024, 6, 1), MONTH),
    ("2024年6月", dt.datetime(2024, 6, 1), MONTH),
    ("06/2024", dt.datetime(2024, 6, 1), MONTH),
    (dt.date(2024, 6, 5), dt.datetime(2024, 6, 5), DAY),
    ("2024-06-05", dt.datetime(2024, 6, 5), DAY),
    ("June 5, 2024", dt.datetime(2024, 6, 5), DAY),
    ("Jun. 5th, 2024", dt.datetime(2024, 6, 5), DAY),
    ("5 June 2024", dt.datetime(2024, 6, 5), DAY),
    ("5th of June, 2024", dt.datetime(2024, 6, 5), DAY),
    ("Wednesday, 5 June 2024", dt.datetime(2024, 6, 5), DAY),
    ("05-Jun-2024", dt.datetime(2024, 6, 5), DAY),
    ("2024/06/05", dt.datetime(2024, 6, 5), DAY),
    ("2024.06.05", dt.datetime(2024, 6, 5), DAY),
    ("2024/6/5", dt.datetime(2024, 6, 5), DAY),
    (20240605, dt.datetime(2024, 6, 5), DAY),
    ("2024年6月5日", dt.datetime(2024, 6, 5), DAY),
    ("２０２４年６月５日", dt.datetime(2024, 6, 5), DAY),  # full-width digits
    ("2024年06月05日 星期三", dt.datetime(2024, 6, 5), DAY),
    ("25/06/2024", dt.datetime(2024, 6, 25), DAY),  # only day-first can be
    ("25.06.2024", dt.datetime(2024, 6, 25), DAY),
    ("06/25/2024", dt.datetime(2024, 6, 25), DAY),  # only month-first can be
    ("06/06/2024", dt.datetime(2024, 6, 6), DAY),  # either way the same day
    ("2024-06-05 14:30", dt.datetime(2024, 6, 5, 14, 30), TIME),
    ("2024-06-05T14:30:00Z", dt.datetime(2024, 6, 5, 14, 30, tzinfo=dt.timezone.utc), TIME),
    ("2024-06-05T14:30:00.5+08:00", dt.datetime(2024, 6, 5, 14, 30, 0, 500000, UTC8), TIME),
    ("Jun 5 2024 14:30", dt.datetime(2024, 6, 5, 14, 30), TIME),
    ("June 5, 2024 at 2:30 pm", dt.datetime(2024, 6, 5, 14, 30), TIME),
    ("June 5, 2024, 12 a.m.", dt.datetime(2024, 6, 5, 0, 0), TIME),
    ("June 5, 2024 14:30 UTC+8", dt.datetime(2024, 6, 5, 14, 30, tzinfo=UTC8), TIME),
    ("Wed, 05 Jun 2024 10:00:00 +0800", dt.datetime(2024, 6, 5, 10, tzinfo=UTC8), TIME),
    ("Wed, 05 Jun 2024 10:00:00 GMT", dt.datetime(2024, 6, 5, 10, tzinfo=dt.timezone.utc),
     TIME),
    ("Wed, 05 Jun 2024 10:00:00 EST",  # RFC 2822's zone names, as email.utils reads them
     dt.datetime(2024, 6, 5, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5))), TIME),
    ("05 Jun 24 10:00 PDT",  # RFC 2822's obsolete two-digit year, through email.utils
     dt.datetime(2024, 6, 5, 10, tzinfo=dt.timezone(dt.timedelta(hours=-7))), TIME),
    ("2024-06-05 14:30 北京时间", dt.datetime(2024, 6, 5, 14, 30, tzinfo=UTC8), TIME),
    ("2024年6月5日 14:30", dt.datetime(2024, 6, 5, 14, 30), TIME),
    ("2024年6月5日14时30分", dt.datetime(2024, 6, 5, 14, 30), TIME),
    ("2024年6月5日 下午2:30", dt.datetime(2024, 6, 5, 14, 30), TIME),
    ("2024年6月5日 中午12点", dt.datetime(2024, 6, 5, 12, 0), TIME),
    ("25/06/2024 9:05", dt.datetime(2024, 6, 25, 9, 5), TIME),
])
def test_each_form_is_read_to_its_precision(written: object, moment: dt.datetime,
                                            precision: DatePrecision) -> None:
    assert read_date(written) == (moment, precision)


@pytest.mark.parametrize(("written", "why"), [
    ("05/06/2024", "'05/06/2024' could be 5 June 2024 or 6 May 2024: write 2024-06-05 or "
                   "2024-05-06"),
    ("05.06.2024", "could be 5 June 2024 or 6 May 2024"),
    ("05/06/24", "has a year of two digits"),
    ("2024-02-30", "'2024-02-30' is no day of the calendar"),
    ("31 June 2024", "is no day of the calendar"),
    ("Jun 5 2024 14:30 ABCT", "has a time zone that hzreader does not know (ABCT): write "
                              "its offset from UTC instead (as +HH:MM)"),
    ("Wed, 05 Jun 2024 10:00:00 XYZ", "does not know (XYZ)"),  # not UTC, as to email.utils
    ("2024-06-05 14:30 CST", "has a time zone that may be China's (+08:00) or US Central "
                             "(-06:00): write its offset"),
    ("05 Jun 24 10:00 CST", "may be China's"),
    ("2024-06-05 14:30 +25:00", "has an offset that is none (+25:00)"),
    (2024.10, "YAML reads 2024.1 as a number, which may have lost a 0"),
    ("someday", "'someday'; write it as 2024-06-05, 2024-06-05 14:30, 2024-06, 2024, "
                "5 June 2024 or 2024年6月5日"),
    ("2024-06 14:30", "write it as"),  # a month takes no time of day
    ("2024-06-05 25:00", "write it as"),
    ("June 5, 2024 14", "write it as"),  # a number alone is no time
    ("Smarch 5, 2024", "write it as"),
    (True, "write it as"),
])
def test_what_is_no_date_says_why(written: object, why: str) -> None:
    assert read_date(written) is None
    assert why in date_problem(written)


def test_an_article_file_keeps_utc_and_the_precision() -> None:
    assert parse_date("Wed, 05 Jun 2024 10:00:00 +0800") == (dt.datetime(2024, 6, 5, 2), TIME)
    assert parse_date("2024") == (dt.datetime(2024, 1, 1), YEAR)
    assert parse_date("0001-01-01T00:00:00+01:00") is None  # before year 1 in UTC
    assert "is out of range" in date_problem("0001-01-01T00:00:00+01:00")


def test_a_feed_reads_the_same_text_and_wants_a_day() -> None:
    assert feed_date("5 June 2024") == dt.datetime(2024, 6, 5, tzinfo=dt.timezone.utc)
    assert feed_date("2024年6月5日 14:30") == dt.datetime(2024, 6, 5, 14, 30,
                                                        tzinfo=dt.timezone.utc)
    assert feed_date("Wed, 05 Jun 2024 10:00:00 +0800") == dt.datetime(2024, 6, 5, 10,
                                                                      tzinfo=UTC8)
    assert feed_date("2024-06") is None and feed_date("2024") is None  # no day: undated


# --- precision: shown, found, sorted ------------------------------------------------------

@pytest.mark.parametrize(("precision", "text"), [
    (YEAR, "2024"), (MONTH, "2024-06"), (DAY, "2024-06-05"), (TIME, "2024-06-05 14:30"),
])
def test_a_date_is_shown_to_its_precision(precision: DatePrecision, text: str) -> None:
    article = Article(id="a", title="t", body="", published=read_date(text)[0],  # type: ignore[index]
                      date_precision=precision)
    assert article.date_text == text  # exports, and the stored text the screen starts from
    if precision != TIME:  # a calendar date, in no zone (a time is shown in the local one)
        assert headline_row(article, 100).plain.endswith(f"t{' ' * (96 - len(text))}{text}")
        assert shown_date(article.date_text) == text


#: Articles of each precision, newest first by the moment each is stored at (its start).
ARTICLES = {
    "july": "2024-07-03",
    "june-day": "2024-06-05 14:30",
    "june": "2024-06",
    "spring": "2024-03-01",
    "year": "2024",
    "new-year": "2023-12-31",
    "old": "2023",
}


def write_articles(folder: Path) -> None:
    folder.mkdir()
    for number, (name, date) in enumerate(ARTICLES.items()):
        (folder / f"{number}-{name}.yaml").write_text(
            json.dumps({"id": name, "title": name, "date": date, "body": "text"}),
            encoding="utf-8")


def listed(tmp_path: Path, text: str) -> tuple[list[str], list[str]]:
    """The ids `text` finds, in the list's order: in memory and from the index."""
    folder = tmp_path / "articles"
    if not folder.exists():
        write_articles(folder)
    loaded = load_paths([folder])
    assert loaded.problems == []
    store = ArticleStore.open(tmp_path / "index.sqlite3")
    try:
        store.sync([folder], workers=0)
        query = parse_query(text)
        return tuple([item.id for item in library.search(query).items]  # type: ignore[return-value]
                     for library in (MemoryLibrary(loaded.articles), StoreLibrary(store)))
    finally:
        store.close()


@pytest.mark.parametrize(("text", "expected"), [
    # a year or a month is found by a range that holds all of it
    ("date:2024", ["july", "june-day", "june", "spring", "year"]),
    ("date:2024-06", ["june-day", "june"]),
    ("date:2024-01", []),  # "2024" may be any month
    ("date:2024-06-01", []),  # "2024-06" any day of June
    ("date:2024-06-05", ["june-day"]),
    ("date>=2024-06", ["july", "june-day", "june"]),
    ("date<2024-06-15", ["june-day", "spring", "new-year", "old"]),  # not all of June
    ("date<=2024-06-30", ["june-day", "june", "spring", "new-year", "old"]),
    ("date:2023..2024", list(ARTICLES)),
    ("date:2023", ["new-year", "old"]),
    ("-date:2024", ["new-year", "old"]),
])
def test_a_year_or_a_month_is_found_by_a_range_that_holds_it(
        tmp_path: Path, text: str, expected: list[str]) -> None:
    assert listed(tmp_path, text) == (expected, expected)


def test_a_range_bounds_each_precision() -> None:
    from hzreader.query import DateTerm, parse_date_filter, timestamp

    def term(text: str) -> DateTerm:
        span = parse_date_filter(text)
        assert span is not None
        return DateTerm(*span)

    june, year = dt.datetime(2024, 6, 1), dt.datetime(2024, 1, 1)
    assert term("date:2024-06-10..2024-07").accepts(dt.datetime(2024, 6, 12), DAY)
    assert not term("date:2024-06-10..2024-07").accepts(june, MONTH)  # 1-9 June are not in
    assert term("date:2024-06-01..2024-07").accepts(june, MONTH)
    assert term("date:2024-06..2024-07-15").accepts(june, MONTH)
    assert not term("date:2024-01-01..2024-12-30").accepts(year, YEAR)
    assert term("date:2024-01-01..2024-12-31").accepts(year, YEAR)
    assert term("date:9999").accepts(dt.datetime(9999, 1, 1), YEAR)  # ends at 9999's end
    assert term("date>=2024").bounds(YEAR) == (timestamp(year), None)


def test_a_year_or_a_month_sorts_at_its_first_day(tmp_path: Path) -> None:
    """Newest first, "2024" stands where 1 January 2024 would, "2024-06" at 1 June."""
    assert listed(tmp_path, "") == (list(ARTICLES), list(ARTICLES))


def test_the_index_keeps_the_precision(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_articles(folder)
    store = ArticleStore.open(tmp_path / "index.sqlite3")
    try:
        store.sync([folder], workers=0)
        shown = {line.id: line.date_text for line in store.headlines()}
        assert shown == {"july": "2024-07-03", "june-day": "2024-06-05 14:30",
                         "june": "2024-06", "spring": "2024-03-01", "year": "2024",
                         "new-year": "2023-12-31", "old": "2023"}
        [year] = [line for line in store.headlines() if line.id == "year"]
        article = store.get(year.rowid)
        assert (article.date_precision, article.date_text) == (YEAR, "2024")
    finally:
        store.close()


def test_exports_write_the_date_to_its_precision(tmp_path: Path) -> None:
    from hzreader.lens import figures_command

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.yaml").write_text("title: Budget\ndate: 2024\nbody: A $1.8 billion plan.\n",
                                   encoding="utf-8")
    (folder / "b.yaml").write_text("title: Rates\ndate: June 2024\nbody: Up 5 percent.\n",
                                   encoding="utf-8")
    for form in ("jsonl", "csv"):
        out = io.StringIO()
        assert figures_command([str(folder), "-f", form, "--sort", "date"], out=out,
                               err=io.StringIO()) == 0
        text = out.getvalue()
        if form == "jsonl":
            rows = [json.loads(line) for line in text.splitlines()]
            assert [(row["title"], row["date"]) for row in rows] == [
                ("Rates", "2024-06"), ("Budget", "2024")]  # newest first
        else:
            assert ",2024," in text and ",2024-06," in text and "2024-01-01" not in text


# --- where a person sees it: --check and the list -------------------------------------------

def test_check_names_the_line_and_why(capsys: pytest.CaptureFixture[str],
                                      tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("title: a\nbody: b\n\ndate: 05/06/2024\n",
                                     encoding="utf-8")
    (tmp_path / "b.yaml").write_text("title: b\ndate: 2024年6月\nbody: b\n", encoding="utf-8")
    assert main(["--check", str(tmp_path)]) == 0  # a warning: the article is read, undated
    assert capsys.readouterr().out.splitlines() == [
        f"{tmp_path / 'a.yaml'}:4:7: warning: `date` is not a date: '05/06/2024' could be "
        "5 June 2024 or 6 May 2024: write 2024-06-05 or 2024-05-06"]


async def test_the_list_shows_a_year_as_a_year(tmp_path: Path) -> None:
    from hzreader.ui._app import make_app

    (tmp_path / "a.yaml").write_text("title: Annual report\ndate: 2024\nsource: Wire\n"
                                     "body: The year in review.\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("title: Monthly figures\ndate: June 2024\n"
                                     "body: The month in review.\n", encoding="utf-8")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=(120, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        lines = ["".join(s.text for s in app.headlines.render_line(y))
                 for y in range(app.headlines.size.height)]
        [monthly] = [line for line in lines if "Monthly figures" in line]
        [annual] = [line for line in lines if "Annual report" in line]
        assert monthly.rstrip().endswith("2024-06")
        assert annual.rstrip().endswith("report" + " " * 37 + "2024")
        assert lines.index(monthly) < lines.index(annual)  # June 2024 is after 1 January
        await pilot.press("j")
        await pilot.pause()
        rendered = app.reader.rendered
        assert rendered is not None and "2024  ·  Wire" in rendered.text.plain
