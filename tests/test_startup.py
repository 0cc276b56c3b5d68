"""Start-up: what the first frame needs comes first, the rest right after it is painted."""

from __future__ import annotations

import gc
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from textual.app import App, ComposeResult

from hzreader.model import FIGURE_KINDS
from hzreader.ui import pause_gc_until_painted
from hzreader.ui._app import make_app
from hzreader.ui.widgets.figures import FiguresPanel
from hzreader.ui.widgets.lines_view import LinesView
from hzreader.ui.widgets.search_input import SearchInput
from hzreader.ui.widgets.searchbar import SearchBar

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


#: Loaded by the first frame only if something asks for them too early.
_AFTER_THE_FIRST_FRAME = ["hzreader.query._tokens", "hzreader.query._match",
                          "hzreader.index._prefixes", "hzreader.figures._extract",
                          "hzreader.ui.widgets.figures", "argparse",
                          # the query's parser, its filters and patterns (a blank search bar)
                          "hzreader.query._parse", "hzreader.query._dates",
                          "hzreader.query._figures", "hzreader.query._terms",
                          "hzreader.query._word_term", "hzreader.query._after_filter",
                          "calendar",
                          # the search bar's field (an `Input`), mounted after the first frame
                          "hzreader.ui.widgets.search_input", "hzreader.ui.widgets.word_input"]

_FIRST_FRAME_PROBE = """
import asyncio, sys
from hzreader.ui._app import HzReaderApp, make_app
late = sys.argv[2:]
seen = []
painted = HzReaderApp.first_painted
def first_painted(self):
    from hzreader import text
    compiled = text._han.cache_info().currsize + text._traditional.cache_info().currsize
    rules = [name for name in ("#lens-title", ".reader--figure-money",
                               ".headlines--figure-money") if name in self.stylesheet.rules_map]
    seen.append([name for name in late if name in sys.modules] + ["han"] * compiled + rules)
    painted(self)
HzReaderApp.first_painted = first_painted
async def main():
    app = make_app([sys.argv[1]], watch_interval=0)
    async with app.run_test(size=(120, 40)) as pilot:
        while app.loading:
            await pilot.pause(0.01)
    print(len(app.library.items), seen[0])
asyncio.run(main())
"""


def test_the_first_frame_of_a_warm_start_loads_no_tokenizer(sample_dir: Path,
                                                            tmp_path: Path) -> None:
    """The query's tokenizer and matching, the first letters, the figure rules and the
    figures panel load after the first frame (a search, the panel, the rules load them),
    and the Chinese characters' patterns are compiled then too (≈ 3 ms: the index's
    fingerprint does not fold Chinese); so are the query's parser (the search bar is
    blank), the figure kinds' looks and the figures table's rules (CSS not parsed)."""
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"),
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"))
    command = [sys.executable, "-c", _FIRST_FRAME_PROBE, str(sample_dir),
               *_AFTER_THE_FIRST_FRAME]
    subprocess.run(command, env=env, check=True, capture_output=True, text=True)  # indexes
    warm = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    assert warm.stdout.split("\n")[0] == "4 []"


def test_a_blank_query_is_the_parsers_without_the_parser() -> None:
    """`parse_query` of blank text is the parser's own empty query; other text is parsed."""
    from hzreader.query import Query, parse_query
    from hzreader.query._parse import parse_query as parse

    for blank in ("", " ", "  \t ", "\u3000", "\n"):
        assert parse_query(blank) == parse(blank) == Query(blank)
        assert parse_query(blank).is_empty and parse_query(blank).highlight_terms == ()
    for text in ("bank", " money>1e9 ", "is:unread OR -x", '"a b"', "date:2025"):
        assert parse_query(text) == parse(text) and not parse_query(text).is_empty


async def test_the_first_frame_shows_the_article_wrapped_to_the_pane(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The article is wrapped once the pane's width is known, before the first frame is
    drawn (not to a guessed width, then again one frame later)."""
    from hzreader.ui._app import HzReaderApp
    from hzreader.ui.widgets.reader import MAX_MEASURE

    seen: list[tuple[int, int, int]] = []
    display = HzReaderApp._display

    def first_display(self: HzReaderApp, screen: Any, renderable: Any) -> None:
        if renderable is not None and not seen and self.reader.article is not None:
            reader = self.reader
            seen.append((reader._wrap_width, min(reader.text_width, MAX_MEASURE),
                         max(len(line) for line in reader._lines)))
        display(self, screen, renderable)

    index = make_app([sample_dir], watch_interval=0)  # a warm start shows an article at once
    async with index.run_test(size=SIZE) as pilot:
        while index.loading:
            await pilot.pause(0.01)
    monkeypatch.setattr(HzReaderApp, "_display", first_display)
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        while app.loading:
            await pilot.pause(0.01)
        await pilot.press("l")
        assert app.reader.has_focus
    wrap_width, pane_width, longest = seen[0]
    assert wrap_width == pane_width and 0 < longest <= pane_width


async def test_the_search_field_takes_the_placeholders_place_after_the_first_frame(
        sample_dir: Path) -> None:
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        while app.loading:
            await pilot.pause(0.01)
        await pilot.pause()
        assert not app.query("#search-prompt")
        assert len(app.query(SearchInput)) == 1
        await pilot.press("slash", *"metro")
        assert app.search_bar.value == "metro" and isinstance(app.focused, SearchInput)


class _BarApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.queries: list[str] = []

    def compose(self) -> ComposeResult:
        yield SearchBar(id="search")

    def on_search_bar_query_changed(self, event: SearchBar.QueryChanged) -> None:
        self.queries.append(event.query)


async def test_a_search_bar_asked_for_its_field_before_mounts_it() -> None:
    from hzreader.ui.widgets.searchbar import SearchPrompt

    app = _BarApp()
    async with app.run_test(size=(80, 5)) as pilot:
        bar = app.query_one(SearchBar)
        prompt = app.query_one(SearchPrompt)
        assert bar.value == "" and prompt.render().plain == SearchBar.PLACEHOLDER
        bar.clear()  # nothing to clear yet
        bar.input.value = "bank"
        await pilot.pause()
        assert bar.value == "bank" and not app.query(SearchPrompt)
        assert app.queries[-1] == "bank"
        assert bar.input is app.query_one(SearchInput) is bar.mount_input()


async def test_a_remembered_theme_is_the_stylesheets_from_the_start(sample_dir: Path,
                                                                   tmp_path: Path) -> None:
    """The theme the reader chose is set before Textual builds the stylesheet (set when
    mounted, it parsed and styled everything a second time before the first frame)."""
    from textual.theme import BUILTIN_THEMES

    state = tmp_path / "state.json"
    state.write_text('{"version": 1, "theme": "textual-light"}', encoding="utf-8")
    app = make_app([sample_dir], state_path=state, watch_interval=0)
    light = BUILTIN_THEMES["textual-light"].to_color_system().generate()
    assert app.theme == "textual-light"
    assert app.get_css_variables()["background"] == light["background"]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "textual-light" and app.has_class("-light-mode")
        assert app.screen.styles.background.hex6 == light["background"].upper()
    unknown = tmp_path / "unknown.json"
    unknown.write_text('{"version": 1, "theme": "no-such-theme"}', encoding="utf-8")
    assert make_app([sample_dir], state_path=unknown).theme == "textual-dark"


def test_the_apps_layers_are_set_up_once_with_the_app() -> None:
    """The app's layers (`app_layer=True`) skip Textual's set-up of a DOM class; the app
    does it for all of them: every layer's keys, reactives and handlers are the app's."""
    from textual.dom import DOMNode

    from hzreader.ui._app import HzReaderApp
    from hzreader.ui._marking import MarkingApp
    from hzreader.ui._searching import SearchingApp

    layers = [cls for cls in HzReaderApp.__mro__
              if cls.__module__.startswith("hzreader.ui._") and cls is not HzReaderApp
              and issubclass(cls, DOMNode)]
    assert len(layers) >= 10
    skipped = [cls.__name__ for cls in layers if "_merged_bindings" not in cls.__dict__]
    assert "MarkingApp" in skipped and "SearchingApp" in skipped and len(skipped) >= 9
    bound = HzReaderApp._merged_bindings.key_to_bindings
    for layer in layers:
        for binding in layer.__dict__.get("BINDINGS", ()):
            assert binding.key.split(",")[0] in bound, (layer.__name__, binding)
    assert "unread_only" in HzReaderApp._reactives
    assert "unread_only" in MarkingApp.__dict__
    assert SearchingApp.__dict__["_decorated_handlers"]  # its @on handler


#: What Textual's per-class set-up (`DOMNode.__init_subclass__`) sets on a class, every
#: item of it worked out from the class's whole MRO (Textual 7.5 to 8.2.8 alike).
DOM_CLASS_SET_UP = frozenset({
    "_reactives", "_inherit_css", "_inherit_bindings", "_inherit_component_classes",
    "_css_type_name", "_merged_bindings", "_css_type_names", "_computes"})


def _set_on_cls(function: Any) -> set[str]:
    """The attributes a class method's source assigns on `cls` (`cls._x = …`)."""
    import ast
    import inspect
    import textwrap

    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    return {target.attr for node in ast.walk(tree) if isinstance(node, ast.Assign)
            for target in node.targets if isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name) and target.value.id == "cls"}


def test_app_layer_rests_on_textual_s_class_set_up_as_pinned() -> None:
    """tidy17: `app_layer=True` (ui/_keys.py) skips Textual's `DOMNode.__init_subclass__`
    for the app's layers, which is sound only while that set-up works out all it sets
    from the whole MRO, so that the app's own set-up covers its layers: an internal of
    Textual, not its public API. pyproject pins the Textual that is tested; a Textual
    that sets up classes otherwise fails here, loudly, before any key goes missing:
    look at `OrderedKeysApp.__init_subclass__`, then widen the pin."""
    from importlib.metadata import version

    from packaging.requirements import Requirement
    from textual.dom import DOMNode

    from hzreader.ui._app import HzReaderApp
    from hzreader.ui._keys import OrderedKeysApp

    pyproject = (Path(__file__).parent.parent / "pyproject.toml").read_text()
    pin = Requirement(re.search(r'"(textual[^"]*)"', pyproject)[1])  # type: ignore[index]
    assert pin.specifier.contains(version("textual")), (pin, version("textual"))
    set_up = [cls for cls in HzReaderApp.__mro__ if "__init_subclass__" in cls.__dict__
              and cls.__module__.startswith(("textual.", "hzreader."))]  # (not Generic's)
    assert set_up == [OrderedKeysApp, App, DOMNode], \
        f"a class of Textual's sets up subclasses anew: {set_up}; app_layer skips it"
    assert _set_on_cls(DOMNode.__init_subclass__) == DOM_CLASS_SET_UP, \
        "Textual's DOMNode.__init_subclass__ changed: is app_layer (ui/_keys.py) still sound?"
    assert _set_on_cls(App.__init_subclass__) == set()  # it only checks SCREENS and MODES
    assert DOM_CLASS_SET_UP <= set(HzReaderApp.__dict__)  # the app did it, for all

    from textual.reactive import reactive

    class Layer(OrderedKeysApp, app_layer=True):
        BINDINGS = [("z", "zoom", "Zoom")]
        zoomed = reactive(False)

        def compute_width(self) -> int:
            return 1

    class Whole(Layer):
        pass

    assert "_merged_bindings" not in Layer.__dict__  # skipped, done for the whole app
    assert "z" in Whole._merged_bindings.key_to_bindings
    assert "zoomed" in Whole._reactives and "width" in Whole._computes


async def test_after_the_first_frame_runs_at_once(sample_dir: Path) -> None:
    """`after_first_frame` keeps work for after the first frame (the figure rules'
    thread: the warm start test above) and, once it is painted, runs it at once."""
    from hzreader.ui._app import make_app

    app = make_app([str(sample_dir)], watch_interval=0)
    ran: list[str] = []
    app.after_first_frame(lambda: ran.append("early"))
    assert ran == []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert ran == ["early"]
        app.after_first_frame(lambda: ran.append("late"))
        assert ran == ["early", "late"]
