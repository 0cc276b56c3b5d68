"""Snapshot tests for the main screens (SVGs in tests/__snapshots__/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from hzreader.ui._app import make_app

from conftest import seed_article

SIZE = (120, 36)
FIXTURES = Path(__file__).parent / "fixtures" / "snapshot_articles"


async def loaded(pilot: Pilot[int]) -> None:
    """Wait for loading and the first search to finish."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_main_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app([FIXTURES]), terminal_size=SIZE, run_before=loaded)


def test_search_with_highlighted_matches(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def search(pilot: Pilot[int]) -> None:
        await loaded(pilot)
        await pilot.press("slash", *"yuan", "enter", "enter")
        await loaded(pilot)

    assert snap_compare(make_app([FIXTURES]), terminal_size=SIZE, run_before=search)


def test_figures_panel(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def figures(pilot: Pilot[int]) -> None:
        await loaded(pilot)
        await pilot.press("f", "j", "j")

    # the seed alone: the picture does not change when sample articles are added
    assert snap_compare(make_app([seed_article()]), terminal_size=SIZE, run_before=figures)


def test_help_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def help_screen(pilot: Pilot[int]) -> None:
        await loaded(pilot)
        await pilot.press("question_mark")

    assert snap_compare(make_app([FIXTURES]), terminal_size=SIZE, run_before=help_screen)


@pytest.mark.parametrize("size", [(80, 24)])
def test_small_terminal_with_problems(snap_compare, size, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    async def problems(pilot: Pilot[int]) -> None:
        await loaded(pilot)
        await pilot.press("p")

    # Relative paths, so the problem lines do not depend on where the checkout is.
    monkeypatch.chdir(FIXTURES.parent)
    app = make_app([Path("snapshot_articles"), Path("snapshot_broken")])
    assert snap_compare(app, terminal_size=size, run_before=problems)


def test_light_theme(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def light(pilot: Pilot[int]) -> None:
        pilot.app.theme = "textual-light"
        await loaded(pilot)
        await pilot.press("f")

    assert snap_compare(make_app([FIXTURES]), terminal_size=SIZE, run_before=light)


def test_mark_all_read_question(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def ask(pilot: Pilot[int]) -> None:
        await loaded(pilot)
        await pilot.press("A")

    assert snap_compare(make_app([FIXTURES]), terminal_size=SIZE, run_before=ask)


def test_lines_that_stay_lines(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """A table's rows (aligned, wide characters too; one too wide wraps between its cells),
    list items (wrapped under their text) and a byline keep their lines; prose flows."""
    async def figure_in_a_row(pilot: Pilot[int]) -> None:
        await loaded(pilot)
        await pilot.press("enter", *["right_square_bracket"] * 5)

    app = make_app([FIXTURES.parent / "snapshot_layout"])
    assert snap_compare(app, terminal_size=SIZE, run_before=figure_in_a_row)
