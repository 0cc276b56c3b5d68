"""Turn YAML files into validated `Article` values and `Problem` reports.

Safe loading only (libyaml's `CSafeLoader` when present); nothing is ever written. A file is
read as a stream of documents (`files._stream`), so an archive of any size loads with memory
for one document at a time; only a single document is limited in size.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

import yaml

from hzreader.files import _stream
from hzreader.files._duplicates import duplicate_renames
from hzreader.files._locator import Locator
from hzreader.files._sniff import PROBE_BYTES, not_text
from hzreader.files._stream import (
    BOMS,
    ContentDigest,
    FilePart,
    RawDocument,
    file_stamp,
    split_stream,
)
from hzreader.files._validate import ArticleFields, build_article, own_id
from hzreader.files._walk import discover, discover_names
from hzreader.files._yaml import ArticleLoader, SafeLoader, parse_document
from hzreader.model import Article, Problem
from hzreader.text import escaped

__all__ = ["ArticleLoader", "LoadResult", "SafeLoader", "discover", "discover_names",
           "load_file", "load_paths", "load_text", "split_documents", "mark_duplicate_ids"]

_HEAD_CHARS = 512
_NO_CONTENT = re.compile(r"\s*(?:(?:---|\.\.\.)(?:\s+#.*)?|#.*|%.*)?\s*$")


@dataclass
class LoadResult:
    """Articles and problems gathered from some paths, plus how many files were read."""

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files_read: int = 0
    #: (size, mtime_ns) of a single file as it was when `load_file` read it.
    stamp: tuple[int, int] | None = None
    #: Of one file or part: documents with content, and article mappings among them.
    documents: int = 0
    mappings: int = 0
    #: Of a part: (position in `articles`, N) of each article whose id is the default
    #: `BASE#N`, N counted from the part's first mapping (the caller renumbers them).
    numbered: list[tuple[int, int]] = field(default_factory=list)
    #: Of a part: the file changed since it was cut into parts, so nothing was read.
    stale: bool = False
    #: Of a whole file: the `ContentDigest` of the bytes parsed, None if not read whole.
    digest: int | None = None
    #: The file was gone when it was to be read (removed or moved since it was found): not
    #: a problem, a removal (the next look finds it where it went).
    gone: bool = False

    @property
    def rejected_files(self) -> list[str]:
        """Files with at least one error, each listed once, in the order found."""
        return list(dict.fromkeys(p.path for p in self.problems if p.severity == "error"))

    def extend(self, other: LoadResult) -> None:
        """Add another result's articles, problems and file count to this one."""
        self.articles.extend(other.articles)
        self.problems.extend(other.problems)
        self.files_read += other.files_read


def load_paths(paths: Iterable[str | os.PathLike[str]]) -> LoadResult:
    """Load every article under `paths`, collecting problems instead of raising."""
    files, problems = discover(paths)
    result = LoadResult(problems=problems)
    for file, root in files:
        result.extend(load_file(file, root))
    mark_duplicate_ids(result)
    return result


class _Articles:
    """Builds articles from mappings as they come, with the default ids of the whole file.

    A file's only article takes the file's id, several take `ID#1`, `ID#2` ...: the first
    mapping waits until a second one comes or the file ends. In a part (`numbered`) every
    default id is numbered from the part's start and listed in `result.numbered`.
    """

    def __init__(self, base_id: str, result: LoadResult, numbered: bool = False) -> None:
        self.base_id = base_id
        self.result = result
        self.numbered = numbered
        self.held: ArticleFields | None = None

    def add(self, fields: ArticleFields) -> None:
        """One more article mapping, in file order."""
        self.result.mappings += 1
        count = self.result.mappings
        if count == 1 and not self.numbered:
            self.held = fields
            return
        if self.held is not None:
            self._build(self.held, 1)
            self.held = None
        self._build(fields, count)

    def finish(self) -> None:
        """The file ended: build a mapping still waiting."""
        if self.held is not None:
            self._build(self.held, None)
            self.held = None

    def _build(self, fields: ArticleFields, number: int | None) -> None:
        default_id = self.base_id if number is None else f"{self.base_id}#{number}"
        article = build_article(fields, default_id, self.result.problems)
        if article is None:
            return
        if self.numbered and number is not None and not own_id(fields.data):
            self.result.numbered.append((len(self.result.articles), number))
        self.result.articles.append(article)


def load_file(path: Path, root: Path | None = None, part: FilePart | None = None) -> LoadResult:
    """Load one YAML file (or one `part` of it); every failure becomes a `Problem`.

    The file is read document by document: its size does not matter, only each document's
    (`MAX_DOCUMENT_BYTES`). `result.stamp` is taken before reading, so a later change shows.
    """
    shown = str(path)
    result = LoadResult(files_read=1)
    articles = _Articles(article_id_base(path, root), result, numbered=part is not None)
    problems = len(result.problems)
    try:
        info = os.stat(shown)
        result.stamp = file_stamp(info)
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
            result.problems.append(Problem(shown, "not a regular file"))
            return result
        if part is not None and result.stamp != part.stamp:
            result.stale = True
            return result
        with open(shown, "rb") as stream:
            result.digest = _load_stream(stream, shown, part, articles)
    except (FileNotFoundError, NotADirectoryError):
        broken = _broken_link(shown)
        if broken is None:
            return LoadResult(files_read=1, gone=True)
        result.problems.append(broken)
        return result
    except OSError as error:
        result.problems.append(Problem(shown, f"cannot read file: {error.strerror or error}"))
        return result
    articles.finish()
    if part is None and not result.documents and len(result.problems) == problems:
        result.problems.append(no_article(shown, result.stamp[0] > 0))
    _sort_by_line(result.problems, problems)
    return result


def _broken_link(shown: str) -> Problem | None:
    """The problem of a file that cannot be found: a symlink to nothing; None when the file
    itself is gone (then it is no problem, but a removal)."""
    try:
        target = os.readlink(shown)
    except OSError:
        return None
    return Problem(shown, f"broken symlink: {escaped(target)} does not exist")


def _load_stream(stream: BinaryIO, shown: str, part: FilePart | None,
                 articles: _Articles) -> int | None:
    """Parse the documents of an open file (or of one part of it) into `articles`; the
    `ContentDigest` of a whole file read to its end."""
    result = articles.result
    start = part.start if part is not None else 0
    read: _stream.Reader = stream.read
    digest = None
    if start == 0:
        probe = stream.read(PROBE_BYTES)
        encoding = next((name for bom, name in BOMS if probe.startswith(bom)), None)
        refusal = not_text(probe) if encoding is None else None
        if refusal is not None:
            result.problems.append(Problem(shown, refusal))
            return None
        stream.seek(0)
        if part is None:
            digest = ContentDigest()
            read = digest.reader(read)
        if encoding is not None:
            read = _stream.utf8_reader(read, encoding)
    else:
        encoding = None
        stream.seek(start)
    documents = split_stream(read, part.end - start if part is not None else None,
                             part.line_offset if part is not None else 0,
                             _stream.MAX_DOCUMENT_BYTES)
    try:
        for document in documents:
            _load_document(document, shown, start == 0 and document.line_offset == 0, articles)
    except UnicodeDecodeError:  # only from another encoding's reader (after a BOM)
        result.problems.append(Problem(shown, *_stream.bom_trouble(stream)))
    return None if digest is None else digest.value


#: The start of a feed or a web page given where an article was expected (no article can
#: start so: an article is a mapping or a list).
_MARKUP = re.compile(r"\A[\ufeff\s]*<(?P<kind>\?xml|rss|feed|rdf:RDF|!doctype|html)\b",
                     re.IGNORECASE)


def _load_document(document: RawDocument, shown: str, first: bool, articles: _Articles) -> None:
    """Parse one document of a file into `articles` (or a problem)."""
    result = articles.result
    line = document.line_offset + 1
    if document.too_large:
        result.documents += 1
        mib = document.size / (1024 * 1024)
        limit = _stream.MAX_DOCUMENT_BYTES / (1024 * 1024)
        result.problems.append(Problem(
            shown, f"document is too large to read ({mib:.1f} MiB; the limit is {limit:g} MiB "
            "a document; a file may be any size: split it into documents, each after a line "
            "`---`)", line))
        return
    text, problem = decode(document.data, shown, document.line_offset, bom=first)
    if problem is not None:
        result.documents += 1
        result.problems.append(problem)
        return
    if not _has_content(text):
        return
    result.documents += 1
    if first and (markup := _MARKUP.match(text)):
        what = ("a web page (HTML)" if markup["kind"].lower() in ("!doctype", "html")
                else "a news feed (XML)")
        result.problems.append(Problem(
            shown, f"this is {what}, not a YAML article: bring it in with `hzreader import "
            "FILE`", line))
        return
    for fields in _document_mappings(text, shown, document.line_offset, result):
        articles.add(fields)


def _sort_by_line(problems: list[Problem], start: int) -> None:
    """Put the problems from `start` on in line order (file-level ones first)."""
    problems[start:] = sorted(problems[start:], key=lambda p: p.line or 0)


def decode(data: bytes, shown: str, line_offset: int = 0, bom: bool = True
           ) -> tuple[str, Problem | None]:
    """Decode one document's UTF-8 (a BOM is allowed at the start of a file), or a problem."""
    codec = "utf-8-sig" if bom else "utf-8"
    try:
        return data.decode(codec), None
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, line_start) + 1 + line_offset
        column = len(data[line_start : error.start].decode(codec if line_start == 0
                                                           else "utf-8")) + 1
        return "", Problem(shown, "not valid UTF-8 text (save the file as UTF-8)", line, column)


def article_id_base(path: Path, root: Path | None) -> str:
    """An id derived from the file path: relative to its root, without the suffix."""
    try:
        relative = path.relative_to(root) if root is not None else Path(path.name)
    except ValueError:
        relative = Path(path.name)
    return relative.with_suffix("").as_posix()


def split_documents(text: str) -> list[tuple[int, str]]:
    """Split a YAML stream at `---` lines into (line offset, chunk) pairs.

    Parsing each document on its own means one broken document cannot hide the others.
    """
    if "---" not in text:  # the usual case: one document, no markers to look for
        return [(0, text)] if _has_content(text) else []
    starts = document_starts(text)
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    starts.append(len(text))
    chunks: list[tuple[int, str]] = []
    line_offset = 0
    for start, end in zip(starts, starts[1:], strict=False):
        chunk = text[start:end]
        if _has_content(chunk):
            chunks.append((line_offset, chunk))
        line_offset += chunk.count("\n")
    return chunks


def document_starts(text: str) -> list[int]:
    """Where the `---` lines start (three dashes at a line start, then a blank or the end).

    The same as the regex `^---(?=[ \\t\\r]|$)` in multi-line mode, with `str.find`: the regex
    tries every position of the text and took 70 µs for a typical article file.
    """
    starts = []
    end = len(text)
    found = text.find("---")
    while found >= 0:
        after = found + 3
        if (found == 0 or text[found - 1] == "\n") and (after == end or text[after] in " \t\r\n"):
            starts.append(found)
        found = text.find("---", after)  # no marker can start inside these three dashes
    return starts


def _has_content(chunk: str) -> bool:
    """True when a chunk holds more than markers, comments, directives and blank lines."""
    # Content almost always starts at once: look at the first lines before splitting it all.
    head = chunk[:_HEAD_CHARS]
    lines = head.splitlines()
    cut = len(head) < len(chunk)
    if cut:
        lines.pop()  # perhaps cut short: judged with the rest below
    return _any_content(lines) or (cut and _any_content(chunk.splitlines()))


def _any_content(lines: Iterable[str]) -> bool:
    """True when one of `lines` is more than a marker, comment, directive or blank."""
    return any(not _NO_CONTENT.match(line) for line in lines)


def no_article(shown: str, has_text: bool) -> Problem:
    """The problem of a file with no article: empty, or only comments and markers."""
    if has_text:
        return Problem(shown, "no article found: the file holds only comments, blank lines "
                              "or document markers (---)")
    return Problem(shown, "empty file: no article found")


def load_text(text: str, shown: str, base_id: str, result: LoadResult) -> None:
    """Parse every document of `text` into `result`; `shown` names the file in problems."""
    problems = len(result.problems)
    documents = split_documents(text)
    if not documents:
        result.problems.append(no_article(shown, bool(text.strip())))
        return
    articles = _Articles(base_id, result)
    for line_offset, chunk in documents:
        for fields in _document_mappings(chunk, shown, line_offset, result):
            articles.add(fields)
    articles.finish()
    _sort_by_line(result.problems, problems)


def _document_mappings(
    chunk: str, shown: str, line_offset: int, result: LoadResult
) -> Iterator[ArticleFields]:
    """Yield the article mappings of one YAML document (a mapping or a list of mappings)."""
    locate = Locator(chunk, line_offset)
    parsed = parse_document(chunk, shown, locate, result.problems)
    if parsed is None:
        return
    node, data = parsed
    if isinstance(node, yaml.MappingNode) and isinstance(data, dict):
        yield ArticleFields.from_node(node, data, shown, locate)
    elif isinstance(node, yaml.SequenceNode) and isinstance(data, list):
        if not data:
            result.problems.append(
                Problem(shown, "empty list: no article here", *locate(node.start_mark), "warning")
            )
        for item_node, item in zip(node.value, data, strict=True):
            if isinstance(item_node, yaml.MappingNode) and isinstance(item, dict):
                yield ArticleFields.from_node(item_node, item, shown, locate)
            else:
                result.problems.append(
                    Problem(shown, "list item is not an article mapping",
                            *locate(item_node.start_mark))
                )
    else:
        result.problems.append(
            Problem(shown, "document is not an article mapping (expected `title:` and `body:`)",
                    *locate(node.start_mark))
        )


def mark_duplicate_ids(result: LoadResult) -> None:
    """Make ids unique: a repeated id gets a `~N` suffix and a warning naming the first one."""
    articles = result.articles
    for position, new_id, problem in duplicate_renames(
            [(a.id, a.path, a.line) for a in articles]):
        articles[position] = replace(articles[position], id=new_id)
        result.problems.append(problem)
