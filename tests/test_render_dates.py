"""Publication times are shown in the reader's time zone, which is named; dates alone stay
calendar days; exports keep UTC."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator

import pytest

from hzreader.model import Article, DatePrecision
from hzreader.query import local_day as shown_day
from hzreader.ui._dates import shown_date
from hzreader.ui._render import meta_line
from hzreader.ui.widgets.headlines import headline_row

Zone = Callable[[str], None]
MOMENT = dt.datetime(2025, 11, 18, 1, 15)  # naive UTC, as hzreader keeps times


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Set the local time zone (POSIX TZ rules: no tz database needed)."""
    def set_zone(rule: str) -> None:
        monkeypatch.setenv("TZ", rule)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


def timed(moment: dt.datetime = MOMENT) -> Article:
    return Article(id="x", title="t", body="", published=moment,
                   date_precision=DatePrecision.TIME, source="S")


def test_a_time_is_shown_in_the_local_zone_with_its_abbreviation(zone: Zone) -> None:
    zone("CST-8")
    assert meta_line(timed()) == "2025-11-18 09:15 CST  ·  S"
    zone("UTC0")
    assert meta_line(timed()) == "2025-11-18 01:15 UTC  ·  S"


def test_summer_time_is_named_as_such(zone: Zone) -> None:
    zone("EST5EDT,M3.2.0,M11.1.0")
    assert shown_date("2025-07-01 16:00") == "2025-07-01 12:00 EDT"
    assert shown_date("2025-12-01 16:00") == "2025-12-01 11:00 EST"


def test_a_zone_without_an_abbreviation_is_named_by_its_offset(zone: Zone) -> None:
    zone("<+0530>-5:30")
    assert shown_date("2025-11-18 01:15") == "2025-11-18 06:45 +05:30"
    zone("<-03>3")
    assert shown_date("2025-11-18 01:15") == "2025-11-17 22:15 -03:00"


def test_a_date_alone_stays_the_same_day_in_every_zone(zone: Zone) -> None:
    dated = Article(id="x", title="t", body="", published=MOMENT)
    for rule in ("CST-8", "EST5EDT,M3.2.0,M11.1.0", "UTC0"):
        zone(rule)
        assert meta_line(dated) == "2025-11-18"
        assert shown_day(dated.date_text) == "2025-11-18"
    assert shown_date("") == shown_day("") == ""


def test_the_list_shows_the_local_day_of_a_time(zone: Zone) -> None:
    late = timed(dt.datetime(2025, 11, 18, 20, 0))  # 04:00 the next day in UTC+8
    zone("CST-8")
    assert "2025-11-19" in headline_row(late, 100).plain
    zone("EST5EDT,M3.2.0,M11.1.0")
    assert "2025-11-18" in headline_row(late, 100).plain
    assert late.date_text == "2025-11-18 20:00"  # what exports write: UTC, unchanged


def test_a_time_whose_local_day_is_out_of_range_is_shown_in_utc(zone: Zone) -> None:
    zone("CST-8")
    assert shown_date("9999-12-31 23:30") == "9999-12-31 23:30 UTC"  # local: year 10000
    assert shown_day("9999-12-31 23:30") == "9999-12-31"
    zone("EST5")
    assert shown_date("0001-01-01 00:10") == "0001-01-01 00:10 UTC"  # local: year 0
