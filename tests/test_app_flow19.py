"""flow19 (tryout18 §3, §8, §15, §16): "No more matches" goes once a match is current
again; a Chinese summary and folded bodies join their lines; hard-wrapped Chinese prose with
short lines flows; Korean wraps at its spaces."""

from __future__ import annotations

from pathlib import Path

from hzreader.ui._app import make_app

from conftest import write_articles
from test_app import ready, widget_lines
from test_app_flow import search_and_enter, status_text


async def test_no_more_matches_goes_when_n_capital_marks_a_match(sample_dir: Path) -> None:
    """tryout18 §15: `n` past the last match says so; `N` back to a match ended the stepping
    there, but the message stayed until its timer ran out."""
    app = make_app([sample_dir])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await search_and_enter(pilot, "yuan")
        await pilot.press("n", "n", "n")
        assert "No more matches below" in status_text(app)
        await pilot.press("N")
        await pilot.pause()
        assert app.reader.border_subtitle == "match 1/1"
        assert "No more matches" not in status_text(app)
        await pilot.press("N", "N")  # before the first match: said again, then gone on `n`
        await pilot.pause()
        assert "No more matches above" in status_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert "No more matches" not in status_text(app)
