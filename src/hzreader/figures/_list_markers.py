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


def list_marker_end(text: str, s: int) -> int | None:
    """The end of a list marker at `s` (its digits and "." or ")"), or None."""
    m = _MARKER.match(text, s)
    if m is None:
        return None
    if s and text[s - 1] != " ":
        return None
    if s == 0 or _earlier_item(text, s, int(m.group(1))):
        return m.end() - 1
    return None


def _earlier_item(text: str, s: int, number: int) -> bool:
    """Whether the marker `number` at `s` (not the text's start) continues a list."""
    mark = text[s + len(str(number))]
    if number == 1:  # after a colon, or a sentence's end with an item 2 later
        head = text[:s].rstrip()
        return head.endswith(":") or head.endswith((".", "!", "?", ";")) and re.search(
            rf"\s2{re.escape(mark)}\s\S", text[s:]) is not None
    if number > 30:
        return False
    before = None
    for before in re.finditer(rf"(?:^|(?<=\s)){number - 1}{re.escape(mark)}\s\S", text[:s]):
        pass
    return before is not None and list_marker_end(text, before.start()) is not None
