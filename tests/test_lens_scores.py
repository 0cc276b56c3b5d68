"""A score has no value (tryout19 §14): the table shows it as written, never as a range,
and the summary line says how many of a group's figures are scores, not "number ×11: 2"."""

from __future__ import annotations

import io
from pathlib import Path

import yaml

from hzreader.lens import figures_command, value_cell
from hzreader.lens._summary import UnitSummary

MATCH = ("Arsenal beat Chelsea 3-2 with a stoppage-time winner. Chelsea led 1-0, and Nicolas "
         "Jackson doubled it on 38 minutes. Arsenal levelled at 2-2 and won it late.")


def test_a_score_s_value_cell_is_as_written() -> None:
    assert value_cell("number", None, "", "3-2", None) == "        3-2"
    assert value_cell("number", None, "", "2比1", None) == "       2比1"
    assert value_cell("number", 40.0, "", "40-42", 42.0).endswith("40–42")  # a range


def test_the_summary_says_which_figures_have_no_value(tmp_path: Path) -> None:
    (tmp_path / "match.yaml").write_text(yaml.safe_dump({
        "title": "Arsenal win", "date": "2026-10-18", "body": MATCH}), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert figures_command([str(tmp_path), "--files", "-f", "table"], out, err) == 0
    lines = (out.getvalue() + err.getvalue()).splitlines()
    assert "number ×4: 2 (3 scores, no value)" in lines, lines
    assert any(line.lstrip().startswith("3-2 number") for line in lines), lines


def test_a_group_of_scores_alone_or_dates_without_a_year_say_so() -> None:
    assert UnitSummary("number", "", 3, valueless=3).describe() == \
        "number ×3 (3 scores, no value)"
    assert UnitSummary("number", "", 11, 2.0, 2.0, 2.0, valueless=10).brief() == \
        "number ×11: 2 (10 scores)"
    assert UnitSummary("number", "", 2, 2.0, 2.0, 2.0, valueless=1).describe() == \
        "number ×2: 2 (1 score, no value)"
    assert UnitSummary("date", "", 4, 2025.0, 2026.0, 2025.0, valueless=1).describe() == \
        "date ×4: 2025 … 2026, median 2025 (1 without a year)"
    assert UnitSummary("number", "", 2, 2.0, 3.0, 2.5).describe() == \
        "number ×2: 2 … 3, median 2.5"  # all valued: no note
