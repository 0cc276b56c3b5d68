"""Round 18 (lead): key figures read wrong in a Chinese talent-policy story tried in tmux."""

from __future__ import annotations

import pytest

from hzreader.figures import extract


@pytest.mark.parametrize(("text", "figure", "unit"), [
    ("预计每年吸引超过10万名大学生来杭就业。", "超过10万名大学生", "大学生"),
    ("公司今年新招500名实习生。", "500名实习生", "实习生"),
    ("全市共有12万名中学生参加考试。", "12万名中学生", "中学生"),
])
def test_a_student_noun_is_counted_whole(text: str, figure: str, unit: str) -> None:
    """"10万名大学生" counted 大学 (universities): the noun is the students."""
    (found,) = [f for f in extract(text) if f.kind == "count"]
    assert (found.text, found.unit) == (figure, unit)
