"""A search as the user types stops when a newer one begins (`find(..., serial=N)`)."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from hzreader.index import SearchInterrupted
from hzreader.index import _cache_dir as cache_dir
from hzreader.index._store import ArticleStore
from hzreader.query import parse_query

#: Counts to a billion: without being stopped it would run for minutes.
ENDLESS = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1e9) "
           "SELECT count(*) FROM n")


@pytest.fixture
def store(sample_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ArticleStore:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    opened = ArticleStore.open(cache_dir.store_path([sample_dir]))
    opened.sync([sample_dir])
    return opened


def wait_for(condition: Any) -> None:
    """Until `condition()` holds (another thread's progress), at most 10 s."""
    deadline = time.monotonic() + 10
    while not condition():
        assert time.monotonic() < deadline, "the other thread never got there"
        time.sleep(0.001)


def typed_search(store: ArticleStore, text: str, serial: int
                 ) -> tuple[threading.Thread, list[object]]:
    """A search as typed, in a thread of its own: its answer, or its stop, lands in the list."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(store.find(parse_query(text), serial=serial))
        except SearchInterrupted as stopped:
            outcome.append(stopped)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def test_a_newer_search_stops_the_running_one(store: ArticleStore,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    real_find = store._find
    started = threading.Event()

    def slow_then_real(query: Any, order: str) -> Any:
        if not started.is_set():
            started.set()
            store._conn.execute(ENDLESS).fetchone()  # a broad query, as "body:s" at 100k
        return real_find(query, order)

    monkeypatch.setattr(store, "_find", slow_then_real)
    thread, outcome = typed_search(store, "output", 1)
    started.wait(10)
    newer = store.find(parse_query("metro"), serial=2)
    thread.join(10)
    assert not thread.is_alive()
    assert isinstance(outcome[0], SearchInterrupted)
    assert newer.rowids()  # the newer search ran, on the same connection
    assert store.find(parse_query("output")).rowids()  # and the connection works on


def test_a_search_still_waiting_for_the_connection_is_not_run(store: ArticleStore) -> None:
    with store._lock:  # the connection is busy (another search, a headline read)
        thread, outcome = typed_search(store, "output", 1)
        wait_for(lambda: store._newest_serial == 1)
        newer = store.find(parse_query("metro"), serial=2)
    thread.join(10)
    assert isinstance(outcome[0], SearchInterrupted)
    assert newer.rowids()


def test_a_search_typed_earlier_that_comes_later_is_not_run(store: ArticleStore) -> None:
    """Threads may reach the index in another order than the keys were typed: the serial,
    not the order of arrival, tells which search is wanted."""
    assert store.find(parse_query("metro"), serial=5).rowids()
    with pytest.raises(SearchInterrupted):
        store.find(parse_query("m"), serial=4)  # typed before "metro", arrived after
    assert store.find(parse_query("metro"), serial=5).rowids()  # the same one again: runs


def test_other_searches_are_never_stopped(store: ArticleStore,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The figures table's and the command's searches run to the end whatever is typed."""
    real_find = store._find
    started = threading.Event()
    finished = threading.Event()

    def watched(query: Any, order: str) -> Any:
        if not started.is_set():
            started.set()
            finished.wait(10)  # a typed search begins meanwhile
        return real_find(query, order)

    monkeypatch.setattr(store, "_find", watched)
    outcome: list[object] = []
    thread = threading.Thread(target=lambda: outcome.append(store.find(parse_query("output"))))
    thread.start()
    started.wait(10)
    with store._search_guard:  # as a typed search does when it begins
        store._newest_serial += 1
    finished.set()
    thread.join(10)
    assert outcome and outcome[0].rowids()  # type: ignore[attr-defined]


def test_a_real_error_is_not_taken_for_a_stop(store: ArticleStore,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(query: Any, order: str) -> Any:
        raise sqlite3.OperationalError("fts5: syntax error")

    monkeypatch.setattr(store, "_find", broken)
    with pytest.raises(sqlite3.OperationalError, match="syntax"):
        store.find(parse_query("output"), serial=1)
    monkeypatch.undo()
    assert store.find(parse_query("output"), serial=2).rowids()  # no handler left


async def test_the_app_drops_a_search_typed_over_without_a_word(sample_dir: Path) -> None:
    """The app's searches ask to be stopped by newer ones, and a stopped one says nothing."""
    from hzreader.ui._app import HzReaderApp, make_app

    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app, HzReaderApp)
        await app.workers.wait_for_complete()
        await pilot.pause()
        real_search = app.library.search
        asked: list[tuple[str, bool]] = []

        def search(query: Any, status: Any = None, order: str = "date",
                   serial: int | None = None) -> Any:
            asked.append((query.raw, serial is not None))
            if query.raw == "metr":  # as if "metro" had begun meanwhile
                raise SearchInterrupted
            return real_search(query, status, order, serial)

        app.library.search = search
        await pilot.press("slash", "m", "e", "t", "r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert ("metr", True) in asked and ("metro", True) in asked
        assert [item.title for item in app.headlines.items] == ["Metro line opens in Hangzhou"]
        assert not [note for note in app._notifications if "failed" in str(note.message)]
