"""query14: the English inflections a plain query word also matches (`word_variants`)."""

from __future__ import annotations

import pytest

from hzreader.query import parse_query
from hzreader.query._inflect import word_variants


@pytest.mark.parametrize(("word", "wanted"), [
    ("lily", "lilies"), ("lilies", "lily"), ("company", "companies"),
    ("companies", "company"), ("markets", "market"), ("make", "making"), ("make", "made"),
    ("stopped", "stop"), ("stopped", "stopping"), ("christies", "christie"),
    ("children", "child"), ("women", "woman"), ("people", "person"), ("persons", "people"),
    ("mice", "mouse"), ("went", "go"), ("goes", "went"), ("buses", "bus"),
    ("analyses", "analysis"), ("analysis", "analyses"), ("crises", "crisis"),
    ("leaves", "leaf"), ("lives", "life"), ("wives", "wife"), ("hope", "hoping"),
    ("hoped", "hope"), ("noted", "note"), ("stared", "stare"), ("starred", "star"),
    ("used", "use"), ("carried", "carry"), ("tried", "try"), ("died", "die"),
    ("agreed", "agree"), ("visited", "visit"), ("travelled", "travel"), ("takes", "took"),
    ("take", "taking"), ("says", "said"), ("flies", "fly"), ("changed", "change"),
    ("change", "changing"), ("argued", "argue"), ("argue", "arguing"), ("boxes", "box"),
    ("watches", "watch"), ("heroes", "hero"), ("prices", "price"), ("times", "time"),
    ("runs", "ran"), ("admitted", "admit"), ("buys", "bought"), ("bring", "brought"),
    ("brings", "bring"), ("buildings", "building"), ("earnings", "earning"),
    ("kings", "king"), ("gpus", "gpu"), ("cpus", "cpu"), ("hanged", "hang"),
    ("longed", "long"), ("belonged", "belong"), ("ranged", "range"),
])
def test_a_word_matches_its_inflections_and_base(word: str, wanted: str) -> None:
    assert wanted in word_variants(word)


@pytest.mark.parametrize(("word", "unwanted"), [
    ("news", "new"), ("times", "tim"), ("noted", "not"), ("hoped", "hop"),
    ("stared", "star"), ("cared", "car"), ("evening", "even"), ("united", "unit"),
    ("need", "nee"), ("seed", "see"), ("shed", "she"), ("sells", "sel"),
    ("tells", "tel"), ("passed", "pas"), ("means", "mean"), ("series", "serie"),
    ("economics", "economic"), ("status", "statu"), ("analysis", "analysi"),
    ("founded", "find"), ("seeing", "seed"), ("sells", "selled"), ("string", "str"),
    ("made", "maked"), ("changed", "chang"), ("ranged", "rang"), ("singed", "sing"),
    ("gates", "gat"), ("plus", "plu"),
])
def test_no_word_is_stemmed_into_another(word: str, unwanted: str) -> None:
    assert unwanted not in word_variants(word)


@pytest.mark.parametrize("word", ["us", "bus", "new", "man", "c", "5p2", "covid", "talent",
                                  "杭州", "café1", "x2go", "market", "data", "boss", "gas",
                                  "paris", "physics", "series", "news"])
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
    # the words (a variant with spaces is a hyphenated spelling: test_query_search15)
    words = tuple(v for v in term.variants if " " not in v)  # type: ignore[union-attr]
    assert words == variants


# --- search14: names that look like plurals, words in -ing, false stems --------------------


@pytest.mark.parametrize("word", [
    # A surname made of a given name and -s, and names in -s: not a plural.
    "williams", "roberts", "edwards", "davies", "james", "jones", "adams", "evans", "sanders",
    "morales", "marcos", "carlos", "texas", "paris", "lewis", "harris", "wales", "lyons",
])
def test_a_name_that_looks_like_a_plural_has_no_singular(word: str) -> None:
    assert word_variants(word) == ()


@pytest.mark.parametrize("word", [
    # Typed, a word in -ing is a noun of its own, or a name, as often as a verb: itself
    # (and its plural, as a prefix) only.
    "banking", "building", "meeting", "housing", "marketing", "mining", "dating", "boxing",
    "shooting", "trading", "funding", "reading", "ceiling", "morning", "evening", "during",
    "king", "thing", "nothing", "string", "spring", "beijing", "nanjing", "making", "going",
    "selling", "stopping", "hoping", "warming",
])
def test_a_word_in_ing_finds_itself_only(word: str) -> None:
    assert word_variants(word) == ()


@pytest.mark.parametrize(("word", "unwanted"), [
    ("williams", "william"), ("banking", "bank"), ("building", "build"), ("building", "built"),
    ("davies", "davy"), ("james", "jame"), ("texas", "texa"), ("morales", "morale"),
    ("marcos", "marco"), ("lens", "len"), ("chaos", "chao"), ("canvas", "canva"),
    ("wicked", "wick"), ("rugged", "rug"), ("gbps", "gbp"), ("odds", "odd"),
    ("proceeds", "proceed"), ("premises", "premise"), ("corps", "corp"), ("shingles", "shingle"),
])
def test_no_false_stem(word: str, unwanted: str) -> None:
    assert unwanted not in word_variants(word)


def test_the_verb_finds_its_ing_form_and_the_noun_its_plural() -> None:
    assert {"made", "making"} <= set(word_variants("make"))
    assert "building" in word_variants("builds")  # an -s form: the verb's forms
    assert word_variants("buildings") == ("building",)  # the noun's plural: the noun
    assert word_variants("bring") == ("brought",)  # a verb in -ing: its irregular forms
    # plurals that are plurals, though also names
    assert word_variants("gates") == ("gate",) and word_variants("banks") == ("bank",)
    assert word_variants("analysis") == ("analyses",)
