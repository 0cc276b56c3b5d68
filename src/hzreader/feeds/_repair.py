"""Bare `&` and `<` repaired before an XML feed or list is parsed, the commonest feed errors.

"AT&T & Procter" is not well-formed XML: the strict parser stops, and feedparser's lenient
fallback reads `&T` as an entity and writes "AT&T;". Every `&` that does not start a
character reference (`&#233;`, `&#xE9;`) or a known entity (XML's five, an HTML name, one
the document declares) becomes `&amp;`, so the text comes through as written; an HTML name
(`&eacute;`, which XML does not know) becomes its character references.

"Profits < forecasts" stops the strict parser too, and the lenient one drops what follows a
`<` before a letter ("if a<b then c" became "if a"). A `<` that starts no tag is written
`&lt;`: one before a space, a digit or a sign ("< 5%", "<=", "<-"); one before a letter
that makes no tag (`<b then c` with no `>`, `<y and z>` with attributes XML cannot have,
unless it is an HTML element written the HTML way: `<img src=x.jpg>`); one in an attribute's
value. Left as written: tags, `</` before a name, `<!` and `<?`, and a tag cut off by the
end of the document (a truncated feed is said to be one). Inside an element whose text is
HTML (RSS `description`, `content:encoded`, Atom's `type="html"`) a `<` before a letter or
`/` is written `&amp;lt;`, so the HTML reading keeps it as text too. CDATA sections,
comments, processing instructions and the DOCTYPE are left alone.
"""

from __future__ import annotations

import html.entities
import re
from dataclasses import dataclass

_NAMES = frozenset(name[:-1] for name in html.entities.html5 if name.endswith(";"))
_XML = frozenset({"amp", "lt", "gt", "quot", "apos"})
_NAME = r"(?:[^\W\d]|:)[\w.:\u00b7-]*"
#: HTML elements (no feed element's name among them: not title, link, source, summary).
_HTML = ("a|abbr|address|area|article|aside|audio|b|big|blockquote|br|button|caption|center|"
         "cite|code|col|colgroup|dd|del|details|div|dl|dt|em|embed|figcaption|figure|font|"
         "footer|form|h[1-6]|header|hr|i|iframe|img|input|ins|kbd|label|li|main|mark|nav|"
         "noscript|object|ol|option|p|param|picture|pre|q|s|samp|script|section|select|small|"
         "span|strike|strong|style|sub|sup|table|tbody|td|textarea|tfoot|th|thead|time|tr|"
         "tt|u|ul|var|video|wbr")
_VALUE = r"""(?:"[^"]*"|'[^']*'|[^\s"'<>`]+)"""
#: A tag, its attributes' values quoted or not (`<guid isPermaLink=false>`); an HTML
#: element's attributes may have no value (`<input disabled>`), others' may not (`<y and z>`).
_XML_TAG = rf"""{_NAME}(?:\s+{_NAME}\s*=\s*{_VALUE})*\s*/?>"""
_HTML_TAG = rf"""(?i:{_HTML})(?![\w.:-])(?:\s+[^\s"'<>/=]+(?:\s*=\s*{_VALUE})?)*\s*/?>"""
#: A `<` that starts nothing: not a tag, not `</` before a name, not `<!` or `<?`, not a tag
#: cut off by the end of the text.
_BARE_LT = rf"<(?!/(?:[^\W\d]|:)|[!?]|{_XML_TAG}|{_HTML_TAG}|/?(?:(?:[^\W\d]|:)[^<>]*)?\Z)"
_TOKEN = re.compile(
    r"<!\[CDATA\[.*?(?:\]\]>|\Z)|<!--.*?(?:-->|\Z)|<\?.*?(?:\?>|\Z)"
    r"|<!DOCTYPE(?:[^\[>]|\[.*?(?:\]|\Z))*>?"
    rf"|&(?:(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z_:][\w.:-]*);)?|{_BARE_LT}", re.DOTALL)
_DECLARED = re.compile(r"<!ENTITY\s+([A-Za-z_:][\w.:-]*)")
_START_TAG = re.compile(rf"<({_NAME})([^<>]*)>")
_HTML_NAME = re.compile(rf"(?i:{_HTML})\Z")
_HTML_TYPE = re.compile(r"""\btype\s*=\s*["'](?:text/)?html["']""", re.IGNORECASE)
#: How many `<` back the element around a bare `<` is looked for.
_CONTEXT_TAGS = 8


@dataclass(frozen=True)
class Repaired:
    """A document's text after the repairs, how many bare `&` and `<` it had, and each
    edit: (where in the new text, how many characters it added)."""

    text: str
    bare: int = 0
    bare_lt: int = 0
    edits: tuple[tuple[int, int], ...] = ()


def repair_markup(text: str) -> Repaired:
    """The text with each bare `&` written `&amp;` and each bare `<` written `&lt;` (or
    `&amp;lt;`, in HTML text), and each HTML entity that XML does not know (`&eacute;`: an
    error for a strict parser) written as character references."""
    if "&" not in text and "<" not in text:
        return Repaired(text)
    declared = set(_DECLARED.findall(text))
    pieces: list[str] = []
    edits: list[tuple[int, int]] = []
    bare = bare_lt = 0
    known = (-1, False)  # the last bare `<`, and whether it is in HTML text
    size = last = 0  # the length of the new text so far; the end of the last edit
    for match in _TOKEN.finditer(text):
        token, reference = match.group(0), match.group(1)
        if token == "<":
            known = (match.start(), _in_html(text, match.start(), known))
            written, cut = _escaped_lt(text, match.start(), known[1]), match.end()
            bare_lt += 1
        elif not token.startswith("&") or (reference and (
                reference.startswith("#") or reference in _XML or reference in declared)):
            continue
        elif reference in _NAMES:
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
    return Repaired("".join(pieces), bare, bare_lt, tuple(edits))


def _escaped_lt(text: str, at: int, html: bool) -> str:
    """How the bare `<` at `at` is written: `&lt;`, or `&amp;lt;` before a letter or `/` in
    an element whose text is HTML (`html`: there `&lt;b` would be read as a tag after all)."""
    after = text[at + 1:at + 2]
    return "&amp;lt;" if html and (after.isalpha() or after == "/") else "&lt;"


def _in_html(text: str, at: int, known: tuple[int, bool]) -> bool:
    """Whether the element around `at` holds HTML as text: the nearest start tag before it is
    RSS `description`, `content:encoded` or has `type="html"`. Not when an HTML element is
    written into it (`<p>`: feedparser escapes the text of such mixed content itself).
    `known`: an earlier bare `<` and the answer for it, the answer here when no tag is
    between the two."""
    end = at
    for _ in range(_CONTEXT_TAGS):
        start = text.rfind("<", 0, end)
        if start <= known[0]:
            return known[1]
        end = start
        tag = _START_TAG.match(text, start)
        if tag is None:  # an end tag, another bare `<`, a comment
            continue
        if _HTML_NAME.match(tag.group(1)):
            return False
        local = tag.group(1).rsplit(":", 1)[-1].lower()
        return local in ("description", "encoded") or bool(_HTML_TYPE.search(tag.group(2)))
    return False


def original_column(repaired: Repaired, line: int, column: int) -> int:
    """A parser's column (0-based) on a line (1-based) of the repaired text, as it was
    in the document before the repairs."""
    text, start = repaired.text, 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return column
    return column - sum(added for at, added in repaired.edits if start <= at < start + column)


def repairs_line(name: str, repaired: Repaired, kind: str = "feed") -> str:
    """The note said when bare `&` or `<` were repaired ("" when none were)."""
    found = [(count, char, entity) for count, char, entity in (
        (repaired.bare, "&", "&amp;"), (repaired.bare_lt, "<", "&lt;")) if count]
    if not found:
        return ""
    what = " and ".join(f"a bare {char}" if count == 1 else f"{count:,} bare {char}"
                        for count, char, _ in found)
    should = " and ".join(entity for _, _, entity in found)
    return f"{name}: {what} read as text (the {kind} should write {should})"
