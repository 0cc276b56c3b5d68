"""Feed items as a newsboat user expects them: undated items dated when first fetched, untitled
items titled by their first words, a bad date reported, `<br>` a break between lines."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from hzreader.feeds import Importer, ImportOptions, Job
from hzreader.feeds._html import first_words, to_paragraphs
from hzreader.feeds._model import short_hash
from hzreader.feeds._sources import Fetched, parse
from hzreader.feeds._yamlout import read_mark
from hzreader.files import load_paths
from hzreader.library._base import newest_first
from hzreader.model import split_paragraphs


def rss(*items: str, title: str = "Test Daily") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>http://example.com/</link><description>t"
            f"</description>{''.join(items)}</channel></rss>").encode()


def item(guid: str, title: str = "", text: str = "", date: str = "") -> str:
    parts = [f"<guid>{guid}</guid>"]
    if title:
        parts.append(f"<title>{title}</title>")
    if text:
        parts.append(f"<description>{text}</description>")
    if date:
        parts.append(f"<pubDate>{date}</pubDate>")
    return f"<item>{''.join(parts)}</item>"


def json_feed(*items: dict[str, object]) -> bytes:
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Micro",
                       "home_page_url": "https://micro.example/", "items": items}).encode()


def run(into: Path, source: Path):  # type: ignore[no-untyped-def]
    (report,) = Importer(ImportOptions(into, workers=1)).run([Job(str(source), into, False)])
    return report


def dates(folder: Path) -> dict[str, dt.datetime | None]:
    """Each written article's date as its file gives it (with its zone), by title."""
    found = {}
    for path in folder.rglob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[data["title"]] = dt.datetime.fromisoformat(data["date"]) if "date" in data else None
    return found


def articles(folder: Path) -> dict[str, object]:
    result = load_paths([folder])
    assert not result.problems
    return {a.title: a for a in result.articles}


# -- 1. an undated item is dated when it is first fetched, for good --------------------------

def test_an_undated_item_gets_the_time_it_was_first_fetched_and_keeps_it(tmp_path: Path
                                                                          ) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(item("old", "Old news", "Dated 2 years ago.",
                              "Mon, 03 Nov 2025 08:00:00 +0000"),
                         item("new", "Fresh news", "No date at all, 5 percent.")))
    into = tmp_path / "lib"
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    assert run(into, feed).ok
    after = dt.datetime.now(dt.timezone.utc)
    first = dates(into)["Fresh news"]
    assert isinstance(first, dt.datetime) and first.tzinfo is not None
    assert before <= first <= after  # the news of that moment: after the dated old item
    assert first > dates(into)["Old news"]  # type: ignore[operator]
    # a later update of the item (new text, still no date) keeps the date of the first fetch
    feed.write_bytes(rss(item("new", "Fresh news", "No date at all, now 6 percent.")))
    report = run(into, feed)
    assert report.counts["updated"] == 1
    assert dates(into)["Fresh news"] == first
    assert "6 percent" in articles(into)["Fresh news"].body  # type: ignore[attr-defined]


def test_an_update_keeps_the_date_an_undated_item_was_written_with(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(item("x", "Undated", "Some text.")))
    into = tmp_path / "lib"
    run(into, feed)
    path = next(into.rglob("*.yaml"))
    # as if written a year ago: the mark's text hash is made again so the file is unedited
    text = path.read_text(encoding="utf-8")
    dated = dates(into)["Undated"]
    assert dated is not None
    old = text.replace(dated.isoformat(), "2024-05-06T07:08:09+00:00")
    first, _, rest = old.partition("\n")
    first = first.replace(first.split("text=")[1][:16], short_hash(rest, 16))
    path.write_text(first + "\n" + rest, encoding="utf-8")
    assert read_mark(path.read_text(encoding="utf-8"))[2]  # type: ignore[index]
    feed.write_bytes(rss(item("x", "Undated", "Some new text.")))
    assert run(into, feed).counts["updated"] == 1
    assert dates(into)["Undated"] == dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.timezone.utc)


def test_undated_items_keep_the_feeds_order(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(item("c", "Zebra first", "Newest."), item("b", "Apple", "Middle."),
                         item("a", "Mango", "Oldest.")))
    into = tmp_path / "lib"
    run(into, feed)
    found = dates(into)
    assert found["Zebra first"] > found["Apple"] > found["Mango"]  # type: ignore[operator]
    assert [a.title for a in newest_first(load_paths([into]).articles)] == [
        "Zebra first", "Apple", "Mango"]


# -- 2. an untitled item is titled by its first words ----------------------------------------

def test_first_words_cut_at_a_word_boundary_with_an_ellipsis() -> None:
    assert first_words("No title here, costs $5m.") == "No title here, costs $5m."
    long = ("The city council voted on Tuesday to spend 4.5 million dollars on new buses, "
            "the mayor said.")
    title = first_words(long)
    assert title == "The city council voted on Tuesday to spend 4.5 million dollars on new buses…"
    assert len(title) <= 80 and long.startswith(title[:-1])
    chinese = "杭州" * 60
    assert first_words(chinese) == chinese[:79] + "…"


def test_untitled_rss_and_json_feed_items_are_titled_by_their_first_words(tmp_path: Path
                                                                          ) -> None:
    feed = parse(Fetched(rss(item("a3", "", "<p>No title here, <b>costs</b> $5m.</p>"),
                             item("a4", "", "")), "feed.xml"))
    (entry,) = feed.entries
    assert entry.title == "No title here, costs $5m."
    assert feed.problems == ["item 2: 'untitled': no title and no text; not imported"]
    micro = parse(Fetched(json_feed(
        {"id": "1", "content_html": "<p>Just shipped version 2.0 of the app, with "
                                    "support for 12 languages and a much faster start</p>"},
        {"id": "2", "content_text": "Short post"},
        {"id": "3", "url": "https://micro.example/3"}), "feed.json"))
    first, second = micro.entries
    assert first.title == ("Just shipped version 2.0 of the app, with support for 12 "
                           "languages and a much…")
    assert second.title == "Short post"
    assert micro.problems == ["item 3: 'https://micro.example/3': no title and no text; "
                              "not imported"]
    path = tmp_path / "micro.json"
    path.write_bytes(json_feed({"id": "2", "content_text": "Short post"}))
    assert run(tmp_path / "lib", path).counts["new"] == 1
    assert list(articles(tmp_path / "lib")) == ["Short post"]


# -- 3. a date that is no date is reported, and the item kept --------------------------------

def test_a_garbage_date_keeps_the_item_and_gives_one_warning(tmp_path: Path) -> None:
    feed = parse(Fetched(rss(item("a", "Bad date", "Text.", "garbage date"),
                             item("b", "Good date", "Text.", "Mon, 03 Nov 2025 08:00:00 +0000"),
                             item("c", "Bad too", "Text.", "32/13/2025")), "feed.xml"))
    assert [e.title for e in feed.entries] == ["Bad date", "Good date", "Bad too"]
    assert feed.entries[0].date is None and feed.entries[1].date is not None
    assert feed.problems == ["Test Daily: 2 dates not understood: 'garbage date' (item 1), "
                             "'32/13/2025' (item 3); imported as undated (dated when first "
                             "fetched)"]
    micro = parse(Fetched(json_feed({"id": "1", "content_text": "x", "date_published": "soon"},
                                    {"id": "2", "content_text": "y", "date_published": "never",
                                     "date_modified": "2025-01-02T03:04:05Z"}), "f.json"))
    assert micro.entries[1].date == dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    assert micro.problems == ["Micro: a date not understood: 'soon' (item 1); imported as "
                              "undated (dated when first fetched)"]
    path = tmp_path / "feed.xml"
    path.write_bytes(rss(item("a", "Bad date", "Text.", "garbage date")))
    report = run(tmp_path / "lib", path)
    assert report.counts["new"] == 1 and len(report.problems) == 1
    assert "'garbage date'" in report.problems[0]
    assert dates(tmp_path / "lib")["Bad date"] is not None


# -- 4. <br> is a break between lines --------------------------------------------------------

@pytest.mark.parametrize(("html", "paragraphs"), [
    ("<p>Line1<br/>Line2</p>", ["Line1", "Line2"]),
    ("<p>Line1<br>Line2<br><br>Line3</p>", ["Line1", "Line2", "Line3"]),
    ("Line1<br /><br />Line2<br/>", ["Line1", "Line2"]),
    ("<p><br>Only<br></p><p>Next</p>", ["Only", "Next"]),
    ("<ul><li>one<br>two</li></ul>", ["- one\n  two"]),  # a second line of the item
    ("<table><tr><td>a<br>b</td><td>c</td></tr></table>", ["a b | c"]),
])
def test_a_line_break_keeps_its_lines_apart(html: str, paragraphs: list[str]) -> None:
    assert to_paragraphs(html, "text/html") == paragraphs


def test_a_line_break_survives_into_the_article(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(rss(item("a", "Breaks", "<![CDATA[<p>Price €3bn. Line1<br/>Line2</p>]]>")))
    run(tmp_path / "lib", path)
    body = articles(tmp_path / "lib")["Breaks"].body  # type: ignore[attr-defined]
    assert split_paragraphs(body) == ["Price €3bn. Line1", "Line2"]


# -- 5. Atom text content: no second, HTML reading of it as a summary -------------------------

def test_atom_text_content_is_not_read_again_as_html_for_the_summary() -> None:
    # feedparser copies a text/plain <content> into `summary` with no type; read as HTML
    # there, "x<y and y>z" lost a tag's worth and stayed as a summary that was no summary.
    atom = (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:1'
            b'</id><title>t</title><content type="text">x&lt;y and y&gt;z, said &lt;b&gt;.'
            b"</content></entry></feed>")
    (entry,) = parse(Fetched(atom, "a.xml")).entries
    assert (entry.body, entry.summary) == ("x<y and y>z, said <b>.", "")
