"""query14: the English inflections a plain query word also matches (`word_variants`)."""

from __future__ import annotations

import pytest

from hzreader.query import parse_query
from hzreader.query._inflect import word_variants


@pytest.mark.parametrize(("word", "wanted"), [
    ("lily", "lilies"), ("lilies", "lily"), ("company", "companies"),
    ("companies", "company"), ("markets", "market"), ("making", "make"), ("make", "making"),
    ("stopped", "stop"), ("stopping", "stopped"), ("christies", "christie"),
    ("children", "child"), ("women", "woman"), ("people", "person"), ("persons", "people"),
    ("mice", "mouse"), ("went", "go"), ("going", "went"), ("buses", "bus"),
    ("analyses", "analysis"), ("analysis", "analyses"), ("crises", "crisis"),
    ("leaves", "leaf"), ("lives", "life"), ("wives", "wife"), ("hoping", "hope"),
    ("noting", "note"), ("staring", "stare"), ("starring", "star"), ("used", "use"),
    ("carried", "carry"), ("tried", "try"), ("dying", "die"), ("died", "die"),
    ("agreed", "agree"), ("visiting", "visit"), ("travelling", "travel"), ("taking", "took"),
    ("says", "said"), ("flies", "fly"), ("changing", "change"), ("arguing", "argue"),
    ("boxes", "box"), ("watches", "watch"), ("heroes", "hero"), ("prices", "price"),
    ("times", "time"), ("running", "run"), ("admitted", "admit"), ("buying", "bought"),
])
def test_a_word_matches_its_inflections_and_base(word: str, wanted: str) -> None:
    assert wanted in word_variants(word)


@pytest.mark.parametrize(("word", "unwanted"), [
    ("news", "new"), ("times", "tim"), ("noting", "not"), ("hoping", "hop"),
    ("staring", "star"), ("caring", "car"), ("evening", "even"), ("united", "unit"),
    ("need", "nee"), ("seed", "see"), ("shed", "she"), ("selling", "sel"),
    ("telling", "tel"), ("passing", "pas"), ("means", "mean"), ("series", "serie"),
    ("economics", "economic"), ("status", "statu"), ("analysis", "analysi"),
    ("founded", "find"), ("winning", "won"), ("rising", "rose"), ("meeting", "met"),
    ("seeing", "seed"), ("selling", "selled"), ("string", "str"), ("making", "maked"),
])
def test_no_word_is_stemmed_into_another(word: str, unwanted: str) -> None:
    assert unwanted not in word_variants(word)


@pytest.mark.parametrize("word", ["us", "bus", "new", "man", "c", "5p2", "covid", "talent",
                                  "杭州", "café1", "x2go", "market"])
def test_short_words_numbers_other_scripts_and_no_new_form_give_no_variant(word: str) -> None:
    assert word_variants(word) == ()


def test_forms_the_word_starts_already_match_as_its_prefix() -> None:
    assert "markets" not in word_variants("market")  # `market` finds "markets" already
    assert not any(v.startswith("stopped") for v in word_variants("stopped"))


@pytest.mark.parametrize(("query", "variants"), [
    ("lily", ("lilied", "lilies")), ('"lily"', ()), ("title:lily", ("lilied", "lilies")),
    ("-lilies", ("lilie", "lily")), ("lily's", ()), ('"lilies bloom"', ()),
    ("covid-19", ()), ("杭州", ()), ("Lilies", ("lilie", "lily")), ("LILÝ", ("lilied", "lilies")),
])
def test_only_plain_unquoted_words_have_variants(query: str, variants: tuple[str, ...]) -> None:
    (term,) = parse_query(query).groups[0]
    assert term.variants == variants  # type: ignore[union-attr]
