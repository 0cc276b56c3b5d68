"""A figure typed as a query is read with the rules of the text (tryout12 §14): "HK$208m",
"7 years 6 months", "7 years and 6 months", "2:07:12" and "2 hours 7 minutes 12 seconds"
found nothing, while the text values them as one figure (208 million; 90 months; 7,632 s)."""

from __future__ import annotations

import pytest

from hzreader.figures import extract
from hzreader.query import FigureTerm, parse_query
from test_figures_round11 import ids

TYPED = [
    {"title": "Jailed", "body": "He was jailed for seven years and six months."},
    {"title": "Seven", "body": "She was jailed for 7 years."},
    {"title": "Race", "body": "The winner finished in 2:07:12."},
    {"title": "马拉松", "body": "马拉松冠军成绩为2小时07分12秒。"},
    {"title": "Run", "body": "She ran it in 2 hours 7 minutes 12 seconds."},
    {"title": "Sale", "body": "The painting sold for HK$208 million."},
    {"title": "Short", "body": "The painting sold for HK$208m."},
    {"title": "Ferry", "body": "The crossing took 2 hours."},
]


@pytest.mark.parametrize(("typed", "expected"), [
    ("7 years 6 months", ["a0"]),
    ("7 years and 6 months", ["a0"]),
    ("seven years and six months", ["a0"]),
    ("7.5 years", ["a0"]),
    ("7 years", ["a1"]),  # not the seven years inside a0's one duration
    ("2:07:12", ["a2", "a3", "a4"]),
    ("2 hours 7 minutes 12 seconds", ["a2", "a3", "a4"]),
    ("2 hours 7 minutes and 12 seconds", ["a2", "a3", "a4"]),
    ("7632 seconds", ["a2", "a3", "a4"]),
    ("2 hours", ["a7"]),
    ("HK$208m", ["a5", "a6"]),
    ("HK$208M", ["a5", "a6"]),
    ("HK$208 million", ["a5", "a6"]),
    ("$208m", ["a5", "a6"]),
])
def test_a_figure_typed_finds_what_the_text_reads_as_it_in_both(
        typed: str, expected: list[str]) -> None:
    assert ids(TYPED, typed) == (expected, expected)


@pytest.mark.parametrize(("typed", "kind", "value"), [
    ("7 years 6 months", "duration", 90.0),
    ("7 years and 6 months", "duration", 90.0),
    ("2:07:12", "duration", 7632.0),
    ("2 hours 7 minutes 12 seconds", "duration", 7632.0),
    ("HK$208m", "money", 208e6),
    ("HK$208 million", "money", 208e6),
    ("RM421 billion", "money", 421e9),
])
def test_the_whole_typed_is_one_figure_term(typed: str, kind: str, value: float) -> None:
    (term,) = parse_query(typed).groups[0]
    assert isinstance(term, FigureTerm) and (term.kind, term.value) == (kind, value)
    assert term.literal == typed


def test_what_the_text_reads_as_two_stays_two() -> None:
    assert len(parse_query("7 years 2 hours").groups[0]) == 2  # days and months never meet
    assert len(parse_query("12 projects 5 projects").groups[0]) == 2
    assert len(parse_query("5 minutes 2 hours").groups[0]) == 2  # a larger unit second
    jailed, term = parse_query("jailed 7 years and 6 months").groups[0]
    assert isinstance(term, FigureTerm) and term.value == 90.0
    (clock,) = parse_query("10:30").groups[0]  # a time of day: that time, or its words whole
    assert isinstance(clock, FigureTerm) and (clock.kind, clock.value) == ("time", 10.5)
    assert clock.searches_words and clock.whole_literal


def test_the_text_reads_three_units_of_time_as_one_duration() -> None:
    """As "2小时07分12秒" and "2:07:12" were; "2 hours 7 minutes" and "12 seconds" were two."""
    for text in ("She ran 2 hours 7 minutes 12 seconds.",
                 "She ran 2 hours, 7 minutes and 12 seconds."):
        (figure,) = extract(text)
        assert (figure.kind, figure.value, figure.unit) == ("duration", 7632.0, "seconds")
    assert len(extract("It took 1 minute 42 seconds 5 seconds later.")) == 2
