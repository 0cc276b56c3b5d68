"""Immutable values shared by every layer: articles, figures and problems."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from types import MappingProxyType

from hzreader._hashes import blake2b
from hzreader.line_joins import line_joiner
from hzreader.text import clean_line, counted, escaped

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


class DatePrecision(IntEnum):
    """How much of an article's date was written, and so how much is shown: stored as its
    value (`articles.date_precision`). A year or a month stands at its first day, midnight
    (`Article.published`), and sorts there."""

    DAY = 0  #: "2024-06-05": a calendar day
    TIME = 1  #: "2024-06-05 14:30": a moment (in UTC; the screen shows it in local time)
    MONTH = 2  #: "2024-06"
    YEAR = 3  #: "2024"


def date_text(moment: dt.datetime, precision: int) -> str:
    """A date as the reader sees it, to its precision: "2024", "2024-06", "2024-06-05",
    "2024-06-05 14:30" (`Article.date_text`)."""
    if precision == DatePrecision.TIME:
        return moment.strftime("%Y-%m-%d %H:%M")
    if precision == DatePrecision.YEAR:
        return moment.strftime("%Y")
    return moment.strftime("%Y-%m" if precision == DatePrecision.MONTH else "%Y-%m-%d")


def _empty_mapping() -> Mapping[str, object]:
    """A read-only empty mapping (the default for `Article.extra`)."""
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Figure:
    """A key figure found in a text: `text == source[start:end]`.

    `unit` says what it measures (an ISO currency code, "percent", "km", the counted noun;
    "" when nothing); `sentence_start:sentence_end` is the sentence it stands in. A range
    ("10 to 15 percent", "2019至2023年") is valued at its low end, and `high` is its high
    end in the same unit (None for a single value). `age`: a duration in years that is
    someone's age ("aged 91", "Zhang, 45, said", "65岁以上"), listed and filtered as a
    duration but never added to one (`figures._ages`).
    """

    start: int
    end: int
    text: str
    kind: str
    value: float | None = None
    unit: str = ""
    sentence_start: int = 0
    sentence_end: int = 0
    high: float | None = None
    age: bool = False


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as loaded from a YAML document."""

    id: str
    title: str
    body: str
    path: str = ""
    line: int = 1
    published: dt.datetime | None = None
    date_precision: DatePrecision = DatePrecision.DAY
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
        return "" if self.published is None else date_text(self.published, self.date_precision)


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

    def shown(self) -> str:
        """One line safe for a terminal: the file name escaped (`text.escaped`, so it can
        still be found), the message cleaned."""
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{escaped(self.location)}: {prefix}{clean_line(self.message)}"


#: How the warning that a broken file's last good version is kept begins (`last_good_note`).
LAST_GOOD_PREFIX = "the list keeps this file's last good version"


def last_good_note(count: int) -> str:
    """The warning of a file that became unreadable while open, whose last good version
    (`count` articles) the list keeps."""
    return (f"{LAST_GOOD_PREFIX} ({counted(count, 'article')}) until the "
            "file is fixed or deleted")


def split_paragraphs(body: str) -> list[str]:
    """Split text into paragraphs at blank lines; a line break within one becomes a space,
    or nothing between Chinese characters (`line_joins.line_joiner`)."""
    return [paragraph.text for paragraph in body_paragraphs(body)]

#: Which text of an article a figure stands in (`figures` rows, exports); in reading order.
TITLE, SUMMARY, BODY = -1, 0, 1


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph as `split_paragraphs` gives it, and where each of its lines is in the body.

    Line `i` of the paragraph starts at `starts[i]` in `text` and at `body_starts[i]` in the
    body it came from. The lines are joined by one space in `text`, or by nothing where
    `line_joins.line_joiner` says so (between Chinese characters); a line never ends in a space.
    """

    text: str
    starts: tuple[int, ...] = (0,)
    body_starts: tuple[int, ...] = (0,)

    def to_body(self, offset: int) -> int:
        """The body offset of the character at `offset` in `text`."""
        line = bisect_right(self.starts, offset) - 1
        return self.body_starts[line] + offset - self.starts[line]

    def to_body_end(self, end: int) -> int:
        """The body offset just past the character before `end` (an exclusive end)."""
        return self.to_body(end - 1) + 1 if end > 0 else self.to_body(0)

    def line_end(self, line: int) -> int:
        """Where line `line` ends in `text` (exclusive): before the space that joins it to
        the next, if one does."""
        if line + 1 >= len(self.starts):
            return len(self.text)
        following = self.starts[line + 1]
        return following - 1 if self.text[following - 1] == " " else following

    def from_body(self, offset: int) -> int | None:
        """The offset in `text` of the body character at `offset`, None if not in it."""
        for line in range(len(self.starts) - 1, -1, -1):
            if offset >= self.body_starts[line]:
                inside = self.starts[line] + offset - self.body_starts[line]
                return inside if inside <= self.line_end(line) else None
        return None


def body_paragraphs(body: str) -> list[Paragraph]:
    """The paragraphs of `body` (split at blank lines), each with its lines' places in it."""
    return _paragraphs(body, split=True)


def summary_paragraph(summary: str) -> Paragraph:
    """A summary as one paragraph: its lines joined as a body paragraph's are (hard-wrapped
    Chinese by nothing: "商品住" + "宅"), by a space across a blank line."""
    if "\n" not in summary and "\r" not in summary:
        return Paragraph(summary)
    return (_paragraphs(summary, split=False) or [Paragraph(summary)])[0]


def _paragraphs(body: str, split: bool) -> list[Paragraph]:
    """`body_paragraphs`; not `split`, a blank line joins the lines around it by a space."""
    paragraphs: list[Paragraph] = []
    parts: list[str] = []
    starts: list[int] = []
    body_starts: list[int] = []
    length = at = 0
    blank = False
    for line, with_end in zip(body.splitlines(), body.splitlines(True), strict=True):
        stripped = line.strip()
        if stripped:
            if parts:
                joiner = " " if blank else line_joiner(parts[-1], stripped)
                parts.append(joiner)
                length += len(joiner)
            starts.append(length)
            body_starts.append(at + len(line) - len(line.lstrip()))
            parts.append(stripped)
            length += len(stripped)
            blank = False
        elif parts and split:
            paragraphs.append(Paragraph("".join(parts), tuple(starts), tuple(body_starts)))
            parts, starts, body_starts, length = [], [], [], 0
        else:
            blank = bool(parts)
        at += len(with_end)
    if parts:
        paragraphs.append(Paragraph("".join(parts), tuple(starts), tuple(body_starts)))
    return paragraphs


def paragraph_offset(body: str, offset: int) -> tuple[int, int] | None:
    """(paragraph number, offset in its text) of the body character at `offset`."""
    for number, paragraph in enumerate(body_paragraphs(body)):
        if paragraph.body_starts[0] > offset:
            return None
        inside = paragraph.from_body(offset)
        if inside is not None:
            return number, inside
    return None


def figure_texts(summary: str, body: str) -> list[tuple[int, Paragraph]]:
    """The texts whose key figures count, each with the field it is in: the summary whole
    (`SUMMARY`, its lines joined: `summary_paragraph`), then each paragraph of the body (`BODY`)."""
    found = [(SUMMARY, summary_paragraph(summary))] if summary else []
    return found + [(BODY, paragraph) for paragraph in body_paragraphs(body)]


def article_key(article: Article) -> str:
    """A stable key for an article's content: the same text anywhere has the same key."""
    digest = blake2b(digest_size=12)
    digest.update(article.title.encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(article.body.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
