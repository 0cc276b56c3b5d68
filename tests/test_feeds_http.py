"""The URL path against a local HTTP server in the test process (no other network)."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from hzreader.cli import main
from hzreader.feeds import Importer, ImportOptions, Job, SourceError, load_subscriptions
from hzreader.feeds._http import USER_AGENT, HostGate, fetch
from hzreader.files import load_paths

from conftest import serving

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
RSS = (FIXTURES / "rss2_cdata.xml").read_bytes()
PAGE = (FIXTURES / "news_page.html").read_bytes()


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Server:
    """Routes by path; records each request's path and headers."""

    base: str
    routes: dict[str, Route | Callable[[BaseHTTPRequestHandler], Route | None]]
    requests: list[tuple[str, dict[str, str]]]
    release: threading.Event

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


@pytest.fixture
def server() -> Iterator[Server]:
    routes: dict[str, Route | Callable[[BaseHTTPRequestHandler], Route | None]] = {}
    requests: list[tuple[str, dict[str, str]]] = []
    release = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            requests.append((self.path, dict(self.headers.items())))
            found = routes.get(self.path, Route(404, b"not here"))
            route = found(self) if callable(found) else found
            if route is None:  # the route answered by itself
                return
            self.send_response(route.status)
            for key, value in route.headers.items():
                self.send_header(key, value)
            if "Content-Length" not in route.headers:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            if route.status != 304:
                self.wfile.write(route.body)

        def log_message(self, *args: object) -> None:
            pass

    with serving(Handler, release) as base:
        yield Server(base, routes, requests, release)


def importer(into: Path, **options: object) -> Importer:
    settings: dict[str, object] = {"delay": 0.0, "timeout": 2.0, **options}
    return Importer(ImportOptions(into, **settings))  # type: ignore[arg-type]


def import_urls(into: Path, *urls: str, full: bool = False, **options: object):  # type: ignore[no-untyped-def]
    return importer(into, full=full, **options).run([Job(u, into, full) for u in urls])


def test_a_feed_over_http_is_imported_and_remembered(server: Server, tmp_path: Path) -> None:
    server.routes["/feed.xml"] = Route(200, RSS, {"Content-Type": "application/rss+xml"})
    (report,) = import_urls(tmp_path, server.url("/feed.xml"))
    assert report.ok and report.counts["new"] == 2
    assert len(load_paths([tmp_path]).articles) == 2
    (_, headers), = server.requests
    assert headers["User-Agent"] == USER_AGENT and "gzip" in headers["Accept-Encoding"]
    (subscription,) = load_subscriptions()
    assert subscription.url == server.url("/feed.xml")
    assert subscription.title == "The Daily Planet & Star"


def test_an_unchanged_feed_costs_one_conditional_request(server: Server, tmp_path: Path) -> None:
    def answer(handler: BaseHTTPRequestHandler) -> Route:
        if handler.headers.get("If-None-Match") == '"v1"':
            return Route(304, headers={"ETag": '"v1"'})
        return Route(200, RSS, {"ETag": '"v1"', "Last-Modified": "Fri, 14 Nov 2025 00:00:00 GMT"})

    server.routes["/feed.xml"] = answer
    import_urls(tmp_path, server.url("/feed.xml"))
    (again,) = import_urls(tmp_path, server.url("/feed.xml"))
    assert again.ok and again.not_modified and "unchanged since" in again.summary()
    second = server.requests[1][1]
    assert second["If-None-Match"] == '"v1"'
    assert second["If-Modified-Since"] == "Fri, 14 Nov 2025 00:00:00 GMT"
    assert server.hits("/feed.xml") == 2


def test_validators_are_per_folder(server: Server, tmp_path: Path) -> None:
    server.routes["/feed.xml"] = lambda h: (Route(304) if h.headers.get("If-None-Match")
                                            else Route(200, RSS, {"ETag": '"v1"'}))
    import_urls(tmp_path / "a", server.url("/feed.xml"))
    (other,) = import_urls(tmp_path / "b", server.url("/feed.xml"))
    assert other.counts["new"] == 2  # a new folder gets everything, not a 304


def test_a_permanent_redirect_is_followed_and_remembered(server: Server, tmp_path: Path) -> None:
    server.routes["/old.xml"] = Route(301, headers={"Location": "/new.xml"})
    server.routes["/new.xml"] = Route(200, RSS)
    (report,) = import_urls(tmp_path, server.url("/old.xml"))
    assert report.ok and report.counts["new"] == 2
    assert report.moved_to == server.url("/new.xml")
    assert [o.url for o in load_subscriptions()] == [server.url("/new.xml")]


def test_a_temporary_redirect_keeps_the_address(server: Server, tmp_path: Path) -> None:
    server.routes["/feed.xml"] = Route(302, headers={"Location": server.url("/today.xml")})
    server.routes["/today.xml"] = Route(200, RSS)
    (report,) = import_urls(tmp_path, server.url("/feed.xml"))
    assert report.ok and not report.moved_to
    assert [o.url for o in load_subscriptions()] == [server.url("/feed.xml")]


def test_a_redirect_loop_ends(server: Server) -> None:
    server.routes["/loop"] = Route(302, headers={"Location": "/loop"})
    with pytest.raises(SourceError, match="^redirect loop: (.+/loop) → \\1$"):
        fetch(server.url("/loop"))


def test_404_is_one_clear_error_and_the_others_go_on(server: Server, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    server.routes["/feed.xml"] = Route(200, RSS)
    status = main(["import", server.url("/missing.xml"), server.url("/feed.xml"),
                   "--into", str(tmp_path), "--timeout", "2"])
    out, err = capsys.readouterr()
    assert status == 1
    assert err.splitlines()[0] == (
        f"hzreader import: {server.url('/missing.xml')}: error: HTTP 404 Not Found; "
        "not subscribed")
    assert "2 new" in out
    assert [o.url for o in load_subscriptions()] == [server.url("/feed.xml")]


def test_a_slow_answer_times_out(server: Server, tmp_path: Path) -> None:
    def slow(handler: BaseHTTPRequestHandler) -> Route:
        server.release.wait(10)  # answers only when the test is over
        return Route(200, RSS)

    server.routes["/slow.xml"] = slow
    (report,) = import_urls(tmp_path, server.url("/slow.xml"), timeout=0.3)
    assert report.error == "no answer within 0.3 s"


def trickling(server: Server, head: bytes, drip: bytes
              ) -> Callable[[BaseHTTPRequestHandler], None]:
    """A route that sends `head` at once, then `drip` every 20 ms until the test ends: each
    read gets its bytes well within any timeout, so only the request's deadline ends it."""
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.wfile.write(head)
        handler.wfile.flush()
        while not server.release.wait(0.02):
            try:
                handler.wfile.write(drip)
                handler.wfile.flush()
            except OSError:  # the client gave up
                return

    return route


def test_a_body_that_trickles_in_is_given_up_at_the_deadline(server: Server,
                                                             tmp_path: Path) -> None:
    # Headers at once, then a byte at a time, never ending: the download is given up at
    # its deadline (four times the timeout), not after a whole 64 KiB chunk has come.
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n" + RSS[:100]
    server.routes["/trickle.xml"] = trickling(server, head, b" ")
    (report,) = import_urls(tmp_path, server.url("/trickle.xml"), timeout=0.2)
    assert report.error == "download took longer than 0.8 s"


def test_headers_that_trickle_in_are_given_up_at_the_deadline(server: Server,
                                                              tmp_path: Path) -> None:
    # The status line at once, then one header a byte at a time, never ending.
    server.routes["/headers.xml"] = trickling(server, b"HTTP/1.1 200 OK\r\nX-Slow: ", b"a")
    (report,) = import_urls(tmp_path, server.url("/headers.xml"), timeout=0.2)
    assert report.error == "download took longer than 0.8 s"


def test_a_chunked_body_cut_by_the_deadline_is_never_taken_for_a_whole_one(
        server: Server) -> None:
    head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    server.routes["/chunked.xml"] = trickling(server, head, b"1\r\n \r\n")
    with pytest.raises(SourceError, match=r"^download took longer than 0.4 s$"):
        fetch(server.url("/chunked.xml"), timeout=0.1)


def test_gzip_is_decoded(server: Server, tmp_path: Path) -> None:
    server.routes["/feed.xml"] = Route(200, gzip.compress(RSS), {"Content-Encoding": "gzip"})
    (report,) = import_urls(tmp_path, server.url("/feed.xml"))
    assert report.ok and report.counts["new"] == 2


def test_a_response_over_the_size_cap_is_refused(server: Server, tmp_path: Path) -> None:
    server.routes["/big.xml"] = Route(200, RSS)
    (report,) = import_urls(tmp_path, server.url("/big.xml"), max_bytes=1000)
    assert report.error == f"response too large ({len(RSS):,} bytes; limit 1,000)"
    # a gzip bomb: small on the wire, huge once decoded; no Content-Length to go by
    bomb = gzip.compress(b" " * 5_000_000)
    server.routes["/bomb.xml"] = Route(200, bomb, {"Content-Encoding": "gzip",
                                                  "Content-Length": str(len(bomb))})
    with pytest.raises(SourceError, match="response too large"):
        fetch(server.url("/bomb.xml"), max_bytes=100_000)


def test_only_http_and_https(tmp_path: Path) -> None:
    (report,) = import_urls(tmp_path, "ftp://example.com/feed.xml")
    assert "only http and https" in report.error


def test_full_fetches_the_page_of_summary_only_items(server: Server, tmp_path: Path) -> None:
    page_url = server.url("/2025/11/budget")
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Short</title>'
            b"<link>" + server.url("/").encode() + b"</link><item><title>Budget grows</title>"
            b"<link>" + page_url.encode() + b"</link><description>A short summary."
            b"</description></item><item><title>Gone</title><link>" +
            server.url("/gone").encode() + b"</link><description>Only a summary."
            b"</description></item></channel></rss>")
    server.routes["/feed.xml"] = Route(200, feed)
    server.routes["/2025/11/budget"] = Route(200, PAGE, {"Content-Type": "text/html"})
    (report,) = import_urls(tmp_path, server.url("/feed.xml"), full=True)
    assert report.counts["new"] == 2
    assert report.problems == [f"{server.url('/gone')}: whole article not fetched "
                               "(HTTP 404 Not Found); the feed's summary was written"]
    articles = {a.title: a for a in load_paths([tmp_path]).articles}
    budget = articles["Budget grows"]
    assert budget.body.startswith("The Hangzhou city council on Tuesday approved")
    assert "taxpayer77" not in budget.body and budget.summary == "A short summary."
    assert articles["Gone"].body.strip() == "Only a summary."
    # the item has no date: its page's date, not the time of the fetch
    budget_file = next(p for p in tmp_path.rglob("*.yaml") if "budget" in p.name)
    assert "\ndate: '2025-11-14T08:30:00+08:00'\n" in budget_file.read_text(encoding="utf-8")
    # again: the fetched page is not fetched again; the failed one is tried again
    (again,) = import_urls(tmp_path, server.url("/feed.xml"), full=True)
    assert dict(again.counts) == {"unchanged": 2}  # the failed page is retried, no rewrite
    assert server.hits("/2025/11/budget") == 1
    assert server.hits("/gone") == 2


def test_the_host_gate_lets_one_request_at_a_time_per_host() -> None:
    gate = HostGate(delay=0.0)
    inside = []
    most = []

    def visit() -> None:
        with gate.slot("http://one.example/x"):
            inside.append(1)
            most.append(len(inside))
            inside.pop()

    threads = [threading.Thread(target=visit) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert max(most) == 1


def test_update_and_export_opml(server: Server, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    server.routes["/feed.xml"] = Route(200, RSS)
    server.routes["/list.opml"] = Route(200, (
        '<?xml version="1.0"?><opml version="2.0"><body><outline text="News">'
        f'<outline text="Planet" xmlUrl="{server.url("/feed.xml")}"/>'
        f'<outline text="Broken" xmlUrl="{server.url("/broken.xml")}"/>'
        "</outline></body></opml>").encode())
    assert main(["import", server.url("/list.opml"), "--timeout", "2"]) == 1  # one feed 404s
    # a feed of a list is subscribed even when it fails now: `update` tries it again
    assert [o.url for o in load_subscriptions()] == [server.url("/feed.xml"),
                                                     server.url("/broken.xml")]
    capsys.readouterr()
    assert main(["update", "--timeout", "2"]) == 1
    out, err = capsys.readouterr()
    assert "2 unchanged" in out
    # the line names the command that ran (it said "hzreader import:" during an update)
    assert f"hzreader update: {server.url('/broken.xml')}: error: HTTP 404 Not Found\n" in err
    assert main(["export-opml"]) == 0
    exported = capsys.readouterr().out
    assert f'xmlUrl="{server.url("/feed.xml")}"' in exported and 'text="News"' in exported
    assert main(["export-opml", str(tmp_path / "out.opml")]) == 0
    assert (tmp_path / "out.opml").read_text(encoding="utf-8") .count("xmlUrl") == 2


def test_update_with_no_subscriptions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["update"]) == 0
    assert "No subscriptions yet" in capsys.readouterr().err


def test_a_list_from_the_web_cannot_name_local_files(server: Server, tmp_path: Path) -> None:
    server.routes["/list.opml"] = Route(200, (
        '<?xml version="1.0"?><opml version="2.0"><body>'
        f'<outline text="local" xmlUrl="{FIXTURES / "rss091.xml"}"/>'
        "</body></opml>").encode())
    (report,) = import_urls(tmp_path, server.url("/list.opml"))
    assert report.listed == [] and "not an http(s) address" in report.problems[0]
    assert list(tmp_path.rglob("*.yaml")) == []


# -- one identity per item, wherever the feed was read from ------------------------------

RELATIVE = FIXTURES / "rss_relative_guid.xml"  # guids "a1", "a2": relative, as many feeds write


def yaml_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.yaml"))


@pytest.mark.parametrize("file_first", [True, False])
def test_a_feed_read_from_a_file_and_from_its_address_gives_each_item_once(
        server: Server, tmp_path: Path, file_first: bool) -> None:
    server.routes["/rss.xml"] = Route(200, RELATIVE.read_bytes(),
                                      {"Content-Type": "application/rss+xml"})
    copy = tmp_path / "saved" / "rss.xml"
    copy.parent.mkdir()
    copy.write_bytes(RELATIVE.read_bytes())
    into = tmp_path / "lib"
    routes = [str(copy), server.url("/rss.xml")]
    if not file_first:
        routes.reverse()
    (first,) = importer(into).run([Job(routes[0], into, False)])
    files = {p: p.read_bytes() for p in yaml_files(into)}
    assert first.counts["new"] == len(files) == 5
    (second,) = importer(into).run([Job(routes[1], into, False)])
    assert dict(second.counts) == {"unchanged": 5}, second.summary()
    assert {p: p.read_bytes() for p in yaml_files(into)} == files  # one folder, untouched
    ids = {a.id for a in load_paths([into]).articles}
    assert "https://planet.example/#a1" in ids and not any("saved" in i for i in ids)


def test_an_edited_item_stays_as_edited_when_its_feed_comes_by_another_route(
        server: Server, tmp_path: Path) -> None:
    into = tmp_path / "lib"
    importer(into).run([Job(str(RELATIVE), into, False)])
    oil = next(p for p in yaml_files(into) if "oil" in p.name)
    edited = oil.read_text(encoding="utf-8").replace("a barrel.", "a barrel. My note: sell.")
    oil.write_text(edited, encoding="utf-8")
    changed = RELATIVE.read_bytes().replace(b"Brent rose 2%", b"Brent rose 3%")
    server.routes["/rss.xml"] = Route(200, changed, {"Content-Type": "application/rss+xml"})
    (report,) = importer(into).run([Job(server.url("/rss.xml"), into, False)])
    assert report.counts["kept"] == 1 and report.counts["new"] == 0
    assert oil.read_text(encoding="utf-8") == edited


def test_items_imported_before_ids_were_route_free_are_found_again(tmp_path: Path) -> None:
    """An item written under the old id (the guid resolved against the file's path) is
    found by its former id: unchanged or updated in place, never written twice."""
    from feedparser.urls import _urljoin

    from hzreader.feeds._sources import Fetched, parse
    from hzreader.feeds._target import Target

    into = tmp_path / "lib"
    into.mkdir()
    entries = parse(Fetched(RELATIVE.read_bytes(), str(RELATIVE))).entries
    target = Target(into)
    old_folder = into / "the-daily-planet-old"
    for entry in entries:
        guid = entry.id.rpartition("#")[2]
        old_id = f"https://planet.example/#{_urljoin(str(RELATIVE), guid)}"
        assert entry.former_ids == (old_id,)
        target.write(replace(entry, id=old_id, former_ids=()), old_folder, False)
    files = yaml_files(into)
    (report,) = importer(into).run([Job(str(RELATIVE), into, False)])
    assert dict(report.counts) == {"unchanged": 5}
    assert yaml_files(into) == files


def test_a_page_without_a_charset_over_http(server: Server, tmp_path: Path) -> None:
    """`python3 -m http.server` says `text/html` and no charset: UTF-8 bytes are UTF-8 (in
    the title, the body and the file name), windows-1252 ones windows-1252."""
    text = ("<html><head><title>Club pays €120m</title></head><body><article>"
            "<h1>Club pays €120m</h1><p>The club paid a fee of €120 million, rising to "
            "€135m, and the striker earns a reported £350,000 a week — a “record”.</p>"
            "</article></body></html>")
    server.routes["/utf8.html"] = Route(200, text.encode(), {"Content-Type": "text/html"})
    server.routes["/1252.html"] = Route(200, text.encode("cp1252"),
                                        {"Content-Type": "text/html"})
    for name in ("utf8", "1252"):
        (report,) = import_urls(tmp_path / name, server.url(f"/{name}.html"))
        assert report.ok and report.kind == "page", report.summary()
        (written,) = (tmp_path / name / "pages").iterdir()
        assert "€120m" in written.name or "120m" in written.name
        assert "â" not in written.name
        (article,) = load_paths([tmp_path / name]).articles
        assert article.title == "Club pays €120m"
        assert "£350,000" in article.body and "“record”" in article.body


@pytest.mark.parametrize("url", ["http://[::1", "http://example.com:99x/feed.xml"])
def test_an_address_that_cannot_be_read_says_so(url: str, tmp_path: Path) -> None:
    (report,) = import_urls(tmp_path, url)
    assert report.error == f"not a valid address: {url!r}"
