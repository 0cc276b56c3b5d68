"""The status line never shows a result count or a note of a query that is no longer the one
typed: while its search runs, or while more keys of it wait their turn, it says it searches
(tryout12: a pasted `is:unread money>1e9` showed "unknown filter is:unr" and "0 of 18")."""

from __future__ import annotations

import threading
from pathlib import Path

from textual import events
from textual.pilot import Pilot

from hzreader.ui._app import HzReaderApp, make_app
from test_app_flow import status_text

from test_app import SIZE, ready


def gate_searches(app: HzReaderApp) -> threading.Event:
    """Hold every search of the list until the returned event is set."""
    gate = threading.Event()
    search = app.library.search

    def held(*args: object, **kwargs: object) -> object:
        gate.wait(30)
        return search(*args, **kwargs)  # type: ignore[arg-type]

    app.library.search = held  # type: ignore[method-assign]
    return gate


async def settle(pilot: Pilot[int]) -> None:
    """Let the searches started finish and their results be shown."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_a_count_is_not_shown_while_the_query_typed_is_searched(
        sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"yuan")
        await settle(pilot)
        assert "2 of" in status_text(app)  # the sample's two yuan stories
        gate = gate_searches(app)
        await pilot.press(*" zzzq")
        # The list still holds the yuan stories: their count is not the new query's.
        status = status_text(app)
        assert "searching" in status and "match" not in status, status
        assert app.search_pending()
        gate.set()
        await settle(pilot)
        assert "0 of" in status_text(app) and "searching" not in status_text(app)


async def test_a_result_of_a_query_still_being_typed_is_not_shown(sample_dir: Path) -> None:
    """Keys typed while the app is busy wait in its key queue (`OrderedKeysApp`); a search
    answering meanwhile answers a query the reader is no longer typing."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        listed = [item.title for item in app.headlines.items]
        gate = gate_searches(app)
        await pilot.press("slash", *"is:unr")
        # what it holds is the query typed so far: its note is told, its count is searched
        assert status_text(app).startswith("searching 4 articles… · unknown filter is:unr")
        # The rest of the paste arrives while a key is still being dealt with: it waits.
        busy = app._key_busy = -1
        app._keys_waiting.extend(events.Key(char, char) for char in "ead money>1e9")
        app.update_status(app.shown_count)
        gate.set()  # the search for "is:unr" answers now, with no article
        await settle(pilot)
        assert app.search_bar.value == "is:unr"
        status = status_text(app)
        assert "searching" in status and "unknown filter" not in status \
            and "match" not in status, status
        assert [item.title for item in app.headlines.items] == listed  # not "no articles"
        app._key_done(busy)  # the keys waiting are handed on
        await settle(pilot)
        assert app.search_bar.value == "is:unread money>1e9"
        status = status_text(app)
        assert "searching" not in status and "unknown filter" not in status, status
        assert f"{len(app.headlines.items)} of {len(listed)} articles match" in status, status
