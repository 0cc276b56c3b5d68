"""Figure values round half up the decimal as written: 3.125 tn is "3.13 tn", never the
"3.12 tn" of round-half-to-even on a binary float."""

from __future__ import annotations

import pytest

from hzreader.figures import extract, format_value, plain_number, short_number
from hzreader.lens._format import amount_text, value_text


@pytest.mark.parametrize(("value", "shown"), [
    (3.125e12, "3.13 tn"),
    (-3.125e12, "-3.13 tn"),
    (2.675e9, "2.68 bn"),  # 2.675 is 2.67499999… in binary
    (1.005e9, "1.01 bn"),  # 1.005e9 / 1e9 is not 1.005 in binary
    (1.125e6, "1.13 M"),
    (12.25e9, "12.3 bn"),  # one decimal from ten: still half up
    (12.35e9, "12.4 bn"),
    (422.5e6, "423 M"),
    (3e9, "3.0 bn"),
    (1.25e9, "1.25 bn"),
    (9.585e26, "9.59e26"),  # beyond any real amount: three significant digits
    (1e15, "1e15"),
])
def test_short_number_rounds_half_up(value: float, shown: str) -> None:
    assert short_number(value) == shown


@pytest.mark.parametrize(("value", "shown"), [
    (0.125, "0.125"),  # three decimals are kept as written
    (2.675, "2.675"),
    (1.005, "1.005"),
    (6.2345, "6.23"),
    (0.0125, "0.01"),
    (6.235, "6.235"),
    (1.2345, "1.23"),
    (2.6750001, "2.68"),
    (0.00125, "0.0013"),  # tiny: two significant digits, half up
    (12000.0, "12,000"),
    (1_234_567.125, "1,234,567.125"),
])
def test_plain_number_rounds_half_up(value: float, shown: str) -> None:
    assert plain_number(value) == shown


@pytest.mark.parametrize(("text", "shown"), [
    ("The deficit reached $3.125 trillion last year.", "$3.13 tn"),
    ("Sales rose to $2.675 billion.", "$2.68 bn"),
    ("It raised 1.005 billion yuan.", "1.01 bn CNY"),
])
def test_the_panel_shows_the_half_rounded_up(text: str, shown: str) -> None:
    (money,) = [f for f in extract(text) if f.kind == "money"]
    assert format_value(money) == shown


def test_the_table_uses_the_same_rounding() -> None:
    assert value_text("money", 3.125e12) == "3.13 tn"
    assert amount_text("money", 2.675e9, "USD") == "$2.68 bn"
