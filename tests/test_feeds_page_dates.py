"""A page's date is one it states: a copyright footer's year is none (tryout19 §9)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from hzreader.feeds import Importer, ImportOptions, Job
from hzreader.feeds._page import parse_page

from conftest import serving

TEXT = ("<p>" + "Heavy rain fell on the city for the third day, flooding roads and closing "
        "schools across the district. " * 3 + "</p>")


def page(before: str = "", after: str = "", head: str = "") -> bytes:
    return (f"<html><head><title>Rain</title>{head}</head><body><article><h1>Rain floods "
            f"the city</h1>{before}{TEXT}</article>{after}</body></html>").encode()


@pytest.mark.parametrize("footer", [
    "<footer>© 2019 Test News. All rights reserved. Page 1 of 3</footer>",
    "<footer>© 2026 Test News. All rights reserved.</footer>",
    "<div class='footer'>Copyright 2019 Test News</div>",
])
def test_a_copyright_year_dates_nothing(footer: str) -> None:
    assert parse_page(page(after=footer)).entries[0].date is None


@pytest.mark.parametrize("before", ["<p>The March 2026 issue</p>",
                                    "<p>2026年1月2日</p>"])  # htmldate reads 2026 alone
def test_a_year_or_month_alone_gives_no_first_day(before: str) -> None:
    assert parse_page(page(before=before)).entries[0].date is None


@pytest.mark.parametrize(("before", "head", "day"), [
    ("<p class='byline'>By Ann Lee, March 5, 2026</p>", "", dt.date(2026, 3, 5)),
    ("<p>Updated 5 March 2026, 14:30</p>", "", dt.date(2026, 3, 5)),
    ("<p>2026年3月5日 14:30</p>", "", dt.date(2026, 3, 5)),
    ("<span class='date'>2026-03-01</span>", "", dt.date(2026, 3, 1)),
    ("<p>Updated 1 March 2026, 14:30</p>", "", dt.date(2026, 3, 1)),
    ("<p>Updated March 1st, 2026</p>", "", dt.date(2026, 3, 1)),
    ("", "<meta property='article:published_time' content='2026-01-01T09:00:00+08:00'>",
     dt.date(2026, 1, 1)),
])
def test_a_day_the_page_states_is_kept_with_a_copyright_footer(
        before: str, head: str, day: dt.date) -> None:
    entry = parse_page(page(before, "<footer>© 2019 Test News.</footer>", head)).entries[0]
    assert entry.date is not None
    assert (entry.date.date() if isinstance(entry.date, dt.datetime) else entry.date) == day


@pytest.fixture
def page_server() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            body = page(after="<footer>© 2019 Test News. All rights reserved.</footer>")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    with serving(Handler) as base:
        yield f"{base}/a1.html"


def test_an_imported_page_with_a_copyright_footer_is_undated(
        page_server: str, tmp_path: Path) -> None:
    report, = Importer(ImportOptions(tmp_path, delay=0)).run([Job(page_server, tmp_path, False)])
    assert report.ok and report.counts["new"] == 1
    written, = (tmp_path / "pages").glob("*.yaml")
    text = written.read_text(encoding="utf-8")
    assert "title: Rain floods the city" in text
    assert "date:" not in text and "2019" not in text

