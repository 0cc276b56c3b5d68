"""Turn YAML files into validated `Article` values and `Problem` reports.

Safe loading only (libyaml's `CSafeLoader` when present); nothing is ever written.
"""

from __future__ import annotations

import bisect
import codecs
import datetime as dt
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NoReturn

import yaml
from yaml.constructor import ConstructorError

from hzreader.model import Article, Problem
from hzreader.sanitize import clean_line
from hzreader.validate import ArticleFields, build_article

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]

YAML_SUFFIXES = (".yaml", ".yml")
#: Files larger than this are refused with a message instead of being loaded.
MAX_FILE_BYTES = 8 * 1024 * 1024
#: A document may use this many aliases (`*name`) at most ...
MAX_ALIASES = 10_000
#: ... and they may add at most this many values when expanded (against "billion laughs").
MAX_ALIAS_EXPANSION = 100_000
#: Longer numbers are refused (huge integers are slow to build and cannot be printed).
MAX_NUMBER_CHARS = 1_000

_DOC_START = re.compile(r"^---(?=[ \t\r]|$)", re.MULTILINE)
_NO_CONTENT = re.compile(r"\s*(?:(?:---|\.\.\.)(?:\s+#.*)?|#.*|%.*)?\s*$")
# An anchor (`&name`) and an alias (`*name`) may both be present: only then is the guard needed.
_ANCHOR = re.compile(r"&[^\s\[\]{},]")
_ALIAS = re.compile(r"\*[^\s\[\]{},]")
# Line breaks that YAML counts but editors (and our line numbers) do not.
_OTHER_BREAKS = re.compile("\r(?!\n)|[\x85\u2028\u2029]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class ArticleLoader(SafeLoader):
    """The safe loader, hardened: bad values raise marked errors, impossible dates stay text."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        """Build one value; Python errors from bad scalars become errors pointing at them."""
        try:
            return super().construct_object(node, deep)
        except (ValueError, TypeError, AttributeError, LookupError, ArithmeticError) as error:
            raise ConstructorError(
                None, None,
                f"cannot read this {_tag_name(node.tag)} value: {clean_line(str(error))[:120]}",
                node.start_mark,
            ) from error

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        """An integer, refusing absurdly long ones."""
        if len(node.value) > MAX_NUMBER_CHARS:
            raise ConstructorError(
                None, None, f"number is too long ({len(node.value)} characters)", node.start_mark
            )
        return super().construct_yaml_int(node)

    def construct_yaml_timestamp(  # type: ignore[override]
        self, node: yaml.ScalarNode
    ) -> dt.date | str:
        """A date or date-time; its text when it is not a real one (validation then warns)."""
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, AttributeError, LookupError, ArithmeticError):
            return str(self.construct_scalar(node))

    def construct_undefined(self, node: yaml.Node) -> NoReturn:
        """Refuse every tag outside plain YAML (`!!python/...` and the like)."""
        raise ConstructorError(
            None, None, f"tag {_tag_name(node.tag)} is not allowed: only plain YAML is read",
            node.start_mark,
        )


ArticleLoader.add_constructor("tag:yaml.org,2002:int", ArticleLoader.construct_yaml_int)
ArticleLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", ArticleLoader.construct_yaml_timestamp
)
ArticleLoader.add_constructor(None, ArticleLoader.construct_undefined)


def _tag_name(tag: str) -> str:
    """A tag as it is written in YAML (`!!int` rather than `tag:yaml.org,2002:int`)."""
    return clean_line(tag.replace("tag:yaml.org,2002:", "!!", 1))[:80]


@dataclass
class LoadResult:
    """Articles and problems gathered from some paths, plus how many files were read."""

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files_read: int = 0

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
    found: list[tuple[Path, Path]] = []
    problems: list[Problem] = []
    seen_files: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = [(file, path) for file in _walk(path, problems)]
        elif path.is_file():
            candidates = [(path, path.parent)]
        elif path.exists():
            problems.append(Problem(str(path), "not a regular file or folder"))
            continue
        else:
            problems.append(Problem(str(path), "no such file or folder"))
            continue
        for file, root in candidates:
            real = os.path.realpath(file)
            if real not in seen_files:
                seen_files.add(real)
                found.append((file, root))
    return found, problems


def _walk(root: Path, problems: list[Problem]) -> Iterator[Path]:
    """Yield YAML files below `root` in sorted order; hidden names are skipped, loops cut."""
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
            problems.append(Problem(str(folder), f"cannot read folder: {error.strerror or error}"))
            continue
        subfolders: list[Path] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if _is_dir(entry):
                subfolders.append(Path(entry.path))
            elif entry.name.lower().endswith(YAML_SUFFIXES):
                yield Path(entry.path)
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
    data = _read(path, shown, result.problems)
    if data is None:
        return result
    text, problem = decode(data, shown)
    if problem is not None:
        result.problems.append(problem)
        return result
    load_text(text, shown, article_id_base(path, root), result)
    return result


def _read(path: Path, shown: str, problems: list[Problem]) -> bytes | None:
    """The bytes of a regular file of at most `MAX_FILE_BYTES`, or None and a problem."""
    limit = MAX_FILE_BYTES // (1024 * 1024)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
            problems.append(Problem(shown, "not a regular file"))
            return None
        if info.st_size <= MAX_FILE_BYTES:
            with path.open("rb") as stream:
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
    starts = [m.start() for m in _DOC_START.finditer(text)]
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


def _has_content(chunk: str) -> bool:
    """True when a chunk holds more than markers, comments, directives and blank lines."""
    return any(not _NO_CONTENT.match(line) for line in chunk.splitlines())


class _Locator:
    """Turns positions in one document into 1-based (line, column) in its file."""

    def __init__(self, chunk: str, line_offset: int) -> None:
        self.chunk = chunk
        self.line_offset = line_offset
        # YAML also breaks lines at U+2028, NEL and lone CR; then recount from the index.
        self.yaml_lines_agree = _OTHER_BREAKS.search(chunk) is None
        self._newlines: list[int] | None = None

    @property
    def first_line(self) -> int:
        """The file line where the document starts."""
        return self.line_offset + 1

    def __call__(self, mark: yaml.Mark) -> tuple[int, int]:
        """The (line, column) of a YAML mark (libyaml puts the end of the text on a new line)."""
        if self.yaml_lines_agree and mark.index < len(self.chunk):
            return mark.line + 1 + self.line_offset, mark.column + 1
        return self.at(mark.index)

    def at(self, index: int) -> tuple[int, int]:
        """The (line, column) of a character index in the document."""
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.chunk)]
        line = bisect.bisect_left(self._newlines, index)
        line_start = self._newlines[line - 1] + 1 if line else 0
        return line + 1 + self.line_offset, index - line_start + 1


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
    locate = _Locator(chunk, line_offset)
    parsed = _parse(chunk, shown, locate, result.problems)
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


def _parse(
    chunk: str, shown: str, locate: _Locator, problems: list[Problem]
) -> tuple[yaml.Node, object] | None:
    """Compose and construct one document; any failure becomes a problem and None."""
    try:
        loader = ArticleLoader(chunk)
    except UnicodeEncodeError as error:  # the C parser cannot take lone surrogates
        problems.append(Problem(shown, "text contains an unpaired surrogate character",
                                *locate.at(error.start)))
        return None
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        may_alias = _ANCHOR.search(chunk) and _ALIAS.search(chunk)
        refusal = _alias_refusal(node) if may_alias else None
        if refusal is not None:
            problems.append(Problem(shown, refusal[0], *locate(refusal[1])))
            return None
        duplicates = list(_duplicate_keys(node))
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = str(error.problem or error.context or "cannot read this document")
        if error.context and error.problem:
            message += f" ({error.context})"
        if not isinstance(error, ConstructorError):
            message = f"invalid YAML: {message}"
        where = locate(mark) if mark else (locate.first_line, None)
        problems.append(Problem(shown, message, *where))
        return None
    except yaml.reader.ReaderError as error:
        problems.append(_reader_problem(error, shown, locate))
        return None
    except yaml.YAMLError as error:
        problems.append(Problem(shown, f"invalid YAML: {error}", locate.first_line))
        return None
    except RecursionError:
        problems.append(Problem(shown, "YAML nested too deeply", locate.first_line))
        return None
    finally:
        loader.dispose()
    for key, mark in duplicates:
        problems.append(Problem(shown, f"duplicate key `{key}`: only its last value is kept",
                                *locate(mark), "warning"))
    return node, data


def _reader_problem(error: yaml.reader.ReaderError, shown: str, locate: _Locator) -> Problem:
    """A problem for a character YAML does not allow, located by finding that character."""
    code = error.character if isinstance(error.character, int) else None
    if code is None:
        return Problem(shown, f"invalid YAML: {error.reason}", locate.first_line)
    index = locate.chunk.find(chr(code))
    where = locate.at(index) if index >= 0 else (locate.first_line, None)
    message = (f"invalid YAML: control character U+{code:04X} is not allowed "
               "(write it as an escape inside double quotes)")
    return Problem(shown, message, *where)


def _children(node: yaml.Node) -> list[yaml.Node]:
    """The nodes directly inside a sequence or mapping (keys and values)."""
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _alias_refusal(root: yaml.Node) -> tuple[str, yaml.Mark] | None:
    """Why and where a document is refused for its aliases (too many, explosive, recursive)."""
    sizes: dict[int, int] = {}  # id(node) -> values in the node once aliases are expanded
    open_nodes: set[int] = set()
    aliases = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            if sizes[key] - len(sizes) > MAX_ALIAS_EXPANSION:
                return (f"YAML aliases expand to more than {MAX_ALIAS_EXPANSION:,} values "
                        "(a \"billion laughs\" document?); refused", node.start_mark)
        elif key in sizes:
            aliases += 1
            if aliases > MAX_ALIASES:
                message = f"too many YAML aliases (more than {MAX_ALIASES:,}); refused"
                return message, node.start_mark
        elif key in open_nodes:
            return "recursive YAML alias (a value contains itself); refused", node.start_mark
        else:
            open_nodes.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in _children(node))
    return None


def _duplicate_keys(node: yaml.Node) -> Iterator[tuple[str, yaml.Mark]]:
    """Keys repeated inside the article mappings of a document (YAML keeps the last one)."""
    mappings = node.value if isinstance(node, yaml.SequenceNode) else [node]
    for mapping in mappings:
        if not isinstance(mapping, yaml.MappingNode):
            continue
        seen: set[str] = set()
        for key_node, _ in mapping.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.endswith(":merge"):
                continue
            if key_node.value in seen:
                yield clean_line(key_node.value)[:40], key_node.start_mark
            seen.add(key_node.value)


def mark_duplicate_ids(result: LoadResult) -> None:
    """Make ids unique: a repeated id gets a `~N` suffix and a warning naming the first one."""
    first_seen: dict[str, Article] = {}
    for position, article in enumerate(result.articles):
        if article.id not in first_seen:
            first_seen[article.id] = article
            continue
        first = first_seen[article.id]
        suffix = 2
        while f"{article.id}~{suffix}" in first_seen:
            suffix += 1
        new_id = f"{article.id}~{suffix}"
        result.problems.append(
            Problem(article.path, f"duplicate id {article.id!r} (first used at "
                    f"{first.path}:{first.line}); shown as {new_id!r}", article.line,
                    severity="warning")
        )
        renamed = replace(article, id=new_id)
        result.articles[position] = renamed
        first_seen[new_id] = renamed
