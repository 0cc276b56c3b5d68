"""The tenth tryout's Chinese key-figure findings (notes/tryout10.md, figs15): Taiwan's ROC
years, currencies before an amount, Hong Kong's 本港, 成 with a digit, fiscal years, Taiwan's
quarters, counted nouns, units, ordinals and ranges. One test each, with the neighbours that
stay as they were."""

from __future__ import annotations

import pytest

from hzreader.figures import article_extractor, extract

Found = list[tuple[str, str, float | None, str]]


def _found(text: str) -> Found:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


def _spans(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in extract(text)]


# -- 1. Taiwan's ROC years (民國 113 = 2024) ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("自113年6月1日起實施。", [("113年6月1日", "date", 2024.0, "")]),
    ("民國113年6月1日起實施。", [("民國113年6月1日", "date", 2024.0, "")]),
    ("中華民國114年度總預算。", [("中華民國114年度", "year", 2025.0, "")]),
    ("民國一百一十三年通過。", [("民國一百一十三年", "year", 2024.0, "")]),
    ("民国38年", [("民国38年", "year", 1949.0, "")]),
    ("114年度預算", [("114年度", "year", 2025.0, "")]),
    ("工程於113年完工。", [("113年", "year", 2024.0, "")]),
    ("113年6月，央行升息。", [("113年6月", "date", 2024.0, "")]),
    ("自99年3月起", [("99年3月", "date", 2010.0, "")]),
])
def test_taiwan_roc_years_are_dates_and_years(text: str, expected: Found) -> None:
    assert _found(text) == expected


def test_a_roc_date_has_its_whole_span() -> None:
    assert _spans("自113年6月1日起實施。") == [(1, 9)]
    assert _spans("民國113年6月1日起") == [(0, 10)]


@pytest.mark.parametrize(("text", "expected"), [
    # a real span of 113 years stays a duration: no era, no month, no 於/自 before it
    ("公司已有113年歷史。", [("113年", "duration", 113.0, "years")]),
    ("創立113年來", [("113年", "duration", 113.0, "years")]),
    ("经营了113年", [("113年", "duration", 113.0, "years")]),
    ("於113年前創立", [("113年", "duration", 113.0, "years")]),
    ("判處有期徒刑8年6月", [("8年6月", "duration", 102.0, "months")]),
    ("他工作了8年，6月离职。", [("8年", "duration", 8.0, "years"), ("6月", "date", None, "")]),
    ("2025年6月1日", [("2025年6月1日", "date", 2025.0, "")]),
    # a two-digit number and a month with no other cue: as before
    ("80年6月，", [("80年", "duration", 80.0, "years"), ("6月", "date", None, "")]),
])
def test_spans_of_years_stay_durations(text: str, expected: Found) -> None:
    assert _found(text) == expected
