"""Turn YAML files into validated `Article` values and `Problem` reports.

Safe loading only (libyaml's `CSafeLoader` when present); nothing is ever written.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from hzreader.files._validate import ArticleFields, build_article
from hzreader.files._yaml import ArticleLoader, Locator, SafeLoader, parse_document
from hzreader.model import Article, Problem

__all__ = ["ArticleLoader", "LoadResult", "SafeLoader", "discover", "load_file", "load_paths",
           "load_text", "split_documents", "mark_duplicate_ids", "MAX_FILE_BYTES"]

YAML_SUFFIXES = (".yaml", ".yml")
#: Files larger than this are refused with a message instead of being loaded.
MAX_FILE_BYTES = 8 * 1024 * 1024
_HEAD_CHARS = 512
_NO_CONTENT = re.compile(r"\s*(?:(?:---|\.\.\.)(?:\s+#.*)?|#.*|%.*)?\s*$")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class LoadResult:
    """Articles and problems gathered from some paths, plus how many files were read."""

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files_read: int = 0
    #: (size, mtime_ns) of a single file as it was when `load_file` read it.
    stamp: tuple[int, int] | None = None

    @property
    def rejected_files(self) -> list[str]:
        """Files with at least one error, each listed once, in the order found."""
        return list(dict.fromkeys(p.path for p in self.problems if p.severity == "error"))

    def extend(self, other: LoadResult) -> None:
        """Add another result's articles, problems and file count to this one."""
        self.articles.extend(other.articles)
        self.problems.extend(other.problems)
        self.files_read += other.files_read


def discover(
    paths: Iterable[str | os.PathLike[str]],
) -> tuple[list[tuple[Path, Path]], list[Problem]]:
    """Find YAML files under `paths` as (file, root) pairs; folders are searched recursively.

    Symlinked folders are followed once (loops are cut by real path); missing paths are problems.
    """
    found, problems = discover_names(paths)
    roots: dict[str, Path] = {}
    return [(Path(file), roots.setdefault(root, Path(root))) for file, root in found], problems


def discover_names(
    paths: Iterable[str | os.PathLike[str]],
) -> tuple[list[tuple[str, str]], list[Problem]]:
    """`discover` with plain strings: much cheaper for a tree of 100,000 files."""
    found: list[tuple[str, str]] = []
    problems: list[Problem] = []
    seen_files: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            root = str(path)
            candidates = [(file, real, root) for file, real in _walk(root, problems)]
        elif path.is_file():
            candidates = [(str(path), os.path.realpath(path), str(path.parent))]
        elif path.exists():
            problems.append(Problem(str(path), "not a regular file or folder"))
            continue
        else:
            problems.append(Problem(str(path), "no such file or folder"))
            continue
        for file, real, folder in candidates:
            if real not in seen_files:
                seen_files.add(real)
                found.append((file, folder))
    return found, problems


def _join(folder: str, name: str) -> str:
    """`folder/name` written as pathlib writes it (no leading `./`); faster than os.path."""
    if folder == ".":
        return name
    return folder + name if folder.endswith(os.sep) else folder + os.sep + name


def _walk(root: str, problems: list[Problem]) -> Iterator[tuple[str, str]]:
    """Yield (file, real path) for YAML files below `root`, sorted; hidden names skipped.

    Folders are resolved once each (which cuts symlink loops); a file's real path is its
    folder's plus its name unless the file itself is a link, so big trees stay cheap.
    """
    seen_dirs: set[str] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        real = os.path.realpath(folder)
        if real in seen_dirs:
            continue
        seen_dirs.add(real)
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            problems.append(Problem(folder, f"cannot read folder: {error.strerror or error}"))
            continue
        subfolders: list[str] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if _is_dir(entry):
                subfolders.append(_join(folder, entry.name))
            elif entry.name.lower().endswith(YAML_SUFFIXES):
                file_real = (os.path.realpath(entry.path) if entry.is_symlink()
                             else _join(real, entry.name))
                yield _join(folder, entry.name), file_real
        stack.extend(reversed(subfolders))


def _is_dir(entry: os.DirEntry[str]) -> bool:
    """True for a folder or a link to one; broken or looping links are not folders."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def load_paths(paths: Iterable[str | os.PathLike[str]]) -> LoadResult:
    """Load every article under `paths`, collecting problems instead of raising."""
    files, problems = discover(paths)
    result = LoadResult(problems=problems)
    for file, root in files:
        result.extend(load_file(file, root))
    mark_duplicate_ids(result)
    return result


def load_file(path: Path, root: Path | None = None) -> LoadResult:
    """Load one YAML file; every failure becomes a `Problem` naming the file."""
    shown = str(path)
    result = LoadResult(files_read=1)
    data = _read(shown, result)
    if data is None:
        return result
    text, problem = decode(data, shown)
    if problem is not None:
        result.problems.append(problem)
        return result
    load_text(text, shown, article_id_base(path, root), result)
    return result


def _read(shown: str, result: LoadResult) -> bytes | None:
    """The bytes of a regular file of at most `MAX_FILE_BYTES`, or None and a problem.

    Sets `result.stamp` from the same `stat` (taken before reading, so a later change shows).
    """
    problems = result.problems
    limit = MAX_FILE_BYTES // (1024 * 1024)
    try:
        info = os.stat(shown)
        result.stamp = info.st_size, info.st_mtime_ns
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
            problems.append(Problem(shown, "not a regular file"))
            return None
        if info.st_size <= MAX_FILE_BYTES:
            with open(shown, "rb") as stream:
                data = stream.read(info.st_size + 1)
                if len(data) > info.st_size:  # it grew since stat(): read on, up to the limit
                    data += stream.read(MAX_FILE_BYTES - len(data) + 1)
            if len(data) <= MAX_FILE_BYTES:
                return data
    except OSError as error:
        problems.append(Problem(shown, f"cannot read file: {error.strerror or error}"))
        return None
    mib = max(info.st_size, MAX_FILE_BYTES + 1) / (1024 * 1024)
    problems.append(
        Problem(shown, f"file is too large to read ({mib:.1f} MiB; the limit is {limit} MiB)")
    )
    return None


def decode(data: bytes, shown: str) -> tuple[str, Problem | None]:
    """Decode UTF-8 (a BOM is allowed) or UTF-16/32 with a BOM; anything else is a problem."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError:
                return "", Problem(shown, f"not valid {encoding.upper()} text")
    if b"\x00" in data[:8192]:
        return "", Problem(shown, "binary file (contains NUL bytes), not YAML text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, line_start) + 1
        column = len(data[line_start : error.start].decode("utf-8-sig")) + 1
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


def load_text(text: str, shown: str, base_id: str, result: LoadResult) -> None:
    """Parse every document of `text` into `result`; `shown` names the file in problems."""
    documents = split_documents(text)
    if not documents:
        result.problems.append(Problem(shown, "empty file: no article found"))
        return
    all_fields = [
        fields
        for line_offset, chunk in documents
        for fields in _document_mappings(chunk, shown, line_offset, result)
    ]
    many = len(all_fields) > 1
    for number, fields in enumerate(all_fields, 1):
        default_id = f"{base_id}#{number}" if many else base_id
        article = build_article(fields, default_id, result.problems)
        if article is not None:
            result.articles.append(article)


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


def duplicate_renames(
    entries: Sequence[tuple[str, str, int]], taken: Iterable[str] = (),
) -> list[tuple[int, str, Problem]]:
    """For (id, path, line) entries in order: (position, new id, warning) of each repeat.

    The first use of an id keeps it; later ones get the first free `~N` suffix (N ≥ 2, not
    in `taken` nor used by another entry).
    """
    first_seen: dict[str, tuple[str, int]] = {}
    used = set(taken) | {entry[0] for entry in entries}
    renames = []
    for position, (article_id, path, line) in enumerate(entries):
        if article_id not in first_seen:
            first_seen[article_id] = (path, line)
            continue
        first_path, first_line = first_seen[article_id]
        suffix = 2
        while f"{article_id}~{suffix}" in used:
            suffix += 1
        new_id = f"{article_id}~{suffix}"
        used.add(new_id)
        first_seen[new_id] = (path, line)
        renames.append((position, new_id, Problem(
            path, f"duplicate id {article_id!r} (first used at {first_path}:{first_line}); "
            f"shown as {new_id!r}", line, severity="warning")))
    return renames
