"""Japanese readings the Chinese rules do not have (figs32): the base of a rate before 当たり
("1人当たり": no figure), ポイント of an index (TOPIX's points, no percentage points), and 分
as minutes ("5分で": Chinese 分 after a number is points). The rest of Japanese is read by
the Chinese rules with Japanese unit words (`_zh_words`)."""

from __future__ import annotations

import re
from functools import lru_cache

#: Hiragana and katakana: text with them is Japanese.
KANA = re.compile("[\u3040-\u30ff]")


@lru_cache(maxsize=8)
def has_kana(text: str) -> bool:
    """Whether `text` has kana: looked for once for all the figures of a text, not again for
    each (a long paragraph with many 分 took its length times them)."""
    return KANA.search(text) is not None
#: "Per" after a rate's base ("1人当たり", "10万人あたり"): the base is no figure, as
#: 每10万人's is not.
PER = ("当たり", "あたり")
PER_STARTS = frozenset(word[0] for word in PER)
#: An index named in the clause before ポイント ("TOPIXは20ポイント上昇", "日経平均は"):
#: index points, no percentage points.
_INDEX_BEFORE = re.compile(r"(?:TOPIX|指数|日経平均|平均株価|ダウ|ナスダック|S&P)"
                           r"[^、。，！？]{0,12}$")


def rate_base(text: str, end: int) -> bool:
    """Whether the figure ending at `end` is the base of a rate ("1平方メートル当たり")."""
    return text[end : end + 1] in PER_STARTS and text.startswith(PER, end)


def index_points(text: str, s: int) -> bool:
    """Whether ポイント after the number at `s` counts an index's points."""
    return _INDEX_BEFORE.search(text, max(0, s - 24), s) is not None


#: A Japanese fiscal period after 年 (or alone): "3月期" is the year ending in March.
_FISCAL = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月期(?!間)")


def fiscal_period(text: str, pos: int) -> int | None:
    """The end of a fiscal period "N月期" at `pos` in Japanese text ("2025年3月期", "26年3月期":
    the fiscal year ending in that month, a date of that year; figs34), or None."""
    if "月期" not in text[pos + 1 : pos + 5] or not KANA.search(text):
        return None
    found = _FISCAL.match(text, pos)
    return found.end() if found else None
