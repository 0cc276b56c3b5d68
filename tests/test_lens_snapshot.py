"""A snapshot of the figures table (SVG in tests/__snapshots__/)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from hzreader.ui._app import make_app

FIXTURES = Path(__file__).parent / "fixtures" / "snapshot_articles"


async def table(pilot: Pilot[int]) -> None:
    """Load, open the table sorted by kind, and move the cursor."""
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    await pilot.press("t")
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    await pilot.press("r", "r", "j", "j")
    await pilot.pause()


def test_figures_table(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app([FIXTURES]), terminal_size=(130, 30), run_before=table)
