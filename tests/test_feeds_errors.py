"""Failed sources: connection failures in plain words, and what a failure does to the
subscriptions. No network: a closed local port, and a name lookup that is made to fail."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from hzreader.cli import main
from hzreader.feeds import Importer, ImportOptions, Job, SourceError, load_subscriptions
from hzreader.feeds._http import connection_error, fetch
from hzreader.feeds._model import Outline
from hzreader.feeds._subs import remember

from conftest import serving

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Up</title>
<link>http://up.example/</link><description>d</description>
<item><title>Works</title><guid>http://up.example/1</guid><description>Text.</description></item>
</channel></rss>"""


@pytest.fixture
def base() -> Iterator[str]:
    """A local server: /feed.xml is a feed, /plain.txt text, anything else a 404."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            body = {"/feed.xml": FEED, "/plain.txt": b"just some words"}.get(self.path)
            self.send_response(404 if body is None else 200)
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args: object) -> None:
            pass

    with serving(Handler) as base:
        yield base


@pytest.fixture
def closed_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                 "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


# -- 5. connection failures in plain words ---------------------------------------------------

def test_an_unknown_host_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    def lookup(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    with pytest.raises(SourceError) as caught:
        fetch("http://no-such-host.example/feed.xml", timeout=2)
    assert str(caught.value) == "unknown host no-such-host.example (no such name; check the " \
                                "address)"
    assert "Errno" not in str(caught.value)


def test_a_refused_connection_names_the_host_and_port(closed_port: int) -> None:
    with pytest.raises(SourceError) as caught:
        fetch(f"http://127.0.0.1:{closed_port}/feed.xml", timeout=2)
    assert str(caught.value) == (f"connection refused by 127.0.0.1 port {closed_port} "
                                 "(no server is listening there)")


def _certificate_error() -> ssl.SSLCertVerificationError:
    error = ssl.SSLCertVerificationError(
        1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has "
           "expired (_ssl.c:1006)")
    error.verify_message = "certificate has expired"
    error.reason = "CERTIFICATE_VERIFY_FAILED"
    return error


@pytest.mark.parametrize(("reason", "message"), [
    (socket.gaierror(socket.EAI_NONAME, "Name or service not known"),
     "unknown host news.example (no such name; check the address)"),
    (socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution"),
     "cannot look up host news.example (the name server did not answer; is the network "
     "down?)"),
    (OSError(101, "Network is unreachable"),
     "network unreachable: cannot reach news.example (is the network down?)"),
    (OSError(113, "No route to host"), "no route to host news.example"),
    (ConnectionRefusedError(111, "Connection refused"),
     "connection refused by news.example (no server is listening there)"),
    (_certificate_error(),
     "TLS certificate of news.example not accepted (certificate has expired); nothing "
     "fetched"),
    (OSError(99, "Cannot assign requested address"),
     "cannot connect to news.example: Cannot assign requested address"),
])
def test_connection_failures_in_plain_words(reason: object, message: str) -> None:
    assert connection_error(reason, "https://news.example/feed.xml") == message


# -- 6. what a failure does to the subscriptions ---------------------------------------------

def test_a_url_that_fails_is_not_subscribed_and_the_message_says_so(
        base: str, closed_port: int, capsys: pytest.CaptureFixture[str]) -> None:
    dead = f"http://127.0.0.1:{closed_port}/feed.xml"
    assert main(["import", dead, base + "/missing.xml", base + "/feed.xml"]) == 1
    err = capsys.readouterr().err
    assert (f"hzreader import: {dead}: error: connection refused by 127.0.0.1 port "
            f"{closed_port} (no server is listening there); not subscribed") in err
    assert f"{base}/missing.xml: error: HTTP 404 Not Found; not subscribed" in err
    assert [o.url for o in load_subscriptions()] == [base + "/feed.xml"]


def test_a_subscribed_feed_that_fails_stays_subscribed_and_is_not_said_otherwise(
        base: str, closed_port: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", base + "/feed.xml"]) == 0
    capsys.readouterr()
    dead = f"http://127.0.0.1:{closed_port}/feed.xml"
    remember([Outline(dead, "Dead")])  # subscribed when it worked; down now
    assert main(["update"]) == 1
    err = capsys.readouterr().err
    assert f"{dead}: error: connection refused" in err and "subscribed" not in err
    assert {o.url for o in load_subscriptions()} == {base + "/feed.xml", dead}


def test_the_feeds_of_a_list_are_subscribed_even_when_they_fail_now(
        base: str, closed_port: int, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    dead = f"http://127.0.0.1:{closed_port}/feed.xml"
    opml = tmp_path / "subs.opml"
    opml.write_text(f"""<?xml version="1.0"?><opml version="2.0"><head><title>s</title></head>
<body><outline text="group"><outline type="rss" text="Up" xmlUrl="{base}/feed.xml"/></outline>
<outline type="rss" text="Dead" xmlUrl="{dead}"/>
<outline type="rss" text="Missing" xmlUrl="{base}/nope.xml"/></body></opml>""",
                    encoding="utf-8")
    assert main(["import", str(opml)]) == 1
    err = capsys.readouterr().err
    assert (f"{dead}: error: connection refused by 127.0.0.1 port {closed_port} (no server "
            "is listening there); subscribed all the same: `hzreader update` tries it "
            "again") in err
    assert f"{base}/nope.xml: error: HTTP 404 Not Found; subscribed all the same" in err
    subscribed = {o.url: o for o in load_subscriptions()}
    assert set(subscribed) == {base + "/feed.xml", dead, base + "/nope.xml"}
    assert subscribed[dead].title == "Dead" and subscribed[base + "/feed.xml"].category == (
        "group",)


def test_a_listed_address_that_is_no_feed_is_not_subscribed(base: str, tmp_path: Path
                                                             ) -> None:
    listing = tmp_path / "list.opml"
    listing.write_text(f"""<?xml version="1.0"?><opml version="2.0"><body>
<outline type="rss" text="Up" xmlUrl="{base}/feed.xml"/>
<outline type="rss" text="Text" xmlUrl="{base}/plain.txt"/></body></opml>""",
                       encoding="utf-8")
    into = tmp_path / "lib"
    reports = Importer(ImportOptions(into, delay=0.0, timeout=2.0)).run(
        [Job(str(listing), into, False)])
    text = next(r for r in reports if r.source.endswith("plain.txt"))
    assert text.error.startswith("not a feed") and text.summary().endswith("; not subscribed")
    assert [o.url for o in load_subscriptions()] == [base + "/feed.xml"]
