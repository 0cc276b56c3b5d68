"""Bytes to text for imported sources (`feeds._decode`): a declared charset wins, else
valid UTF-8 is UTF-8, else windows-1252; pages, feeds, OPML, JSON Feed and Markdown alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.feeds._decode import charset_of, decode
from hzreader.feeds._sources import Fetched, parse

ARTICLE = ("<p>The club paid a fee of €120 million, rising to €135m with add-ons, for the "
           "striker on a five-year contract that runs to the summer of 2031.</p>"
           "<p>He earns a reported £350,000 a week, the “fee” of a record — naïve fans "
           "cheered outside the stadium all night long.</p>")


def page(encoding: str, head: str = "") -> bytes:
    html = (f"<!doctype html><html><head>{head}<title>Club pays €120m</title></head><body>"
            f"<article><h1>Club pays €120m</h1>{ARTICLE}</article></body></html>")
    return html.encode(encoding)


def parsed_page(data: bytes, content_type: str = "") -> tuple[str, str]:
    from hzreader.feeds._http import Response

    fetched = Fetched(data, "https://news.example/a", Response(
        "https://news.example/a", data, content_type))
    (entry,) = parse(fetched).entries
    return entry.title, entry.body


@pytest.mark.parametrize(("data", "content_type", "expected"), [
    ("€5 “fee”".encode(), "", "utf-8"),
    ("€5 “fee”".encode("cp1252"), "", "windows-1252"),
    ("€5".encode("cp1252"), "text/html; charset=ISO-8859-1", "cp1252"),  # WHATWG: 1252
    ("€5".encode(), "text/html; charset=utf-8", "utf-8"),
    (b"\xef\xbb\xbf\x80", "text/html; charset=cp1252", "utf-8-sig"),  # the BOM wins
    ("€5".encode("utf-16"), "", "utf-16"),
    ("€5 “fee”".encode("cp1252"), "text/html; charset=utf-8", "windows-1252"),  # wrong UTF-8
    ("中文".encode("gbk"), "text/html; charset=gb2312", "gb18030"),
    ("€5".encode(), "text/html; charset=no-such-thing", "utf-8"),  # unknown: ignored
])
def test_the_charset_rule(data: bytes, content_type: str, expected: str) -> None:
    assert charset_of(data, content_type) == expected


def test_the_documents_own_declaration_counts_for_its_kind() -> None:
    meta = b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">\xa3'
    assert charset_of(meta, markup="html") == "iso8859-2"
    assert charset_of(meta) == "windows-1252"  # plain text has no <meta>
    assert charset_of(b"<meta charset='utf-16'>x", markup="html") == "utf-8"  # readable: not 16
    xml = b'<?xml version="1.0" encoding="koi8-r"?><a>\xf0</a>'
    assert charset_of(xml, markup="xml") == "koi8-r"
    assert charset_of(xml, "application/xml; charset=utf-8", markup="xml") != "koi8-r"


def test_windows_1252_reads_every_byte() -> None:
    assert decode(b"\x80 \x93x\x94 \x97 \xa3") == "€ “x” — £"
    assert decode(b"a\x81b") == "a\x81b"  # unassigned: its C1 control (clean_line drops it)


@pytest.mark.parametrize(("data", "content_type"), [
    (page("utf-8"), ""),
    (page("utf-8"), "text/html"),  # http.server's answer for a .html file
    (page("cp1252"), "text/html"),
    (page("cp1252", '<meta charset="windows-1252">'), "text/html"),
    (page("cp1252", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
     ""),
    (page("cp1252"), "text/html; charset=windows-1252"),
    (page("utf-8", '<meta charset="windows-1252">'), "text/html; charset=utf-8"),  # header wins
    (b'<?xml version="1.0" encoding="windows-1252"?>' + page("cp1252"), ""),
])
def test_a_page_reads_right_however_its_charset_is_told(data: bytes, content_type: str) -> None:
    title, body = parsed_page(data, content_type)
    assert title == "Club pays €120m"
    assert "€120 million" in body and "£350,000" in body and "“fee”" in body
    assert "naïve" in body and "—" in body


def test_a_page_file_without_a_charset(tmp_path: Path) -> None:
    for encoding in ("utf-8", "cp1252"):
        path = tmp_path / f"{encoding}.html"
        path.write_bytes(page(encoding))
        (entry,) = parse(Fetched(path.read_bytes(), str(path))).entries
        assert entry.title == "Club pays €120m" and "€135m" in entry.body


def test_a_feed_without_a_declaration_in_windows_1252() -> None:
    rss = ("<rss version='2.0'><channel><title>Café news</title><item><title>Fee: €5</title>"
           "<description>The “fee” — naïve</description></item></channel></rss>")
    for data, content_type in ((rss.encode("cp1252"), ""), (rss.encode(), "text/xml"),
                               (rss.encode("cp1252"), "text/xml; charset=iso-8859-1")):
        parsed = parse(Fetched(data, "feed.xml", None) if not content_type else Fetched(
            data, "https://news.example/feed", _response(data, content_type)))
        (entry,) = parsed.entries
        assert (parsed.title, entry.title, entry.body) == (
            "Café news", "Fee: €5", "The “fee” — naïve")


def _response(data: bytes, content_type: str):  # type: ignore[no-untyped-def]
    from hzreader.feeds._http import Response

    return Response("https://news.example/feed", data, content_type)


def test_markdown_and_json_feed_share_the_rule(tmp_path: Path) -> None:
    note = tmp_path / "note.md"
    note.write_bytes("# Café costs €5\n\nThe “fee” — naïve.\n".encode("cp1252"))
    (entry,) = parse(Fetched(note.read_bytes(), str(note))).entries
    assert (entry.title, entry.body) == ("Café costs €5", "The “fee” — naïve.")
    feed = ('{"version": "https://jsonfeed.org/version/1.1", "title": "Café", "items": '
            '[{"id": "1", "title": "€5", "content_text": "The “fee”."}]}')
    (item,) = parse(Fetched(feed.encode("cp1252"), "feed.json")).entries
    assert (item.title, item.body) == ("€5", "The “fee”.")


def test_an_opml_list_in_windows_1252() -> None:
    opml = ('<?xml version="1.0" encoding="windows-1252"?><opml version="2.0"><head>'
            '<title>Café feeds</title></head><body><outline text="Café €" '
            'xmlUrl="https://cafe.example/feed"/></body></opml>').encode("cp1252")
    parsed = parse(Fetched(opml, "list.opml"))
    assert parsed.title == "Café feeds" and parsed.outlines[0].title == "Café €"


SIMPLIFIED = ("杭州市今年新增高层次人才3.5万名，投入资金120亿元，同比增长12.5%。"
              "市政府表示，将继续加大人才引进力度，为企业提供更多支持。")
TRADITIONAL = ("香港特區政府今日公布財政預算案，政府開支增加百分之五，投資基建項目逾千億元。"
               "立法會議員表示歡迎，並促請當局加快落實。")


def chinese_page(text: str, encoding: str) -> bytes:
    html = (f"<html><head><title>{text[:9]}</title></head><body><article><h1>{text[:9]}</h1>"
            f"<p>{text}</p><p>{text}</p></article></body></html>")
    return html.encode(encoding)


@pytest.mark.parametrize(("text", "encoding", "codec"), [
    (SIMPLIFIED, "gbk", "gb18030"), (SIMPLIFIED, "gb18030", "gb18030"),
    (TRADITIONAL, "big5", "big5hkscs"),
])
def test_an_undeclared_chinese_page_reads_as_chinese(text: str, encoding: str,
                                                     codec: str) -> None:
    data = chinese_page(text, encoding)
    assert charset_of(data) == codec == charset_of(data, "text/html")
    assert charset_of(data, "text/html; charset=utf-8") == codec  # UTF-8 said by mistake
    title, body = parsed_page(data, "text/html")
    assert title == text[:9] and text in body


def test_western_text_is_never_read_as_chinese() -> None:
    assert charset_of(page("cp1252")) == "windows-1252"
    # Runs of capital accented letters pair into common GBK characters; a few are not enough.
    assert charset_of("ÀÁÂÃÄÅ ÈÉÊË ÌÍÎÏ — São Paulo".encode("cp1252")) == "windows-1252"
    german = "Ärger über Öl: Größe, Maße, Straße — Zürich, Köln, Düsseldorf; à la française"
    assert charset_of((german * 20).encode("cp1252")) == "windows-1252"


def test_a_declared_charset_still_wins_over_the_chinese_test() -> None:
    data = chinese_page(SIMPLIFIED, "gbk")
    assert charset_of(data, "text/html; charset=iso-8859-1") == "cp1252"
