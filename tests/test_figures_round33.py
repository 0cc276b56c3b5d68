"""Round 33 (figs33): tryout17 §A's English misses — a counted noun that swallowed the verb
after it, points after a percentage and an index's points, metres before a preposition,
stablecoins, goal minutes, race times, votes and ages; each positive case fails on main
8d7a7dc, each neighbour passes on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.figures import extract

Got = tuple[str, str, float | None, str]


def _figs(text: str) -> list[Got]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


NOUN_THEN_VERB = [
    ("Weekly injection cuts heart attack risk by 20%, trial of 17,604 patients finds",
     ("17,604 patients", "count", 17604.0, "patients")),
    ("Trial of 500 patients shows benefit.", ("500 patients", "count", 500.0, "patients")),
    ("Survey of 1,000 adults finds support.", ("1,000 adults", "count", 1000.0, "adults")),
    ("Poll of 2,000 voters puts Labour ahead.", ("2,000 voters", "count", 2000.0, "voters")),
    ("A crowd of 41,237 saw Rovers extend their unbeaten run.",
     ("41,237", "count", 41237.0, "crowd")),
]


@pytest.mark.parametrize(("text", "want"), NOUN_THEN_VERB)
def test_a_verb_ends_the_counted_noun(text: str, want: Got) -> None:
    assert want in _figs(text)


@pytest.mark.parametrize(("text", "want"), [
    ("A crowd of 33,000 watched the final.", ("33,000", "count", 33000.0, "crowd")),
    ("An attendance of 18,500 saw the home side win.", ("18,500", "count", 18500.0, "attendance")),
    ("Police deployed 4,500 police officers.", ("4,500 police officers", "count", 4500.0,
                                                "police officers")),
    ("The team made 100 sales calls on Monday.",
     ("100 sales calls", "count", 100.0, "sales calls")),
    ("The robotaxi fleet completed 4 million paid rides in 2024.",
     ("4 million paid rides", "count", 4e6, "paid rides")),
    ("A crowd of 12 500 fans saw the game.", ("12 500 fans", "count", 12500.0, "fans")),
    ("The band played 500 shows.", ("500 shows", "count", 500.0, "shows")),
])
def test_nouns_that_stay_whole(text: str, want: Got) -> None:
    assert want in _figs(text)


POINTS = [
    ("Turnout was 67.3 per cent, up 4.5 points.", ("4.5 points", "percent", 4.5, "points")),
    ("Turnout was 60%, down 3 points.", ("3 points", "percent", 3.0, "points")),
    ("Support stands at 41%, 2 points higher than before.", ("2 points", "percent", 2.0,
                                                              "points")),
    ("The index closed at 7,412.5 points.", ("7,412.5 points", "quantity", 7412.5, "points")),
    ("The Dow fell 412 points, or 1.1%, in late trading.", ("412 points", "quantity", 412.0,
                                                           "points")),
    ("The FTSE 100 is down 1.2% at 8,150 points.", ("8,150 points", "quantity", 8150.0,
                                                   "points")),
    ("香港中原城市領先指數報135.2點。", ("135.2點", "quantity", 135.2, "points")),
    ("上证指数收于2863.13点。", ("2863.13点", "quantity", 2863.13, "points")),
]


@pytest.mark.parametrize(("text", "want"), POINTS)
def test_points_after_a_percentage_or_of_an_index(text: str, want: Got) -> None:
    assert want in _figs(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Arsenal moved 3 points clear after the win.", ("3 points", "count", 3.0, "points")),
    ("City had 60% of the ball and 3 points.", ("3 points", "count", 3.0, "points")),
    ("James, 40, added 31 points and 11 rebounds.", ("31 points", "count", 31.0, "points")),
    ("Labour's share rose 4.5 points to 35%.", ("4.5 points", "percent", 4.5, "points")),
    # an index in the next clause is not the percentage's
    ("Turnout was 60%, down 3 points; the index closed at 7,412.5 points.",
     ("3 points", "percent", 3.0, "points")),
])
def test_points_that_stay_what_they_were(text: str, want: Got) -> None:
    assert want in _figs(text)


def test_the_lens_names_percentage_points_and_index_points_apart(tmp_path: Path) -> None:
    """tryout17 §A.3: "points ×1: 0.1 pp" and "points ×1: 135.2" shared one label."""
    from hzreader.files import load_paths
    from hzreader.lens import build_table, summarize
    from hzreader.library import MemoryLibrary
    from hzreader.query import parse_query

    from conftest import write_articles

    folder = write_articles(tmp_path / "a", {"c.yaml": """
        title: Markets and votes
        body: |
          The index closed at 7,412.5 points. Turnout was 60%, down 3 points.
          Arsenal are second on 31 points.
        """})
    result = load_paths([folder])
    library = MemoryLibrary(result.articles, result.problems)
    parsed = parse_query("points")
    table = build_table(library, library.search(parsed).items, parsed)
    briefs = sorted(group.brief() for group in summarize(table.columns, totals=table.totals)
                    if group.unit == "points")
    assert briefs == ["index points ×1: 7,412.5", "points ×1: 31", "pp ×1: 3"]


@pytest.mark.parametrize(("text", "want"), [
    ("Visibility was 50 m in fog.", ("50 m", "quantity", 50.0, "m")),
    ("Visibility may fall below 50 m in heavy rain.", ("50 m", "quantity", 50.0, "m")),
    ("He stopped 50 m from the line.", ("50 m", "quantity", 50.0, "m")),
])
def test_metres_before_a_preposition(text: str, want: Got) -> None:
    assert want in _figs(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Jobs fell by 8 m in 2024.", ("8 m", "number", 8e6, "")),  # millions of jobs
    ("The company has 3 m in cash.", ("3", "number", 3.0, "")),  # no metres of cash
    ("Visibility was 50 m.", ("50 m", "quantity", 50.0, "m")),
])
def test_a_spaced_m_that_is_no_metre_before_a_preposition(text: str, want: Got) -> None:
    assert want in _figs(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Stablecoin supply stands at 160 billion USDT.",
     ("160 billion USDT", "money", 1.6e11, "USDT")),
    ("The fund holds 2.5 million USDC.", ("2.5 million USDC", "money", 2.5e6, "USDC")),
    ("Fees fell to 0.002 SOL per transfer.", ("0.002 SOL", "money", 0.002, "SOL")),
    ("He sold 500 XRP.", ("500 XRP", "money", 500.0, "XRP")),
])
def test_stablecoins_and_coins_are_money_in_the_coin(text: str, want: Got) -> None:
    assert want in _figs(text)


def test_a_coin_code_names_its_currency_in_a_filter() -> None:
    from hzreader.query import parse_query

    (group,) = parse_query("money>1e9 USDT").groups
    (term,) = group
    assert [m.unit for m in getattr(term, "measures", ())] == ["USDT"]


@pytest.mark.parametrize(("text", "want"), [
    ("Salah (12') and Diaz (38') scored.", ("38'", "ordinal", 38.0, "")),
    ("Goals: Salah (12', 90'), Nunez (38')", ("12'", "ordinal", 12.0, "")),
    ("Lyles won the 100m in 9.79 and the 200m in 19.19.",
     ("19.19", "duration", 19.19, "seconds")),
    ("The bill passed the House 218 to 214.", ("218 to 214", "number", None, "")),
    ("The Senate voted 51 to 49 to confirm her.", ("51 to 49", "number", None, "")),
])
def test_goal_minutes_race_times_and_votes(text: str, want: Got) -> None:
    assert want in _figs(text)


@pytest.mark.parametrize(("text", "want"), [
    ("It rose from 12 to 14 in May.", [("12", "number", 12.0, ""), ("14", "number", 14.0, "")]),
    ("He won in 19.19.", [("19.19", "number", 19.19, "")]),
    ("In the 80's it grew.", [("80", "number", 80.0, "")]),
    ("The money came from one fund.", [("one fund", "count", 1.0, "fund")]),
    ("She began painting when she was 80.", [("80", "duration", 80.0, "years")]),
    ("Half of all households now own a car.", [("Half", "number", 0.5, "")]),
])
def test_neighbours_of_the_details(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


def test_the_figures_canary_has_this_rounds_sentences() -> None:
    """Old indexes redo their figures: the canary (`index._work`) holds a sentence of each
    rule of this round, so `figures_version` differs from main's."""
    from hzreader.index._work import _CANARY

    found = {(f.text, f.kind) for f in extract(_CANARY)}
    assert {("500 patients", "count"), ("3 points", "percent"), ("7,412.5 points", "quantity"),
            ("50 m", "quantity"), ("160 billion USDT", "money"), ("12'", "ordinal"),
            ("19.19", "duration"), ("218 to 214", "number")} <= found
