"""Chinese ages written as decades of life or as a hundred: "七旬老人", "年过八旬" (70, 80
years) and "百岁老人", "年逾百岁" (100): durations in years that are ages (`_ages`; figs34)."""

from __future__ import annotations

from hzreader.figures._context import Hit
from hzreader.figures._zh_approx import approx_before

#: The decades of life written with 旬 ("七旬": in one's seventies).
_DECADES = {"五": 50.0, "六": 60.0, "七": 70.0, "八": 80.0, "九": 90.0}
#: People of an age after 百岁 ("百岁老人", "百岁寿星"), in simplified characters.
_PEOPLE = ("老人", "老者", "老翁", "老太", "老妇", "长者", "寿星", "人瑞", "高龄", "老兵", "老汉")
#: Words before an age ("年过百岁", "年逾百岁", "年近百岁").
_OF_AGE = ("年过", "年逾", "年近", "年届", "年满", "逾", "过")
#: Numerals that make 百/七 part of a longer number ("一百岁", "二十七旬").
_NUMERALS = frozenset("零〇一二两三四五六七八九十百千万亿0123456789")


def life_age(text: str, s: int, floor: int) -> Hit | None:
    """The age at `s` written as 七旬 or 百岁 (before people of an age, or after 年过/年逾),
    its approximator included ("逾八旬"), or None."""
    if s and text[s - 1] in _NUMERALS:
        return None
    unit = text[s + 1 : s + 2]
    if unit == "旬":
        value = _DECADES.get(text[s])
        if value is None:
            return None
    elif unit == "岁" and text[s] == "百" and (
            text.startswith(_PEOPLE, s + 2) or text.endswith(_OF_AGE, 0, s)):
        value = 100.0
    else:
        return None
    return approx_before(text, s, floor), s + 2, "duration", value
