"""Importing into a folder: valid YAML, one file per item, updates only of unedited files."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from hzreader.cli import main
from hzreader.dirs import library_dir
from hzreader.feeds import Importer, ImportOptions, Job, load_subscriptions
from hzreader.files import bundled_articles, default_paths, load_paths
from hzreader.model import DatePrecision

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
ALL = ["rss2_cdata.xml", "atom_xhtml.xml", "wrong_encoding.xml", "rss1_rdf.xml", "rss091.xml",
       "feed.json", "news_page.html", "page_divs.html", "page_blog.html", "note.md",
       "heading.md"]


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_big_feed",
                                                  FIXTURES / "make_big_feed.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(into: Path, *sources: str | Path, full: bool = False):  # type: ignore[no-untyped-def]
    importer = Importer(ImportOptions(into, full=full, workers=2))
    return importer.run([Job(str(s), into, full) for s in sources])


def yaml_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.yaml"))


def test_every_kind_of_source_gives_articles_that_pass_check(tmp_path: Path) -> None:
    reports = run(tmp_path, *(FIXTURES / name for name in ALL))
    assert all(r.ok for r in reports), [r.summary() for r in reports]
    files = yaml_files(tmp_path)
    assert len(files) == 2 + 2 + 1 + 1 + 1 + 2 + 3 + 2
    result = load_paths([tmp_path])
    assert [str(p) for p in result.problems] == []
    assert len(result.articles) == len(files)
    assert main(["--check", str(tmp_path)]) == 0
    titles = {a.title for a in result.articles}
    assert "Factory output rises 5.2% — Tom & Jerry’s town cheers" in titles
    budget = next(a for a in result.articles if a.title.startswith("Hangzhou budget"))
    assert budget.date_precision == DatePrecision.TIME and budget.source == "The Daily Planet"
    assert budget.url == "https://planet.example/2025/11/budget"


def test_importing_twice_gives_one_file_and_changes_nothing(tmp_path: Path) -> None:
    run(tmp_path, FIXTURES / "rss2_cdata.xml", FIXTURES / "news_page.html")
    before = {p: p.read_bytes() for p in yaml_files(tmp_path)}
    stamps = {p: p.stat().st_mtime_ns for p in before}
    reports = run(tmp_path, FIXTURES / "rss2_cdata.xml", FIXTURES / "news_page.html")
    assert [dict(r.counts) for r in reports] == [{"unchanged": 2}, {"unchanged": 1}]
    assert {p: p.read_bytes() for p in yaml_files(tmp_path)} == before
    assert {p: p.stat().st_mtime_ns for p in before} == stamps


def changed_feed(tmp_path: Path) -> Path:
    text = (FIXTURES / "rss2_cdata.xml").read_text(encoding="utf-8")
    path = tmp_path / "feed.xml"
    path.write_text(text.replace("The new line cost 18 billion", "The new line cost 19 billion")
                    .replace("Metro line 10 opens", "Metro line 10 finally opens"),
                    encoding="utf-8")
    return path


def test_a_changed_item_updates_its_unedited_file_in_place(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    shutil.copy(FIXTURES / "rss2_cdata.xml", source / "feed.xml")
    into = tmp_path / "lib"
    run(into, source / "feed.xml")
    metro = next(p for p in yaml_files(into) if "metro" in p.name)
    changed_feed(source)
    (report,) = run(into, source / "feed.xml")
    assert dict(report.counts) == {"updated": 1, "unchanged": 1}
    assert metro.exists() and len(yaml_files(into)) == 2  # same name, though the title changed
    assert "19 billion" in metro.read_text(encoding="utf-8")
    assert "Metro line 10 finally opens" in metro.read_text(encoding="utf-8")


def test_an_edited_file_is_never_overwritten(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    shutil.copy(FIXTURES / "rss2_cdata.xml", source / "feed.xml")
    into = tmp_path / "lib"
    run(into, source / "feed.xml")
    metro = next(p for p in yaml_files(into) if "metro" in p.name)
    edited = metro.read_text(encoding="utf-8").replace("opens on Sunday", "opens on Sunday.\n"
                                                       "  My note: take line 10 to work.")
    metro.write_text(edited, encoding="utf-8")
    changed_feed(source)
    (report,) = run(into, source / "feed.xml")
    assert report.counts["kept"] == 1 and report.counts["updated"] == 0
    assert metro.read_text(encoding="utf-8") == edited
    assert "1 kept as you edited it" in report.summary()  # one: "it", not "them"


def test_a_file_the_user_wrote_is_never_touched(tmp_path: Path) -> None:
    run(tmp_path, FIXTURES / "rss091.xml")
    (written,) = yaml_files(tmp_path)
    mine = "title: My own\nbody: Mine.\n"
    written.write_text(mine, encoding="utf-8")  # no hzreader mark: the user's file
    (report,) = run(tmp_path, FIXTURES / "rss091.xml")
    assert report.counts["kept"] == 1 and written.read_text(encoding="utf-8") == mine


def test_a_deleted_file_stays_deleted(tmp_path: Path) -> None:
    run(tmp_path, FIXTURES / "rss091.xml")
    (written,) = yaml_files(tmp_path)
    written.unlink()
    (report,) = run(tmp_path, FIXTURES / "rss091.xml")
    assert report.counts["deleted"] == 1 and yaml_files(tmp_path) == []


def test_a_moved_file_is_still_found(tmp_path: Path) -> None:
    run(tmp_path, FIXTURES / "rss091.xml")
    (written,) = yaml_files(tmp_path)
    (tmp_path / "mine").mkdir()
    moved = written.rename(tmp_path / "mine" / written.name)
    (report,) = run(tmp_path, FIXTURES / "rss091.xml")
    assert report.counts["unchanged"] == 1 and yaml_files(tmp_path) == [moved]


def test_a_feed_of_5000_items(tmp_path: Path) -> None:
    feed = tmp_path / "big.xml"
    feed.write_bytes(_generator().big_feed(5000))
    into = tmp_path / "lib"
    (report,) = run(into, feed)
    assert report.counts["new"] == 5000 and not report.problems
    assert len(yaml_files(into)) == 5000
    result = load_paths([into])
    assert len(result.articles) == 5000 and not result.problems
    assert len({a.id for a in result.articles}) == 5000
    (again,) = run(into, feed)
    assert again.counts["unchanged"] == 5000


def test_one_bad_source_does_not_stop_the_others(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["import", str(FIXTURES / "not_a_feed.txt"), str(FIXTURES / "rss091.xml"),
                   str(tmp_path / "missing.xml"), "--into", str(tmp_path / "lib")])
    out, err = capsys.readouterr()
    assert status == 1
    assert len(yaml_files(tmp_path / "lib")) == 1
    errors = err.strip().splitlines()
    assert len(errors) == 2
    assert "not_a_feed.txt: error: not a feed" in errors[0]
    assert "missing.xml: error: no such file or URL" in errors[1]
    assert "rss091.xml: 1 new" in out


def test_exit_status_0_when_all_worked_and_2_on_usage_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "--quiet", str(FIXTURES / "rss091.xml"),
                 "--into", str(tmp_path)]) == 0
    assert capsys.readouterr() == ("", "")  # --quiet: nothing but errors
    with pytest.raises(SystemExit) as usage:
        main(["import"])
    assert usage.value.code == 2
    (tmp_path / "file").write_text("x")
    with pytest.raises(SystemExit) as not_a_folder:
        main(["import", str(FIXTURES / "rss091.xml"), "--into", str(tmp_path / "file")])
    assert not_a_folder.value.code == 2
    with pytest.raises(SystemExit) as bad_timeout:
        main(["import", str(FIXTURES / "rss091.xml"), "--timeout", "0"])
    assert bad_timeout.value.code == 2


def test_the_library_is_the_default_and_opens_when_it_holds_articles() -> None:
    assert default_paths() == [bundled_articles()]  # nothing imported yet
    assert main(["import", "--quiet", str(FIXTURES / "rss091.xml")]) == 0
    assert len(yaml_files(library_dir())) == 1
    assert default_paths() == [library_dir()]


def test_a_folder_of_markdown(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    shutil.copy(FIXTURES / "note.md", notes / "a.md")
    shutil.copy(FIXTURES / "heading.md", notes / "b.markdown")
    (notes / "c.md").write_text("no title here\n", encoding="utf-8")
    (report,) = run(tmp_path / "lib", notes)
    assert report.counts["new"] == 2 and len(report.problems) == 1
    assert "c.md: no title" in report.problems[0]


def test_local_files_are_not_subscriptions(tmp_path: Path) -> None:
    run(tmp_path, FIXTURES / "rss091.xml")
    assert load_subscriptions() == []


def test_only_web_addresses_are_written_as_url(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Click me</title><link>javascript:alert(1)</link>"
        "<guid>urn:x:1</guid><description>Some text here.</description></item>"
        "</channel></rss>", encoding="utf-8")
    run(tmp_path / "lib", feed)
    (article,) = load_paths([tmp_path / "lib"]).articles
    assert article.url == "" and article.id == "urn:x:1"


def test_progress_counts_the_feeds_an_opml_list_adds(tmp_path: Path) -> None:
    listing = tmp_path / "list.opml"
    listing.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body><outline text="Local">'
        f'<outline text="a" xmlUrl="{FIXTURES / "rss091.xml"}"/>'
        f'<outline text="b" xmlUrl="{FIXTURES / "rss1_rdf.xml"}"/>'
        "</outline></body></opml>", encoding="utf-8")
    calls: list[tuple[int, int]] = []
    importer = Importer(ImportOptions(tmp_path / "lib", workers=1))
    reports = importer.run([Job(str(listing), tmp_path / "lib", False)],
                           lambda done, total, _: calls.append((done, total)))
    assert calls == [(0, 1), (1, 1), (2, 3), (3, 3)]  # (0, n) before the first is done
    assert [r.kind for r in reports] == ["opml", "feed", "feed"]
    assert len(yaml_files(tmp_path / "lib")) == 2


def test_the_summary_counts_in_words() -> None:
    from collections import Counter

    from hzreader.feeds._run import SourceReport

    report = SourceReport("feed.xml", counts=Counter({"new": 1200, "kept": 2, "deleted": 1}))
    assert report.summary() == ("feed.xml: 1,200 new, 2 kept as you edited them, "
                                "1 you deleted (not written again)")
    report.counts["kept"] = 1
    assert "1 kept as you edited it," in report.summary()


def _site_feed(path: Path, title: str, item: str, self_link: str = "") -> Path:
    """A feed of `https://site.example/` (the link a site's feeds share) with one item."""
    atom = (f'<atom:link href="{self_link}" rel="self" type="application/rss+xml"/>'
            if self_link else "")
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{title}</title><link>https://site.example/</link>{atom}"
        f"<item><title>{item}</title><guid>urn:{item}</guid>"
        "<description>Some text here.</description></item></channel></rss>",
        encoding="utf-8")
    return path


def test_two_feeds_of_one_site_get_a_folder_each(tmp_path: Path) -> None:
    world = _site_feed(tmp_path / "world.xml", "Site World", "w1")
    sport = _site_feed(tmp_path / "sport.xml", "Site Sport", "s1")
    (first,), (second,) = run(tmp_path / "lib", world), run(tmp_path / "lib", sport)
    assert first.folder != second.folder
    assert first.folder.name.startswith("site-world-")
    assert second.folder.name.startswith("site-sport-")
    assert [p.parent for p in yaml_files(tmp_path / "lib")] == sorted(
        [first.folder, second.folder])


def test_a_feed_naming_its_own_address_has_one_folder_by_any_route(tmp_path: Path) -> None:
    address = "https://site.example/world.rss"
    saved = _site_feed(tmp_path / "saved.xml", "Site World", "w1", address)
    again = _site_feed(tmp_path / "again.xml", "Site World (renamed)", "w2", address)
    (first,), (second,) = run(tmp_path / "lib", saved), run(tmp_path / "lib", again)
    assert first.folder == second.folder  # same self link: the title may change
    assert len(yaml_files(first.folder)) == 2


def test_a_folder_keyed_by_the_sites_link_alone_is_used_by_its_own_feed_only(
        tmp_path: Path) -> None:
    """Folders written before feeds were told apart by title: the same feed finds its old
    folder; another feed of the site does not move in with it."""
    from hzreader.feeds._names import folder_name

    old = tmp_path / "lib" / folder_name("Site World", "https://site.example/")
    old.mkdir(parents=True)
    world = _site_feed(tmp_path / "world.xml", "Site World", "w1")
    sport = _site_feed(tmp_path / "sport.xml", "Site Sport", "s1")
    (first,), (second,) = run(tmp_path / "lib", world), run(tmp_path / "lib", sport)
    assert first.folder == old
    assert second.folder != old and second.folder.name.startswith("site-sport-")
