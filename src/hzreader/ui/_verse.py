"""Short lines of Chinese or Japanese: verse, which keeps its lines, or prose hard-wrapped
at a narrow width, which flows (`_breaks`: every line of a paragraph at most `SHORT_LINE`
cells is verse unless this says it is prose).

A poem or a song keeps its clauses to its lines: a line ends where a clause ends (with its
punctuation or none), and lines of one length repeat the same pattern ("床前明月光，").
Prose wrapped at a width breaks anywhere: inside a number ("2.1万" / "亿元"), before a
comma, and its lines of one length have their commas in different places."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from rich.cells import cell_len

from hzreader.line_joins import line_joiner

#: Punctuation that ends a clause or a sentence, or closes a quotation: no verse line starts
#: with it, and where it stands in a line tells a clause's end.
_CLOSING = frozenset("，。、；：？！）」』》〉】〕,.;:?!)")
_CLAUSE_ENDS = frozenset("，。、；：？！,.;:?!…—")
#: A line ending inside a number ("300", "2.1万"), and what goes on with it: a digit, a
#: magnitude, a unit, a counted noun ("万人", "亿元", "家").
_NUMBER_END = re.compile(r"[0-9０-９][.．]?$|[0-9０-９][万亿千百]$")
_NUMBER_GOES_ON = re.compile(r"[0-9０-９%％\u3400-\u4dbf\u4e00-\u9fff]")
#: A line ending inside a number written in words ("百分之" / "二十", "第" / "三").
_WORDS_END = re.compile(r"(?:百分之|第)$")
_NUMERAL = re.compile(r"[0-9０-９零〇一二三四五六七八九十两]")
#: Lines within this many cells (or characters) of each other are of one length.
_SAME_LENGTH = 2


def hard_wrapped(lines: Sequence[str]) -> bool:
    """Whether `lines` (a paragraph's stripped lines, each short) are Chinese or Japanese
    prose hard-wrapped at a narrow width rather than verse: a break inside a number, a line
    starting with a comma or a full stop, or lines of one length (the last no longer) that
    mostly break mid-clause with their punctuation in different places."""
    breaks = [(before, after) for before, after in pairwise(lines)
              if before and after and line_joiner(before, after) == ""]
    if not breaks:
        return False
    for before, after in breaks:
        if after[0] in _CLOSING:
            return True
        if _NUMBER_END.search(before) and _NUMBER_GOES_ON.match(after) or \
                _WORDS_END.search(before) and _NUMERAL.match(after):
            return True
    return len(lines) >= 3 and len(breaks) == len(lines) - 1 and _one_width(lines) \
        and 2 * sum(before[-1] not in _CLAUSE_ENDS for before, _ in breaks) >= len(breaks) \
        and len({_clause_ends(line) for line in lines[:-1]}) > 1


def _one_width(lines: Sequence[str]) -> bool:
    """Whether every line but the last is of one length, by cells or by characters (a
    hard wrap counts either), and the last no longer."""
    for size in (cell_len, len):
        sizes = [size(line) for line in lines]
        longest = max(sizes[:-1])
        if longest - min(sizes[:-1]) <= _SAME_LENGTH and sizes[-1] <= longest:
            return True
    return False


def _clause_ends(line: str) -> tuple[int, ...]:
    """Where the clauses of `line` end (its punctuation), by character."""
    return tuple(at for at, char in enumerate(line) if char in _CLAUSE_ENDS)
