"""HTML (a feed item's content or summary) to plain paragraphs: no markup survives.

Block elements and line breaks (`<br>`; in a table cell, a space) end paragraphs; scripts,
styles and other non-text elements are dropped with their content, and so are blocks marked
as ads, promotions or share bars (`_boilerplate`); entities are decoded. A table, a list and
a `<pre>` are paragraphs whose lines the reader keeps (`_blocks`): a row a line, with its
columns aligned; an item a line, "- " or its number; the `<pre>`'s own lines. Every line goes
through `clean_line` (a `<pre>`'s, `clean_text`), so no control or escape character remains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from hzreader.feeds._blocks import Table, list_marker, pre_paragraphs
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
                    "form", "fieldset", "caption", "body", "html", "menu"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "wbr",
                   "source", "track", "param", "embed"})
_LOOKS_LIKE_HTML = re.compile(r"<[a-zA-Z/!][^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_LISTS = ("ul", "ol", "menu")


def _number(value: str | None, default: int) -> int:
    """An attribute's whole number (`start`, `value`), else `default`."""
    try:
        return int((value or "").strip())
    except ValueError:
        return default


@dataclass
class _List:
    """An open list: its kind, the number of its next item, and where its items start."""

    ordered: bool
    number: int
    kind: str
    step: int
    indent: str
    marker: str = ""


class _Paragraphs(HTMLParser):
    """Collects the text of an HTML fragment as a list of paragraphs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.skip_stack: list[str] = []
        self.tables: list[Table] = []  # open tables; one inside another is read as text
        self.cell: tuple[int, bool] | None = None  # the open cell: (its span, a heading)
        self.lists: list[_List] = []
        self.lines: list[str] = []  # the lines of the list being read
        self.pending = ""  # the marker (with its indent) of an item with no text yet
        self.pre = 0
        self.caption = False

    # -- where text goes ----------------------------------------------------------------

    def flush(self) -> None:
        """End the text being read: a paragraph, a line of a list, or a table's cell."""
        raw = "".join(self.current)
        self.current = []
        if len(self.tables) == 1 and self.cell is not None:
            self.current = [raw]  # one cell: broken by nothing but its own end
        elif self.lists and not self.tables:
            self._item_line(clean_line(raw))
        elif self.pre and not self.tables:
            self.paragraphs += pre_paragraphs(raw)
        else:
            self._paragraph(clean_line(raw))

    def _paragraph(self, text: str) -> None:
        if text and not is_promo_line(text):
            self.paragraphs.append(text)

    def _item_line(self, text: str) -> None:
        if not text:
            return
        if self.pending:
            self.lines.append(self.pending + text)
            self.pending = ""
        else:  # a second line of an item: under its text
            top = self.lists[-1]
            self.lines.append(top.indent + " " * len(top.marker) + text)

    def _end_list(self) -> None:
        self.flush()
        self.lists.pop()
        self.pending = ""
        if not self.lists and self.lines:
            self.paragraphs.append("\n".join(self.lines))
            self.lines = []

    def _end_cell(self) -> None:
        if self.cell is not None and len(self.tables) == 1:
            text, self.current = "".join(self.current), []
            self.tables[0].add_cell(text, *self.cell)
        self.cell = None

    # -- the parser's events ------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_stack:  # inside a dropped element: follow the nesting to its end
            if tag not in _VOID:
                self.skip_stack.append(tag)
            return
        if tag not in _VOID and (tag in _SKIP or is_marked(tag, attrs)):  # an ad, a share bar
            self.skip_stack.append(tag)
            return
        if self.tables:
            self._in_table(tag, attrs, start=True)
        elif tag == "br":
            # A line break is a paragraph break: an article's body has no other way to keep
            # a line on its own (one newline inside a paragraph reads as a space), and the
            # two lines run together would be one sentence ("Line1 Line2"). <br><br> is one
            # break, as is <br> at the start or end of a block: no empty paragraphs. In a
            # list item, a line under the item's text; in a <pre>, its line break.
            if self.pre and not self.lists:
                self.current.append("\n")
            else:
                self.flush()
        elif tag == "table" and not self.lists:
            self.flush()
            self.tables.append(Table())
        elif tag in _LISTS:
            self.flush()
            named = dict(attrs)
            ordered = tag == "ol"
            step = -1 if "reversed" in named else 1
            outer = self.lists[-1] if self.lists else None
            indent = outer.indent + " " * len(outer.marker) if outer else ""
            self.lists.append(_List(ordered, _number(named.get("start"), 1), named.get(
                "type") or "1", step, indent))
        elif tag == "li" and self.lists:
            self.flush()
            top = self.lists[-1]
            top.number = _number(dict(attrs).get("value"), top.number)
            top.marker = list_marker(top.ordered, top.number, top.kind)
            top.number += top.step
            self.pending = top.indent + top.marker
        elif tag == "pre":
            self.flush()
            self.pre += 1
        else:
            self._block_edge(tag)

    def _block_edge(self, tag: str) -> None:
        """Where a cell (of a table inside a list item) or a block starts or ends: a space
        between cells, a line break inside a `<pre>`, else the end of a paragraph."""
        if tag in ("td", "th"):
            self.current.append(" ")
        elif tag in _BLOCK:
            if self.pre and not self.lists:
                self.current.append("\n")
            else:
                self.flush()

    def _in_table(self, tag: str, attrs: list[tuple[str, str | None]], start: bool) -> None:
        """A tag inside a table: rows and cells of the outer one; the rest breaks words."""
        outer = len(self.tables) == 1
        if tag == "table":
            if start:
                self.tables.append(Table())
                return
            if outer:
                self._end_cell()
                self.paragraphs += self.tables[0].paragraphs()
            self.tables.pop()
            return
        if outer and tag in ("td", "th"):
            self._end_cell()
            if start:
                self.cell = (_number(dict(attrs).get("colspan"), 1), tag == "th")
        elif outer and tag == "tr":
            self._end_cell()
            self.tables[0].end_row()
        elif outer and tag == "caption":
            self._end_cell()
            self.caption = start
            if not start:  # a table's caption: a paragraph before it
                self._paragraph(clean_line("".join(self.current)))
                self.current = []
        elif tag in _BLOCK or tag in ("br", "td", "th"):
            self.current.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self.skip_stack:
            if tag == self.skip_stack[-1]:
                self.skip_stack.pop()
            elif tag in self.skip_stack:  # an unclosed element inside: close to it
                del self.skip_stack[self.skip_stack.index(tag):]
            return
        if self.tables:
            self._in_table(tag, [], start=False)
        elif tag in _LISTS and self.lists:
            self._end_list()
        elif tag == "li" and self.lists:
            self.flush()
            self.pending = ""
        elif tag == "pre" and self.pre:
            if self.lists:
                self.pre -= 1
            else:
                self.flush()
                self.pre -= 1
        else:
            self._block_edge(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self.skip_stack:
            return
        if len(self.tables) == 1 and self.cell is None and not self.caption and data.strip():
            self.cell = (1, False)  # text in a row outside any cell: a cell of its own
        self.current.append(data)

    def close(self) -> None:
        super().close()
        if self.tables:  # a table left open ends with the fragment
            self._end_cell()
            self.paragraphs += self.tables[0].paragraphs()
            self.tables = []
        while self.lists:
            self._end_list()
        self.flush()


def html_to_paragraphs(html: str) -> list[str]:
    """The paragraphs of an HTML fragment, as plain one-line texts."""
    parser = _Paragraphs()
    parser.feed(html)
    parser.close()
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
    return clean_line(" ".join(to_paragraphs(content, content_type)))


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
