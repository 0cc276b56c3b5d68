"""A `file:` address names the path to give instead (tryout19 §20)."""

from __future__ import annotations

from pathlib import Path

from hzreader.feeds import Importer, ImportOptions, Job


def test_a_file_address_says_to_give_the_path(tmp_path: Path) -> None:
    """tryout19 §20: `hzreader import file:///…/feed.xml` said only that http and https can
    be fetched; the plain path works."""
    feed = tmp_path / "my feed.xml"
    feed.write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item>'
                     b"<title>One</title><link>http://127.0.0.1/1</link><description>Output "
                     b"rose 5.2 percent.</description></item></channel></rss>")
    into = tmp_path / "into"
    importer = Importer(ImportOptions(into, delay=0, remember=False))
    report, = importer.run([Job(feed.as_uri(), into, False)])
    assert report.error == ("only http and https addresses can be fetched: give the path "
                            f"instead (hzreader import '{feed}')")
    other, = importer.run([Job("file://elsewhere/feed.xml", into, False)])
    assert other.error == "only http and https addresses can be fetched"
    done, = importer.run([Job(str(feed), into, False)])
    assert done.ok and done.counts["new"] == 1
