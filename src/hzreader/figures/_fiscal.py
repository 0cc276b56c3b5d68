"""Fiscal years and seasons written in English (figs16): "2026/27", "the 2025/26 season",
"FY2026", "FY 2026", "FY26", "FY2026/27" are one year, valued at the first year (as
"2026-27" already was; the Chinese 年度 forms are read by `_zh_time`)."""

from __future__ import annotations

import re

from hzreader.figures._context import Hit

#: Two years in a row joined by a slash: "2026/27", "2025/2026".
_PAIR = re.compile(r"(\d{4})/(\d{4}|\d{2})(?![\d/]|[.,]\d)")
#: "FY2026", "FY 2026", "FY26", "FY2026/27", "FY25-26" (from the digits).
_FY = re.compile(r"(\d{4}|\d{2})(?:[/-](?:\d{4}|\d{2}))?(?![\w/]|[.,]\d)")


def _next_year(first: str, second: str) -> bool:
    """Whether `second` is the year after `first` ("2026", "27" or "2027")."""
    after = int(first) + 1
    return int(second) == (after % 100 if len(second) == 2 else after)


def fiscal_year(text: str, s: int) -> Hit | None:
    """The fiscal year or season whose digits start at `s`, or None."""
    fy = s - 2 if text[s - 2 : s] == "FY" else s - 3 if text[s - 3 : s] == "FY " else None
    if fy is not None and (fy == 0 or not text[fy - 1].isalnum()):
        m = _FY.match(text, s)
        if m is None:
            return None
        year = int(m.group(1))
        if year < 100:
            year += 2000 if year < 70 else 1900
        return fy, m.end(), "year", float(year)
    pair = _PAIR.match(text, s)
    if pair is None or not _next_year(pair.group(1), pair.group(2)) or \
            not 1900 <= int(pair.group(1)) <= 2100:
        return None
    return s, pair.end(), "year", float(pair.group(1))
