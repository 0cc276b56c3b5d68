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
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import filterfalse
from operator import itemgetter

from hzreader.index._db import PREFIX_TABLE
from hzreader.index._tokens import needs_folding, tokenizer_folds_all
from hzreader.query import mark_numbers, tokenize
from hzreader.text import CJK_RANGES, fold

#: The table's name, and the longest prefix it holds.
TABLE = PREFIX_TABLE
LONGEST = 3
#: Written into every row of the table, so "everything NOT x" is one query there too. It is
#: not a prefix of anything typed (`fold` turns it into "dz"), nor ASCII.
EVERY_TOKEN = "\u01c6"
MATCH_EVERYTHING = f'"{EVERY_TOKEN}"'

#: Marks the absence of a dense prefix ("ǃs": no word starts with "s"). A letter (FTS5 keeps
#: it in the token), and not ASCII, so never a prefix itself.
ABSENT = "\u01c3"
#: Marks a first letter of a word of the title ("ǂs": the title has a word starting with s),
#: so a field term with a short word (`title:s`) is answered here too. A letter, not ASCII.
TITLE_MARK = "\u01c2"
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
_TITLE = TITLE_MARK.encode()
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


def forget_word_starts() -> None:
    """Empty the cache of words' starts (≈ 6 MB when full): a sync's workers call it once
    they are given only figures to find, so that it does not stay beside the figure rules
    (a cold start's peak of memory)."""
    _cached_other_starts.cache_clear()


def _fold_match(match: re.Match[str]) -> str:
    """`fold` of a regex match."""
    return fold(match.group())


def prefix_text(texts: Sequence[str], dense: frozenset[str] = frozenset()) -> str:
    """The row of the `prefixes` table of an article's texts (title, summary, tags, source,
    author, body): `EVERY_TOKEN`, the distinct prefixes of its words that are not `dense`,
    the absence of the dense ones it lacks, and the title's prefixes marked as such
    ("sha sh mar ma m ǃx ǂsha ǂsh ǂs …")."""
    starts = prefixes(texts)
    if dense:
        encoded, absences = _encoded(dense)
        lacking = encoded - starts
        starts -= encoded
        starts.update(map(absences.__getitem__, lacking))
    starts.add(_EVERY)
    if texts and texts[0]:
        starts.update(_TITLE + prefix for prefix in prefixes(texts[:1]))
    return b" ".join(starts).decode()


@lru_cache(maxsize=4)
def _encoded(dense: frozenset[str]) -> tuple[frozenset[bytes], dict[bytes, bytes]]:
    """The dense prefixes as bytes, and each one's absence token."""
    encoded = frozenset(prefix.encode() for prefix in dense)
    return encoded, {prefix: _ABSENT + prefix for prefix in encoded}


def prefixes(texts: Iterable[str]) -> set[bytes]:
    """The distinct prefixes (1 to `LONGEST` characters) of the word tokens of some texts."""
    # C-level maps and set operations; Python only for the few words with non-ASCII bytes.
    text = " ".join(texts)
    if not text.isascii() and not tokenizer_folds_all(text):
        # Folded before numbers are marked, as the index text is ("0.²" is "0.2", "0p2").
        text = needs_folding().sub(_fold_match, text)
    data = mark_numbers(text).encode("utf-8", "surrogatepass")
    words = data.translate(_BYTES).split()
    starts = set(map(_FIRST[LONGEST], words))
    if not data.isascii():
        # A word's start with a non-ASCII byte in it ("sø" of "søren") is worked out from
        # the whole word: the ASCII starts of its word tokens ("s").
        starts = set(filter(bytes.isalnum, starts))
        for word in set(filterfalse(bytes.isascii, words)):
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


def short_match(token: str, dense: frozenset[str], title: bool = False) -> tuple[str, bool]:
    """The FTS5 match in `prefixes` for a `short_token` (in the title only with `title`), and
    whether it finds the articles *without* the token (a dense prefix is written as its
    absence)."""
    if title:
        return f'"{TITLE_MARK}{token}"', False
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
