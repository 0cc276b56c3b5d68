"""OPML subscription lists: every feed of a (nested) list read, and a list written out."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator

from hzreader.feeds._decode import decode, without_xml_declaration
from hzreader.feeds._model import Outline, Parsed, SourceError
from hzreader.feeds._repair import Repaired, original_column, repair_markup, repairs_line
from hzreader.text import clean_line

#: hzreader's own attributes on an outline (other readers ignore unknown attributes).
INTO_ATTRIBUTE = "hzreaderInto"
FULL_ATTRIBUTE = "hzreaderFull"


def looks_like_opml(data: bytes) -> bool:
    """True when the document's root element is `<opml>`."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    while head.startswith((b"<?", b"<!--", b"<!doctype")):
        end = head.find(b">")
        if end < 0:
            return False
        head = head[end + 1:].lstrip()
    return head.startswith(b"<opml")


def parse_opml(data: bytes, content_type: str = "") -> Parsed:
    """Every feed (`xmlUrl`) of an OPML document, with the titles of the outlines around it."""
    repaired = repair_markup(
        without_xml_declaration(decode(data, content_type, markup="xml")))
    try:
        root = ET.fromstring(repaired.text)
    except ET.ParseError as error:
        raise SourceError(f"not valid OPML: {_where(error, repaired)}") from None
    if root.tag.lower() != "opml":
        raise SourceError(f"not OPML (the root element is <{clean_line(root.tag)[:40]}>)")
    title = clean_line(root.findtext("head/title") or "")
    body = root.find("body")
    parsed = Parsed("opml", title)
    if repaired.bare or repaired.bare_lt:
        parsed.problems.append(repairs_line(title or "the list", repaired, "list"))
    seen: set[str] = set()
    for outline in _walk(body if body is not None else root, ()):
        if outline.url not in seen:
            seen.add(outline.url)
            parsed.outlines.append(outline)
    return parsed


def _where(error: ET.ParseError, repaired: Repaired) -> str:
    """The parser's complaint, its column as in the list before it was `repaired`."""
    line, column = error.position
    reason = str(error).split(": line ")[0]
    return f"{reason}: line {line}, column {original_column(repaired, line, column)}"


def _walk(node: ET.Element, category: tuple[str, ...]) -> Iterator[Outline]:
    for child in node:
        if child.tag != "outline":
            continue
        name = clean_line(child.get("title") or child.get("text") or "")
        url = clean_line(child.get("xmlUrl") or child.get("xmlurl") or "")
        if url:
            yield Outline(url, name, category, clean_line(child.get(INTO_ATTRIBUTE) or ""),
                          child.get(FULL_ATTRIBUTE) == "1")
        yield from _walk(child, (*category, name) if name and not url else category)


def write_opml(outlines: Iterable[Outline], title: str = "hzreader subscriptions") -> str:
    """An OPML 2.0 document of `outlines`, nested by their categories."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = dt.datetime.now(dt.timezone.utc).strftime(
        "%a, %d %b %Y %H:%M:%S GMT")
    body = ET.SubElement(root, "body")
    folders: dict[tuple[str, ...], ET.Element] = {(): body}
    for outline in outlines:
        parent = body
        for depth in range(1, len(outline.category) + 1):
            path = outline.category[:depth]
            if path not in folders:
                folders[path] = ET.SubElement(folders[path[:-1]], "outline",
                                              text=path[-1], title=path[-1])
            parent = folders[path]
        name = outline.title or outline.url
        attributes = {"type": "rss", "text": name, "title": name, "xmlUrl": outline.url}
        if outline.into:
            attributes[INTO_ATTRIBUTE] = outline.into
        if outline.full:
            attributes[FULL_ATTRIBUTE] = "1"
        ET.SubElement(parent, "outline", attributes)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(
        root, encoding="unicode") + "\n"
