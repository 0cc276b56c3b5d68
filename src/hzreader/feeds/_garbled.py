"""Whether a legacy charset's reading of bytes is mojibake: UTF-8 read as windows-1251
("РџСЂРёРІРµС‚"), KOI8-R ("п÷п╣я┌"), GBK ("鍥藉缁熻"), Shift_JIS ("譌･譛ｬ") and the like.

A text's *odd* characters are the ones real text in a charset is hardly ever made of:
symbols (box drawing, `¤`, `±`), controls, private-use and unassigned characters, a capital
inside a word that is not all capitals (`РџСЂ`: real text puts capitals at a word's start,
or writes the whole word so, `ЦБ РФ`), and, for an East Asian
charset, an ideograph, syllable or half-width kana outside the charset's common block (the
common block as the charset's own layout says: GB2312's first level, Big5's frequently used
characters, JIS level 1, KS X 1001's Hangul). UTF-8 read as one of these charsets is odd in
a third to nine tenths of its non-ASCII characters; the same text read right, in a few
hundredths.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: The odd share from which a charset's reading is mojibake (when UTF-8's reading is less
#: odd than it).
ODD_SHARE = 0.25
#: How many non-ASCII characters are looked at.
SAMPLE = 20_000
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: The common block of each East Asian charset: (lead bytes, trail bytes).
_COMMON_BLOCKS: dict[str, tuple[range, tuple[int, ...]]] = {
    "gb18030": (range(0xB0, 0xD8), tuple(range(0xA1, 0xFF))),
    "big5hkscs": (range(0xA4, 0xC7), (*range(0x40, 0x7F), *range(0xA1, 0xFF))),
    "cp932": (range(0x88, 0x99), (*range(0x40, 0x7F), *range(0x80, 0xFD))),
    "euc_jp": (range(0xB0, 0xD0), tuple(range(0xA1, 0xFF))),
    "cp949": (range(0xB0, 0xC9), tuple(range(0xA1, 0xFF))),
}


def _is_cjk(char: str) -> bool:
    """An ideograph, a Hangul syllable or a half-width form (kana, Hangul)."""
    code = ord(char)
    return (0x3400 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
            or 0xFF61 <= code <= 0xFFDC or code >= 0x20000)


@functools.cache
def common_chars(codec: str) -> frozenset[str]:
    """The ideographs and syllables of an East Asian codec's common block."""
    leads, trails = _COMMON_BLOCKS[codec]
    pairs = bytes(byte for lead in leads for trail in trails for byte in (lead, trail))
    return frozenset(char for char in pairs.decode(codec, errors="replace") if _is_cjk(char))


def odd_share(text: str, codec: str = "") -> float:
    """The share of the text's non-ASCII characters (the first `SAMPLE` of them) that are
    odd for `codec` ("": no East Asian block to check ideographs against)."""
    common = common_chars(codec) if codec in _COMMON_BLOCKS else None
    odd = total = 0
    for match in _NON_ASCII.finditer(text):
        char, at = match.group(), match.start()
        kind = unicodedata.category(char)
        if (kind[0] in "SC" or (kind == "Lu" and at and text[at - 1].isalpha()
                                and not _word_at(text, at).isupper())
                or (common is not None and _is_cjk(char) and char not in common)):
            odd += 1
        total += 1
        if total == SAMPLE:
            break
    return odd / total if total else 0.0


def _word_at(text: str, at: int) -> str:
    """The run of letters around `at`."""
    start, end = at, at + 1
    while start and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]


def garbled(data: bytes, codec: str, utf8: str) -> bool:
    """Whether `data`, valid UTF-8 (`utf8` its text), reads as mojibake in `codec`: not at
    all (a byte the charset has no character for), or with an odd share of at least
    `ODD_SHARE` and more than UTF-8's own."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return True
    share = odd_share(text, codec)
    return share >= ODD_SHARE and share > odd_share(utf8)
