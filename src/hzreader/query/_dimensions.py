"""Quantity filters named by their dimension (`speed>100 km/h`, `area>100 m²`,
`temperature>30°C`, `面积>100平方米`); `_dimension_notes` tells what they did not read.

A dimension's filter is the quantity filter of the same value (`_figures`), in that
dimension's units only (`_conversions`: one table of units); typed without a unit
(`speed>100`), each figure of the dimension is compared in its own unit, as `quantity>100`
compares every quantity so, and a note says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from hzreader.query._conversions import dimension_named, dimension_of, dimension_units
from hzreader.query._terms import FigureTerm, Measure

#: The filter parser (`_figures.parse_figure_filter`): a filter's text → its term.
Parser = Callable[[str, bool], "FigureTerm | None"]


def dimension_filter(name: str, op: str, rest: str, negated: bool,
                     parse: Parser) -> FigureTerm | None:
    """`speed>100 km/h` (`name`, `op`, `rest`): the quantity filter (read by `parse`) in
    the unit typed when that unit is one of the dimension `name` names; `speed>100`: each
    of its units; None when `name` names no dimension or the unit is of another
    (`speed>100 kg`)."""
    dimension = dimension_named(name)
    if dimension is None:
        return None
    term = parse(f"quantity{op}{rest}", negated)
    if not name.isascii() and (term is None or not term.measures or
                               dimension_of(term.measures[0].unit) != dimension):
        term = _in_context(name, op, rest, negated, parse) or term  # `时速>300公里`
    if term is None or term.kind != "quantity" or term.op is None or term.value is None:
        return None
    if term.measures:
        return term if dimension_of(term.measures[0].unit) == dimension else None
    units = dimension_units(dimension)
    return replace(term, upper=None, measures=tuple(
        Measure(unit, term.value, term.op, term.upper) for unit in units))


def _in_context(name: str, op: str, rest: str, negated: bool,
                parse: Parser) -> FigureTerm | None:
    """A Chinese dimension's filter read as the figure rules read its name and value
    together ("时速300公里" is 300 km/h, "气温30度" 30 °C), or None."""
    from hzreader.figures import extract

    found = [f for f in extract(f"{name}{rest}") if f.text == rest and f.kind == "quantity"]
    if len(found) != 1 or found[0].value is None:
        return None
    return parse(f"quantity{op}{found[0].value:.12g} {found[0].unit}", negated)
