"""Key figures beyond business news: sport, technology, science, energy and live blogs."""

from __future__ import annotations

import pytest

from hzreader.figures import extract, format_value
from hzreader.model import FIGURE_KINDS, Article, Figure
from hzreader.query import MemoryIndex


def _triples(text: str) -> list[tuple[str, str, float | None]]:
    return [(f.text, f.kind, f.value) for f in extract(text)]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 + 1e-6 * abs(b)


WIDE_CASES = [
    # sport: race times are durations in seconds, scores are numbers without a value
    ("Kipchoge won in 2:01:09 in Berlin.", "2:01:09", "duration", 7269),
    ("He finished in 2:11:53.", "2:11:53", "duration", 7913),
    ("She lowered the record to 3:49.04.", "3:49.04", "duration", 229.04),
    ("He ran the first half in 61:06.", "61:06", "duration", 3666),
    ("He won the stage by 1 minute 42 seconds.", "1 minute 42 seconds", "duration", 102),
    ("The Lakers won 112-104 in overtime.", "112-104", "number", None),
    ("His average dropped to .241 this year.", ".241", "number", 0.241),
    ("Three-time champion Osaka lost.", "Three-time", "count", 3),
    ("It was his 25th major title.", "25th", "ordinal", 25),
    # technology
    ("It has a 6,000mAh battery.", "6,000mAh", "quantity", 6000),
    ("It has a 120Hz display.", "120Hz", "quantity", 120),
    ("It supports 100W charging.", "100W", "quantity", 100),
    ("It comes with 12GB of RAM.", "12GB", "quantity", 12),
    ("It is built on a 3nm process.", "3nm", "quantity", 3),
    ("The SSD reads at 7,450 MB/s today.", "7,450 MB/s", "quantity", 7450),
    ("The camera has a 5x zoom.", "5x", "number", 5),
    ("It is almost five times faster.", "almost five times", "number", 5),
    # science, weather, energy
    ("Methane reached 1,923 parts per billion.", "1,923 parts per billion", "quantity", 1923),
    ("CO2 averaged 420 ppm.", "420 ppm", "quantity", 420),
    ("It was warmer, plus or minus 0.12C.", "plus or minus 0.12C", "quantity", 0.12),
    ("The anomaly had an uncertainty of ±0.13C.", "±0.13C", "quantity", 0.13),
    ("Lows fell to minus 15 degrees Celsius.", "minus 15 degrees Celsius", "quantity", -15),
    ("Output rose to 180,000 bpd.", "180,000 bpd", "quantity", 180000),
    ("It plans 250,000 barrels a day.", "250,000 barrels a day", "quantity", 250000),
    ("Homes use 10,500 kWh.", "10,500 kWh", "quantity", 10500),
    ("It cut emissions below 1990 levels.", "1990", "year", 1990),
    # money in cents, basis points in percent
    ("Shares rose 25 cents.", "25 cents", "money", 0.25),
    ("Sterling fell half a cent.", "half a cent", "money", 0.005),
    ("Rates rose 50 bp in June.", "50 bp", "percent", 0.5),
    ("Rates rose 50 basis points.", "50 basis points", "percent", 0.5),
    ("The Fed cut rates by a quarter point.", "a quarter point", "percent", 0.25),
    ("Margins will be in the mid-30s percent range.", "mid-30s percent", "percent", 30),
    ("Margins will be in the low 40s percent.", "low 40s percent", "percent", 40),
    # counts and ordinals
    ("Starbucks opened its 1,000th outlet.", "1,000th", "ordinal", 1000),
    ("Profit rose for the past nine quarters.", "nine quarters", "duration", 9),
    ("Alerts reached 120 million Americans.", "120 million Americans", "count", 1.2e8),
    # live blogs: a time of day inside the prose
    ("The meeting starts at 12:30 today.", "12:30", "time", 12.5),
    ("Polls close at 10pm.", "10pm", "time", 22),
    ("It was issued at 4:30 a.m. on Friday.", "4:30 a.m.", "time", 4.5),
    ("We resume at 12.30pm tomorrow.", "12.30pm", "time", 12.5),
    ("Trading was suspended at 0930 today.", "0930", "time", 9.5),
]


@pytest.mark.parametrize(("sentence", "span", "kind", "value"), WIDE_CASES)
def test_wide_kind(sentence: str, span: str, kind: str, value: float | None) -> None:
    figures = extract(sentence)
    assert len(figures) == 1, figures
    fig = figures[0]
    assert (fig.text, fig.kind) == (span, kind)
    assert _close(fig.value, value)


WIDE_NEGATIVES = [
    "12:30 Police say the road is closed.",
    # figs29: "12:30 GMT: Police say…" and "3:15pm: Polls are closing." heading a paragraph
    # are times now (test_figures_round29); after a label they are not:
    "Key events: 12:30 GMT: Police say the road is closed.",
    "Updated at 18:20 — Officials say the road is closed.",
    "Key events: 08:45 Trains stop; 09:30 Airport closed; 11:10 Roads open.",
    "0945 Trading resumes in London.",
    "13:00\nThe government has announced a plan.",
    "She ran the first half in style.",
    "They scored twice in the second half.",
    "The Celtics outscored the Knicks in the third quarter.",
    "Call 1-866-504-6453 for the offer.",
    "Call 1-800-275-2273 or visit the store.",
    "Game 7 will be played in Denver.",
    "Hamilton set the mark on lap 44.",
    "Britain's 4x100m relay team was disqualified.",
    "Wi-Fi 7 and Android 14 ship soon.",
]


@pytest.mark.parametrize("sentence", WIDE_NEGATIVES)
def test_wide_not_a_figure(sentence: str) -> None:
    assert extract(sentence) == []


def test_a_live_blog_entry_keeps_its_figures_and_its_stamp_is_a_time() -> None:
    text = "11:00 ET: The Fed holds rates at 4.25% to 4.5% and speaks at 2 p.m."
    assert _triples(text) == [("11:00", "time", 11.0),  # figs29: the stamp heads the paragraph
                              ("4.25% to 4.5%", "percent", 4.25), ("2 p.m.", "time", 14.0)]


def test_first_half_of_a_year_is_still_a_date() -> None:
    assert _triples("Profit rose 12 percent in the first half.") == [
        ("12 percent", "percent", 12.0), ("first half", "date", None)]


def test_a_score_needs_a_word_of_sport_for_three_digits() -> None:
    assert _triples("Pages 100-120 cover it.") != [("100-120", "number", None)]
    assert _triples("She won 6-2 in the final.") == [("6-2", "number", None)]


def test_time_is_a_kind() -> None:
    assert "time" in FIGURE_KINDS
    assert FIGURE_KINDS.index("time") == FIGURE_KINDS.index("date") + 1


_INDEX = MemoryIndex([
    Article(id="zh", title="杭州经济", body="2025年，杭州市实现地区生产总值15356亿元，增长5.6%。"),
    Article(id="bp", title="Rates", body="The bank raised rates by 50 bp on Tuesday."),
    Article(id="cents", title="Shares", body="Shares rose 25 cents on the news."),
    Article(id="live", title="Live", body="Key events: 12:30 GMT: Police say the road is "
            "closed."),  # figs29: a stamp heading the paragraph is a time; after a label not
])


def _ids(query: str) -> list[str]:
    return sorted(a.id for a in _INDEX.search(query))


def test_chinese_article_is_found_by_figure_queries() -> None:
    assert _ids("money>1e9") == ["zh"]
    assert "zh" in _ids("kind:percent")
    assert _ids("year:2025") == ["zh"]


def test_basis_points_compare_as_percent() -> None:
    assert "bp" not in _ids("percent>=50")
    assert "bp" in _ids("percent>=0.5")
    assert "bp" in _ids("kind:percent")


def test_cents_compare_as_dollars() -> None:
    assert _ids("money<1") == ["cents"]


def test_a_live_blog_stamp_is_not_a_date_or_a_time() -> None:
    assert "live" not in _ids("kind:date") and "live" not in _ids("kind:time")


@pytest.mark.parametrize(("text", "kind", "value", "shown"), [
    ("2:11:53", "duration", 7913, "2 h 11 min 53 s"),  # values16: not seconds
    ("1 minute 42 seconds", "duration", 102, "1 min 42 s"),
    ("12:30", "time", 12.5, "12:30"),
    ("8:51 pm", "time", 20.85, "20:51"),
    ("50 bp", "percent", 0.5, "50 bp"),
    ("25 cents", "money", 0.25, "25 cents"),
    ("1,000th", "ordinal", 1000, "1,000th"),
])
def test_wide_format_value(text: str, kind: str, value: float, shown: str) -> None:
    assert format_value(Figure(0, len(text), text, kind, float(value))) == shown
