"""A misspelt kind or filter name says which one is likely meant (tryout13): `kind:quanity`
said only "unknown kind 'quanity'"; now "did you mean kind:quantity?", as for `is:unred`,
`monye>1e9` and `tilte:fed` (the closest name, one edit away, two for six letters or
more). The query itself is unchanged: still searched as words. Also the notes of this
round's filters (`seat>40`: count>40 seat)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.cli import main
from hzreader.query import filter_notes, parse_query
from hzreader.query._spelling import closest
from test_figures_round11 import ids

from test_app import ready, type_query, widget_lines

KINDS = ", ".join(("money", "percent", "count", "year", "date", "time", "duration",
                   "ordinal", "number", "quantity"))
NOT_A_FILTER = "is not a filter (money, percent, count, …)"
COLON = "is not a filter (title, tag, source, author, body, summary, kind, is, …)"


@pytest.mark.parametrize(("typed", "note"), [
    ("kind:quanity", f"unknown kind 'quanity': did you mean kind:quantity? ({KINDS})"),
    ("kind:mony", f"unknown kind 'mony': did you mean kind:money? ({KINDS})"),
    ("kind:precent", f"unknown kind 'precent': did you mean kind:percent? ({KINDS})"),
    ("kind:durtaion", f"unknown kind 'durtaion': did you mean kind:duration? ({KINDS})"),
    ("kind:foo", f"unknown kind 'foo': {KINDS}"),  # nothing close: the kinds, as before
    ("is:unred", "unknown filter is:unred: did you mean is:unread? (is:unread, is:read, "
                 "is:starred, is:unstarred)"),
    ("is:bogus", "unknown filter is:bogus: is:unread, is:read, is:starred, is:unstarred"),
    ("monye>1e9", f"'monye' {NOT_A_FILTER}; did you mean money>1e9?"),
    ("yaer>2015", f"'yaer' {NOT_A_FILTER}; did you mean year>2015?"),
    ("precent>=5", f"'precent' {NOT_A_FILTER}; did you mean percent>=5?"),
    ("quanity<5km", f"'quanity' {NOT_A_FILTER}; did you mean quantity<5km?"),
    ("tilte:fed", f"'tilte' {COLON}; did you mean title:fed?"),
    ("titel:fed", f"'titel' {COLON}; did you mean title:fed?"),
    ("sumary:growth", f"'sumary' {COLON}; did you mean summary:growth?"),
    ("dtae:2015", f"'dtae' {COLON}; did you mean date:2015?"),
    # A name of money or a rate is still told as before (`rate` is one edit from `date`).
    ("rate>5", f"'rate' {NOT_A_FILTER}; for a percentage write percent>5"),
    ("seats>400", f"'seats' {NOT_A_FILTER}; for a count of seats write count>400 seats"),
    ("seat>40", f"'seat' {NOT_A_FILTER}; for a count of seat write count>40 seat"),
])
def test_a_misspelt_name_says_the_one_meant(typed: str, note: str) -> None:
    assert filter_notes(typed) == (note,)
    meant = note.partition(" did you mean ")[2].partition("?")[0] or \
        note.partition(" write ")[2]
    if meant:
        assert filter_notes(meant) == (), meant  # the name advised is understood
        assert parse_query(meant).groups != parse_query(typed).groups, meant


@pytest.mark.parametrize("typed", ["ratio:1", "http://example.com", "note:1", "isbn:123",
                                   "re:x", "x>5", "tags:x", "widgets>1e9x", "kind:money"])
def test_no_suggestion_for_what_is_no_misspelling(typed: str) -> None:
    assert not any("did you mean" in note for note in filter_notes(typed))


def test_closest() -> None:
    names = ("money", "percent", "count", "quantity")
    assert closest("quanity", names) == "quantity"
    assert closest("qunatity", names) == "quantity"  # a swap is one edit
    assert closest("QUANITY", names) == "quantity"
    assert closest("mon", names) == ""  # two edits for a short word: too far
    assert closest("cont", names) == "count"
    assert closest("ab", ("a", "ab")) == ""  # too short to guess
    assert closest("money", names) == ""  # no misspelling


def test_the_query_is_still_searched_as_words_in_both() -> None:
    entries = [{"title": "Kind words", "body": "A quanity of kind:quanity."},
               {"title": "Big", "body": "A 5 km walk."}]
    assert ids(entries, "kind:quanity") == (["a0"], ["a0"])
    assert ids(entries, "kind:quantity") == (["a1"], ["a1"])


def test_figures_command_tells_the_name_meant(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.yaml").write_text("title: Walk\nbody: A 5 km walk.\n", encoding="utf-8")
    assert main(["figures", str(tmp_path), "-q", "kind:quanity"]) == 0
    assert "did you mean kind:quantity?" in capsys.readouterr().err


def test_a_narrow_status_line_keeps_the_name_meant() -> None:
    from rich.cells import cell_len

    from hzreader.ui._status import fit_status, note_forms

    for typed, middle in (
            ("kind:quanity", "unknown kind 'quanity': did you mean kind:quantity?"),
            ("monye>1e9", "'monye' is not a filter: did you mean money>1e9?"),
            ("tilte:fed", "'tilte' is not a filter: did you mean title:fed?"),
            ("is:unred", "unknown filter is:unred: did you mean is:unread?")):
        forms = note_forms(filter_notes(typed)[0])
        assert forms[1] == middle, typed
        parts = ((5, ("0 of 20 articles match", "0/20 match")), (4, forms))
        assert fit_status(parts, 80) == f"0 of 20 articles match · {middle}", typed
        for width in range(30, 160):
            assert cell_len(fit_status(parts, width)) <= width


async def test_the_status_line_tells_the_kind_meant(tmp_path: Path) -> None:
    from hzreader.ui import make_app

    (tmp_path / "a.yaml").write_text("title: Walk\nbody: A 5 km walk.\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("title: Vote\nbody: Labor won 41 seats.\n",
                                     encoding="utf-8")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        await type_query(pilot, "kind:quanity")
        status = str(app.query_one("#status").render())
        assert "0 of 2" in status and "did you mean kind:quantity?" in status
        lines = " ".join(" ".join(widget_lines(app.headlines)).split())
        assert "did you mean kind:quantity?" in lines
        await type_query(pilot, "kind:quantity")
        assert [item.title for item in app.headlines.items] == ["Walk"]
        assert "did you mean" not in str(app.query_one("#status").render())
        await type_query(pilot, "count>40 seat")  # the noun in either number: no note
        assert [item.title for item in app.headlines.items] == ["Vote"]
        await type_query(pilot, "percent<1 points")  # a unit: no word "points" asked
        assert [item.title for item in app.headlines.items] == []
        assert "is not a filter" not in str(app.query_one("#status").render())


def test_the_empty_list_ends_a_question_once() -> None:
    from hzreader.ui._status import empty_list_message

    said = empty_list_message("monye>1e9", True, False)
    assert said.endswith("did you mean money>1e9?") and "?." not in said
    assert empty_list_message("kind:foo", True, False).endswith("quantity.")
