"""The status line tells the true reason why a relevance search came newest first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hzreader.index import ArticleStore, why_unranked
from hzreader.index import _search as store_module
from hzreader.library import StoreLibrary
from hzreader.query import parse_query
from hzreader.ui._status import order_status

from test_app import ready, type_query


@pytest.mark.parametrize(("text", "reason"), [
    ("254000", "filters"), ("date:2025", "filters"), ("kind:money", "filters"),
    ("money>1e9 -talent", "filters"), ("-talent", "filters"), ("is:unread", "filters"),
    ("ta", "short"), ("talent t", "short"), ("t OR x", "broad"),  # "t " whole (search15)
    ("talent", "broad"), ("talent date:2025", "broad"), ("c++", "broad"), ("at&t", "broad"),
    ('"talent t"', "broad"),
])
def test_why_a_query_is_not_ranked(text: str, reason: str) -> None:
    assert why_unranked(parse_query(text)) == reason


def test_the_words_of_each_reason() -> None:
    assert order_status("relevance", False, "filters") == (
        "newest first: no words to judge relevance by")
    assert order_status("relevance", False, "short") == "newest first: words too short to rank"
    assert order_status("relevance", False, "broad") == "newest first: too broad to rank"
    assert order_status("relevance", True, "") == "by relevance (r: newest first)"
    assert order_status("date", False, "filters") == "newest first (r: by relevance)"
    assert order_status("relevance", False) == "newest first"


def test_a_store_library_search_says_why_it_was_not_ranked(
        sample_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with ArticleStore.open(tmp_path / "index.sqlite3") as store:
        store.sync([sample_dir], workers=0)
        library = StoreLibrary(store)
        def search(text: str) -> tuple[int, bool, str]:
            found = library.search(parse_query(text), lambda item, flag: False)
            return len(found.items), found.ranked, found.unranked_reason

        assert search("date:2025") == (2, False, "filters")
        assert search("1,200") == (1, False, "filters")  # one match, still no words
        assert search("output")[1:] == (True, "")
        assert search("ou")[2] == "short"
        monkeypatch.setattr(store_module, "RANK_LIMIT", 0)
        assert search("output")[1:] == (False, "broad")
        assert search("output is:unread OR tea")[2] == "or-status"
        # Nothing matched: there is no order to explain, so no reason is claimed.
        assert search("zzzqqq") == (0, False, "")
        assert search("output is:starred") == (0, False, "")
        assert search("zzzqqq is:unread OR zzz is:read") == (0, False, "")


async def test_the_status_line_of_a_filter_only_query_says_so(sample_dir: Path) -> None:
    from hzreader.ui import make_app

    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await type_query(pilot, "date:2024")
        status = str(app.query_one("#status").render())
        assert "1 of 4 articles match" in status
        assert "newest first: no words to judge relevance by" in status
        assert "too broad" not in status


async def test_the_status_line_of_a_search_without_results_claims_no_order(
        sample_dir: Path) -> None:
    from hzreader.ui import make_app

    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(2):
            await app.workers.wait_for_complete()
            await pilot.pause()
        await pilot.press("slash")
        for text in ("zzzqqq", "kind:money date:1990", "ou zzz"):
            app.search_bar.input.value = text
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            status = str(app.query_one("#status").render())
            assert "0 of 4 articles match" in status
            assert "rank" not in status and "first" not in status, status


def screen_lines(app: object) -> list[str]:
    """The text of every line on the screen, as drawn."""
    from textual.app import App

    assert isinstance(app, App)
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_number_of_results_is_told_once_in_the_status_line(
        sample_dir: Path, size: tuple[int, int]) -> None:
    """ui11: the search bar said "2 results" and the status line "2 of 4 articles match":
    the count is in the status line only, at every width; the field has the bar's width."""
    from hzreader.ui import make_app

    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await type_query(pilot, "yuan")
        lines = screen_lines(app)
        assert [line for line in lines if "2 of 4 articles match" in line] == [lines[-2]]
        assert not [line for line in lines if re.search(r"\d results?\b", line)]
        assert app.search_bar.input.outer_size.width == size[0]
