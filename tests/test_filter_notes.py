"""A filter that was not understood is told, with what it accepts (`kind:foo`, `money>abc`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.query import filter_notes, parse_query

from test_app import ready, type_query, widget_lines


@pytest.mark.parametrize(("text", "note"), [
    ("kind:foo", "unknown kind 'foo': money, percent"),
    ("rates -kind:bogus", "unknown kind 'bogus': money"),
    ("is:bogus", "unknown filter is:bogus: is:unread, is:read, is:starred"),
    ("money>abc", "money>abc: 'abc' is not a number (e.g. money>1e9, money<=5e6 USD"),
    ("percent>=", "percent>= is ignored: it needs a number after it (e.g. percent>5"),
    ("year:2025年", "year:2025年: '2025年' is not a number"),
    ("date>2015.0", "date>2015.0: not a date (e.g. date:2025"),
    ("date:2025-13", "date:2025-13: not a date"),
])
def test_a_filter_that_is_not_understood_is_told(text: str, note: str) -> None:
    notes = filter_notes(text)
    assert len(notes) == 1
    assert notes[0].startswith(note)


@pytest.mark.parametrize("text", [
    "", "rates", "kind:money", "kind:percentage", "money>1e9", "percent>=5", "year:2015",
    "date:2025", "date:2024..2025-06", "date>=2024", "is:unread", "-is:starred",
    "title:fed", "http://example.com", "ratio:1", 'kind:"foo"', "c++ OR at&t", "3bn",
    "-", '"', "a OR", "£5", "5%", "-is:read",
])
def test_valid_filters_and_words_get_no_note(text: str) -> None:
    assert filter_notes(text) == ()


def test_each_note_is_given_once() -> None:
    assert len(filter_notes("kind:foo OR kind:foo money>x")) == 2


async def test_the_status_line_tells_an_unknown_kind(sample_dir: Path) -> None:
    from hzreader.ui import make_app

    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await type_query(pilot, "kind:foo")
        status = str(app.query_one("#status").render())
        # at 120 columns the note is too long beside the count: it gives way to its short
        # form, and the empty list says it whole
        assert "unknown kind 'foo'" in status and not status.rstrip().endswith("·")
        lines = " ".join(" ".join(widget_lines(app.headlines)).split())  # wrapped lines
        assert "No articles match 'kind:foo'. Unknown kind 'foo': money" in lines
        app.search_bar.input.value = "kind:money"
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "unknown" not in str(app.query_one("#status").render())


@pytest.mark.parametrize(("text", "term"), [
    ("£", "£"), ("$", "$"), ("%", "%"), ('"£"', '"£"'), ("-£", "£"), ("AT & T", "&"),
    ("title:£", "title:£"),
])
def test_a_symbol_alone_is_told_as_ignored(text: str, term: str) -> None:
    assert filter_notes(text) == (
        f"'{term}' is ignored: a symbol alone is not searched (write it with a word or "
        "number: £5, c++)",)


async def test_the_status_line_tells_a_symbol_alone_is_ignored(sample_dir: Path) -> None:
    from hzreader.ui import make_app

    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await type_query(pilot, "£")
        assert "'£' is ignored" in str(app.query_one("#status").render())


@pytest.mark.parametrize(("text", "note"), [
    ("NOT bitcoin", "NOT is searched as a word: to leave a word out write -word"),
    ("-3C", '-3C leaves out 3C: to find the figure -3C, quote it: "-3C"'),
    ("rates -5%", '-5% leaves out 5%: to find the figure -5%, quote it: "-5%"'),
    ("bit*", "bit* searches for a * after bit: bit alone finds the words it starts"),
    ("title:", "title: is ignored: it needs a word after it (e.g. title:bitcoin)"),
    ("kind:", "kind: is ignored: it needs a kind after it (e.g. kind:money; the kinds: "
              "money, percent, count"),  # an example, as title: has (ui10)
    ("is:", "is: is ignored: it needs unread, read, starred or unstarred after it"),
])
def test_habits_of_other_search_tools_are_told(text: str, note: str) -> None:
    """tryout5 B#21, B#29: what silently found nothing (or everything) says why."""
    (told,) = filter_notes(text)
    assert told.startswith(note)


@pytest.mark.parametrize("text", ["A*", '"-3C"', "-bitcoin", "not", "covid-19", "title:x"])
def test_no_habit_note_for_what_means_what_it_says(text: str) -> None:
    assert filter_notes(text) == ()


@pytest.mark.parametrize("text", ["title:", "kind:", "is:", "date:", "money:", "Tags:"])
def test_an_empty_filter_is_left_out_like_a_lone_symbol(text: str) -> None:
    """tryout6 B12: `title:` searched the word "title" while `kind:` found nothing."""
    assert parse_query(text).is_empty
    assert parse_query(f"{text} hangzhou").groups == parse_query("hangzhou").groups
    (note,) = filter_notes(text)
    assert note.startswith(f"{text} is ignored: it needs ")
    assert parse_query("http:").groups  # not a filter's name: a word


async def test_title_and_kind_alone_both_list_every_article_with_their_note(
        sample_dir: Path) -> None:
    from hzreader.ui import make_app

    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        every = len(app.headlines.items)
        for text in ("title:", "kind:"):
            await type_query(pilot, text)
            assert len(app.headlines.items) == every, text
            assert f"{text} is ignored" in str(app.query_one("#status").render())


def test_a_duration_or_quantity_filter_without_a_unit_says_how_it_compares() -> None:
    (note,) = filter_notes("duration>100")
    assert note.startswith("duration>100: each figure is compared in its own unit")
    assert note.endswith("duration>100h")
    assert filter_notes("quantity<5")[0].endswith("quantity<5km")
    for understood in ("duration>2h", "duration>2 hours", "duration<=90min", "quantity<5km",
                       "money>1兆元", "money>3億港元", "count>10000 家庭",
                       "count>1000", "money>1e9", "percent>=5"):
        assert filter_notes(understood) == (), understood
    assert "not a number with a unit (e.g. duration>=2h" in filter_notes("duration>abc")[0]


def test_a_quantity_below_zero_is_advised_in_degrees() -> None:
    """tryout8: `quantity<0` is a weather reader's "below freezing": the advice says °C,
    and the filter it advises is understood."""
    (note,) = filter_notes("quantity<0")
    advised = note.rsplit(" ", 1)[-1]
    assert advised == "quantity<0°C"
    assert parse_query(advised).figure_terms[0].measures[0].unit == "°C"
    assert filter_notes("quantity<5")[0].endswith("quantity<5km")


def test_an_unknown_currency_code_after_a_money_filter_is_told() -> None:
    """tryout10: `money>1e9 XYZ` found nothing and said nothing."""
    (note,) = filter_notes("money>1e9 XYZ")
    assert note.startswith("XYZ is searched as a word: it is not a currency code")
    assert filter_notes("money>1e9 HKD") == () and filter_notes("money>1e9 rmb") == ()
    assert filter_notes("money>1e9 and more") == ()  # a word, not meant as a code


def test_a_date_range_written_the_other_way_round_is_the_same_range() -> None:
    """tryout10: `date:2026-11..2026-10` found nothing and said nothing."""
    from hzreader.query._dates import parse_date_filter

    assert parse_date_filter("date:2026-11..2026-10") == parse_date_filter(
        "date:2026-10..2026-11")
    assert parse_date_filter("date:2025..2024") == parse_date_filter("date:2024..2025")
    assert filter_notes("date:2026-11..2026-10") == ()


def test_two_comparisons_of_one_kind_are_one_range_on_each_figure() -> None:
    """tryout11: `money>1e9 money<5e9` found articles with any sum above and any below,
    and listed both sets of figures; it is now one sum between the two."""
    from hzreader.model import Figure

    def money(value: float) -> Figure:
        return Figure(0, 1, "x", "money", value, "USD")

    query = parse_query("money>1e9 money<5e9")
    (group,) = query.groups
    (term,) = group
    assert [query.accepts_figure(money(v)) for v in (5e8, 2e9, 6e9)] == [False, True, False]
    assert term.upper == ("<", 5e9)
    hours = parse_query("duration>2h shanghai duration<=5 hours").groups[0]
    assert len(hours) == 2  # the range and the word
    two_hours = Figure(0, 1, "x", "duration", 150.0, "minutes")
    six_hours = Figure(0, 1, "x", "duration", 6.0, "hours")
    assert parse_query("duration>2h duration<=5 hours").accepts_figure(two_hours)
    assert not parse_query("duration>2h duration<=5 hours").accepts_figure(six_hours)
    # Not joined: other kinds, a negated bound, two lower bounds, or across OR.
    assert len(parse_query("money>1e9 percent<5").groups[0]) == 2
    assert len(parse_query("money>1e9 -money<5e9").groups[0]) == 2
    assert len(parse_query("money>1e9 money>5e9").groups[0]) == 2
    assert len(parse_query("money>1e9 OR money<5e9").groups) == 2


@pytest.mark.parametrize(("text", "inside", "outside"), [
    ("money:1e9..5e9", (1e9, 3e9, 5e9), (9e8, 6e9)),
    ("money:1e9..", (1e9, 1e12), (9e8,)),
    ("money:..5e9", (1.0, 5e9), (6e9,)),
])
def test_a_range_of_values_as_a_date_range_is_written(
        text: str, inside: tuple[float, ...], outside: tuple[float, ...]) -> None:
    """tryout11: `money:1e9..5e9` (as `date:2024..2025`) was refused as not a number."""
    from hzreader.model import Figure

    query = parse_query(text)
    assert all(query.accepts_figure(Figure(0, 1, "x", "money", v, "USD")) for v in inside)
    assert not any(query.accepts_figure(Figure(0, 1, "x", "money", v, "USD")) for v in outside)
    assert filter_notes(text) == ()


def test_a_range_takes_the_unit_typed_after_it() -> None:
    from hzreader.model import Figure

    query = parse_query("count:10..100 projects")
    assert query.accepts_figure(Figure(0, 1, "x", "count", 50.0, "projects"))
    assert not query.accepts_figure(Figure(0, 1, "x", "count", 500.0, "projects"))
    assert not query.accepts_figure(Figure(0, 1, "x", "count", 50.0, "people"))


def test_a_value_range_written_the_other_way_round_is_the_same_range() -> None:
    """tryout11: `money:5e9..1e9` found nothing, silently, where dates are read either way."""
    assert parse_query("money:5e9..1e9").groups == parse_query("money:1e9..5e9").groups
    (term,) = parse_query("duration:5h..2h").groups[0]
    (seconds,) = [m for m in term.measures if m.unit == "seconds"]
    assert seconds.value == 7200 and seconds.upper == ("<=", 18000)
    assert filter_notes("money:5e9..1e9") == ()


def test_two_bounds_that_no_value_meets_are_told() -> None:
    (note,) = filter_notes("money>5e9 money<1e9")
    assert "no value is both" in note and "money:1000000000..5000000000" in note
    assert filter_notes("money>=1e9 money<=1e9") == ()  # exactly one value: fine
