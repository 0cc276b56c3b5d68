"""search16: a unit of time before a comparison is never a filter's name (`years>5`, like
`hours>2`, is searched as words and the note says `duration>5 years`; `year>2015` is the
year filter); a rate typed in 厘 (`5.875厘`) is the percent the text's rule reads after a
rate word; a quoted word is whole once its closing quote is typed (`"us"` is not "use")."""

from __future__ import annotations

import pytest

from hzreader.figures import extract, typed_rate
from hzreader.query import FigureTerm, Term, filter_notes, match_spans, parse_query
from test_figures_round11 import ids

DURATION_NOTE = "'{name}' is not a filter (money, percent, count, …); for a duration write " \
                "duration{op}{value} {written}"


@pytest.mark.parametrize("query", [
    "years>5", "years>=5", "years<1.5", "year>5 years>5", "days>3", "day>3", "hours>2",
    "hour>2", "minutes>10", "weeks>2", "months>3", "seconds>30", "yrs>5", "hours:2",
    "years:5", "mins<=90",
])
def test_every_unit_of_time_says_its_duration(query: str) -> None:
    token = query.split()[-1]
    name, op, value = next((token.partition(op)[0], op, token.partition(op)[2])
                           for op in (">=", "<=", ">", "<", ":") if op in token)
    groups = parse_query(token).groups
    assert len(groups) == 1 and isinstance(groups[0][0], Term)  # searched as words
    written = {"yrs": "years", "mins": "minutes"}.get(name, name)  # spelt out (query16)
    note = DURATION_NOTE.format(name=name, op=op, value=value, written=written)
    assert filter_notes(query) == (note,)
    assert isinstance(parse_query(f"duration{op}{value} {written}").groups[0][0], FigureTerm)


@pytest.mark.parametrize(("query", "note"), [
    ("year>2015", ""), ("year>5", ""), ("kind:years", ""), ("year:2020..2024", ""),
    ("years>2015", "'years' is not a filter (money, percent, count, …); did you mean "
                   "year>2015?"),
    ("years:2015", "'years' is not a filter (title, tag, source, author, body, summary, "
                   "kind, is, …); did you mean year:2015?"),
])
def test_the_year_filter_is_kept(query: str, note: str) -> None:
    assert filter_notes(query) == ((note,) if note else ())
    if not note:
        term = parse_query(query).groups[0][0]
        assert isinstance(term, FigureTerm) and term.kind == "year"


YEARS = [
    {"title": "Built", "body": "The bridge opened in 1906 after seven years of work."},
    {"title": "Short", "body": "The repairs took 2 years."},
]


def test_years_is_not_the_year_filter_in_both() -> None:
    assert ids(YEARS, "year>5") == (["a0"], ["a0"])  # 1906: the year filter
    assert ids(YEARS, "years>5") == ([], [])  # words: no article writes "years>5"
    assert ids(YEARS, "duration>5 years") == (["a0"], ["a0"])


# --- 厘: Hong Kong's rate, a percent --------------------------------------------------------

RATES = [
    {"title": "按揭", "body": "滙豐宣布最優惠利率維持5.875厘，按揭息率約3.5厘。"},
    {"title": "Prime", "body": "The prime rate stays at 5.875%."},
    {"title": "尺", "body": "這塊板厚5.875厘米。"},
    {"title": "Other", "body": "Rates rose 5.5% and 3 per cent."},
]


@pytest.mark.parametrize(("query", "expected"), [
    ("5.875厘", ["a0", "a1"]), ("5.875%", ["a0", "a1"]), ("3.5厘", ["a0"]),
    ("-5.875厘", ["a2", "a3"]), ("5.875厘米", ["a2"]),
])
def test_a_rate_typed_in_li_is_the_percent(query: str, expected: list[str]) -> None:
    assert ids(RATES, query) == (expected, expected)


def test_the_rate_is_read_by_the_texts_rule() -> None:
    assert typed_rate("5.875厘") == 5.875
    text = "最優惠利率維持5.875厘"
    assert [(f.kind, f.value) for f in extract(text)] == [("percent", 5.875)]
    for other in ("5厘米", "厘", "5.875", "5.875%", "約3厘"):
        assert typed_rate(other) is None, other
    term = parse_query("5.875厘").groups[0][0]
    assert isinstance(term, FigureTerm) and (term.kind, term.value) == ("percent", 5.875)
    spans = match_spans(text, parse_query("5.875厘").highlight_terms)
    assert [text[s:e] for s, e in spans] == ["5.875厘"]


# --- a quoted word is whole ----------------------------------------------------------------

QUOTED = [
    {"title": "Tariffs", "body": "The US raised tariffs."},
    {"title": "Users", "body": "Users used the usual app."},
    {"title": "Markets", "body": "Stock markets and marketing."},
    {"title": "Landing", "body": "A soft landing, then soft landings."},
    {"title": "杭州", "body": "杭州市的天气。"},
]


@pytest.mark.parametrize(("query", "expected"), [
    ('"us"', ["a0"]), ('"US"', ["a0"]), ("us", ["a0", "a1"]),
    ('"us', ["a0", "a1"]),  # the quote still open: being typed, a prefix
    ('"markets"', ["a2"]), ('"market"', []), ('"marketing"', ["a2"]),
    ('"soft landing"', ["a3"]), ('"soft land"', []), ('title:"us"', []),
    ('-"us"', ["a1", "a2", "a3", "a4"]), ('"杭"', ["a4"]),  # Chinese as written
])
def test_a_quoted_word_is_whole_in_both(query: str, expected: list[str]) -> None:
    assert ids(QUOTED, query) == (expected, expected)


def test_a_quoted_word_is_marked_whole() -> None:
    text = "The US and users use us."
    spans = match_spans(text, parse_query('"us" x').highlight_terms)
    assert [text[s:e] for s, e in spans] == ["US", "us"]
