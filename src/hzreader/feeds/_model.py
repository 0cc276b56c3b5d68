"""The values an import passes around: entries to write, parsed sources, outlines, results."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from hzreader._hashes import blake2b


@dataclass(frozen=True)
class Entry:
    """One article to write, from any kind of source; every text already plain and clean."""

    id: str
    title: str
    body: str
    #: Aware date-time (or a plain date when the source gives no time).
    date: dt.date | None = None
    source: str = ""
    author: str = ""
    url: str = ""
    summary: str = ""
    tags: tuple[str, ...] = ()
    #: A hash of the item as the source gave it: a changed item has a new fingerprint.
    fingerprint: str = ""
    #: True when the body is only the feed's summary (`--full` may fetch the page).
    summary_only: bool = False
    #: Ids the same item was written under by earlier versions (found again, not doubled).
    former_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outline:
    """One feed of a subscription list (an OPML outline with an `xmlUrl`)."""

    url: str
    title: str = ""
    #: The folders it sits in, outermost first (OPML's nested outlines).
    category: tuple[str, ...] = ()
    #: Where its articles go, when not the default library ("" for the default).
    into: str = ""
    #: Whether its items are fetched whole (`--full`).
    full: bool = False


@dataclass
class Parsed:
    """What one source held: a feed's entries, a page, Markdown, or an OPML list of feeds."""

    kind: str  # "feed", "page", "markdown" or "opml"
    title: str = ""
    link: str = ""
    entries: list[Entry] = field(default_factory=list)
    outlines: list[Outline] = field(default_factory=list)
    #: One message per item that was left out (no title, no text ...).
    problems: list[str] = field(default_factory=list)
    #: A feed's own address as it states it (`atom:link rel="self"`), absolute; "" if none.
    self_link: str = ""


class SourceError(Exception):
    """A source that cannot be imported at all (unreachable, not a feed, no article text)."""


def short_hash(text: str, length: int = 10) -> str:
    """A short stable hex digest of `text`."""
    digest = blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16)
    return digest.hexdigest()[:length]


def fingerprint(*parts: object) -> str:
    """A hash of the parts as the source gave them (order matters)."""
    return short_hash("\0".join(repr(part) for part in parts), 16)
