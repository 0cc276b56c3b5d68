"""The loading sync never waits for the UI while it holds the index's lock, and it stops
when the app leaves (round 18: a terminal killed during a warm sync left the sync thread
waiting in `call_from_thread` on a stuck shutdown, and the next hzreader waited for the lock).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.index import _cache_dir as cache_dir
from hzreader.index._db import file_lock, lock_path
from hzreader.index._store import ArticleStore
from hzreader.ui._app import make_app
from hzreader.ui._loading import SyncProgress, SyncStopped

from test_app import SIZE, _FakeApp, _FakeLibrary, ready


@pytest.fixture(autouse=True)
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every cache inside the test's folder."""
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


def test_a_report_raises_once_the_app_is_leaving() -> None:
    app, leaving = _FakeApp(), [False]
    progress = SyncProgress(app.post, app.show_progress, app.show_library,
                            _FakeLibrary(0), stopping=lambda: leaving[0])  # type: ignore[arg-type]
    progress(0, 10, 0)
    assert app.calls == ["show_progress"]
    leaving[0] = True
    with pytest.raises(SyncStopped):
        progress(10, 10, 40)
    assert app.calls == ["show_progress"]  # nothing more asked of a leaving UI


def test_a_stopped_sync_frees_the_lock_and_keeps_what_it_committed(
        sample_dir: Path) -> None:
    path = cache_dir.store_path([sample_dir])
    store = ArticleStore.open(path)
    reports: list[int] = []

    def stop_after_first(done: int, total: int, articles: int) -> None:
        reports.append(done)
        if len(reports) > 1:
            raise SyncStopped

    with pytest.raises(SyncStopped):
        store.sync([sample_dir], progress=stop_after_first)
    with file_lock(lock_path(path), wait=False):  # BlockingIOError if still held
        pass
    report = store.sync([sample_dir])  # the next start goes on from there
    assert store.count() == 4
    assert report.files_seen == 4


async def test_the_loading_sync_posts_its_reports_and_stops_when_the_app_leaves(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sync's reports reach the UI without the sync waiting for them, and a sync under
    way when the reader quits stops at its next report, leaving the lock free."""
    from hzreader.index import _store

    real_sync = _store.ArticleStore.sync
    seen: list[bool] = []

    def sync_as_the_app_leaves(self: ArticleStore, paths, progress=None, **kwargs):  # type: ignore[no-untyped-def]
        def report(done: int, total: int, articles: int) -> None:
            app.leaving.set()  # Q pressed while the sync runs
            try:
                assert progress is not None
                progress(done, total, articles)
            except SyncStopped:
                seen.append(True)
                raise
        return real_sync(self, paths, progress=report, **kwargs)

    monkeypatch.setattr(_store.ArticleStore, "sync", sync_as_the_app_leaves)
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert seen == [True]
        assert app.loading  # it never said it was done
        path = cache_dir.store_path([sample_dir])
        with file_lock(lock_path(path), wait=False):
            pass


async def test_quitting_tells_the_threads_the_app_is_leaving(sample_dir: Path) -> None:
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert not app.leaving.is_set()
        await pilot.press("Q")
        assert app.leaving.is_set()


async def test_a_report_that_comes_after_the_load_goes(sample_dir: Path) -> None:
    """The sync's reports are posted to the app's queue and `loaded` comes by
    `call_from_thread`, which does not wait behind them: a report still queued when the
    load ends must not bring back "finding key figures…" or an older library."""
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.loading and app.indexing is None
        library = app.library
        app.post_report(app.show_progress, 4, 4, 4)  # as the sync posts them
        app.post_report(app.show_library, _FakeLibrary(1))
        await pilot.pause()
        assert app.indexing is None
        assert app.library is library
        assert "finding" not in str(app.query_one("#status").render())
