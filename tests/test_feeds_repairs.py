"""Feeds as they are written in the wild: UTF-8 served with a Latin-1 charset (read as
UTF-8, said once), and bare ampersands (repaired before parsing, the text kept as written).
A local HTTP server in the test process; no other network."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from hzreader.cli import main
from hzreader.feeds._decode import charset_of, decode, misdeclared_utf8
from hzreader.feeds._http import Response
from hzreader.feeds._repair import original_column, repair_markup
from hzreader.feeds._sources import Fetched, parse
from hzreader.files import load_paths

from conftest import serving

TITLE = "Café prices up 5% — 杭州 €3,50"
BODY = "Prices at the café rose 5% to €3.50; 杭州咖啡均价上涨5%。"
U8 = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
      f"<title>UTF8 Wire</title><link>http://wire.example/</link><description>x</description>"
      f"<item><title>{TITLE}</title><guid>u1</guid><pubDate>Mon, 02 Nov 2026 10:00:00 +0000"
      f"</pubDate><description>{BODY}</description></item></channel></rss>").encode()


@pytest.fixture
def served() -> Iterator[tuple[str, dict[str, tuple[str, bytes]]]]:
    """A server answering each path with (content type, body); ("301", path) redirects."""
    routes: dict[str, tuple[str, bytes]] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            content_type, body = routes[self.path]
            if content_type == "301":
                self.send_response(301)
                self.send_header("Location", body.decode())
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    with serving(Handler) as base:
        yield base, routes


def _fetched(data: bytes, content_type: str, name: str = "http://wire.example/f") -> Fetched:
    return Fetched(data, name, Response(name, data, content_type))


@pytest.mark.parametrize("content_type", [
    "text/xml; charset=iso-8859-1", "text/html; charset=iso-8859-1",
    "application/rss+xml; charset=ISO-8859-1", "application/xml; charset=windows-1252",
    "text/xml; charset=us-ascii", "application/rss+xml; charset=latin1",
])
def test_utf8_served_as_latin1_is_read_as_utf8_and_said_once(
        served: tuple[str, dict[str, tuple[str, bytes]]], tmp_path: Path, content_type: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    base, routes = served
    routes["/u8.xml"] = (content_type, U8)
    assert main(["import", f"{base}/u8.xml", "--into", str(tmp_path)]) == 0
    (article,) = load_paths([tmp_path]).articles
    assert (article.title, article.body.strip()) == (TITLE, BODY)
    err = capsys.readouterr().err
    label = content_type.split("=")[1].lower()
    assert err.count("\n") == 1 and err == (
        f"  UTF8 Wire: served as {label} (it declares UTF-8 itself) but written in UTF-8; "
        "read as UTF-8\n")


def test_a_single_byte_declaration_of_its_own_is_overruled_too() -> None:
    data = U8.replace(b'encoding="UTF-8"', b'encoding="iso-8859-1"')
    parsed = parse(Fetched(data, "wire.xml"))
    assert (parsed.entries[0].title, parsed.entries[0].body) == (TITLE, BODY)
    assert parsed.problems == ["UTF8 Wire: declares iso-8859-1 but written in UTF-8; "
                               "read as UTF-8"]
    page = f"<html><head><title>{TITLE}</title></head><body><p>{BODY}</p></body></html>"
    assert misdeclared_utf8(page.encode(), "text/html; charset=windows-1252") == (
        "served as windows-1252")
    assert misdeclared_utf8(page.encode(), "text/html; charset=windows-1252",
                            markup="html") == "served as windows-1252"


@pytest.mark.parametrize("text", [
    "Café crème, naïve façade — “quoted” €5", "Ärger über Öl: 5 % weniger", "ÀÉÎÕÜ ß",
])
def test_latin1_bytes_stay_latin1_when_not_utf8(text: str) -> None:
    data = text.encode("cp1252")
    for content_type in ("text/xml; charset=iso-8859-1", "text/html; charset=windows-1252"):
        assert charset_of(data, content_type) == "cp1252"
        assert decode(data, content_type) == text
        assert misdeclared_utf8(data, content_type) == ""


def test_the_override_is_only_for_western_single_byte_charsets_and_non_ascii() -> None:
    assert charset_of(b"plain ascii", "text/xml; charset=iso-8859-1") == "cp1252"
    assert misdeclared_utf8(b"plain ascii", "text/xml; charset=iso-8859-1") == ""
    utf8 = "Ελληνικά и русский".encode()
    assert charset_of(utf8, "text/html; charset=koi8-r") == "utf-8"  # its mojibake: UTF-8
    assert charset_of(utf8, "text/html; charset=windows-1255") == "cp1255"  # not LEGACY
    assert charset_of(utf8, "text/html; charset=iso-8859-15") == "utf-8"  # Latin-9: Western
    assert charset_of(b"\xef\xbb\xbf" + utf8, "text/html; charset=iso-8859-1") == "utf-8-sig"
    assert misdeclared_utf8(b"\xef\xbb\xbf" + utf8, "text/html; charset=iso-8859-1") == ""


def test_json_feed_and_markdown_served_as_latin1() -> None:
    feed = ('{"version": "https://jsonfeed.org/version/1.1", "title": "Café", "items": '
            f'[{{"id": "1", "title": "{TITLE}", "content_text": "{BODY}"}}]}}').encode()
    parsed = parse(_fetched(feed, "application/feed+json; charset=iso-8859-1"))
    assert (parsed.entries[0].title, parsed.entries[0].body) == (TITLE, BODY)
    assert parsed.problems == ["Café: served as iso-8859-1 but written in UTF-8; read as UTF-8"]
    note = f"# {TITLE}\n\n{BODY}\n".encode()
    parsed = parse(_fetched(note, "text/markdown; charset=windows-1252",
                            "http://wire.example/n.md"))
    assert (parsed.entries[0].title, parsed.entries[0].body) == (TITLE, BODY)
    assert parsed.problems[0].startswith("http://wire.example/n.md: served as windows-1252")


AMP = (b'<rss version="2.0"><channel><title>Amp</title><item>'
       b"<title>AT&T & Procter & Gamble up 5%</title><guid>x1</guid>"
       b"<description>Q&A: rates up 5% & rising</description></item></channel></rss>")


def test_bare_ampersands_come_through_as_written(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "amp.xml"
    path.write_bytes(AMP)
    assert main(["import", str(path), "--into", str(tmp_path / "lib")]) == 0
    (article,) = load_paths([tmp_path / "lib"]).articles
    assert (article.title, article.body.strip()) == ("AT&T & Procter & Gamble up 5%",
                                             "Q&A: rates up 5% & rising")
    # the feed parsed cleanly once repaired: no "malformed feed", one note
    assert capsys.readouterr().err == "  Amp: 5 bare & read as text (the feed should write &amp;)\n"


def test_another_error_is_still_malformed_and_its_place_is_the_feeds() -> None:
    data = AMP.replace(b"up 5% &", b"< 5% &") + b"<more/>"
    parsed = parse(Fetched(data, "amp.xml"))
    assert (parsed.entries[0].title, parsed.entries[0].body) == (
        "AT&T & Procter & Gamble up 5%", "Q&A: rates < 5% & rising")
    column = data.index(b"<more/>")
    assert parsed.problems == [
        "Amp: 5 bare & and a bare < read as text (the feed should write &amp; and &lt;)",
        f"malformed feed (line 1, column {column}: junk after document element); "
        "1 item read anyway"]
    escaped = parse(Fetched(data.replace(b"&", b"&amp;").replace(b"< ", b"&lt; "), "amp.xml"))
    assert escaped.problems[0].startswith(  # the same place, in a feed 23 characters longer
        f"malformed feed (line 1, column {column + 23}:")
    declared = parse(Fetched(b'<?xml version="1.0"?>\n' + data, "amp.xml"))
    assert f"(line 2, column {column}:" in declared.problems[1]


def test_what_is_not_a_bare_ampersand_is_left_alone() -> None:
    text = ('<a x="?a=1&amp;b=2">&lt;b&gt; &#233; &#xE9; &quot;<![CDATA[AT&T]]><!-- a&b -->'
            '<?pi a&b?></a>')
    assert repair_markup(text).text == text
    doctype = '<!DOCTYPE rss [<!ENTITY mine "x&#233;">]><rss>&mine; &eacute; A&B &#; &</rss>'
    repaired = repair_markup(doctype)
    assert repaired.text == ('<!DOCTYPE rss [<!ENTITY mine "x&#233;">]><rss>&mine; &#233; '
                             'A&amp;B &amp;#; &amp;</rss>')
    assert repaired.bare == 3


def test_columns_are_given_back_as_in_the_document() -> None:
    repaired = repair_markup("a&b\nc&d &eacute; <x")
    assert repaired.text == "a&amp;b\nc&amp;d &#233; <x"
    error_at = repaired.text.split("\n")[1].index("<")
    assert original_column(repaired, 2, error_at) == "c&d &eacute; <x".index("<")
    assert original_column(repaired, 1, 1) == 1


def test_an_opml_list_with_bare_ampersands_and_html_entities() -> None:
    opml = (b'<?xml version="1.0"?><opml version="2.0"><head><title>A&B</title></head><body>'
            b'<outline text="Q&A &eacute;" xmlUrl="https://x.example/f?a=1&b=2"/></body></opml>')
    parsed = parse(Fetched(opml, "list.opml"))
    (outline,) = parsed.outlines
    assert (parsed.title, outline.title, outline.url) == (
        "A&B", "Q&A é", "https://x.example/f?a=1&b=2")
    assert parsed.problems == ["A&B: 3 bare & read as text (the list should write &amp;)"]
