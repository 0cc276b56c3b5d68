"""A price per unit of area, volume or (troy) weight: what a money figure's unit adds after
its currency ("€12,500 per square metre" → "EUR/m²", "每平方米3.2万元" → "CNY/m²", "$3 a
gallon" → "USD/gal"; figs29; "6 USD/gal", "2,400 USD/oz": figs34). Such a price is no
part of a total: the figures table sums it apart from the amounts of its currency, and never
adds it up (`lens._summary`)."""

from __future__ import annotations

import re

#: After the amount: "per square metre", "a sq ft", "/m²", "a gallon", "per litre", "an
#: ounce"; with a slash also the short forms "/gal", "/l", "/oz" (figs34: "6 USD/gal").
_AFTER = re.compile(
    r"\s?(?:(?:per|a|an)\s|/\s?)(square\s(?:metres?|meters?|foot|feet)|sq\.?\s?(?:ft|m)\b|m²|m2\b"
    r"|gallon|litre|liter|(?:troy\s)?ounce|oz\b|gal\b)|/(平方米|平米|平方公尺|㎡|坪|平方呎|呎|平方英尺|升|平(?!方)"
    r"|平方メートル|gal\b|[lL]\b|oz\b)")
#: Before the amount, with at most a few words between: "每平方米3.2万元", "每坪開價約68萬元";
#: in Japanese "1平方メートル当たりの単価は168.2万円", "1リットル当たり175円" (figs32).
_BEFORE = re.compile(r"(?:每(平方米|平米|平方公尺|㎡|坪|平方呎|呎|平方英尺|升|盎司)"
                     r"[^\d，。；,;]{0,4}"
                     r"|(平方メートル|㎡|坪|リットル)(?:当たり|あたり)[^\d、。，]{0,6})$")
_UNITS = {
    "square metre": "m²", "square metres": "m²", "square meter": "m²", "square meters": "m²",
    "sq m": "m²", "sq. m": "m²", "sqm": "m²", "m²": "m²", "m2": "m²", "平方米": "m²", "平米": "m²",
    "平方公尺": "m²", "㎡": "m²", "square foot": "sq ft", "square feet": "sq ft", "sq ft": "sq ft",
    "sq. ft": "sq ft", "sqft": "sq ft", "平方呎": "sq ft", "呎": "sq ft", "平方英尺": "sq ft",
    "坪": "坪", "gallon": "gal", "litre": "l", "liter": "l", "升": "l", "平": "m²",
    "平方メートル": "m²", "リットル": "l", "gal": "gal", "l": "l", "oz": "oz", "ounce": "oz",
    "troy ounce": "oz", "盎司": "oz",
}
#: A word of price in the clause before a number with no currency ("单价4.5万/㎡", "均价
#: 3.8万/平方米"): the per-area price is money, in the local currency (`bare_price`).
PRICE_BEFORE = re.compile(r"[价價価租][^\d，。；、,;]{0,6}$")
_KANA = re.compile("[\u3040-\u30ff]")


def per_unit(text: str, start: int, end: int) -> str:
    """"/m²", "/sq ft", "/坪", "/gal" or "/l" when the money figure at `start:end` of `text`
    is a price per that unit; else ""."""
    m = _AFTER.match(text, end)
    if m is None and ("每" in text[max(0, start - 10) : start] or
                      "たり" in text[max(0, start - 10) : start]):
        m = _BEFORE.search(text, max(0, start - 16), start)
    if m is None:
        return ""
    word = m.group(m.lastindex or 1).lower()
    unit = _UNITS.get(word) or _UNITS.get(word.replace(".", ""))
    return "/" + unit if unit else ""


def code_of(unit: str) -> str:
    """The currency of a money figure's unit ("CNY/m²" → "CNY", "USD" → "USD")."""
    return unit.partition("/")[0]


def price_unit(word: str) -> str | None:
    """The unit a price is per when typed as `word` ("square metre", "sq ft", "平方米",
    "gallon", "m²", "gal"), as a money figure's unit writes it after the "/", or None."""
    word = " ".join(word.lower().replace(".", "").split())
    return _UNITS.get(word) or _UNITS.get(word.rstrip("s")) or (
        word if word in _PRICED else None)


#: The units a price may be per, as written after the "/" ("m²", "sq ft", "gal", "l", "坪").
_PRICED = frozenset(_UNITS.values())


def bare_price(text: str, start: int, end: int) -> str:
    """The unit of a price per area written with no currency after a word of price in Chinese
    or Japanese ("单价4.5万/㎡" → "CNY/m²", "単価4.5万/㎡" → "JPY/m²"; figs32), or ""."""
    per = per_unit(text, start, end)
    if not per or not PRICE_BEFORE.search(text, max(0, start - 8), start):
        return ""
    return ("JPY" if _KANA.search(text) else "CNY") + per
