"""Property tests: `extract` honours its contract for any string."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hzreader.figures import extract, format_value, parse_number
from hzreader.model import FIGURE_KINDS

# Text that looks like news: digits, separators, number words, units, currencies, names.
_PIECES = st.sampled_from([
    " ", "  ", ",", ".", "-", "–", "/", ":", "%", "$", "US$", "HK$", "£", "€", "(", ")", '"',
    "'", "\n", "\t", "\x00", "\x1b[31m", "\u200b", "İ", "ß", "٣", "½", "²", "°C", "℃",
    "0", "1", "7", "12", "2,368", "3.5", "1,000,000", "2025", "1980s", "21st", "No.", "No ",
    "Q3", "one", "two", "Six", "twenty-five", "first", "third", "half", "quarter", "a dozen",
    "a ", "the ", "and ", "to ", "of ", "in ", "over ", "more than ", "nearly ", "about ",
    "billion", "million", "bn", "m", "k", "percent", "per cent", "basis points", "yuan",
    "dollars", "years", "-year-old", "days", "km", "kilometers", "tonnes", "degrees Celsius",
    "projects", "countries", "people", "Sept", "March", "Long March", "May", "Monday",
    "Article ", "Line ", "G20", "COVID-19", "H5N1", "5G", "Five-Year Plan", "+86 ",
    "aged ", "magnitude-", "in ", "out of ", "place", "largest", "straight year",
])
_NEWSISH = st.lists(_PIECES, max_size=40).map("".join)
_ANY = st.text(max_size=200)
_DIGITS = st.text(alphabet=string.digits + ",. -", max_size=300)


def _check(text: str) -> None:
    figures = extract(text)
    previous_end = 0
    for fig in figures:
        assert 0 <= fig.start < fig.end <= len(text)
        assert fig.start >= previous_end, "figures overlap or are out of order"
        assert fig.text == text[fig.start : fig.end]
        assert fig.kind in FIGURE_KINDS
        assert fig.value is None or isinstance(fig.value, float)
        assert isinstance(format_value(fig), str)
        previous_end = fig.end


_SETTINGS = settings(max_examples=300, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(_ANY)
def test_any_text(text: str) -> None:
    _check(text)


@_SETTINGS
@given(_NEWSISH)
def test_newsish_text(text: str) -> None:
    _check(text)


@_SETTINGS
@given(_DIGITS)
def test_digit_soup(text: str) -> None:
    _check(text)


@_SETTINGS
@given(st.one_of(_ANY, _NEWSISH))
def test_parse_number_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, float)
