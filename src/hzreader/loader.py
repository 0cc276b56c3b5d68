"""Turn YAML files into validated `Article` values and `Problem` reports.

Safe loading only (libyaml's `CSafeLoader` when present); nothing is ever written.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from hzreader.model import Article, Problem
from hzreader.validate import ArticleFields, build_article

SafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

YAML_SUFFIXES = (".yaml", ".yml")
#: Files larger than this are refused with a message instead of being loaded.
MAX_FILE_BYTES = 8 * 1024 * 1024

_DOC_START = re.compile(r"^---(?=[ \t]|$)", re.MULTILINE)


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


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[tuple[Path, Path]], list[Problem]]:
    """Find YAML files under `paths` as (file, root) pairs; folders are searched recursively.

    Symlinked folders are followed once (loops are cut by real path); missing paths are problems.
    """
    found: list[tuple[Path, Path]] = []
    problems: list[Problem] = []
    seen_files: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path, problems):
                real = os.path.realpath(file)
                if real not in seen_files:
                    seen_files.add(real)
                    found.append((file, path))
        elif path.is_file():
            real = os.path.realpath(path)
            if real not in seen_files:
                seen_files.add(real)
                found.append((path, path.parent))
        elif path.exists():
            problems.append(Problem(str(path), "not a regular file or folder"))
        else:
            problems.append(Problem(str(path), "no such file or folder"))
    return found, problems


def _walk(root: Path, problems: list[Problem]) -> Iterator[Path]:
    """Yield YAML files below `root` in sorted order, following symlinks without looping."""
    seen_dirs: set[str] = set()

    def on_error(error: OSError) -> None:
        problems.append(Problem(str(error.filename or root), f"cannot read folder: {error.strerror}"))

    for folder, dirs, files in os.walk(root, followlinks=True, onerror=on_error):
        real = os.path.realpath(folder)
        if real in seen_dirs:
            dirs[:] = []
            continue
        seen_dirs.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(YAML_SUFFIXES) and not name.startswith("."):
                yield Path(folder, name)


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
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            mib = size / (1024 * 1024)
            limit = MAX_FILE_BYTES // (1024 * 1024)
            result.problems.append(
                Problem(shown, f"file is too large to read ({mib:.1f} MiB; the limit is {limit} MiB)")
            )
            return result
        data = path.read_bytes()
    except OSError as error:
        result.problems.append(Problem(shown, f"cannot read file: {error.strerror or error}"))
        return result
    text, problem = decode(data, shown)
    if problem is not None:
        result.problems.append(problem)
        return result
    base_id = article_id_base(path, root)
    load_text(text, shown, base_id, result)
    return result


def decode(data: bytes, shown: str) -> tuple[str, Problem | None]:
    """Decode UTF-8 (a BOM is allowed); binary or other encodings become a problem."""
    if b"\x00" in data[:8192]:
        return "", Problem(shown, "binary file (contains NUL bytes), not YAML")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        return "", Problem(shown, "not valid UTF-8 text", line, column)


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
    chunks: list[tuple[int, str]] = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        chunk = text[start:end]
        if _has_content(chunk):
            chunks.append((text.count("\n", 0, start), chunk))
    return chunks


def _has_content(chunk: str) -> bool:
    """True when a chunk holds more than markers, comments, directives and blank lines."""
    for line in chunk.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "%")) or stripped in ("---", "..."):
            continue
        return True
    return False


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
    loader = SafeLoader(chunk)
    try:
        node = loader.get_single_node()
        if node is None:
            return
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = " ".join(str(part) for part in (error.context, error.problem) if part)
        line = mark.line + 1 + line_offset if mark else None
        column = mark.column + 1 if mark else None
        result.problems.append(Problem(shown, f"invalid YAML: {message}", line, column))
        return
    except yaml.YAMLError as error:
        result.problems.append(Problem(shown, f"invalid YAML: {error}", line_offset + 1))
        return
    except RecursionError:
        result.problems.append(Problem(shown, "YAML nested too deeply", line_offset + 1))
        return
    finally:
        loader.dispose()
    line = node.start_mark.line + 1 + line_offset
    if isinstance(node, yaml.MappingNode) and isinstance(data, dict):
        yield ArticleFields.from_node(node, data, shown, line_offset)
    elif isinstance(node, yaml.SequenceNode) and isinstance(data, list):
        for item_node, item in zip(node.value, data):
            item_line = item_node.start_mark.line + 1 + line_offset
            if isinstance(item_node, yaml.MappingNode) and isinstance(item, dict):
                yield ArticleFields.from_node(item_node, item, shown, line_offset)
            else:
                result.problems.append(
                    Problem(shown, "list item is not an article mapping", item_line,
                            item_node.start_mark.column + 1)
                )
    else:
        result.problems.append(
            Problem(shown, "document is not an article mapping (expected `title:` and `body:`)",
                    line, node.start_mark.column + 1)
        )


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
