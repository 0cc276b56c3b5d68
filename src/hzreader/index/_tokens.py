"""What SQLite's FTS5 tokenizer folds by itself, so the index text leaves that part to it.

The index must hold the tokens of `query.tokenize(fold(text))` (queries are folded alike).
The tokenizer already lowercases and, with `remove_diacritics 2`, strips accents from
letters such as é and ü, and it treats punctuation such as ’ or € as a separator. Leaving
those characters to it saves the Python work per character run that folding them costs
(most of the index-text time in typical news text). Which characters are safe to leave is
asked of the SQLite library in use, once per process, not assumed.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Iterable

from hzreader.text import fold, non_ascii_chars

#: The FTS5 tokenizer of the index (the schema uses this very string).
TOKENIZER = "unicode61 remove_diacritics 2"
#: The ranges of characters considered for leaving to the tokenizer: Latin-1 and Latin
#: Extended letters and signs, Greek, Cyrillic, general punctuation and currency signs.
#: Anything else (CJK, which needs bigrams; compatibility forms such as ™ or full-width
#: letters) is folded in Python.
_CANDIDATES = ((0xA0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x2000, 0x206F),
               (0x20A0, 0x20CF))


def tokens(texts: Iterable[str]) -> list[list[str]]:
    """The tokens FTS5 makes of each text, in order (an in-memory table, for checks)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{TOKENIZER}')")
        conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
        rows = list(texts)
        conn.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", enumerate(rows))
        found: list[list[str]] = [[] for _ in rows]
        for term, doc in conn.execute("SELECT term, doc FROM v ORDER BY doc, offset"):
            found[doc].append(term)
        return found
    finally:
        conn.close()


@functools.cache
def tokenizer_folds() -> frozenset[str]:
    """The non-ASCII characters whose tokens are the same with or without `fold`."""
    # Each character between letters, so separators and letters are both tested in a word.
    candidates = "".join(chr(code) for first, last in _CANDIDATES
                         for code in range(first, last + 1))
    plain = [f"a{char}b" for char in candidates]
    folded = [fold(text) for text in plain]
    found = tokens(plain + folded)
    count = len(plain)
    # A sign or punctuation mark must also be its own fold: the symbol tokens of the index
    # text (`query.symbol_runs`) are cut from the characters as they stand.
    return frozenset(char for index, char in enumerate(candidates)
                     if found[index] == found[count + index]
                     and (char.isalnum() or fold(char) == char
                          or (char.isspace() and fold(char).isspace())))


def tokenizer_folds_all(text: str) -> bool:
    """True when the tokenizer folds every character of `text` like `fold` would.

    A quick test (a few µs for an article): only the non-ASCII characters need looking at.
    """
    return tokenizer_folds().issuperset(
        non_ascii_chars(text.encode("utf-8", "surrogatepass")))


@functools.cache
def needs_folding() -> re.Pattern[str]:
    """Runs of non-ASCII characters that the tokenizer does not fold like `fold`."""
    safe = "".join(sorted(tokenizer_folds()))
    return re.compile(f"[^\\x00-\\x7f{re.escape(safe)}]+")
