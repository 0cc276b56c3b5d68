"""List markers that number a list's items, not figures (figs30): a paragraph of a YAML
body whose lines are a numbered list ("1. Growth forecast …", "2. Inflation …") reaches the
rules with its lines joined by spaces (`model.Paragraph`), so a marker is known from the text:

* at the start of the text (a paragraph, or an item standing alone): "1. ", "4) ", and
  "3. 5% of voters" (item 3, then 5%);
* "1. " after a colon ("in five numbers: 1. Growth …"), or after a sentence's end with a
  "2. " after it (not "on August 1. … on February 2.");
* "N. " after the marker N-1 of the same text ("… from 1.0% 2. Inflation …").

A marker is one or two digits, then "." or ")" and a space."""

from __future__ import annotations

import re

_MARKER = re.compile(r"(\d{1,2})[.)]\s(?=\S)")
_ENDS = frozenset(".!?;")


def list_marker_end(text: str, s: int) -> int | None:
    """The end of a list marker at `s` (its digits and "." or ")"), or None."""
    if s and text[s - 1] != " ":
        return None
    m = _MARKER.match(text, s)
    if m is None:
        return None
    if s == 0 or _earlier_item(text, s, int(m.group(1)), text[m.end(1)]):
        return m.end() - 1
    return None


def _earlier_item(text: str, s: int, number: int, mark: str) -> bool:
    """Whether the marker `number` at `s` (not the text's start) continues a list."""
    if number == 1:  # after a colon, or a sentence's end with an item 2 later
        before = text[s - 2 : s - 1]
        return before == ":" or before in _ENDS and text.find(f" 2{mark} ", s) >= 0
    if number > 30:
        return False
    at = text.rfind(f"{number - 1}{mark} ", 0, s)
    return at >= 0 and (at == 0 or text[at - 1] == " ") and \
        list_marker_end(text, at) is not None
