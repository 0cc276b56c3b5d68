"""`clean_text` and `clean_line`: nothing that can drive or fool a terminal survives."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hzreader.text import clean_line, clean_text, escaped

#: Characters no cleaned text may contain (besides newline, which only `clean_line` folds).
FORBIDDEN = (
    {chr(c) for c in range(0x20) if c != 0x0A}
    | {chr(c) for c in range(0x7F, 0xA0)}
    | set("\u061c\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
    | set("\u2060\u2066\u2067\u2068\u2069\ufeff\u2028\u2029")
    | {chr(c) for c in range(0xD800, 0xE000)}
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("\x1b[31mred\x1b[0m", "red"),
        ("\x1b[38;2;255;0;0;1mrgb", "rgb"),
        ("\x1b[?25lhidden cursor", "hidden cursor"),
        ("\x1b]0;evil\x07ok", "ok"),
        ("\x1b]0;evil\x1b\\ok", "ok"),
        ("\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\", "link"),
        ("\x1b]52;c;cHduZWQ=\x07after", "after"),
        ("\x9b31mred", "red"),
        ("\x9d0;title\x9cok", "ok"),
        ("\x1bP1;2|payload\x1b\\ok", "ok"),
        ("\x1bcreset", "reset"),
        ("\x1b(Bascii", "ascii"),
        # an unterminated sequence: only its introducer goes, its text stays (tryout15)
        # figs31: but an OSC's number and its title go
        ("a\x1b]0;unterminated\nnext line", "a\nnext line"),
        ("left\u202eright", "leftright"),
        ("zero\u200bwidth\u200d\ufeff", "zero width"),  # between two words: a space
        ("Zero\u200b\u200bwidth, Ἀθῆναι\u200bМосква", "Zero width, Ἀθῆναι Москва"),
        ("杭州\u200b人才 a\u200b杭 4\u200bkm a\u200b", "杭州人才 a杭 4km a"),  # else it goes
        ("می\u200cخواهم", "می\u200cخواهم"),  # Persian is spelled with the non-joiner
        ("क्\u200dष", "क्\u200dष"),  # an Indic joiner between a mark and a letter
        # a joiner between emoji makes one (tryout12: the family showed as four faces) …
        ("👨\u200d👩\u200d👧\u200d👦 family", "👨\u200d👩\u200d👧\u200d👦 family"),
        *((joined, joined) for joined in ("👩\u200d⚕\ufe0f", "🏳\ufe0f\u200d🌈", "🧑🏽\u200d💻")),
        # … elsewhere it goes: it joins no Latin or Chinese letters, nor emoji to text
        ("a\u200db 杭\u200d州 x\u200d😀\u200d 😀\u200d\u200d😀", "ab 杭州 x😀 😀😀"),
        ("tag\U000e0041\U000e0042s", "tags"),
        ("nul\x00bel\x07del\x7f", "nulbeldel"),
        ("windows\r\nmac\rnel\x85ls\u2028ps\u2029", "windows\nmac\nnel\nls\nps\n"),
        ("tab\there", "tab    here"),
        ("lone \udcff surrogate", "lone \ufffd surrogate"),
        ("[bold]markup[/] stays", "[bold]markup[/] stays"),
        ("Café 杭州 — ok", "Café 杭州 — ok"),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_clean_line_folds_whitespace() -> None:
    assert clean_line("  a\n\nb\t c\u2028d \x1b[1m e ") == "a b c d e"
    assert clean_line("") == ""


def test_clean_text_returns_safe_text_unchanged() -> None:
    text = "Plain text,\nwith a newline and ümlauts."
    assert clean_text(text) is text


PIECES = st.sampled_from(
    ["\x1b", "[", "]", "\\", "\x07", "\x9b", "\x9c", "\x9d", "\x90", ";", "0", "8", "52", "m",
     "P", "\n", "\r", "\t", "a", "\u202e", "\u200b", "\u200c", "\u200d", "\x00", "\ud800",
     "क", "्", "😀", "\ufe0f", "杭"]
)


@settings(max_examples=200, deadline=None)
@given(st.text() | st.lists(PIECES).map("".join))
def test_no_control_characters_survive(text: str) -> None:
    cleaned = clean_text(text)
    assert not set(cleaned) & FORBIDDEN
    for at, char in enumerate(cleaned):  # a joiner only between letters (or their marks)
        if char == "\u200d":  # of scripts it joins, or between emoji
            assert 0 < at < len(cleaned) - 1
            before, after = cleaned[at - 1], cleaned[at + 1]
            assert {unicodedata.category(before)[0], unicodedata.category(after)[0]} <= \
                {"L", "M"} and not ({before, after} & set("a杭")) or \
                before in "😀\ufe0f" and after == "😀", (before, after)
    line = clean_line(text)
    assert not set(line) & (FORBIDDEN | {"\n"})
    assert line == line.strip()


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_cleaning_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
    assert clean_line(clean_line(text)) == clean_line(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, max_codepoint=0x20000) | st.sampled_from(
    "\x00\x07\t\n\r\x1b\x7f\x85\x9b\u200b\u2028\u202e\ud800\ufeff\U000e0041")))
def test_the_quick_safety_check_agrees_with_the_pattern(text: str) -> None:
    from hzreader.text import _UNSAFE, _is_safe

    assert _is_safe(text) == (_UNSAFE.search(text) is None)


def test_a_zero_width_space_between_words_is_searchable_as_two(tmp_path: Path) -> None:
    """tryout8: "Zero\u200bwidth" showed and was indexed as "Zerowidth": /width missed it."""
    from hzreader.files import load_paths
    from hzreader.query import MemoryIndex

    text = "title: Zero\u200bwidth test\nbody: 杭州\u200b人才 in the text.\n"
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    (article,) = load_paths([tmp_path]).articles
    assert article.title == "Zero width test" and article.body == "杭州人才 in the text."
    assert [a.title for a in MemoryIndex([article]).search("width")] == ["Zero width test"]


@pytest.mark.parametrize(("name", "shown"), [
    ("news/a.yaml", "news/a.yaml"),
    ("中文/新聞.yaml", "中文/新聞.yaml"),
    ("\x1b[31mred\x1b]0;PWN\x07.yaml", "\\x1b[31mred\\x1b]0;PWN\\x07.yaml"),
    ("new\nline.yaml", "new\\nline.yaml"),
    ("tab\there.yaml", "tab\\there.yaml"),
    ("rlo\u202egpj.yaml", "rlo\\u202egpj.yaml"),
    ("latin1-\udce9t\udce9.yaml", "latin1-\\xe9t\\xe9.yaml"),  # undecodable bytes
    ("back\\slash.yaml", "back\\\\slash.yaml"),
    ("back\\slash\x01.yaml", "back\\\\slash\\x01.yaml"),
])
def test_a_file_name_is_escaped_as_ls_b_shows_it(name: str, shown: str) -> None:
    assert escaped(name) == shown


@given(st.text(alphabet=st.characters(codec=None, max_codepoint=0x20000) | st.sampled_from(
    sorted(FORBIDDEN | {"\n", "\\"}))))
def test_an_escaped_name_is_safe_and_tells_names_apart(name: str) -> None:
    shown = escaped(name)
    assert not set(shown) & (FORBIDDEN | {"\n"})
    assert escaped(name + "\x01") != escaped(name + "\\x01")
    if not set(name) & (FORBIDDEN | {"\n", "\\"}):
        assert shown == name


def test_check_names_a_file_by_its_escaped_name(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from hzreader.cli import main

    (tmp_path / "\x1b[31mred.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    assert main(["--check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "\\x1b[31mred.yaml:" in out and "\x1b" not in out


def test_the_joining_patterns_compile_on_first_use() -> None:
    """Start-up (the app imported, an index's fingerprint taken) compiles none of the
    patterns that joiners and escaped names need (≈ 4 ms); the first such text compiles
    them, and is cleaned as before."""
    import subprocess
    import sys

    code = ("from hzreader.text import _joining, clean_text, escaped; "
            "import hzreader.ui._app; from hzreader.index._db import fingerprint; "
            "fingerprint(); before = _joining.cache_info().currsize; "
            "print(before, repr(clean_text('a\\x1b[31mbc')), repr(escaped('x\\ny')), "
            "repr(clean_text('x\\u200dy')), _joining.cache_info().currsize)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split() == ["0", "'abc'", "'x\\\\ny'", "'xy'", "1"]


def _every_pass(text: str) -> str:
    """`clean_text` as it was: every pass run, whatever the text holds."""
    from hzreader.text import _cleaning, _is_safe, _keep_joiner

    if _is_safe(text):
        return text
    patterns = _cleaning()
    text = patterns.line_breaks.sub("\n", text)
    # what is removed between two spaces takes one of them (tryout19 §19)
    text = patterns.escape_sequences.sub("\x00", text)
    text = patterns.gap.sub("", text).replace("\x00", "")
    text = patterns.word_break.sub(" ", text)
    text = patterns.invisible.sub("\x00", text)
    text = patterns.gap.sub("", text).replace("\x00", "")
    text = patterns.joiner.sub(_keep_joiner, text)
    text = patterns.surrogates.sub("\ufffd", text)
    return text.replace("\t", "    ")


def test_a_pass_left_out_had_nothing_to_do() -> None:
    """`clean_text` skips a pass whose pattern cannot match: the same text as with all of
    them, for every character the passes look for, alone and in company."""
    import random

    from hzreader.text import clean_text

    special = ("\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1b[31m", "\x1b]0;t\x07",
               "\x9b1m", "\x9dx\x9c", "\x90q\x9c", "\x98", "\x9e", "\x9f", "\x1bP", "\x1b(",
               "\u200b", "\u200d", "\u200e", "\u202e", "\ufeff", "\U000e0041", "\ud800", "\t",
               "\x00", "\x07", "\x7f", "\u061c", "👨", "क", "杭", "a", "b", " ", "\n")
    rng = random.Random(15)
    texts = [*special, *(a + b for a in special for b in special)]
    texts += ["".join(rng.choice(special) for _ in range(8)) for _ in range(3000)]
    for text in texts:
        assert clean_text(text) == _every_pass(text), repr(text)


def test_the_index_fingerprint_compiles_one_cleaning_pattern() -> None:
    """A warm start's fingerprint cleans "a\\u200bb": it compiles the word-break pattern
    only, not the others (≈ 1.2 ms); other text still compiles what it needs (`gap` is
    tiny)."""
    import subprocess
    import sys

    code = ("from hzreader.text import _cleaning, clean_text; "
            "from hzreader.index._db import fingerprint; fingerprint(); "
            "print(sorted(vars(_cleaning()))); clean_text('a\\x1b[31mb\\r\\n'); "
            "print(sorted(vars(_cleaning())))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.splitlines() == [
        "['word_break']", "['escape_sequences', 'gap', 'line_breaks', 'word_break']"]


def test_the_index_fingerprint_changes_with_the_escape_rules(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The index holds cleaned text: changed escape rules (tryout15: an unterminated string
    sequence keeps its text) must rebuild it, without compiling them at every start."""
    import hzreader.text
    from hzreader.index._db import fingerprint

    before = fingerprint()
    monkeypatch.setattr(hzreader.text, "_ESCAPE_SEQUENCES",
                        hzreader.text._ESCAPE_SEQUENCES + "|x")
    assert fingerprint() != before
