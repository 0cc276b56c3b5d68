"""A warm start draws its first screen from the head of the headline snapshot, then lists all."""

from __future__ import annotations

import marshal
import sys
import threading
from pathlib import Path

import pytest

from hzreader.index import _cache_dir as cache_dir
from hzreader.index import _snapshot
from hzreader.index._headlines import FirstHeadlines
from hzreader.index._store import ArticleStore
from hzreader.library._indexed import StoreLibrary, open_store_library
from hzreader.ui._app import make_app

#: More articles than a snapshot's head holds.
COUNT = _snapshot.HEAD_ROWS + 44


def write_many(folder: Path, count: int = COUNT) -> Path:
    """One file of `count` dated articles (the last one newest)."""
    folder.mkdir(parents=True, exist_ok=True)
    documents = [f"title: Report number {n}\ndate: 2024-01-01T00:{n // 60:02d}:{n % 60:02d}\n"
                 f"body: Text of report {n} about trade.\n" for n in range(count)]
    (folder / "many.yaml").write_text("---\n".join(documents), encoding="utf-8")
    return folder


@pytest.fixture
def many(tmp_path: Path) -> Path:
    folder = write_many(tmp_path / "many")
    store = ArticleStore.open(cache_dir.store_path([folder]))
    store.sync([folder], workers=0)
    store.close()
    return folder


def test_the_head_is_the_first_headlines_and_the_count_of_all(many: Path) -> None:
    store = ArticleStore.open(cache_dir.store_path([many]))
    every = list(store.headlines())
    first = store.first_headlines()
    assert isinstance(first, FirstHeadlines) and not first.complete
    assert len(first) == COUNT and len(first.ids) == _snapshot.HEAD_ROWS
    assert list(first) == every  # rows past the head are read one by one
    assert first[-1] == every[-1] and first[_snapshot.HEAD_ROWS] == every[_snapshot.HEAD_ROWS]
    with pytest.raises(IndexError):
        first[COUNT]
    assert first[2:5] == every[2:5]


def test_a_small_collection_is_all_in_the_head(sample_dir: Path) -> None:
    store = ArticleStore.open(cache_dir.store_path([sample_dir]))
    store.sync([sample_dir], workers=0)
    first = store.first_headlines()
    assert first is not None and first.complete and list(first) == list(store.headlines())
    assert not StoreLibrary(store, first).partial


def test_a_snapshot_of_the_old_format_is_read_by_sql_and_written_anew(many: Path) -> None:
    store = ArticleStore.open(cache_dir.store_path([many]))
    every = list(store.headlines())
    conn = store._conn
    old = marshal.dumps(((1, *sys.version_info[:2]), [], [], [], [], [], [], []))
    conn.execute("UPDATE snapshot SET data = ?", (old,))
    assert _snapshot.snapshot_columns(old) is None and store.first_headlines() is None
    assert list(store.headlines()) == every  # from SQL
    assert _snapshot.store_snapshot(conn)  # same generation, but an old format: rewritten
    assert not _snapshot.store_snapshot(conn)
    assert list(store.headlines()) == every and len(store.first_headlines() or ()) == COUNT


def test_a_damaged_snapshot_is_no_head() -> None:
    assert _snapshot.snapshot_columns(b"") is None
    assert _snapshot.snapshot_columns(_snapshot._MAGIC + b"\xff\xff\xff\x7f") is None


def test_a_partial_library_becomes_whole_when_refreshed(many: Path) -> None:
    library = open_store_library([many], existing=True, first=True)
    assert library.partial and len(library.items) == COUNT
    whole = library.refreshed()
    assert not whole.partial and list(whole.items) == list(library.items)


async def test_the_app_lists_every_headline_after_a_warm_start(many: Path) -> None:
    app = make_app([many])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.library.partial and len(app.library.items) == COUNT
        assert app.headlines.current is not None
        assert app.headlines.current.title == f"Report number {COUNT - 1}"
        await pilot.press("G")
        assert app.headlines.current.title == "Report number 0"
        await pilot.press("slash", *"report")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.headlines.items) == COUNT


async def test_a_query_typed_before_the_whole_list_is_searched_after(
    many: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The whole list waits until the query is typed: on a loaded machine it came before the
    # test's first look (tidy17: `first.partial` failed under a load of 12 on 2 cores).
    typed = threading.Event()
    refreshed = StoreLibrary.refreshed

    def after_typing(library: StoreLibrary) -> StoreLibrary:
        typed.wait(timeout=30)
        return refreshed(library)

    monkeypatch.setattr(StoreLibrary, "refreshed", after_typing)
    app = make_app([many])
    async with app.run_test(size=(120, 40)) as pilot:
        first = app.library
        assert first.partial  # the first screen: the head of the snapshot
        app.search_bar.input.value = "number 17"
        await pilot.pause()
        typed.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        found = {h.title for h in app.headlines.items}  # a number is whole: not 170…179
        assert found == {"Report number 17"}
        app.search_bar.input.value = "number 17 repo"  # the last word typed is a prefix
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert {h.title for h in app.headlines.items} == {"Report number 17"}


def test_a_sync_that_changes_nothing_keeps_the_snapshot(many: Path) -> None:
    library = open_store_library([many], existing=True)
    library.store.sync([many], workers=0)
    assert library.refreshed() is library  # every file as it was: no reload
    (many / "more.yaml").write_text("title: One more report\nbody: Text.\n", encoding="utf-8")
    library.store.sync([many], workers=0)
    again = library.refreshed()
    assert again is not library and len(again.items) == COUNT + 1
