"""An opened folder that is removed, or replaced by another of its name, is watched again."""

from __future__ import annotations

import queue
import shutil
import threading
from pathlib import Path

import pytest

from hzreader.files import _watch as files_watch

pytest.importorskip("watchfiles")


def follow(watcher: files_watch.EventWatcher, stop: threading.Event) -> queue.Queue[set[str]]:
    """The watcher's change sets, as they come, from a thread."""
    found: queue.Queue[set[str]] = queue.Queue()

    def run() -> None:
        for changed in watcher.changes(stop):
            if changed:
                found.put(changed)

    threading.Thread(target=run, daemon=True).start()
    return found


def next_with(found: queue.Queue[set[str]], path: Path) -> set[str]:
    """The first change set that names `path` (events may come in several sets)."""
    while True:
        changed = found.get(timeout=20)
        if str(path) in changed:
            return changed


@pytest.mark.parametrize("how", ["removed", "moved away", "made again at once"])
def test_a_replaced_folder_is_watched_again(tmp_path: Path, how: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files_watch, "GONE_CHECK_S", 0.05)
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.yaml").write_text("title: A\nbody: x\n", encoding="utf-8")
    watcher = files_watch.EventWatcher([folder])
    stop = threading.Event()
    found = follow(watcher, stop)
    try:
        if how == "removed":
            shutil.rmtree(folder)
        elif how == "moved away":
            folder.rename(tmp_path / "news.old")
        if how != "made again at once":
            next_with(found, folder)  # gone: its articles go
        else:  # rm -rf && mkdir: the new folder often gets the old one's inode number
            shutil.rmtree(folder)
        folder.mkdir()
        (folder / "b.yaml").write_text("title: B\nbody: y\n", encoding="utf-8")
        next_with(found, folder)  # back: read again
        if how == "made again at once":  # told gone and back in one go: then watched anew
            next_with(found, folder)
        (folder / "c.yaml").write_text("title: C\nbody: z\n", encoding="utf-8")
        next_with(found, folder / "c.yaml")  # and watched: a new file is an event
    finally:
        stop.set()
        watcher.close()
