"""The hardened safe YAML parser: one document in, (node, value) or a located problem out.

Only plain YAML is read (libyaml's `CSafeLoader` when present): no Python tags, no alias
bombs, no absurd numbers; every failure becomes a `Problem` with its line and column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any, NoReturn

import yaml
from yaml.constructor import ConstructorError

from hzreader.files._controls import (
    control_names,
    is_raw_control,
    restore_controls,
    with_stand_ins,
    without_controls,
)
from hzreader.files._folds import join_folds
from hzreader.files._locator import Locator
from hzreader.files._yaml_hints import yaml_hint
from hzreader.model import Problem
from hzreader.text import clean_line

try:
    from yaml import CSafeLoader as SafeLoader  # re-exported for the loader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]

__all__ = ["MAX_ALIASES", "MAX_ALIAS_EXPANSION", "MAX_NUMBER_CHARS", "ArticleLoader",
           "SafeLoader", "parse_document"]

#: A document may use this many aliases (`*name`) at most ...
MAX_ALIASES = 10_000
#: ... and they may add at most this many values when expanded (against "billion laughs").
MAX_ALIAS_EXPANSION = 100_000
#: Longer numbers are refused (huge integers are slow to build and cannot be printed).
MAX_NUMBER_CHARS = 1_000

# An anchor (`&name`) and an alias (`*name`) may both be present: only then is the guard needed.
_ANCHOR = re.compile(r"&[^\s\[\]{},]")
_ALIAS = re.compile(r"\*[^\s\[\]{},]")
# Line breaks that YAML counts but editors (and our line numbers) do not.
#: Tags of short plain scalars already resolved (keys and short values repeat in every file).
_PLAIN_TAGS: dict[str, str] = {}
_PLAIN_TAGS_MAX = 4096
_PLAIN_TAG_CHARS = 40


class ArticleLoader(SafeLoader):
    """The safe loader, hardened: bad values raise marked errors, impossible dates stay text."""

    def resolve(self, kind: Any, value: str, implicit: tuple[bool, bool]) -> str:
        """The tag of a node; remembered for short plain scalars, whose tag is their text's."""
        remembered = kind is yaml.ScalarNode and implicit[0] and len(value) <= _PLAIN_TAG_CHARS
        tag = _PLAIN_TAGS.get(value) if remembered else None
        if tag is None:
            tag = str(super().resolve(kind, value, implicit))  # type: ignore[no-untyped-call]
            if remembered and len(_PLAIN_TAGS) < _PLAIN_TAGS_MAX:
                _PLAIN_TAGS[value] = tag
        return tag

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


def parse_document(
    chunk: str, shown: str, locate: Locator, problems: list[Problem]
) -> tuple[yaml.Node, object] | None:
    """Compose and construct one document; any failure becomes a problem and None.

    Raw control characters, which YAML refuses, are read as their escapes would be: the
    document is parsed again with stand-ins for them (`_controls`), and when they stand
    where no text goes (between the fields), with them removed and a warning."""
    try:
        return _parse(chunk, shown, locate, problems, True)
    except _RawControl:
        pass
    standing = with_stand_ins(chunk)
    found: list[Problem] = []
    if standing is not None:
        locate.read_controls(standing)
        parsed = _parse(standing, shown, locate, found, False)
        if parsed is None and not found:  # only comments
            return None
        if parsed is not None and not _only_controls(parsed[0]):
            problems.extend(found)
            return parsed
    cleaned, gone, where = without_controls(chunk)
    first = locate.at(where[0])  # (stand-ins are as long as the controls)
    names = ", ".join(control_names(chunk))
    locate.read_controls(cleaned, gone)
    found = []
    parsed = _parse(cleaned, shown, locate, found, False)
    if parsed is not None and _only_controls(parsed[0]):
        parsed = None  # NUL bytes after a `---`, say: no document
    if not any(problem.severity == "error" for problem in found):
        problems.append(Problem(shown, f"control characters removed ({names})", *first,
                                "warning"))
    problems.extend(found)
    return parsed


def _only_controls(node: yaml.Node) -> bool:
    """True for a document that is a scalar of nothing but controls and spaces (NUL bytes
    padding a file), or nothing once they are removed: no document, rather than a document
    that is no article."""
    return isinstance(node, yaml.ScalarNode) and not clean_line(node.value).strip()


class _RawControl(Exception):
    """The first parse of a document met a raw control character: parse it again."""


def _parse(chunk: str, shown: str, locate: Locator, problems: list[Problem],
           first: bool) -> tuple[yaml.Node, object] | None:
    """`parse_document`'s one parse; raises `_RawControl` when the `first` one meets a raw
    control character."""
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
        if not first and locate.has_stand_ins:
            restore_controls(node)
        may_alias = _ANCHOR.search(chunk) and _ALIAS.search(chunk)
        refusal = _alias_refusal(node) if may_alias else None
        if refusal is not None:
            problems.append(Problem(shown, refusal[0], *locate(refusal[1])))
            return None
        duplicates = list(_duplicate_keys(node))
        join_folds(node, chunk)
        data = _construct(loader, node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        if error.context_mark is not None and "end of stream" in str(error.problem or ""):
            mark = error.context_mark  # where the unclosed quote or bracket opened, not the end
        message = str(error.problem or error.context or "cannot read this document")
        if error.context and error.problem:
            message += f" ({error.context})"
        if not isinstance(error, ConstructorError):
            message = f"invalid YAML: {message}"
            hint = yaml_hint(message, *locate.line_and_column(mark)) if mark else ""
            message += f"; hint: {hint}" if hint else ""
        where = locate(mark) if mark else (locate.first_line, None)
        problems.append(Problem(shown, message, *where))
        return None
    except yaml.reader.ReaderError as error:
        if first and is_raw_control(error.character):
            raise _RawControl from None
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


def yaml_problem(text: str, shown: str, line_offset: int = 0) -> Problem | None:
    """What is wrong with one YAML document `text` (its first line is line `line_offset` + 1
    of the file `shown`), worded as for an article file: the line, the column and a hint
    for the common mistakes; None when it reads."""
    problems: list[Problem] = []
    parse_document(text, shown, Locator(text, line_offset), problems)
    return next((problem for problem in problems if problem.severity == "error"), None)


_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


def _is_plain_article(node: yaml.Node) -> bool:
    """True for a mapping of text keys to scalars and flat lists of scalars (most articles)."""
    if not isinstance(node, yaml.MappingNode) or node.tag != _MAP:
        return False
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode) or key.tag != _STR:
            return False
        if isinstance(value, yaml.SequenceNode):
            if value.tag != _SEQ or not all(isinstance(item, yaml.ScalarNode)
                                            for item in value.value):
                return False
        elif not isinstance(value, yaml.ScalarNode):
            return False
    return True


def _construct(loader: ArticleLoader, node: yaml.Node) -> object:
    """The document's value: plain article mappings directly, anything else by PyYAML.

    Text scalars are taken as they are and other scalars built by the hardened loader, so
    the result is the same as `construct_document`, only without its per-node overhead.
    """
    items = node.value if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ else None
    if not all(map(_is_plain_article, items if items is not None else [node])):
        return loader.construct_document(node)

    def scalar(item: yaml.ScalarNode) -> object:
        return item.value if item.tag == _STR else loader.construct_object(item)

    def mapping(article: yaml.Node) -> dict[Any, Any]:
        return {key.value: [scalar(item) for item in value.value]
                if isinstance(value, yaml.SequenceNode) else scalar(value)
                for key, value in article.value}

    return [mapping(item) for item in items] if items is not None else mapping(node)


def _reader_problem(error: yaml.reader.ReaderError, shown: str, locate: Locator) -> Problem:
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
