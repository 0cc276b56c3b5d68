"""Immutable values shared by every layer: articles, figures and problems."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

#: Every figure kind the extractor may emit, in the order the help legend lists them.
#: `time` is a time of day ("3 pm", "12:30", "上午10点"), valued in hours since midnight.
FIGURE_KINDS: tuple[str, ...] = (
    "money",
    "percent",
    "count",
    "year",
    "date",
    "time",
    "duration",
    "ordinal",
    "number",
    "quantity",
)



def _empty_mapping() -> Mapping[str, object]:
    """A read-only empty mapping (the default for `Article.extra`)."""
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Figure:
    """A key figure found in a text: `text == source[start:end]`."""

    start: int
    end: int
    text: str
    kind: str
    value: float | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as loaded from a YAML document."""

    id: str
    title: str
    body: str
    path: str = ""
    line: int = 1
    published: dt.datetime | None = None
    has_time: bool = False
    source: str = ""
    author: str = ""
    url: str = ""
    summary: str = ""
    tags: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    extra: Mapping[str, object] = field(default_factory=_empty_mapping, compare=False, hash=False)

    @property
    def paragraphs(self) -> list[str]:
        """The body split on blank lines, each paragraph's lines joined by spaces."""
        return split_paragraphs(self.body)

    @property
    def date_text(self) -> str:
        """The publication date as shown to the reader, or "" when undated."""
        if self.published is None:
            return ""
        if self.has_time:
            return self.published.strftime("%Y-%m-%d %H:%M")
        return self.published.strftime("%Y-%m-%d")


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with an input file; `severity` is "error" (rejected) or "warning"."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    severity: str = "error"

    @property
    def location(self) -> str:
        """`FILE`, `FILE:LINE` or `FILE:LINE:COL`, as compilers print it."""
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{self.location}: {prefix}{self.message}"


def split_paragraphs(body: str) -> list[str]:
    """Split text into paragraphs at blank lines; single newlines become spaces."""
    paragraphs: list[str] = []
    current: list[str] = []
    for raw in body.splitlines():
        line = raw.strip()
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs

def article_key(article: Article) -> str:
    """A stable key for an article's content: the same text anywhere has the same key."""
    digest = hashlib.blake2b(digest_size=12)
    digest.update(article.title.encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(article.body.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
