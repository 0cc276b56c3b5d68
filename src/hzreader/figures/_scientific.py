"""Numbers in scientific notation: "1e-9", "10^6 photons", "2.5×10^8", "3.2 × 10⁻⁵ g"."""

from __future__ import annotations

import math
import re

from hzreader.figures._context import Hit, finish_hit, unit_tail
from hzreader.figures._nouns import plural_end
from hzreader.figures._patterns import SUPERSCRIPT


def scientific_hit(text: str, s: int, sci: re.Match[str], floor: int) -> Hit | int:
    """ "1e-9", "10^6 photons", "2.5×10^8": a number, or a count when a plural follows; a
    quantity when a unit follows ("2.998e8 metres per second", "3 × 10^8 m/s"; figs23), a
    duration when a unit of time does ("5 × 10^3 years"; figs30)."""
    base = float(sci.group(1))
    power = int(sci.group(2) or sci.group(3) or sci.group(4) or
                sci.group(5).translate(SUPERSCRIPT))
    if abs(power) > 300 or base and math.log10(base) * (
            power if sci.group(3) is not None else 1) > 300:
        return sci.end()  # "1e999": no figure a reader can use
    value = base ** power if sci.group(3) is not None else base * 10.0 ** power  # "10^6"
    tail = unit_tail(text, sci.end())
    if tail is not None and tail[0] in ("quantity", "duration"):  # "1.9 × 10^9 seconds" (figs30)
        return finish_hit(text, s, s, tail[1], tail[0], value, floor, False)
    head = plural_end(text, sci.end())
    if head is not None:
        return finish_hit(text, s, s, head, "count", value, floor, False)
    return finish_hit(text, s, s, sci.end(), "number", value, floor, False)
