"""Updating the feeds from the app: R runs it in the background and new articles appear."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from hzreader.dirs import library_dir
from hzreader.feeds import Importer, ImportOptions, Job
from hzreader.ui._app import make_app
from hzreader.ui._feeds import feeds_message

from conftest import serving

SIZE = (120, 40)
FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
ONE_ITEM = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>'
            b"<item><title>First story</title><link>http://127.0.0.1/1</link>"
            b"<description>Output rose 5.2 percent.</description></item>")
TWO_ITEMS = ONE_ITEM + (b"<item><title>Second story</title><link>http://127.0.0.1/2</link>"
                        b"<description>Sales rose 3 percent.</description></item>")


@pytest.fixture
def feed_server() -> Iterator[tuple[str, list[bytes]]]:
    """Serves `/feed.xml` with whatever body is in the list (changed by the test)."""
    body = [ONE_ITEM + b"</channel></rss>"]

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Length", str(len(body[0])))
            self.end_headers()
            self.wfile.write(body[0])

        def log_message(self, *args: object) -> None:
            pass

    with serving(Handler) as base:
        yield f"{base}/feed.xml", body


async def test_r_updates_the_feeds_and_new_articles_appear(
        feed_server: tuple[str, list[bytes]]) -> None:
    url, body = feed_server
    Importer(ImportOptions(library_dir(), delay=0)).run([Job(url, library_dir(), False)])
    body[0] = TWO_ITEMS + b"</channel></rss>"
    app = make_app(watch_interval=0)  # no path: the library, which now holds an article
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [a.title for a in app.library.items] == ["First story"]
        notified = []
        app.notify = lambda message, **kw: notified.append(message)  # type: ignore[method-assign]
        await pilot.press("R")
        await app.workers.wait_for_complete()  # the update
        await pilot.pause()
        await app.workers.wait_for_complete()  # the refresh it started
        await pilot.pause()
        assert sorted(a.title for a in app.library.items) == ["First story", "Second story"]
        assert notified == ["1 new, 0 updated article from 1 feed."]
        assert app.sub_title == ""


async def test_the_palette_offers_the_update() -> None:
    app = make_app(watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()  # let the loading finish before leaving
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Update feeds" in titles


def test_the_message_without_subscriptions_and_with_failures() -> None:
    assert feeds_message([]) == (
        "No feeds to update: run hzreader import URL in a shell to subscribe to one.", "")
    from hzreader.feeds import SourceReport

    bad = SourceReport("http://x.example/feed", error="HTTP 404 Not Found")
    message, _ = feeds_message([bad])
    assert message == ("0 new, 0 updated articles from 1 feed. 1 failed: "
                       "http://x.example/feed: error: HTTP 404 Not Found")


def test_the_title_says_when_every_feed_failed() -> None:
    """tryout5 B#27: not "Feeds updated" when nothing was; every failure named (up to 3)."""
    from hzreader.feeds import SourceReport

    bad = [SourceReport(f"http://x{n}.example/feed", error="connection refused")
           for n in range(2)]
    message, title = feeds_message(bad)
    assert title == "Feeds not updated"
    assert "x0.example" in message and "x1.example" in message
    good = SourceReport("http://ok.example/feed")
    assert feeds_message([good, bad[0]])[1] == "Feeds updated, some failed"
    assert feeds_message([good])[1] == "Feeds updated"


async def test_r_twice_with_no_subscriptions_shows_one_plain_toast() -> None:
    app = make_app(watch_interval=0)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for _ in range(2):
            await pilot.press("R")
            await app.workers.wait_for_complete()
            for _ in range(3):  # the result's message, the toast rack's update
                await pilot.pause()
        toasts = list(app.screen.query("Toast"))
        assert len(toasts) == 1
        shown = str(toasts[0].render())
        # one message, not a title saying "Nothing to update" over another (tryout14 §4)
        assert shown.startswith("No feeds to update:") and "hzreader import URL" in shown
        assert "Nothing to update" not in shown
        assert "`" not in shown
        app.notify("Something else.")  # another message still gets its own toast
        for _ in range(3):
            await pilot.pause()
        assert len(app.screen.query("Toast")) == 2


async def _update_with_r(app: object, pilot: object) -> list[str]:
    """Press R in a running app; the toasts' messages once the update is done."""
    notified: list[str] = []
    app.notify = lambda message, **kw: notified.append(message)  # type: ignore[attr-defined]
    await pilot.press("R")  # type: ignore[attr-defined]
    await app.workers.wait_for_complete()  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    await app.workers.wait_for_complete()  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    return notified


async def test_r_names_the_into_folder_the_articles_went_to(
        feed_server: tuple[str, list[bytes]], tmp_path: Path) -> None:
    """tryout19 §8: a feed subscribed `--into DIR` is updated into DIR, and the toast said
    the articles were in the library (which did not even exist)."""
    url, body = feed_server
    into, other = tmp_path / "imp", tmp_path / "other"
    Importer(ImportOptions(into, delay=0)).run([Job(url, into, False)])
    body[0] = TWO_ITEMS + b"</channel></rss>"
    other.mkdir()
    (other / "a.yaml").write_text("title: Something else\nbody: Text.\n", encoding="utf-8")
    app = make_app([other], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        notified = await _update_with_r(app, pilot)
    assert notified == [f"1 new, 0 updated article from 1 feed. They are in "
                        f"{into.resolve()}, not open here."]
    assert not library_dir().exists()


async def test_r_says_no_folder_when_the_into_folder_is_open(
        feed_server: tuple[str, list[bytes]], tmp_path: Path) -> None:
    url, body = feed_server
    into = tmp_path / "imp"
    Importer(ImportOptions(into, delay=0)).run([Job(url, into, False)])
    body[0] = TWO_ITEMS + b"</channel></rss>"
    app = make_app([into], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        notified = await _update_with_r(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert sorted(a.title for a in app.library.items) == ["First story", "Second story"]
    assert notified == ["1 new, 0 updated article from 1 feed."]


def test_the_message_names_each_folder_not_shown_once(tmp_path: Path) -> None:
    from hzreader.feeds import SourceReport

    def report(into: Path, feed: str) -> SourceReport:
        done = SourceReport(f"http://x.example/{feed}", folder=into / feed, into=into)
        done.counts["new"] = 1
        return done

    a, b = tmp_path / "a", tmp_path / "b"
    reports = [report(a, "one"), report(b, "two"), report(a, "three"),
               report(library_dir(), "four")]
    message, _ = feeds_message(reports, [tmp_path / "elsewhere"])
    assert message.endswith(f"They are in {a.resolve()}, {b.resolve()} and "
                            f"{library_dir().resolve()}, not open here.")
    message, _ = feeds_message(reports, [a, b])
    assert message.endswith(f"Some are in {library_dir().resolve()}: open it with hzreader.")
    message, _ = feeds_message(reports, [a, library_dir()])  # one feed folder open
    assert message.endswith(f"Some are in {b.resolve()}, not open here.")
    message, _ = feeds_message(reports, [b / "two", a / "one", a / "three", library_dir()])
    assert message == "4 new, 0 updated articles from 4 feeds."
