"""Escape sequences are removed whole only when complete: a stray introducer never takes the
text after it (tryout15: a U+009D deleted the rest of its paragraph, everywhere, silently)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hzreader.text import STRING_PAYLOAD_MAX, clean_line, clean_text, removed_controls

#: String-sequence introducers: OSC, DCS, SOS, PM, APC, in 8 bits and in 7.
INTRODUCERS = ["\x9d", "\x90", "\x98", "\x9e", "\x9f", "\x1b]", "\x1bP", "\x1bX", "\x1b^", "\x1b_"]
TERMINATORS = ["\x07", "\x1b\\", "\x9c"]
#: Other controls and sequences: each holds a control character.
OTHERS = ["\x00", "\x01", "\x1f", "\x7f", "\x80", "\x8d", "\x1b", "\x1b[", "\x9b", "\x9b1m",
          "\x1b[31m", "\x1b[0;1m", "\x1b(B", "\x1bc", "\x1b7"]
#: Line breaks (they end a paragraph, or a line of one): none is inside a sequence.
BREAKS = ["\n", "\n\n", "\r\n", "\x85", "\u2028"]
#: Controls cleaned text never holds (but the newline; `clean_line` folds it too).
FORBIDDEN = {chr(c) for c in range(0x20) if c != 0x0A} | {chr(c) for c in range(0x7F, 0xA0)}


@pytest.mark.parametrize("introducer", INTRODUCERS)
def test_an_unterminated_introducer_goes_alone(introducer: str) -> None:
    raw = f"First paragraph{introducer} and 12 people.\n\nSecond: 5%."
    assert clean_text(raw) == "First paragraph and 12 people.\n\nSecond: 5%."


@pytest.mark.parametrize("introducer", INTRODUCERS)
@pytest.mark.parametrize("terminator", TERMINATORS)
def test_a_terminated_sequence_goes_whole(introducer: str, terminator: str) -> None:
    assert clean_text(f"a {introducer}0;payload{terminator}b") == "a b"


@pytest.mark.parametrize(("raw", "clean"), [
    # the terminator must come: in the same paragraph, the same line, with no other control
    ("a\x9d b\n\nc\x9c d", "a b\n\nc d"),
    ("a\x1b]0; b\nc\x07 d", "a b\nc d"),  # figs31: an open OSC's number goes
    ("a\x9d b\x00 c\x9c d", "a b c d"),
    ("a\x1b]0;b\x1b[1mc\x07 d", "ac d"),
    # … after a payload of at most STRING_PAYLOAD_MAX printable ASCII characters, an OSC's
    # starting with its number
    (f"a\x9f{'x' * STRING_PAYLOAD_MAX}\x9cb", "ab"),
    (f"a\x9f{'x' * (STRING_PAYLOAD_MAX + 1)}\x9cb", f"a{'x' * (STRING_PAYLOAD_MAX + 1)}b"),
    ("a\x9dtitle\x07b", "atitleb"),
    ("\x1b]0;Café\x07x \x1b]0;Cafe\x07y", "x y"),
    # a CSI without its final byte keeps the text after it; a space is no intermediate
    ("\x1b[12 people", "12 people"),
    ("\x9b2024 budget", "2024 budget"),
    ("\x1b[ people", " people"),
    ("\x1b 2024", " 2024"),
    ("\x1b-- dash", "-- dash"),
    (f"\x1b[{'1' * 65}m", "1" * 65 + "m"),
    # complete ones go whole, as before
    ("\x1b[38;2;255;0;0mred\x1b[0m", "red"),
    ("\x1b]8;;http://e.example/\x1b\\link\x1b]8;;\x1b\\", "link"),
    ("\x1b(Bascii \x1b#8x", "ascii x"),
    # text made of UTF-8 read as Latin-1 (杭 is E6 9D AD): no word is lost
    ("æ\x9d\xadå·\x9e 5% æ\x9c\x80", "æ\xadå· 5% æ"),
])
def test_what_is_a_complete_sequence(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


#: What an introducer may come with: an OSC's number and parameters, a DCS's parameters.
PARAMETERS = ["", "0;", "8;;", "52;c;", "1;2|", "+q", "x"]
WORDS = (st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=8)
         | st.text(st.characters(categories=("L", "N", "P", "S")), min_size=1, max_size=8)
         | st.text(st.characters(min_codepoint=0x30, max_codepoint=0x39), min_size=150,
                   max_size=300))
INTRODUCER = st.tuples(st.just("introducer"), st.sampled_from(INTRODUCERS),
                       st.sampled_from(PARAMETERS)).map(lambda t: (t[0], t[1] + t[2]))
TERMINATOR = st.tuples(st.just("terminator"), st.sampled_from(TERMINATORS))
#: A whole sequence, often terminated: an introducer, a few ASCII words, a terminator.
SEQUENCE = st.tuples(INTRODUCER, st.lists(st.tuples(st.just("word"), st.text(
    st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=8)),
    max_size=3), TERMINATOR).map(lambda t: [t[0], *t[1], t[2]])
TOKENS = st.lists(
    st.tuples(st.just("word"), WORDS).map(lambda t: [t]) | INTRODUCER.map(lambda t: [t])
    | TERMINATOR.map(lambda t: [t])
    | st.tuples(st.just("other"), st.sampled_from(OTHERS + BREAKS)).map(lambda t: [t])
    | SEQUENCE,
    max_size=30,
).map(lambda runs: [token for run in runs for token in run])


def is_payload(introducer: str, payload: str) -> bool:
    """The rule: printable ASCII, not too long, an OSC's starting with its number."""
    is_osc = introducer in ("\x9d", "\x1b]")
    return len(payload) <= STRING_PAYLOAD_MAX and all(" " <= c <= "~" for c in payload) and \
        (not is_osc or payload[:1].isdigit())


def words_kept(tokens: list[tuple[str, str]]) -> list[str]:
    """The words that cleaning must keep, in order (the tokens joined with spaces): all but
    those in the payload of a terminated string sequence; an introducer's parameters stay
    when it is not terminated."""
    kept: list[str] = []
    at = 0
    while at < len(tokens):
        kind, value = tokens[at]
        if kind == "word":
            kept.append(value)
        elif kind == "introducer":
            introducer = value[:2] if value.startswith("\x1b") else value[:1]
            end = at + 1
            while end < len(tokens) and tokens[end][0] == "word":
                end += 1
            payload = value[len(introducer):] + " " + "".join(
                word + " " for _, word in tokens[at + 1 : end])
            if end < len(tokens) and tokens[end][0] == "terminator" and \
                    is_payload(introducer, payload):
                at = end  # the words between go with the sequence
            elif value[len(introducer):] and not (introducer in ("\x9d", "\x1b]") and re.match(
                    r"[0-9]+;", value[len(introducer):])):  # an open OSC's number goes (figs31)
                kept.append(value[len(introducer):])
        at += 1
    return kept


@settings(max_examples=500, deadline=None)
@given(TOKENS)
def test_every_word_outside_a_terminated_sequence_survives(tokens: list[tuple[str, str]]) -> None:
    text = " ".join(value for _, value in tokens)
    cleaned = clean_text(text)
    assert cleaned.split() == words_kept(tokens)
    assert not set(cleaned) & FORBIDDEN and "\x1b" not in cleaned
    line = clean_line(text)
    assert line.split() == words_kept(tokens) and not set(line) & (FORBIDDEN | {"\n"})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(INTRODUCERS + TERMINATORS + OTHERS + BREAKS + [
    "a", "12", " ", ";", "[", "\\", "]", "P", "m", "杭", "é"])).map("".join))
def test_no_control_survives_any_mix(text: str) -> None:
    cleaned = clean_text(text)
    assert not set(cleaned) & FORBIDDEN
    assert clean_text(cleaned) == cleaned
    assert removed_controls(cleaned) == []


@pytest.mark.parametrize(("raw", "told"), [
    ("plain text", []),
    ("tab\tand\r\nbreaks\x85\x0b\x0c", []),
    # tryout19 §19: invisible characters are told too (U+202E reorders what is shown)
    ("zero\u200bwidth \ufeff\u202e", ["U+200B", "U+FEFF", "U+202E"]),
    ("".join(map(chr, range(14, 31))), [f"U+{n:04X}" for n in range(14, 26)] + ["…"]),
    ("a\x9d b", ["U+009D"]),
    ("\x1b[31mred\x07\x00\x01\x02", ["U+001B", "U+0007", "U+0000", "U+0001", "U+0002"]),
])
def test_removed_controls_names_what_is_worth_a_warning(raw: str, told: list[str]) -> None:
    assert removed_controls(raw) == told


def test_a_stray_c1_loses_nothing_and_is_told(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """The tryout's repro, end to end: the reading text, search, figures and `--check`."""
    from hzreader.cli import main
    from hzreader.figures import extract
    from hzreader.files import load_paths
    from hzreader.query import MemoryIndex

    (tmp_path / "c1.yaml").write_text(
        'title: "Stray OSC byte"\n'
        'body: "First paragraph\\x9d and 12 people.\\n\\nSecond: revenue rose 5%."\n'
        "summary: \"Before \\e]0;title and after\"\n", encoding="utf-8")
    result = load_paths([tmp_path])
    (article,) = result.articles
    assert article.body == "First paragraph and 12 people.\n\nSecond: revenue rose 5%."
    assert article.summary == "Before and after"  # figs31: an open OSC's number and title go
    assert [a.title for a in MemoryIndex([article]).search("people")] == ["Stray OSC byte"]
    assert "12 people" in [figure.text for figure in extract(article.body)]
    assert main(["--check", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{tmp_path / 'c1.yaml'}:2:23: warning: control characters removed from `body` (U+009D)",
        f"{tmp_path / 'c1.yaml'}:3:18: warning: control characters removed from `summary` "
        "(U+001B)",
    ]


@pytest.mark.parametrize(("text", "where"), [
    # an alias: the escape is where the value it names is written
    ('x-note: &n "a\\x9d b"\ntitle: T\nbody: *n\n', (1, 14)),
    # a duplicate key: YAML keeps the last value, and so does the warning
    ('title: T\nbody: "a\\x9d b"\nbody: "c \\e[1md"\n', (3, 10)),
])
def test_the_warning_names_where_the_escape_is_written(text: str,
                                                      where: tuple[int, int]) -> None:
    from hzreader.files._loader import LoadResult, load_text

    result = LoadResult()
    load_text(text, "a.yaml", "a", result)
    told = [p for p in result.problems if p.message.startswith("control characters")]
    assert [(p.line, p.column, p.severity) for p in told] == [(*where, "warning")]


def test_without_the_document_the_warning_names_the_value() -> None:
    import yaml

    from hzreader.files._validate import ArticleFields, build_article
    from hzreader.files._yaml import SafeLoader

    node = yaml.compose('title: T\nbody: "a\\x9d b"\n', Loader=SafeLoader)
    fields = ArticleFields.from_node(node, {"title": "T", "body": "a\x9d b"}, "p.yaml",
                                     lambda mark: (mark.line + 1, mark.column + 1))
    problems: list = []
    article = build_article(fields, "p", problems)
    assert article is not None and article.body == "a b"
    assert [str(p) for p in problems] == [
        "p.yaml:2:7: warning: control characters removed from `body` (U+009D)"]


@pytest.mark.parametrize(("raw", "clean"), [
    ("Before \x1b]0;title and 7 cats after.", "Before and 7 cats after."),
    ("First paragraph \x1b]0;title and 12 people.\n\nSecond: 5%.",
     "First paragraph and 12 people.\n\nSecond: 5%."),
    ("a \x9d2;window-title b", "a b"),  # one space left, not a column gap (tryout19)
    ("\x1b]8;;http://e.example/ link text", " link text"),
    ("\x9d2024 budget", "2024 budget"),  # no ";": no OSC number, the text stays
    ("\x1b]title 5", "title 5"),  # no number: the introducer alone
])
def test_an_open_osc_takes_its_number_and_title(raw: str, clean: str) -> None:
    """tryout16: an OSC whose terminator never comes left "0;title" (and a figure 0) in the
    text; its number, ";" and the word glued to them go, the text after them stays."""
    assert clean_text(raw) == clean
