"""Article bodies are stored compressed: the full-text index holds no text, so this is the only
copy, and bodies are most of an article.

zlib (in the standard library), with a preset dictionary made of the collection's own text
(`train_dictionary`): a news article of a few KB is too short for zlib to learn its language
from, so the dictionary gives it a start, about 10 % smaller on real news, 25 % on the
generated benchmark corpus. One dictionary per database, made once by the first big sync and
never changed; bodies written before it exist are plain zlib (zlib's header tells them
apart). Packing a 4 KB body takes ≈ 60 µs (in the worker processes), unpacking ≈ 25 µs.

Unpacking uses ISA-L's inflate (the `isal` package) when it is installed: the same bytes
(deflate is one format), about three times as fast as zlib's, which matters when an export
unpacks 90,000 bodies. Without it, zlib does it.
"""

from __future__ import annotations

import functools
import importlib
import zlib
from collections import Counter
from collections.abc import Iterable
from types import ModuleType

#: zlib's level: with the dictionary, 3 packs within 5 % of 6, at a third of the time.
LEVEL = 3
#: zlib's window: a dictionary longer than this is of no use.
DICTIONARY_BYTES = 32 * 1024
#: At least this much of the dictionary is paragraphs, the rest frequent words.
_PARAGRAPH_BYTES = 12 * 1024
#: Less text than this gives no dictionary worth having.
MIN_TRAINING_BYTES = 16 * 1024
_FDICT = 0x20  # the zlib header flag of a stream that needs a preset dictionary


def _fastest_inflate() -> ModuleType:
    """`isal.isal_zlib` if installed (zlib's API, ISA-L's speed), else `zlib`."""
    try:
        return importlib.import_module("isal.isal_zlib")
    except ImportError:
        return zlib


#: What unpacks bodies: a module with zlib's `decompress` and `decompressobj`.
INFLATE: ModuleType = _fastest_inflate()


def pack_body(body: str, dictionary: bytes = b"") -> bytes:
    """The stored form of a body."""
    if not body:
        return b""
    data = body.encode("utf-8", "surrogatepass")
    if not dictionary:
        return zlib.compress(data, LEVEL)
    packer = _primed(dictionary).copy()
    return packer.compress(data) + packer.flush()


@functools.lru_cache(maxsize=4)
def _primed(dictionary: bytes) -> zlib._Compress:
    """A compressor that has read the dictionary: copying it is 15 times cheaper than that."""
    return zlib.compressobj(LEVEL, zdict=dictionary)


def needs_dictionary(stored: bytes) -> int | None:
    """The id (Adler-32) of the dictionary a stored body was packed with, None if none."""
    if len(stored) < 6 or not stored[1] & _FDICT:
        return None
    return int.from_bytes(stored[2:6], "big")


def dictionary_id(dictionary: bytes) -> int:
    """The id zlib gives a dictionary (what `needs_dictionary` returns)."""
    return zlib.adler32(dictionary)


def unpack_body(stored: bytes, dictionary: bytes = b"") -> str:
    """The body of its stored form (`dictionary`: the one it was packed with, if any)."""
    if not stored:
        return ""
    if needs_dictionary(stored) is None:
        data: bytes = INFLATE.decompress(stored)
        return data.decode("utf-8", "surrogatepass")
    unpacker = INFLATE.decompressobj(zdict=dictionary)
    whole: bytes = unpacker.decompress(stored) + unpacker.flush()
    return whole.decode("utf-8", "surrogatepass")


def train_dictionary(bodies: Iterable[str]) -> bytes:
    """A dictionary for `pack_body` from some of the collection's bodies (b"" for too little
    text). zlib finds matches nearest the end cheapest, so the dictionary ends with the words
    that would save the most (count × length), the most valuable last; before them, whole
    paragraphs of many articles (one from each in turn), for phrases and for scripts written
    without spaces."""
    texts = [body for body in bodies if body.strip()]
    if sum(map(len, texts)) < MIN_TRAINING_BYTES:
        return b""
    counts = Counter(word for text in texts for word in text.split())
    valued = sorted(counts, key=lambda word: counts[word] * len(word), reverse=True)
    words: list[bytes] = []
    size = 0
    for word in valued:
        encoded = word.encode("utf-8", "surrogatepass") + b" "
        if size + len(encoded) > DICTIONARY_BYTES - _PARAGRAPH_BYTES:
            break
        words.append(encoded)
        size += len(encoded)
    tail = b"".join(reversed(words))
    return _paragraphs(texts, DICTIONARY_BYTES - len(tail)) + tail


def _paragraphs(texts: list[str], size: int) -> bytes:
    """About `size` bytes of paragraphs of `texts`, one of each in turn (the first ones first)."""
    paragraphs = [[p for p in text.split("\n\n") if p.strip()] for text in texts]
    picked: list[bytes] = []
    total = 0
    for turn in range(max(map(len, paragraphs), default=0)):
        for found in paragraphs:
            if turn < len(found) and total < size:
                picked.append(found[turn].encode("utf-8", "surrogatepass") + b"\n\n")
                total += len(picked[-1])
    return b"".join(picked)[-size:] if size > 0 else b""
