"""Where sentences end in news text: `. ! ?` before a capital, `。！？`, line ends. (A row of
a Markdown table is one sentence: `_places` takes it from the paragraph's lines.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: A mark that ends a sentence. It starts with a one-character class so that `re` skips
#: other characters in C (a lookahead first would not: ≈ 2.5 times slower), then checks
#: which mark it consumed with a lookbehind.
_AFTER_PERIOD = r"[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\u3400-\u9fff])"
_SENTENCE_END = re.compile(
    rf"[.!?。！？\n](?:(?<=[.!?]){_AFTER_PERIOD}|(?<=[。！？])[。！？]*[”’」』）]*|(?<=\n))")
#: `_SENTENCE_END` where it starts with a period (the same match).
_PERIOD_END = re.compile(rf"\.{_AFTER_PERIOD}")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st no nos vs jan feb mar apr jun jul aug sep sept oct nov dec gen gov "
    "sen rep rev col lt sgt capt inc co corp ltd jr sr approx fig est dept univ".split()
)
#: The ASCII letters and dots that end a word, read in the reversed text.
_ASCII_WORD = re.compile(r"[A-Za-z.]*")


def _word_before(text: str, pos: int) -> str:
    """The letters and dots right before `pos` (the word a period ends)."""
    start = pos
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    return text[start:pos]


def _marks(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_SENTENCE_END` in `text`: where periods are its only marks (most
    paragraphs: their lines are joined with spaces), those of `_PERIOD_END`, which `re`
    finds about twice as fast (it skips to a literal first character in C, but tests a
    class at every character)."""
    if "!" in text or "?" in text or "\n" in text or not text.isascii() and (
            "。" in text or "！" in text or "？" in text):
        return _SENTENCE_END.finditer(text)
    return _PERIOD_END.finditer(text)


def sentence_ends(text: str, stop: int | None = None) -> list[int]:
    """Offsets just past each sentence-ending mark of `text` (abbreviations skipped); with
    `stop`, only up to the first one at or after `stop` (the rest of the text is not read)."""
    if stop is None:
        stop = len(text) + 1
    ends: list[int] = []
    reverse: str | None = None
    size = len(text)
    for m in _marks(text):
        dot = m.start()
        if text[dot] == ".":
            space = text.rfind(" ", dot - 16 if dot > 16 else 0, dot)
            word = text[space + 1 : dot]
            if space >= 0 and word.isalpha():  # the common case: letters after a space
                if len(word) == 1 or word.lower() in _ABBREVIATIONS:
                    continue
                ends.append(m.end())
                if ends[-1] >= stop:
                    break
                continue
            if reverse is None:
                reverse = text[::-1]
            run = _ASCII_WORD.match(reverse, size - dot)  # always matches (maybe nothing)
            word_start = size - run.end() if run is not None else dot
            if word_start and text[word_start - 1] >= "\x80":  # it may go on: read it exactly
                word = _word_before(text, dot)
            else:
                word = text[word_start:dot]
            if len(word) == 1 or "." in word or word.lower() in _ABBREVIATIONS:
                continue  # "Mr. Li", "J. Smith", "U.S. officials"
        ends.append(m.end())
        if ends[-1] >= stop:
            break
    return ends
