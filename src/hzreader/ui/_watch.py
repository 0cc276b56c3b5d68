"""Keeping the app's library up to date: index progress on a cold start, then polling.

`WatchingApp` polls the opened folders (a cheap incremental sync) and shows what changed;
`SyncProgress` reports a running sync to the UI.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from textual import work

from hzreader.files import Collection
from hzreader.library import Library, MemoryLibrary, StoreLibrary
from hzreader.ui._reading import ReadingApp

#: Polling the folders may use about this share of one core.
POLL_SHARE = 0.1
#: While indexing, the growing list is reloaded at most this often (seconds) ...
LIST_INTERVAL = 1.5
#: ... and reloading it may take about this share of the time (it competes with indexing).
LIST_SHARE = 0.02
#: Polling waits until the reader has not typed or moved for this long (seconds).
ACTIVE_SECONDS = 1.0


class WatchingApp(ReadingApp):
    """Polls the opened folders and refreshes the library when files change."""

    library: Library
    paths: Sequence[Path]
    collection: Collection
    watch_interval: float
    #: When the reader last typed a query or moved in the list (`time.monotonic()`).
    last_activity: float = 0.0

    def show_library(self, library: Library) -> None:
        """Swap in a new or refreshed library (the app shows it)."""
        raise NotImplementedError

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
            self.refresh_library()
        finally:
            if self.watch_interval and self.is_running:
                with contextlib.suppress(RuntimeError):  # the app closed meanwhile
                    self.call_from_thread(self.schedule_poll, time.monotonic() - started)

    def refresh_library(self) -> None:
        """Bring the library up to date with the files (in a worker thread)."""
        library = self.library
        if isinstance(library, StoreLibrary):
            try:
                report = library.store.sync(self.paths, workers=1)
            except (sqlite3.Error, OSError) as error:
                self.log.warning(f"could not refresh the index: {error}")
                return
            if report.files_parsed or report.files_removed:
                self.call_from_thread(self.show_library, library.refreshed())
        elif self.collection.refresh().any:
            result = self.collection.result()
            self.call_from_thread(self.show_library,
                                  MemoryLibrary(result.articles, result.problems))


class SyncProgress:
    """Reports indexing progress to the UI about twice a second, growing the list as it goes.

    The first articles of a cold start are shown as soon as they are committed.
    """

    def __init__(self, call_from_thread: Callable[..., Any],
                 show_progress: Callable[[int, int, int], None],
                 show_library: Callable[[Library], None], library: StoreLibrary) -> None:
        self.call_from_thread = call_from_thread
        self.show_progress = show_progress
        self.show_library = show_library
        self.library = library
        self.last = 0.0
        self.last_list = time.monotonic()
        self.list_interval = LIST_INTERVAL
        self.shown = len(library.items) > 0

    def __call__(self, done: int, total: int, articles: int) -> None:
        now = time.monotonic()
        first = articles > 0 and not self.shown
        if not first and now - self.last < 0.5 and done < total:
            return
        self.last = now
        self.call_from_thread(self.show_progress, done, total, articles)
        if first or (now - self.last_list > self.list_interval and articles):
            self.shown = True
            self.library = self.library.refreshed()
            self.last_list = time.monotonic()
            # Reloading 100k headlines takes a fraction of a second of the process that
            # writes the index: keep it to a small share, so the list does not slow down the
            # indexing it reports on.
            self.list_interval = max(LIST_INTERVAL, (self.last_list - now) / LIST_SHARE)
            self.call_from_thread(self.show_library, self.library)
