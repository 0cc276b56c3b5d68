"""Values come without the noise of binary arithmetic, and keep what is not noise."""

from __future__ import annotations

import pytest

from hzreader.figures import extract


@pytest.mark.parametrize(("text", "value"), [
    ("全年接待游客9.8亿人次。", 980_000_000.0),  # 9.8 × 1e8 is 980000000.0000001
    ("央行将利率下调35个基点。", 0.35),  # 35 × 0.01 is 0.35000000000000003
    ("Intel reported a net loss of $16.6 billion.", 16_600_000_000.0),
    ("全国铁路发送旅客35.8亿人次。", 3_580_000_000.0),
    ("直接经济损失约4.6亿元。", 460_000_000.0),
])
def test_a_value_is_the_number_written(text: str, value: float) -> None:
    assert [f.value for f in extract(text)][-1] == value


def test_a_value_that_is_not_a_short_decimal_keeps_15_significant_digits() -> None:
    # not 12 (10.3833333333), but 15: what the index's SQLite JSON prints (tryout5 B28)
    (clock,) = [f for f in extract("The train left at 10:23 on Monday.") if f.kind == "time"]
    assert clock.value == 10.3833333333333 == float(f"{10 + 23 / 60:.15g}")
    (share,) = extract("About 1 in 11 people faced hunger.")[:1]
    assert share.value == 0.0909090909090909


@pytest.mark.parametrize(("text", "unit"), [
    ("市民排队一个多小时才买到票。", "hours"),  # was "years": 多 hid the unit
    ("用了3个多月。", "months"),
    ("工期十余天。", "days"),
    ("持续了一个小时。", "hours"),
])
def test_a_chinese_duration_keeps_its_unit_after_an_approximator(text: str, unit: str) -> None:
    assert [f.unit for f in extract(text) if f.kind == "duration"] == [unit]


@pytest.mark.parametrize("text", [
    "Contact the press office on +81 3 5289 3650 or at the gate.",  # area code of one digit
    "咨询电话0571-87654321。",  # a landline right after Chinese text
    "咨询电话：0571-87654321",
    "邮编310051。",  # a postcode
    "证券代码600519。",
])
def test_phone_numbers_and_codes_are_not_figures(text: str) -> None:
    assert extract(text) == []


def test_a_range_of_round_numbers_is_not_a_phone_number() -> None:
    (cost,) = extract("It costs 20000-30000 yuan.")
    assert (cost.kind, cost.value, cost.unit) == ("money", 20000.0, "CNY")
    assert extract("Call 555-0199 now.") == []  # a phone number it still is


def test_a_language_version_is_a_name() -> None:
    assert extract("The C++26 standard is due.") == []
