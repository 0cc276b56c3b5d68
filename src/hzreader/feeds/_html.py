"""HTML (a feed item's content or summary) to plain paragraphs: no markup survives.

Block elements and line breaks (`<br>`; in a table cell, a space) end paragraphs; scripts,
styles and other non-text elements are dropped with their content, and so are blocks marked
as ads, promotions or share bars (`_boilerplate`); entities are decoded; list items get a
bullet; table cells are joined with ` | `. Every paragraph goes through `clean_line`, so no
control or escape character remains.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hzreader.feeds._boilerplate import is_marked, is_promo_line
from hzreader.text import clean_line, clean_text

#: Elements whose content is never text for a reader.
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object",
                   "embed", "head", "title", "select", "textarea", "button", "canvas", "audio",
                   "video", "map"})
#: Elements that start and end a paragraph.
_BLOCK = frozenset({"p", "div", "section", "article", "header", "footer", "aside", "main",
                    "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
                    "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "figure",
                    "figcaption", "hr", "address", "details", "summary", "center", "nav",
                    "form", "fieldset", "caption", "body", "html"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "wbr",
                   "source", "track", "param", "embed"})
_LOOKS_LIKE_HTML = re.compile(r"<[a-zA-Z/!][^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


class _Paragraphs(HTMLParser):
    """Collects the text of an HTML fragment as a list of paragraphs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.skip_stack: list[str] = []
        self.cells = 0  # table cells open (<td>, <th>)

    def flush(self) -> None:
        text = clean_line("".join(self.current))
        if text and text != "•" and not is_promo_line(text):
            self.paragraphs.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_stack:  # inside a dropped element: follow the nesting to its end
            if tag not in _VOID:
                self.skip_stack.append(tag)
            return
        if tag not in _VOID and (tag in _SKIP or is_marked(tag, attrs)):  # an ad, a share bar
            self.skip_stack.append(tag)
            return
        if tag == "br":
            # A line break is a paragraph break: an article's body has no other way to keep
            # a line on its own (one newline inside a paragraph reads as a space), and the
            # two lines run together would be one sentence ("Line1 Line2"). <br><br> is one
            # break, as is <br> at the start or end of a block: no empty paragraphs.
            if self.cells:
                self.current.append(" ")
            else:
                self.flush()
            return
        if tag in _BLOCK:
            self.flush()
            if tag in ("tr", "table"):  # a cell left unclosed ends with its row
                self.cells = 0
            if tag == "li":
                self.current.append("• ")
        elif tag in ("td", "th"):
            self.cells += 1
            if self.current and "".join(self.current).strip():
                self.current.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if self.skip_stack:
            if tag == self.skip_stack[-1]:
                self.skip_stack.pop()
            elif tag in self.skip_stack:  # an unclosed element inside: close to it
                del self.skip_stack[self.skip_stack.index(tag):]
            return
        if tag in _BLOCK:
            self.flush()
            if tag in ("tr", "table"):
                self.cells = 0
        elif tag in ("td", "th"):
            self.cells = max(0, self.cells - 1)
            self.current.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self.skip_stack:
            return
        self.current.append(data)


def html_to_paragraphs(html: str) -> list[str]:
    """The paragraphs of an HTML fragment, as plain one-line texts."""
    parser = _Paragraphs()
    parser.feed(html)
    parser.close()
    parser.flush()
    return parser.paragraphs


def text_to_paragraphs(text: str) -> list[str]:
    """The paragraphs of plain text: split at blank lines, each folded to one line."""
    chunks = re.split(r"\n[ \t]*\n", clean_text(text).replace("\r\n", "\n"))
    return [line for line in (clean_line(chunk) for chunk in chunks) if line]


def to_paragraphs(content: str, content_type: str = "") -> list[str]:
    """Paragraphs from content that is HTML or plain text (`content_type`, else a guess)."""
    kind = content_type.lower()
    if "html" in kind or (not kind and _LOOKS_LIKE_HTML.search(content)):
        return html_to_paragraphs(content)
    return text_to_paragraphs(content)


def plain_line(content: str, content_type: str = "") -> str:
    """One line of plain text from a title or a short field that may hold HTML."""
    return " ".join(to_paragraphs(content, content_type))


def first_words(text: str, limit: int = 80) -> str:
    """A title made of the first words of `text` (plain, one line): all of it when it is
    short, else cut at the last word boundary before `limit` characters, with an ellipsis
    (text without spaces, as Chinese, is cut at `limit`)."""
    line = clean_line(text)
    if len(line) <= limit:
        return line
    head = line[: limit - 1]
    cut = head.rfind(" ")
    if cut >= limit // 2:
        head = head[:cut]
    return head.rstrip(" ,;:-–—") + "…"
