"""What the reader did — read and starred marks, last position — and their preferences
(theme, list width, result order), saved atomically.

Marks are keyed by a hash of the article's content (with its id as a fallback), so moving
or renaming the articles folder keeps them. Saving merges with what another hzreader process
may have written meanwhile, under a lock, and replaces the file in one atomic rename.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hzreader import dirs
from hzreader.model import Article, article_key

STATE_VERSION = 1


def state_dir() -> Path:
    """`$XDG_STATE_HOME/hzreader`, else the platform's user state folder (platformdirs)."""
    return dirs.state_dir()




@dataclass
class Mark:
    """The reader's marks on one article."""

    read: bool = False
    starred: bool = False
    id: str = ""

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"read": self.read, "starred": self.starred, "id": self.id}

    @classmethod
    def from_json(cls, data: Any) -> Mark:
        """Read a mark leniently: wrong types become defaults."""
        if not isinstance(data, dict):
            return cls()
        return cls(bool(data.get("read")), bool(data.get("starred")), str(data.get("id", "")))


@dataclass
class ReadingState:
    """Marks, positions and preferences, plus what changed since the last save."""

    path: Path
    marks: dict[str, Mark] = field(default_factory=dict)
    positions: dict[str, dict[str, Any]] = field(default_factory=dict)
    theme: str | None = None
    #: Width of the headline list in cells, as the reader set it (None: the default).
    list_width: int | None = None
    #: How search results are ordered: "relevance" or "date" (None: the default).
    order: str | None = None
    _dirty_marks: set[str] = field(default_factory=set)
    _dirty_positions: set[str] = field(default_factory=set)
    _dirty_theme: bool = False
    _dirty_list_width: bool = False
    _dirty_order: bool = False
    _by_id: dict[str, str] = field(default_factory=dict)

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path | None = None) -> tuple[ReadingState, str | None]:
        """Read the state file; a corrupt one is set aside. Returns (state, warning)."""
        path = path or state_dir() / "state.json"
        state = cls(path)
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return state, None
        except OSError as error:
            return state, f"cannot read {path}: {error.strerror}; marks will not be saved"
        try:
            state._absorb(json.loads(raw))
        except (ValueError, TypeError, AttributeError):
            aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
            with contextlib.suppress(OSError):
                os.replace(path, aside)
            return state, f"state file {path} was corrupt; set aside as {aside.name}"
        return state, None

    def _absorb(self, data: Any) -> None:
        """Take marks, positions and theme from parsed JSON (changed entries win)."""
        if not isinstance(data, dict):
            raise ValueError("state is not a JSON object")
        for key, value in dict(data.get("marks") or {}).items():
            if key not in self._dirty_marks:
                self.marks[str(key)] = Mark.from_json(value)
        for key, value in dict(data.get("positions") or {}).items():
            if key not in self._dirty_positions and isinstance(value, dict):
                self.positions[str(key)] = value
        if not self._dirty_theme and isinstance(data.get("theme"), str):
            self.theme = data["theme"]
        width = data.get("list_width")
        if not self._dirty_list_width and isinstance(width, int) and not isinstance(width, bool):
            self.list_width = width if width > 0 else None
        if not self._dirty_order and data.get("order") in ("relevance", "date"):
            self.order = data["order"]
        self._by_id = {mark.id: key for key, mark in self.marks.items() if mark.id}

    # -- marks -----------------------------------------------------------------------------

    def mark(self, key: str, article_id: str) -> Mark:
        """The marks of an article by content `key` (else by id); a default when none."""
        mark = self.marks.get(key)
        if mark is None and article_id in self._by_id:
            mark = self.marks.get(self._by_id[article_id])
        return mark or Mark(id=article_id)

    def mark_for(self, article: Article) -> Mark:
        """The marks of `article`."""
        return self.mark(article_key(article), article.id)

    def is_read(self, article: Article) -> bool:
        """True when the article was read."""
        return self.mark_for(article).read

    def is_starred(self, article: Article) -> bool:
        """True when the article is starred."""
        return self.mark_for(article).starred

    def set_mark(self, key: str, article_id: str, *, read: bool | None = None,
                 starred: bool | None = None) -> Mark:
        """Change an article's marks; the change is saved by the next `save()`."""
        current = self.mark(key, article_id)
        mark = Mark(current.read if read is None else read,
                    current.starred if starred is None else starred, article_id)
        self.marks[key] = mark
        self._by_id[article_id] = key
        self._dirty_marks.add(key)
        return mark

    # -- positions and preferences -----------------------------------------------------------

    def position(self, collection: str) -> dict[str, Any]:
        """The last article key, id and reading offset saved for a collection."""
        return dict(self.positions.get(collection, {}))

    def set_position(self, collection: str, key: str, article_id: str, offset: int) -> None:
        """Remember the article on screen and the text offset at the top of the pane."""
        self.positions[collection] = {"key": key, "id": article_id, "offset": int(offset)}
        self._dirty_positions.add(collection)

    def set_theme(self, theme: str) -> None:
        """Remember the theme."""
        if theme != self.theme:
            self.theme = theme
            self._dirty_theme = True

    def set_list_width(self, width: int | None) -> None:
        """Remember the headline list's width in cells (None: back to the default)."""
        if width != self.list_width:
            self.list_width = width
            self._dirty_list_width = True

    def set_order(self, order: str) -> None:
        """Remember how search results are ordered."""
        if order != self.order:
            self.order = order
            self._dirty_order = True

    @property
    def dirty(self) -> bool:
        """True when something changed since the last save."""
        return bool(self._dirty_marks or self._dirty_positions or self._dirty_theme
                    or self._dirty_list_width or self._dirty_order)

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        """Merge with the file on disk (another process may have written) and replace it."""
        if not self.dirty:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with _locked(self.path.with_name(self.path.name + ".lock")):
            try:
                self._absorb(json.loads(self.path.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError, AttributeError):
                pass  # nothing (valid) on disk: our state is the whole truth
            data = {
                "version": STATE_VERSION,
                "marks": {key: mark.to_json() for key, mark in self.marks.items()},
                "positions": self.positions,
                "theme": self.theme,
                "list_width": self.list_width,
                "order": self.order,
            }
            atomic_write(self.path, json.dumps(data, ensure_ascii=False, indent=1))
        self._dirty_marks.clear()
        self._dirty_positions.clear()
        self._dirty_theme = False
        self._dirty_list_width = False
        self._dirty_order = False


def atomic_write(path: Path, text: str) -> None:
    """Write `text` to a temporary file, fsync it, rename it over `path`, fsync the folder."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    with contextlib.suppress(OSError):
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


@contextlib.contextmanager
def _locked(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on `lock_path` (where the platform has one)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: the rename is still atomic
        yield
        return
    with open(lock_path, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
