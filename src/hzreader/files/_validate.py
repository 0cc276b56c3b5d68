"""Check one parsed YAML mapping against the article format and build an `Article`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import yaml

from hzreader.dates import date_problem, read_date
from hzreader.files._controls import first_control
from hzreader.files._locator import Locator
from hzreader.model import Article, DatePrecision, Problem
from hzreader.text import clean_line, clean_text, removed_controls, removed_kind

KNOWN_FIELDS = frozenset(
    {"id", "title", "body", "date", "source", "author", "url", "summary", "tags", "related"}
)


@dataclass
class ArticleFields:
    """A parsed article mapping plus where each of its values stands in the file."""

    data: dict[Any, Any]
    path: str
    line: int
    column: int
    value_marks: dict[str, tuple[int, int]]
    #: The mapping's node and the document's `Locator`, to find where a value's control
    #: characters are written (`control_at`); None when the fields were made otherwise.
    node: yaml.MappingNode | None = None
    locate: Callable[[yaml.Mark], tuple[int, int]] | None = None

    @classmethod
    def from_node(
        cls,
        node: yaml.MappingNode,
        data: dict[Any, Any],
        path: str,
        locate: Callable[[yaml.Mark], tuple[int, int]],
    ) -> ArticleFields:
        """Pair the constructed mapping with the (line, column) of each value, via `locate`."""
        marks = {
            str(key_node.value): locate(value_node.start_mark)
            for key_node, value_node in node.value
            if isinstance(key_node, yaml.ScalarNode)
        }
        return cls(data, path, *locate(node.start_mark), marks, node, locate)

    def problem(self, key: str | None, message: str, severity: str = "error") -> Problem:
        """A problem located at the value of `key` (or at the mapping itself)."""
        line, column = self.value_marks.get(key, (self.line, self.column)) if key else (
            self.line,
            self.column,
        )
        return Problem(self.path, message, line, column, severity)

    def control_at(self, key: str) -> tuple[int, int] | None:
        """The (line, column) of the first raw control or invisible character, or escape
        writing one (in a double-quoted scalar), in the value of `key` (a scalar or a list
        of them); None if not found."""
        locate = self.locate
        if self.node is None or not isinstance(locate, Locator):
            return None
        value = self._value_node(key)
        scalars = value.value if isinstance(value, yaml.SequenceNode) else [value]
        for scalar in scalars:
            if not isinstance(scalar, yaml.ScalarNode):
                continue
            start = scalar.start_mark.index
            found = first_control(locate.chunk[start : scalar.end_mark.index],
                                  scalar.style == '"')
            if found is not None:
                return locate.at(start + found)
        return None

    def written(self, key: str) -> str | None:
        """The value of `key` as the file writes it, when it is a plain scalar that YAML
        read as something else ("3.10" for the number 3.1, "0123" for 83); None if unknown."""
        found = self._value_node(key)
        if isinstance(found, yaml.ScalarNode) and not found.style:  # plain: None or ""
            return str(found.value)
        return None

    def written_items(self, key: str, items: list[Any]) -> list[Any]:
        """The list `items` (the value of `key`) with each number or date YAML read from a
        plain scalar given back as the file writes it (`tags: [3.10, 007]` → "3.10", "007");
        the list as it is when the file's nodes are unknown or do not match."""
        found = self._value_node(key)
        if not isinstance(found, yaml.SequenceNode) or len(found.value) != len(items):
            return items
        pairs = zip(items, found.value, strict=True)
        return [str(node.value) if _read_otherwise(item) and isinstance(node, yaml.ScalarNode)
                and not node.style else item for item, node in pairs]

    def _value_node(self, key: str) -> yaml.Node | None:
        """The node of `key`'s value: its last (YAML keeps the last of duplicate keys)."""
        found = None
        for key_node, value_node in self.node.value if self.node is not None else ():
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                found = value_node
        return found

    def text(self, key: str, problems: list[Problem]) -> str | None:
        """The text of `key`: a string as it is, a number as the file writes it ("3.10",
        "0123", "1_000"); None for anything else (a list, a mapping, true/false)."""
        value = self.data.get(key)
        text = _text(value)
        if text is None or isinstance(value, str):
            return text
        written = self.written(key)
        if written is None:
            problems.append(self.problem(
                key, f"`{key}` is a number in YAML, read as the text {text!r}; YAML may have "
                "changed how it was written (007 → 7, 1.50 → 1.5): quote it", "warning"))
        return written or text

    @property
    def may_have_controls(self) -> bool:
        """False when no value can hold a control character (no escape in the document)."""
        return not isinstance(self.locate, Locator) or self.locate.has_escapes

    def tell_controls(self, key: str, raw: str, problems: list[Problem]) -> None:
        """Warn when cleaning `raw` (the text of `key`) removes control or invisible characters
        or escape sequences: where the first is written, and which they are (all of them, up
        to `TOLD_MOST`)."""
        if raw.isprintable():  # the usual text: no control (at C speed, without a copy)
            return
        names = removed_controls(raw)
        if not names:
            return
        message = f"{removed_kind(names)} removed from `{key}` ({', '.join(names)})"
        where = self.control_at(key)
        problems.append(self.problem(key, message, "warning") if where is None
                        else Problem(self.path, message, *where, "warning"))


def _describe(value: object) -> str:
    """A short name for a YAML value's type, for messages."""
    names = {
        dict: "a mapping", list: "a list", bool: "true/false", type(None): "empty (null)",
        int: "a number", float: "a number", dt.date: "a date", dt.datetime: "a date-time",
        str: "text", bytes: "binary data",
    }
    return names.get(type(value), type(value).__name__)


def _text(value: object) -> str | None:
    """Text from a string or a number; None for anything else (bools, lists, mappings)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _read_otherwise(value: object) -> bool:
    """Whether YAML made `value` from a scalar that is text to an article: a number or a date."""
    return isinstance(value, (int, float, dt.date)) and not isinstance(value, bool)


def _text_list(value: object) -> tuple[list[str], bool]:
    """Texts from a list (or one text); the flag is False if anything was dropped."""
    if value is None:
        return [], True
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return [], False
    items = [_text(item) for item in value]
    kept = [clean_line(item) for item in items if item is not None]
    kept = [item for item in kept if item]
    return kept, len(kept) == len(value)


def parse_date(value: object) -> tuple[dt.datetime, DatePrecision] | None:
    """(naive-UTC datetime, precision) of a date as `dates.read_date` reads it; None if it
    reads none, or the moment is out of range in UTC."""
    read = read_date(value)
    if read is None:
        return None
    try:
        return _naive_utc(read[0]), read[1]
    except (ValueError, OverflowError):  # out of range once moved to UTC
        return None


def _naive_utc(moment: dt.datetime) -> dt.datetime:
    """Convert an aware datetime to naive UTC so all dates sort together."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None)


def own_id(data: dict[Any, Any]) -> str:
    """The article's own `id` as `build_article` takes it; "" when it takes a default one."""
    value = data.get("id")
    text = _text(value) if value is not None else None
    return clean_line(text).strip() if text is not None else ""


def build_article(
    fields: ArticleFields, default_id: str, problems: list[Problem]
) -> Article | None:
    """Validate `fields`; append problems; return the (sanitized) article, or None if rejected."""
    data = fields.data
    if "title" not in data:
        problems.append(fields.problem(None, "missing required field `title`"))
        return None
    raw_title = fields.text("title", problems)
    title = clean_line(raw_title) if raw_title is not None else ""
    if not title:
        got = _describe(data["title"]) if raw_title is None else "empty text" \
            if not raw_title else "only spaces" if not raw_title.strip() \
            else "only invisible or control characters"
        hint = " (quote it: YAML reads yes/no/on/off as true/false)" if isinstance(
            data["title"], bool) else ""
        problems.append(fields.problem("title", f"`title` must be non-empty text, got {got}{hint}"))
        return None
    if "body" not in data:
        problems.append(fields.problem(None, "missing required field `body`"))
        return None
    body = fields.text("body", problems)
    if body is None:
        got = _describe(data["body"])
        problems.append(fields.problem("body", f"`body` must be text, got {got}"))
        return None

    def warn(key: str, message: str) -> None:
        problems.append(fields.problem(key, message, "warning"))

    tell = fields.may_have_controls
    if tell:
        fields.tell_controls("title", raw_title or "", problems)

    if not body.strip():
        warn("body", "`body` is empty: the article shows only its title")

    published, precision = None, DatePrecision.DAY
    if data.get("date") is not None:
        parsed = parse_date(data["date"])
        if parsed is None:
            warn("date", f"`date` is not a date: {clean_line(date_problem(data['date']))}")
        else:
            published, precision = parsed

    def optional_text(key: str, clean: Callable[[str], str] = clean_line) -> str:
        value = data.get(key)
        if value is None:
            return ""
        text = fields.text(key, problems)
        if text is None:
            warn(key, f"`{key}` must be text, got {_describe(value)}; ignored")
            return ""
        if tell:
            fields.tell_controls(key, text, problems)
        return clean(text).strip()

    def text_list(key: str) -> tuple[str, ...]:
        value = data.get(key)
        if isinstance(value, list) and any(map(_read_otherwise, value)):
            value = fields.written_items(key, value)
        items, complete = _text_list(value)
        if items and tell:
            raw = value if isinstance(value, list) else [value]
            fields.tell_controls(key, " ".join(t for t in map(_text, raw) if t), problems)
        if isinstance(value, str) and items:
            shown = clean_line(value)[:40]
            warn(key, f"`{key}` is text, not a list: read as one entry "
                      f"(for a list write {key}: [{shown}])")
        elif not isinstance(value, (list, str, type(None))):
            warn(key, f"`{key}` must be a list of text, got {_describe(value)}; ignored")
        elif not complete:
            warn(key, f"`{key}` must be a list of text; some entries were ignored")
        return tuple(items)

    def web_address() -> str:
        value = data.get("url")
        if value is not None and not isinstance(value, str):
            warn("url", f"`url` must be a web address (text), got {_describe(value)}; ignored")
            return ""
        url = optional_text("url")
        if url and not url.lower().startswith(("http://", "https://")):
            warn("url", f"`url` does not start with http:// or https://: {url[:60]!r}; "
                        "o will not open it")
        return url

    cleaned_body = clean_text(body)
    if tell and cleaned_body is not body:  # `clean_text` gives safe text back as it is
        fields.tell_controls("body", body, problems)
    extra = {str(k): v for k, v in data.items() if k not in KNOWN_FIELDS}
    return Article(
        id=optional_text("id") or clean_line(default_id),
        title=title,
        body=cleaned_body,
        path=fields.path,
        line=fields.line,
        published=published,
        date_precision=precision,
        source=optional_text("source"),
        author=optional_text("author"),
        url=web_address(),
        summary=optional_text("summary", clean_text),
        tags=text_list("tags"),
        related=text_list("related"),
        extra=MappingProxyType(extra),
    )
