"""Hong Kong Chinese key figures from tryout13: 兩日 is two days (兩 never writes a day of
the month), a share before 為 ("約三成為首次置業人士": about 30 % are first-time buyers), and
厘 as a percent anywhere shortly after a rate word in the sentence. Each with the neighbours
that stay as they were; traditional text is read as simplified."""

from __future__ import annotations

import pytest

from hzreader.figures import extract

Found = list[tuple[str, str, float | None, str]]


def _found(text: str) -> Found:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("颱風襲港兩日，航班取消。", [("兩日", "duration", 2.0, "days")]),
    ("两日内完成", [("两日", "duration", 2.0, "days")]),
    ("本月两日", [("两日", "duration", 2.0, "days")]),
    # the second of a month is 二日, and stays a date
    ("四月二日", [("四月二日", "date", None, "")]),
    ("二日", [("二日", "date", None, "")]),
])
def test_liang_ri_is_two_days(text: str, expected: Found) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("約三成為首次置業人士，逾兩成為投資者。",
     [("約三成", "percent", 30.0, "percent"), ("逾兩成", "percent", 20.0, "percent")]),
    ("佔三成為", [("三成", "percent", 30.0, "percent")]),
    ("超過三成為", [("超過三成", "percent", 30.0, "percent")]),
    # 成为 "became" with nothing that makes the number a share: no figure, as before
    ("三成為", []),
    ("他一成为冠军", []),
    ("三成市民支持", [("三成", "percent", 30.0, "percent")]),
])
def test_a_share_before_wei(text: str, expected: Found) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("封頂息為3.5厘，即3.5厘。",
     [("3.5厘", "percent", 3.5, "percent"), ("3.5厘", "percent", 3.5, "percent")]),
    ("按息降至3.5厘。", [("3.5厘", "percent", 3.5, "percent")]),
    ("息口為H+1.3厘", [("H+1.3厘", "percent", 1.3, "points")]),  # figs25: a spread over HIBOR
    # a monthly rate is left alone, and 厘米 is a length
    ("月息3厘", [("3", "number", 3.0, "")]),
    ("长约3厘米", [("约3厘米", "quantity", 3.0, "cm")]),
    # a rate word in an earlier sentence does not reach
    ("按息不變。3厘", [("3", "number", 3.0, "")]),
])
def test_li_after_a_rate_word_in_the_sentence(text: str, expected: Found) -> None:
    assert _found(text) == expected
