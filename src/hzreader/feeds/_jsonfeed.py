"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): a small reader of its own."""

from __future__ import annotations

import json
from typing import Any

from hzreader.feeds._dates import bad_dates_line, parse_date
from hzreader.feeds._decode import decode
from hzreader.feeds._html import first_words, plain_line, to_paragraphs
from hzreader.feeds._http import split_url
from hzreader.feeds._model import Entry, Parsed, SourceError, fingerprint
from hzreader.text import clean_line

SUMMARY_CHARS = 1500
MAX_TAGS = 20


def looks_like_json_feed(data: bytes) -> bool:
    """True when the bytes start like a JSON Feed document."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and b"jsonfeed.org/version/" in data[:65536]


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def parse_json_feed(data: bytes, source: str, content_type: str = "") -> Parsed:
    """The entries of a JSON Feed; `SourceError` when it is not one."""
    text = decode(data, content_type)
    try:
        document = json.loads(text)
    except ValueError as error:
        cut = not text.rstrip().endswith(("}", "]"))  # a download or a file cut short
        raise SourceError(f"{'JSON cut off' if cut else 'not valid JSON'}: {error}") from None
    if not isinstance(document, dict) or not _text(document.get("version")).startswith(
            "https://jsonfeed.org/version/"):
        said = clean_line(json.dumps(document, ensure_ascii=False))  # an API's error, often
        raise SourceError("JSON, but not a JSON Feed (no jsonfeed.org version): "
                          f"{said[:100]}{' …' if len(said) > 100 else ''}")
    home = _text(document.get("home_page_url"))
    title = clean_line(_text(document.get("title"))) or (
        _hostname(home or source) or source)
    parsed = Parsed("feed", title, home)
    feed_authors = _authors(document)
    items = document.get("items")
    if not isinstance(items, list):
        raise SourceError("JSON Feed without an `items` list")
    bad_dates: list[tuple[int, str]] = []
    for number, item in enumerate(items, 1):
        entry = _entry(item, title, home or source, feed_authors) if isinstance(
            item, dict) else "not an object; not imported"
        if isinstance(entry, str):
            parsed.problems.append(f"item {number}: {entry}")
            continue
        parsed.entries.append(entry)
        assert isinstance(item, dict)
        written = (_text(item.get("date_published")) or _text(item.get("date_modified"))).strip()
        if entry.date is None and written:
            bad_dates.append((number, written))
    if bad_dates:
        parsed.problems.append(bad_dates_line(title, bad_dates))
    return parsed


def _authors(node: dict[str, Any]) -> str:
    """`authors` (1.1) or `author` (1.0) names, joined."""
    authors = node.get("authors")
    if not isinstance(authors, list):
        authors = [node.get("author")]
    names = [clean_line(_text(a.get("name"))) for a in authors if isinstance(a, dict)]
    return ", ".join(name for name in names if name)


def _entry(item: dict[str, Any], feed_title: str, scope: str, feed_authors: str) -> Entry | str:
    url = clean_line(_text(item.get("url")))
    title = plain_line(_text(item.get("title")), "text/plain")
    html, text = _text(item.get("content_html")), _text(item.get("content_text"))
    body = to_paragraphs(html, "text/html") if html else to_paragraphs(text, "text/plain")
    summary = plain_line(_text(item.get("summary")), "text/plain")
    summary_only = False
    if not body and summary:
        body, summary, summary_only = [summary], "", True
    if not title and not body:
        name = url or clean_line(str(item.get("id") or "untitled"))
        return f"{name[:80]!r}: no title and no text; not imported"
    if not body:
        return f"{title[:80]!r}: no text; not imported"
    title = title or first_words(body[0])  # microblog posts have no title: the first words
    raw_id = item.get("id")
    guid = clean_line(str(raw_id)) if isinstance(raw_id, (str, int)) else ""
    article_id = guid if ":" in guid else (f"{scope}#{guid}" if guid else url or
                                           f"{scope}#{title}")
    raw_tags = item.get("tags")
    tags: list[Any] = raw_tags if isinstance(raw_tags, list) else []
    tag_list = list(dict.fromkeys(t for t in (clean_line(_text(tag)) for tag in tags) if t))
    joined = "\n\n".join(body)
    return Entry(
        id=article_id,
        title=title,
        body=joined,
        date=parse_date(_text(item.get("date_published"))) or parse_date(
            _text(item.get("date_modified"))),
        source=feed_title,
        author=_authors(item) or feed_authors,
        url=url,
        summary=summary if summary and not joined.startswith(summary[:200]) else "",
        tags=tuple(tag_list[:MAX_TAGS]),
        fingerprint=fingerprint(title, html, text, item.get("summary"), url,
                                item.get("date_published"), item.get("date_modified"), tags),
        summary_only=summary_only and len(joined) < SUMMARY_CHARS,
    )


def _hostname(url: str) -> str:
    """The host of `url`, "" when it has none or cannot be read."""
    parts = split_url(url)
    return (parts.hostname if parts is not None else None) or ""
