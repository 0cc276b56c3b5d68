"""The status line gives way by priority, and passing messages do not pile up."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len

from hzreader.query import filter_notes
from hzreader.ui._app import make_app
from hzreader.ui._status import (
    empty_list_message,
    fit_status,
    note_forms,
    order_forms,
    problem_forms,
)
from hzreader.ui.widgets.textline import StatusLine

from conftest import SAMPLE_ARTICLES, write_articles
from test_app import messages, ready, type_query

#: The tester's status line at 120 columns, which was cut inside "(p to see)".
TRYOUT_PARTS = (
    (5, ("16 of 30 articles match", "16/30 match")),
    (0, order_forms("relevance", False, "filters")),
    (6, problem_forms("12 files skipped, 1 file partly read", 0)),
)


def test_parts_that_fit_are_shown_in_full() -> None:
    assert fit_status(TRYOUT_PARTS, 200) == (
        "16 of 30 articles match · newest first: no words to judge relevance by · "
        "12 files skipped, 1 file partly read (p to see)")
    # one separator at every width (ui10: "  ·  " when wide, " · " when short, was two)
    for width in range(30, 200):
        line = fit_status(TRYOUT_PARTS, width)
        assert "  ·" not in line and "·  " not in line, width


def test_the_least_important_part_gives_way_first() -> None:
    assert fit_status(TRYOUT_PARTS, 118) == (
        "16 of 30 articles match · newest first · 12 files skipped, 1 file partly read "
        "(p to see)")
    assert fit_status(TRYOUT_PARTS, 80) == (
        "16 of 30 articles match · 12 files skipped, 1 file partly read (p to see)")
    assert fit_status(TRYOUT_PARTS, 50) == "16/30 match · 12 files skipped… (p to see)"
    narrowest = fit_status(TRYOUT_PARTS, 34)
    assert narrowest == "16/30 match · problems (p to see)" and cell_len(narrowest) <= 34


def test_every_width_keeps_the_whole_problems_hint() -> None:
    for width in range(33, 160):
        line = fit_status(TRYOUT_PARTS, width)
        assert cell_len(line) <= width and line.endswith("(p to see)"), width


def test_a_long_filter_note_gives_way_and_the_problems_hint_stays_whole() -> None:
    for query in ("kind:foo", "money>abc", "is:bogus", "date>2015.0", "percent>="):
        (note,) = filter_notes(query)
        parts = (*TRYOUT_PARTS[:2], (4, note_forms(note)), TRYOUT_PARTS[2])  # as the app
        for width in range(40, 160):
            line = fit_status(parts, width)
            assert cell_len(line) <= width and line.endswith("(p to see)"), (query, width)
            assert not line.removesuffix("(p to see)").rstrip().endswith("·"), (query, width)
    assert note_forms(filter_notes("money>abc")[0])[1:] == (
        "money>abc: 'abc' is not a number (e.g. money>1e9)",
        "money>abc: 'abc' is not a number", "money>abc: not understood", "")
    assert note_forms(filter_notes("kind:foo")[0])[1:] == ("unknown kind 'foo'", "")


def test_a_filter_applied_without_a_unit_is_never_called_not_understood() -> None:
    """`quantity<0` is applied (each figure in its own unit): its shorter forms say to
    give a unit, as the whole note does, not that it was not understood."""
    for query in ("quantity<0", "duration>100", "quantity<=-1"):
        (note,) = filter_notes(query)
        forms = note_forms(note)
        assert forms[1:] == (f"{query}: give a unit, e.g. {note.split(': ')[-1]}",
                             f"{query}: give a unit", ""), forms
        for width in range(40, 160):
            line = fit_status((*TRYOUT_PARTS[:2], (4, forms), TRYOUT_PARTS[2]), width)
            assert "not understood" not in line and cell_len(line) <= width


def test_a_line_that_cannot_fit_is_cut_with_an_ellipsis() -> None:
    line = fit_status(((1, ("a very long part that cannot shorten",)),), 12)
    assert line.endswith("…") and cell_len(line) <= 12


def test_the_forms_of_the_order_and_the_problems() -> None:
    assert order_forms("date", True) == ("newest first (r: by relevance)", "newest first", "")
    assert order_forms("relevance", True) == ("by relevance (r: newest first)",
                                              "by relevance", "")
    assert problem_forms("", 0) == ()
    assert problem_forms("1 file skipped", 0) == ("1 file skipped (p to see)",
                                                  "problems (p to see)")
    assert problem_forms("", 2)[0] == "2 warnings (p to see)"


async def test_a_narrow_status_line_keeps_the_problems_hint(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "articles",
                            {**SAMPLE_ARTICLES, "broken.yaml": "title: [unclosed\n"})
    app = make_app([folder])
    async with app.run_test(size=(60, 20)) as pilot:
        await ready(pilot)
        await type_query(pilot, "date:2024")
        status = app.query_one("#status", StatusLine)
        # in full when there is room
        assert "newest first: no words to judge relevance by" in status.text
        drawn = str(status.render())
        assert drawn.endswith("1 file skipped (p to see)"), drawn
        assert "match" in drawn and cell_len(drawn) <= status.content_size.width


async def test_list_width_presses_replace_one_message(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        start = app.headlines.outer_size.width
        await pilot.press("greater_than_sign", "greater_than_sign", "greater_than_sign")
        await pilot.pause()
        await pilot.pause()
        assert not [m for m in messages(app) if "Headline list" in m]  # no pile of toasts
        status = app.query_one("#status", StatusLine)
        assert status.flash_message == f"Headline list: {start + 12} columns (< > to change)"
        assert str(status.render()).startswith(status.flash_message)


def test_the_empty_list_says_why_when_no_file_could_be_read() -> None:
    assert empty_list_message("", False, False, "6,000 files skipped") == (
        "No article could be read (6,000 files skipped). Press p to see why.")
    assert empty_list_message("", False, False).startswith("No articles found. Run")
    assert empty_list_message("", False, True) == "Loading articles…"


def test_a_symbol_note_gives_way_to_its_head() -> None:
    note = "'£' is ignored: a symbol alone is not searched (write it with a word or number: £5)"
    assert note_forms(note) == (note, "'£' is ignored: a symbol alone is not searched",
                                "'£' is ignored", "")


async def test_m_says_marked_read_or_unread_in_wide_reading_without_piling_up(
        sample_dir: Path) -> None:
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("enter", "w")  # opened (so read), the list hidden
        assert app.panes.wide
        status = app.query_one("#status", StatusLine)
        await pilot.press("m")
        assert status.flash_message == "Marked unread."
        assert status.shown.startswith("Marked unread.")
        await pilot.press("m")
        assert status.flash_message == "Marked read."
        await pilot.press("m", "m")
        assert status.flash_message == "Marked read."
        await pilot.press("s")  # its sibling says it the same way
        assert status.flash_message == "Starred."
        await pilot.press("s")
        assert status.flash_message == "Unstarred."
        assert not [m for m in messages(app) if "arked" in m or "tarred" in m]  # no toasts


def test_an_empty_kind_filter_keeps_an_example_while_it_can() -> None:
    """ui10: `kind:` told no example, unlike `title:` (e.g. title:bitcoin)."""
    (note,) = filter_notes("kind:")
    forms = note_forms(note)
    assert "(e.g. kind:money" in forms[0]
    assert forms[1] == "kind: is ignored: it needs a kind after it (e.g. kind:money)"
    parts = ((5, ("30 articles",)), (4, forms))
    assert fit_status(parts, 80) == (
        "30 articles · kind: is ignored: it needs a kind after it (e.g. kind:money)")
