"""Following the folders by OS file events, re-reading only what changed; polling as fallback."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from hzreader.files import Collection, changed_paths, events_unavailable
from hzreader.files import _watch as files_watch
from hzreader.index import ArticleStore
from hzreader.index import _plan as store_plan
from hzreader.ui._app import HzReaderApp, make_app

from test_app import SIZE, ready

#: Far longer than any test: a change that shows up cannot have come from a poll.
NO_POLL = 3600.0


def titles(app: HzReaderApp) -> list[str]:
    return [item.title for item in app.headlines.items]


async def until(pilot: Pilot[int], condition: Callable[[], bool], tries: int = 500) -> bool:
    """Let the app run until `condition` holds (a bounded number of short pauses)."""
    for _ in range(tries):
        if condition():
            return True
        await pilot.pause(0.02)
    return condition()


def count_scans(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record every full scan of the folders an index sync makes."""
    scans: list[int] = []
    real = store_plan.discover_names

    def counting(paths: object) -> object:
        scans.append(1)
        return real(paths)  # type: ignore[arg-type]

    monkeypatch.setattr(store_plan, "discover_names", counting)
    return scans


# --- in the app --------------------------------------------------------------------------------


async def test_a_new_file_shows_up_by_file_events(sample_dir: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    scans = count_scans(monkeypatch)
    app = make_app([sample_dir], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.watch_mode == "events"
        assert scans == [1]  # the sync at start
        (sample_dir / "late.yaml").write_text("title: Late arrival\ndate: 2031-01-01\n"
                                              "body: x\n", encoding="utf-8")
        assert await until(pilot, lambda: "Late arrival" in titles(app))
        assert titles(app)[0] == "Late arrival"
        assert scans == [1]  # only the new file was looked at, not the whole folder


async def test_a_looping_link_in_the_folder_does_not_hide_changes(
    sample_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The OS watcher follows `up -> ..` and names the folder by that way round.
    (sample_dir / "up").symlink_to("..", target_is_directory=True)
    scans = count_scans(monkeypatch)
    app = make_app([sample_dir], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        (sample_dir / "late.yaml").write_text("title: Late arrival\nbody: x\n", encoding="utf-8")
        assert await until(pilot, lambda: "Late arrival" in titles(app))
        assert len(app.headlines.items) == 5 and scans == [1]


async def test_edits_removals_and_a_folder_moved_in_show_up(
    sample_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    scans = count_scans(monkeypatch)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "one.yaml").write_text("title: Moved in\nbody: x\n", encoding="utf-8")
    app = make_app([sample_dir], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        (sample_dir / "city.yaml").write_text("title: Metro line delayed\nbody: y\n",
                                              encoding="utf-8")
        (sample_dir / "sports.yaml").unlink()
        outside.rename(sample_dir / "moved")
        assert await until(pilot, lambda: {"Metro line delayed", "Moved in"} <= set(titles(app))
                           and "Local club wins the cup" not in titles(app))
        assert "Metro line opens in Hangzhou" not in titles(app)
        assert len(app.headlines.items) == 4
        assert scans == [1]


async def test_events_work_without_the_index_too(sample_dir: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import hzreader.ui._loading

    def broken(paths: object, **options: object) -> None:
        raise sqlite3.OperationalError("no such module: fts5")

    monkeypatch.setattr(hzreader.ui._loading, "open_store_library", broken)
    refreshes: list[object] = []
    real = Collection.refresh

    def spy(self: Collection, changed: object = None) -> object:
        refreshes.append(changed)
        return real(self, changed)  # type: ignore[arg-type]

    monkeypatch.setattr(Collection, "refresh", spy)
    app = make_app([sample_dir], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.watch_mode == "events" and refreshes == [None]
        (sample_dir / "late.yaml").write_text("title: Late arrival\nbody: x\n", encoding="utf-8")
        assert await until(pilot, lambda: "Late arrival" in titles(app))
        # Each refresh after the first looked at the new file only.
        assert refreshes[1:] and all(changed == {str(sample_dir / "late.yaml")}
                                     for changed in refreshes[1:])


async def test_without_events_the_folders_are_polled(sample_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HZREADER_WATCH", "poll")
    app = make_app([sample_dir], watch_interval=0.05)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.watch_mode == "polling (HZREADER_WATCH=poll)"
        (sample_dir / "late.yaml").write_text("title: Late arrival\nbody: x\n", encoding="utf-8")
        assert await until(pilot, lambda: "Late arrival" in titles(app))


async def test_when_the_events_fail_the_app_polls_instead(sample_dir: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(self: object, stop: object) -> object:
        raise files_watch.WatchUnavailable("the watch limit was reached")
        yield set()  # a generator, like the real one

    monkeypatch.setattr(files_watch.EventWatcher, "changes", failing)
    app = make_app([sample_dir], watch_interval=0.05)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert await until(pilot, lambda: app.watch_mode.startswith("polling"))
        assert app.watch_mode == "polling (the watch limit was reached)"
        (sample_dir / "late.yaml").write_text("title: Late arrival\nbody: x\n", encoding="utf-8")
        assert await until(pilot, lambda: "Late arrival" in titles(app))


async def test_an_opened_single_file_is_polled_on_its_own(
    sample_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    scans = count_scans(monkeypatch)
    single = tmp_path / "single.yaml"
    single.write_text("title: Single file\nbody: x\n", encoding="utf-8")
    app = make_app([sample_dir, single], watch_interval=0.05)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.watch_mode == "events"
        single.write_text("title: Single file, edited\nbody: x\n", encoding="utf-8")
        info = single.stat()
        os.utime(single, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
        assert await until(pilot, lambda: "Single file, edited" in titles(app))
        assert scans == [1]  # the poll looked at the file only


# --- the pure parts ----------------------------------------------------------------------------


def test_events_become_the_paths_worth_a_look(tmp_path: Path) -> None:
    root = tmp_path / "news"
    (root / "folder").mkdir(parents=True)
    (root / "notes.txt").write_text("x")
    (root / "a.yaml").write_text("x")
    events = [
        (1, str(root / "a.yaml")), (3, str(root / "gone.yml")),  # YAML files
        (1, str(root / "folder")),  # a folder came: walk it
        (2, str(root / "folder")),  # a folder's own change: its files tell
        (3, str(root / "was-a-folder")),  # gone: perhaps a folder
        (2, str(root / "notes.txt")),  # not an article file
        (1, str(root / ".a.yaml.swp")), (1, str(root / ".git" / "x.yaml")),  # hidden
        (1, str(tmp_path / "elsewhere.yaml")),  # outside
    ]
    assert changed_paths(events, [root]) == {
        str(root / "a.yaml"), str(root / "gone.yml"), str(root / "folder"),
        str(root / "was-a-folder")}


def test_network_file_systems_are_polled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mounts = tmp_path / "mounts"
    share = tmp_path / "my share"
    share.mkdir()
    escaped = str(share).replace(" ", "\\040")  # as /proc/mounts writes a space
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\nserver:/export {escaped} nfs4 rw 0 0\n")
    real = files_watch.file_system_of
    assert real(str(share / "x"), str(mounts)) == "nfs4"
    assert real(str(tmp_path), str(mounts)) == "ext4"
    monkeypatch.setattr(files_watch, "file_system_of", lambda path: real(path, str(mounts)))
    monkeypatch.setattr(files_watch.sys, "platform", "linux")
    assert events_unavailable([share]) == f"{share} is on a network file system (nfs4)"
    assert events_unavailable([tmp_path]) is None
    monkeypatch.setenv("HZREADER_WATCH", "poll")
    assert events_unavailable([tmp_path]) == "HZREADER_WATCH=poll"


# --- syncing only what changed -----------------------------------------------------------------


@pytest.fixture
def indexed(sample_dir: Path, tmp_path: Path) -> ArticleStore:
    store = ArticleStore.open(tmp_path / "index.sqlite3")
    store.sync([sample_dir], workers=0)
    return store


def store_titles(store: ArticleStore) -> list[str]:
    return sorted(heading.title for heading in store.headlines())


def test_a_changed_file_costs_one_file(indexed: ArticleStore, sample_dir: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    scans = count_scans(monkeypatch)
    (sample_dir / "new.yaml").write_text("title: New\nbody: x\n", encoding="utf-8")
    report = indexed.sync([sample_dir], workers=0, changed=[str(sample_dir / "new.yaml")])
    assert (report.files_seen, report.files_parsed, report.files_removed) == (1, 1, 0)
    (sample_dir / "new.yaml").unlink()
    (sample_dir / "sports.yaml").unlink()
    report = indexed.sync([sample_dir], workers=0, changed=[
        str(sample_dir / "new.yaml"), str(sample_dir / "sports.yaml"),
        str(sample_dir / "city.yaml")])  # unchanged: looked at, not read
    assert (report.files_seen, report.files_parsed, report.files_removed) == (1, 0, 2)
    assert scans == []
    assert indexed.sync([sample_dir], workers=0).files_parsed == 0  # it agrees with a scan


def test_folders_that_come_and_go(indexed: ArticleStore, sample_dir: Path) -> None:
    folder = sample_dir / "world"
    (folder / "deep").mkdir(parents=True)
    (folder / "deep" / "w.yaml").write_text("title: World\nbody: x\n", encoding="utf-8")
    (folder / "up").symlink_to("..", target_is_directory=True)
    indexed.sync([sample_dir], workers=0, changed=[str(folder)])
    assert "World" in store_titles(indexed)
    assert [os.path.basename(p.path) for p in indexed.problems()] == ["up"]
    (folder / "up").unlink()
    (folder / "deep" / "w.yaml").unlink()
    (folder / "deep").rmdir()
    indexed.sync([sample_dir], workers=0, changed=[str(folder / "deep"), str(folder / "up")])
    assert "World" not in store_titles(indexed) and indexed.problems() == []


def test_a_looping_link_added_at_run_time_is_one_warning(indexed: ArticleStore,
                                                        sample_dir: Path) -> None:
    (sample_dir / "newdir").mkdir()
    (sample_dir / "newdir" / "a.yaml").write_text("title: New\nbody: x\n", encoding="utf-8")
    (sample_dir / "newdir" / "tmplink").symlink_to("/tmp", target_is_directory=True)
    (sample_dir / "tmplink3").symlink_to("/tmp", target_is_directory=True)
    for _ in range(2):  # told again: still once
        indexed.sync([sample_dir], workers=0, changed=[
            str(sample_dir / "newdir"), str(sample_dir / "newdir" / "a.yaml"),
            str(sample_dir / "newdir" / "tmplink"), str(sample_dir / "tmplink3")])
        assert sorted(os.path.basename(p.path) for p in indexed.problems()) == [
            "tmplink", "tmplink3"]
    (sample_dir / "tmplink3").unlink()
    indexed.sync([sample_dir], workers=0, changed=[str(sample_dir / "tmplink3")])
    assert [os.path.basename(p.path) for p in indexed.problems()] == ["tmplink"]


async def test_a_looping_link_added_to_an_opened_folder_shows_in_the_problems(
        sample_dir: Path) -> None:
    app = make_app([sample_dir], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.watch_mode == "events" and app.library.problems == []
        (sample_dir / "tmplink3").symlink_to("/tmp", target_is_directory=True)
        assert await until(pilot, lambda: len(app.library.problems) == 1)
        assert "would loop" in app.library.problems[0].message
        assert "warning" in str(app.query_one("#status").render())


def test_the_collection_tells_a_new_looping_link(sample_dir: Path) -> None:
    collection = Collection([sample_dir])
    collection.refresh()
    (sample_dir / "tmplink3").symlink_to("/tmp", target_is_directory=True)
    report = collection.refresh([str(sample_dir / "tmplink3")])
    assert report.any  # the app shows the new problem list
    assert [os.path.basename(p.path) for p in collection.result().problems] == ["tmplink3"]
    assert collection.refresh([str(sample_dir / "tmplink3")]).any is False  # nothing new


def test_a_change_to_an_opened_folder_itself_scans_it_all(
    indexed: ArticleStore, sample_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    scans = count_scans(monkeypatch)
    report = indexed.sync([sample_dir], workers=0, changed=[str(sample_dir)])
    assert scans == [1] and report.files_seen == 4


def test_the_collection_refreshes_only_what_changed(sample_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    collection = Collection([sample_dir])
    collection.refresh()
    (sample_dir / "new.yaml").write_text("title: New\nbody: x\n", encoding="utf-8")
    (sample_dir / "sports.yaml").unlink()
    monkeypatch.setattr("hzreader.files._collection.discover",
                        lambda paths: pytest.fail("a full scan"))
    report = collection.refresh([str(sample_dir / "new.yaml"), str(sample_dir / "sports.yaml")])
    assert (report.added, report.changed, report.removed) == (1, 0, 1)
    assert sorted(a.title for a in collection.result().articles) == [
        "Factory output rises 5.2 percent in October", "Metro line opens in Hangzhou", "New",
        "Undated feature about tea"]


async def test_renaming_or_removing_the_article_under_the_cursor_keeps_the_place(
        sample_dir: Path) -> None:
    """tryout11: renaming the file of the article under the cursor sent the cursor to the
    top (and the reading pane to another article); removing it did the same. A renamed
    article stays under the cursor, a removed one gives way to the next, as in newsboat."""
    app = make_app([sample_dir], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "j")
        current = app.headlines.current
        assert current is not None and app.headlines.cursor == 2
        title, path = current.title, Path(app.library.article(current).path)
        await pilot.press("enter")
        path.rename(path.with_name("renamed.yaml"))
        assert await until(pilot, lambda: app.headlines.current is not None
                           and app.headlines.current.id != current.id)
        assert app.headlines.current.title == title and app.headlines.cursor == 2
        assert app.reader.article is not None and app.reader.article.title == title
        following = app.headlines.items[3].title
        path.with_name("renamed.yaml").unlink()
        assert await until(pilot, lambda: title not in titles(app))
        assert app.headlines.cursor == 2 and app.headlines.current.title == following
        # what is being read stays on screen until it is left (as in less and newsboat) ...
        assert app.reader.article is not None and app.reader.article.title == title
        assert app.reading_gone
        # ... and the next article is the one that took its place, not the one after it
        await pilot.press("J")
        await pilot.pause()
        assert app.reader.article.title == following and app.headlines.cursor == 2
        assert not app.reading_gone


async def test_a_removed_article_being_read_gives_way_when_the_list_takes_the_focus(
        sample_dir: Path) -> None:
    app = make_app([sample_dir], watch_interval=NO_POLL)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j")
        current = app.headlines.current
        assert current is not None
        title, path = current.title, Path(app.library.article(current).path)
        await pilot.press("enter")
        path.unlink()
        assert await until(pilot, lambda: title not in titles(app))
        assert app.reader.article is not None and app.reader.article.title == title
        await pilot.press("q")  # back to the list: the reading pane follows its cursor again
        await pilot.pause()
        assert app.focused is app.headlines
        assert app.reader.article.title == app.headlines.current.title != title
        await pilot.press("j", "k")  # and moves with it as ever
        assert app.reader.article.title == app.headlines.current.title
