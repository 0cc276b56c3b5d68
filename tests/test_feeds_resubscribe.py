"""Importing a subscribed feed again: nothing the user set up changes unless asked. Without
`--into` (or `--full`/`--no-full`) the feed goes on into its own folder and mode, and the
line says so; an explicit one moves it, and the line says that too (tryout15 §2.8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.cli import main
from hzreader.dirs import library_dir
from hzreader.feeds import load_subscriptions
from test_feeds_repairs import served  # noqa: F401 - the local server fixture

Served = tuple[str, dict[str, tuple[str, bytes]]]
RSS = (b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
       b"<title>Old Wire</title><link>http://wire.example/</link><description>x</description>"
       + b"".join(b"<item><title>Story %d</title><guid>http://wire.example/%d</guid>"
                  b"<description>Text %d.</description></item>" % (n, n, n) for n in (1, 2, 3))
       + b"</channel></rss>")


def yaml_count(folder: Path) -> int:
    return len(list(folder.rglob("*.yaml"))) if folder.exists() else 0


def subscription() -> tuple[str, bool]:
    (outline,) = load_subscriptions()
    return outline.into, outline.full


@pytest.fixture
def feed(served: Served) -> str:  # noqa: F811 - the fixture imported above
    base, routes = served
    routes["/rss1.xml"] = ("application/rss+xml", RSS)
    return f"{base}/rss1.xml"


def test_without_into_the_feed_keeps_its_folder_and_says_so(
        served: Served, feed: str, tmp_path: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    routes = served[1]
    old = tmp_path / "old"
    assert main(["import", feed, "--into", str(old)]) == 0
    assert yaml_count(old) == 3 and subscription() == (str(old.resolve()), False)
    capsys.readouterr()
    assert main(["import", feed]) == 0
    out = capsys.readouterr().out
    assert out == (f"{feed}: 3 unchanged; already subscribed into {old.resolve()}: imported "
                   "there (--into DIR moves it)\n")
    assert yaml_count(library_dir()) == 0  # not three new copies in the library
    assert subscription() == (str(old.resolve()), False)
    assert main(["update"]) == 0
    assert "already" not in capsys.readouterr().out  # update changes nothing, says nothing
    assert subscription() == (str(old.resolve()), False)
    routes["/rss1.xml"] = ("text/plain", b"")  # failing now: nothing said of the folder
    assert main(["import", feed]) == 1
    assert capsys.readouterr().err == f"hzreader import: {feed}: error: empty\n"
    assert subscription() == (str(old.resolve()), False)


def test_an_explicit_into_moves_it_and_says_so(
        feed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    assert main(["import", feed, "--into", str(old)]) == 0
    capsys.readouterr()
    assert main(["import", feed, "--into", str(new)]) == 0
    out = capsys.readouterr().out
    assert out.endswith(f"; was subscribed into {old.resolve()}; now into {new.resolve()}\n")
    assert subscription() == (str(new.resolve()), False) and yaml_count(new) == 3
    assert main(["import", feed, "--into", str(library_dir())]) == 0
    assert capsys.readouterr().out.endswith(
        f"; was subscribed into {new.resolve()}; now into your library ({library_dir()})\n")
    assert subscription() == ("", False)
    assert main(["import", feed, "--into", str(library_dir())]) == 0  # the same: no word
    assert capsys.readouterr().out == f"{feed}: 3 unchanged\n"


def test_full_is_kept_unless_no_full_is_given(
        feed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    into = str(tmp_path / "lib")
    assert main(["import", feed, "--full", "--into", into]) == 0
    assert subscription()[1] is True
    capsys.readouterr()
    assert main(["import", feed, "--into", into]) == 0
    assert capsys.readouterr().out.endswith(
        "; already subscribed with --full: imported so (--full or --no-full changes it)\n")
    assert subscription()[1] is True
    assert main(["import", feed, "--no-full", "--into", into]) == 0
    assert capsys.readouterr().out.endswith("; now subscribed without --full\n")
    assert subscription()[1] is False


def test_a_redirect_to_a_subscribed_address_keeps_its_folder(
        served: Served, feed: str, tmp_path: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    base, routes = served
    old = tmp_path / "old"
    assert main(["import", feed, "--into", str(old)]) == 0
    routes["/old.xml"] = ("301", b"/rss1.xml")  # an old address of the subscribed feed
    capsys.readouterr()
    assert main(["import", f"{base}/old.xml"]) == 0
    assert "already subscribed into" in capsys.readouterr().out
    assert yaml_count(library_dir()) == 0 and yaml_count(old) == 3
    assert [(o.url, o.into) for o in load_subscriptions()] == [(feed, str(old.resolve()))]


def test_an_opml_list_keeps_the_folders_of_feeds_already_subscribed(
        served: Served, feed: str, tmp_path: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old"
    assert main(["import", feed, "--into", str(old)]) == 0
    opml = tmp_path / "list.opml"
    opml.write_text(f'<opml version="2.0"><body><outline text="W" xmlUrl="{feed}"/>'
                    "</body></opml>", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(opml)]) == 0
    assert "already subscribed into" in capsys.readouterr().out
    assert subscription() == (str(old.resolve()), False) and yaml_count(library_dir()) == 0
