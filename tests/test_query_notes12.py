"""A filter typed half or under a name that is no filter says so (tryout12 §1, §13):
`money>` is left out with a note, as `money:` was, so `fraud money>` still finds the fraud
story; `seats>400` says which filter is meant; each kind's note gives examples of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.cli import main
from hzreader.query import filter_notes, parse_query
from test_figures_round11 import ids

from test_app import ready, type_query, widget_lines

STORIES = [
    {"title": "Fraud trial opens", "body": "The fraud cost savers $2 billion."},
    {"title": "Election", "body": "Labour won 412 seats and 9.7 million votes."},
]


@pytest.mark.parametrize("typed", ["money>", "money<", "money>=", "percent<=", "year>",
                                   "count=", "pct>", "date>", "-money>"])
def test_a_comparison_with_no_number_is_left_out_with_a_note(typed: str) -> None:
    assert parse_query(typed).is_empty
    assert parse_query(f"fraud {typed}").groups == parse_query("fraud").groups
    (note,) = filter_notes(typed)
    assert note.startswith(f"{typed} is ignored: it needs a ")


def test_a_half_typed_filter_no_longer_empties_the_search_in_both() -> None:
    assert ids(STORIES, "fraud money>") == (["a0"], ["a0"])
    assert ids(STORIES, "money>") == (["a0", "a1"], ["a0", "a1"])  # nothing asked: all


@pytest.mark.parametrize(("typed", "note"), [
    ("seats>400", "'seats' is not a filter (money, percent, count, …); for a count of seats "
                  "write count>400 seats"),
    ("votes>=1000", "'votes' is not a filter (money, percent, count, …); for a count of "
                    "votes write count>=1000 votes"),
    ("price>100", "'price' is not a filter (money, percent, count, …); for an amount of "
                  "money write money>100"),
    ("rate<5", "'rate' is not a filter (money, percent, count, …); for a percentage write "
               "percent<5"),
    ("age>60", "'age' is not a filter (money, percent, count, …); for an age write "
               "duration>60 years"),
    ("hours>2", "'hours' is not a filter (money, percent, count, …); for a duration write "
                "duration>2 hours"),
    ("km<=5", "'km' is not a filter (money, percent, count, …); for a quantity write "
              "quantity<=5 km"),
    ("widgets>1e9x", "'widgets' is not a filter (money, percent, count, …)"),
])
def test_a_name_that_is_no_filter_says_which_filter_is_meant(typed: str, note: str) -> None:
    assert filter_notes(typed) == (note,)
    meant = note.rpartition(" write ")[2]
    if meant != note:  # the filter advised is understood: one figure term, no note
        (group,) = parse_query(meant).groups
        assert len(group) == 1 and not hasattr(group[0], "text"), meant
        assert filter_notes(meant) == ()


@pytest.mark.parametrize("text", ["x>5", "a=b", "ratio:1", "seats>abc", "title:5",
                                  "<html>", "c++>c", "http://example.com"])
def test_what_is_no_comparison_on_a_name_gets_no_such_note(text: str) -> None:
    assert not any("is not a filter" in note for note in filter_notes(text))


def test_the_advised_count_finds_the_story_the_name_did_not() -> None:
    assert ids(STORIES, "seats>400") == ([], [])  # searched as words, as before
    assert ids(STORIES, "count>400 seats") == (["a1"], ["a1"])


@pytest.mark.parametrize(("typed", "examples"), [
    ("year:abc", "(e.g. year:2015, year:2020..2024, year>=2000)"),
    ("year:", "(e.g. year:2015, year:2020..2024, year>=2000)"),
    ("pct>x", "(e.g. pct>5, pct<=2.5, pct:5..8)"),  # `years>x` is no filter (search16)
    ("percent>x", "(e.g. percent>5, percent<=2.5, percent:5..8)"),
    ("money>x", "(e.g. money>1e9, money<=5e6 USD, money:1e9..5e9)"),
    ("count:", "(e.g. count>1000, count>1000 projects, count:10..100)"),
    ("time>x", "(e.g. time>=18, time<9.5, time:9..17)"),
    ("duration>x", "(e.g. duration>=2h, duration<1.5h, duration:30min)"),
])
def test_each_kind_gives_examples_of_its_own(typed: str, examples: str) -> None:
    (note,) = filter_notes(typed)
    assert note.endswith(examples)
    for example in examples.removeprefix("(e.g. ").removesuffix(")").split(", "):
        assert filter_notes(example) == () and parse_query(example).figure_terms, example


def test_and_or_and_not_of_other_tools_are_told_for_what_they_do_here() -> None:
    assert filter_notes("money>=1e9 AND percent>5") == (
        "AND is searched as a word: terms are all required already (leave AND out)",)
    assert filter_notes("fraud or bribery") == (
        "'or' is searched as a word: for either side write OR (a OR b)",)
    assert filter_notes("fraud OR bribery") == ()  # OR is either side
    assert len(parse_query("fraud OR bribery").groups) == 2
    assert filter_notes("or") == () and filter_notes("either or") == ()  # a word alone
    assert filter_notes("NOT bribery")[0].startswith("NOT is searched as a word")


def test_the_figures_command_tells_a_half_typed_filter(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It printed "0 figures in 0 of 0 articles" and nothing else."""
    for i, story in enumerate(STORIES):
        (tmp_path / f"{i}.yaml").write_text(
            f"title: {story['title']}\nbody: {story['body']}\n", encoding="utf-8")
    assert main(["figures", str(tmp_path), "-q", "fraud money>", "-f", "csv",
                 "--no-bom"]) == 0
    out, err = capsys.readouterr()
    assert "money> is ignored: it needs a number after it" in err
    assert "$2 billion" in out and "412" not in out
    assert main(["figures", str(tmp_path), "-q", "seats>400"]) == 0
    assert "for a count of seats write count>400 seats" in capsys.readouterr().err


async def test_the_status_line_tells_a_half_typed_filter_and_the_list_keeps_the_rest(
        tmp_path: Path) -> None:
    from hzreader.ui import make_app

    for i, story in enumerate(STORIES):
        (tmp_path / f"{i}.yaml").write_text(
            f"title: {story['title']}\nbody: {story['body']}\n", encoding="utf-8")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(pilot)
        await type_query(pilot, "fraud money>")
        status = str(app.query_one("#status").render())
        assert "money> is ignored" in status and "1 of 2" in status
        assert [item.title for item in app.headlines.items] == ["Fraud trial opens"]
        await type_query(pilot, "seats>400")
        status = str(app.query_one("#status").render())
        assert "0 of 2" in status and "'seats' is not a filter" in status
        lines = " ".join(" ".join(widget_lines(app.headlines)).split())
        assert "for a count of seats write count>400 seats" in lines
        await type_query(pilot, "count>400 seats")
        assert [item.title for item in app.headlines.items] == ["Election"]


def test_a_narrow_status_line_keeps_the_filter_meant() -> None:
    from rich.cells import cell_len

    from hzreader.ui._status import fit_status, note_forms

    (note,) = filter_notes("seats>400")
    forms = note_forms(note)
    assert forms[1] == "'seats' is not a filter: write count>400 seats"
    parts = ((5, ("0 of 20 articles match", "0/20 match")), (4, forms))
    assert fit_status(parts, 80) == (
        "0 of 20 articles match · 'seats' is not a filter: write count>400 seats")
    for width in range(30, 160):
        assert cell_len(fit_status(parts, width)) <= width
