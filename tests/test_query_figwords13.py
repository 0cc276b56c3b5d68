"""A figure typed as one word is also that word (tryout13 §7): `5g` was read as 5 grams
only and found no "5G network", while `5G` and `"5g"` did; now a duration, quantity or
count typed with its number and unit joined ("5g", "7nm", "1.5kg") is the figure or the
word as written, whole, in memory, in the index and in the highlights."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.query import FigureTerm, Term, match_spans, parse_query
from test_figures_round11 import ids

TECH = [
    {"title": "Networks", "body": "The 5G network reached 4G towns; 5G-Advanced follows."},
    {"title": "Flour", "body": "Add 5g of flour and 5 g of salt."},
    {"title": "Chips", "body": "A 7nm chip clocked at 5GHz."},
    {"title": "Sprint", "body": "He won the 100m sprint in 9.8 seconds."},
    {"title": "Screens", "body": "A 4K TV, 3D glasses, 2FA codes, A4 paper; 1st place."},
    {"title": "Budget", "body": "A budget of $100 million for 100 metres of track."},
    {"title": "Gear", "body": "It weighs 1.5kg after a 10km walk."},
]


@pytest.mark.parametrize(("typed", "expected"), [
    ("5g", ["a0", "a1"]),  # the word "5G" (and "5G-Advanced"), and the figure 5 g
    ("5G", ["a0", "a1", "a2"]),  # no figure (G is no unit): a word, as a prefix (5GHz)
    ('"5g"', ["a0", "a1"]),  # quoted: the word whole, not 5GHz (search16)
    ("5g network", ["a0"]),
    ("4g", ["a0"]),
    ("7nm", ["a2"]),
    ("1.5kg", ["a6"]),
    ("10km", ["a6"]),
    ("5 g", ["a1"]),  # with a space: the figure only, as `7 years` is
    ("3d", ["a4"]), ("4k", ["a4"]), ("4K", ["a4"]), ("2fa", ["a4"]), ("1st", ["a4"]),
    ("a4", ["a4"]),
    # `100m` is 100 million (a number on its own) or the word as written: the sprint's
    # "100m" and the budget's $100 million, not "100 metres" (that is `100 metres`).
    ("100m", ["a3", "a5"]),
    ("100 metres", ["a3", "a5"]),  # the sprint's "100m" is 100 m too
    ("-5g", ["a2", "a3", "a4", "a5", "a6"]),
])
def test_a_figure_typed_as_one_word_is_also_that_word_in_both(
        typed: str, expected: list[str]) -> None:
    assert ids(TECH, typed) == (expected, expected)


def test_one_word_figure_terms() -> None:
    for typed, kind in (("5g", "quantity"), ("7nm", "quantity"), ("1.5kg", "quantity"),
                        ("10km", "quantity")):
        (term,) = parse_query(typed).groups[0]
        assert isinstance(term, FigureTerm) and term.kind == kind, typed
        assert term.one_word and term.searches_words and term.whole_literal, typed
    # A space or a unit of several tokens: the figure only (figs9, tryout6 A5); Chinese is
    # searched as written, so `2小时` is the figure or its characters (tryout14 §2.6).
    for typed in ("5 g", "140km/h", "7 years", "12,000 projects"):
        (term,) = parse_query(typed).groups[0]
        assert isinstance(term, FigureTerm) and not term.one_word, typed
        assert not term.searches_words, typed
    for typed in ("3d", "2fa", "a4", "1st", "5G"):
        assert parse_query(typed).groups == ((Term(typed.lower()),),), typed


def test_a_one_word_figure_highlights_its_word_and_its_figures() -> None:
    text = "The 5G network, 5G-Advanced, 5GHz radios, 5g of flour and 5 g of salt."
    spans = match_spans(text, parse_query("5g").highlight_terms)
    assert [text[s:e] for s, e in spans] == ["5G", "5G", "5g", "5 g"]
    text = "He won the 100m sprint; $100m; 100 metres."
    spans = match_spans(text, parse_query("100m").highlight_terms)
    assert [text[s:e] for s, e in spans] == ["100m", "$100m"]


def test_the_figures_table_of_a_one_word_figure_found_by_its_word(tmp_path: Path) -> None:
    """As for the 500 of "S&P 500": `5g` that found "5G" by its word, with no 5 g figure
    listed, limits no row (the table lists the article's figures and says so); where a
    5 g figure is listed, it lists that."""
    from hzreader.files import load_paths
    from hzreader.index import ArticleStore
    from hzreader.lens import build_table
    from hzreader.library import MemoryLibrary, StoreLibrary

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "net.yaml").write_text(
        "title: Networks\nbody: The 5G network cost $2bn and reached 41 towns.\n",
        encoding="utf-8")
    (folder / "flour.yaml").write_text("title: Flour\nbody: Add 5g of flour.\n",
                                       encoding="utf-8")
    result = load_paths([folder])
    memory = MemoryLibrary(result.articles, result.problems)
    store = ArticleStore.open(tmp_path / "index.sqlite3")
    store.sync([folder], workers=0)
    indexed = StoreLibrary(store)
    try:
        for text, rows, unmatched in (("5g network", 2, 1), ("5g flour", 1, 0)):
            parsed = parse_query(text)
            for library, items in ((memory, memory.search(parsed).items),
                                   (indexed, indexed.search(parsed, order="date").items)):
                table = build_table(library, items, parsed)
                assert (len(table), len(table.unlimiting)) == (rows, unmatched), text
    finally:
        store.close()
