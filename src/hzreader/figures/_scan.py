"""Where the next figure may start: `_patterns.TRIGGER`'s matches, found about twice as fast.

`TRIGGER` is `\\d|\\b(?:<words>)` (a digit, or "Q3", "No 5", a number word at a word start).
Python's `re` can only skip ahead quickly, in C, when every match starts with a character
from a known set, and `\\b` hides that set: so `TRIGGER.search` runs its whole program at
every character (≈ 45 ns each). `trigger_scan` uses the same pattern turned around: it
first consumes one character that is not an ASCII letter — a digit, or the non-word
character before a word — and only there checks `(?<=\\d)`, or that the next character can
start a trigger word and that `<words>` matches after the non-word character. The match
then starts one character early for words, which its `find` corrects.

`TRIGGER_ZH` (used on texts with CJK in them) adds CJK alternatives, which start at the
consumed character itself: the fast scan stops at any character that can start one and
checks the alternative there with a `match`.

Built from `_patterns` when first used, so a change of the rules changes the scan too; when
the patterns no longer have the shape this relies on, the scan falls back to them as they
are (`fast_in_use` tells; tests/test_figures_scan.py checks it is fast, and equal).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any, NamedTuple

from hzreader.figures._patterns import TRIGGER, TRIGGER_ZH

try:
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse as _sre_parse

_LEAD = r"\d|\b"
_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}
#: What the fast patterns never stop at (their first character class is the rest).
_ASCII_LETTER = re.compile("[A-Za-z_]")


def _firsts(items: list[Any]) -> set[str] | None:
    """The characters a match of parsed `items` can start with; None when not sure."""
    for op, av in items:
        name = str(op)
        if name in _ZERO_WIDTH:  # skipping a condition only widens the set
            continue
        if name == "LITERAL":
            return {chr(av)}
        if name == "IN":
            chars: set[str] = set()
            for item_op, item in av:
                if str(item_op) == "LITERAL":
                    chars.add(chr(item))
                elif str(item_op) == "RANGE" and item[1] - item[0] < 1024:
                    chars.update(map(chr, range(item[0], item[1] + 1)))
                else:
                    return None
            return chars
        if name == "BRANCH":
            found: set[str] = set()
            for branch in av[1]:
                sub = _firsts(list(branch))
                if sub is None:
                    return None
                found |= sub
            return found
        if name == "SUBPATTERN" and not (av[1] | av[2]):  # (?:…) without flags
            return _firsts(list(av[3]))
        if name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
            return _firsts(list(av[2]))
        return None
    return None  # may match the empty string


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters any match of `pattern` starts with, or None when that is not simple."""
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 - a private module: any surprise means "not sure"
        return None
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
        return None
    found = _firsts(list(parsed))
    return frozenset(found) if found else None


def _alternatives(pattern: str) -> int:
    """How many alternatives `pattern` has at its top level (0 when it cannot be parsed)."""
    try:
        items = list(_sre_parse.parse(pattern))
    except Exception:  # noqa: BLE001 - as in first_chars
        return 0
    if len(items) == 1 and str(items[0][0]) == "BRANCH":
        return len(items[0][1][1])
    return 1


def _is_word(char: str) -> bool:
    """Whether `re` counts `char` as a word character (`\\w`)."""
    return char.isalnum() or char == "_"


def _char_class(chars: frozenset[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


class _Scan(NamedTuple):
    """The fast scan for one kind of text (None: use the plain pattern)."""

    fast: re.Pattern[str] | None
    #: The characters a trigger word may start with (only a word is not found at position 0).
    word_firsts: frozenset[str] = frozenset()
    #: CJK characters that may start an alternative of `TRIGGER_ZH`'s own, and those.
    zh_firsts: frozenset[str] = frozenset()
    zh_extra: re.Pattern[str] | None = None


@cache
def _scan_for(cjk: bool) -> _Scan:
    """Built when first needed (≈ 3 ms each: not at import, which start-up waits for)."""
    source = TRIGGER.pattern
    if TRIGGER.flags != re.UNICODE or TRIGGER_ZH.flags != re.UNICODE:
        return _Scan(None)  # compiled with flags the fast patterns would not have
    if not source.startswith(_LEAD) or _alternatives(source) != 2:
        return _Scan(None)  # not `\d|\b(?:words)`: "|Y" added after would lose its own start
    words = source[len(_LEAD):]
    firsts = first_chars(words)
    if firsts is None or not all(_is_word(c) and not c.isdecimal() for c in firsts):
        return _Scan(None)  # \b needs a word character; a digit there is `\d`'s match
    word_part = rf"(?={_char_class(firsts)})(?<=\W)(?:{words})"
    if not cjk:
        return _Scan(re.compile(rf"[^A-Za-z_](?:(?<=\d)|{word_part})"), firsts)
    extra = TRIGGER_ZH.pattern[len(source) + 1:]
    zh_firsts = first_chars(extra) if TRIGGER_ZH.pattern.startswith(source + "|") else None
    if zh_firsts is None or zh_firsts & firsts or not all(
            _is_word(c) and not c.isdecimal() and not _ASCII_LETTER.match(c) for c in zh_firsts):
        return _Scan(None)  # the fast pattern would not stop at such a character, or not try it
    return _Scan(re.compile(rf"[^A-Za-z_](?:(?<=\d)|{word_part}|(?<={_char_class(zh_firsts)}))"),
                 firsts, zh_firsts, re.compile(extra))


def fast_in_use() -> tuple[bool, bool]:
    """Whether the fast scans are in use, for English and for CJK texts."""
    return _scan_for(False).fast is not None, _scan_for(True).fast is not None


def trigger_scan(text: str, cjk: bool) -> Callable[[int], tuple[int, int] | None]:
    """A function `find(pos)` -> (start, end) of the next match of `TRIGGER` (`TRIGGER_ZH`
    when `cjk`) in `text` at or after `pos`, or None: the same as `.search(text, pos).span()`."""
    plain = TRIGGER_ZH if cjk else TRIGGER
    scan = _scan_for(cjk)
    if scan.fast is None:
        slow = plain.search

        def find_slow(pos: int) -> tuple[int, int] | None:
            m = slow(text, pos)
            return None if m is None else m.span()
        return find_slow
    search, at_start = scan.fast.search, plain.match
    word_firsts, zh_firsts, zh_extra = scan.word_firsts, scan.zh_firsts, scan.zh_extra

    def find(pos: int) -> tuple[int, int] | None:
        if pos == 0:
            if text[:1] in word_firsts:  # a word at the very start: nothing is before it
                m = at_start(text, 0)
                if m is not None:
                    return m.span()
        else:
            before = text[pos - 1]
            if not (before.isalnum() or before == "_"):
                pos -= 1  # the non-word character before a word at `pos` is consumed too
        while True:
            m = search(text, pos)
            if m is None:
                return None
            s = m.start()
            char = text[s]
            if char.isdecimal():
                return s, s + 1
            if char in zh_firsts and zh_extra is not None:
                z = zh_extra.match(text, s)
                if z is not None:
                    return s, z.end()
                pos = s + 1
                continue
            return s + 1, m.end()
    return find
