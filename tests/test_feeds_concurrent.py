"""Feeds fetched at once, server by server, against servers in the test process (no other
network): N feeds on a server that never answers cost one timeout; reports keep the order
given; progress is counted from 0. No sleeps: events, and short timeouts set here."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from hzreader.feeds import Importer, ImportOptions, Job, SourceError, SourceReport
from hzreader.feeds._http import HostGate, NoAnswer

from conftest import serving

RSS = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Live</title>'
       b"<item><title>A story</title><link>http://127.0.0.1/s</link>"
       b"<description>Output rose 5.2 percent.</description></item></channel></rss>")


class Silent:
    """A server that never answers: it listens, the system completes each connection, and
    nothing ever reads the request. `connections()` counts the ones that came."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def connections(self) -> int:
        self.sock.setblocking(False)
        count = 0
        while True:
            try:
                conn, _ = self.sock.accept()
            except BlockingIOError:
                return count
            conn.close()
            count += 1


@pytest.fixture
def silent() -> Iterator[Silent]:
    server = Silent()
    try:
        yield server
    finally:
        server.sock.close()


Hook = Callable[[], object]
Serve = Callable[..., str]


@pytest.fixture
def serve() -> Iterator[Serve]:
    """Starts live servers that answer RSS, running `before` (which may wait) and `after`."""
    servers = ExitStack()

    def start(before: Hook | None = None, after: Hook | None = None) -> str:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server name
                if before is not None:
                    before()
                self.send_response(200)
                self.send_header("Content-Length", str(len(RSS)))
                self.end_headers()
                self.wfile.write(RSS)
                self.wfile.flush()
                if after is not None:
                    after()

            def log_message(self, *args: object) -> None:
                pass

        return servers.enter_context(serving(Handler))

    with servers:
        yield start


def run(into: Path, urls: list[str], timeout: float = 0.3,
        progress: list[tuple[int, int, str]] | None = None) -> list[SourceReport]:
    importer = Importer(ImportOptions(into, timeout=timeout, delay=0.0, remember=False))
    record = None if progress is None else (lambda *call: progress.append(call))
    return importer.run([Job(url, into, False) for url in urls], record)


def test_feeds_on_a_server_that_never_answers_cost_one_timeout(
        silent: Silent, serve: Serve, tmp_path: Path) -> None:
    live = serve()
    urls = [f"{silent.url}/a.xml", f"{live}/feed.xml", f"{silent.url}/b.xml",
            f"{silent.url}/c.xml"]
    reports = run(tmp_path, urls)
    assert [r.source for r in reports] == urls  # the order given
    port = silent.url.rsplit(":", 1)[1]
    skipped = (f"no answer from 127.0.0.1 port {port} (none to {silent.url}/a.xml within "
               "0.3 s); not asked again this time")
    assert [r.error for r in reports] == ["no answer within 0.3 s", "", skipped, skipped]
    assert reports[1].counts["new"] == 1
    assert silent.connections() == 1  # b and c never asked it
    # the next run asks again: a server down once is not given up for good
    again = run(tmp_path, urls[2:])
    assert again[0].error == "no answer within 0.3 s" and silent.connections() == 1


def test_two_servers_are_asked_at_once_and_the_reports_keep_the_order_given(
        serve: Serve, tmp_path: Path) -> None:
    # the first server answers only once the second has answered: fetched one after the
    # other, the first would wait its whole timeout and fail
    second_answered = threading.Event()
    first = serve(before=lambda: second_answered.wait(20))
    second = serve(after=second_answered.set)
    reports = run(tmp_path, [f"{first}/feed.xml", f"{second}/feed.xml"], timeout=10)
    assert [r.error for r in reports] == ["", ""]
    assert [r.source for r in reports] == [f"{first}/feed.xml", f"{second}/feed.xml"]


def test_progress_counts_from_nothing_to_every_source(
        silent: Silent, serve: Serve, tmp_path: Path) -> None:
    progress: list[tuple[int, int, str]] = []
    live = serve()
    urls = [f"{silent.url}/a.xml", f"{silent.url}/b.xml", f"{live}/feed.xml"]
    run(tmp_path, urls, progress=progress)
    assert progress[0] == (0, 3, "")  # said before the first server answers
    assert [done for done, _, _ in progress] == [0, 1, 2, 3]
    assert sorted(label for _, _, label in progress[1:]) == sorted(urls)


def test_the_gate_refuses_a_server_that_gave_no_answer_and_only_that_one() -> None:
    gate = HostGate(delay=0.0)
    with pytest.raises(NoAnswer), gate.slot("http://dead.example/a.xml"):
        raise NoAnswer(0.5)
    with pytest.raises(SourceError, match=r"^no answer from dead\.example \(none to "
                                          r"http://dead\.example/a\.xml within 0\.5 s\)"):
        with gate.slot("http://DEAD.example:80/b.xml"):
            pytest.fail("a server that gave no answer is asked again")
    with gate.slot("http://dead.example:8080/c.xml"):  # another port, another server
        pass
    with gate.slot("https://dead.example/d.xml"):  # https: port 443
        pass
    with pytest.raises(SourceError), gate.slot("http://busy.example/a.xml"):
        raise SourceError("HTTP 503 Service Unavailable")  # it answered
    with gate.slot("http://busy.example/b.xml"):
        pass


async def test_r_with_feeds_on_a_silent_server_waits_one_timeout_and_names_them(
        silent: Silent, serve: Serve) -> None:
    from hzreader.dirs import library_dir
    from hzreader.feeds._model import Outline
    from hzreader.feeds._subs import remember
    from hzreader.ui._app import make_app

    live = serve()
    urls = [f"{silent.url}/a.xml", f"{silent.url}/b.xml", f"{live}/feed.xml"]
    remember(Outline(url) for url in urls)
    app = make_app(watch_interval=0)
    app.feeds_timeout = 0.3
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        notified: list[str] = []
        shown: list[str] = []
        app.notify = lambda message, **kw: notified.append(message)  # type: ignore[method-assign]
        progress = app.feeds_progress

        def record(done: int, total: int) -> None:
            progress(done, total)
            shown.append(app.sub_title)

        app.feeds_progress = record  # type: ignore[method-assign]
        await pilot.press("R")
        await app.workers.wait_for_complete()
        await pilot.pause()
        port = silent.url.rsplit(":", 1)[1]
        assert notified == [
            f"1 new, 0 updated article from 3 feeds. They are in {library_dir().resolve()}: "
            f"open it with hzreader. 2 failed: {urls[0]}: error: no answer "
            f"within 0.3 s; {urls[1]}: error: no answer from 127.0.0.1 port {port} (none to "
            f"{urls[0]} within 0.3 s); not asked again this time"]
        assert shown == [f"updating feeds {n}/3" for n in range(4)]
        assert silent.connections() == 1
