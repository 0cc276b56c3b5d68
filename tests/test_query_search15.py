"""search15: a word written with a hyphen and closed up find each other, both ways, with
their forms (`email` finds "e-mail", as `e-mail` finds "email"), in memory and in the index
alike, and are highlighted; where the hyphen makes another word ("re-sign", "co-op"),
neither finds the other. A word of one or two letters with a space after it is whole (`uk
economy` is not "Ukraine")."""

from __future__ import annotations

import pytest

from hzreader.query import match_spans, parse_query
from hzreader.query._hyphens import closed_forms, hyphenated_forms
from test_figures_round11 import ids

TEXTS = [
    {"title": "Inbox", "body": "Two e-mails arrived."},
    {"title": "Mail", "body": "An email came."},
    {"title": "Union", "body": "They agreed to co-operate."},
    {"title": "Talks", "body": "Both sides cooperated."},
    {"title": "Quit", "body": "The minister will resign."},
    {"title": "Contract", "body": "The striker will re-sign for two years."},
    {"title": "Shop", "body": "The co-op sold bread."},
    {"title": "Farm", "body": "The chicken coop was empty."},
    {"title": "Music", "body": "K-pop fans; online and on-line."},
    {"title": "Plain", "body": "Mail, operate, pop, sign."},
    {"title": "Send", "body": "Send an e-mail."},
]


@pytest.mark.parametrize(("query", "expected"), [
    ("email", ["a0", "a1", "a10"]), ("e-mail", ["a0", "a1", "a10"]),
    ("emails", ["a0", "a1", "a10"]), ("e-mails", ["a0", "a1", "a10"]),
    ("cooperate", ["a2", "a3"]), ("co-operate", ["a2", "a3"]),
    ("cooperated", ["a2", "a3"]),
    ("kpop", ["a8"]), ("k-pop", ["a8"]), ("online", ["a8"]), ("on-line", ["a8"]),
    # another word with the hyphen: neither finds the other
    ("resign", ["a4"]), ("re-sign", ["a5"]), ("resigned", ["a4"]), ("re-signed", []),
    ("coop", ["a3", "a7"]), ("co-op", ["a2", "a6"]),  # as prefixes: "cooperated", "co-operate"
    # a part of a hyphenated word is a word of its own (as before), the split of a closed
    # word is a phrase: `cooperate` does not find "operate", nor `kpop` "pop"
    ("operate", ["a2", "a9"]), ("pop", ["a8", "a9"]),
    ('"email"', ["a1"]), ('"e-mail"', ["a10"]),  # quoted: exact, whole (search16)
])
def test_hyphenated_and_closed_find_each_other_in_both(query: str,
                                                       expected: list[str]) -> None:
    assert ids(TEXTS, query) == (expected, expected)


@pytest.mark.parametrize(("query", "text", "marked"), [
    ("email", "An e-mail, an email, E-Mails; a mail.", ["e-mail", "email", "E-Mails"]),
    ("cooperate", "To co-operate, co-operating, cooperates; operate.",
     ["co-operate", "co-operating", "cooperates"]),
    ("resign", "Resign, re-sign, resigned.", ["Resign", "resigned"]),
    ("kpop", "K-pop and Kpop, pop.", ["K-pop", "Kpop"]),
])
def test_the_other_spelling_is_highlighted(query: str, text: str, marked: list[str]) -> None:
    spans = match_spans(text, parse_query(query).highlight_terms)
    assert [text[s:e] for s, e in spans] == marked


def test_the_rule_and_its_exceptions() -> None:
    hyphen = hyphenated_forms("email")
    assert {"e \ue00d mail", "e \ue00d mails", "e \ue00d mailed"} <= set(hyphen)
    assert not any(v.endswith(" d") or v.endswith(" s") for v in hyphen)  # "email-s"
    assert "emai \ue00d led" not in hyphen  # the hyphen stays inside the word typed
    for word in ("resign", "resigns", "recover", "reform", "release", "coop", "present",
                 "multiply", "unionized"):
        assert hyphenated_forms(word) == (), word
    for word in ("re-sign", "re-cover", "co-op", "pre-sent", "multi-ply", "un-ionized"):
        assert closed_forms(word) == (), word
    assert {"reelect", "reelected", "reelecting", "reelects"} <= set(closed_forms("re-elect"))
    assert "e \ue00d mail" in closed_forms("e-mails")  # `e-mails` finds "e-mail" too
    assert hyphenated_forms("bus") == ()  # shorter words are matched as typed
    assert hyphenated_forms("a" * 21) == ()


# --- two letters and a space: a whole word ------------------------------------------------

SHORT = [
    {"title": "Tariffs", "body": "The US raised tariffs on China."},
    {"title": "Software", "body": "Users of the app in China."},
    {"title": "War", "body": "Ukraine and the UK economy; China."},
    {"title": "Kyiv", "body": "Ukraine's economy and China."},
    {"title": "Models", "body": "AI models; air quality in China."},
]


@pytest.mark.parametrize(("query", "expected"), [
    ("us china", ["a0"]), ("china us", ["a0", "a1"]),  # the last word typed: a prefix
    ("us ", ["a0"]), ("us", ["a0", "a1"]),
    ("uk economy", ["a2"]), ("ai china", ["a4"]), ("-uk china", ["a0", "a1", "a3", "a4"]),
    ("title:wa china", []),  # in a field too ("War" is not "wa")
    ('"us" china', ["a0"]),  # quoted: whole too (search16)
])
def test_a_finished_word_of_two_letters_is_whole_in_both(query: str,
                                                         expected: list[str]) -> None:
    assert ids(SHORT, query) == (expected, expected)


def test_a_finished_short_word_is_marked_whole() -> None:
    text = "The US and users; Ukraine and the UK."
    spans = match_spans(text, parse_query("us uk ").highlight_terms)
    assert [text[s:e] for s, e in spans] == ["US", "UK"]
    spans = match_spans(text, parse_query("us uk").highlight_terms)  # "uk" being typed
    assert [text[s:e] for s, e in spans] == ["US", "Ukraine", "UK"]


# --- plurals whose singular is another word ---------------------------------------------

PLURALS = [
    {"title": "Vote", "body": "Human rights groups protested."},
    {"title": "Now", "body": "He did it right away, as well as he could."},
    {"title": "Oil", "body": "New oil wells opened; the bank lent."},
    {"title": "Airport", "body": "The gate closed; banks shut."},
]


@pytest.mark.parametrize(("query", "expected"), [
    ("rights", ["a0"]), ("wells", ["a2"]), ("likes", []),  # not "right", "well", "like"
    ("right", ["a0", "a1"]), ("well", ["a1", "a2"]),  # the singular finds the plural
    ("banks", ["a2", "a3"]), ("gates", ["a3"]),  # a plural and a name: still a plural
])
def test_a_plural_whose_singular_is_mostly_another_word_is_itself(
        query: str, expected: list[str]) -> None:
    assert ids(PLURALS, query) == (expected, expected)
