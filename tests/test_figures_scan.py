"""The fast scans of the figure extractor find exactly what the plain ones find.

`figures._scan.trigger_scan` stands for `TRIGGER.search` / `TRIGGER_ZH.search` (where a
figure may start) and `figures._sentences.sentence_ends` for a plainer reading of sentence
ends (kept below as `_reference_ends`). Both are checked position by position on the
frozen texts and on generated texts made of the pieces that matter (word boundaries,
Unicode digits and letters, CJK numerals, abbreviations).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hzreader.figures import _scan
from hzreader.figures._patterns import TRIGGER, TRIGGER_ZH
from hzreader.figures._sentences import sentence_ends

TEXTS = [case["text"] for case in json.loads(
    (Path(__file__).parent / "data" / "figures_frozen.json").read_text(encoding="utf-8"))]

_TRIGGER_PIECES = [
    "one", "One", "ONE", "someone", "tone", "first", "First", "twenty-one", "half", "Quarter",
    "Q3", "Q5", "Q", "No", "No.", "No 5", "Nine", "None", "N", " ", "  ", "\n", "\t", "_", "-",
    ".", ",", "(", "'", "“", "—", "\u00a0", "5", "12", "3.5", "1,000", "\u0663", "\uff15", "²",
    "½", "é", "É", "x", "A", "Zero", "三", "十", "半年", "上半年", "下半", "前三", "前", "第",
    "年", "个月", "两", "〇", "亿", "元", "A350", "ünf", "hundred", "thousandth",
]
_SENTENCE_PIECES = [
    "Mr", "mr", "Dr", "U.S", "J", "a", "inc", "Inc", "approx", "word", "Word", "Sept", "é",
    "éa", "²", "½", "Ⅻ", ".", "..", "!", "?", "?!", "。", "！", "\n", " ", "  ", "\t", '"',
    "“", "”", "’", ")", "]", "」", "(", "5", "A", "Z", "中", "x.y", ".5",
]


def _plain(text: str, cjk: bool, pos: int) -> tuple[int, int] | None:
    m = (TRIGGER_ZH if cjk else TRIGGER).search(text, pos)
    return None if m is None else m.span()


def _same_triggers(text: str) -> None:
    for cjk in (False, True):
        find = _scan.trigger_scan(text, cjk)
        for pos in range(len(text) + 1):
            assert find(pos) == _plain(text, cjk, pos), (text, cjk, pos)


def test_the_fast_scans_are_in_use() -> None:
    """The patterns still have the shape the fast scans are built from (else they fall back
    to the plain patterns: right, but slow)."""
    assert _scan.fast_in_use() == (True, True)


def test_word_boundaries_see_the_character_before_the_start() -> None:
    # what trigger_scan relies on: \b at `pos` looks at text[pos - 1]
    assert re.compile(r"\bone").search("someone", 4) is None
    assert _scan.trigger_scan("someone", False)(4) is None
    assert _scan.trigger_scan("some one", False)(4) == (5, 8)
    assert _scan.trigger_scan("One 5", False)(0) == (0, 3)
    assert _scan.trigger_scan("x5", False)(0) == (1, 2)
    assert _scan.trigger_scan("上半年增长5%", True)(0) == (0, 3)


def test_triggers_of_the_frozen_texts() -> None:
    for text in TEXTS[::3]:
        _same_triggers(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TRIGGER_PIECES), max_size=14))
def test_triggers_of_generated_texts(pieces: list[str]) -> None:
    _same_triggers("".join(pieces))


def test_a_trigger_of_another_shape_falls_back_to_the_plain_pattern(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A third alternative after the words has no \\b of its own: the fast scan, which
    puts every word after a non-word character, would miss "xH1"; so it is not used."""
    monkeypatch.setattr(_scan, "TRIGGER", re.compile(TRIGGER.pattern + r"|H[12]\b"))
    _scan._scan_for.cache_clear()
    try:
        assert _scan.fast_in_use()[0] is False
        assert _scan.trigger_scan("xH1 and", False)(0) == (1, 3)
    finally:
        monkeypatch.undo()
        _scan._scan_for.cache_clear()
    assert _scan.fast_in_use() == (True, True)


def test_first_chars() -> None:
    assert _scan.first_chars("ab|[cd]e") == frozenset("acd")
    assert _scan.first_chars(r"(?:x|y)z\b") == frozenset("xy")
    assert _scan.first_chars(r"\bq+") == frozenset("q")
    assert _scan.first_chars("a?b") is None  # may start with b too: not sure, so no set
    assert _scan.first_chars("(?i)a") is None
    assert _scan.first_chars(r"\w") is None
    assert _scan.first_chars("(") is None


def _reference_ends(text: str) -> list[int]:
    """sentence_ends as first written: the mark pattern with a lookahead first, and the word
    before each period read one character at a time."""
    mark = re.compile(
        r"(?=[.!?。！？\n])(?:[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\u3400-\u9fff])"
        r"|[。！？]+[”’」』）]*|\n)")
    abbreviations = frozenset(
        "mr mrs ms dr prof st no nos vs jan feb mar apr jun jul aug sep sept oct nov dec gen "
        "gov sen rep rev col lt sgt capt inc co corp ltd jr sr approx fig est dept univ".split())
    ends = []
    for m in mark.finditer(text):
        if text[m.start()] == ".":
            word_start = m.start()
            while word_start > 0 and (text[word_start - 1].isalpha()
                                      or text[word_start - 1] == "."):
                word_start -= 1
            word = text[word_start : m.start()]
            if word.lower() in abbreviations or len(word) == 1 or "." in word:
                continue
        ends.append(m.end())
    return ends


def test_sentence_ends_of_the_frozen_texts() -> None:
    for text in TEXTS:
        assert sentence_ends(text) == _reference_ends(text), text


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=16))
def test_sentence_ends_of_generated_texts(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert sentence_ends(text) == _reference_ends(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=16), st.integers(0, 200))
def test_sentence_ends_up_to_a_stop(pieces: list[str], stop: int) -> None:
    """With `stop`, the ends are those of the whole text up to the first at or after it."""
    text = "".join(pieces)
    every = sentence_ends(text)
    upto = [end for end in every if end < stop]
    upto += [end for end in every if end >= stop][:1]
    assert sentence_ends(text, stop) == upto
