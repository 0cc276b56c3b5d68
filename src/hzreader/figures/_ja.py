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
