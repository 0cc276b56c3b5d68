"""Money filters on prices per unit (`money>5 USD/gal`, `money>1e4 HKD per sq ft`,
`money>3万元/平方米`): the figures' money units write such a price's currency and unit
("USD/gal", "CNY/m²": `figures.price_unit`, the one table of the units a price is per), so
the filter compares the prices per that unit only, in the currency named or, when none is
named (`$`, `元`: several currencies write them), in every currency (`Measure`: "/m²")."""

from __future__ import annotations

import re

from hzreader.query._terms import Measure

#: A price per unit typed: an amount, then "/", "per" or "a", and a unit ("5 USD/gal",
#: "1e4 HKD per sq ft", "3万元/平方米").
_PRICE_PER = re.compile(r"(.*?\d.*?)\s*(?:/|\s(?:per|an?)\s)\s*(\D+)", re.IGNORECASE)


def split_price(text: str) -> tuple[str, str] | None:
    """The amount and the unit (as the figures write it: "m²", "sq ft", "gal") of a price
    per unit typed ("1e4 HKD per sq ft" → "1e4 HKD", "sq ft"), or None."""
    found = _PRICE_PER.fullmatch(text.strip())
    if found is None:
        return None
    from hzreader.figures import price_unit

    unit = price_unit(found.group(2))
    return None if unit is None else (found.group(1).strip(), unit)


def priced(measures: tuple[Measure, ...], unit: str, value: float, op: str
           ) -> tuple[Measure, ...]:
    """The measure of a price per `unit`: in the currency of `measures` (a money filter's,
    "HKD" → "HKD/sq ft"), or in any currency when it names none ("/sq ft")."""
    code = measures[0].unit if measures else ""
    return (Measure(f"{code}/{unit}", value, op),)
