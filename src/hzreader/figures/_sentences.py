"""Where sentences end in news text: `. ! ?` before a capital, `。！？`, line ends."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(  # the lookahead first lets the scan skip other characters fast
    r"(?=[.!?。！？\n])(?:[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\u3400-\u9fff])"
    r"|[。！？]+[”’」』）]*|\n)"
)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st no nos vs jan feb mar apr jun jul aug sep sept oct nov dec gen gov "
    "sen rep rev col lt sgt capt inc co corp ltd jr sr approx fig est dept univ".split()
)


def sentence_ends(text: str) -> list[int]:
    """Offsets just past each sentence-ending mark of `text` (abbreviations skipped)."""
    ends: list[int] = []
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == ".":
            word_start = m.start()
            while word_start > 0 and (text[word_start - 1].isalpha()
                                      or text[word_start - 1] == "."):
                word_start -= 1
            word = text[word_start : m.start()]
            if word.lower() in _ABBREVIATIONS or len(word) == 1 or "." in word:
                continue  # "Mr. Li", "J. Smith", "U.S. officials"
        ends.append(m.end())
    return ends
