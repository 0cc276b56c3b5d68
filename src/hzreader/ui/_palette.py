"""A colour for each kind of key figure, taken from the theme and kept apart.

`figures.tcss` gives each kind its look: the colour `$figure-<kind>` and a decoration (bold, or
bold and underlined). Kinds with the same decoration are told apart by colour alone, on
truecolor and on 256-colour terminals, yet every theme has colours that look alike there:
textual-dark's accent is its warning colour, monokai's secondary is its error colour, and in
256 colours rose-pine-dawn's primary and success both become the same grey. So each kind
starts from the theme colour it prefers (money: success, percent: warning …); one that would
look like a kind before it in its group takes the first other theme colour that does not,
and only when the theme has none left, a turn of its own hue. Too faint a colour is made
darker (on a light background) or lighter until it reads.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from rich.color import ColorSystem
from textual.app import App
from textual.color import Color, ColorParseError, Lab, lab_to_rgb, rgb_to_lab

#: The theme colour each kind prefers.
PREFERRED = {
    "money": "text-success",
    "percent": "text-warning",
    "year": "text-primary",
    "count": "text-accent",
    "duration": "text-secondary",
    "date": "text-primary",
    "quantity": "text-accent",
    "number": "foreground",
    "time": "text-secondary",
    "ordinal": "text-error",
}

#: Kinds with the same decoration in figures.tcss (bold; bold underline): within a group colours
#: must differ. Earlier kinds keep their preferred colour first.
GROUPS = (
    ("money", "percent", "year", "count", "duration"),
    ("date", "quantity", "number", "time", "ordinal"),
)

#: The theme colours a kind may take instead of its own, in this order.
THEME_COLOURS = ("text-primary", "text-success", "text-warning", "text-error", "text-accent",
                 "text-secondary", "foreground")
#: Terminal colours for themes that use the terminal's own (ANSI) colours.
ANSI_COLOURS = ("ansi_magenta", "ansi_cyan", "ansi_blue", "ansi_green", "ansi_yellow",
                "ansi_red", "ansi_bright_magenta", "ansi_bright_cyan", "ansi_bright_blue")

#: A figure's colour against the pane's background, as a WCAG contrast ratio (bold text).
MIN_CONTRAST = 3.0
#: Two colours of one group differ by at least this CIE76 distance (ΔE) in truecolor.
MIN_DISTANCE = 18.0
#: Two colours of one group whose hues are closer than this (degrees) must differ in
#: lightness.
MIN_TURN = 20.0
#: Small changes tried first, to keep a kind's hue: (turn in degrees, chroma factor).
NUDGES = ((0, 1.5), (0, 2.0), (15, 1.3), (-15, 1.3))
#: Hue turns (degrees) tried when the theme has no colour left for a kind.
TURNS = (60, -60, 120, -120, 180, 30, -30, 90, -90, 150, -150)


def figure_colours(variables: Mapping[str, str]) -> dict[str, str]:
    """`figure-<kind>` → a colour, for a theme's generated colour variables."""
    background = _parse(variables.get("surface", "")) or _parse(variables.get("background", ""))
    if background is not None and (background.a < 1 or background.ansi is not None):
        background = _parse(variables.get("background", ""))
    if background is not None and (background.a < 1 or background.ansi is not None):
        background = None
    chosen: dict[str, Color] = {}
    for group in GROUPS:
        taken: list[Color] = []
        for kind in group:
            colour = _pick(kind, variables, taken, background)
            chosen[kind] = colour
            taken.append(colour)
    return {f"figure-{kind}": _css(colour) for kind, colour in chosen.items()}


def _pick(kind: str, variables: Mapping[str, str], taken: list[Color],
          background: Color | None) -> Color:
    """The first candidate for `kind` unlike every colour `taken`; the most unlike when none.
    Candidates are made one by one: the first usually does (the theme is read at start-up)."""
    candidates: list[Color] = []
    for colour in _candidates(kind, variables, background):
        if not any(alike(colour, other) for other in taken):
            return colour
        candidates.append(colour)
    return max(candidates, key=lambda colour: min(
        (_distance(colour, other) for other in taken), default=math.inf))


def _candidates(kind: str, variables: Mapping[str, str],
                background: Color | None) -> Iterable[Color]:
    """The kind's preferred colour and nudges of it, the theme's other colours, then turns
    of the preferred hue."""
    own = _parse(variables.get(PREFERRED[kind], ""))
    if own is not None:
        yield readable(own, background)
        if own.ansi is None:
            yield from (readable(_shifted(own, turn, chroma), background)
                        for turn, chroma in NUDGES)
    for name in THEME_COLOURS:
        colour = _parse(variables.get(name, ""))
        if name != PREFERRED[kind] and colour is not None:
            yield readable(colour, background)
    if own is None:
        return
    if own.ansi is not None:
        yield from (Color.parse(name) for name in ANSI_COLOURS)
        return
    yield from (readable(_shifted(own, turn), background) for turn in TURNS)


def _shifted(colour: Color, turn: float, chroma: float = 1.0) -> Color:
    """`colour` with its hue turned by `turn` degrees and its chroma scaled (in CIE Lab)."""
    lab = rgb_to_lab(colour)
    angle = math.radians(turn)
    a = (lab.a * math.cos(angle) - lab.b * math.sin(angle)) * chroma
    b = (lab.a * math.sin(angle) + lab.b * math.cos(angle)) * chroma
    return lab_to_rgb(Lab(lab.L, a, b)).clamped


def readable(colour: Color, background: Color | None) -> Color:
    """`colour`, darkened on a light background or lightened on a dark one until its
    contrast reaches `MIN_CONTRAST` (as far as it can go)."""
    if background is None or colour.ansi is not None:
        return colour
    step = 0.03 if background.brightness >= 0.5 else -0.03  # darken by a negative lightens
    for _ in range(34):
        if contrast(colour, background) >= MIN_CONTRAST:
            break
        colour = colour.darken(step)
    return colour


def alike(first: Color, second: Color) -> bool:
    """True when the two colours cannot be told apart in truecolor or in 256 colours."""
    if first.ansi is not None or second.ansi is not None:
        return first.ansi == second.ansi
    if _eight_bit(first) == _eight_bit(second) or _distance(first, second) < MIN_DISTANCE:
        return True
    # Two shades of one hue at one lightness read as the same colour in running text.
    one, other = rgb_to_lab(first), rgb_to_lab(second)
    chromatic = min(math.hypot(one.a, one.b), math.hypot(other.a, other.b)) > 15
    turn = abs(math.degrees(math.atan2(one.b, one.a) - math.atan2(other.b, other.a))) % 360
    return chromatic and min(turn, 360 - turn) < MIN_TURN and abs(one.L - other.L) < 15


def contrast(first: Color, second: Color) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: Color) -> float:
    """WCAG relative luminance."""
    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = colour.rgb
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def _distance(first: Color, second: Color) -> float:
    """CIE76 ΔE; ANSI colours are apart unless they are the same one."""
    if first.ansi is not None or second.ansi is not None:
        return 0.0 if first.ansi == second.ansi else math.inf
    return math.dist(rgb_to_lab(first), rgb_to_lab(second))


def _eight_bit(colour: Color) -> int | None:
    """The colour's number in the 256-colour palette."""
    return colour.rich_color.downgrade(ColorSystem.EIGHT_BIT).number


def _parse(text: str) -> Color | None:
    """A colour variable's value as a colour; None for what is no single colour ("auto 87%",
    "ansi_default 50%")."""
    try:
        return Color.parse(text)
    except ColorParseError:
        return None


def _css(colour: Color) -> str:
    """The colour as CSS text."""
    if colour.ansi is not None:
        return _ANSI_NAMES.get(colour.ansi, "ansi_default")
    return colour.hex6


_ANSI_NAMES = {number: name for number, name in enumerate((
    "ansi_black", "ansi_red", "ansi_green", "ansi_yellow", "ansi_blue", "ansi_magenta",
    "ansi_cyan", "ansi_white", "ansi_bright_black", "ansi_bright_red", "ansi_bright_green",
    "ansi_bright_yellow", "ansi_bright_blue", "ansi_bright_magenta", "ansi_bright_cyan",
    "ansi_bright_white"))}


class FigureColoursApp(App[None]):
    """An app whose CSS knows `$figure-<kind>` for every theme (a theme's own `variables`
    may still set them)."""

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """The figure colours of the current theme, with Textual's defaults."""
        defaults = super().get_theme_variable_defaults()
        return {**defaults, **figure_colours(self.current_theme.to_color_system().generate())}
