"""Figures the eleventh round's testers found wrong, fixed by the lead."""

from __future__ import annotations

import pytest

from hzreader.figures import extract


@pytest.mark.parametrize(("text", "expected"), [
    ("AT&T said that 1,200 C++ developers would join.", [("1,200", "number", "")]),
    ("It hired 1,200 C# developers.", [("1,200", "number", "")]),
    ("About 1,200 C-suite jobs went.", [("About 1,200 C-suite jobs", "count", "C-suite jobs")]),
    ("It was 30 C today.", [("30 C", "quantity", "°C")]),
    ("It hit 30C+ in July.", [("30C", "quantity", "°C")]),
])
def test_a_language_or_a_title_after_a_number_is_no_temperature(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    """tryout11: "1,200 C++ developers" was 1,200 °C."""
    assert [(f.text, f.kind, f.unit) for f in extract(text)] == expected
