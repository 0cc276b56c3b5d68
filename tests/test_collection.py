"""Incremental refresh of the opened folders (live folders)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from hzreader.files._collection import Collection
from hzreader.ui._app import make_app

from test_app import SIZE, ready


def bump_mtime(path: Path) -> None:
    """Make a file look modified even within one clock tick."""
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))


def test_refresh_reads_only_what_changed(sample_dir: Path) -> None:
    collection = Collection([sample_dir])
    first = collection.refresh()
    assert (first.added, first.changed, first.removed) == (4, 0, 0)
    assert not collection.refresh().any
    (sample_dir / "city.yaml").write_text("title: Changed\nbody: new text\n", encoding="utf-8")
    bump_mtime(sample_dir / "city.yaml")
    (sample_dir / "undated.yml").unlink()
    (sample_dir / "extra.yaml").write_text("title: Extra\nbody: more\n", encoding="utf-8")
    report = collection.refresh()
    assert (report.added, report.changed, report.removed) == (1, 1, 1)
    titles = sorted(a.title for a in collection.result().articles)
    assert titles == ["Changed", "Extra", "Factory output rises 5.2 percent in October",
                      "Local club wins the cup"]


async def test_the_list_follows_the_folder_without_moving_the_cursor(sample_dir: Path) -> None:
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "j")  # on "Metro line opens in Hangzhou"
        assert app.headlines.current.title == "Metro line opens in Hangzhou"
        (sample_dir / "newest.yaml").write_text(
            "title: Breaking news\ndate: 2030-01-01\nbody: Just in.\n", encoding="utf-8")
        (sample_dir / "sports.yaml").unlink()
        app.poll_files()
        await ready(pilot)
        titles = [a.title for a in app.headlines.items]
        assert titles[0] == "Breaking news" and "Local club wins the cup" not in titles
        assert app.headlines.current.title == "Metro line opens in Hangzhou"
        assert app.reader.article.title == "Metro line opens in Hangzhou"


async def test_an_edited_article_on_screen_keeps_its_reading_position(tmp_path: Path) -> None:
    story = tmp_path / "story.yaml"
    body = "\n\n".join(f"Paragraph {n} of the story." for n in range(100))
    story.write_text("title: Story\nbody: |\n  " + body.replace("\n", "\n  ") + "\n",
                     encoding="utf-8")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter", "space", "space")
        top_text = app.reader.rendered.text.plain[app.reader.top_offset():][:20]
        story.write_text("title: Story\nbody: |\n  " + body.replace("\n", "\n  ")
                         + "\n\n  A correction at the end.\n", encoding="utf-8")
        bump_mtime(story)
        app.poll_files()
        await ready(pilot)
        assert "A correction at the end." in app.reader.rendered.text.plain
        assert app.reader.rendered.text.plain[app.reader.top_offset():][:20] == top_text


async def test_the_timer_picks_up_a_new_file(sample_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HZREADER_WATCH", "poll")  # no file events: the timer polls
    app = make_app([sample_dir], watch_interval=0.05)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        (sample_dir / "late.yaml").write_text("title: Late arrival\nbody: x\n", encoding="utf-8")
        for _ in range(200):  # wait for the watcher, at most a few seconds
            if any(a.title == "Late arrival" for a in app.headlines.items):
                break
            await pilot.pause(0.02)
        assert any(a.title == "Late arrival" for a in app.headlines.items)


async def test_slow_scans_and_typing_put_the_next_poll_off(sample_dir: Path) -> None:
    import time

    from hzreader.ui._watch import ACTIVE_SECONDS, POLL_SHARE

    app = make_app([sample_dir], watch_interval=2.0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        delays: list[float] = []
        polls: list[bool] = []
        app.set_timer = lambda delay, callback, name=None: delays.append(delay)  # type: ignore[method-assign,assignment,misc]
        app.poll_files = lambda: polls.append(True)  # type: ignore[method-assign,assignment]
        app.schedule_poll(0.05)  # a quick scan: the usual interval
        app.schedule_poll(3.0)  # a scan of 3 s: wait 30 s
        assert delays == [2.0, 3.0 / POLL_SHARE]
        app.last_activity = time.monotonic()  # the reader is typing
        app.poll_tick()
        assert delays[-1] == ACTIVE_SECONDS and not polls
        app.last_activity = 0.0
        app.poll_tick()
        assert polls == [True]


async def test_the_empty_list_says_the_opened_folder_was_removed(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.yaml").write_text("title: A\nbody: x\n", encoding="utf-8")
    app = make_app([folder], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        shutil.rmtree(folder)
        app.poll_files()
        await ready(pilot)
        assert len(app.headlines.items) == 0
        assert app.headlines.empty_message == (
            f"{folder} was removed. hzreader watches for it to come back and lists the "
            "articles then.")
        folder.mkdir()
        (folder / "b.yaml").write_text("title: B\nbody: y\n", encoding="utf-8")
        app.poll_files()
        await ready(pilot)
        assert [a.title for a in app.headlines.items] == ["B"]


async def test_another_hzreaders_sync_neither_hides_changes_nor_crashes(sample_dir: Path) -> None:
    """tryout9 A#1: two hzreaders on the same folders share one index. The other one synced
    a removed file first, so this one's own sync found nothing to do: its list kept the
    article, and moving onto it ended the app (KeyError). Now the list catches up, and an
    article gone meanwhile reads as gone."""
    from hzreader.index import ArticleStore, store_path
    from hzreader.library._indexed import GONE_TEXT

    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        titles = [a.title for a in app.headlines.items]
        assert "Local club wins the cup" in titles
        (sample_dir / "sports.yaml").unlink()
        with ArticleStore.open(store_path([sample_dir])) as other:  # the other window
            assert other.sync([sample_dir]).files_removed == 1
        # Moving onto the article the other window removed: no crash, it reads as gone.
        gone = app.headlines.items[titles.index("Local club wins the cup")]
        app.cursor_moved(gone, True)
        assert app.reader.article is not None and app.reader.article.body == GONE_TEXT
        assert app.reader.article.title == "Local club wins the cup"
        await app.workers.wait_for_complete()
        await ready(pilot)
        assert "Local club wins the cup" not in [a.title for a in app.headlines.items]
        # And a sync of this window's own that finds nothing to do still shows the index.
        (sample_dir / "late.yaml").write_text("title: Late\nbody: Just in.\n", encoding="utf-8")
        with ArticleStore.open(store_path([sample_dir])) as other:
            other.sync([sample_dir])
        app.poll_files()
        await ready(pilot)
        assert "Late" in [a.title for a in app.headlines.items]
