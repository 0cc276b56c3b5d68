"""What a sync has to do: compare the files on disk with the `files` table.

`plan_all` looks at every file under the opened paths; `plan_changed` only at the files at or
below a few changed paths (from file events), so one changed file costs one look, not a scan
of the whole tree.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hzreader.files import discover_names, file_digest, rediscover
from hzreader.index._rows import figures_current
from hzreader.index._work import ParseTask, recheck, stamp_of, stored_stamp
from hzreader.model import Problem

#: Worker tasks hold about this much YAML (by `size_guess`: a cold start's files are not
#: stat'ed). Half a MiB saved ≈ 3 MB in each worker, but the text was searchable later
#: (45.8 against 42.0 s at 100k, back to back): one MiB.
_BATCH_BYTES = 1024 * 1024
_TYPICAL_FILE_BYTES = 4096


@dataclass(frozen=True, slots=True)
class Todo:
    """A file to (re)parse: its identity, stat and the id of its previous version (with
    slots: one object of 72 bytes, not two of ≈ 110 in all; a cold start has one per file)."""

    file: str
    root: str
    key: str
    size: int  # -1 when not looked at (a new index)
    old_id: int | None


@dataclass
class Plan:
    """Files to parse, files gone, problems of the walk, and what part of the tree it covers.

    `scopes` is None for the whole tree; else the shown paths (files or folders) looked at,
    whose walk problems the plan replaces.
    """

    todo: dict[str, Todo] = field(default_factory=dict)
    removed: list[int] = field(default_factory=list)
    renamed: list[tuple[int, str]] = field(default_factory=list)
    #: Files whose stamp changed but not their content (touched, copied over with the same
    #: bytes): (id, size, mtime_ns to store).
    touched: list[tuple[int, int, int]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files_seen: int = 0
    scopes: list[str] | None = None


#: A row of `files` as the plan compares it: id, size, mtime_ns, shown path, content digest.
Known = tuple[int, int, int, str, int | None]


def absolute(file: str) -> str:
    """`os.path.abspath(file)`, without its cost when `file` is absolute and plain already."""
    if file.startswith(os.sep) and f"{os.sep}." not in file and os.sep * 2 not in file:
        return file
    return os.path.abspath(file)


class FileKeys:
    """A file's key in the `files` table: its path below its opened folder (`root`), joined
    to that folder's real path. One folder opened by its real path, through a symlink or
    as a relative path keys its files alike, so switching between them only relabels the
    files (`Plan.renamed`), never reads them again."""

    def __init__(self) -> None:
        self._real: dict[str, str] = {}

    def __call__(self, file: str, root: str) -> str:
        real = self._real.get(root)
        if real is None:
            real = self._real[root] = os.path.realpath(root)
        if root == ".":
            below = file
        elif file.startswith(root):
            below = file[len(root):].lstrip(os.sep)
        else:  # not below its root: never so from `discover_names`
            return absolute(file)
        if not below:
            return real
        return real + below if real.endswith(os.sep) else real + os.sep + below


def _compare(plan: Plan, found: Sequence[tuple[str, str]], known: dict[str, Known],
             look: bool) -> None:
    """Fill `plan` from the files found and the rows known for them (key -> row).

    Without `look` (a new index) files are not stat'ed here: the workers do it as they read.
    A known file whose stamp changed is read and its digest compared: the same bytes are
    not parsed again.
    """
    seen: set[str] = set()
    keys = FileKeys()
    for file, root in found:
        key = keys(file, root)
        seen.add(key)
        size, mtime = stamp_of(file) if look else (-1, -1)
        old = known.get(key)
        if old is not None and size >= 0 and (
                (old[1], old[2]) == (size, mtime) or _same_bytes(plan, file, old, size, mtime)):
            if old[3] != file:
                plan.renamed.append((old[0], file))
            continue
        plan.todo[file] = Todo(file, root, key, size, old[0] if old else None)
    plan.files_seen = len(found)
    plan.removed = [row[0] for key, row in known.items() if key not in seen]


def _same_bytes(plan: Plan, file: str, old: Known, size: int, mtime: int) -> bool:
    """Whether `file`, with a new stamp, holds the bytes its rows were made from (then its
    new stamp goes to `plan.touched`)."""
    read_at = unchanged_bytes(file, old, size)
    if read_at is None:
        return False
    plan.touched.append((old[0], *stored_stamp((size, mtime), recheck(mtime, read_at))))
    return True


def unchanged_bytes(file: str, old: Known, size: int) -> int | None:
    """When `file` (now `size` bytes) was read and found to hold the bytes of its `files`
    row `old` (`time.time_ns()`); None when it holds others, or is not known by its digest."""
    if old[4] is None or old[1] != size:
        return None
    return time.time_ns() if file_digest(file) == old[4] else None


def _known(conn: sqlite3.Connection) -> dict[str, Known]:
    """Every row of `files`, by key."""
    return {key: (file_id, size, mtime, shown, digest) for file_id, key, size, mtime, shown, digest
            in conn.execute("SELECT id, key, size, mtime_ns, shown, hash FROM files")}


def plan_all(conn: sqlite3.Connection, paths: Iterable[str | os.PathLike[str]]) -> Plan:
    """The plan for every file under `paths`."""
    found, problems = discover_names(paths)
    plan = Plan(problems=problems)
    known = _known(conn)
    _compare(plan, found, known, look=bool(known))
    return plan


def plan_changed(conn: sqlite3.Connection, paths: Sequence[Path], changed: Iterable[str]
                 ) -> Plan | None:
    """The plan for the files at or below the absolute `changed` paths; None when that
    cannot be worked out (an opened path itself changed): then use `plan_all`."""
    again = rediscover(paths, changed)
    if not again.complete:
        return None
    known: dict[str, Known] = {}
    keys = FileKeys()
    for scope in again.scopes:
        key = keys(scope, again.roots[scope])
        below = key.rstrip(os.sep) + os.sep
        for file_id, file_key, size, mtime, shown, digest in conn.execute(
                "SELECT id, key, size, mtime_ns, shown, hash FROM files "
                "WHERE key = ? OR (key >= ? AND key < ?)",
                (key, below, below[:-1] + chr(ord(os.sep) + 1))):
            known[file_key] = (file_id, size, mtime, shown, digest)
    plan = Plan(problems=again.problems, scopes=again.scopes)
    _compare(plan, again.found, known, look=True)
    return plan


def forget_walk_problems(conn: sqlite3.Connection, scopes: Sequence[str] | None) -> None:
    """Delete the problems of the walk (not of a file) that `scopes` cover (all for None)."""
    if scopes is None:
        conn.execute("DELETE FROM problems WHERE file_id IS NULL")
        return
    for scope in scopes:
        below = scope.rstrip(os.sep) + os.sep
        conn.execute("DELETE FROM problems WHERE file_id IS NULL AND "
                     "(path = ? OR (path >= ? AND path < ?))",
                     (scope, below, below[:-1] + chr(ord(os.sep) + 1)))


def size_guess(item: Todo) -> int:
    """A file's size in bytes, or a typical article's when it was not looked at."""
    return item.size if item.size >= 0 else _TYPICAL_FILE_BYTES


def batches(todo: deque[Todo]) -> Iterator[list[ParseTask]]:
    """Group files into worker tasks of about `_BATCH_BYTES` of YAML, taking them from
    `todo` as they go (the plan's objects are not held to the end)."""
    batch: list[ParseTask] = []
    size = 0
    while todo:
        item = todo.popleft()
        batch.append((item.file, item.root))
        size += size_guess(item)
        if size >= _BATCH_BYTES or len(batch) >= 400:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def part_bytes(tasks: Iterable[list[ParseTask]]) -> int:
    """The bytes of the file parts among `tasks`."""
    return sum(part.end - part.start for batch in tasks for task in batch
               for part in task[2:])


def head(todo: Iterable[Todo], articles: int) -> int:
    """How many of the first files of `todo` make about `articles` articles (from their
    size)."""
    budget = articles * _TYPICAL_FILE_BYTES
    count = 0
    for item in todo:
        count += 1
        budget -= size_guess(item)
        if budget <= 0:
            break
    return count

def is_current(conn: sqlite3.Connection, paths: Iterable[str | os.PathLike[str]]) -> bool:
    """Whether the database on `conn` holds exactly the files under `paths`, unchanged, with
    every article's figures found by this version of the extractor (and its first letters
    written)."""
    if not figures_current(conn):
        return False
    for table in ("figures_pending", "prefixes_pending"):
        if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None:
            return False
    found, _ = discover_names(paths)
    known = _known(conn)
    if len(known) != len(found):
        return False
    keys = FileKeys()
    for file, root in found:
        # The same file however the folder was spelled ("articles", "./articles", its
        # absolute path, a symlink to it): nothing `hzreader figures` prints depends on it.
        old = known.get(keys(file, root))
        if old is None:
            return False
        stamp = stamp_of(file)
        if stamp != old[1:3] and (stamp[0] < 0 or unchanged_bytes(file, old, stamp[0]) is None):
            return False
    return True
