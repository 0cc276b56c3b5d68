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

Most articles have most first letters ("s", "th", "the"): a prefix that more than half of
them have (`choose_dense`, decided once per database from the first articles of its first
big sync) is written the other way round, as its absence ("ǃs" where no word starts with
"s"), which halves the table; a query for it is "everything NOT its absence". The words are
those of `query.tokenize` (a property test holds `prefix_text` to it), found by the cheapest
means for the common case: ASCII words by byte operations, the others one by one, cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter

from hzreader.query import mark_numbers, tokenize
from hzreader.text import CJK_RANGES, fold

#: The table's name, and the longest prefix it holds.
TABLE = "prefixes"
LONGEST = 3
#: Written into every row of the table, so "everything NOT x" is one query there too. It is
#: not a prefix of anything typed (`fold` turns it into "dz"), nor ASCII.
EVERY_TOKEN = "\u01c6"
MATCH_EVERYTHING = f'"{EVERY_TOKEN}"'

#: Marks the absence of a dense prefix ("ǃs": no word starts with "s"). A letter (FTS5 keeps
#: it in the token), and not ASCII, so never a prefix itself.
ABSENT = "\u01c3"
#: A prefix is dense when more than this share of the articles have it ...
DENSE_SHARE = 0.5
#: ... judged on this many articles, once there are at least so many to write.
DENSE_SAMPLE = 500

#: Text as bytes: ASCII letters lowercased, digits kept, other ASCII characters (which never
#: belong to a word token) turned into spaces, non-ASCII bytes left for `_other_starts`.
_BYTES = bytes(
    code + 32 if 65 <= code <= 90
    else code if 48 <= code <= 57 or 97 <= code <= 122 or code >= 128
    else 32
    for code in range(256)
)
_FIRST = {size: itemgetter(slice(0, size)) for size in range(1, LONGEST + 1)}
_EVERY = EVERY_TOKEN.encode()
_ABSENT = ABSENT.encode()
#: CJK letters: their tokens are bigrams, never ASCII, so they only separate words here.
_CJK = re.compile(f"(?:(?=[^\\W_])[{CJK_RANGES}])+")
#: Words up to this long are cached (names with accents repeat; a sentence of Chinese not).
_CACHED_WORD = 48


def _other_starts(word: bytes) -> list[bytes]:
    """The ASCII starts (up to `LONGEST` characters) of the word tokens of a word with
    non-ASCII characters: "kraków" → "kra", "xi’s" → "xi" "s", "søren" → "s", "杭州" → none."""
    text = _CJK.sub(" ", fold(word.decode("utf-8", "surrogatepass")))
    found = []
    for token, _, _ in tokenize(text):
        start = token[:LONGEST]
        while start and not (start.isascii() and start.isalnum()):
            start = start[:-1]  # "sø" gives "s": the ASCII part that leads
        if start:
            found.append(start.encode())
    return found


_cached_other_starts = lru_cache(maxsize=16384)(_other_starts)


def prefix_text(texts: Iterable[str], dense: frozenset[str] = frozenset()) -> str:
    """The row of the `prefixes` table of an article's texts (title, summary, tags, source,
    author, body): `EVERY_TOKEN`, the distinct prefixes of its words that are not `dense`,
    and the absence of the dense ones it lacks ("sha sh mar ma m ǃx …")."""
    starts = prefixes(texts)
    if dense:
        encoded = {prefix.encode() for prefix in dense}
        starts = (starts - encoded) | {_ABSENT + prefix for prefix in encoded - starts}
    starts.add(_EVERY)
    return b" ".join(starts).decode()


def prefixes(texts: Iterable[str]) -> set[bytes]:
    """The distinct prefixes (1 to `LONGEST` characters) of the word tokens of some texts."""
    # Set operations and C-level maps only, but for words with non-ASCII characters.
    data = mark_numbers(" ".join(texts)).encode("utf-8", "surrogatepass")
    words = set(data.translate(_BYTES).split())
    plain = set(filter(bytes.isalnum, words))  # ASCII letters and digits only
    starts = set(map(_FIRST[LONGEST], plain))
    for word in words - plain:
        starts.update(_cached_other_starts(word) if len(word) <= _CACHED_WORD
                      else _other_starts(word))
    pairs = set(map(_FIRST[2], starts))
    starts |= pairs
    starts.update(map(_FIRST[1], pairs))
    return starts


def choose_dense(articles: Iterable[Iterable[str]]) -> frozenset[str]:
    """The prefixes that more than `DENSE_SHARE` of some articles (their texts) have."""
    counts: dict[bytes, int] = {}
    total = 0
    for texts in articles:
        total += 1
        for prefix in prefixes(texts):
            counts[prefix] = counts.get(prefix, 0) + 1
    return frozenset(prefix.decode() for prefix, count in counts.items()
                     if count > DENSE_SHARE * total)


def short_match(token: str, dense: frozenset[str]) -> tuple[str, bool]:
    """The FTS5 match in `prefixes` for a `short_token`, and whether it finds the articles
    *without* the token (a dense prefix is written as its absence)."""
    if token in dense:
        return f'"{ABSENT}{token}"', True
    return f'"{token}"', False


def short_token(tokens: tuple[str, ...]) -> str | None:
    """The token a term's `term_tokens` are looked up by in `prefixes`, if that table can
    answer it: one word token of at most `LONGEST` ASCII letters or digits."""
    if len(tokens) != 1:
        return None
    token = tokens[0]
    return token if len(token) <= LONGEST and token.isascii() and token.isalnum() else None
