"""Start-up: what the first frame needs comes first, the rest right after it is painted."""

from __future__ import annotations

import gc
from pathlib import Path

from hzreader.ui import pause_gc_until_painted
from hzreader.ui._app import make_app
from hzreader.ui.widgets.figures import FiguresPanel
from hzreader.ui.widgets.searchbar import SearchInput

SIZE = (120, 40)


async def test_garbage_is_collected_again_once_the_app_has_painted(sample_dir: Path) -> None:
    pause_gc_until_painted()
    try:
        assert not gc.isenabled()
        app = make_app([sample_dir])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


async def test_a_collector_turned_off_by_someone_else_stays_off(sample_dir: Path) -> None:
    gc.disable()
    try:
        app = make_app([sample_dir])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert not gc.isenabled()
    finally:
        gc.enable()


async def test_the_figures_panel_joins_the_panes_once_hidden(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        panels = list(app.query(FiguresPanel))
        assert len(panels) == 1 and app.figures_panel is panels[0]
        assert list(app.panes.children)[-1] is panels[0]
        assert not panels[0].display and panels[0].border_title == "Key figures"
        await pilot.press("f")
        assert app.figures_panel.display and app.figures_panel.has_focus
        assert len(app.query(FiguresPanel)) == 1


async def test_the_list_has_the_focus_from_the_start(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.focused is app.headlines
        await pilot.press("slash")
        assert isinstance(app.focused, SearchInput)
