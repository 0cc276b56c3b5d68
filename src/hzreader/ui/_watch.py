"""Keeping the app's library up to date with the files: file events, or polling.

`WatchingApp` watches the opened folders by OS file events (`files.EventWatcher`) and
re-reads only the files that changed; where there are no events (no watchfiles, a network
drive, `HZREADER_WATCH=poll`, or the watcher fails) it polls instead. `SyncProgress` reports
a running sync to the UI.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Sequence
from concurrent.futures import CancelledError
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events, work
from textual.timer import Timer

from hzreader.library import Library, MemoryLibrary, StoreLibrary
from hzreader.text import counted
from hzreader.ui._reading import ReadingApp

if TYPE_CHECKING:  # the file code loads after the first paint, with the first sync
    from hzreader.files import Collection, EventWatcher

#: Polling the folders may use about this share of one core.
POLL_SHARE = 0.1
#: Polling waits until the reader has not typed or moved for this long (seconds).
ACTIVE_SECONDS = 1.0
#: In a burst of file events, re-reading may use about this share of one core.
EVENT_SHARE = 0.5
#: A refresh from file events that takes longer than this (seconds) is told in the status
#: line ("reading 6,000 changed files…"); a single changed file is re-read before, unseen.
TELL_REFRESH_AFTER = 0.5
#: What the reader does (rather than what a refresh does to the list).
_INPUT_EVENTS = (events.Key, events.MouseDown, events.MouseScrollUp, events.MouseScrollDown)


def refresh_note(files: int, folders: int = 0) -> str:
    """ "reading 3,000 changed files…"; folders (a folder moved in: read whole) only when
    no file is named: "reading 1 changed folder…"."""
    if files or not folders:
        return f"reading {counted(files, 'changed file')}…"
    return f"reading {counted(folders, 'changed folder')}…"


class WatchingApp(ReadingApp, app_layer=True):
    """Watches the opened folders and refreshes the library when files change."""

    library: Library
    paths: Sequence[Path]
    _collection: Collection | None = None
    _collection_lock = threading.Lock()
    watch_interval: float
    #: When the reader last typed a query or moved in the list (`time.monotonic()`).
    last_activity: float = 0.0
    #: When the reader last pressed a key, clicked or scrolled.
    last_input: float = 0.0
    #: OS file events for the opened folders, set up before the first sync (None: polling).
    watcher: EventWatcher | None = None
    #: How the folders are watched, for the log and the tests ("events", "polling (why)").
    watch_mode: str = ""
    #: The status line's note while a long refresh runs ("reading 6,000 changed files…").
    refresh_note: str = ""
    #: How many articles the status line says match (None: no search), as last shown.
    shown_count: int | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: One refresh at a time (file events and the poll of single files may meet).
        self._refreshing = threading.Lock()
        #: Set when the app closes: the thread that follows file events ends.
        self._stop_watching = threading.Event()
        #: A path-limited sync changed the index: save the headline snapshot when quiet.
        self._snapshot_due = False
        #: Tells a refresh in the status line once it has run `TELL_REFRESH_AFTER`.
        self._refresh_timer: Timer | None = None

    def on_unmount(self) -> None:
        """Stop following file events."""
        self._stop_watching.set()

    async def on_event(self, event: events.Event) -> None:
        """Note when the reader last typed, clicked or scrolled (refreshes wait for a pause)."""
        if isinstance(event, _INPUT_EVENTS):
            self.last_input = time.monotonic()
        await super().on_event(event)

    def show_library(self, library: Library) -> None:
        """Swap in a new or refreshed library (the app shows it)."""
        raise NotImplementedError

    def update_status(self, shown: int | None = None) -> None:
        """Tell the articles, results, indexing progress and problems (the app does it)."""
        raise NotImplementedError

    def refresh_began(self, count: int, folders: int = 0) -> None:
        """A refresh of `count` changed files (and `folders` changed folders, each read
        whole) began: tell it if it lasts (`TELL_REFRESH_AFTER`)."""
        note = refresh_note(count, folders)
        if self._refresh_timer is not None:
            self._refresh_timer.stop()
        self._refresh_timer = self.set_timer(TELL_REFRESH_AFTER,
                                             lambda: self._tell_refresh(note))

    def _tell_refresh(self, note: str) -> None:
        self._refresh_timer = None
        self.refresh_note = note
        self.update_status(self.shown_count)

    def refresh_ended(self) -> None:
        """The refresh is done (its results are shown): the note goes."""
        if self._refresh_timer is not None:
            self._refresh_timer.stop()
            self._refresh_timer = None
        if self.refresh_note:
            self.refresh_note = ""
            self.update_status(self.shown_count)

    def open_watcher(self) -> None:
        """Set up OS file events now (before the first sync, so no change slips between).

        Called from the loading thread; without events, `start_watching` polls.
        """
        if not self.watch_interval:
            return
        from hzreader.files import EventWatcher, WatchUnavailable

        try:
            self.watcher = EventWatcher(self.paths)
        except WatchUnavailable as error:
            self.watch_mode = f"polling ({error})"

    @property
    def collection(self) -> Collection:
        """The opened files read into memory (the fallback without an index), made on first use."""
        with self._collection_lock:
            if self._collection is None:
                from hzreader.files import Collection

                self._collection = Collection(self.paths)
            return self._collection

    def start_watching(self) -> None:
        """Once loaded: follow the file events, or poll where there are none.

        Opened single files are never watched by events (see `EventWatcher`): with events
        for the folders, just those files are polled, which costs next to nothing.
        """
        if not self.watch_interval:
            return
        if self.watcher is None:
            self.schedule_poll(0.0)
            return
        self.watch_mode = "events"
        # A thread of its own, not a worker: it runs as long as the app (until unmount).
        threading.Thread(target=self.follow_events, args=(self.watcher, self._stop_watching),
                         name="hzreader-file-events", daemon=True).start()
        if any(not path.is_dir() for path in self.paths):
            self.schedule_poll(0.0)

    def follow_events(self, watcher: EventWatcher, stop: threading.Event) -> None:
        """Re-read what the events name; poll if they fail.

        A refresh waits while the reader types or scrolls, and in a burst of changes the
        refreshes keep to about `EVENT_SHARE` of a core (the changes meanwhile are merged).
        """
        cost = finished = 0.0
        from hzreader.files import WatchUnavailable

        try:
            for changed in watcher.changes(stop):
                if not changed:  # quiet for a while
                    self.save_snapshot()
                    continue
                while (wait := max(ACTIVE_SECONDS - (time.monotonic() - self.last_input),
                                   cost / EVENT_SHARE - (time.monotonic() - finished))) > 0:
                    if stop.wait(wait):
                        return
                began = time.monotonic()
                self.refresh_library(changed)
                finished = time.monotonic()
                cost = finished - began
        except CancelledError:  # the app closed while a refresh told it something
            return
        except WatchUnavailable as error:
            self.log.warning(f"file events stopped ({error}); polling instead")
            with contextlib.suppress(RuntimeError, CancelledError):  # the app closed meanwhile
                self.call_from_thread(self.fall_back_to_polling, str(error))
        except RuntimeError:
            if self.is_running:
                raise
            # else the app closed while a refresh was under way: nothing to show it on
        finally:
            watcher.close()

    @work(thread=True, exclusive=True, group="catch-up")
    def catch_up(self) -> None:
        """Show the index as it is now when another hzreader on the same folders changed it
        (a listed article was found gone): its file events were synced there first."""
        library = self.library
        if isinstance(library, StoreLibrary) and library.stale:
            with contextlib.suppress(RuntimeError, CancelledError):  # the app closed meanwhile
                self.call_from_thread(self.show_library, library.refreshed())

    def save_snapshot(self) -> None:
        """After path-limited syncs, save the index's headline snapshot (for a fast start)."""
        library = self.library
        if not self._snapshot_due or not isinstance(library, StoreLibrary):
            return
        self._snapshot_due = False
        try:
            library.store.save_snapshot()
        except (sqlite3.Error, OSError) as error:
            self.log.warning(f"could not save the headline snapshot: {error}")

    def fall_back_to_polling(self, reason: str) -> None:
        """The file events failed: poll the folders from now on."""
        self.watcher = None
        self.watch_mode = f"polling ({reason})"
        if self.is_running:
            self.schedule_poll(0.0)

    def single_files(self) -> set[str] | None:
        """With file events for the folders, the opened single files to poll (else None)."""
        if self.watcher is None:
            return None
        return {os.path.abspath(path) for path in self.paths if not path.is_dir()}

    def schedule_poll(self, last_scan: float) -> None:
        """Look at the folders again after `watch_interval`, or later when a scan is slow.

        Scanning 100,000 files takes a second or two of CPU: the pause after a scan keeps
        polling to about `POLL_SHARE` of one core, so typing and scrolling stay smooth.
        """
        if self.is_running:
            delay = max(self.watch_interval, last_scan / POLL_SHARE)
            self.set_timer(delay, self.poll_tick, name="poll-files")

    def poll_tick(self) -> None:
        """Poll now, unless the reader is busy typing or moving (then a little later)."""
        if time.monotonic() - self.last_activity < ACTIVE_SECONDS:
            self.set_timer(ACTIVE_SECONDS, self.poll_tick, name="poll-files")
        else:
            self.poll_files()

    @work(thread=True, exclusive=True, group="poll")
    def poll_files(self) -> None:
        """Look for added, changed and removed files; re-read only those."""
        started = time.monotonic()
        try:
            self.refresh_library(self.single_files())
        finally:
            if self.watch_interval and self.is_running:
                with contextlib.suppress(RuntimeError, CancelledError):  # the app closed meanwhile
                    self.call_from_thread(self.schedule_poll, time.monotonic() - started)

    def refresh_library(self, changed: set[str] | None = None) -> None:
        """Bring the library up to date with the files (in a worker thread).

        With `changed` (absolute paths) only those files and folders are looked at.
        """
        with self._refreshing:
            self._refresh(changed)

    def _refresh(self, changed: set[str] | None) -> None:
        """`refresh_library` under its lock; a refresh of changed paths is told in the
        status line if it lasts (`refresh_began`)."""
        if not changed:
            self._sync_changes(changed)
            return
        folders = sum(1 for path in changed if os.path.isdir(path))  # not counted as files
        self.call_from_thread(self.refresh_began, len(changed) - folders, folders)
        try:
            self._sync_changes(changed)
        finally:
            self.call_from_thread(self.refresh_ended)

    def _sync_changes(self, changed: set[str] | None) -> None:
        """Re-read the changed files (`changed` None: look at every file) and show them."""
        library = self.library
        if isinstance(library, StoreLibrary):
            try:
                report = library.store.sync(self.paths, workers=1, changed=changed)
            except (sqlite3.Error, OSError) as error:
                self.log.warning(f"could not refresh the index: {error}")
                return
            if report.files_parsed or report.files_removed or library.stale:
                # `stale`: another hzreader on the same folders synced the change first
                self._snapshot_due = self._snapshot_due or changed is not None
                self.call_from_thread(self.show_library, library.refreshed())
            elif library.store.problems() != library.problems:  # e.g. a looping link came
                self.call_from_thread(self.show_library, library.refreshed())
        elif self.collection.refresh(changed).any:
            result = self.collection.result()
            self.call_from_thread(self.show_library,
                                  MemoryLibrary(result.articles, result.problems))
