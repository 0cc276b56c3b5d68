"""Files written so that nothing is ever half written or lost: a temporary file, fsynced,
renamed over the old one (`atomic_write`) or linked to a new name, never replacing a file
(`write_new`), under an advisory lock when several processes may write it (`locked`)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


def new_file_mode() -> int:
    """The permissions a file created now gets (0o666 less the umask, as `open` gives)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere it can only be read by setting it
    os.umask(mask)
    return 0o666 & ~mask


def _written_beside(path: Path, text: str) -> str:
    """A temporary file beside `path` holding `text`, fsynced, with the permissions of the
    file it replaces, or those of a new file (not mkstemp's owner-only 0600): its name."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            try:
                mode = os.stat(path).st_mode & 0o7777
            except OSError:
                mode = new_file_mode()
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp


def atomic_write(path: Path, text: str) -> None:
    """Write `text` to a temporary file, fsync it, rename it over `path`, fsync the folder."""
    temp = _written_beside(path, text)
    try:
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


def write_new(path: Path, text: str) -> None:
    """Write a new file atomically; raises FileExistsError rather than replace one."""
    temp = _written_beside(path, text)
    try:
        try:
            os.link(temp, path)  # fails if the name is taken: never replaces a file
        except (AttributeError, NotImplementedError, PermissionError):
            if path.exists():  # pragma: no cover - file systems without hard links
                raise FileExistsError(path) from None
            os.replace(temp, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


@contextlib.contextmanager
def locked(lock_path: Path) -> Iterator[None]:
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
