"""What stands before a clock time on its line, read from the last few characters only.

A paragraph's lines are joined into one, so "the line before `s`" can be the whole
paragraph: reading it for each time made a long paragraph cost its length times its times.
These give what reading the whole line gives (`line_prefix`), from the last `REACH`
characters, and read further only in the rare case those cannot tell (a long run of spaces,
or a label that may have begun before them).
"""

from __future__ import annotations

import re

#: How many characters before `s` are read first.
REACH = 64


def line_prefix(text: str, s: int) -> str:
    """The text between the start of the line and `s`, without surrounding spaces."""
    return text[text.rfind("\n", 0, s) + 1 : s].strip()


def last_on_line(text: str, s: int) -> str:
    """The last character of `line_prefix(text, s)`, or "" when it is empty."""
    lo = max(0, s - REACH)
    head = text[lo:s]
    line = head[head.rfind("\n") + 1 :].rstrip()
    if line or lo == 0 or "\n" in head:
        return line[-1:]
    return line_prefix(text, s)[-1:]  # only spaces in reach: the line may go on before


def label_before(text: str, s: int, label: re.Pattern[str]) -> bool:
    """Whether `label` is found in `line_prefix(text, s)` (`label` ends with `$` and matches
    at most three words of letters after a mark or the line's start: `_clock._LABEL_WORDS`).
    A line longer than `REACH` is searched in its last `REACH` characters when they hold a
    character that is not a letter or a space, or more than three words: a match cannot
    begin before them, nor at their start."""
    lo = s - REACH
    if lo < 1 or text.find("\n", lo - 1, s) >= 0:
        return label.search(line_prefix(text, s)) is not None  # a short line: all of it
    window = text[lo:s].rstrip()
    if len(window.split()) <= 3 and all(c.isalpha() or c.isspace() for c in window):
        return label.search(line_prefix(text, s)) is not None
    return label.search(window) is not None


def paragraph_start(text: str, s: int) -> bool:
    """Whether `s` starts the text or a paragraph of it (after a blank line, maybe spaces and
    tabs), not a line that a hard wrap began ("… (\"Updated at\n18:20 —\")")."""
    head = text[max(0, s - REACH) : s].rstrip(" \t")
    if len(head) < 2 and s > REACH:
        head = text[:s].rstrip(" \t")  # a long run of spaces: read back to its start
    return not head or head.endswith("\n\n")
