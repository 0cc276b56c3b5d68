"""The opened files, loaded once and then refreshed incrementally as the folders change."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from hzreader.files._loader import LoadResult, load_file, mark_duplicate_ids
from hzreader.files._walk import discover, in_scope, rediscover
from hzreader.model import Problem

#: What identifies a file's version: (size, modification time in ns, inode).
Stamp = tuple[int, int, int]


@dataclass(frozen=True)
class RefreshReport:
    """What one refresh found: files added, changed and removed."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    #: The problems of the walk (looping links, unreadable folders) are not what they were.
    walk_problems_changed: bool = False

    @property
    def any(self) -> bool:
        """True when something changed."""
        return bool(self.added or self.changed or self.removed or self.walk_problems_changed)


class Collection:
    """Per-file load results for a set of paths; `refresh()` re-reads only what changed."""

    def __init__(self, paths: Sequence[str | os.PathLike[str]]) -> None:
        self.paths = [Path(p) for p in paths]
        self._files: dict[Path, tuple[Stamp, LoadResult]] = {}
        self._walk_problems: LoadResult = LoadResult()

    def refresh(self, changed: Iterable[str] | None = None) -> RefreshReport:
        """Find the files again; load new and changed ones, forget removed ones.

        With `changed` (absolute paths from file events) only the files at or below those
        paths are looked at, unless that cannot be worked out.
        """
        before = list(self._walk_problems.problems)
        if changed is not None:
            again = rediscover(self.paths, changed)
            if again.complete:
                scopes = set(again.scopes)
                kept = [p for p in before if not in_scope(p.path, scopes)]
                self._walk_problems = LoadResult(problems=kept + again.problems)
                known = [file for file in self._files if in_scope(str(file), scopes)]
                found = [(Path(file), Path(root)) for file, root in again.found]
                return self._update(found, known, before)
        found_all, problems = discover(self.paths)
        self._walk_problems = LoadResult(problems=problems)
        return self._update(found_all, list(self._files), before)

    def _update(self, found: list[tuple[Path, Path]], known: list[Path],
                walk_problems_before: list[Problem]) -> RefreshReport:
        """Load the `found` files that are new or changed; drop the `known` ones not found."""
        seen: set[Path] = set()
        added = changed = 0
        for file, root in found:
            stamp = _stamp(file)
            previous = self._files.get(file)
            if previous is not None and previous[0] == stamp:
                seen.add(file)
                continue
            loaded = load_file(file, root)
            if loaded.gone:  # moved or removed since it was found: a removal
                continue
            seen.add(file)
            if previous is None:
                added += 1
            else:
                changed += 1
            self._files[file] = (stamp, loaded)
        removed = [file for file in known if file not in seen]
        for file in removed:
            del self._files[file]
        return RefreshReport(added, changed, len(removed),
                             set(walk_problems_before) != set(self._walk_problems.problems))

    def result(self) -> LoadResult:
        """Everything loaded, in file order, with duplicate ids made unique."""
        combined = LoadResult()
        combined.extend(self._walk_problems)
        for _, result in self._files.values():
            combined.extend(result)
        mark_duplicate_ids(combined)
        return combined

    @property
    def file_count(self) -> int:
        """How many article files are known."""
        return len(self._files)


def _stamp(file: Path) -> Stamp:
    """The file's size, modification time and inode; zeros when it cannot be read."""
    try:
        info = file.stat()
    except OSError:
        return (0, 0, 0)
    return (info.st_size, info.st_mtime_ns, info.st_ino)
