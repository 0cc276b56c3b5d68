"""The folder an import writes into: one file per item, found again by the hash of its id.

An item's file is looked for anywhere under the folder (the user may move files around), by
the id hash that ends its name. A file is replaced only when hzreader wrote it and it is
unedited; a file the user wrote or edited is never touched. A deleted file stays deleted: the
hidden ledger `.hzreader-imported` remembers every id hash ever written here.
Every write is atomic (temporary file, fsync, rename); a new file never replaces another.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from hzreader.feeds._model import Entry
from hzreader.feeds._names import (
    folder_hash,
    folder_name,
    hash_of_folder,
    hash_of_item_file,
    item_file_name,
    item_hash,
)
from hzreader.feeds._yamlout import check, read_mark, render
from hzreader.safe_write import atomic_write, write_new

LEDGER = ".hzreader-imported"
#: The date line of a file hzreader wrote (`article_mapping` puts it at the top level).
_DATE_LINE = re.compile(r"^date: '?([0-9][0-9T:+\-. Z]*?)'?$", re.MULTILINE)
#: What `plan` decides for an item.
NEW, UPDATE, UNCHANGED, KEPT, DELETED = "new", "updated", "unchanged", "kept", "deleted"


@dataclass(frozen=True)
class Plan:
    """What to do with one entry: `action`, and the file it concerns (None for a new one)."""

    action: str
    path: Path | None = None


class Target:
    """An articles folder being imported into (thread-safe)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock = threading.RLock()
        self._files: dict[str, Path] | None = None
        self._folders: dict[str, Path] | None = None
        self._ledger: set[str] | None = None

    # -- what is there ----------------------------------------------------------------------

    def _scan(self) -> None:
        """Index the item files and feed folders under the root (hidden ones skipped)."""
        files: dict[str, Path] = {}
        folders: dict[str, Path] = {}
        for folder, subfolders, names in os.walk(self.root):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            here = Path(folder)
            if here.parent == self.root and (key := hash_of_folder(here.name)):
                folders.setdefault(key, here)
            for name in names:
                if not name.startswith(".") and (key := hash_of_item_file(name)):
                    files.setdefault(key, here / name)
        self._files, self._folders = files, folders
        try:
            text = (self.root / LEDGER).read_text(encoding="utf-8")
        except FileNotFoundError:
            text = ""
        self._ledger = set(text.split())

    def _index(self) -> tuple[dict[str, Path], dict[str, Path], set[str]]:
        if self._files is None or self._folders is None or self._ledger is None:
            self._scan()
        assert self._files is not None and self._folders is not None
        assert self._ledger is not None
        return self._files, self._folders, self._ledger

    def folder(self, title: str, key: str, *former: str,
               titled: Sequence[str] = ()) -> Path:
        """The folder of one feed, found by `key` or a `former` key (made when its first
        file is written, named by `key`); a `titled` key finds only a folder named with
        this `title` (a key that other feeds may share, as a site's link)."""
        with self._lock:
            _, folders, _ = self._index()
            found = next((folders[folder_hash(k)] for k in (key, *former)
                          if folder_hash(k) in folders), None)
            found = found or next((folders[folder_hash(k)] for k in titled
                                   if folder_hash(k) in folders
                                   and folders[folder_hash(k)].name == folder_name(title, k)),
                                  None)
            if found is None:
                found = self.root / folder_name(title, key)
                folders[folder_hash(key)] = found
            return found

    # -- deciding and writing ---------------------------------------------------------------

    def plan(self, entry: Entry, full: bool) -> Plan:
        """Whether `entry` is new, changed, unchanged, kept (edited by hand) or deleted."""
        with self._lock:
            files, _, ledger = self._index()
            keys = [item_hash(entry.id), *(item_hash(former) for former in entry.former_ids)]
            key = next((k for k in keys if k in files), keys[0])
            path = files.get(key)
            if path is None:
                return Plan(DELETED if any(k in ledger for k in keys) else NEW)
            try:
                mark = read_mark(path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                return Plan(DELETED if key in ledger else NEW)
            except (OSError, UnicodeDecodeError):
                return Plan(KEPT, path)
            if mark is None or not mark[2]:
                return Plan(KEPT, path)
            fingerprint, was_full, _ = mark
            wants_page = full and entry.summary_only and not was_full
            if fingerprint == entry.fingerprint and not wants_page:
                return Plan(UNCHANGED, path)
            return Plan(UPDATE, path)

    def write(self, entry: Entry, folder: Path, full: bool, undated: dt.datetime | None = None
              ) -> tuple[str, Path | str]:
        """Write `entry` as planned: (action, path), or ("error", message). An entry with
        no date gets the date its file already has, else `undated` (when given: the time
        it was first fetched), so that it sorts with the news of that moment, for good."""
        with self._lock:
            plan = self.plan(entry, full)
            if plan.action not in (NEW, UPDATE):
                return plan.action, plan.path or ""
            if entry.date is None and undated is not None:
                kept = _written_date(plan.path) if plan.path is not None else None
                entry = dataclasses.replace(entry, date=kept or undated)
            path = plan.path or folder / item_file_name(entry.title, entry.id)
            text = render(entry, full)
            problem = check(text, str(path))
            if problem is not None:
                return "error", f"could not write a valid article for {entry.id!r}: {problem}"
            try:
                if plan.path is None:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    write_new(path, text)
                else:
                    atomic_write(path, text)
            except FileExistsError:
                return KEPT, path
            key = item_hash(entry.id)
            files, _, ledger = self._index()
            files[key] = path
            if key not in ledger:
                ledger.add(key)
                with open(self.root / LEDGER, "a", encoding="utf-8") as handle:
                    handle.write(key + "\n")
            return plan.action, path


def _written_date(path: Path) -> dt.datetime | None:
    """The date in a file hzreader wrote (and nobody edited), None when it has none."""
    try:
        match = _DATE_LINE.search(path.read_text(encoding="utf-8"))
        return dt.datetime.fromisoformat(match.group(1)) if match else None
    except (OSError, UnicodeDecodeError, ValueError):
        return None
