"""Bare `<` in a feed's text ("Profits < forecasts"): written `&lt;` before parsing, the text
kept as written, one note; markup left alone. A local HTTP server in the test process."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from hzreader.cli import main
from hzreader.feeds._repair import original_column, repair_markup
from hzreader.feeds._sources import Fetched, parse
from hzreader.files import load_paths

from conftest import serving

TEXTS = ["Profits < forecasts", "rates <5% and <= 3", "x<y and y>z", "if a<b then c", "</ 5"]
NOTE = "Lt: {} bare < read as text (the feed should write &lt;)"


@pytest.fixture
def served() -> Iterator[tuple[str, dict[str, bytes]]]:
    """A server answering each path with its bytes as `application/rss+xml`."""
    routes: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            body = routes[self.path]
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    with serving(Handler) as base:
        yield base, routes


def rss(title: str, text: str) -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Lt'
            f"</title><item><title>{title}</title><guid>x1</guid><description>{text} end."
            f"</description></item><item><title>Two</title><guid>x2</guid><description>"
            f"Second.</description></item></channel></rss>").encode()


@pytest.mark.parametrize("text", TEXTS)
def test_a_bare_lt_is_read_as_text_through_import(
        served: tuple[str, dict[str, bytes]], tmp_path: Path, text: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    base, routes = served
    routes["/lt.xml"] = rss(text, f"Body: {text} &amp; more")
    assert main(["import", f"{base}/lt.xml", "--into", str(tmp_path)]) == 0
    articles = load_paths([tmp_path]).articles
    assert {a.title: a.body.strip() for a in articles} == {
        "Two": "Second.", text: f"Body: {text} & more end."}
    count = 2 * text.count("<")
    assert capsys.readouterr().err == f"  {NOTE.format(count)}\n"  # no "malformed feed"


def _texts(data: str) -> list[tuple[str, str, str]]:
    parsed = parse(Fetched(data.encode(), "lt.xml"))
    assert not [p for p in parsed.problems if "malformed" in p], parsed.problems
    return [(e.title, e.body, e.summary) for e in parsed.entries]


@pytest.mark.parametrize("text", TEXTS)
def test_atom_rdf_and_html_content_keep_the_text(text: str) -> None:
    atom = (f'<feed xmlns="http://www.w3.org/2005/Atom"><title>Lt</title><entry><id>urn:1</id>'
            f'<title type="text">{text}</title><content type="text">{text}.</content></entry>'
            f'<entry><id>urn:2</id><title>{text}</title><content type="html">{text}.</content>'
            f'</entry><entry><id>urn:3</id><title type="html">{text}</title>'
            f'<summary type="text/html">{text}.</summary></entry></feed>')
    assert _texts(atom) == [(text, f"{text}.", "")] * 3
    rdf = ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="http://x.example/"><title>Lt'
           f'</title></channel><item rdf:about="http://x.example/1"><title>{text}</title>'
           f"<link>http://x.example/1</link><description>{text}.</description></item></rdf:RDF>")
    assert _texts(rdf) == [(text, f"{text}.", "")]
    # HTML elements written into the item (mixed content, which feedparser escapes itself)
    encoded = ('<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
               "<channel><title>Lt</title><item><title>t</title><guid>x1</guid>"
               f'<content:encoded><p class="a">{text}</p><p>Next.</p></content:encoded>'
               "</item></channel></rss>")
    assert _texts(encoded) == [("t", f"{text}\n\nNext.", "")]


@pytest.mark.parametrize("markup", [
    '<a x="1" y=\'2\'>t</a>', "<guid isPermaLink=false>g</guid>", "<img src=x.jpg alt>",
    '<a href=https://x.example/?a=1&amp;b=2>l</a>', "<br/><br >", "<名前 属性='v'>t</名前>",
    "<a:b c:d='1'/>", "<![CDATA[a < b <c]]>", "<!-- a < b -->", "<?pi a < b?>",
    '<!DOCTYPE rss [<!ENTITY x "y">]>', "<rss><item><title>cut off: <descrip",
    "<rss><item><guid x='1", "<rss><item><", "<rss><item></", "x</y >",
])
def test_markup_is_left_alone(markup: str) -> None:
    assert repair_markup(markup).text == markup


@pytest.mark.parametrize(("text", "expected"), [
    ("a < b", "a &lt; b"), ("<5%", "&lt;5%"), ("<<=", "&lt;&lt;="), ("x<y and z>", "x&lt;y and z>"),
    ("<b then c</t>", "&lt;b then c</t>"), ("</ 5", "&lt;/ 5"), ("<x=5>", "&lt;x=5>"),
    ('<o text="a<b" t=\'<\'/>', '<o text="a&lt;b" t=\'&lt;\'/>'),
    ("<description>x<y z</description>", "<description>x&amp;lt;y z</description>"),
    ("<description>a < b</description>", "<description>a &lt; b</description>"),
    ('<content type="html">x<y z</content>', '<content type="html">x&amp;lt;y z</content>'),
    ('<content type="text">x<y z</content>', '<content type="text">x&lt;y z</content>'),
    ("<description><p>x<y z</p></description>", "<description><p>x&lt;y z</p></description>"),
])
def test_what_a_bare_lt_becomes(text: str, expected: str) -> None:
    repaired = repair_markup(text)
    assert (repaired.text, repaired.bare_lt) == (expected, text.count("<") - expected.count("<"))


def test_columns_after_a_repaired_lt_are_the_feeds() -> None:
    text = "<description>x<y a < b & c <é</description>"
    repaired = repair_markup(text)
    assert (repaired.bare, repaired.bare_lt) == (1, 3)
    assert original_column(repaired, 1, repaired.text.index("</description>")) == (
        text.index("</description>"))


def test_a_truncated_feed_is_no_bare_lt() -> None:
    data = rss("a < b", "one").split(b"<item><title>Two")[0] + b"<item><title>Two</ti"
    parsed = parse(Fetched(data, "lt.xml"))
    assert [e.title for e in parsed.entries] == ["a < b"]
    assert parsed.problems[0] == NOTE.format("a")  # only the one in the text
    assert parsed.problems[1].startswith("feed cut off (line 2, column")


def test_an_opml_list_with_bare_lt() -> None:
    opml = (b'<opml version="2.0"><head><title>A < B</title></head><body><outline text="x<y z">'
            b'<outline text="a<5" xmlUrl="https://x.example/f?a=1&b=2"/></outline></body></opml>')
    parsed = parse(Fetched(opml, "list.opml"))
    (outline,) = parsed.outlines
    assert (parsed.title, outline.title, outline.category) == ("A < B", "a<5", ("x<y z",))
    assert parsed.problems == [
        "A < B: a bare & and 3 bare < read as text (the list should write &amp; and &lt;)"]


def test_many_bare_lt_in_one_text() -> None:
    text = "a<b " * 20_000 + "<description>" + "c<d " * 20_000 + "</description>"
    repaired = repair_markup(text)
    assert repaired.bare_lt == 40_000
    assert repaired.text.count("&amp;lt;") == 20_000  # inside the description


def test_a_pages_title_is_read_up_to_its_end_tag() -> None:
    """The title named in "no article text found in the page 'TITLE'" (review16: read
    without a lazy regex, which took seconds on thousands of unclosed titles)."""
    from hzreader.feeds._page import _no_article, _page_title

    assert _page_title('<TITLE lang="en">503 Service</Title>') == "503 Service"
    assert _page_title("<title>never closed") is None
    assert _page_title("<titles>no</titles>") is None
    assert "'x'" not in _no_article("<html>" + "<title>x" * 9_000, "http://example.test/")
