"""Chinese money written with the currency first: "人民币100亿元", "港幣2.5億" (no 元),
"美元1.2兆" (1.2e12), "¥100"."""

from __future__ import annotations

from hzreader.figures._context import Hit

#: Currencies named before the amount ("港币50亿元", "新台币7596亿元"), longest first.
PREFIX_CURRENCIES = ("人民币", "新台币", "澳门币", "澳门元", "新加坡元", "港币", "港元", "台币",
                     "美元", "欧元", "英镑", "日元", "日圆", "日币", "韩元", "澳元", "加元")

#: The last characters of those names, to reject most positions at once.
_PREFIX_ENDS = frozenset(name[-1] for name in PREFIX_CURRENCIES)


def named_currency(text: str, s: int, value: float, p: int) -> Hit | None:
    """An amount after a currency's name with no 元 after it ("港幣2.5億", "日圓500億",
    "美元1.2兆" = 1.2e12); not a rate against it ("兑美元7.1")."""
    if text[s - 1 : s] not in _PREFIX_ENDS:
        return None
    start = with_prefix_currency(text, s)
    if start == s or text[start - 1 : start] in ("兑", "兌", "对", "對"):
        return None
    if text.startswith("兆", p):
        return start, p + 1, "money", value * 1e12
    return start, p, "money", value


def with_prefix_currency(text: str, s: int) -> int:
    """Include a currency named or signed before the amount ("人民币100亿元", "港币50亿元",
    "¥100")."""
    if s >= 2 and text[s - 1] >= "\u2e80":
        for name in PREFIX_CURRENCIES:
            if text.endswith(name, 0, s):  # not the base of a rate: "每美元155日元"
                return s if text[s - len(name) - 1 : s - len(name)] == "每" else s - len(name)
    if s and text[s - 1] in "¥￥$":
        return s - 1
    return s
