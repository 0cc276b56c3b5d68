"""How the hard-wrapped lines of one paragraph join: with a space, or with nothing between
Chinese or Japanese characters (CSS Text 3's segment-break rule), for the reading pane
(`model.body_paragraphs`, `ui._breaks`), the search index and the figures table alike."""

from __future__ import annotations

import re
from functools import lru_cache

#: Characters set without spaces between them, as a hard-wrapped line's break is joined
#: (CSS Text 3's segment-break rule: East Asian wide and full-width characters, Hangul
#: excepted, since Korean spaces its words): CJK radicals, punctuation, kana, bopomofo,
#: ideographs, full-width forms and half-width katakana.
_UNSPACED = ("\u2e80-\u2fdf\u3000-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf"
             "\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uff66-\uff9f"
             "\uffe0-\uffe6\U00020000-\U0003ffff")
#: CJK and full-width punctuation, which needs no space on either side ("。", "，", "「").
_CJK_PUNCTUATION = ("\u3000-\u303f\ufe30-\ufe4f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40"
                    "\uff5b-\uff65")
#: Punctuation Chinese shares with Western text, set without spaces beside a Chinese
#: character: quotation marks, dashes, ellipses, the middle dot ("说：“我们", "施行——这").
_CJK_WESTERN = "\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u00b7\u2027"
#: What may stand between a table's columns in a line (`ui._breaks`): such a line is no prose.
_COLUMN_GAPS = ("\t", "\u3000", "|", "  ")


def line_joiner(before: str, after: str) -> str:
    """What joins two hard-wrapped lines of one paragraph: a space, or nothing between
    Chinese or Japanese characters and beside CJK punctuation ("商品住" + "宅" is "商品住宅",
    "上涨3.2%。" + "全市" has no space), as a browser joins them; nor between such a
    character and a digit ("增加了300" + "万人": a number broken by the wrap) or a quotation
    mark, dash or ellipsis ("说：“" + "我们"). Not before a list item
    ("一、", "（二）") nor between a table's rows (a line with column gaps): those are no
    one sentence ("三成" + "二、利润" is no 三成二). `before` and `after` are the stripped
    lines (not empty)."""
    last, first = before[-1], after[0]
    if last.isascii() and first.isascii() or not _unspaced().fullmatch(last + first):
        return " "
    if list_marker().match(after) or any(gap in before or gap in after for gap in _COLUMN_GAPS):
        return " "
    return ""


def unwrap_lines(text: str) -> str:
    """`text` with each line break that `line_joiner` joins to nothing removed (with the
    whitespace around it), for the search index: a phrase hard-wrapped in Chinese is found.
    Blank lines (paragraph breaks) stay."""
    if text.isascii():
        return text
    lines = text.splitlines(keepends=True)
    if len(lines) < 2:
        return text
    parts: list[str] = []
    joined = False
    for number, line in enumerate(lines):
        if joined:
            line = line.lstrip()
        stripped = line.strip()
        following = lines[number + 1].strip() if number + 1 < len(lines) else ""
        joined = bool(stripped and following) and line_joiner(stripped, following) == ""
        parts.append(line.rstrip() if joined else line)
    return "".join(parts)


@lru_cache(maxsize=1)
def _unspaced() -> re.Pattern[str]:
    """Two characters that `line_joiner` joins to nothing."""
    beside = f"[{_UNSPACED}][0-9{_CJK_WESTERN}]|[0-9{_CJK_WESTERN}][{_UNSPACED}]"
    return re.compile(f"[{_UNSPACED}][{_UNSPACED}]|[{_CJK_PUNCTUATION}].|.[{_CJK_PUNCTUATION}]|"
                      + beside, re.DOTALL)


@lru_cache(maxsize=1)
def list_marker() -> re.Pattern[str]:
    """A list item's marker at a line's start, with the spaces after it ("- ", "• ", "1. ",
    "(a)", "（一）", "一、", "1）", "①"): a line that starts with one starts an item."""
    return re.compile(
        r"(?:[-*+•◦▪‣·–](?=\s)"  # bullets, before a space
        r"|\d{1,2}[.)](?=\s)"  # 1.  2)
        r"|[a-zA-Z]\)(?=\s)"  # a)
        r"|[(（](?:\d{1,2}|[a-zA-Z]|[ivxIVX]{2,4}|[一二三四五六七八九十]{1,3})[)）]"  # (1) （一）
        r"|\d{1,2}[、）．]"  # 1、 1）
        r"|[一二三四五六七八九十]{1,3}、"  # 一、
        r"|[①-⑳⑴-⒇⒈-⒛・●○■□◆◇▶►])"  # ① ⑴ ⒈, CJK bullets
        r"[ \u00a0\u3000]*")
