"""Tables, lists and `<pre>` imported as paragraphs whose lines the reading pane keeps; a
page's JSON-LD and navigation; the import commands' `--` values; warnings told once."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import yaml
from rich.cells import cell_len

from hzreader.cli import main
from hzreader.feeds import to_paragraphs
from hzreader.feeds._model import Entry
from hzreader.feeds._page import parse_page
from hzreader.feeds._pagetext import without_navigation
from hzreader.feeds._sources import Fetched, parse
from hzreader.feeds._yamlout import check, render
from hzreader.model import body_paragraphs
from hzreader.ui._breaks import body_margin, layout_paragraph

from conftest import serving


def html(text: str) -> list[str]:
    return to_paragraphs(text, "text/html")


def kept_lines(body: str) -> list[list[str]]:
    """Each paragraph of `body` as the reading pane shows it: its lines that stay lines."""
    shown = []
    margin = body_margin(body)
    for paragraph in body_paragraphs(body):
        text, looks = layout_paragraph(paragraph, body, margin)
        cuts = [0, *(at for at, _ in looks if at), len(text) + 1]
        shown.append([text[a:b - 1] for a, b in zip(cuts, cuts[1:], strict=False) if b > a])
    return shown


# -- 1. lists ---------------------------------------------------------------------------------

def test_a_list_is_one_paragraph_of_items_and_a_numbered_one_keeps_its_numbers() -> None:
    assert html("<p>Plan:</p><ul><li>300 buses</li><li>a $1.2bn metro</li></ul><p>End.</p>") \
        == ["Plan:", "- 300 buses\n- a $1.2bn metro", "End."]
    assert html("<ol><li>one</li><li>two</li></ol>") == ["1. one\n2. two"]
    assert html('<ol start="3"><li>three</li><li>four</li></ol>') == ["3. three\n4. four"]
    assert html('<ol><li>a</li><li value="7">b</li><li>c</li></ol>') == ["1. a\n7. b\n8. c"]
    assert html('<ol start="3" reversed><li>x</li><li>y</li></ol>') == ["3. x\n2. y"]
    assert html('<ol type="a"><li>x</li><li>y</li></ol>') == ["a) x\nb) y"]
    assert html('<ol start="bad"><li>x</li></ol>') == ["1. x"]


def test_nested_lists_items_in_paragraphs_and_a_line_break_in_an_item() -> None:
    assert html("<ul><li>fruit<ol><li>apples</li><li>pears</li></ol></li><li>tea</li></ul>") \
        == ["- fruit\n  1. apples\n  2. pears\n- tea"]
    assert html("<ul><li><p>loose one</p><p>more of it</p></li><li><p>two</p></li></ul>") \
        == ["- loose one\n  more of it\n- two"]
    assert html("<ul><li>a<br>b</li><li>c</li></ul>") == ["- a\n  b\n- c"]


# -- 2. tables ------------------------------------------------------------------------------

def test_a_table_is_one_paragraph_of_aligned_rows_numbers_on_the_right() -> None:
    (table,) = html("<table><tr><th>Region</th><th>2024</th><th>2025</th></tr>"
                    "<tr><td>North</td><td>1,200</td><td>1,350</td></tr>"
                    "<tr><td>South</td><td>980</td><td>1,010</td></tr></table>")
    assert table.split("\n") == ["Region    2024    2025",
                                 "North    1,200   1,350",
                                 "South      980   1,010"]


def test_chinese_cells_are_aligned_in_terminal_cells() -> None:
    (table,) = html("<table><tr><td>城市</td><td>人口</td></tr><tr><td>杭州市</td>"
                    "<td>1,252万</td></tr><tr><td>Ningbo</td><td>962万</td></tr></table>")
    rows = table.split("\n")
    assert rows[0].startswith("城市") and rows[1].startswith("杭州市")
    # the second column starts past the widest first cell (杭州市: 6 cells) and a gap, and
    # its numbers end together (in cells, not characters)
    assert {cell_len(row) for row in rows[1:]} == {cell_len(rows[0])}
    assert cell_len(rows[1][:rows[1].index("1,252")]) == 6 + 3


def test_tables_that_are_no_grid() -> None:
    # one column (a page laid out with a table): its rows are paragraphs
    assert html("<table><tr><td>First para.</td></tr><tr><td>Second.</td></tr></table>") \
        == ["First para.", "Second."]
    # one row: one line, its cells apart by " | " (one line is no table in the reader)
    assert html("<table><tr><td>a<br>b</td><td>c</td></tr></table>") == ["a b | c"]
    # a caption before the table; a <p> in a cell stays in its cell; cells left open
    assert html("<table><caption>Scores</caption><tr><td><p>Ann</p></td><td>3<tr>"
                "<td>Bo<td>12</table>") == ["Scores", "Ann    3\nBo    12"]


def test_a_table_too_wide_to_align_is_written_with_bars() -> None:
    long = "word " * 40
    (table,) = html(f"<table><tr><td>a</td><td>{long}</td></tr><tr><td>b</td><td>c</td>"
                    "</tr></table>")
    assert table.split("\n")[1] == "b | c"


# -- 3. <pre> -------------------------------------------------------------------------------

def test_a_pre_keeps_its_lines_and_spaces_indented() -> None:
    assert html("<p>Table:</p><pre>\nTeam     P  Pts\nArsenal 14   32\n\nCity\t14   30\n</pre>"
                "<p>After.</p>") == [
        "Table:", "    Team     P  Pts\n    Arsenal 14   32", "    City    14   30", "After."]
    # markup inside it is text; a <br> in it is its line break
    assert html("<pre><code><b>x</b> = 1<br>y  = 2</code></pre>") == ["    x = 1\n    y  = 2"]


def test_imported_blocks_survive_the_yaml_file_and_the_reader_keeps_their_lines() -> None:
    body = "\n\n".join(html(
        "<pre>   Team     P  Pts\n   Arsenal 14   32\n   City    14   30</pre>"
        "<p>The league after 14 games, and the plan for the club this season:</p>"
        "<ol start='2'><li>sign a striker</li><li>sell 3 players</li></ol>"
        "<table><tr><td></td><td>Won</td><td>Lost</td></tr><tr><td>Home</td><td>9</td>"
        "<td>1</td></tr><tr><td>Away</td><td>5</td><td>4</td></tr></table>"))
    text = render(Entry(id="x", title="League", body=body, fingerprint="ab"), False)
    assert check(text.split("\n", 1)[1], "x.yaml") is None
    written = yaml.safe_load(text)["body"]
    assert written.startswith("    Team     P  Pts\n")  # the first line keeps its indent
    assert kept_lines(written) == [
        ["Team     P  Pts", "Arsenal 14   32", "City    14   30"],
        ["The league after 14 games, and the plan for the club this season:"],
        ["2. sign a striker", "3. sell 3 players"],
        ["Won   Lost", "Home     9      1", "Away     5      4"]]


def test_markdown_lists_and_tables_keep_their_lines() -> None:
    note = (b"# Budget\n\nThe plan has these parts.\n\n3. growth 1.5%\n4. debt\n\n"
            b"| Item | Cost |\n|---|---:|\n| Buses | 300 |\n| Metro | 1,200 |\n")
    (entry,) = parse(Fetched(note, "budget.md")).entries
    assert entry.body.split("\n\n") == ["The plan has these parts.", "3. growth 1.5%\n4. debt",
                                        "Item     Cost\nBuses     300\nMetro   1,200"]


# -- 4. pages: structure, JSON-LD, navigation ----------------------------------------------

PAGE = """<html><head><title>Div page</title>{ld}</head><body>
<div class="nav">首页 新闻</div><div class="breadcrumb"><a href="/">Home</a> &gt; News</div>
<header><p>Officials say the plant brings work to the valley for years</p></header>
<div class="story"><p>The plant will add 42 jobs this year, the company said on Monday in a
statement to the press.</p>
<ol start="5"><li>Phase five: 20 jobs</li><li>Phase six: 22 jobs</li></ol>
<pre>Year   Jobs
2026     42
2027     60</pre>
<p>It cost $3m to build, and the company will spend more next year on a second line.</p>
</div><div class="footer"><a href="/a">About</a> <a href="/c">Contact</a></div></body></html>"""


def page(ld: str = "") -> Entry:
    return parse_page(PAGE.format(ld=ld).encode(), "https://x.example/a").entries[0]


def test_a_page_keeps_its_list_numbers_and_pre_and_drops_its_navigation() -> None:
    entry = page()
    paragraphs = entry.body.split("\n\n")
    assert paragraphs[0].startswith("The plant will add 42 jobs")
    assert "5. Phase five: 20 jobs\n6. Phase six: 22 jobs" in paragraphs
    assert "    Year   Jobs\n    2026     42\n    2027     60" in paragraphs
    assert "首页" not in entry.body and "Home" not in entry.body and "Contact" not in entry.body
    assert entry.title == "Div page"


def test_navigation_is_dropped_only_before_or_after_the_text_and_only_when_short() -> None:
    standfirst = "Officials say the plant brings work to the valley for years"
    nav = '<div class="nav">Home News</div>'
    header = f'<div class="article-header">{standfirst}</div>'
    paragraphs = ["Home News", standfirst, "The text.", "Home News", "More text."]
    # a header bar with no links is no navigation; a navigation block in the middle stays
    assert without_navigation(paragraphs, nav + header) == paragraphs[1:]
    linked = f'<header><a href="/">{standfirst}</a></header>'
    assert without_navigation(paragraphs, nav + linked) == paragraphs[2:]
    # a sentence is never navigation, whatever its block is named
    said = "Home prices rose."
    assert without_navigation([said, "x"], f'<nav>{said}</nav>') == [said, "x"]


@pytest.mark.parametrize("ld", [
    '{"@type":"NewsArticle","headline":"JSON-LD headline: 42 jobs",'
    '"datePublished":"2026-10-10T10:00:00+08:00"}',
    '{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":'
    '["Article"],"headline":"JSON-LD headline: 42 jobs","datePublished":'
    '"2026-10-10T10:00:00+08:00"}]}',
    '[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","headline":'
    '"JSON-LD headline: 42 jobs","datePublished":"2026-10-10T10:00:00+08:00"}]',
])
def test_json_ld_gives_the_headline_and_the_moment_with_its_zone(ld: str) -> None:
    entry = page(f'<script type="application/ld+json">{ld}</script>'
                 '<meta property="og:title" content="OG title">')
    assert entry.title == "JSON-LD headline: 42 jobs"
    assert entry.date is not None and entry.date.isoformat() == "2026-10-10T10:00:00+08:00"


def test_a_short_line_linking_another_story_is_dropped() -> None:
    assert html("<p>It cost $3m.</p><p>Related: Plant closes with 200 jobs lost</p>"
                "<p>Read more: Jobs report</p>") == ["It cost $3m."]
    said = "Related: the council said on Monday that the two plans had been tied together."
    assert html(f"<p>{said}</p><p>Relatedly, costs rose.</p>") == [
        said, "Relatedly, costs rose."]


def test_broken_json_ld_is_passed_over() -> None:
    entry = page('<script type="application/ld+json">{"@type": "NewsArticle",</script>')
    assert entry.title == "Div page"


# -- 5. the commands ------------------------------------------------------------------------

@pytest.mark.parametrize("argv", [["--into=--", "x.xml"], ["--into=", "x.xml"],
                                  ["--timeout=--", "x.xml"], ["--timeout", "--", "x.xml"]])
def test_dashes_as_an_option_value_are_an_error(argv: list[str], tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["import", *argv])
    assert stop.value.code == 2
    assert "error: argument --" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["update", "--timeout=--"])


FEED = (b"<rss version='2.0'><channel><title>Wire</title><link>http://wire.example/</link>"
        b"<item><title>Good</title><link>http://wire.example/1</link><description>Text of "
        b"it.</description></item><item><title>Empty</title><link>http://wire.example/2"
        b"</link></item></channel></rss>")


@pytest.fixture
def feed_url() -> Iterator[tuple[str, list[bytes]]]:
    """A feed's address and its body (a test may change it)."""
    body = [FEED]

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body[0])))
            self.end_headers()
            self.wfile.write(body[0])

        def log_message(self, *args: object) -> None:
            pass

    with serving(Handler) as base:
        yield f"{base}/feed.xml", body


def test_update_tells_an_unchanged_feeds_warnings_once(
        feed_url: tuple[str, list[bytes]], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "--into", str(tmp_path / "lib"), feed_url[0]]) == 0
    first = capsys.readouterr()
    assert "1 new, 1 warning" in first.out and "'Empty': no text" in first.err
    assert main(["update"]) == 0
    again = capsys.readouterr()
    assert "1 unchanged, 1 warning (not listed again: nothing new)" in again.out
    assert "Empty" not in again.err


def test_update_names_a_new_broken_item_of_an_unchanged_feed_once(
        feed_url: tuple[str, list[bytes]], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """tidy17: a broken item new in a feed otherwise unchanged was only counted ("2
    warnings (not listed again: nothing new)"), never named: now it is named as a first
    import names it, once; the warning told before is still not listed again."""
    url, body = feed_url
    assert main(["import", "--into", str(tmp_path / "lib"), url]) == 0
    capsys.readouterr()
    body[0] = FEED.replace(b"</channel>", b"<item><title>Blank</title><link>"
                           b"http://wire.example/3</link></item></channel>")
    assert main(["update"]) == 0
    again = capsys.readouterr()
    assert "1 unchanged, 2 warnings (1 told before, not listed again)" in again.out
    assert again.err == "  item 3: 'Blank': no text; not imported\n"
    body[0] = FEED.replace(b"<channel>", b"<channel><item><title>Blank</title><link>"
                           b"http://wire.example/3</link></item>", 1)  # now the first item
    assert main(["update"]) == 0
    third = capsys.readouterr()
    assert "1 unchanged, 2 warnings (not listed again: nothing new)" in third.out
    assert third.err == ""
