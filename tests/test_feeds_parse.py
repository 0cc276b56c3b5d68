"""Reading sources into entries: feeds, OPML, pages, Markdown; plain text only, safe names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hzreader.feeds import SourceError, to_paragraphs
from hzreader.feeds._dates import parse_date
from hzreader.feeds._names import hash_of_item_file, item_file_name, item_hash, slug
from hzreader.feeds._opml import parse_opml, write_opml
from hzreader.feeds._sources import Fetched, parse

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"


def parsed(name: str):  # type: ignore[no-untyped-def]
    path = FIXTURES / name
    return parse(Fetched(path.read_bytes(), str(path)))


def all_text(entry) -> str:  # type: ignore[no-untyped-def]
    return "\n".join([entry.title, entry.body, entry.summary, entry.author, *entry.tags])


def test_rss2_cdata_and_content_encoded() -> None:
    feed = parsed("rss2_cdata.xml")
    assert feed.kind == "feed" and feed.title == "The Daily Planet & Star"
    first, second = feed.entries
    # content:encoded wins over the description, which becomes the summary
    assert first.body.split("\n\n") == [
        "Industrial output grew 5.2 percent year-on-year in October, the statistics bureau "
        "said on Friday.",
        "Retail sales rose 3 percent to 4.5 trillion yuan, while fixed-asset investment fell "
        "1.7 percent.",
        "- Output: +5.2%\n- Retail: +3%", "Economists had expected growth of 5.5 percent.",
    ]
    assert first.summary == "Industrial output grew 5.2 percent in October."
    assert first.date == dt.datetime(2025, 11, 14, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert first.author == "Li Wei" and first.tags == ("Economy", "Industry")
    assert first.url == "https://planet.example/2025/11/factory-output"
    # a guid that is not globally unique is qualified by the feed
    assert first.id == "https://planet.example/#planet-10001"
    assert not first.summary_only and second.summary_only
    assert second.author == "City Desk" and second.id == "https://planet.example/2025/11/metro"


def test_entities_in_titles_are_decoded_once_and_nothing_is_markup() -> None:
    first, second = parsed("rss2_cdata.xml").entries
    assert first.title == "Factory output rises 5.2% — Tom & Jerry’s town cheers"
    assert second.body == "The new line cost 18 billion yuan and opens on Sunday."
    for entry in parsed("rss2_cdata.xml").entries:
        text = all_text(entry)
        assert "<" not in text and "&amp;" not in text and "INJECTED" not in text
        assert "color: red" not in text and "alert" not in text


def test_items_without_title_or_text_get_one_message_each() -> None:
    problems = parsed("rss2_cdata.xml").problems
    assert problems == [
        "item 3: 'https://planet.example/2025/11/untitled': no title and no text; not imported",
        "item 4: 'Photo of the day': no text; not imported",
    ]


def test_atom_with_xhtml_content() -> None:
    feed = parsed("atom_xhtml.xml")
    rate, update = feed.entries
    assert rate.title == "Central bank cuts rate by 50 basis points (update)"
    assert rate.body.split("\n\n") == [
        "The central bank cut its main rate by 50 basis points to 3.25 percent on Saturday.",
        '"Inflation has come down," the governor said.',
        "Rate   Before   After\nMain    3.75%   3.25%",
        "Markets rose 1.2 percent after the decision.",
    ]
    assert rate.url == "https://wire.example/markets/rate-cut"  # relative link resolved
    assert rate.id == "tag:wire.example,2025:rate-cut" and rate.tags == ("Markets",)
    assert rate.date.isoformat() == "2025-11-15T09:45:00+01:00"  # type: ignore[union-attr]
    # published missing: the updated date, with its own zone
    assert update.date.isoformat() == "2025-11-14T23:10:00-05:00"  # type: ignore[union-attr]
    assert update.body == "Plain text content.\n\nSecond paragraph of plain text."
    assert update.author == "Wire Staff"  # the feed's author


def test_a_wrong_encoding_declaration_is_survived() -> None:
    (entry,) = parsed("wrong_encoding.xml").entries
    assert entry.title == "Café prices up 4 percent — naïve buyers"  # the NBSP folds
    assert "€3.20" in entry.body


def test_rss_1_0_and_0_91() -> None:
    (rdf,) = parsed("rss1_rdf.xml").entries
    assert rdf.title == "Harbour handles 12 million containers" and rdf.tags == ("Trade",)
    assert rdf.date.isoformat() == "2025-01-05T06:00:00+09:00"  # type: ignore[union-attr]
    (old,) = parsed("rss091.xml").entries
    assert old.title == "Town budget of $2.4 million approved" and old.date is None
    assert old.id == "http://old.example/budget.html"


def test_json_feed() -> None:
    feed = parsed("feed.json")
    assert feed.title == "JSON Gazette"
    solar, text_only = feed.entries
    assert solar.body == "The farm added 300 megawatts in 2025.\n\nIt now powers 120,000 homes."
    assert solar.tags == ("energy", "solar") and solar.author == "Gazette Desk"
    assert solar.date.isoformat() == "2025-10-01T12:00:00+02:00"  # type: ignore[union-attr]
    assert text_only.id == "https://gazette.example/#2" and text_only.author == "Rui Chen"
    assert text_only.date.isoformat() == "2025-10-02T08:00:00+00:00"  # type: ignore[union-attr]
    assert feed.problems == ["item 3: '3': no title and no text; not imported",
                             "item 4: not an object; not imported"]


def test_nested_opml_lists_every_feed_once_with_its_folders() -> None:
    opml = parsed("nested.opml")
    assert opml.kind == "opml"
    assert [(o.url, o.category) for o in opml.outlines] == [
        ("https://planet.example/feed.xml", ("News", "World")),
        ("https://wire.example/atom.xml", ("News", "World")),
        ("https://rdf.example/rss", ("News",)),
        ("https://gazette.example/feed.json", ("Tech",)),
    ]
    again = parse_opml(write_opml(opml.outlines).encode())
    assert again.outlines == opml.outlines


def test_news_page_keeps_the_article_and_drops_the_rest() -> None:
    page = parsed("news_page.html")
    (entry,) = page.entries
    assert entry.title == "Hangzhou budget grows 4.5% as city hires 200 teachers"
    assert entry.url == entry.id == "https://planet.example/2025/11/budget"  # canonical
    assert entry.source == "The Daily Planet" and entry.author == "Jane Roe"
    assert entry.date.isoformat() == "2025-11-14T08:30:00+08:00"  # type: ignore[union-attr]
    gold = (FIXTURES / "news_page.gold.txt").read_text(encoding="utf-8").splitlines()
    assert entry.body.split("\n\n") == gold
    for junk in ("Advertisement", "cookies", "Comments", "First!", "taxpayer77", "Most read",
                 "Related stories", "Subscribe", "All rights reserved", "Share on", "Home"):
        assert junk not in entry.body, junk


@pytest.mark.parametrize("name", ["page_ad.html", "page_promos.html"])
def test_a_page_loses_its_ads_promotions_share_bars_and_newsletter_boxes(name: str) -> None:
    """Blocks marked by class, id, aria-label or data- names go, and "Subscribe" lines."""
    (entry,) = parsed(name).entries
    gold = (FIXTURES / name.replace(".html", ".gold.txt")).read_text(encoding="utf-8")
    assert entry.body.split("\n\n") == gold.splitlines()
    for junk in ("Advertisement", "50% off", "newsletter", "Share on", "Sponsored", "Premium",
                 "Related", "You may like", "cookies"):
        assert junk not in entry.body, junk


def test_a_feed_items_html_loses_marked_blocks_but_keeps_its_text() -> None:
    html = ('<p>Output rose 5%.</p><div class="ad-container"><div>Buy <b>now</b></div>'
            'still the ad</div><p>Exports fell.</p><aside aria-label="Share this">Share</aside>'
            '<p>Subscribe to our newsletter!</p><p class="lead">The shareholders agreed.</p>'
            '<span class="social-links">Follow us</span><p>Sign up to read more below.</p>'
            '<div class="share-tools">Share</div><div class="share-price">Shares rose 3%.</div>')
    assert to_paragraphs(html) == ["Output rose 5%.", "Exports fell.",
                                   "The shareholders agreed.", "Sign up to read more below.",
                                   "Shares rose 3%."]


def test_a_wrapper_with_an_unlucky_name_is_kept() -> None:
    """`<div class="content has-ads">` around the whole text is no ad."""
    words = " ".join(["Harbour traffic rose 12 percent in September."] * 6)
    page = (f'<html><head><title>Harbour</title></head><body><div class="content has-ads">'
            f'<h1>Harbour traffic</h1><p>{words}</p><p>{words}</p></div></body></html>')
    (entry,) = parse(Fetched(page.encode(), "x.html")).entries
    assert entry.body.count("Harbour traffic rose") == 12


def test_a_chinese_page_is_an_article_though_it_has_no_spaces() -> None:
    """Its words are counted by characters (tryout5: 8 paragraphs were "8 words")."""
    paragraphs = "".join(
        f"<p>第{n}段：中国汽车工业协会发布数据，1至10月新能源汽车销量达1025.6万辆，同比增长33.9%。</p>"
        for n in range(1, 4))
    page = (f"<html><head><title>新能源汽车</title></head><body><article><h1>新能源汽车销量"
            f"</h1>{paragraphs}</article></body></html>")
    (entry,) = parse(Fetched(page.encode(), "x.html")).entries
    assert entry.body.count("新能源汽车销量达") == 3
    with pytest.raises(SourceError, match="no article text"):  # a menu is still none
        parse(Fetched("<html><body><p>首页 新闻 体育</p></body></html>".encode(), "x.html"))


def test_bad_front_matter_is_told_by_file_line_and_column_with_a_hint() -> None:
    """As `hzreader --check` tells an article file's (tryout5: raw PyYAML text)."""
    from hzreader.feeds._markdown import parse_markdown

    with pytest.raises(SourceError) as caught:
        parse_markdown(b"---\ntitle: Growth: 5 percent\n---\nText.\n", "c.md")
    assert str(caught.value) == (
        "bad YAML front matter at line 2, column 14: invalid YAML: mapping values are not "
        'allowed in this context; hint: a value with ": " in it must be quoted: '
        'title: "Growth: 5 percent"')
    with pytest.raises(SourceError, match=r"at line 3, column \d+: invalid YAML: .*hint: a \["):
        parse_markdown(b"---\ndate: 2025-01-01\ntitle: [broken\n---\nText.\n", "c.md")


def test_a_chinese_page_of_short_paragraphs_keeps_them_without_headline_or_byline() -> None:
    """tryout6: trafilatura ran them into one with the headline, the byline and a related
    link; the byline's text was the author, not the page's `<meta name="author">`."""
    sentence = "广州地铁18号线北延段正式开通运营，全长约38.5公里，设站8座。"
    paragraphs = "".join(f"<p>第{n}段：{sentence}</p>" for n in range(1, 5))
    page = ('<html lang="zh-CN"><head><meta charset="utf-8"><meta name="author" '
            'content="王芳"><title>地铁开通'
            '</title></head><body><nav><a href="/">首页</a></nav><article><h1>广州地铁18号线'
            '北延段开通</h1><p class="byline">来源：广州日报 记者 王芳 2026年11月30日</p>'
            f'{paragraphs}<p>相关阅读：<a href="/x">深圳地铁14号线开通</a></p></article>'
            '</body></html>')
    (entry,) = parse(Fetched(page.encode(), "x.html")).entries
    body = entry.body.split("\n\n")
    assert [p[:3] for p in body] == ["第1段", "第2段", "第3段", "第4段"]
    assert entry.author == "王芳"


def test_a_short_chinese_page_keeps_its_paragraphs_too() -> None:
    """tryout7: three paragraphs of 35 to 45 characters (fewer than 200 in all) were still
    run into one with the headline and the byline."""
    page = (Path(__file__).parent / "fixtures" / "short_zh_page.html").read_bytes()
    (entry,) = parse(Fetched(page, "story.html")).entries
    assert [p[:4] for p in entry.body.split("\n\n")] == ["颱風「白", "民政事務", "天文台指"]
    assert entry.author == "李志強" and entry.title.startswith("颱風過後")


def test_a_page_without_article_text_is_an_error() -> None:
    with pytest.raises(SourceError, match="no article text"):
        parse(Fetched(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "x.html"))


def test_markdown_with_front_matter_and_with_a_heading() -> None:
    (note,) = parsed("note.md").entries
    assert note.title == "Field notes: the tea harvest" and note.author == "Mei Lin"
    assert note.date.isoformat() == "2025-04-02T09:00:00+08:00"  # type: ignore[union-attr]
    assert note.body.split("\n\n")[:2] == [
        "The Longjing harvest began on March 28, with 1,200 pickers on the hills.",
        "- Yield: 45 tonnes\n- Price: 8,000 yuan per kilogram"]
    assert "**" not in note.body and "](" not in note.body and "`" not in note.body
    (heading,) = parsed("heading.md").entries
    assert heading.title == "Harbour report for 2024"
    assert heading.body.split("\n\n") == [
        "Twelve million containers passed through the harbour, up 8 percent.", "Outlook",
        "Another 5 percent is expected in 2025."]


def test_markdown_without_a_title_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_text("just text\n", encoding="utf-8")
    with pytest.raises(SourceError, match="no title"):
        parse(Fetched(path.read_bytes(), str(path)))


def test_text_that_is_not_a_source_gets_no_parser_position(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some text\nline two\n", encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        parse(Fetched(path.read_bytes(), str(path)))
    assert str(caught.value) == "not a feed, OPML list, HTML page or Markdown file"


@pytest.mark.parametrize("suffix", [".yaml", ".yml", ".YAML"])
def test_a_yaml_article_is_sent_to_the_reader(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"my article{suffix}"
    path.write_text("title: Mine\nbody: Text.\n", encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        parse(Fetched(path.read_bytes(), str(path)))
    assert str(caught.value) == (f"a YAML article is not imported: open it with "
                                 f"hzreader '{path}' instead")


@pytest.mark.parametrize("name", ["not_a_feed.txt", "broken.xml"])
def test_what_is_not_a_feed_is_an_error(name: str) -> None:
    with pytest.raises(SourceError) as caught:
        parsed(name)
    assert "not a feed" in str(caught.value) or "feed cut off (line 2" in str(caught.value)


def test_html_to_paragraphs_drops_scripts_and_escapes() -> None:
    html = ("<p>A &amp; B<script>evil()</script></p><style>x{}</style><p>line<br>two<br><br>"
            "three</p><p>\x1b]8;;http://x\x07link\x1b]8;;\x07 \x1b[31mred\u202e</p>")
    assert to_paragraphs(html) == ["A & B", "line", "two", "three", "link red"]
    assert to_paragraphs("plain\n\ntext\nmore") == ["plain", "text more"]


@pytest.mark.parametrize("title", ["../../etc/passwd", "/", "a\x00b", "CON", "nul", "..",
                                   ".hidden", "COM1", "x" * 1000, "杭州" * 200, "A/B\\C:D*E?",
                                   ""])
def test_file_names_are_safe(title: str) -> None:
    name = item_file_name(title, "some-id")
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith(".") and ".." not in name
    assert len(name.encode("utf-8")) <= 100
    assert name == name.lower() and name.endswith(".yaml")
    assert name.split("-")[0].split(".")[0].lower() not in {"con", "nul", "com1", "prn", "aux"}
    assert hash_of_item_file(name) == item_hash("some-id")


def test_slugs_keep_words_of_any_script() -> None:
    assert slug("Café prices up 4% — Tom & Jerry") == "café-prices-up-4-tom-jerry"
    assert slug("杭州 人才") == "杭州-人才"
    assert slug("") == "item"


def test_dates_keep_their_zone() -> None:
    assert parse_date("Fri, 14 Nov 2025 08:30:00 +0800").isoformat() == (  # type: ignore[union-attr]
        "2025-11-14T08:30:00+08:00")
    assert parse_date("2025-11-14T08:30:00Z").isoformat() == (  # type: ignore[union-attr]
        "2025-11-14T08:30:00+00:00")
    assert parse_date("not a date") is None


@pytest.mark.parametrize(("heading", "kept"), [
    ("# Tea  harvest", False),            # the title again: dropped
    ("# *Tea* harvest #", False),         # the same words once rendered
    ("# A different heading", True),      # a heading of its own: kept
    ("Intro line.\n\n# Tea harvest", True),  # not the first line of the text: kept
    ("# Tea", False),                     # the title shortened (tryout8: "# Slow-roast lamb")
    ("# TEA-HARVEST!", False),            # punctuation and case folded away
    ("# Tea harvest: the 2026 pickers", False),  # the title and more: the title wins
    ("# Teas", True),                     # another word
    ("# Harvest", True),                  # not the title's first words
])
def test_a_first_heading_that_repeats_the_front_matter_title_is_dropped(
        heading: str, kept: bool) -> None:
    from hzreader.feeds._markdown import parse_markdown

    data = f"---\ntitle: Tea Harvest\n---\n\n{heading}\n\nPickers came at 6 am.\n"
    (note,) = parse_markdown(data.encode(), "note.md").entries
    assert note.title == "Tea Harvest"
    assert (note.body.split("\n\n")[0] != "Pickers came at 6 am.") == kept
    assert note.body.endswith("Pickers came at 6 am.")


def test_markdown_code_blocks_are_left_out_and_said_so() -> None:
    from hzreader.feeds._markdown import parse_markdown

    data = ("---\ntitle: 'Slow-roast lamb: 4 hours at 150°C'\n---\n\n# Slow-roast lamb\n\n"
            "Roast at 150°C for 4 hours.\n\n```\ncode block with 99 problems\n```\n\n"
            "    indented code, 12 lines\n\nServe with `500g` of potatoes.\n")
    parsed_note = parse_markdown(data.encode(), "lamb.md")
    (note,) = parsed_note.entries
    assert note.body.split("\n\n") == ["Roast at 150°C for 4 hours.",
                                        "Serve with 500g of potatoes."]  # inline code stays
    assert parsed_note.problems == [
        "2 code blocks left out of the text (code is not read for figures)"]


def _feed_of(items: str) -> bytes:
    return ('<?xml version="1.0"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f'<title>Port news</title><link>https://port.example/</link>{items}'
            '</channel></rss>').encode()


def test_an_item_with_only_content_encoded_has_no_summary_repeating_its_body() -> None:
    """tryout10: the whole body came back as the summary, so every figure was counted twice."""
    item = ("<item><title>Port volumes rise</title><guid>p1</guid><content:encoded><![CDATA["
            "<p>Volumes rose 6.3%.</p><p>The port handled 3.9 million TEUs, up from 3.6 "
            "million a year earlier, the authority said on Monday.</p>]]></content:encoded>"
            "</item>")
    (entry,) = parse(Fetched(_feed_of(item), "https://port.example/feed")).entries
    assert entry.body.startswith("Volumes rose 6.3%.\n\nThe port handled")
    assert entry.summary == ""


def test_two_items_with_one_id_import_the_newer_once_and_say_so() -> None:
    """tryout10: the older item overwrote the newer one's file, silently, at every import."""
    items = ("<item><title>Line cuts journey to 2 hours</title><guid>urn:rail:1</guid>"
             "<pubDate>Thu, 04 Dec 2026 09:00:00 GMT</pubDate><description>Newer text."
             "</description></item>"
             "<item><title>Duplicate</title><guid>urn:rail:1</guid>"
             "<pubDate>Thu, 04 Dec 2026 08:00:00 GMT</pubDate><description>Older text."
             "</description></item>")
    feed = parse(Fetched(_feed_of(items), "https://port.example/feed"))
    (entry,) = feed.entries
    assert entry.title == "Line cuts journey to 2 hours"
    assert feed.problems == [
        "item 2: same id as item 1 (urn:rail:1); the newer, item 1, was imported"]
    swapped = items.replace("09:00", "07:00")  # now the second item is the newer
    feed = parse(Fetched(_feed_of(swapped), "https://port.example/feed"))
    assert [e.title for e in feed.entries] == ["Duplicate"]
    assert feed.problems == [
        "item 1: same id as item 2 (urn:rail:1); the newer, item 2, was imported"]


def test_a_short_page_keeps_its_paragraphs_without_headline_and_byline() -> None:
    """tryout11: a short page (about 30 words) came out as one paragraph, headline and
    byline included (the retry in trafilatura's precise mode started at 35 words)."""
    html = ("<html><head><title>City budget grows 4.5 percent</title></head><body><article>"
            "<h1>City budget grows 4.5 percent</h1><p class='byline'>By Ann Lee, 3 December "
            "2026</p><p>The city budget grows 4.5 percent to $2.3 billion next year, officials "
            "said on Thursday.</p><p>Some 1,200 new teachers will be hired.</p>"
            "<div class='newsletter'>Subscribe</div></article></body></html>")
    (entry,) = parse(Fetched(html.encode(), "https://news.example/a")).entries
    assert entry.body.split("\n\n") == [
        "The city budget grows 4.5 percent to $2.3 billion next year, officials said on "
        "Thursday.", "Some 1,200 new teachers will be hired."]


def test_the_site_s_name_is_never_the_headline() -> None:
    """tryout11: `source:` was the headline, taken from "<title>Headline - Site</title>"."""
    from hzreader.feeds._page import site_name, title_site

    assert title_site("City budget grows - Tryout Times", "City budget grows") == "Tryout Times"
    assert title_site("Tryout Times | City budget grows", "City budget grows") == "Tryout Times"
    assert title_site("Something else - Tryout Times", "City budget grows") == ""
    assert title_site("City budget grows", "City budget grows") == ""
    assert site_name("City budget grows 4.5 percent", "City budget grows 4.5 percent") == ""
    assert site_name("Tryout Times", "City budget grows 4.5 percent") == "Tryout Times"


def test_a_broken_link_costs_its_item_the_link_not_the_feed_its_items() -> None:
    # urllib cannot even split "http://[::1/bad" (an IPv6 host never closed) or a port out
    # of range: the item keeps no url, the other items are read as usual (tryout13)
    feed = parse(Fetched(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<link>http://example.com/</link>"
        b"<item><title>Good</title><link>http://example.com/a</link>"
        b"<description>Up 5%.</description></item>"
        b"<item><title>Broken host</title><link>http://[::1/bad</link>"
        b"<description>Down $5m.</description></item>"
        b"<item><title>Broken port</title><link>http://example.com:99999/x</link>"
        b"<description>3 km.</description></item></channel></rss>",
        "https://example.com/feed.xml"))
    assert [(e.title, e.url) for e in feed.entries] == [
        ("Good", "http://example.com/a"), ("Broken host", ""), ("Broken port", "")]


def test_a_json_feed_with_a_broken_address_is_read() -> None:
    feed = parse(Fetched(
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "J",'
        b' "home_page_url": "http://[::1", "items": [{"id": "1", "url": "http://[::1/x",'
        b' "title": "A", "content_text": "5 km"}]}', "/tmp/feed.json"))
    (entry,) = feed.entries
    assert entry.title == "A"


def test_a_guid_that_is_a_plain_name_is_no_address() -> None:
    # RSS reads a <guid> as the item's address unless isPermaLink="false"; "story-1" is an
    # id only, and joined to the feed's address it made up a page that does not exist
    feed = parse(Fetched(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<link>http://example.com/news/</link>"
        b"<item><title>Named</title><guid>story-1</guid><description>x</description></item>"
        b"<item><title>Address</title><guid>http://example.com/b</guid>"
        b"<description>y</description></item></channel></rss>",
        "http://example.com/feed.xml"))
    named, address = feed.entries
    assert named.url == "" and named.id == "http://example.com/news/#story-1"
    assert address.url == "http://example.com/b"
