"""search14: symbol words find what a reader expects, and nothing absurd, in the list (memory
and index alike) and in the reading pane's highlights: `c++` is not "C", `at&t` not "at
the", `u.s.` not "us", `#metoo` the hashtag, `e-mail` also "email" (a hyphenated word
finds its closed-up spelling), and a symbol typed as a prefix marks what was typed ("C++"
of "C++/CLI", not "C++/")."""

from __future__ import annotations

import pytest

from hzreader.query import match_spans, parse_query
from test_figures_round11 import ids

SYMBOLS = [
    {"title": "Languages", "body": "C++11 and C++/CLI; C# and F#. Objective-C."},
    {"title": "Carrier", "body": "AT&T's network grew; at the end of the day."},
    {"title": "Dotnet", "body": "Built on .NET Core and ASP.NET."},
    {"title": "Node", "body": "Written in Node.js, a node of the graph."},
    {"title": "Washington", "body": "The U.S. economy; U.S.-China talks. Let us go."},
    {"title": "Tape", "body": "3M's earnings rose; it earned $3m."},
    {"title": "Inbox", "body": "Two e-mails and an email; e-commerce grew."},
    {"title": "Movement", "body": "The #MeToo movement; a post by @user."},
    {"title": "Labs", "body": "R&D spending rose at P&G."},
    {"title": "Plain", "body": "The C language and the D language; net profit; a user."},
]


@pytest.mark.parametrize(("query", "expected"), [
    ("c++", ["a0"]), ("c#", ["a0"]), ("f#", ["a0"]), ("objective-c", ["a0"]),
    ("at&t", ["a1"]), ("AT&T", ["a1"]), (".net", ["a2"]), ("node.js", ["a3"]),
    ("u.s.", ["a4"]), ("U.S.", ["a4"]), ("u.s.-china", ["a4"]),
    ("3m", ["a5"]), ("3M", ["a5"]),
    ("e-mail", ["a6"]), ("e-mails", ["a6"]), ("e-commerce", ["a6"]),
    ("#metoo", ["a7"]), ("metoo", ["a7"]), ("@user", ["a7"]),
    ("r&d", ["a8"]), ("p&g", ["a8"]),
    # nothing absurd: the letters alone are other words
    ("net", ["a1", "a2", "a9"]), ("user", ["a7", "a9"]),  # as a prefix: "network"
])
def test_symbol_words_find_what_is_meant_in_both(query: str, expected: list[str]) -> None:
    assert ids(SYMBOLS, query) == (expected, expected)


@pytest.mark.parametrize(("query", "text", "marked"), [
    ("c++", "C++11 and C++/CLI; the C language.", ["C++", "C++"]),
    ("c+", "C++/CLI", ["C+"]),
    ("c#", "C# and C, C#.", ["C#", "C#"]),
    ("at&t", "AT&T's network; at the end; AT & T.", ["AT&T"]),
    (".net", ".NET Core and ASP.NET; net profit.", [".NET", ".NET"]),
    ("node.js", "Node.js, node.js's runtime; a node.", ["Node.js", "node.js"]),
    ("u.s.", "The U.S. economy; U.S.-China; let us go.", ["U.S", "U.S"]),
    ("3m", "3M's earnings; $3m.", ["3M", "$3m"]),
    ("e-mail", "An e-mail, an email, emails; E-Mail.", ["e-mail", "email", "emails", "E-Mail"]),
    ("#metoo", "The #MeToo movement; metoo; #MeTooMovement.", ["#MeToo", "#MeTooMovement"]),
    ("@user", "By @user, a user; user@example.com.", ["@user"]),
    ("r&d", "R&D and R & D; P&G.", ["R&D"]),
    ("p&g", "R&D and P&G's brands.", ["P&G"]),
])
def test_symbol_words_are_highlighted_as_typed(query: str, text: str,
                                               marked: list[str]) -> None:
    spans = match_spans(text, parse_query(query).highlight_terms)
    assert [text[s:e] for s, e in spans] == marked


def test_a_hyphenated_word_also_finds_its_closed_spelling_only() -> None:
    (term,) = parse_query("e-mail").groups[0]
    assert "email" in term.variants and "emails" in term.variants  # type: ignore[union-attr]
    for query in ('"e-mail"', "covid-19", "t-5", "email", "c++"):
        (term,) = parse_query(query).groups[0]
        assert "email" not in term.variants, query  # type: ignore[union-attr]
