"""The filters a unit typed as a filter's name may mean (`mo>3`, `km>100`, `%>5`, `bn>1`).

Such a comparison is no filter: it is searched as words, and `_notes` says which filter
was meant. A unit of time is a duration (`mo>3` → `duration>3 months`, as `years>5` since
search16), a unit of measure a quantity (`km>100`, `gw>5` → `quantity>5 GW`), a currency
an amount in it (`hkd>1e9` → `money>1e9 HKD`), a unit of percentages a percent
(`%>5`, `pp>1`), a scale an amount or a count (`bn>1` → `money>1bn` or `count>1bn`).
`m` is metres, minutes or millions: the note offers all three. In Chinese the unit is
written against the number, as the figure rules read it (`小时>2` → `duration>2小时`).
Every filter offered is one the parser reads as a single filter (`_notes` checks).
"""

from __future__ import annotations

from hzreader.query._figures import SHORT_TIME_UNITS

#: A unit of one letter or two that stands for several: each reading and its filter (the
#: comparison typed is put for `{op}`, the value for `{v}`). `m` is metres to the figure
#: rules ("100 m"), minutes in sport and timetables, a million in money ("$100m").
_AMBIGUOUS: dict[str, tuple[tuple[str, str], ...]] = {
    "m": (("metres", "quantity{op}{v} m"), ("minutes", "duration{op}{v} min"),
          ("millions", "money{op}{v}m")),
}
#: Units of time as a filter's name may shorten them, written out in the filter offered.
_TIME_WORDS = {short: unit for short, unit in SHORT_TIME_UNITS.items() if short != "m"}
#: Signs typed as a filter's name (`%>5`, `$>5`, `£>5`): the filter of their kind.
_SIGNS = {"%": "percent{op}{v}", "$": "money{op}{v}"}
#: Units of percentages (`pp>1`, `bp>50`): as a percent filter takes them after the value.
_PERCENT_UNITS = frozenset(("pp", "ppt", "ppts", "pt", "pts", "points", "point", "bp", "bps"))
#: What each kind's reading is called in the note ("for a duration write …").
_WHAT = {"duration": "a duration", "quantity": "a quantity", "percent": "a percentage",
         "money": "an amount", "count": "a count"}


def unit_readings(name: str, op: str, value: str) -> tuple[tuple[str, str], ...]:
    """What the unit `name`, typed as a filter's name before `op` and `value`, may mean:
    (what it is, the filter that says it) for each reading, most likely first, a reading
    maybe in several spellings (`tonnes`: "t", "tonnes"); () when `name` is no unit. The filters
    are not checked here: `_notes` keeps the first of each reading that parses."""
    lower = name.lower()
    if lower in _AMBIGUOUS:
        return tuple((what, meant.format(op=op, v=value)) for what, meant in _AMBIGUOUS[lower])
    if name in _SIGNS:
        return ((_WHAT[_SIGNS[name].partition("{")[0]], _SIGNS[name].format(op=op, v=value)),)
    if "\u3400" <= name[0] <= "\u9fff":  # `小时>2`, `公里>100`, `港元>1e9`, `人>1000`, `万>5`
        return _written_after(name, op, value)
    readings: list[tuple[str, str]] = []
    from hzreader.query._figures import is_time_unit

    if is_time_unit(lower):
        readings.append((_WHAT["duration"],
                         f"duration{op}{value} {_TIME_WORDS.get(lower, lower)}"))
    if lower in _PERCENT_UNITS:
        readings.append((_WHAT["percent"], f"percent{op}{value} {lower}"))
    from hzreader.figures import named_currency

    if (code := named_currency(name)) is not None:  # `hkd>1e9`, `£>5`, `yuan>1e9`
        written = name if name.isalpha() and lower != code.lower() else code  # `£` → GBP
        readings.append((f"an amount in {code}", f"money{op}{value} {written}"))
    if _is_scale(lower):  # `bn>1`, `million>5`, `k>10`: "k" is no kelvin here
        scale = lower if len(lower) < 3 else f" {lower}"  # `money>1bn`, `money>5 million`
        return (*readings, (_WHAT["money"], f"money{op}{value}{scale}"),
                (_WHAT["count"], f"count{op}{value}{scale}"))
    readings += [(_WHAT["quantity"], f"quantity{op}{value} {unit}")
                 for unit in _quantity_spellings(name)]
    return tuple(readings)


def _written_after(name: str, op: str, value: str) -> tuple[tuple[str, str], ...]:
    """The reading of a unit, noun or scale written against the number in Chinese ("5小时",
    "5公里", "5港元", "5人", "5万"), as the figure rules read it; () for none."""
    from hzreader.query._typed import parse_typed_number

    typed = parse_typed_number(f"5{name}")
    if typed is None:
        return ()
    if typed.kind is None and typed.value != 5:  # a scale: 万, 亿
        return ((_WHAT["money"], f"money{op}{value}{name}"),
                (_WHAT["count"], f"count{op}{value}{name}"))
    if typed.kind not in _WHAT:
        return ()
    what = f"a count of {name}" if typed.kind == "count" else _WHAT[typed.kind]
    return ((what, f"{typed.kind}{op}{value}{name}"),)


def _quantity_spellings(name: str) -> list[str]:
    """The units of measure `name` may be, typed in any case (`gw` → "GW", `kwh` → "kWh",
    `kmh` → "km/h"), as the figures table shows them (the unit the figure rules give "5
    GW"), then as they were read."""
    from hzreader.query._typed import parse_typed_number

    lower, upper = name.lower(), name.upper()
    spellings: list[str] = []
    for written in dict.fromkeys((name, upper, lower[:1] + upper[1:], upper[:1] + lower[1:],
                                  upper[:2] + lower[2:], lower[:1] + upper[1:2] + lower[2:])):
        typed = parse_typed_number(f"5 {written}")
        if typed is not None and typed.kind == "quantity" and typed.measures:
            spellings += [typed.measures[0].unit, written]
    return list(dict.fromkeys(spellings))


def _is_scale(word: str) -> bool:
    """True for a scale written after a number (`bn`, `million`, `k`): "5 bn" is 5e9."""
    if not word.isalpha():
        return False
    from hzreader.figures import parse_number

    value = parse_number(f"5 {word}")
    return value is not None and value != 5


def join_or(words: list[str]) -> str:
    """"a", "a or b", "a, b or c"."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"
