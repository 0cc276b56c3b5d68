"""Start-up: what the first frame needs comes first, the rest right after it is painted."""

from __future__ import annotations

import gc
from pathlib import Path

from textual.app import App, ComposeResult

from hzreader.model import FIGURE_KINDS
from hzreader.ui import pause_gc_until_painted
from hzreader.ui._app import make_app
from hzreader.ui.widgets.figures import FiguresPanel
from hzreader.ui.widgets.lines_view import LinesView
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


class _Later(LinesView):
    """A line view with one component the first frame does not need."""

    COMPONENT_CLASSES = {"later--now", "later--later"}
    LATER_COMPONENTS = frozenset({"later--later"})
    DEFAULT_CSS = """
    _Later > .later--now { text-style: italic; }
    _Later > .later--later { color: #ff0000; text-style: bold; }
    """


class _LaterApp(App[None]):
    def compose(self) -> ComposeResult:
        yield _Later()


async def test_a_later_component_is_styled_when_first_asked_for() -> None:
    app = _LaterApp()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        view = app.query_one(_Later)
        assert not view.later_styled
        assert "later--later" not in view._component_styles  # not styled yet: deferred
        assert view.get_component_styles("later--now").text_style.italic
        later = view.get_component_styles("later--later")
        assert view.later_styled
        assert later.text_style.bold and later.color.hex6 == "#FF0000"
        # From then on Textual styles it with the rest (a theme change restyles it too).
        app.theme = "textual-light"
        await pilot.pause()
        assert view.get_component_rich_style("later--later", partial=True).bold


async def test_the_figure_looks_follow_the_figure_rules(sample_dir: Path) -> None:
    """The figure kinds' looks are worked out after the first frame, and are the CSS's."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        styles = app.reader.styles_map()
        assert all(styles[f"figure-{kind}"].bold for kind in FIGURE_KINDS)
        assert styles["figure-money"].color is not None
        assert app.headlines.figure_styles()["money"] == styles["figure-money"]
        assert app.reader.later_styled and app.headlines.later_styled
