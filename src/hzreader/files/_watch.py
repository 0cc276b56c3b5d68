"""OS file events for the opened paths (inotify, FSEvents, ReadDirectoryChangesW via
`watchfiles`), turned into the set of changed paths a sync or refresh looks at again.

Where there are no usable events (watchfiles missing, a network file system, events forced
off with `HZREADER_WATCH=poll`, or the watcher fails) the caller polls instead.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from hzreader.files._walk import YAML_SUFFIXES, place

#: watchfiles' change kinds (`watchfiles.Change`).
ADDED, MODIFIED, DELETED = 1, 2, 3
#: Changes are grouped for up to this long (ms) ...
DEBOUNCE_MS = 800
#: ... and handed over once none came for this long (ms).
STEP_MS = 100
#: After this long (ms) without a change, `changes` hands over an empty set ("quiet now").
QUIET_MS = 15_000
#: Set to "poll" to never use OS events (for a network drive this does not recognise).
ENV_MODE = "HZREADER_WATCH"
#: File systems whose changes made elsewhere send no events here: polled.
NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
    "lustre", "gpfs", "beegfs", "davfs", "fuse.davfs2", "fuse.sshfs", "sshfs", "fuse.rclone",
    "fuse.s3fs", "fuse.gcsfuse", "fuse.glusterfs", "fuse.cephfs", "virtiofs", "vboxsf",
})


#: How often (s) an opened folder that was removed is looked for again ...
GONE_CHECK_S = 0.5
#: ... and how long (s) the others wait for it before they are watched again without it.
GONE_WAIT_S = 10.0


def _identity(folder: str) -> tuple[int, int] | None:
    """Which folder is at `folder` now (device and inode); None when none is."""
    try:
        info = os.stat(folder)
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if os.path.isdir(folder) else None


class WatchUnavailable(Exception):
    """OS file events cannot be used for these paths; the message says why."""


def changed_paths(events: Iterable[tuple[int, str]], opened: Sequence[Path]) -> set[str]:
    """The paths worth looking at again among raw (change, absolute path) events.

    Kept: YAML files, folders that came or went (a folder moved in sends one event for all
    its files), a deleted name that may have been a folder, and the opened paths themselves.
    Dropped: hidden names, paths outside the opened ones, other files, and a folder's own
    "modified" (its files send their own events).
    """
    kept: set[str] = set()
    for change, path in events:
        where = place(path, opened)
        if where is None:
            continue
        if where is False or path.lower().endswith(YAML_SUFFIXES):
            kept.add(path)
        elif os.path.isdir(path):
            if change != MODIFIED:
                kept.add(path)
        elif not os.path.lexists(path):
            kept.add(path)
    return kept


def _unescape_mount(field: str) -> str:
    """A mount point as /proc/mounts writes it (`\\040` for a space) made plain."""
    return re.sub(r"\\([0-7]{3})", lambda octal: chr(int(octal.group(1), 8)), field)


def file_system_of(path: str, mounts: str = "/proc/self/mounts") -> str | None:
    """The file system type holding `path` (Linux; None where it cannot be told)."""
    try:
        with open(mounts, encoding="utf-8", errors="replace") as table:
            entries = [line.split() for line in table]
    except OSError:
        return None
    real = os.path.realpath(path)
    best, kind = "", None
    for fields in entries:
        if len(fields) < 3:
            continue
        point = _unescape_mount(fields[1])
        inside = real == point or real.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def events_unavailable(paths: Sequence[Path]) -> str | None:
    """Why OS file events cannot be used for `paths`, or None when they can."""
    if os.environ.get(ENV_MODE, "").strip().lower() == "poll":
        return f"{ENV_MODE}=poll"
    try:
        import watchfiles  # noqa: F401
    except ImportError:
        return "watchfiles is not installed"
    if sys.platform.startswith("linux"):
        for path in paths:
            kind = file_system_of(str(path))
            if kind in NETWORK_FILE_SYSTEMS:
                return f"{path} is on a network file system ({kind})"
    return None


class EventWatcher:
    """Watches the opened paths by OS events from the moment it is made.

    Making it sets the watches up (so nothing changed afterwards is missed); `changes`
    then hands over sets of changed paths until the stop event is set. Only opened folders
    are watched: an editor that saves by replacing a file would end a watch on the file
    itself, so opened single files are left to a (cheap) poll of just them.
    """

    def __init__(self, paths: Sequence[Path]) -> None:
        reason = events_unavailable(paths)
        if reason is not None:
            raise WatchUnavailable(reason)
        try:
            from watchfiles._rust_notify import RustNotify
        except ImportError as error:
            raise WatchUnavailable(f"watchfiles cannot be used: {error}") from error

        self.paths = list(paths)
        self._make_notify = RustNotify
        folders = [str(path) for path in self.paths if path.is_dir()]
        if not folders:
            raise WatchUnavailable("no folder is opened")
        self._notify: Any = None
        self._watch(folders)

    def _watch(self, folders: list[str]) -> None:
        """Set up the watches of `folders` (the opened ones there now), noting which folder
        each is: one removed, or replaced by another of its name, is no longer watched."""
        try:
            # paths, debug, force_polling, poll_delay_ms, recursive, ignore_permission_denied
            self._notify = self._make_notify(folders, False, False, 300, True, True)
        except (OSError, RuntimeError, TypeError) as error:  # e.g. the inotify watch limit
            raise WatchUnavailable(f"file events failed: {error}") from error
        self._watched = {folder: _identity(folder) for folder in folders}

    def _lost(self, raw: object = None) -> list[str]:
        """The watched folders that are gone, or are now another folder of the same name,
        or whose deletion the events `raw` tell (a folder made again at once may get the
        same inode number: only the event tells it apart, and its watch is dead)."""
        deleted = {path for change, path in raw if change == DELETED} \
            if isinstance(raw, set) else set()
        return [folder for folder, known in self._watched.items()
                if folder in deleted or _identity(folder) != known]

    def _rewatch(self, lost: list[str], stop: threading.Event) -> Iterator[set[str]]:
        """After the opened folders `lost` were removed or replaced: hand over their paths
        (their articles go), look every `GONE_CHECK_S` until the watched folders are there
        again (or, after `GONE_WAIT_S`, some of them), watch those anew and hand them over
        to be read."""
        yield set(lost)
        self._notify.close()
        wanted = list(self._watched)
        waited = 0.0
        while not stop.wait(GONE_CHECK_S):
            waited += GONE_CHECK_S
            there = [folder for folder in wanted if os.path.isdir(folder)]
            if len(there) == len(wanted) or (there and waited >= GONE_WAIT_S):
                self._watch(there)
                yield set(there)
                return

    def changes(self, stop: threading.Event) -> Iterator[set[str]]:
        """Sets of changed paths (absolute) as they come, until `stop` is set; an empty set
        after `QUIET_MS` without changes.

        Raises `WatchUnavailable` when the watcher fails on the way.
        """
        while not stop.is_set():
            try:
                raw = self._notify.watch(DEBOUNCE_MS, STEP_MS, QUIET_MS, stop)
            except (OSError, RuntimeError) as error:
                raise WatchUnavailable(f"file events failed: {error}") from error
            if raw in ("stop", "signal"):
                return
            if lost := self._lost(raw):
                yield from self._rewatch(lost, stop)
            elif raw == "timeout":
                yield set()
            elif isinstance(raw, set):
                changed = changed_paths(raw, self.paths)
                if changed:
                    yield changed

    def close(self) -> None:
        """Stop watching."""
        self._notify.close()
