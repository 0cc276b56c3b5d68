"""What a dimension's filter or a range of two units that the parser did not read is told:
`speed>100` (each figure in its own unit), `speed>100 kg` (a unit of another dimension),
`quantity:500g..2km` and `money:1e6 USD..2e6 EUR` (no figure lies between two dimensions
or two currencies), and the filter a unit typed after a name that is none says
(`rain>1000 mm`). `_notes` asks, with the parser's own answer (one meaning)."""

from __future__ import annotations

from hzreader.query._conversions import dimension_named, dimension_of, dimension_units
from hzreader.query._figures import CJK_FILTER_SYNTAX, FILTER_SYNTAX, parse_figure_filter

#: How a note on a filter typed without a unit ends, before the filter with one (the
#: filter is applied: each figure compared in its own unit; `_notes` too).
UNIT_ADVICE = "give a unit to compare in it: "


def own_unit_note(token: str) -> str:
    """The note for a dimension's filter typed without a unit (`speed>100`: each figure in
    its own unit), for one typed in a unit of another dimension (`speed>100 kg`), or ""."""
    found = FILTER_SYNTAX.match(token) or CJK_FILTER_SYNTAX.match(token)
    if found is None or (dimension := dimension_named(found.group(1))) is None:
        return ""
    name, op, rest = found.groups()
    units = dimension_units(dimension)
    term = parse_figure_filter(token)
    if term is None:
        return other_dimension_note(token) or \
            f"{token}: {rest!r} is not a number with a unit of {dimension} " \
            f"(e.g. {name}{op}100 {units[0]})"
    if term.measures and len({m.value for m in term.measures}) == 1 and len(units) > 1:
        return f"{token}: each figure of {dimension} is compared in its own unit " \
               f"({', '.join(units)}); {UNIT_ADVICE}{token} {units[0]}"
    return ""


def other_dimension_note(token: str) -> str:
    """The note for a dimension's filter typed in a unit of another (`speed>100 kg`), or
    ""."""
    found = FILTER_SYNTAX.match(token) or CJK_FILTER_SYNTAX.match(token)
    if found is None or (dimension := dimension_named(found.group(1))) is None or \
            parse_figure_filter(token) is not None:
        return ""
    _, op, rest = found.groups()
    unit = parse_figure_filter(f"quantity{op}{rest}")
    if unit is None or not unit.measures:
        return ""
    other = dimension_of(unit.measures[0].unit) or "no other unit"
    return f"{token}: {unit.measures[0].unit} is a unit of {other}, not of {dimension} " \
           f"({', '.join(dimension_units(dimension))}; or quantity{op}{rest})"


def range_note(token: str) -> str:
    """The note for a range whose ends are in two dimensions (`quantity:500g..2km`) or two
    currencies (`money:1e6 USD..2e6 EUR`): no figure is both; "" for any other text."""
    found = FILTER_SYNTAX.match(token) or CJK_FILTER_SYNTAX.match(token)
    if found is None or found.group(2) not in (":", "=") or ".." not in found.group(3):
        return ""
    name, _, rest = found.groups()
    low, _, high = (side.strip() for side in rest.partition(".."))
    lower = parse_figure_filter(f"{name}>={low}") if low else None
    upper = parse_figure_filter(f"{name}<={high}") if high else None
    if lower is None or upper is None or not lower.measures or not upper.measures or \
            parse_figure_filter(token) is not None:
        return ""
    units = lower.measures[0].unit, upper.measures[0].unit
    if lower.kind == "money":
        what = "two currencies"
    elif lower.kind == "quantity":
        what = " and ".join(dict.fromkeys(dimension_of(unit) or unit for unit in units))
        what = f"two dimensions ({what})"
    else:
        what = "two units"
    example = _RANGE_EXAMPLES.get(lower.kind or "", "").format(name=name)
    return f"{token}: {low} and {high} are in {what}: no figure lies between them" + (
        f" (write both ends in one, e.g. {example})" if example else "")


#: A range with units at both ends, of each kind that takes them (`{name}`: as typed).
_RANGE_EXAMPLES = {"quantity": "{name}:500 g..2 kg", "money": "{name}:1e6..2e6 USD",
                   "duration": "{name}:90 min..2 h", "count": "{name}:10..100 projects"}


def measured_after(op: str, rest: str, unit: str) -> str:
    """"a measure in mm write quantity>1000 mm (or length>1000 mm)" when `unit`, typed after
    a name that is no filter (`rain>1000 mm`: tryout19 §17, where a count of rain was
    suggested), is a unit of a measure, a currency or a unit of time: the filter of its
    kind (and its dimension's), or ""."""
    if not unit:
        return ""
    for kind, what in (("quantity", "a measure in"), ("money", "an amount in"),
                       ("duration", "a duration in")):
        meant = f"{kind}{op}{rest} {unit}"
        term = parse_figure_filter(meant)
        if term is None or not term.measures:
            continue
        text = f"{what} {unit} write {meant}"
        dimension = dimension_of(term.measures[0].unit) if kind == "quantity" else None
        if dimension and parse_figure_filter(named := f"{dimension}{op}{rest} {unit}"):
            text += f" (or {named})"
        return text
    return ""
