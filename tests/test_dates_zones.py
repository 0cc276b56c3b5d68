"""Dates with a zone's name, of Taiwan's ROC calendar and in Chinese numerals (tryout19 §10)."""

from __future__ import annotations

import datetime as dt

import pytest

from hzreader.dates import date_problem, read_date
from hzreader.feeds._dates import parse_date as feed_date
from hzreader.model import DatePrecision

DAY, MONTH, YEAR, TIME = (DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR,
                          DatePrecision.TIME)


def zone(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


@pytest.mark.parametrize(("written", "hours"), [
    ("2026-03-05 14:30 JST", 9), ("2026-03-05 14:30 KST", 9), ("5 Mar 2026 14:30 HKT", 8),
    ("2026-03-05 14:30 SGT", 8), ("2026-03-05 14:30 AEST", 10), ("2026-03-05 14:30 AEDT", 11),
    ("2026-03-05 14:30 ACST", 9.5), ("2026-03-05 14:30 NZDT", 13), ("2026-03-05 14:30 CET", 1),
    ("2026-03-05 14:30 CEST", 2), ("2026-03-05 14:30 MSK", 3), ("2026-03-05T14:30 jst", 9),
    ("Thu, 05 Mar 2026 14:30:00 JST", 9),
    ("05 Mar 26 14:30 JST", 9),  # RFC 2822's obsolete form (email.utils knows no JST)
    ("2026-03-05 14:30 台北時間", 8), ("2026-03-05 14:30 臺北時間", 8),
    ("2026-03-05 14:30 台北时间", 8), ("2026-03-05 14:30 (台北時間)", 8),
    ("2026-03-05 14:30 香港時間", 8), ("2026-03-05 14:30 北京時間", 8),  # 間, not only 间
])
def test_a_zone_of_one_meaning_is_read(written: str, hours: float) -> None:
    assert read_date(written) == (dt.datetime(2026, 3, 5, 14, 30, tzinfo=zone(hours)), TIME)


def test_a_feed_keeps_the_zone_named() -> None:
    assert feed_date("Thu, 05 Mar 2026 14:30:00 JST") == dt.datetime(
        2026, 3, 5, 14, 30, tzinfo=zone(9))


@pytest.mark.parametrize(("written", "why"), [
    ("2026-03-05 14:30 IST", "may be India's (+05:30), Israel's (+02:00) or Irish summer "
                             "time (+01:00): write its offset instead"),
    ("2026-03-05 14:30 BST", "may be British summer time (+01:00) or Bangladesh's (+06:00)"),
    ("2026-03-05 14:30 CST", "may be China's (+08:00) or US Central (-06:00)"),
    ("05 Mar 26 14:30 IST", "may be India's"),
    ("2026-03-05 14:30 XYZT", "does not know (XYZT): write its offset from UTC instead "
                              "(as +HH:MM)"),
])
def test_an_ambiguous_or_unknown_zone_is_refused_without_a_wrong_example(
        written: str, why: str) -> None:
    """The hint said "+01:00" for every zone: followed, it dated a Tokyo story 8 h wrong."""
    assert read_date(written) is None
    problem = date_problem(written)
    assert why in problem
    assert "(+01:00)" not in problem or "Irish" in problem or "British" in problem


@pytest.mark.parametrize(("written", "moment", "precision"), [
    ("民國115年3月5日", dt.datetime(2026, 3, 5), DAY),
    ("民国115年3月5日 14:30", dt.datetime(2026, 3, 5, 14, 30), TIME),
    ("中華民國115年", dt.datetime(2026, 1, 1), YEAR),
    ("民國115年3月", dt.datetime(2026, 3, 1), MONTH),
    ("民國99年1月1日", dt.datetime(2010, 1, 1), DAY),
    ("民國一一五年三月五日", dt.datetime(2026, 3, 5), DAY),
    ("115/03/05", dt.datetime(2026, 3, 5), DAY),
    ("115-03-05", dt.datetime(2026, 3, 5), DAY),
    ("115.3.5 14:30 台北時間", dt.datetime(2026, 3, 5, 14, 30, tzinfo=zone(8)), TIME),
    ("115年3月5日", dt.datetime(2026, 3, 5), DAY),
    ("二〇二六年三月五日", dt.datetime(2026, 3, 5), DAY),
    ("二〇二六年十二月三十一日", dt.datetime(2026, 12, 31), DAY),
    ("二〇二六年十月廿一日", dt.datetime(2026, 10, 21), DAY),
    ("二〇二六年三月二十日 下午2:30", dt.datetime(2026, 3, 20, 14, 30), TIME),
    ("二〇二六年三月", dt.datetime(2026, 3, 1), MONTH),
    ("2026年三月五日", dt.datetime(2026, 3, 5), DAY),
])
def test_roc_years_and_chinese_numerals(written: str, moment: dt.datetime,
                                        precision: DatePrecision) -> None:
    assert read_date(written) == (moment, precision)


@pytest.mark.parametrize(("written", "why"), [
    ("115年", "write it as"),  # a 3-digit year alone is no clear ROC year: 民國 not written
    ("115年3月", "write it as"),
    ("115/03", "write it as"),
    ("915/03/05", "write it as"),  # no ROC year (2826)
    ("二六年三月五日", "write it as"),  # a year of two digits
    ("26年3月5日", "write it as"),
    ("民國2026年3月5日", "write it as"),
    ("99/03/05", "has a year of two digits"),
    ("二〇二六年十三月五日", "is no day of the calendar"),
    ("民國115年2月30日", "is no day of the calendar"),
])
def test_what_is_no_roc_date_stays_refused(written: str, why: str) -> None:
    assert read_date(written) is None
    assert why in date_problem(written)
