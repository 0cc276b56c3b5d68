"""search15: a word written with a hyphen and closed up find each other, both ways, with
their forms (`email` finds "e-mail", as `e-mail` finds "email"), in memory and in the index
alike, and are highlighted; where the hyphen makes another word ("re-sign", "co-op"),
neither finds the other."""

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
]


@pytest.mark.parametrize(("query", "expected"), [
    ("email", ["a0", "a1"]), ("e-mail", ["a0", "a1"]),
    ("emails", ["a0", "a1"]), ("e-mails", ["a0", "a1"]),
    ("cooperate", ["a2", "a3"]), ("co-operate", ["a2", "a3"]),
    ("cooperated", ["a2", "a3"]),
    ("kpop", ["a8"]), ("k-pop", ["a8"]), ("online", ["a8"]), ("on-line", ["a8"]),
    # another word with the hyphen: neither finds the other
    ("resign", ["a4"]), ("re-sign", ["a5"]), ("resigned", ["a4"]), ("re-signed", []),
    ("coop", ["a3", "a7"]), ("co-op", ["a2", "a6"]),  # as prefixes: "cooperated", "co-operate"
    # a part of a hyphenated word is a word of its own (as before), the split of a closed
    # word is a phrase: `cooperate` does not find "operate", nor `kpop` "pop"
    ("operate", ["a2", "a9"]), ("pop", ["a8", "a9"]),
    ('"email"', ["a1"]), ('"e-mail"', ["a0"]),  # quoted: exact
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
    assert closed_forms("re-elect") == ("reelect", "reelected", "reelecting", "reelects")
    assert hyphenated_forms("bus") == ()  # shorter words are matched as typed
    assert hyphenated_forms("a" * 21) == ()
