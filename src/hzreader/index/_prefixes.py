"""The first letters of words, for the first keys typed: a small full-text table of their own.

The full-text index `fts` keeps positions (phrases need them) but no prefix indexes: FTS5's
prefix indexes copy every position once per prefix length, which made them 60 % of the index.
Instead, each article's words give their first one, two and three letters, once per article,
to `prefixes`, a contentless FTS5 table without positions ("shanghai" → "s sh sha"). A term
of one word of at most three letters (`short_token`) is then a single exact token there,
which FTS5 reads as fast as it read a prefix index; longer words are prefix queries on `fts`,
whose expansion over the few words sharing four letters is cheap.

Only letters and digits of ASCII (after folding, so "é" counts as "e") are written: a short
word in another script is searched in `fts` as a prefix, correct but slower.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter

from hzreader.text import fold

#: The table's name, and the longest prefix it holds.
TABLE = "prefixes"
LONGEST = 3
#: Written into every row of the table, so "everything NOT x" is one query there too. It is
#: not a prefix of anything typed (`fold` turns it into "dz"), nor ASCII.
EVERY_TOKEN = "\u01c6"
MATCH_EVERYTHING = f'"{EVERY_TOKEN}"'

#: Index text as bytes: ASCII letters lowercased, digits kept, other ASCII characters (which
#: the tokenizer treats as separators) turned into spaces, non-ASCII bytes left for later.
_BYTES = bytes(
    code + 32 if 65 <= code <= 90
    else code if 48 <= code <= 57 or 97 <= code <= 122 or code >= 128
    else 32
    for code in range(256)
)
_FIRST = {size: itemgetter(slice(0, size)) for size in range(1, LONGEST + 1)}
_EVERY = EVERY_TOKEN.encode()
#: The first three letters or digits of each token of a word with non-ASCII characters.
_TOKEN_START = re.compile(r"(?<![^\W_])[^\W_]{1,3}")


@lru_cache(maxsize=16384)
def _other_starts(word: bytes) -> tuple[bytes, ...]:
    """The starts (up to three characters, folded, ASCII only) of the tokens of a word that
    has non-ASCII characters: "kraków" → "kra", "xi’s" → "xi" "s", "杭州" → nothing."""
    found = []
    for start in _TOKEN_START.findall(word.decode("utf-8", "surrogatepass")):
        folded = start.lower() if start.isascii() else fold(start)[:LONGEST]
        for size in range(len(folded), 0, -1):  # "sø" gives "s": the ASCII part that leads
            if folded[:size].isascii() and folded[:size].isalnum():
                found.append(folded[:size].encode())
                break
    return tuple(found)


def prefix_text(texts: Iterable[str]) -> str:
    """The distinct prefixes (1 to `LONGEST` characters) of the word tokens of some index texts
    (`index_text`), as the row of the `prefixes` table ("sha sh s mar ma m …")."""
    # Set operations and C-level maps only: this runs for every article of a sync.
    words = set(" ".join(texts).encode("utf-8", "surrogatepass").translate(_BYTES).split())
    plain = set(filter(bytes.isalnum, words))  # ASCII letters and digits only
    starts = set(map(_FIRST[LONGEST], plain))
    for word in words - plain:
        starts.update(_other_starts(word))
    pairs = set(map(_FIRST[2], starts))
    starts |= pairs
    starts.update(map(_FIRST[1], pairs))
    starts.add(_EVERY)
    return b" ".join(starts).decode()


def short_token(tokens: tuple[str, ...]) -> str | None:
    """The token a term's `term_tokens` are looked up by in `prefixes`, if that table can
    answer it: one word token of at most `LONGEST` ASCII letters or digits."""
    if len(tokens) != 1:
        return None
    token = tokens[0]
    return token if len(token) <= LONGEST and token.isascii() and token.isalnum() else None
