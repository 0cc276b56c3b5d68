"""tryout14's Chinese finding: an hours-and-minutes duration keeps its 钟 (分钟)."""

from __future__ import annotations

import pytest

from hzreader.figures import extract


@pytest.mark.parametrize(("text", "span", "value"), [
    ("本场比赛历时2小时11分钟，现场观众约1.2万人", "2小时11分钟", 7860.0),
    ("比賽歷時2小時11分鐘。", "2小時11分鐘", 7860.0),
    ("比赛历时1小时05分钟。", "1小时05分钟", 3900.0),
    ("全程用时2小时11分钟12秒。", "2小时11分钟12秒", 7872.0),
    # as before
    ("历时2小时11分。", "2小时11分", 7860.0),
    ("以2小时07分12秒夺冠。", "2小时07分12秒", 7632.0),
])
def test_the_whole_duration_is_the_figure(text: str, span: str, value: float) -> None:
    (figure,) = [f for f in extract(text) if f.kind == "duration"]
    assert (figure.text, figure.value, figure.unit) == (span, value, "seconds")
