"""What a search term matches: the one tokenizer of the in-memory search and of the index.

Folded text (`hzreader.text.fold`) is cut into tokens:

* a word: letters and digits; a point or comma between two digits stays inside, so "5.2"
  and "12,000" are one token each;
* each Chinese, Japanese or Korean character together with the next one when that is CJK
  too ("杭州是" → "杭州" "州是" "是"): any CJK substring is a run of consecutive tokens;
* a run of symbols written against a word ("c++", "AT&T", "covid-19", "U.S", ".NET", "$3",
  "5%") is a token of its own, so symbols match as written. Sentence punctuation is not:
  commas, brackets and double quotes anywhere, and a point, colon or apostrophe that ends a
  word ("U.S.", "said:", "students'") or an apostrophe that starts one.

A term matches where its tokens stand one after the other, the last one as a prefix (results
come while typing); a query's trailing CJK character is only a prefix of the next bigram.
The SQLite index is given these very tokens (`hzreader.index` writes `symbol_runs` and the
joiners in its text); symbols become private-use characters, which its tokenizer keeps,
and number joiners letters ("5.2" → "5p2"), which keeps most index text ASCII.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from hzreader.line_joins import unwrap_lines
from hzreader.text import CJK_RANGES, fold

#: Symbols are written as private-use characters from here on, one per symbol character
#: (FTS5 keeps them inside tokens; article text may bring none of its own).
SYMBOL_BASE = 0xE000
#: The blocks whose punctuation and symbols (Unicode categories P and S) may be tokens:
#: ASCII, Latin-1, general punctuation, currency signs, arrows, mathematical and technical
#: signs, box drawing, shapes, dingbats, and the CJK punctuation block (never a token).
_SYMBOL_BLOCKS = ((0x21, 0x7E), (0xA1, 0xBF), (0xD7, 0xD7), (0xF7, 0xF7), (0x2010, 0x205E),
                  (0x20A0, 0x20CF), (0x2190, 0x23FF), (0x2500, 0x2BFF), (0x3000, 0x303F))
#: Characters that are never part of a token (besides spaces): list and sentence punctuation.
_DROP = frozenset(",;!?()[]{}\"“”„‟«»‹›" + "".join(map(chr, range(0x3000, 0x3040))))
_TRAILING_EDGE = ".:'"
_LEADING_EDGE = "'"
_SAME = {**dict.fromkeys("’‘‛′ʼ`", "'"), **dict.fromkeys("‐‑‒–—―−⁃", "-")}



def _symbol_chars() -> str:
    """Every character of `_SYMBOL_BLOCKS` that is punctuation or a symbol (not "_")."""
    return "".join(chr(code) for first, last in _SYMBOL_BLOCKS for code in range(first, last + 1)
                   if unicodedata.category(chr(code))[0] in "PS" and code != 0x5F)


def _class_body(chars: str) -> str:
    """A regex character class body matching exactly `chars` (as ranges)."""
    codes = sorted(map(ord, chars))
    parts: list[str] = []
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code != previous + 1:
            first, last = re.escape(chr(start)), re.escape(chr(previous))
            parts.append(first if start == previous else f"{first}-{last}")
            start = code
        previous = code
    return "".join(parts)


_SYMBOL_CHARS = _symbol_chars()
#: A regex class body of the characters that may make symbol tokens (and of the list
#: punctuation that separates them): what the index text scans for.
SYMBOL_CLASS = _class_body(_SYMBOL_CHARS)
_SYMBOLS = frozenset(_SYMBOL_CHARS) - _DROP
#: Symbol character → its private-use form (`BREAK` is `SYMBOL_BASE` itself).
_ENCODE = str.maketrans({char: chr(SYMBOL_BASE + 1 + index)
                         for index, char in enumerate(_SYMBOL_CHARS)})
_CJK_CHAR = re.compile(f"[{CJK_RANGES}]")
#: A word (with its number joiners) or a run of symbols; underscores and spaces separate.
_PIECE = re.compile(r"[^\W_]+(?:[.,](?<=\d[.,])(?=\d)[^\W_]+)*|[^\w\s]+")


@lru_cache(maxsize=1)
def _cjk_or_not() -> re.Pattern[str]:
    """A CJK character, or a run of anything else. Compiled on first use: its negated class
    takes several milliseconds to compile, which the app's start-up need not pay."""
    return re.compile(f"([{CJK_RANGES}])|[^{CJK_RANGES}]+")


#: Number joiners as letters ("5.2" → "5p2", "12,000" → "12c000"): the text stays ASCII.
_JOINERS = str.maketrans({".": "p", ",": "c"})

Token = tuple[str, int, int]
#: Stands between paragraphs (and between tags): a phrase never runs from one into the next.
#: No typed text gives it (a newline is never part of a symbol token).
BREAK = chr(SYMBOL_BASE)
#: Where a paragraph ends: a blank line (and any blank lines and spaces after it).
BLANK_LINES = r"\n[^\S\n]*\n\s*"
_BLANK_LINES = re.compile(BLANK_LINES)


def split_blocks(text: str) -> list[str]:
    """The paragraphs of a text (split at blank lines), as the reading pane shows them:
    hard-wrapped Chinese lines joined (`unwrap_lines`)."""
    return _BLANK_LINES.split(unwrap_lines(text))


def is_cjk(char: str) -> bool:
    """True for a CJK letter (kana, hangul, ideographs): matched by substring."""
    return bool(_CJK_CHAR.match(char)) and char.isalnum()


def is_word_char(char: str) -> bool:
    """True for a letter or digit outside CJK: the characters of a word token."""
    return char.isalnum() and not _CJK_CHAR.match(char)


def encode_symbol(run: str) -> str:
    """A symbol run as the private-use characters the index stores ("&" → U+E006)."""
    return run.translate(_ENCODE)


def mark_joiners(word: str) -> str:
    """A word's number joiners ("5.2", "12,000") in their token form."""
    return word.translate(_JOINERS)


@lru_cache(maxsize=4096)
def symbol_runs(run: str, after_word: bool, before_word: bool) -> tuple[Token, ...]:
    """The symbol tokens of a run of non-word characters, with offsets inside `run`.

    `after_word`/`before_word`: a word character stands right before/after the run.
    """
    found: list[Token] = []
    size = len(run)
    start = 0
    while start < size:
        if run[start] not in _SYMBOLS:
            start += 1
            continue
        end = start
        while end < size and run[end] in _SYMBOLS:
            end += 1
        left = after_word and start == 0
        right = before_word and end == size
        if left or right:
            text = "".join(_SAME.get(char, char) for char in run[start:end])
            first, last = start, end
            if not left:
                stripped = text.lstrip(_LEADING_EDGE)
                first += len(text) - len(stripped)
                text = stripped
            if not right:
                stripped = text.rstrip(_TRAILING_EDGE)
                last -= len(text) - len(stripped)
                text = stripped
            if text:
                found.append((encode_symbol(text), first, last))
        start = end
    return tuple(found)


def tokenize(folded: str) -> list[Token]:
    """The tokens of folded text, each with its [start, end) offsets in `folded`."""
    found: list[Token] = []
    size = len(folded)
    for piece in _PIECE.finditer(folded):
        start, end = piece.span()
        text = piece.group()
        if text[0].isalnum():
            if text.isascii():
                found.append((mark_joiners(text) if not text.isalnum() else text, start, end))
                continue
            for part in _cjk_or_not().finditer(text):
                offset = start + part.start()
                if part.group(1) is None:
                    found.append((mark_joiners(part.group()), offset, start + part.end()))
                    continue
                following = folded[offset + 1 : offset + 2]
                if following and offset + 1 < end and is_cjk(following):
                    found.append((folded[offset : offset + 2], offset, offset + 2))
                else:
                    found.append((part.group(), offset, offset + 1))
            continue
        after_word = start > 0 and is_word_char(folded[start - 1])
        before_word = end < size and is_word_char(folded[end])
        if after_word or before_word:
            found.extend((token, start + first, start + last)
                         for token, first, last in symbol_runs(text, after_word, before_word))
    return found


def is_cjk_token(token: str) -> bool:
    """True for a CJK bigram or single CJK character token."""
    return is_cjk(token[0])


def is_symbol_token(token: str) -> bool:
    """True for a token made of symbols."""
    return SYMBOL_BASE <= ord(token[0]) < 0xF900


@lru_cache(maxsize=2048)
def term_tokens(text: str) -> tuple[str, ...]:
    """The tokens a term's text must match, in order; the last one is a prefix.

    A trailing CJK character that ends a longer run is dropped: the bigram before it already
    starts with it, and as a prefix it would miss text where the run goes on.
    """
    tokens = [token for token, _, _ in tokenize(fold(text))]
    if (len(tokens) >= 2 and len(tokens[-1]) == 1 and is_cjk_token(tokens[-1])
            and len(tokens[-2]) == 2 and tokens[-2][1] == tokens[-1]):
        tokens.pop()
    return tuple(tokens)


# A point or comma between digits (the literal comes first, so the regex scans quickly).
_DECIMAL_POINT = re.compile(r"\.(?<=\d\.)(?=\d)")
_THOUSANDS_COMMA = re.compile(r",(?<=\d,)(?=\d)")
#: Runs of punctuation and symbols, except the commonest ones, which give no token: one
#: punctuation mark before a space or the end. (One class first, so the regex scans fast.)
_LONE = re.escape(".,;:!?)]}\"'’”")
_SYMBOL_RUN = re.compile(
    f"[{SYMBOL_CLASS}](?:(?<=[{_LONE}])(?!\\s|\\Z)|(?<![{_LONE}]))[{SYMBOL_CLASS}]*")
_REPLACED: dict[tuple[str, bool, bool], str] = {}
_ASCII_TOKEN = re.compile(f"[a-z0-9]+|[{chr(SYMBOL_BASE)}-\uf8ff]+")


def mark_numbers(text: str) -> str:
    """Number joiners as letters ("5.2" → "5p2", "12,000" → "12c000"), as `tokenize` has them."""
    if "." in text:
        text = _DECIMAL_POINT.sub("p", text)
    if "," in text:
        text = _THOUSANDS_COMMA.sub("c", text)
    return text


def _symbol_tokens(match: re.Match[str]) -> str:
    """A run of symbols as its tokens (`symbol_runs`), or as it was if it has none."""
    text = match.string
    start, end = match.span()
    key = (match.group(), start > 0 and text[start - 1].isalnum(),
           end < len(text) and text[end].isalnum())
    found = _REPLACED.get(key)
    if found is None:
        run, after_word, before_word = key
        tokens = symbol_runs(run, after_word, before_word) if after_word or before_word else ()
        found = " " + " ".join(token for token, _, _ in tokens) + " " if tokens else run
        if len(_REPLACED) < 65536:
            _REPLACED[key] = found
    return found


def mark_symbols(text: str) -> str:
    """Symbol runs written against words as their tokens, spaced ("AT&T" → "AT & T", the
    "&" as its private-use form). CJK letters must not touch a run (write them as bigrams
    between spaces first): a word character here is any letter or digit."""
    return _SYMBOL_RUN.sub(_symbol_tokens, text)


def token_stream(text: str) -> str:
    """The tokens of `text` (folded here) as one string, " a b c ", for substring search."""
    if text.isascii():  # the quick way, as the index text is made (same tokens)
        return " " + " ".join(_ASCII_TOKEN.findall(mark_symbols(mark_numbers(text.lower()))))\
            + " "
    return " " + " ".join(token for token, _, _ in tokenize(fold(text))) + " "


def parts_stream(parts: Iterable[str]) -> str:
    """The token streams of paragraphs or tags, with a `BREAK` token between them."""
    return BREAK.join(map(token_stream, parts)) or " "


def needle(tokens: tuple[str, ...]) -> str:
    """What `token_stream` contains where `tokens` match (the last one as a prefix)."""
    return " " + " ".join(tokens)
