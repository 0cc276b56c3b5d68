"""An HTML article page: its main text (trafilatura drops navigation, ads, comments and
boilerplate), title, author, date with its time zone, site name and canonical address."""

from __future__ import annotations

import datetime as dt
import logging
import re
import urllib.parse
import warnings
from typing import Any

from hzreader.feeds._boilerplate import drop_marked_blocks, is_promo_line
from hzreader.feeds._dates import parse_date
from hzreader.feeds._decode import decode, without_xml_declaration
from hzreader.feeds._model import Entry, Parsed, SourceError, fingerprint
from hzreader.text import CJK_RANGES, clean_line, counted

#: `<meta>` names and properties that carry the publication time, most specific first.
_DATE_META = ("article:published_time", "og:article:published_time", "datepublished",
              "pubdate", "publishdate", "dc.date.issued", "dc.date", "date", "sailthru.date",
              "parsely-pub-date")
_TAG_META = ("article:tag", "news_keywords", "keywords")
MAX_TAGS = 20
#: A page whose main text has fewer words has no article (a menu, a login page ...).
MIN_WORDS = 15
logging.getLogger("trafilatura").addHandler(logging.NullHandler())
logging.getLogger("trafilatura").propagate = False
logging.getLogger("htmldate").propagate = False


_CJK_LETTER = re.compile(f"[{CJK_RANGES}]")
#: Chinese and Japanese are written without spaces: about this many characters to a word.
CJK_CHARACTERS_PER_WORD = 2


def count_words(paragraphs: list[str]) -> int:
    """About how many words `paragraphs` hold: words between spaces, and the characters of
    scripts written without spaces (Chinese, Japanese) two to a word."""
    words = 0
    for paragraph in paragraphs:
        cjk = len(_CJK_LETTER.findall(paragraph))
        if cjk:
            paragraph = _CJK_LETTER.sub(" ", paragraph)
        words += len(paragraph.split()) + -(-cjk // CJK_CHARACTERS_PER_WORD)
    return words


#: An extraction of one paragraph of at least this many words (about 200 characters of
#: English, 70 of Chinese) is tried again.
RUN_ON_WORDS = 35


def _extract(trafilatura: Any, page: str, url: str, **options: Any) -> Any:
    """trafilatura's document of `page` (None when it finds none)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return trafilatura.bare_extraction(
            page, url=url or None, with_metadata=True, include_comments=False,
            include_tables=True, include_images=False, include_links=False, **options)


def looks_like_html(data: bytes, content_type: str = "") -> bool:
    """True for an HTML document (by its media type or its first tag)."""
    if "html" in content_type.lower() and "xhtml+xml" not in content_type.lower():
        return True
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:1024]


def parse_page(data: bytes, url: str = "", source_name: str = "", content_type: str = "",
               ) -> Parsed:
    """The article of one page; `SourceError` when the page has no article text. The bytes
    are decoded here, once (`_decode`: the HTTP charset, the page's own, UTF-8, else
    windows-1252); lxml and trafilatura get text, never bytes to guess at."""
    import trafilatura  # heavy (lxml, jusText, htmldate): only when a page is read

    html = without_xml_declaration(decode(data, content_type, markup="html"))
    page = _without_marked_blocks(html)
    document: Any = _extract(trafilatura, page, url)
    text = (getattr(document, "text", "") or "").strip() if document is not None else ""
    if "\n" not in text and count_words([text]) >= RUN_ON_WORDS:
        # One run of text: trafilatura fell back to the page's bare text (it did for short
        # Chinese paragraphs), headline and byline included. Its precise mode keeps them.
        precise = _extract(trafilatura, page, url, favor_precision=True)
        if precise is not None and "\n" in (getattr(precise, "text", "") or "").strip():
            document = precise
    if document is None or not (getattr(document, "text", "") or "").strip():
        raise SourceError("no article text found in the page")
    meta = _page_meta(html)
    title = clean_line(meta.get("og:title", "") or document.title or "")
    paragraphs = [clean_line(line) for line in (document.text or "").splitlines()]
    paragraphs = [("• " + p[2:]) if p.startswith("- ") else p for p in paragraphs
                  if p and not is_promo_line(p)]
    if paragraphs and title and clean_line(paragraphs[0]).casefold() == title.casefold():
        paragraphs = paragraphs[1:]
    words = count_words(paragraphs)
    if words < MIN_WORDS:
        raise SourceError(f"no article text found in the page ({counted(words, 'word')} "
                          "of text)")
    if not title:
        title = paragraphs[0][:120]
    canonical = clean_line(document.url or "") if _is_web(document.url) else ""
    address = canonical or (url if _is_web(url) else "")
    host = urllib.parse.urlsplit(address).hostname or ""
    date: dt.date | None = parse_date(meta.get("date"))
    if date is None and document.date:
        try:
            date = dt.date.fromisoformat(str(document.date)[:10])
        except ValueError:
            date = None
    tags = [clean_line(t) for t in (document.tags or []) + (document.categories or [])]
    tags += [clean_line(t) for t in meta.get("tags", "").split(",")]
    body = "\n\n".join(paragraphs)
    article_id = address or f"page:{source_name}#{title}"
    description = clean_line(document.description or "")
    return Parsed("page", clean_line(document.sitename or "") or host, address, [Entry(
        id=article_id,
        title=title,
        body=body,
        date=date,
        source=clean_line(document.sitename or "") or host,
        author=clean_line(meta.get("author", "") or document.author or ""),
        url=address,
        summary=description if description and not body.startswith(description[:100]) else "",
        tags=tuple(dict.fromkeys(t for t in tags if t))[:MAX_TAGS],
        fingerprint=fingerprint(title, body, date, document.author, address),
    )])


def _without_marked_blocks(data: str) -> str:
    """The page without its ad, promotion, share and newsletter blocks (`_boilerplate`);
    the page itself when it cannot be parsed here (trafilatura then tries on its own)."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return data
    if not drop_marked_blocks(tree):
        return data
    return str(lxml.html.tostring(tree, encoding="unicode"))


def _is_web(url: Any) -> bool:
    return isinstance(url, str) and urllib.parse.urlsplit(url).scheme in ("http", "https")


def _page_meta(data: str) -> dict[str, str]:
    """The publication time (`date`), `og:title`, `tags` and `author` from the page's
    `<meta>` tags."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return {}
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        value = meta.get("content") or ""
        if key and value and key not in found:
            found[key] = value
    result = {"og:title": found.get("og:title", "")}
    for key in _DATE_META:
        if key in found and parse_date(found[key]) is not None:
            result["date"] = found[key]
            break
    else:
        for node in tree.iter("time"):
            stamp = node.get("datetime") or ""
            if "T" in stamp and parse_date(stamp) is not None:
                result["date"] = stamp
                break
    result["tags"] = ",".join(found[key] for key in _TAG_META if key in found)
    result["author"] = found.get("author", "")  # the page's own, before a byline's text
    return result
