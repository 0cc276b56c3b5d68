"""RSS 0.9x/1.0/2.0 and Atom through feedparser; each item becomes an `Entry`."""

from __future__ import annotations

import datetime as dt
import html
import re
import urllib.parse
import xml.sax
from dataclasses import dataclass
from typing import Any

from hzreader.feeds._dates import bad_dates_line, parse_date
from hzreader.feeds._decode import as_utf8_xml
from hzreader.feeds._html import first_words, plain_line, to_paragraphs
from hzreader.feeds._http import is_url, split_url
from hzreader.feeds._model import Entry, Parsed, SourceError, fingerprint
from hzreader.feeds._repair import Repaired, original_column, repair_markup, repairs_line
from hzreader.text import clean_line, counted

#: A feed item whose only text is a summary shorter than this may be fetched whole (`--full`).
SUMMARY_CHARS = 1500
#: Summaries are cut to about this many characters.
SUMMARY_MAX = 600
MAX_TAGS = 20
_EMAIL_NAME = re.compile(r"^\S+@\S+\s*\((.+)\)$")
_NAME_EMAIL = re.compile(r"^(.+?)\s*<\S+@\S+>$")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
#: The XML declaration feedparser writes in place of the feed's own (or in front of the
#: feed, on a line of its own, when it has none): error positions are moved back.
_FEEDPARSER_DECLARATION = re.compile(r"<\?xml[^>]*?>")
_UTF8_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>"
_ROOT_END = re.compile(r"</(?:[\w.-]+:)?(?:rss|feed|RDF)\s*>\s*(?:<!--.*?-->\s*)*\Z", re.DOTALL)


def parse_feed(data: bytes, source: str, content_type: str = "") -> Parsed:
    """The entries of an RSS or Atom document; `SourceError` when it is not a feed."""
    import feedparser  # a few tens of ms: only when a feed is read

    # No content-location: a relative guid stays as the feed wrote it (an item's identity
    # must not depend on where the feed was read from); links are made absolute below.
    # Decoded by the importer's one rule (`_decode`), handed over as declared UTF-8.
    data, content_type = as_utf8_xml(data, content_type)
    repaired = repair_markup(data.decode("utf-8"))  # "AT&T", "a < b" are no XML
    document: Any = feedparser.parse(repaired.text.encode("utf-8") if repaired.edits else data,
                                     response_headers={"content-type": content_type},
                                     sanitize_html=True, resolve_relative_uris=True)
    feed = document.get("feed", {})
    reason = document.get("bozo_exception")
    detail = _describe(reason, repaired)
    if not document.get("version") and not document.get("entries"):
        raise SourceError(f"not an RSS or Atom feed ({detail})" if detail else
                          "not an RSS or Atom feed")
    malformed = isinstance(reason, xml.sax.SAXException)
    what = "feed cut off" if malformed and _cut_off(reason, repaired.text) else "malformed feed"
    link = _absolute(feed.get("link", "") or "", source)
    title = _title(feed) or _host(link or source)
    parsed = Parsed("feed", title, link, self_link=_self_link(feed, source))
    feed_author = _author(feed)
    numbers: dict[str, int] = {}  # an entry's id -> the number of the item kept for it
    bad_dates: list[tuple[int, str]] = []  # (item number, a date as written that is no date)
    for number, item in enumerate(document.get("entries", []), 1):
        entry = _entry(item, title, _Scope(source, link), feed_author)
        if isinstance(entry, str):
            parsed.problems.append(f"item {number}: {entry}")
            continue
        written = str(dict.get(item, "published") or dict.get(item, "updated") or "").strip()
        if entry.date is None and written:
            bad_dates.append((number, written))
        if entry.id in numbers:
            parsed.problems.append(_one_of_two(parsed.entries, entry, number, numbers))
        else:
            numbers[entry.id] = number
            parsed.entries.append(entry)
    if bad_dates:
        parsed.problems.append(bad_dates_line(title, bad_dates))
    if malformed and not parsed.entries:
        raise SourceError(f"{what} ({detail}); no item could be read")
    if malformed:
        parsed.problems.insert(0, f"{what} ({detail}); "
                                  f"{counted(len(parsed.entries), 'item')} read anyway")
    if repaired.bare or repaired.bare_lt:
        parsed.problems.insert(0, repairs_line(title, repaired))
    return parsed


def _one_of_two(entries: list[Entry], entry: Entry, number: int,
                numbers: dict[str, int]) -> str:
    """Keep the newer of two items with one id (the earlier in the feed when neither is
    newer: feeds list the newest first), and say so: one id is one article file, and the
    two would overwrite each other at every import."""
    kept = next(i for i, other in enumerate(entries) if other.id == entry.id)
    earlier = numbers[entry.id]
    if _timestamp(entry) > _timestamp(entries[kept]):
        entries[kept] = entry
        numbers[entry.id] = number
        left, used = earlier, number
    else:
        left, used = number, earlier
    return (f"item {left}: same id as item {used} ({clean_line(entry.id)[:80]}); "
            f"the newer, item {used}, was imported")


def _timestamp(entry: Entry) -> float:
    """When an entry was published, in seconds (a plain date at midnight UTC; none: -inf)."""
    when = entry.date
    if when is None:
        return float("-inf")
    if not isinstance(when, dt.datetime):
        when = dt.datetime(when.year, when.month, when.day, tzinfo=dt.timezone.utc)
    elif when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return when.timestamp()


def _describe(error: object, repaired: Repaired | None = None) -> str:
    """A parser's complaint as a short line (`line 2, column 65: unclosed token`), its
    place as in the feed (before feedparser's declaration and the `repaired` `&` and `<`)."""
    if isinstance(error, xml.sax.SAXParseException):
        line, column = error.getLineNumber() or 0, error.getColumnNumber() or 0
        if repaired is not None and line:
            declaration = _FEEDPARSER_DECLARATION.match(repaired.text)
            if declaration is None:
                line -= 1  # feedparser put a declaration line in front
            elif line == 1:
                column -= len(_UTF8_DECLARATION) - declaration.end()  # (rewrote this one)
            column = original_column(repaired, line, column)
        return clean_line(f"line {line}, column {column}: {error.getMessage()}")[:160]
    return clean_line(str(error))[:160] if error else ""


def _cut_off(error: object, text: str) -> bool:
    """Whether the parser stopped at the end of a feed that ends before its root's end tag
    (a download or a file cut short)."""
    return (isinstance(error, xml.sax.SAXParseException)
            and error.getMessage() in ("no element found", "unclosed token")
            and not _ROOT_END.search(text[-4096:]))


def _title(node: Any) -> str:
    detail = node.get("title_detail") or {}
    text = node.get("title", "") or ""
    kind = detail.get("type", "") if isinstance(detail, dict) else ""
    line = plain_line(text, kind or "text/plain")
    if "html" not in kind and _ENTITY.search(line):  # an entity escaped once too often
        line = clean_line(html.unescape(line))
    return line


def _host(url: str) -> str:
    parts = split_url(url)
    return (parts.hostname if parts is not None else None) or url


@dataclass(frozen=True)
class _Scope:
    """Where a feed was read from (a path or an address) and the site it names (its link)."""

    source: str
    link: str


def _self_link(feed: Any, source: str) -> str:
    """The feed's own address as it states it (`<atom:link rel="self">`), else ""."""
    for link in feed.get("links", None) or ():
        if isinstance(link, dict) and link.get("rel") == "self" and link.get("href"):
            return _absolute(str(link["href"]), source)
    return ""


def _absolute(link: str, source: str) -> str:
    """`link` made absolute against the feed's own address (a path stays as written)."""
    link = link.strip()
    parts = split_url(link)
    if parts is None:  # not an address at all ("http://[::1"): no link
        return ""
    if not link or parts.scheme or not is_url(source):
        return link
    try:
        return urllib.parse.urljoin(source, link)
    except ValueError:
        return ""


def _entry(item: Any, feed_title: str, scope: _Scope, feed_author: str) -> Entry | str:
    """One feed item as an Entry, or the reason it was left out."""
    written_link = item.get("link", "") or ""
    if item.get("guidislink") and ":" not in written_link:
        # RSS takes a <guid> for the item's address unless it says isPermaLink="false";
        # one that is a plain name ("story-1") is an id, not a page of the site.
        written_link = ""
    link = _absolute(written_link, scope.source)
    title = _title(item)
    contents = [c for c in item.get("content", []) or [] if isinstance(c, dict)]
    best = max(contents, key=lambda c: len(c.get("value", "") or ""), default=None)
    summary_detail = item.get("summary_detail") or {}
    summary_raw = item.get("summary", "") or ""
    body = to_paragraphs(best.get("value", "") or "", best.get("type", "")) if best else []
    summary_type = summary_detail.get("type", "") or (  # feedparser's copy of the content
        best.get("type", "") if best and best.get("value") == summary_raw else "")
    summary = to_paragraphs(summary_raw, summary_type) if summary_raw else []
    summary_only = not body
    if not body:
        body = summary
        summary = []
    if not title and not body:
        return f"{clean_line(link or 'untitled')[:80]!r}: no title and no text; not imported"
    if not body:
        return f"{title[:80]!r}: no text; not imported"
    title = title or first_words(body[0])  # untitled, as microblog posts: its first words
    text = "\n\n".join(body)
    summary_text = clean_line(" ".join(summary))  # a list or table in it: one line
    if summary_text and (" ".join(text.split()).startswith(
            " ".join(summary_text[:200].split()).rstrip(". …")) or
            len(summary_text) >= len(text)):
        summary_text = ""  # the summary is the start of the body (however its paragraphs
        # are spaced: an item with only content:encoded gets it as its summary too)
    if len(summary_text) > SUMMARY_MAX:
        summary_text = summary_text[:SUMMARY_MAX].rsplit(" ", 1)[0] + " …"
    guid = item.get("id", "") or ""
    article_id = _article_id(guid, written_link, scope.link or scope.source, title)
    author = _author(item) or feed_author
    tags: list[str] = []
    for tag in item.get("tags", []) or []:
        term = clean_line(str(tag.get("label") or tag.get("term") or ""))
        if term and term not in tags:
            tags.append(term)
    # dict.get: feedparser's own lookup maps a missing `updated` to `published`, with a warning
    date = parse_date(dict.get(item, "published"), dict.get(item, "published_parsed")) or \
        parse_date(dict.get(item, "updated"), dict.get(item, "updated_parsed"))
    return Entry(
        id=article_id,
        title=title,
        body=text,
        date=date,
        source=feed_title,
        author=clean_line(str(author)),
        url=clean_line(link),
        summary=summary_text,
        tags=tuple(tags[:MAX_TAGS]),
        fingerprint=fingerprint(title, best and best.get("value"), summary_raw, link,
                                dict.get(item, "published"), dict.get(item, "updated"), author,
                                tags),
        summary_only=summary_only and len(text) < SUMMARY_CHARS,
        former_ids=_former_ids(article_id, item, written_link, scope, title),
    )


def _author(item: Any) -> str:
    """The author's name: RSS writes `email (Name)`, Atom and Dublin Core a name."""
    text = clean_line(str(item.get("author", "") or ""))
    match = _EMAIL_NAME.match(text) or _NAME_EMAIL.match(text)
    if match:
        return match.group(1)
    return text or clean_line(str((item.get("author_detail") or {}).get("name") or ""))


def _article_id(guid: str, link: str, scope: str, title: str) -> str:
    """The guid when it is globally unique (a URL, urn: or tag:), else qualified by the feed
    (its site's link, or where it was read from when it names none); the link when there is
    no guid (qualified the same way when relative); the title (in this feed) when there is
    neither. Nothing in it depends on where the feed was read from when the feed has a link."""
    guid = clean_line(guid)
    if guid and (":" in guid):
        return guid
    if guid:
        return f"{scope}#{guid}"
    link = clean_line(link)
    if link:
        parts = split_url(link)
        return link if parts is None or parts.scheme else f"{scope}#{link}"
    return f"{scope}#{title}"


def _former_ids(article_id: str, item: Any, written_link: str, scope: _Scope, title: str
                ) -> tuple[str, ...]:
    """The id this item had before ids stopped depending on where the feed was read from:
    a relative guid or link resolved against the feed's path or address (so that an item
    imported then is found again, not imported twice)."""
    from feedparser.urls import _urljoin

    old_scope = _urljoin(scope.source, scope.link) if scope.link else scope.source
    guid = item.get("id", "") or ""
    guid = _urljoin(scope.source, guid) if guid else ""  # (not for isPermaLink="false"
    # guids, which feedparser cannot tell apart afterwards: a former id never written)
    link = _urljoin(scope.source, written_link) if written_link else ""
    former = _article_id(guid, link, old_scope, title)
    return (former,) if former != article_id else ()
