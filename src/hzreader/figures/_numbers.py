"""How a figure's numbers are written: thousands commas, every digit the article wrote,
"3 bn" from a million on, rounding half up (`decimal_text`)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

#: Half up, with room for every digit of the largest float: rounding never fails for size.
_HALF_UP = Context(prec=400, rounding=ROUND_HALF_UP)


def _written(value: float) -> Decimal:
    """The decimal as written: the shortest digits that read back as `value` (2.675, not
    the binary 2.67499999…), so a half rounds up as a reader expects."""
    return Decimal(repr(value))


def decimal_text(value: float | Decimal, spec: str) -> str:
    """`format(value, spec)` rounding half up the decimal as written: 3.125 with ".2f" is
    "3.13" and 2.675 is "2.68" (a float's own format gives "3.12" and "2.67"). The one
    rounding rule of every figure value shown."""
    with localcontext(_HALF_UP):
        return format(value if isinstance(value, Decimal) else _written(value), spec)


def _significant(value: float | Decimal, digits: int) -> str:
    """`value` to `digits` significant digits, half up, trailing zeros dropped, in the
    exponent form of "g" where it is very large or small: "0.0013", "9.59e26", "1e15"."""
    number = value if isinstance(value, Decimal) else _written(value)
    rounded = Context(prec=digits, rounding=ROUND_HALF_UP).plus(number)
    return format(rounded.normalize(), "g").replace("e+", "e")


#: A value with this many significant digits or more (after rounding away a binary float's
#: noise: 28.999999999999996 is 29) was worked out (a third, a sum, a median), not written.
WORKED_OUT_DIGITS = 12
#: The cells a short value takes at most (the figures table's value column), and the fewest
#: significant digits a value too long for them is rounded to.
SHORT_CELLS, FEWEST_DIGITS = 11, 4


def as_written(value: float) -> Decimal | None:
    """The value's digits as the article wrote them ("821.6 million" is 8.216E+8, with no
    trailing zeros), or None for a value worked out rather than written (`WORKED_OUT_DIGITS`)."""
    rounded = Context(prec=WORKED_OUT_DIGITS, rounding=ROUND_HALF_UP).plus(_written(value))
    digits = rounded.normalize()
    return digits if len(digits.as_tuple().digits) < WORKED_OUT_DIGITS else None


def _fixed(number: Decimal, digits: int) -> str:
    """`number` to `digits` significant digits, half up, without trailing zeros, in fixed
    point with thousands commas: "821.6", "12,000", "0.0125"."""
    rounded = Context(prec=digits, rounding=ROUND_HALF_UP).plus(number).normalize()
    return format(rounded, ",f")


def plain_number(value: float) -> str:
    """The number with thousands commas and every decimal the article wrote: 12000 →
    "12,000", 5.25 → "5.25", 7.1058 → "7.1058", 0.0125 → "0.0125"; a value worked out
    (`as_written` is None) gets two decimals, half up: 6.2333… → "6.23", or two
    significant digits where that leaves none (0.000333… → "0.00033")."""
    if value.is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    written = as_written(value)
    if written is not None:
        return format(written, ",f")
    text = decimal_text(value, ",.2f").rstrip("0").rstrip(".")
    return text if text not in ("0", "-0") else _significant(value, 2)


def short_number(value: float, cells: int = SHORT_CELLS) -> str:
    """A number with every digit the article wrote, abbreviated from a million on where
    that is shorter: 3e9 → "3 bn", 8.216e8 → "821.6 M", 1.25e9 → "1.25 bn", 2368 →
    "2,368", 1234567 → "1,234,567". One longer than `cells` is rounded half up to the most
    digits that fit, at least `FEWEST_DIGITS` (1234567890 → "1.234568 bn"); a value worked
    out (`as_written` is None: a sum, a third) to `FEWEST_DIGITS` ("333.3 M")."""
    written = as_written(value)
    if written is None and abs(value) < 1e6:
        return plain_number(value)
    exact = written if written is not None else _written(value)
    most = len(written.as_tuple().digits) if written is not None else FEWEST_DIGITS

    def rounded(digits: int) -> str:
        if abs(value) >= 1e15:  # 9.58e26: beyond any real amount
            return _significant(exact, digits)
        for exponent, suffix in ((12, "tn"), (9, "bn"), (6, "M")):
            if abs(value) >= 10.0**exponent:  # exact: 3.125e12 is 3.125 tn
                return f"{_fixed(exact.scaleb(-exponent), digits)} {suffix}"
        return _fixed(exact, digits)

    whole = rounded(most)
    if written is not None and abs(value) < 1e15 and len(plain_number(value)) < len(whole):
        whole = plain_number(value)  # "1,234,567", not "1.234567 M"
    shown, digits = whole, most
    while len(shown) > cells and digits > FEWEST_DIGITS:
        digits -= 1
        shown = rounded(digits)
    return shown


def money_number(value: float) -> str:
    """`short_number` of an amount of money, with the cents of a price ("$68.40" is
    "68.40", not "68.4": a price is written with two decimals, so the 0 is one written)."""
    text = short_number(value)
    if abs(value) < 1e6 and re.fullmatch(r"-?[\d,]+\.\d", text):
        return text + "0"
    return text


_DECIMAL_WITH_ZEROS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*(?:\.\d*0)(?![\d])|"
                                 r"(?<![\d.,])\d+\.\d*0(?![\d])")


def written_zeros(shown: str, value: float, text: str) -> str:
    """`shown` with the number of `value` as `text` wrote it when that ends in zeros after
    the point ("60.0 percent" is "60.0 %", not "60 %"; a float keeps no trailing zero)."""
    for found in _DECIMAL_WITH_ZEROS.finditer(text):
        written = found.group()
        if float(written.replace(",", "")) != value:
            continue
        plain = plain_number(value)
        shorter = re.compile(rf"(?<![\d.,]){re.escape(plain)}(?![\d])")
        return shorter.sub(format(Decimal(written.replace(",", "")), ",f"), shown, count=1)
    return shown

