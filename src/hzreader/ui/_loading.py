"""Loading the articles: the warm start from an existing index before the first paint,
then the loading thread that opens the index, syncs it with the files (reporting progress as
the list grows) and warms up the first search; without an index, the files are read into
memory.

The sync holds the index's file lock, so it never waits for the UI: its reports are posted
(`call_later`, thread-safe), not called (`call_from_thread` would wait for an event loop that
may be stuck in a shutdown, keeping every later hzreader on these folders waiting), and it
stops at its next report once the app is leaving. A posted report may run after `loaded`
(which does not queue behind it): it is then dropped (`post_report`).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from typing import Any

from textual import work
from textual.worker import NoActiveWorker, get_current_worker

from hzreader.library import Library, MemoryLibrary, StoreLibrary, open_store_library
from hzreader.query import parse_query
from hzreader.ui._watch import ACTIVE_SECONDS, WatchingApp

#: While indexing, the growing list is reloaded at most this often (seconds) ...
LIST_INTERVAL = 1.5
#: ... and reloading it may take about this share of the time (it competes with indexing).
LIST_SHARE = 0.02
#: Below this many columns or rows, messages the status line shows anyway do not pop up.
SMALL_SCREEN = (100, 30)


#: What the app says while another hzreader holds the index of the same folders.
WAITING_MESSAGE = ("Another hzreader is updating the index of these folders: the articles "
                   "follow as soon as it is done.")


class LoadingApp(WatchingApp, app_layer=True):
    """Shows the index at once when there is one, and brings it up to date in a thread."""

    #: "2 files skipped, 1 file partly read" about the library's problems ("" if none).
    errors_summary: str

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.loading = True
        #: (files done, files in all, articles) while the index is being built.
        self.indexing: tuple[int, int, int] | None = None
        #: Set once headlines are on screen: a warm start syncs only after that first paint.
        self.headlines_painted = threading.Event()

    def warm_start(self) -> Library | None:
        """Show the headlines an existing index holds at once, before the first paint.

        No thread hop and no search: the list is drawn in the first frame. Anything unusual
        (no index yet, another process rebuilding it, an error) leaves it to `load_articles`.
        """
        try:
            library = open_store_library(self.paths, existing=True, first=True)
        except (sqlite3.Error, OSError):
            return None
        if not len(library.items):
            return None
        self.show_library(library)
        return library

    @work(thread=True, exclusive=True, group="load")
    def load_articles(self, shown: Library | None = None) -> None:
        """Open the index and show what it holds, then bring it up to date with the files.

        `shown` is the index the warm start already showed (maybe only its first headlines:
        all of them follow once the list is painted). Falls back to reading the files into
        memory when the index cannot be used.
        """
        try:
            library = shown if isinstance(shown, StoreLibrary) else \
                open_store_library(self.paths, waiting=self._say_waiting)
            if len(library.items):
                if shown is None:
                    self.call_from_thread(self.show_library, library)  # warm start: at once
                # Scanning the folders holds the GIL for a while: let the list paint first.
                self.headlines_painted.wait(timeout=2.0)
                if library.partial:
                    library = library.refreshed()
                    self.call_from_thread(self.show_library, library)
            self.open_watcher()  # before the sync: a change made during it is not missed
            progress = SyncProgress(self.post_report, self.show_progress,
                                    self.show_library, library, busy=self.reader_busy,
                                    stopping=self.sync_must_stop)
            library.store.sync(self.paths, progress=progress, workers=2,
                               waiting=self._say_waiting)
            library = library.refreshed()
            # What the first search would do once (the date order, the first letters' SQL:
            # ≈ 30 ms at 100,000 articles) is done here, before a key is typed.
            library.search(parse_query("a"))
        except SyncStopped:  # the app is leaving: what was committed stays for next time
            return
        except (sqlite3.Error, OSError) as error:
            self.call_from_thread(self.notify, f"Search index unavailable ({error}); "
                                  "reading the files directly.", severity="warning",
                                  markup=False)
            if self.watcher is None:
                self.open_watcher()
            self.collection.refresh()
            result = self.collection.result()
            self.call_from_thread(self.loaded, MemoryLibrary(result.articles, result.problems))
            return
        self.call_from_thread(self.loaded, library)

    def _say_waiting(self) -> None:
        """Another hzreader holds the index (building it): say so while this one waits."""
        self.call_later(self.show_waiting)

    def sync_must_stop(self) -> bool:
        """Whether the loading sync should stop (from its thread): the app is leaving, or
        Textual cancelled the worker in its shutdown."""
        if self.leaving.is_set():
            return True
        try:
            return get_current_worker().is_cancelled
        except NoActiveWorker:
            return False

    def show_waiting(self) -> None:
        """Tell the reader why nothing comes yet (on the UI thread)."""
        if not self.headlines.items:
            self.headlines.empty_message = WAITING_MESSAGE
            self.headlines.refresh()
        self.notify(WAITING_MESSAGE, timeout=6)

    def loaded(self, library: Library) -> None:
        """Show what was loaded, tell about what was not, and start watching the folders."""
        self.loading = False
        self.indexing = None
        self.show_library(library)
        if self.errors_summary and self.room_for_toasts():
            self.notify(f"{self.errors_summary}: press p to see why.",
                        severity="warning", markup=False, timeout=6)
        self.start_watching()

    def room_for_toasts(self) -> bool:
        """Whether a message that the status line says anyway may also pop up: not on a
        small screen (under 100 columns or 30 rows), where it would hide the last lines
        of the article for seconds; the status line's problems part ends with "(p to see)"
        at any width."""
        width, height = self.size
        return width >= SMALL_SCREEN[0] and height >= SMALL_SCREEN[1]

    def show_progress(self, done: int, total: int, articles: int) -> None:
        """The status line while the index is being built; a search's count stays ("12 of
        3,903 articles match"), not "3,903 articles" until its next result (tryout11)."""
        self.indexing = (done, total, articles)
        self.update_status(self.shown_count)

    def post_report(self, callback: Callable[..., object], *args: Any) -> None:
        """Post a report of the loading sync to the UI thread (from the sync's thread,
        without waiting: `SyncProgress`'s `post`). One that runs after `loaded` goes: the
        reports queue in the app's messages while `loaded` comes by `call_from_thread`,
        which does not wait behind them; a late one would say "finding key figures…" for
        good, or swap back a library older than the one loaded."""
        self.call_later(self._report, callback, *args)

    def _report(self, callback: Callable[..., object], *args: Any) -> None:
        """Run a posted report (on the UI thread) while the load is under way."""
        if self.loading:
            callback(*args)

    def reader_busy(self) -> bool:
        """Whether the reader pressed a key, clicked or scrolled within `ACTIVE_SECONDS`:
        the growing list of a first start then waits (from the loading thread)."""
        return time.monotonic() - self.last_input < ACTIVE_SECONDS

    @work(thread=True, group="warm-up")
    def warm_up(self) -> None:
        """Load and compile what the first search needs while the reader looks at the list,
        so that the first key typed does not pay for it."""
        from hzreader.index import why_unranked
        from hzreader.query import tokenize

        tokenize("新闻 news")  # compiles the CJK patterns
        why_unranked(parse_query("warm up"))  # loads the search SQL


class SyncStopped(Exception):
    """Raised from a progress report to stop the sync: the app is leaving."""


class SyncProgress:
    """Reports indexing progress to the UI about twice a second, growing the list as it goes.

    The first articles of a cold start are shown as soon as they are committed. Later
    reloads of the list wait while the reader is `busy` (typing a search, moving): each
    one runs the search again and replaces the list under the keys, and reading the
    headlines competes with the UI thread for the interpreter.

    `post` hands a call to the UI thread without waiting for it; once `stopping` says so, a
    report raises `SyncStopped`.
    """

    def __init__(self, post: Callable[..., Any],
                 show_progress: Callable[[int, int, int], None],
                 show_library: Callable[[Library], None], library: StoreLibrary,
                 busy: Callable[[], bool] = lambda: False,
                 stopping: Callable[[], bool] = lambda: False) -> None:
        self.post = post
        self.stopping = stopping
        self.show_progress = show_progress
        self.show_library = show_library
        self.library = library
        self.busy = busy
        self.last = 0.0
        self.last_list = time.monotonic()
        self.list_interval = LIST_INTERVAL
        self.shown = len(library.items) > 0
        #: When the first report came and how many files were done then (the pace).
        self.pace_from: tuple[float, int] | None = None
        #: The list was reloaded once every file was read.
        self.complete_shown = False

    def __call__(self, done: int, total: int, articles: int) -> None:
        if self.stopping():
            raise SyncStopped
        now = time.monotonic()
        if self.pace_from is None:
            self.pace_from = (now, done)
        first = articles > 0 and not self.shown
        # Every file read (the text is searchable): the whole list, once, if it lacks any.
        complete = done >= total and not self.complete_shown and \
            articles != len(self.library.items)
        if not first and not complete and now - self.last < 0.5 and done < total:
            return
        self.last = now
        self.post(self.show_progress, done, total, articles)
        due = now - self.last_list > self.list_interval and articles > 0
        if first or (complete or due and not self.ends_within(self.list_interval, done,
                                                              total, now)) and not self.busy():
            self.shown = True
            self.complete_shown = done >= total
            self.library = self.library.refreshed()
            self.last_list = time.monotonic()
            # Reloading 100k headlines takes a fraction of a second of the process that
            # writes the index: keep it to a small share, so the list does not slow down the
            # indexing it reports on.
            self.list_interval = max(LIST_INTERVAL, (self.last_list - now) / LIST_SHARE)
            self.post(self.show_library, self.library)

    def ends_within(self, seconds: float, done: int, total: int, now: float) -> bool:
        """Whether the files left are read within `seconds` at the pace so far: the whole
        list then comes at the end, and a reload now would only cost time and memory (at
        100,000 articles ≈ 10 MB more for a moment, while the workers hold theirs)."""
        assert self.pace_from is not None
        started, done_then = self.pace_from
        if done >= total or now <= started or done <= done_then:
            return False
        pace = (done - done_then) / (now - started)
        return (total - done) / pace < seconds
