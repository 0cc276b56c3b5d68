"""Bare ampersands repaired before an XML feed or list is parsed, the commonest feed error.

"AT&T & Procter" is not well-formed XML: the strict parser stops, and feedparser's lenient
fallback reads `&T` as an entity and writes "AT&T;". Every `&` that does not start a
character reference (`&#233;`, `&#xE9;`) or a known entity (XML's five, an HTML name, one
the document declares) becomes `&amp;`, so the text comes through as written; an HTML name
(`&eacute;`, which XML does not know) becomes its character references. CDATA sections,
comments, processing instructions and the DOCTYPE are left alone.
"""

from __future__ import annotations

import html.entities
import re
from dataclasses import dataclass

_NAMES = frozenset(name[:-1] for name in html.entities.html5 if name.endswith(";"))
_XML = frozenset({"amp", "lt", "gt", "quot", "apos"})
_TOKEN = re.compile(
    r"<!\[CDATA\[.*?(?:\]\]>|\Z)|<!--.*?(?:-->|\Z)|<\?.*?(?:\?>|\Z)"
    r"|<!DOCTYPE(?:[^\[>]|\[.*?(?:\]|\Z))*>?"
    r"|&(?:(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z_:][\w.:-]*);)?", re.DOTALL)
_DECLARED = re.compile(r"<!ENTITY\s+([A-Za-z_:][\w.:-]*)")


@dataclass(frozen=True)
class Repaired:
    """A document's text after the repairs, how many bare `&` it had, and each edit:
    (where in the new text, how many characters it added)."""

    text: str
    bare: int = 0
    edits: tuple[tuple[int, int], ...] = ()


def repair_ampersands(text: str) -> Repaired:
    """The text with each bare `&` written `&amp;`, and each HTML entity that XML does not
    know (`&eacute;`: an error for a strict parser) written as character references."""
    if "&" not in text:
        return Repaired(text)
    declared = set(_DECLARED.findall(text))
    pieces: list[str] = []
    edits: list[tuple[int, int]] = []
    bare = 0
    size = last = 0  # the length of the new text so far; the end of the last edit
    for match in _TOKEN.finditer(text):
        token, reference = match.group(0), match.group(1)
        if not token.startswith("&") or (reference and (
                reference.startswith("#") or reference in _XML or reference in declared)):
            continue
        if reference in _NAMES:
            written = "".join(f"&#{ord(char)};" for char in html.entities.html5[f"{reference};"])
            cut = match.end()
        else:
            written, cut = "&amp;", match.start() + 1
            bare += 1
        pieces.append(text[last:match.start()])
        size += match.start() - last
        edits.append((size, len(written) - (cut - match.start())))
        pieces.append(written)
        size += len(written)
        last = cut
    if not edits:
        return Repaired(text)
    pieces.append(text[last:])
    return Repaired("".join(pieces), bare, tuple(edits))


def original_column(repaired: Repaired, line: int, column: int) -> int:
    """A parser's column (0-based) on a line (1-based) of the repaired text, as it was
    in the document before the repairs."""
    text, start = repaired.text, 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return column
    return column - sum(added for at, added in repaired.edits if start <= at < start + column)


def ampersands_line(name: str, count: int, kind: str = "feed") -> str:
    """The note said when bare ampersands were repaired."""
    what = "a bare &" if count == 1 else f"{count:,} bare &"
    return f"{name}: {what} read as text (the {kind} should write &amp;)"
