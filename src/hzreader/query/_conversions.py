"""Units of measure in a quantity filter: the spellings the figures table shows (`in`, `ft`,
`°F`, `mph`: `table_unit`), and the units a filter's value converts to exactly
(`converted`: `quantity>=1000 g` also finds "1.5kg"), as durations convert (`_figures`).

Only units with an exact factor convert, within their dimension: lengths (mm cm m km in ft
yd mi nmi, µm nm), masses (mg g kg t, lb oz, µg), volumes (ml L m³), areas (m² km² ha acres
sq ft sq mi), speeds (km/h m/s mph kn), temperatures (°C °F K: by the formula, so
`quantity>90 °F` finds "33°C"), power (W kW MW GW TW), energy (Wh kWh MWh GWh TWh),
frequencies (Hz kHz MHz GHz), data rates (kbps Mbps Gbps Tbps) and pressures (Pa hPa kPa
mbar atm). Gallons (US or imperial), bytes (1000 or 1024), cups, barrels and 亩 do not.
"""

from __future__ import annotations

from hzreader.query._terms import Measure

#: Each dimension by its name: its units, and the size of each in the first one's base
#: (exact).
_FAMILIES: dict[str, dict[str, float]] = {
    "length": {"m": 1, "mm": 1e-3, "cm": 1e-2, "km": 1e3, "µm": 1e-6, "nm": 1e-9, "in": 0.0254,
               "ft": 0.3048, "yd": 0.9144, "mi": 1609.344, "nmi": 1852, "fur": 201.168},
    "mass": {"g": 1, "mg": 1e-3, "µg": 1e-6, "ng": 1e-9, "kg": 1e3, "t": 1e6, "Mt": 1e12,
             "Gt": 1e15, "lb": 453.59237, "oz": 28.349523125, "ct": 0.2},
    "volume": {"L": 1, "ml": 1e-3, "m³": 1e3},
    "area": {"m²": 1, "km²": 1e6, "ha": 1e4, "acres": 4046.8564224, "sq ft": 0.09290304,
             "sq mi": 2589988.110336},
    "speed": {"km/h": 1, "m/s": 3.6, "mph": 1.609344, "kn": 1.852},
    "power": {"W": 1, "kW": 1e3, "MW": 1e6, "GW": 1e9, "TW": 1e12},
    "energy": {"Wh": 1, "kWh": 1e3, "MWh": 1e6, "GWh": 1e9, "TWh": 1e12},
    "frequency": {"Hz": 1, "kHz": 1e3, "MHz": 1e6, "GHz": 1e9},
    "data rate": {"kbps": 1, "Mbps": 1e3, "Gbps": 1e6, "Tbps": 1e9},
    "pressure": {"Pa": 1, "hPa": 100, "mbar": 100, "kPa": 1e3, "atm": 101325},
}
_FAMILY_OF = {unit: family for family in _FAMILIES.values() for unit in family}
#: Temperatures: each scale to °C and back (an offset as well as a factor).
_TO_CELSIUS = {"°C": (1.0, 0.0), "°F": (5 / 9, -32 * 5 / 9), "K": (1.0, -273.15)}
#: Units of one letter typed otherwise than the table shows them (`quantity>2 l`).
_ONE_LETTER = {"l": "L", "c": "°C", "f": "°F"}


def table_unit(typed: str) -> str | None:
    """The unit of the figures table that `typed` spells: as shown (`in`, `mph`, `°F`, `t`),
    a unit of two letters or more in any case (`kwh`, `MPH`), or `l`, `c`, `f`; None for
    any other word (`k` is a thousand, not kelvin)."""
    shown = _shown()
    if typed in shown:
        return typed
    if typed in _ONE_LETTER:
        return _ONE_LETTER[typed]
    if len(typed) < 2:
        return None
    return _FOLDED.get(typed.lower())


#: What the table of units maps to that is no unit to type: a thousand ("3k"), the bare
#: degree of no scale, a Chinese grade.
_NOT_UNITS = frozenset({"", "k", "°", "级"})
_SHOWN: frozenset[str] = frozenset()
_FOLDED: dict[str, str] = {}


def _shown() -> frozenset[str]:
    """Every unit the figures table shows for a quantity (loaded with the figure rules)."""
    global _SHOWN
    if not _SHOWN:
        from hzreader.figures import SHOWN_UNITS

        shown = SHOWN_UNITS - _NOT_UNITS
        folded: dict[str, list[str]] = {}
        for unit in shown:
            folded.setdefault(unit.lower(), []).append(unit)
        _FOLDED.update({key: units[0] for key, units in folded.items() if len(units) == 1})
        _SHOWN = shown
    return _SHOWN


def converted(measure: Measure) -> tuple[Measure, ...]:
    """`measure` and the same value in every unit of its dimension (`quantity>=1000 g`:
    also ≥1 kg, ≥1e-3 t …), rounded to 12 digits; `measure` alone when it has none."""
    if measure.unit in _TO_CELSIUS:
        factor, offset = _TO_CELSIUS[measure.unit]
        celsius = measure.value * factor + offset
        return (measure, *(Measure(unit, _rounded((celsius - shift) / size), measure.op)
                           for unit, (size, shift) in _TO_CELSIUS.items()
                           if unit != measure.unit))
    family = _FAMILY_OF.get(measure.unit)
    if family is None:
        return (measure,)
    base = measure.value * family[measure.unit]
    return (measure, *(Measure(unit, _rounded(base / size), measure.op)
                       for unit, size in family.items() if unit != measure.unit))


def _rounded(value: float) -> float:
    """`value` to 12 significant digits (1000 g is 1 kg, not 0.9999999999999999)."""
    return float(f"{value:.12g}")


#: The names a filter may give a dimension (`speed>100 km/h`, `area>100 m²`, `temperature>30°C`,
#: `面积>100平方米`): a quantity filter in that dimension's units only.
DIMENSION_NAMES: dict[str, str] = {
    **dict.fromkeys(("length", "distance", "height", "depth", "width", "长度", "距离", "高度",
                     "深度"), "length"),
    **dict.fromkeys(("weight", "mass", "重量", "质量"), "mass"),
    **dict.fromkeys(("volume", "体积", "容量"), "volume"),
    **dict.fromkeys(("area", "面积"), "area"),
    **dict.fromkeys(("speed", "velocity", "速度", "时速", "风速"), "speed"),
    **dict.fromkeys(("temperature", "temp", "温度", "气温", "水温", "体温"), "temperature"),
    **dict.fromkeys(("power", "功率"), "power"),
    **dict.fromkeys(("energy", "能量", "电量", "发电量"), "energy"),
    **dict.fromkeys(("frequency", "频率"), "frequency"),
    **dict.fromkeys(("pressure", "气压", "压力"), "pressure"),
}


def dimension_named(name: str) -> str | None:
    """The dimension a filter's name names (`speed`, `Area`, `速度`, traditional `溫度`), or
    None."""
    from hzreader.text import fold

    return DIMENSION_NAMES.get(fold(name) if not name.isascii() else name.lower())


def dimension_units(dimension: str) -> tuple[str, ...]:
    """The units of a dimension, the commonest first (`speed`: km/h, m/s, mph, kn)."""
    return tuple(_TO_CELSIUS) if dimension == "temperature" else tuple(_FAMILIES[dimension])


def dimension_of(unit: str) -> str | None:
    """The dimension of a unit the figures table shows (`km/h` → speed, `°F` →
    temperature), None for a unit that converts to no other (`mu`, `gal`)."""
    if unit in _TO_CELSIUS:
        return "temperature"
    return next((name for name, family in _FAMILIES.items() if unit in family), None)
