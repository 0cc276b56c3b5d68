"""Broken answers, each said plainly: a redirect loop, a redirect with no address, a download
cut off, a server that stops mid-answer, a feed cut short, an error page served as a
success, a home page instead of its feed. A local HTTP server in the test process."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from hzreader.cli import main
from hzreader.feeds import SourceError
from hzreader.feeds._http import fetch
from hzreader.files import load_paths

from conftest import serving

RSS = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Wire'
       "</title><link>http://wire.example/</link>" + "".join(
           f"<item><title>Story {i}</title><guid>http://wire.example/{i}</guid><description>"
           f"Profits rose {i}% in the quarter.</description></item>" for i in range(5))
       + "</channel></rss>").encode()
#: A handler's answer: (status, headers, body), or None when it answered by itself.
Answer = Callable[[BaseHTTPRequestHandler], "tuple[int, dict[str, str], bytes] | None"]


@pytest.fixture
def served() -> Iterator[tuple[str, dict[str, Answer], threading.Event]]:
    routes: dict[str, Answer] = {}
    release = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            answer = routes.get(self.path, lambda _: (404, {}, b"not here"))(self)
            if answer is None:
                return
            status, headers, body = answer
            self.send_response(status)
            headers = {"Content-Length": str(len(body)), **headers}
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    with serving(Handler, release) as base:
        yield base, routes, release


def _moved(to: str) -> Answer:
    return lambda _: (302, {"Location": to}, b"")


def _import(url: str, into: Path, capsys: pytest.CaptureFixture[str], *more: str
            ) -> tuple[int, str, str]:
    status = main(["import", url, "--into", str(into), *more])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_redirect_loop_is_named_and_a_long_chain_is_too_many(
        served: tuple[str, dict[str, Answer], threading.Event], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    base, routes, _ = served
    routes["/a"], routes["/b"] = _moved("/b"), _moved(f"{base}/a")
    status, _, err = _import(f"{base}/a", tmp_path, capsys)
    assert (status, err) == (1, f"hzreader import: {base}/a: error: redirect loop: {base}/a → "
                                f"{base}/b → {base}/a; not subscribed\n")
    for number in range(8):
        routes[f"/r{number}"] = _moved(f"/r{number + 1}")
    with pytest.raises(SourceError, match=r"^too many redirects \(more than 5\)$"):
        fetch(f"{base}/r0")


def test_a_redirect_with_no_address(
        served: tuple[str, dict[str, Answer], threading.Event]) -> None:
    base, routes, _ = served
    routes["/nowhere"] = lambda _: (302, {}, b"")
    with pytest.raises(SourceError, match="^HTTP 302 Found: a redirect with no address"):
        fetch(f"{base}/nowhere")


def test_a_download_cut_off_is_no_feed_cut_short(
        served: tuple[str, dict[str, Answer], threading.Event]) -> None:
    base, routes, _ = served

    def short(handler: BaseHTTPRequestHandler) -> None:  # promises more than it sends
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(RSS)))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(RSS[:300])
        handler.close_connection = True

    def chunked(handler: BaseHTTPRequestHandler) -> None:  # the last chunk never comes
        handler.send_response(200)
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        handler.wfile.write(b"%x\r\n%s\r\n" % (300, RSS[:300]))
        handler.close_connection = True

    routes["/short.xml"], routes["/chunked.xml"] = short, chunked
    with pytest.raises(SourceError, match=f"^download cut off: the connection closed after "
                                          f"300 of {len(RSS):,} bytes"):
        fetch(f"{base}/short.xml")
    with pytest.raises(SourceError, match="^download cut off: the connection closed after"):
        fetch(f"{base}/chunked.xml")


def test_a_server_that_stops_in_the_middle(
        served: tuple[str, dict[str, Answer], threading.Event]) -> None:
    base, routes, release = served

    def stalls(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(RSS)))
        handler.end_headers()
        handler.wfile.write(RSS[:300])
        handler.wfile.flush()
        release.wait(10)  # the rest only when the test is over

    routes["/stalls.xml"] = stalls
    with pytest.raises(SourceError, match=r"^no answer within 0.3 s \(it stopped sending in "
                                          r"the middle of the response\)$"):
        fetch(f"{base}/stalls.xml", timeout=0.3)


def test_a_feed_cut_short_says_so(served: tuple[str, dict[str, Answer], threading.Event],
                                  tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base, routes, _ = served
    cut = RSS.index(b"<item><title>Story 3") + 30
    routes["/cut.xml"] = lambda _: (200, {"Content-Type": "application/rss+xml"}, RSS[:cut])
    routes["/head.xml"] = lambda _: (200, {}, RSS[:120])
    status, out, err = _import(f"{base}/cut.xml", tmp_path, capsys)
    assert status == 0 and "3 new, 2 warnings" in out
    column = RSS.rindex(b"<", 0, cut) - RSS.index(b"<rss")  # the unclosed tag's start
    assert err.startswith(f"  feed cut off (line 2, column {column}: unclosed token); ")
    assert "; 3 items read anyway\n" in err
    assert len(load_paths([tmp_path]).articles) == 3
    status, _, err = _import(f"{base}/head.xml", tmp_path, capsys)
    assert status == 1 and "error: feed cut off (line 2, column" in err
    assert "no item could be read; not subscribed" in err
    whole = RSS.replace(b"</rss>", b"</rss><more/>")  # malformed, but not cut off
    routes["/junk.xml"] = lambda _: (200, {}, whole)
    _, _, err = _import(f"{base}/junk.xml", tmp_path, capsys)
    assert err.startswith("  malformed feed (line 2, column")


def test_an_error_page_and_a_home_page_are_named(
        served: tuple[str, dict[str, Answer], threading.Event], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    base, routes, _ = served
    error = (b"<!DOCTYPE html><html><head><title>503 Service Temporarily Unavailable</title>"
             b"</head><body><h1>503 Service Temporarily Unavailable</h1><hr>nginx</body></html>")
    home = (b'<html><head><title>The Daily &amp; Wire</title><link rel="alternate" '
            b'type="application/rss+xml" title="RSS" href="/feed.xml"><link rel=alternate '
            b"type=application/atom+xml href=https://wire.example/atom></head><body><nav>"
            b"<a href=/world>World</a></nav></body></html>")
    routes["/feed.xml"] = lambda _: (200, {"Content-Type": "text/html"}, error)
    routes["/"] = lambda _: (200, {"Content-Type": "text/html; charset=utf-8"}, home)
    status, _, err = _import(f"{base}/feed.xml", tmp_path, capsys)
    assert (status, err) == (1, f"hzreader import: {base}/feed.xml: error: no article text "
                                "found in the page '503 Service Temporarily Unavailable' (1 "
                                "word of text); not subscribed\n")
    status, _, err = _import(f"{base}/", tmp_path, capsys)
    assert status == 1 and err.startswith(
        f"hzreader import: {base}/: error: no article text found in the page 'The Daily & "
        f"Wire'")
    assert err.endswith(f"; it names a feed: {base}/feed.xml (and 1 other), import that "
                        "address; not subscribed\n")


def test_an_api_error_in_json_and_a_json_feed_cut_short(
        served: tuple[str, dict[str, Answer], threading.Event], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    base, routes, _ = served
    feed = (b'{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": '
            b'[{"id": "1", "content_text": "Profits rose 5%."}]}')
    routes["/api"] = lambda _: (200, {"Content-Type": "application/json"},
                                b'{"error": "rate limited", "code": 429}')
    routes["/cut.json"] = lambda _: (200, {"Content-Type": "application/feed+json"}, feed[:60])
    routes["/whole.json"] = lambda _: (200, {"Content-Type": "text/plain"}, feed)
    _, _, err = _import(f"{base}/api", tmp_path, capsys)
    assert err == (f"hzreader import: {base}/api: error: JSON, but not a JSON Feed (no "
                   'jsonfeed.org version): {"error": "rate limited", "code": 429}; not '
                   "subscribed\n")
    _, _, err = _import(f"{base}/cut.json", tmp_path, capsys)
    assert err.startswith(f"hzreader import: {base}/cut.json: error: JSON cut off: ")
    assert _import(f"{base}/whole.json", tmp_path, capsys)[0] == 0
