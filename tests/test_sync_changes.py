"""What a sync reads again: touched files (same bytes), one folder under two names, and
files that vanish between the walk and their reading."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from hzreader.files import Collection, file_digest
from hzreader.index import _cache_dir as cache_dir
from hzreader.index import _plan as store_plan
from hzreader.index import _sync as store_sync
from hzreader.index import _work as store_work
from hzreader.index._store import ArticleStore
from hzreader.query import parse_query
from hzreader.ui._app import make_app
from test_archive import archive_text
from test_watch import NO_POLL, until
from test_watch import titles as app_titles

from test_app import SIZE, ready


def set_mtime(path: Path, seconds_ago: float) -> int:
    """Give `path` an mtime `seconds_ago` before now; that mtime in ns."""
    mtime = time.time_ns() - int(seconds_ago * 1e9)
    os.utime(path, ns=(mtime, mtime))
    return mtime


def yaml_files(folder: Path) -> list[Path]:
    """The article files under `folder`."""
    return [path for path in folder.rglob("*.y*ml") if path.suffix in (".yaml", ".yml")]


def age(folder: Path, seconds_ago: float = 3600) -> None:
    """Every YAML file under `folder` last changed `seconds_ago` (long before any read)."""
    for path in yaml_files(folder):
        set_mtime(path, seconds_ago)


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any parsing of a file by a sync fail the test."""
    def fail(*args: Any, **kwargs: Any) -> None:
        pytest.fail("a file was parsed")
    monkeypatch.setattr(store_sync, "parse_batch", fail)


def files_rows(store: ArticleStore) -> dict[str, tuple[int, int, int | None]]:
    """shown path -> (size, mtime_ns, hash) of the `files` table."""
    conn = sqlite3.connect(store.db_path)
    try:
        return {shown: (size, mtime, digest) for shown, size, mtime, digest in
                conn.execute("SELECT shown, size, mtime_ns, hash FROM files")}
    finally:
        conn.close()


def titles(store: ArticleStore, query: str) -> list[str]:
    return sorted(store.get(rowid).title for rowid in store.search(parse_query(query)))


def opened(folder: Path) -> ArticleStore:
    """The store of `folder`, synced."""
    store = ArticleStore.open(cache_dir.store_path([folder]))
    store.sync([folder], workers=0)
    return store


# --- touched files: the same bytes are not parsed again ---------------------------------------


def test_touched_files_take_their_new_stamp_without_being_parsed(
    sample_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    age(sample_dir)
    store = opened(sample_dir)
    rowids = sorted(store.search(parse_query("")))
    before = files_rows(store)
    assert all(digest is not None for _, _, digest in before.values())
    age(sample_dir, 60)  # `touch`, `git checkout`, a copy without -t: new mtimes, same bytes
    no_parsing(monkeypatch)
    report = store.sync([sample_dir], workers=0)
    assert (report.files_parsed, report.files_removed, report.articles) == (0, 0, 4)
    after = files_rows(store)
    for shown, (size, mtime, digest) in after.items():
        assert (size, digest) == (before[shown][0], before[shown][2])
        assert mtime == os.stat(shown).st_mtime_ns != before[shown][1]
    assert sorted(store.search(parse_query(""))) == rowids  # the same rows: nothing moved
    # The new stamps were stored: the next sync does not even read the files.
    monkeypatch.setattr(store_plan, "file_digest", lambda file: pytest.fail("read"))
    assert store.sync([sample_dir], workers=0).files_parsed == 0
    assert store.is_current([sample_dir])


def test_touched_files_named_by_file_events_are_not_parsed_either(
    sample_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    age(sample_dir)
    store = opened(sample_dir)
    age(sample_dir, 60)
    no_parsing(monkeypatch)
    changed = [str(path) for path in yaml_files(sample_dir)]
    assert store.sync([sample_dir], workers=0, changed=changed).files_parsed == 0


def test_a_touched_file_with_other_bytes_is_parsed(sample_dir: Path) -> None:
    age(sample_dir)
    store = opened(sample_dir)
    (file,) = [p for p in sample_dir.glob("*.yaml") if "Metro line" in p.read_text()]
    text = file.read_text()
    file.write_text(text.replace("Metro line", "Metro lane"))  # the same size
    set_mtime(file, 60)
    report = store.sync([sample_dir], workers=0)
    assert report.files_parsed == 1
    assert titles(store, "lane") == ["Metro lane opens in Hangzhou"]


def test_a_change_that_keeps_size_and_mtime_is_seen_when_it_came_soon_after_a_read(
    sample_dir: Path,
) -> None:
    """A file read within `RACY_NS` of its last change could change again within the same
    tick of the file system's clock, same size and mtime: its stamp cannot vouch for it,
    so the next sync compares its digest."""
    age(sample_dir)
    (file,) = [p for p in sample_dir.glob("*.yaml") if "Metro line" in p.read_text()]
    mtime = set_mtime(file, 0)  # just written
    store = opened(sample_dir)
    assert files_rows(store)[str(file)][1] == store_work.RECHECK_MTIME
    file.write_text(file.read_text().replace("Metro line", "Metro lane"))
    os.utime(file, ns=(mtime, mtime))  # the same stamp as when it was read
    assert os.stat(file).st_size == files_rows(store)[str(file)][0]
    assert store.sync([sample_dir], workers=0).files_parsed == 1
    assert titles(store, "lane") == ["Metro lane opens in Hangzhou"]


def test_a_file_changed_long_after_it_was_read_is_stamped_as_it_is(sample_dir: Path) -> None:
    age(sample_dir)
    store = opened(sample_dir)
    assert store_work.RECHECK_MTIME not in {mtime for _, mtime, _ in files_rows(store).values()}
    assert store_work.recheck(0, store_work.RACY_NS - 1)
    assert not store_work.recheck(0, store_work.RACY_NS)


def test_a_broken_version_keeps_its_own_digest_so_the_good_bytes_back_are_read(
    sample_dir: Path,
) -> None:
    """A file kept at its last good version: its row has the broken bytes' digest (its
    problems are theirs), so putting the good bytes back clears them."""
    age(sample_dir)
    store = opened(sample_dir)
    (file,) = [p for p in sample_dir.glob("*.yaml") if "Metro line" in p.read_text()]
    good = file.read_bytes()
    file.write_text('title: "Metro line opens\nbody: x\n')  # never closed
    set_mtime(file, 120)
    store.sync([sample_dir], workers=0)
    assert files_rows(store)[str(file)][2] == file_digest(str(file))
    assert [p.severity for p in store.problems()] == ["error", "warning"]
    file.write_bytes(good)
    set_mtime(file, 60)
    store.sync([sample_dir], workers=0)
    assert store.problems() == [] and titles(store, "metro") == ["Metro line opens in Hangzhou"]


def test_a_touched_archive_in_parts_is_not_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(store_work, "SPLIT_MIN_BYTES", 2048)
    monkeypatch.setattr(store_work, "PART_BYTES", 1024)
    folder = tmp_path / "news"
    folder.mkdir()
    archive = folder / "archive.yaml"
    archive.write_text(archive_text(60), encoding="utf-8")
    age(folder)
    store = opened(folder)
    assert files_rows(store)[str(archive)][2] == file_digest(str(archive))
    age(folder, 60)
    no_parsing(monkeypatch)
    assert store.sync([folder], workers=0).files_parsed == 0
    assert store.count() == 60


# --- one folder, two names ---------------------------------------------------------------------


def test_a_folder_opened_through_a_symlink_and_by_its_real_path_shares_one_index(
    sample_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    link = tmp_path / "link"
    link.symlink_to(sample_dir, target_is_directory=True)
    assert cache_dir.store_path([link]) == cache_dir.store_path([sample_dir])
    age(sample_dir)
    store = opened(link)
    rowids = sorted(store.search(parse_query("")))
    assert all(store.get(r).path.startswith(f"{link}{os.sep}") for r in rowids)
    no_parsing(monkeypatch)
    for folder in (sample_dir, link, sample_dir):
        report = store.sync([folder], workers=0)
        assert (report.files_parsed, report.files_removed, report.articles) == (0, 0, 4)
        assert sorted(store.search(parse_query(""))) == rowids  # the same rows
        # Shown as opened: the paths in the reading pane and in problems are the user's.
        assert all(store.get(r).path.startswith(f"{folder}{os.sep}") for r in rowids)
        assert set(files_rows(store)) == {str(folder / p.relative_to(sample_dir))
                                          for p in yaml_files(sample_dir)}
        assert store.is_current([folder])


def test_a_change_seen_by_its_real_path_in_a_folder_opened_through_a_symlink(
    sample_dir: Path, tmp_path: Path,
) -> None:
    link = tmp_path / "link"
    link.symlink_to(sample_dir, target_is_directory=True)
    store = opened(link)
    (file,) = [p for p in sample_dir.glob("*.yaml") if "Metro line" in p.read_text()]
    for changed, word in ((file, "tram"), (link / file.name, "ferry")):
        file.write_text(f"title: {word} line opens\nbody: x\n")  # a watcher names it
        set_mtime(file, 60)                                       # either way
        report = store.sync([link], workers=0, changed=[str(changed)])
        assert (report.files_parsed, report.files_removed, report.articles) == (1, 0, 4)
        [rowid] = store.search(parse_query(word))
        assert store.get(rowid).path == str(link / file.name)
    file.unlink()
    report = store.sync([link], workers=0, changed=[str(file)])
    assert (report.files_removed, report.articles) == (1, 3)


def test_file_keys_join_the_path_below_the_folder_to_its_real_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    (tmp_path / "link").symlink_to(real, target_is_directory=True)
    keys = store_plan.FileKeys()
    expected = f"{real}{os.sep}sub{os.sep}a.yaml"
    assert keys(f"{tmp_path}/link/sub/a.yaml", f"{tmp_path}/link") == expected
    assert keys(f"{real}/sub/a.yaml", f"{real}/") == expected
    assert keys(f"{real}/sub/a.yaml", f"{real}/sub") == expected
    monkeypatch.chdir(tmp_path)
    assert keys("link/sub/a.yaml", "link") == expected
    monkeypatch.chdir(real / "sub")
    assert store_plan.FileKeys()("a.yaml", ".") == expected


# --- files gone between the walk and their reading --------------------------------------------


def move_after_the_walk(monkeypatch: pytest.MonkeyPatch, old: Path, new: Path) -> None:
    """Rename `old` to `new` once the next full walk has listed the files."""
    walk = store_plan.discover_names

    def walk_then_move(paths: Any) -> Any:
        found = walk(paths)
        old.rename(new)
        monkeypatch.setattr(store_plan, "discover_names", walk)
        return found

    monkeypatch.setattr(store_plan, "discover_names", walk_then_move)


@pytest.mark.parametrize("known", [False, True], ids=["cold", "warm"])
def test_files_moved_away_during_a_sync_are_removals_not_problems(
    sample_dir: Path, monkeypatch: pytest.MonkeyPatch, known: bool,
) -> None:
    """`mv news/2019 news/y2019` while the first index is built: the files listed under the
    old name are gone when read. Not "cannot read file": the next look finds them."""
    sub = sample_dir / "sub"
    sub.mkdir()
    for name in ("a", "b"):
        (sub / f"{name}.yaml").write_text(f"title: Moved {name}\nbody: x\n", encoding="utf-8")
    store = ArticleStore.open(cache_dir.store_path([sample_dir]))
    if known:
        age(sample_dir)
        store.sync([sample_dir], workers=0)
        for path in sub.glob("*.yaml"):
            set_mtime(path, 60)  # changed, so read again
    move_after_the_walk(monkeypatch, sub, sample_dir / "renamed")
    report = store.sync([sample_dir], workers=0)
    assert store.problems() == []
    assert (report.articles, report.files_removed) == (4, 2)
    assert titles(store, "moved") == []
    report = store.sync([sample_dir], workers=0)  # the next look (a file event, a poll)
    assert store.problems() == [] and report.articles == 6
    assert titles(store, "moved") == ["Moved a", "Moved b"]


def test_a_file_gone_before_it_is_read_is_no_problem_but_a_dangling_link_is(
    tmp_path: Path,
) -> None:
    (tmp_path / "dangling.yaml").symlink_to(tmp_path / "no\x1bwhere.yaml")
    [gone, dangling] = store_work.parse_batch([(str(tmp_path / "gone.yaml"), str(tmp_path)),
                                               (str(tmp_path / "dangling.yaml"), str(tmp_path))])
    assert gone.gone and gone.problems == []
    assert not dangling.gone
    assert [row[1] for row in dangling.problems] == [  # the target as `ls -b` shows it
        f"broken symlink: {tmp_path / 'no'}\\x1bwhere.yaml does not exist"]


def test_a_folder_gone_during_the_walk_is_no_problem(
    sample_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from hzreader.files import _walk

    (sample_dir / "sub").mkdir()
    scandir = os.scandir

    def vanishing(path: Any) -> Any:
        if str(path).endswith("sub"):
            raise FileNotFoundError(2, "No such file or directory", str(path))
        return scandir(path)

    monkeypatch.setattr(_walk.os, "scandir", vanishing)
    found, problems = _walk.discover_names([sample_dir])
    assert problems == [] and len(found) == 4


def test_the_memory_library_takes_a_file_gone_before_it_is_read_as_removed(
    sample_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from hzreader.files import _collection

    collection = Collection([sample_dir])
    collection.refresh()
    (file,) = [p for p in sample_dir.glob("*.yaml") if "Metro line" in p.read_text()]
    file.write_text("title: Tram\nbody: x\n")
    set_mtime(file, 60)
    discover = _collection.discover

    def walk_then_remove(paths: Any) -> Any:
        found = discover(paths)
        file.unlink()
        return found

    monkeypatch.setattr(_collection, "discover", walk_then_remove)
    report = collection.refresh()
    assert (report.changed, report.removed) == (0, 1)
    result = collection.result()
    assert result.problems == [] and len(result.articles) == 3


# --- in the app --------------------------------------------------------------------------------


async def test_a_folder_renamed_while_the_first_index_is_built_shows_no_problem(
    sample_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    sub = sample_dir / "y2019"
    sub.mkdir()
    for name in ("a", "b"):
        (sub / f"{name}.yaml").write_text(f"title: Moved {name}\nbody: x\n", encoding="utf-8")
    move_after_the_walk(monkeypatch, sub, sample_dir / "y2019-renamed")
    app = make_app([sample_dir], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.watch_mode == "events"
        assert app.library.problems == []
        assert "skipped" not in str(app.query_one("#status").render())
        # The rename's file events bring the files back under their new name.
        assert await until(pilot, lambda: {"Moved a", "Moved b"} <= set(app_titles(app)))
        assert app.library.problems == []
        assert all("y2019-renamed" in app.library.article(item).path
                   for item in app.headlines.items if "Moved" in item.title)


async def test_the_app_opens_a_folder_indexed_through_a_symlink_without_parsing(
    sample_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    link = tmp_path / "link"
    link.symlink_to(sample_dir, target_is_directory=True)
    age(sample_dir)
    for folder in (link, sample_dir):
        app = make_app([folder], watch_interval=NO_POLL)
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot)
            assert len(app_titles(app)) == 4
            article = app.library.article(app.headlines.items[0])
            assert article.path.startswith(f"{folder}{os.sep}")  # as the reader opened it
        no_parsing(monkeypatch)  # the second time: nothing read again
