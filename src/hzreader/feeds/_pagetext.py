"""An article page's text as paragraphs: trafilatura's document, read as the feeds' HTML is.

trafilatura's document (`<p>`, `<head>`, `<list rend="ol">`, `<item>`, `<table>`, `<row>`,
`<cell>`, `<quote>`, `<code>`, `<lb/>`) is written back as HTML and read by `_html`, so a
page's lists, tables and preformatted text keep their lines as a feed's do. What trafilatura
forgets is taken from the page: the `start` (and `type`, `reversed`) of a numbered list, and
which of its quotes was a `<pre>`.

A page's navigation (`class="nav"`, a breadcrumb, a menu, a header or footer bar) that
trafilatura kept, as the first or last paragraphs, is dropped (`without_navigation`).
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from hzreader.feeds._html import html_to_paragraphs
from hzreader.text import clean_line

_AS_HTML = {"head": "h2", "p": "p", "quote": "blockquote", "code": "pre", "item": "li",
            "table": "table", "row": "tr", "lb": "br", "list": "ul", "cell": "td"}
_DROPPED = frozenset({"graphic", "note", "fw"})
#: Names (in a class or an id) of a page's navigation, before or after the article.
NAVIGATION_WORDS = frozenset({
    "nav", "navbar", "navigation", "subnav", "sitenav", "menu", "menubar", "breadcrumb",
    "breadcrumbs", "crumbs", "crumb", "toolbar", "channel"})
#: Names of a bar that is navigation only when most of its text is links (an article's
#: `<header>` may hold its standfirst).
BAR_WORDS = frozenset({"header", "masthead", "topbar", "footer"})
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
#: A navigation paragraph is short: at most this many words, ending in no full stop.
NAVIGATION_WORDS_MOST = 12
_SENTENCE_END = ("。", "！", "？", ".", "!", "?", "”", '"')


def _folded(text: str) -> str:
    """Text without its spaces and list markers, to compare a page's with trafilatura's."""
    return re.sub(r"\s+", "", re.sub(r"^\s*(?:[-•]|\d{1,3}\.)\s", "", text, flags=re.MULTILINE))


def page_paragraphs(body: Any, page: str) -> list[str]:
    """The paragraphs of trafilatura's `body` of the HTML `page`."""
    import lxml.html

    needs_page = body.find(".//list[@rend='ol']") is not None or body.find(".//quote") is not None
    lists: dict[str, dict[str, str]] = {}
    pres: set[str] = set()
    if needs_page:
        try:
            tree = lxml.html.document_fromstring(page)
        except (ValueError, lxml.etree.ParserError):
            tree = None
        if tree is not None:
            for ol in tree.iter("ol"):
                first = next(ol.iter("li"), None)
                if first is not None:
                    lists.setdefault(_folded(first.text_content()), {
                        k: v for k, v in ol.attrib.items() if k in ("start", "type", "reversed")})
            pres = {_folded(pre.text_content()) for pre in tree.iter("pre")}
    out: list[str] = []
    _write(body, out, lists, pres, top=True)
    return html_to_paragraphs("".join(out))


def _write(node: Any, out: list[str], lists: dict[str, dict[str, str]], pres: set[str],
           top: bool = False, pre: bool = False) -> None:
    """`node` as HTML into `out` (its tail is written by the caller). A line break in
    trafilatura's text parts paragraphs (its text of a page it could not take apart has
    them so) but in a `<pre>`."""
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in _DROPPED:
        return
    name = "" if top else _AS_HTML.get(tag, "span")
    attributes = ""
    if tag == "list" and node.get("rend") == "ol":
        name = "ol"
        first = node.find("item")
        found = lists.get(_folded("".join(first.itertext()))) if first is not None else None
        attributes = "".join(f' {key}="{escape(value)}"' for key, value in (found or {}).items())
    elif tag == "cell" and node.get("role") == "head":
        name = "th"
    elif tag == "quote" and _folded("".join(node.itertext())) in pres:
        name = "pre"
    if name:
        out.append(f"<{name}{attributes}>")
    pre = pre or name == "pre"

    def text(part: str) -> str:
        return escape(part) if pre else escape(part).replace("\n", "<br>")

    if node.text:
        out.append(text(node.text))
    for child in node:
        _write(child, out, lists, pres, pre=pre)
        if child.tail:
            out.append(text(child.tail))
    if name and name != "br":
        out.append(f"</{name}>")


def navigation_texts(page: str) -> list[str]:
    """The texts (folded) of the page's blocks named as navigation (see the module)."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return []
    texts = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "main",
                                                               "article"):
            continue
        named = f"{element.get('class') or ''} {element.get('id') or ''}"
        words = {word.lower() for word in _WORD.findall(named)}
        navigation = element.tag in ("nav", "menu") or not NAVIGATION_WORDS.isdisjoint(words)
        bar = element.tag in ("header", "footer") or not BAR_WORDS.isdisjoint(words)
        if not (navigation or bar):
            continue
        text = _folded(element.text_content())
        if not text or len(text) > 400:
            continue
        links = sum(len(_folded(link.text_content())) for link in element.iter("a"))
        if navigation or links * 2 >= len(text):
            texts.append(text)
    return texts


def _navigation(paragraph: str, texts: list[str]) -> bool:
    """Whether `paragraph` is a short run of links found in a navigation block."""
    line = clean_line(paragraph)
    if not line or len(line.split()) > NAVIGATION_WORDS_MOST or line.endswith(_SENTENCE_END) \
            or len(line) > 80:
        return False
    folded = _folded(paragraph)
    return any(folded in text for text in texts)


def without_navigation(paragraphs: list[str], page: str) -> list[str]:
    """`paragraphs` without the navigation that comes before the article's text or after
    it (never a paragraph between two of the article's)."""
    if not paragraphs:
        return paragraphs
    texts = navigation_texts(page)
    if not texts:
        return paragraphs
    start, end = 0, len(paragraphs)
    while start < end and _navigation(paragraphs[start], texts):
        start += 1
    while end > start and _navigation(paragraphs[end - 1], texts):
        end -= 1
    return paragraphs[start:end]
