"""A look per figure kind: every pair of kinds can be told apart in every built-in theme."""

from __future__ import annotations

import itertools
from pathlib import Path

from rich.color import Color as RichColor
from rich.color import ColorSystem
from rich.style import Style
from textual.color import Color
from textual.theme import BUILTIN_THEMES

from hzreader.model import FIGURE_KINDS
from hzreader.ui._app import make_app
from hzreader.ui._palette import (
    MIN_CONTRAST,
    MIN_DISTANCE,
    PREFERRED,
    alike,
    contrast,
    figure_colours,
    readable,
)
from hzreader.ui.screens.help import FIGURE_EXAMPLES

from conftest import write_articles
from test_app import SIZE, ready

#: One figure of each kind, in one paragraph, as the help legend shows them.
SAMPLES = {kind: examples[0] for kind, examples in FIGURE_EXAMPLES.items()}
ARTICLE = {"kinds.yaml": "title: Every kind\nbody: |\n  " + "; ".join(
    f"it was {sample}" for sample in SAMPLES.values()) + ".\n"}


def colour_key(colour: RichColor | None, system: ColorSystem | None) -> object:
    """What a terminal shows for `colour`: its 256-colour number after `downgrade`, or the
    colour itself in truecolor (None for the terminal's default)."""
    if colour is None or colour.is_default:
        return None
    if system is not None:
        return colour.downgrade(system).number
    return colour.triplet or colour.number


def told_apart(one: Style, other: Style, system: ColorSystem | None) -> bool:
    """Two figure looks differ by more than bold or italic: a decoration or the colour."""
    if bool(one.underline) != bool(other.underline) or bool(one.reverse) != bool(other.reverse):
        return True
    if colour_key(one.bgcolor, system) != colour_key(other.bgcolor, system):
        return True
    return colour_key(one.color, system) != colour_key(other.color, system)


def far_enough(one: Style, other: Style) -> bool:
    """Two truecolor colours that are not merely different numbers: ΔE ≥ MIN_DISTANCE."""
    if bool(one.underline) != bool(other.underline) or bool(one.reverse) != bool(other.reverse):
        return True
    assert one.color is not None and other.color is not None
    return not alike(Color.from_rich_color(one.color), Color.from_rich_color(other.color))


async def test_every_pair_of_kinds_looks_different_in_every_builtin_theme(
        tmp_path: Path) -> None:
    app = make_app([write_articles(tmp_path / "a", ARTICLE)])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert set(app.available_themes) >= set(BUILTIN_THEMES)
        checked = 0
        for theme in sorted(BUILTIN_THEMES):
            app.theme = theme
            await pilot.pause()
            await pilot.pause()  # the pane restyles its document after the theme settles
            rendered = app.reader.rendered
            assert rendered is not None
            base = app.reader.rich_style
            looks: dict[str, Style] = {}
            for placed in rendered.figures:
                style = base + rendered.text.get_style_at_offset(app.console, placed.start)
                looks.setdefault(placed.figure.kind, style)
            assert set(looks) == set(FIGURE_KINDS), theme
            background = base.bgcolor
            for kind, style in looks.items():
                assert style.color is not None, (theme, kind)
                # Stands out from the text around it (number: the text's colour, underlined).
                assert style.color != base.color or style.underline, (theme, kind)
                if background is not None and background.triplet is not None:
                    ratio = contrast(Color.from_rich_color(style.color),
                                     Color.from_rich_color(background))
                    assert ratio >= MIN_CONTRAST - 0.05, (theme, kind, ratio)
            for (kind, one), (other_kind, other) in itertools.combinations(looks.items(), 2):
                for system in (None, ColorSystem.EIGHT_BIT):
                    assert told_apart(one, other, system), (theme, kind, other_kind, system)
                if not theme.startswith("ansi"):
                    assert far_enough(one, other), (theme, kind, other_kind)
                checked += 1
        assert checked == len(BUILTIN_THEMES) * 45


def test_two_kinds_the_theme_gives_one_colour_get_two() -> None:
    variables = BUILTIN_THEMES["textual-dark"].to_color_system().generate()
    assert variables["text-accent"] == variables["text-warning"]  # count's and percent's
    colours = figure_colours(variables)
    assert colours["figure-percent"] == variables["text-warning"].upper()
    assert not alike(Color.parse(colours["figure-count"]), Color.parse(colours["figure-percent"]))


def test_a_kind_keeps_its_theme_colour_when_nothing_is_alike() -> None:
    variables = BUILTIN_THEMES["dracula"].to_color_system().generate()
    colours = figure_colours(variables)
    assert all(colours[f"figure-{kind}"] == Color.parse(variables[name]).hex6
               for kind, name in PREFERRED.items())


def test_terminal_colour_themes_get_terminal_colours() -> None:
    colours = figure_colours(BUILTIN_THEMES["ansi-dark"].to_color_system().generate())
    assert all(value.startswith("ansi_") for value in colours.values())
    assert colours["figure-count"] != colours["figure-money"]  # both ansi_green in the theme


def test_faint_colours_are_made_readable() -> None:
    light, dark = Color.parse("#fafafa"), Color.parse("#1e1e1e")
    assert contrast(readable(Color.parse("#c8e6c9"), light), light) >= MIN_CONTRAST
    assert contrast(readable(Color.parse("#203020"), dark), dark) >= MIN_CONTRAST
    strong = Color.parse("#0000aa")
    assert readable(strong, light) == strong


def test_alike_colours() -> None:
    assert alike(Color.parse("#ffc473"), Color.parse("#ffc473"))
    assert alike(Color.parse("#ffc473"), Color.parse("#ffbe3c"))  # one orange, more vivid
    assert not alike(Color.parse("#ffc473"), Color.parse("#57a5e2"))
    assert MIN_DISTANCE > 0
    assert not alike(Color.parse("ansi_red"), Color.parse("ansi_green"))
    assert alike(Color.parse("ansi_red"), Color.parse("ansi_red"))


def test_the_colours_are_picked_as_from_every_candidate() -> None:
    """Candidates are made one at a time: the first unlike the taken ones is the same one
    a list of all of them gives, and so is the most unlike when none is."""
    import math

    from hzreader.ui import _palette

    def eager_pick(kind: str, variables: dict[str, str], taken: list[Color],
                   background: Color | None) -> Color:
        candidates = list(_palette._candidates(kind, variables, background))
        for colour in candidates:
            if not any(_palette.alike(colour, other) for other in taken):
                return colour
        return max(candidates, key=lambda colour: min(
            (_palette._distance(colour, other) for other in taken), default=math.inf))

    crowded = [Color.parse(c) for c in ("#ff0000", "#00ff00", "#0000ff", "#ffff00", "#ffffff",
                                        "#000000", "#ff00ff", "#00ffff", "#808080")]
    for theme in BUILTIN_THEMES.values():
        variables = theme.to_color_system().generate()
        background = _palette._parse(variables.get("surface", ""))
        for kind in FIGURE_KINDS:
            for taken in ([], crowded[:3], crowded):
                assert _palette._pick(kind, variables, taken, background) == \
                    eager_pick(kind, variables, taken, background)
