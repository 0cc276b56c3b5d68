"""Figure values show every digit the article wrote and invent none: "$821.6 million" is
"$821.6 M" (not "$822 M"), "$3 billion" is "$3 bn" (not "$3.0 bn"). Only a value too long
for the table's value column, or one worked out (a sum, a third), is rounded: half up the
decimal as written, never the round-half-to-even of a binary float."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hzreader.figures import extract, format_value, plain_number, short_number
from hzreader.figures._numbers import SHORT_CELLS, as_written
from hzreader.lens._format import amount_text, value_text


@pytest.mark.parametrize(("value", "shown"), [
    (821.6e6, "821.6 M"),  # tryout10: was "822 M"
    (312.8e9, "312.8 bn"),  # was "313 bn"
    (3.125e12, "3.125 tn"),
    (-3.125e12, "-3.125 tn"),
    (2.675e9, "2.675 bn"),  # 2.675 is 2.67499999… in binary: still the digits written
    (1.005e9, "1.005 bn"),
    (1.125e6, "1.125 M"),
    (12.35e9, "12.35 bn"),
    (422.5e6, "422.5 M"),
    (3e9, "3 bn"),  # no ".0" that was not written
    (1e6, "1 M"),
    (1.25e9, "1.25 bn"),
    (2_368_000.0, "2.368 M"),
    (1_234_567.0, "1,234,567"),  # written out where that is shorter than "1.234567 M"
    (12_000.0, "12,000"),
    (9.585e26, "9.585e26"),  # beyond any real amount: in exponent form
    (1e15, "1e15"),
])
def test_short_number_keeps_every_written_digit(value: float, shown: str) -> None:
    assert short_number(value) == shown


@pytest.mark.parametrize(("value", "shown"), [
    (1_234_567_890.0, "1.234568 bn"),  # too long for the column: half up, 7 digits fit
    (-1_234_567_890.0, "-1.23457 bn"),
    (999_999.1234, "999,999.123"),
    (1e9 / 3, "333.3 M"),  # worked out: four significant digits
    (2.0716e9 + 1e-6, "2.0716 bn"),  # float noise is not worked out
    (2.071612345678e9, "2.072 bn"),  # a sum of many: worked out
])
def test_a_long_or_worked_out_value_is_rounded_half_up(value: float, shown: str) -> None:
    assert short_number(value) == shown


@pytest.mark.parametrize(("value", "shown"), [
    (0.125, "0.125"),
    (2.675, "2.675"),
    (6.2345, "6.2345"),
    (0.0125, "0.0125"),
    (7.1058, "7.1058"),  # an exchange rate, "报7.1058": was "7.11"
    (28.999999999999996, "29"),  # a binary float's noise is not a written digit
    (6.233333333333, "6.23"),  # worked out: two decimals, half up
    (0.000333333333333333, "0.00033"),  # "1 in 3,000": two significant digits
    (12000.0, "12,000"),
    (1_234_567.125, "1,234,567.125"),
])
def test_plain_number_keeps_every_written_digit(value: float, shown: str) -> None:
    assert plain_number(value) == shown


@given(st.decimals(min_value=1, max_value=10**14, places=3, allow_nan=False))
def test_a_written_value_that_fits_reads_back_exactly(number: Decimal) -> None:
    """Whatever the form, the digits shown are the value's, and fit the column."""
    value = float(str(number))
    shown = short_number(value)
    assert len(shown) <= SHORT_CELLS or as_written(value) is None
    written = as_written(value)
    if written is None or len(written.as_tuple().digits) > 7:
        return  # rounded to fit, tested above
    scale = {"M": 1e6, "bn": 1e9, "tn": 1e12}
    digits, _, suffix = shown.partition(" ")
    # to the 12 significant digits `as_written` keeps (1000000000.001 is read as 1 bn: the
    # .001 is beyond them, as a binary float's noise is)
    assert float(digits.replace(",", "")) * scale.get(suffix, 1) == pytest.approx(value,
                                                                                  rel=1e-11)


@pytest.mark.parametrize(("text", "shown"), [
    ("The fund holds $821.6 million in cash.", "$821.6 M"),
    ("Banks lent HK$312.8 billion.", "312.8 bn HKD"),
    ("The deficit reached $3.125 trillion last year.", "$3.125 tn"),
    ("It raised 1.005 billion yuan.", "1.005 bn CNY"),
    ("It raised 3 billion yuan.", "3 bn CNY"),
])
def test_the_panel_shows_the_digits_written(text: str, shown: str) -> None:
    (money,) = [f for f in extract(text) if f.kind == "money"]
    assert format_value(money) == shown


def test_a_big_quantity_is_abbreviated_in_the_panel_as_in_the_table() -> None:
    """tryout10: "16亿千瓦" was "1,600,000,000 kW" in the panel (cut to "16…" at 80
    columns) and "1.6 bn" in the table."""
    (power,) = [f for f in extract("装机容量达16亿千瓦。") if f.kind == "quantity"]
    assert format_value(power) == f"1.6 bn {power.unit}"
    assert value_text("quantity", power.value, power.unit) == "1.6 bn"


def test_the_table_shows_the_same_digits() -> None:
    assert value_text("money", 3.125e12) == "3.125 tn"
    assert value_text("money", 821.6e6) == "821.6 M"
    assert amount_text("money", 2.675e9, "USD") == "$2.675 bn"


@pytest.mark.parametrize(("text", "shown"), [
    ("Crude was down at $68.40 a barrel.", "$68.40"),  # a price keeps its cents
    ("Bread now costs $3.12.", "$3.12"),  # figs29: "$3.12 a gallon" is a price per gallon now
    # ("$3.12/gal", USD/gal: test_figures_round29)
    ("A ticket costs $12.", "$12"),
    ("Costs reached $3.5 million.", "$3.5 M"),
])
def test_a_price_keeps_its_cents(text: str, shown: str) -> None:
    (money,) = [f for f in extract(text) if f.kind == "money"]
    assert format_value(money) == shown
    assert amount_text("money", money.value, money.unit) == shown


def test_a_summary_rounds_what_it_worked_out() -> None:
    """The median of HK$32 and HK$821.6 million read "410,800,016 HKD" (every digit of a
    number no article wrote); the lowest and highest are figures, shown as written."""
    assert amount_text("money", 410_800_016.0, "HKD", worked_out=True) == "410.8 M HKD"
    assert amount_text("money", 260.35e9, "CNY", worked_out=True) == "260.4 bn CNY"
    assert amount_text("money", 821.6e6, "HKD") == "821.6 M HKD"


@pytest.mark.parametrize(("text", "shown", "in_table"), [
    ("Turnout was 60.0 percent.", "60.0 %", "60.0"),  # a float keeps no trailing zero
    ("Growth of 5.20% is expected.", "5.20 %", "5.20"),
    ("It fell to 3.50 km.", "3.50 km", "3.50"),
    ("Turnout was 60 percent.", "60 %", "60"),
])
def test_zeros_written_after_the_point_are_kept(text: str, shown: str, in_table: str) -> None:
    (figure,) = extract(text)
    assert format_value(figure) == shown
    assert value_text(figure.kind, figure.value, figure.unit, figure.text) == in_table


@pytest.mark.parametrize(("text", "shown"), [
    ("Rents may fall 5-8% next year.", "5–8 %"),  # tryout10: the panel said "5 %"
    ("Premiums rise 10-15%.", "10–15 %"),
    ("It takes 3-5 days.", "3–5 days"),
    ("Highs of 25-28C.", "25–28 °C"),
    ("水位下降2至3米。", "2–3 m"),
    ("1,000-1,500 people attended.", "1,000–1,500"),
    ("It rose 10%.", "10 %"),
])
def test_the_panel_shows_both_ends_of_a_range(text: str, shown: str) -> None:
    (figure,) = extract(text)
    assert format_value(figure) == shown
