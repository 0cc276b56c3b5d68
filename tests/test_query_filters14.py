"""search14: figure filters as a reader means them.

- In a quantity, `m` is metres: `quantity:100m`, `quantity>100 m`, `quantity:100..200m`, and
  `100 m` typed with a space (as the text's rules read "100 m") are 100 metres; money keeps
  m = million (`$100m`, `money>100 m`), and `100m` joined stays 100 million or the word.
- A scale after a filter's value is part of it: `money>3 billion` is `money>3e9`.
- A unit written once after a range is both ends': `duration:2..5h`, `money:1..5bn`.
- A counted noun of several words: `count>40 parliamentary seats` is a count of seats above
  40 and the word "parliamentary".
- A number with a capital scale letter (`3M`, `4K`) is no figure to the text's rules: a word.
- One parser: the figures command (`hzreader figures -q`) lists what the search finds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.cli import main
from hzreader.query import FigureTerm, Term, match_spans, parse_query
from test_figures_round11 import ids

TRACK = [
    {"title": "Sprint", "body": "She ran 100 m, then won the 200m race."},
    {"title": "Budget", "body": "The council raised $100m; the 100 million mark."},
    {"title": "Tower", "body": "The tower is 150 metres tall; a 3m wall; 3M shares fell."},
    {"title": "Vote", "body": "Labour won 41 parliamentary seats and 12 council seats."},
    {"title": "Loans", "body": "Banks lent $3.5 billion over 4 hours; 2.5 million people."},
    {"title": "Small", "body": "Only 30 seats changed; a parliamentary debate lasted 90 minutes."},
]


def _measures(query: str) -> list[tuple[str | None, str | None, float | None, list[str]]]:
    return [(t.kind, t.op, t.value, [m.unit for m in t.measures])
            for t in parse_query(query).groups[0] if isinstance(t, FigureTerm)]


#: The units a filter in metres or in tonnes also compares in (query17: converted).
_LENGTHS = ["m", "mm", "cm", "km", "µm", "nm", "in", "ft", "yd", "mi", "nmi", "fur"]
_MASSES = ["t", "g", "mg", "µg", "ng", "kg", "Mt", "Gt", "lb", "oz", "ct"]


@pytest.mark.parametrize(("query", "wanted"), [
    ("quantity:100m", [("quantity", "=", 100.0, _LENGTHS)]),  # metres, converted (query17)
    ("quantity>100 m", [("quantity", ">", 100.0, _LENGTHS)]),
    ("quantity>1.5m", [("quantity", ">", 1.5, _LENGTHS)]),
    ("100 m", [("quantity", "=", 100.0, ["m", "m/s"])]),
    ("100m", [(None, "=", 1e8, [])]),  # joined: a number (query13), or the word
    ("$100m", [("money", "=", 1e8, [])]),
    ("money>100 m", [("money", ">", 1e8, [])]),
    ("money>100m", [("money", ">", 1e8, [])]),
    ("money>3 billion", [("money", ">", 3e9, [])]),
    ("money>3 billion dollars", [("money", ">", 3e9, ["USD"])]),
    ("count>2 million people", [("count", ">", 2e6, ["people", "peoples", "peoplees",
                                                      "person"])]),
    ("count>2 million", [("count", ">", 2e6, [])]),
    ("quantity>3 million tonnes", [("quantity", ">", 3e6, _MASSES)]),
    ("count>40 seats", [("count", ">", 40.0, ["seats", "seat"])]),
    ("count>40 seat", [("count", ">", 40.0, ["seat", "seats", "seates"])]),
    ("count>40 parliamentary seats", [("count", ">", 40.0, ["seats", "seat"])]),
    ("count>40 new parliamentary seats", [("count", ">", 40.0, ["seats", "seat"])]),
    ("count>40 in parliament", [("count", ">", 40.0, [])]),  # "in" is no noun
])
def test_what_a_filter_and_the_words_after_it_mean(query: str, wanted: list[object]) -> None:
    assert _measures(query) == wanted


@pytest.mark.parametrize(("query", "words"), [
    ("count>40 parliamentary seats", ["parliamentary"]),
    ("count>40 new parliamentary seats", ["new", "parliamentary"]),
    ("count>40 seats labour", ["labour"]),
    ("count>40 seat labour", ["labour"]),
    ("money>3 billion", []), ("quantity>100 m", []), ("100 m", []),
])
def test_the_words_a_filter_leaves(query: str, words: list[str]) -> None:
    assert [t.text for t in parse_query(query).groups[0] if isinstance(t, Term)] == words


@pytest.mark.parametrize(("query", "low", "high", "units"), [
    ("duration:2..5h", 2.0, 5.0, "hours"),
    ("quantity:100..200m", 100.0, 200.0, "m"),
    ("quantity:100..200 m", 100.0, 200.0, "m"),
    ("quantity:1..2km", 1.0, 2.0, "km"),
    ("percent:5..8%", 5.0, 8.0, "percent"),
    ("money:1..5bn", 1e9, 5e9, ""),
    ("money:1..5 billion", 1e9, 5e9, ""),
    ("money:500..5bn", 500.0, 5e9, ""),  # "500bn" would be above 5bn: as typed
    ("year:2020..2024", 2020.0, 2024.0, ""),
])
def test_a_unit_written_once_after_a_range_is_both_ends(query: str, low: float, high: float,
                                                        units: str) -> None:
    (term,) = parse_query(query).groups[0]
    assert isinstance(term, FigureTerm)
    if units:
        measure = next(m for m in term.measures if m.unit == units)
        assert (measure.value, measure.upper) == (low, ("<=", high))
    else:
        assert (term.value, term.upper) == (low, ("<=", high))


@pytest.mark.parametrize(("query", "expected"), [
    ("quantity:100m", ["a0"]), ("quantity>100 m", ["a0", "a2"]), ("quantity>=100m", ["a0", "a2"]),
    ("100 m", ["a0"]), ("quantity:100..200m", ["a0", "a2"]),
    ("100m", ["a1"]),  # the word "100m" is not written; 100 million twice
    ("$100m", ["a1"]), ("money>100 m", ["a4"]), ("money>=100 m", ["a1", "a4"]),
    ("money>3 billion", ["a4"]), ("money>4 billion", []), ("money:1..5bn", ["a4"]),
    ("count>2 million people", ["a4"]), ("count>3 million", []),
    ("count>40 parliamentary seats", ["a3"]), ("count>40 seats", ["a3"]),
    ("count>20 parliamentary seats", ["a3", "a5"]),  # a5: 30 seats, and "parliamentary"
    ("count>40 council seats", ["a3"]), ("count>5 council seats", ["a3"]),
    ("duration:2..5h", ["a4"]), ("duration:1..2h", ["a5"]),
    ("3M", ["a2"]), ("3m", ["a2"]),
])
def test_filters_find_the_same_in_both(query: str, expected: list[str]) -> None:
    assert ids(TRACK, query) == (expected, expected)


def test_a_capital_scale_is_a_word_and_a_small_one_a_number() -> None:
    assert parse_query("3M").groups == ((Term("3m"),),)
    assert parse_query("4K").groups == ((Term("4k"),),)
    (term,) = parse_query("4k").groups[0]
    assert isinstance(term, FigureTerm) and term.value == 4000 and term.literal == "4k"
    (term,) = parse_query("$100M").groups[0]
    assert isinstance(term, FigureTerm) and term.kind == "money" and term.value == 1e8


def test_metres_and_the_noun_are_highlighted() -> None:
    text = "She ran 100 m, then 100m; $100m raised; 41 parliamentary seats."
    for query, wanted in [("100 m", ["100 m", "100m"]), ("quantity:100m", ["100 m", "100m"]),
                          ("money>50 m", ["$100m"]),
                          ("count>40 parliamentary seats",
                           ["41 parliamentary seats"])]:
        spans = match_spans(text, parse_query(query).highlight_terms)
        assert [text[s:e] for s, e in spans] == wanted, query


@pytest.mark.parametrize("query", ["quantity>100 m", "money>3 billion",
                                   "count>40 parliamentary seats", "duration:2..5h"])
def test_the_figures_command_reads_a_query_as_the_search_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], query: str) -> None:
    """One parser: `hzreader figures -q` lists the rows of the articles the search finds,
    of the figures the filter accepts."""
    for at, entry in enumerate(TRACK):
        (tmp_path / f"a{at}.yaml").write_text(
            f"title: {entry['title']}\nbody: \"{entry['body']}\"\n", encoding="utf-8")
    assert main(["figures", str(tmp_path), "-q", query, "-f", "csv"]) == 0
    rows = capsys.readouterr().out.strip().splitlines()[1:]
    parsed = parse_query(query)
    wanted = {"quantity>100 m": ["200m", "150 metres"], "money>3 billion": ["$3.5 billion"],
              "count>40 parliamentary seats": ["41 parliamentary seats"],
              "duration:2..5h": ["4 hours"]}[query]
    assert all(any(f",{text}," in row for row in rows) for text in wanted), rows
    assert len(rows) == len(wanted), rows
    assert parsed.figure_terms
