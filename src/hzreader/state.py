"""What the reader did — read and starred marks, last position — and their preferences
(theme, list width, result order), saved atomically.

Marks are keyed by a hash of the article's content (with its id as a fallback), so moving
or renaming the articles folder keeps them. "Mark all read" keeps its articles as one batch
(`ReadBatch`: their keys as 8-byte numbers, and their ids), not a mark each: 100,000 of them
are about 3 MB in the file, not 10, and load in a few hundredths of a second. Saving merges
with what another hzreader process may have written meanwhile, under a lock, and replaces
the file in one atomic rename.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hzreader import dirs
from hzreader.marks import Mark, ReadBatch, key_number
from hzreader.model import Article, article_key
from hzreader.safe_write import atomic_write, locked

#: 2: "mark all read" batches (`read_batches`); an older hzreader ignores them.
STATE_VERSION = 2
#: How many searches the history keeps.
SEARCH_HISTORY = 100


def state_dir() -> Path:
    """`$XDG_STATE_HOME/hzreader`, else the platform's user state folder (platformdirs)."""
    return dirs.state_dir()




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
    #: The searches entered, oldest first, each once (as less keeps its search history).
    searches: list[str] = field(default_factory=list)
    _dirty_marks: set[str] = field(default_factory=set)
    _dirty_positions: set[str] = field(default_factory=set)
    _dirty_theme: bool = False
    _dirty_list_width: bool = False
    _dirty_order: bool = False
    _dirty_searches: bool = False
    _by_id: dict[str, str] = field(default_factory=dict)
    #: "Mark all read" batches by id.
    read_batches: dict[str, ReadBatch] = field(default_factory=dict)
    _dirty_batches: bool = False
    #: Batches undone in this session: not taken back from the file.
    _dropped_batches: set[str] = field(default_factory=set)
    _batched_of: tuple[str, ...] = ()
    _batched_sets: tuple[frozenset[int], frozenset[str]] = (frozenset(), frozenset())
    #: The state file as last read or written (its mtime and size): another process wrote
    #: it when it differs (`take_from_disk`).
    _seen_on_disk: tuple[int, int] | None = None
    #: Held while the file is read into this state or written from it (threads).
    _disk_lock: threading.Lock = field(default_factory=threading.Lock)

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
        state._seen_on_disk = state._stamp()
        try:
            state._absorb(json.loads(raw))
        except (ValueError, TypeError, AttributeError):
            aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
            with contextlib.suppress(OSError):
                os.replace(path, aside)
            return state, f"state file {path} was corrupt; set aside as {aside.name}"
        return state, None

    def _stamp(self) -> tuple[int, int] | None:
        """The state file's mtime and size; None when there is none."""
        try:
            info = self.path.stat()
        except OSError:
            return None
        return info.st_mtime_ns, info.st_size

    def changed_on_disk(self) -> bool:
        """True when the state file changed since this state last read or wrote it (another
        hzreader wrote it): one `stat`."""
        return self._stamp() != self._seen_on_disk

    def take_from_disk(self) -> bool:
        """Take in what another hzreader wrote to the state file since this one last read
        or wrote it (marks made in another window; what changed here wins); True when
        there was something."""
        if not self.changed_on_disk():
            return False
        with self._disk_lock:
            stamp = self._stamp()
            if stamp == self._seen_on_disk:
                return False
            try:
                self._absorb(json.loads(self.path.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError, AttributeError):
                return False  # half there or broken: the next save sets it right
            self._seen_on_disk = stamp
            return True

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
        searches = data.get("searches")
        if not self._dirty_searches and isinstance(searches, list):
            self.searches = [text for text in searches if isinstance(text, str) and text.strip()
                             ][-SEARCH_HISTORY:]
        batches = data.get("read_batches")
        for batch_id, value in (batches.items() if isinstance(batches, dict) else ()):
            if batch_id in self.read_batches or batch_id in self._dropped_batches:
                continue
            try:
                self.read_batches[str(batch_id)] = ReadBatch.from_json(value)
            except (ValueError, TypeError):  # leniently: a bad batch is skipped
                continue
        self._by_id = {mark.id: key for key, mark in self.marks.items() if mark.id}

    # -- marks -----------------------------------------------------------------------------

    def mark(self, key: str, article_id: str) -> Mark:
        """The marks of an article by content `key` (else by id); a default when none.

        A mark found by one of the two follows the article to the other: a renamed file
        (same text, new id) or an edited one (same id, new text) keeps its marks through a
        second change, the edit after the rename or the rename after the edit."""
        mark = self.marks.get(key)
        if mark is None and article_id in self._by_id:
            mark = self.marks.get(self._by_id[article_id])
            if mark is not None and mark.id == article_id and article_id:
                self._follow(key, mark)  # edited: the mark moves to the new text
        elif mark is not None and article_id and mark.id != article_id:
            mark = Mark(mark.read, mark.starred, article_id)
            self._follow(key, mark)  # renamed: the mark takes the new id
        if mark is None and self.read_batches and self._in_batch(key, article_id):
            return Mark(read=True, id=article_id)
        return mark or Mark(id=article_id)

    def _follow(self, key: str, mark: Mark) -> None:
        """Keep `mark` under content `key` and its id (saved by the next `save()`)."""
        self.marks[key] = mark
        self._by_id[mark.id] = key
        self._dirty_marks.add(key)

    def _in_batch(self, key: str, article_id: str) -> bool:
        """True when a "mark all read" batch holds the article."""
        keys, ids = self._batched()
        return key_number(key) in keys or article_id in ids  # the id: its content changed

    def _batched(self) -> tuple[frozenset[int], frozenset[str]]:
        """The keys and ids of every batch (made again when the batches change)."""
        if self._batched_of != (names := tuple(self.read_batches)):
            batches = list(self.read_batches.values())
            if len(batches) == 1:
                self._batched_sets = (batches[0].keys, batches[0].ids)
            else:
                self._batched_sets = (frozenset().union(*(b.keys for b in batches)),
                                      frozenset().union(*(b.ids for b in batches)))
            self._batched_of = names
        return self._batched_sets

    def mark_all_read(self, articles: Iterable[tuple[str, str]]) -> str:
        """Mark the articles (content key, id) read as one batch; its id, for
        `drop_read_batch`. One with a mark of its own has that mark set read."""
        keys: list[int] = []
        ids: list[str] = []
        explicit: list[tuple[str, str]] = []
        for key, article_id in articles:
            if key in self.marks or article_id in self._by_id:
                if not self.mark(key, article_id).read:
                    self.set_mark(key, article_id, read=True)
                    explicit.append((key, article_id))
                continue
            keys.append(key_number(key))
            ids.append(article_id)
        batch = ReadBatch(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), frozenset(keys),
                          frozenset(ids), explicit)
        batch_id = f"{time.time_ns():x}-{os.getpid()}"
        self.read_batches[batch_id] = batch
        self._dirty_batches = True
        return batch_id

    def drop_read_batch(self, batch_id: str) -> None:
        """Undo a "mark all read": its articles are unread again."""
        batch = self.read_batches.pop(batch_id, None)
        self._dropped_batches.add(batch_id)
        self._dirty_batches = True
        for key, article_id in batch.explicit if batch is not None else ():
            self.set_mark(key, article_id, read=False)

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

    def add_search(self, text: str) -> None:
        """Remember a search entered (moved to the newest end if it was there already)."""
        if add_to_history(self.searches, text):
            self._dirty_searches = True

    @property
    def dirty(self) -> bool:
        """True when something changed since the last save."""
        return bool(self._dirty_marks or self._dirty_positions or self._dirty_theme
                    or self._dirty_list_width or self._dirty_order or self._dirty_batches
                    or self._dirty_searches)

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        """Merge with the file on disk (another process may have written) and replace it."""
        if not self.dirty:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._disk_lock, locked(self.path.with_name(self.path.name + ".lock")):
            try:
                self._absorb(json.loads(self.path.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError, AttributeError):
                pass  # nothing (valid) on disk: our state is the whole truth
            data = {
                "version": STATE_VERSION,
                # (a copy: the UI thread may move a mark meanwhile, `mark` following it)
                "marks": {key: mark.to_json() for key, mark in list(self.marks.items())},
                "positions": self.positions,
                "theme": self.theme,
                "list_width": self.list_width,
                "order": self.order,
                "searches": self.searches,
                "read_batches": {batch_id: batch.to_json()
                                 for batch_id, batch in self.read_batches.items()},
            }
            atomic_write(self.path, json.dumps(data, ensure_ascii=False, indent=1))
            self._seen_on_disk = self._stamp()
        self._dirty_marks.clear()
        self._dirty_positions.clear()
        self._dirty_theme = False
        self._dirty_list_width = False
        self._dirty_order = False
        self._dirty_batches = False
        self._dirty_searches = False


def add_to_history(history: list[str], text: str) -> bool:
    """Put the search `text` (stripped) at the newest end of `history`, once, keeping the
    last `SEARCH_HISTORY`; False when that changed nothing (empty, or the newest already)."""
    text = text.strip()
    if not text or (history and history[-1] == text):
        return False
    if text in history:
        history.remove(text)
    history.append(text)
    del history[:-SEARCH_HISTORY]
    return True
