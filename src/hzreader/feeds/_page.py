"""An HTML article page: its main text (trafilatura drops navigation, ads, comments and
boilerplate), title, author, date with its time zone, site name and canonical address."""

from __future__ import annotations

import datetime as dt
import logging
import re
import warnings
from html import unescape
from typing import Any
from urllib.parse import urljoin

from hzreader.feeds._boilerplate import drop_marked_blocks, is_promo_line
from hzreader.feeds._dates import parse_date
from hzreader.feeds._decode import decode, without_xml_declaration
from hzreader.feeds._http import is_web_address, split_url
from hzreader.feeds._model import Entry, Parsed, SourceError, fingerprint
from hzreader.feeds._pagetext import page_paragraphs, without_navigation
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


#: An extraction of one paragraph of at least this many words is tried again (a short page
#: of a headline, a byline and two paragraphs came out as one run of about 30 words).
RUN_ON_WORDS = MIN_WORDS


def _extract(trafilatura: Any, page: str, url: str, **options: Any) -> Any:
    """trafilatura's document of `page` (None when it finds none)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return trafilatura.bare_extraction(
            page, url=url or None, with_metadata=True, include_comments=False,
            include_tables=True, include_images=False, include_links=False, **options)


def _stated_day(found: str, page: str, url: str) -> dt.date | None:
    """The day htmldate found for `page`, unless it made the day up: its extensive search
    falls back to a year (a copyright footer's "© 2019") or a month ("March 2026") and
    gives its first day, 2019-01-01, 2026-01-01. A first of a month is kept only when the
    page writes that day (`1 March 2026`, `2026-03-01`, `2026年3月1日`) or htmldate's fast
    search (markup, the address, timestamps; no such fallback) finds it too: a copyright
    year is not the story's date, and an undated page stays undated."""
    try:
        day = dt.date.fromisoformat(found[:10])
    except ValueError:
        return None
    if day.day != 1 or _writes_first(page, day):
        return day
    from htmldate import find_date  # installed with trafilatura, already imported

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            fast = find_date(page, url=url or None, extensive_search=False,
                             original_date=True, max_date=dt.date.today().isoformat())
        except Exception:  # htmldate gives up on odd markup: no date, not a failed page
            fast = None
    return day if fast is not None and fast[:10] == day.isoformat() else None


def _writes_first(page: str, day: dt.date) -> bool:
    """Whether `page` writes `day`, a first of a month, as a whole date."""
    month = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
             "dec")[day.month - 1]
    numbers = rf"{day.year}\s*[-/.年]\s*0?{day.month}\s*[-/.月]\s*0?1(?!\d)"
    words = (rf"\b0?1(?:st)?\s+(?:of\s+)?{month}[a-z]*\.?,?\s+{day.year}\b"
             rf"|\b{month}[a-z]*\.?\s+0?1(?:st)?,?\s+{day.year}\b")
    return re.search(f"{numbers}|{words}", page, re.IGNORECASE) is not None


#: A page's `<title>` tag (its text is up to the first `</title` after it: `_page_title`).
_TITLE_TAG = re.compile(r"<title\b[^<>]*>", re.IGNORECASE)
_LINK = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json",
               "application/json")


def _page_title(head: str) -> str | None:
    """The text of the first `<title>` in `head`, None without one; linear in `head` (a
    lazy `<title>(.*?)</title` regex took 3 s on thousands of unclosed titles, review16)."""
    tag = _TITLE_TAG.search(head)
    if tag is None:
        return None
    end = head.lower().find("</title", tag.end())
    return head[tag.end() : end] if end >= 0 else None


def _no_article(page: str, url: str, words: str = "") -> str:
    """The error of a page with no article text: its title (an error page served as a
    success, "503 Service Unavailable"; a login page), and the feed it names, if any (a
    site's home page: `<link rel="alternate" type="application/rss+xml" href=...>`)."""
    title = _page_title(page[:65536])
    named = f" {clean_line(unescape(title))[:80]!r}" if title is not None else ""
    feeds = []
    for tag in _LINK.findall(page[:65536]):
        attributes = {name.lower(): unescape(a or b or c) for name, a, b, c in
                      _ATTRIBUTE.findall(tag)}
        if ("alternate" in attributes.get("rel", "").lower().split()
                and attributes.get("type", "").lower() in _FEED_TYPES and attributes.get("href")):
            try:
                link = urljoin(url, attributes["href"].strip()) if url else attributes["href"]
            except ValueError:  # no address at all ("http://[::1")
                continue
            feeds.append(clean_line(link))
    said = f"no article text found in the page{named}{words}"
    if feeds:
        more = f" (and {counted(len(feeds) - 1, 'other')})" if len(feeds) > 1 else ""
        said += f"; it names a feed: {feeds[0]}{more}, import that address"
    return said


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
        raise SourceError(_no_article(html, url))
    meta = _page_meta(html)
    title = clean_line(meta.get("headline", "") or meta.get("og:title", "") or
                       document.title or "")
    if getattr(document, "body", None) is not None:
        paragraphs = page_paragraphs(document.body, page)
    else:
        paragraphs = [clean_line(line) for line in (document.text or "").splitlines()]
    paragraphs = without_navigation([p for p in paragraphs if p and not is_promo_line(p)],
                                    page)
    if paragraphs and title and clean_line(paragraphs[0]).casefold() == title.casefold():
        paragraphs = paragraphs[1:]
    words = count_words(paragraphs)
    if words < MIN_WORDS:
        raise SourceError(_no_article(html, url, f" ({counted(words, 'word')} of text)"))
    if not title:
        title = clean_line(paragraphs[0])[:120]
    canonical = clean_line(document.url or "") if is_web_address(document.url) else ""
    address = canonical or (url if is_web_address(url) else "")
    parts = split_url(address)
    host = (parts.hostname if parts is not None else None) or ""
    date: dt.date | None = parse_date(meta.get("date"))
    if date is None and document.date:
        date = _stated_day(str(document.date), page, document.url or url)
    tags = [clean_line(t) for t in (document.tags or []) + (document.categories or [])]
    tags += [clean_line(t) for t in meta.get("tags", "").split(",")]
    body = "\n\n".join(paragraphs)
    article_id = address or f"page:{source_name}#{title}"
    description = clean_line(document.description or "")
    site = site_name(clean_line(meta.get("og:site_name", "") or document.sitename or ""),
                     title) or title_site(meta.get("title", ""), title) or host
    return Parsed("page", site, address, [Entry(
        id=article_id,
        title=title,
        body=body,
        date=date,
        source=site,
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


def site_name(name: str, title: str) -> str:
    """The site's name as found, unless it is the headline itself (trafilatura reads the
    site from `<title>Headline - Site</title>` and may take the wrong half): ""."""
    folded, headline = name.casefold(), title.casefold()
    if not name or folded == headline or (len(folded) > 20 and folded in headline):
        return ""
    return name


_TITLE_PARTS = re.compile(r"\s+[-|–—·:]\s+")


def title_site(page_title: str, headline: str) -> str:
    """The site's name from a page title "Headline - Site" (or "Site | Headline"): the part
    that is not the headline, if short; "" when there is none."""
    parts = [part.strip() for part in _TITLE_PARTS.split(clean_line(page_title))]
    if len(parts) < 2:
        return ""
    rest = [part for part in parts if part.casefold() != headline.casefold()]
    if len(rest) != len(parts) - 1:
        return ""  # the headline is not one of the parts: no telling which is the site
    site = rest[-1] if parts[0].casefold() == headline.casefold() else rest[0]
    return site if 0 < len(site) <= 40 else ""




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
    article = linked_article(tree)
    result = {"headline": clean_line(unescape(str(article.get("headline") or ""))),
              "og:title": found.get("og:title", ""),
              "og:site_name": found.get("og:site_name", ""),
              "title": tree.findtext(".//title") or ""}
    published = article.get("datePublished") or article.get("dateCreated")
    if isinstance(published, str) and parse_date(published) is not None:
        found = {**found, "ld:datepublished": published}
    for key in ("ld:datepublished", *_DATE_META):
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


_ARTICLE_TYPE = re.compile(r"(?:\w*Article|BlogPosting|LiveBlogPosting|Report)\Z")


def linked_article(tree: Any) -> dict[str, Any]:
    """The first article a page describes in JSON-LD (`<script type="application/ld+json">`,
    a `NewsArticle`, `Article`, `BlogPosting` ..., alone, in a list, in an `@graph` or as a
    page's `mainEntity`); {} when there is none or it cannot be read."""
    import json

    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        nodes = data if isinstance(data, list) else [data]
        for node in list(nodes):
            if isinstance(node, dict) and isinstance(node.get("@graph"), list):
                nodes += node["@graph"]
            if isinstance(node, dict) and isinstance(node.get("mainEntity"), dict):
                nodes.append(node["mainEntity"])
        for node in nodes:
            if not isinstance(node, dict):
                continue
            kinds = node.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and _ARTICLE_TYPE.search(k) for k in kinds) and \
                    (node.get("headline") or node.get("datePublished")):
                return node
    return {}
