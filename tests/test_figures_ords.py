"""Spelled ordinals in sport and weather copy (ords, tryout8 B "Sport — English"): a league
position, a streak, a win within a season, a named storm; and the ordinal words that stay
words ("a second", "the second half", "in the first place")."""

from __future__ import annotations

import pytest

from hzreader.figures import extract


def _ordinals(text: str) -> list[tuple[str, float | None]]:
    return [(f.text, f.value) for f in extract(text) if f.kind == "ordinal"]


# --- a league position: "second on 31 points" -----------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Arsenal are now second on 31 points, four points behind leaders Liverpool.",
     [("second", 2.0)]),
    ("Arsenal are now second on 31 points after drawing 2-2 with Spurs.", [("second", 2.0)]),
    ("Villa are fourth, on 28 points.", [("fourth", 4.0)]),
    ("Chelsea are sixth with 24 points.", [("sixth", 6.0)]),
    ("Liverpool are second in the table.", [("second", 2.0)]),  # as before
])
def test_a_league_position_before_its_points(text: str, expected: list[tuple[str, float]]) -> None:
    assert _ordinals(text) == expected


# --- a streak: the span runs to the streak's noun --------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain beat Italy 2–0 in Turin to reach their third straight final.",
     [("third straight final", 3.0)]),
    ("Arsenal beat Chelsea 3-1 at the Emirates on Sunday, their fifth straight league win.",
     [("fifth straight league win", 5.0)]),
    ("It was their fourth consecutive home defeat.", [("fourth consecutive home defeat", 4.0)]),
    ("She reached a second successive semi-final.", [("second successive semi-final", 2.0)]),
    ("United slipped to a third straight league.", []),  # no noun after the modifier
    ("It grew for the fifth straight year.", [("fifth straight year", 5.0)]),  # as before
    ("Djokovic reached his 10th straight semi-final.", [("10th straight semi-final", 10.0)]),
    ("It was their fourth win in a row.", [("fourth win in a row", 4.0)]),  # as before
])
def test_a_streak_runs_to_its_noun(text: str, expected: list[tuple[str, float]]) -> None:
    assert _ordinals(text) == expected


# --- a win within a season --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("It was his eighth win of the season.", [("eighth win", 8.0)]),
    ("Arsenal's fifth league defeat of the campaign came at Anfield.",
     [("fifth league defeat", 5.0)]),
    ("She claimed her third title this year.", [("third title", 3.0)]),
    ("It was the fourth named storm of the season.", [("fourth named storm", 4.0)]),  # figs11
])
def test_a_result_ranked_within_a_season(text: str, expected: list[tuple[str, float]]) -> None:
    assert _ordinals(text) == expected


# --- a named storm: its season goes without saying --------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("The second named storm formed on Tuesday.", [("second named storm", 2.0)]),
    ("Bret became the third named storm", [("third named storm", 3.0)]),
    ("A second named storm is forming.", []),  # "a second": another one
    ("It is the third named storm of the Atlantic season.", [("third named storm", 3.0)]),
])
def test_a_named_storm_is_ranked_in_its_season(
        text: str, expected: list[tuple[str, float]]) -> None:
    assert _ordinals(text) == expected


# --- ordinal words that are no ranking --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Wait a second, he said.",
    "He scored in the second half.",
    "A second-hand car costs less.",
    "The Second World War ended in 1945.",
    "Why was it built in the first place?",
    "They should never have signed him in the first place, fans said.",
    "First, we need to talk.",
    "The bank trimmed its rate, its third cut this year.",  # not a result of play
    "The Dodgers won the series 4-1, their eighth title in franchise history.",  # no season
    "He won his fourth Grand Slam title.",
    "Firms hired a second wave of staff this year.",  # "a second": another one
    "The first person on 5 points was eliminated.",  # a noun after the ordinal
    "He was the second of 12 children.",
    "The Celtics scored 30 points in the third, with 12 points from Tatum.",  # a quarter
    "He added his second with 3 points left on the clock.",  # his second (goal)
])
def test_ordinal_words_that_are_no_ranking(text: str) -> None:
    assert _ordinals(text) == []


def test_first_place_without_the_idiom_is_still_a_ranking() -> None:
    assert _ordinals("She finished in first place.") == [("first place", 1.0)]
    assert _ordinals("The US came in second place.") == [("second place", 2.0)]
