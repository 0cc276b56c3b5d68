"""Reading one SOURCE, a URL or a file, and telling what it is: a feed (RSS, Atom, JSON
Feed), an OPML list, an HTML article page or a Markdown file."""

from __future__ import annotations

import os
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from hzreader.feeds._decode import misdeclared_utf8
from hzreader.feeds._feed import parse_feed
from hzreader.feeds._http import MAX_BYTES, HostGate, Response, fetch, is_url
from hzreader.feeds._jsonfeed import looks_like_json_feed, parse_json_feed
from hzreader.feeds._markdown import MARKDOWN_SUFFIXES, parse_markdown
from hzreader.feeds._model import Parsed, SourceError
from hzreader.feeds._opml import looks_like_opml, parse_opml
from hzreader.feeds._page import looks_like_html, parse_page
from hzreader.text import clean_line

#: hzreader's own article files: opened as they are, never imported.
ARTICLE_SUFFIXES = (".yaml", ".yml")
_XML_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF|channel)[\s>]", re.IGNORECASE)
ACCEPT = ("application/rss+xml, application/atom+xml, application/feed+json, "
          "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")


@dataclass(frozen=True)
class Fetched:
    """A source's bytes and where they came from (`response` for a URL)."""

    data: bytes
    name: str
    response: Response | None = None


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """A local file's bytes; `SourceError` when missing, unreadable or too large."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(f"file too large ({size:,} bytes; limit {max_bytes:,})")
        return path.read_bytes()
    except FileNotFoundError:
        raise SourceError("no such file or URL") from None
    except IsADirectoryError:
        raise SourceError("is a folder") from None
    except OSError as error:
        raise SourceError(f"cannot read: {error.strerror or error}") from None


def get(source: str, *, etag: str = "", last_modified: str = "", timeout: float = 20.0,
        max_bytes: int = MAX_BYTES, gate: HostGate | None = None) -> Fetched:
    """Fetch a URL (conditionally) or read a file."""
    if is_url(source):
        response = fetch(source, etag=etag, last_modified=last_modified, timeout=timeout,
                         max_bytes=max_bytes, gate=gate, accept=ACCEPT)
        return Fetched(response.body, response.url, response)
    if "://" in source:
        raise SourceError(f"only http and https addresses can be fetched{_as_path(source)}")
    return Fetched(read_file(Path(source).expanduser(), max_bytes), source)


def _as_path(source: str) -> str:
    """For a `file:` address of this machine, the hint to give its path instead."""
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(source.strip())
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
        return ""
    path = unquote(parts.path)
    return f": give the path instead (hzreader import {shlex.quote(path)})" if path else ""


def parse(fetched: Fetched) -> Parsed:
    """Tell the kind of source from its bytes, media type and name, and parse it; say so
    when a single-byte charset was declared for UTF-8 text (read as UTF-8: `_decode`)."""
    content_type = fetched.response.content_type if fetched.response else ""
    parsed, markup = _parse(fetched, content_type)
    how = misdeclared_utf8(fetched.data, content_type, markup=markup)
    if how:
        name = clean_line(parsed.title if parsed.kind == "feed" else fetched.name)[:80]
        parsed.problems.insert(0, f"{name}: {how} but written in UTF-8; read as UTF-8")
    return parsed


def _parse(fetched: Fetched, content_type: str) -> tuple[Parsed, str]:
    """The parsed source, and the markup whose own charset declaration counted."""
    data, name = fetched.data, fetched.name
    kind = content_type.split(";")[0].strip().lower()
    if name.lower().endswith(MARKDOWN_SUFFIXES) or kind in ("text/markdown", "text/x-markdown"):
        return parse_markdown(data, _shown_path(name), content_type), ""
    if name.lower().endswith(ARTICLE_SUFFIXES) and not is_url(name):
        raise SourceError("a YAML article is not imported: open it with "
                          f"hzreader {shlex.quote(name)} instead")
    if not data.strip():
        raise SourceError("empty")
    if looks_like_opml(data):
        return parse_opml(data, content_type), "xml"
    if kind == "application/feed+json" or looks_like_json_feed(data) or (
            data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")):  # (an API's error)
        return parse_json_feed(data, name, content_type), ""
    head = data[:2048]
    if not _XML_FEED.search(head) and looks_like_html(data, content_type):
        return parse_page(data, name if is_url(name) else "", _shown_path(name),
                          content_type), "html"
    try:
        return parse_feed(data, name, content_type), "xml"
    except SourceError as error:
        if not str(error).startswith("not an RSS or Atom feed"):
            raise
        # The XML parser's position says something only about markup that failed to parse
        # ("line 2, column 0: syntax error" of a text file is noise).
        detail = str(error).removeprefix("not an RSS or Atom feed").strip()
        markup = data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
        raise SourceError(f"not a feed, OPML list, HTML page or Markdown file "
                          f"{detail if markup else ''}".strip()) from None


def markdown_files(folder: Path) -> list[Path]:
    """The Markdown files under a folder (hidden ones skipped), in name order."""
    found = []
    for root, subfolders, names in os.walk(folder):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        found += [Path(root) / n for n in sorted(names)
                  if n.lower().endswith(MARKDOWN_SUFFIXES) and not n.startswith(".")]
    return found


def _shown_path(name: str) -> str:
    return name if is_url(name) else str(Path(name).expanduser().resolve())
