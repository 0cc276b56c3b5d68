"""Display and parsing of figure values: `format_value` and `parse_number`."""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

from hzreader.figures import _unit_words as fu
from hzreader.figures import _words as fw
from hzreader.figures import _zh_words as zw
from hzreader.figures._basics import alt, as_float, mul
from hzreader.figures._date_shown import date_shown, pressure_shown
from hzreader.figures._traditional import as_simplified
from hzreader.figures._zh_numerals import parse_numeral
from hzreader.model import Figure

_LEADING_APPROX = re.compile(
    rf"(?i)(?:{alt(fw.APPROXIMATORS)})\s"
)
_ZH_APPROX = re.compile(
    rf"(?:{alt(zw.APPROXIMATORS)})(?=[\d{zw.NUMERAL_CHARS}])|[多余]|以上|以下|左右"
)
_PREFIX_CURRENCY = re.compile(rf"(?:{alt(fw.CURRENCY_PREFIXES)})")
_SUFFIX_CURRENCY = re.compile(rf"(?:{fw.CURRENCY_AFTER})$")


#: Half up, with room for every digit of the largest float: rounding never fails for size.
_HALF_UP = Context(prec=400, rounding=ROUND_HALF_UP)


def _written(value: float) -> Decimal:
    """The decimal as written: the shortest digits that read back as `value` (2.675, not
    the binary 2.67499999…), so a half rounds up as a reader expects."""
    return Decimal(repr(value))


def decimal_text(value: float | Decimal, spec: str) -> str:
    """`format(value, spec)` rounding half up the decimal as written: 3.125 with ".2f" is
    "3.13" and 2.675 is "2.68" (a float's own format gives "3.12" and "2.67"). The one
    rounding rule of every figure value shown."""
    with localcontext(_HALF_UP):
        return format(value if isinstance(value, Decimal) else _written(value), spec)


def _significant(value: float | Decimal, digits: int) -> str:
    """`value` to `digits` significant digits, half up, trailing zeros dropped, in the
    exponent form of "g" where it is very large or small: "0.0013", "9.59e26", "1e15"."""
    number = value if isinstance(value, Decimal) else _written(value)
    rounded = Context(prec=digits, rounding=ROUND_HALF_UP).plus(number)
    return format(rounded.normalize(), "g").replace("e+", "e")


#: A value with this many significant digits or more (after rounding away a binary float's
#: noise: 28.999999999999996 is 29) was worked out (a third, a sum, a median), not written.
WORKED_OUT_DIGITS = 12
#: The cells a short value takes at most (the figures table's value column), and the fewest
#: significant digits a value too long for them is rounded to.
SHORT_CELLS, FEWEST_DIGITS = 11, 4


def as_written(value: float) -> Decimal | None:
    """The value's digits as the article wrote them ("821.6 million" is 8.216E+8, with no
    trailing zeros), or None for a value worked out rather than written (`WORKED_OUT_DIGITS`)."""
    rounded = Context(prec=WORKED_OUT_DIGITS, rounding=ROUND_HALF_UP).plus(_written(value))
    digits = rounded.normalize()
    return digits if len(digits.as_tuple().digits) < WORKED_OUT_DIGITS else None


def _fixed(number: Decimal, digits: int) -> str:
    """`number` to `digits` significant digits, half up, without trailing zeros, in fixed
    point with thousands commas: "821.6", "12,000", "0.0125"."""
    rounded = Context(prec=digits, rounding=ROUND_HALF_UP).plus(number).normalize()
    return format(rounded, ",f")


def plain_number(value: float) -> str:
    """The number with thousands commas and every decimal the article wrote: 12000 →
    "12,000", 5.25 → "5.25", 7.1058 → "7.1058", 0.0125 → "0.0125"; a value worked out
    (`as_written` is None) gets two decimals, half up: 6.2333… → "6.23", or two
    significant digits where that leaves none (0.000333… → "0.00033")."""
    if value.is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    written = as_written(value)
    if written is not None:
        return format(written, ",f")
    text = decimal_text(value, ",.2f").rstrip("0").rstrip(".")
    return text if text not in ("0", "-0") else _significant(value, 2)


def short_number(value: float, cells: int = SHORT_CELLS) -> str:
    """A number with every digit the article wrote, abbreviated from a million on where
    that is shorter: 3e9 → "3 bn", 8.216e8 → "821.6 M", 1.25e9 → "1.25 bn", 2368 →
    "2,368", 1234567 → "1,234,567". One longer than `cells` is rounded half up to the most
    digits that fit, at least `FEWEST_DIGITS` (1234567890 → "1.234568 bn"); a value worked
    out (`as_written` is None: a sum, a third) to `FEWEST_DIGITS` ("333.3 M")."""
    written = as_written(value)
    if written is None and abs(value) < 1e6:
        return plain_number(value)
    exact = written if written is not None else _written(value)
    most = len(written.as_tuple().digits) if written is not None else FEWEST_DIGITS

    def rounded(digits: int) -> str:
        if abs(value) >= 1e15:  # 9.58e26: beyond any real amount
            return _significant(exact, digits)
        for exponent, suffix in ((12, "tn"), (9, "bn"), (6, "M")):
            if abs(value) >= 10.0**exponent:  # exact: 3.125e12 is 3.125 tn
                return f"{_fixed(exact.scaleb(-exponent), digits)} {suffix}"
        return _fixed(exact, digits)

    whole = rounded(most)
    if written is not None and abs(value) < 1e15 and len(plain_number(value)) < len(whole):
        whole = plain_number(value)  # "1,234,567", not "1.234567 M"
    shown, digits = whole, most
    while len(shown) > cells and digits > FEWEST_DIGITS:
        digits -= 1
        shown = rounded(digits)
    return shown


def money_number(value: float) -> str:
    """`short_number` of an amount of money, with the cents of a price ("$68.40" is
    "68.40", not "68.4": a price is written with two decimals, so the 0 is one written)."""
    text = short_number(value)
    if abs(value) < 1e6 and re.fullmatch(r"-?[\d,]+\.\d", text):
        return text + "0"
    return text


_DECIMAL_WITH_ZEROS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*(?:\.\d*0)(?![\d])|"
                                 r"(?<![\d.,])\d+\.\d*0(?![\d])")


def written_zeros(shown: str, value: float, text: str) -> str:
    """`shown` with the number of `value` as `text` wrote it when that ends in zeros after
    the point ("60.0 percent" is "60.0 %", not "60 %"; a float keeps no trailing zero)."""
    for found in _DECIMAL_WITH_ZEROS.finditer(text):
        written = found.group()
        if float(written.replace(",", "")) != value:
            continue
        plain = plain_number(value)
        shorter = re.compile(rf"(?<![\d.,]){re.escape(plain)}(?![\d])")
        return shorter.sub(format(Decimal(written.replace(",", "")), ",f"), shown, count=1)
    return shown


def _ordinal_text(n: int) -> str:
    """1 → "1st", 12 → "12th", 23 → "23rd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:,}{suffix}"


def _fraction_text(value: float) -> str:
    """0.25 → "1/4", otherwise the plain number."""
    for den in range(2, 11):
        num = round(value * den)
        if 0 < num < den and abs(value - num / den) < 1e-9 and math.gcd(num, den) == 1:
            return f"{num}/{den}"
    return plain_number(value)


#: Chinese units of time → the English plural shown in the figures panel.
_ZH_DURATIONS = {
    "年": "years", "岁": "years", "周岁": "years", "年间": "years", "周年": "years",
    "月": "months", "周": "weeks", "星期": "weeks", "天": "days", "日": "days",
    "小时": "hours", "分钟": "minutes", "秒": "seconds", "季度": "quarters", "世纪": "centuries",
}


#: The units of time a duration's `Figure.unit` may hold, shown as they are.
_TIME_UNITS = frozenset(("years", "months", "weeks", "days", "hours", "minutes", "seconds",
                         "quarters", "decades", "centuries"))


#: A currency as an ISO 4217 code ("CNY"), as `Figure.unit` holds it when it is known.
_ISO_CODE = re.compile(r"[A-Z]{3}")


def _zh_unit(body: str, tags: tuple[str, ...]) -> str:
    """The longest Chinese unit word with one of `tags` in `body` ("亿千瓦时" → "千瓦时")."""
    best = ""
    for size in zw.UNIT_LENGTHS:
        for i in range(len(body) - size + 1):
            word = body[i : i + size]
            if zw.UNITS.get(word) in tags and len(word) > len(best):
                best = word
        if best:
            return best
    return best


#: Currencies shown with their sign, whichever way the text wrote them: "96m pounds" and
#: "£610 million" are both "£… M"; other known currencies show their ISO code after.
_SIGN_OF = {"USD": "$", "GBP": "£", "EUR": "€"}


def _money_text(figure: Figure, body: str, mark: str, value: float) -> str:
    """A money value in its currency: "$422 M", "£96 M", "1.5 tn CNY", "25 cents", "48p"."""
    suffix = _SUFFIX_CURRENCY.search(body)
    if suffix and suffix.group().lower().endswith(("cent", "cents", "pence")):
        return f"{mark}{plain_number(value * 100)} {suffix.group()}"  # valued in dollars
    if figure.unit == "GBP" and re.search(r"\dp$", body):
        return f"{mark}{plain_number(value * 100)}p"  # "48p", valued in pounds
    amount = money_number(value)
    if figure.unit in _SIGN_OF:
        return f"{mark}{_SIGN_OF[figure.unit]}{amount}"
    if _ISO_CODE.fullmatch(figure.unit):
        return f"{mark}{amount} {figure.unit}"  # "1.5 tn CNY", "96 M HKD", as the table says
    prefix = _PREFIX_CURRENCY.match(body)
    if prefix:
        sign = prefix.group()
        return f"{mark}{sign}{' ' if sign.isalpha() else ''}{amount}"
    currency = suffix.group() if suffix else _zh_unit(body, (zw.MONEY,))
    return f"{mark}{amount} {currency}".rstrip()


#: English wind scales written before their number, shown so (figs19).
_SCALE_NAMES = {"Beaufort": "Force", "Saffir-Simpson": "Category"}


def format_value(figure: Figure) -> str:
    """A short normalised value for the figures panel ("3 bn CNY", "≈ $422 M", "5.2 %"),
    with the zeros the text wrote after the point ("60.0 %": `written_zeros`)."""
    value = figure.value
    if figure.kind == "date" and figure.text.isascii() and (on := date_shown(figure.text)):
        return on  # "March 2025" → 2025-03, "August 28" → 08-28 (figs26)
    if value is None or not math.isfinite(value):
        return ""
    if (both := pressure_shown(figure.text, figure.unit)) is not None:
        return f"{both} mmHg"  # "140/90 mmHg": valued at 140, shown whole (figs27)
    shown = written_zeros(_value_text(figure, value), value, figure.text)
    high = figure.high
    if high is None or not math.isfinite(high):
        return shown
    return both_ends(shown, written_zeros(_value_text(figure, high), high, figure.text))


#: A value as shown: what stands before its number ("≈ $"), the number, what follows (" bn").
_SHOWN = re.compile(r"(\D*?)(-?\d[\d,.]*)(.*)")


def both_ends(low: str, high: str) -> str:
    """A range's two ends as shown, joined: "10 %" and "15 %" → "10–15 %", "2 days" and
    "4 days" → "2–4 days", "$1.2 bn" and "$1.5 bn" → "$1.2–1.5 bn", "1 day" and "3 days" →
    "1–3 days"; ends that differ in more than their numbers stand whole ("800 M – 1.2 bn")."""
    first, second = _SHOWN.fullmatch(low), _SHOWN.fullmatch(high)
    if first is None or second is None or first.group(1) != second.group(1) or \
            first.group(3) not in (second.group(3), second.group(3)[:-1]):
        return f"{low} – {high}"
    return f"{first.group(1)}{first.group(2)}–{second.group(2)}{second.group(3)}"


def _value_text(figure: Figure, value: float) -> str:
    """`format_value` but for the zeros written."""
    text = as_simplified(figure.text)  # the rules' words: "兩小時" is 2 hours, "百分點" pp
    approx = _LEADING_APPROX.match(text)
    zh_approx = _ZH_APPROX.search(text) if not approx and text[-1:] >= "\u2e80" else None
    mark = "≈ " if approx or zh_approx else ""
    body = text[approx.end():] if approx else text
    lower = body.lower()
    kind = figure.kind
    if kind == "money":
        return _money_text(figure, body, mark, value)
    if kind == "percent":

        if "‰" in body:
            return f"{mark}{plain_number(value * 10)} ‰"  # valued in percent
        if "basis" in lower or "bp" in lower or "基点" in body:
            return f"{mark}{plain_number(value * 100)} bp"  # valued in percent: 50 bp is 0.5
        unit = "pp" if "percentage" in lower or "百分点" in body or lower.endswith("pp") else "%"
        return f"{mark}{plain_number(value)} {unit}"
    if kind == "time":
        minutes = round(value * 60)
        return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
    if kind == "year" and value < 0:
        return f"{-int(value):,} BC"  # "44 BC", "10,000 BC"
    if kind in ("year", "date"):
        return f"{int(value)}s" if kind == "year" and (
            re.search(r"0'?s\b", body) or "年代" in body) else str(int(value))
    if kind == "ordinal":
        return _ordinal_text(int(value)) if value.is_integer() else plain_number(value)
    if kind == "duration":
        unit = "seconds" if re.search(r"\ds$|\d:\d", body) else "years"
        for word in re.findall(r"[a-z]+", lower):  # the last unit: "1 minute 42 seconds"
            if word in fu.DURATION_UNITS:
                unit = fu.DURATION_UNITS[word]
        if zh := _zh_unit(body, (zw.DURATION, zw.AGE, zw.YEAR, zw.SECOND)):
            unit = _ZH_DURATIONS.get(zh.lstrip("个").removesuffix("钟"), unit)
        if "秒" in body or figure.unit == "seconds":
            unit = "seconds"  # a race time: "2小时08分15秒"; "14 hours 20 minutes" in seconds
        elif figure.unit in _TIME_UNITS:
            unit = figure.unit  # as the table says: "8年6月" is 102 months, "20日內" 20 days
        if value == 1:
            unit = {"centuries": "century", "millennia": "millennium"}.get(unit, unit[:-1])
        return f"{mark}{plain_number(value)} {unit}"
    if kind == "quantity":
        unit = ""
        for key in sorted(fu.QUANTITY_UNITS, key=len, reverse=True):
            if key in body:
                unit = fu.QUANTITY_UNITS[key]
                break
        if "magnitude" in lower:
            unit = "magnitude"
        elif body[:1].isalpha() and (scale := _SCALE_NAMES.get(figure.unit)):
            return f"{mark}{scale} {plain_number(value)}"  # "Force 10" (not °F), "Category 4"
        elif zh := _zh_unit(body, (zw.QUANTITY,)):
            unit = figure.unit or zh  # "5400毫安时" → "5,400 mAh", as the table says
        elif not unit and re.search(r"\dm\b", body):
            unit = "m"
        elif not unit:
            unit = figure.unit  # "226 pounds" (a weight) → lb
        return f"{mark}{short_number(value)} {unit}".rstrip()  # "1.6 bn kW", as the table
    if kind == "number" and 0 < value < 1:
        return mark + _fraction_text(value)
    return mark + short_number(value)


_PARSE_DIGITS = re.compile(
    r"([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[-+]?\d+)?|[-+]?\.\d+(?:e[-+]?\d+)?)"
    r"\s?(k|m|mn|mln|b|bn|bln|tn|trn|trln|hundred|thousand|million|billion|trillion|dozen"
    r"|lakh crore|lakh|crore|[百千万亿兆]+)?"  # 兆: 1e12, as before a currency (Taiwan's usage)
)
#: A number in Chinese numerals alone (simplified): "三万", "三点五", "二〇一五", and with
#: scales after a decimal ("三点五万").
_PARSE_NUMERALS = re.compile(
    r"([〇零一二两三四五六七八九十百千万亿]+(?:点[〇零一二三四五六七八九]+)?)([万亿]*)")


def parse_number(text: str) -> float | None:
    """Parse "12,000", "3 billion", "3bn", "1.5m", "2.5k", "five", "a dozen", "1e9", "1.2万亿"
    or Chinese numerals ("三萬", "三点五亿", "二〇一五"; not a name such as "十四五").

    A leading currency sign ("$3bn", "RMB 45") and a trailing "%" are ignored.
    """
    s = text.strip().replace("\u2212", "-")
    if len(s) > 200:
        return None
    s = as_simplified(s)  # "1.2萬億" as "1.2万亿"
    if (cur := _PREFIX_CURRENCY.match(s)) and cur.end() < len(s):
        s = s[cur.end():].lstrip()
    s = s.removesuffix("%").rstrip().lower()
    if not s:
        return None
    m = _PARSE_DIGITS.fullmatch(s)
    if m:
        value = as_float(m.group(1))
        return mul(value, _scale(m.group(2)) if m.group(2) else 1.0)
    m = _PARSE_NUMERALS.fullmatch(s)
    if m:
        value = parse_numeral(m.group(1))
        return None if value is None else mul(value, _scale(m.group(2)) if m.group(2) else 1.0)
    return _parse_words(s)


def _scale(word: str) -> float:
    """The factor of an English scale word or of Chinese scale characters ("万亿" → 1e12)."""
    if word in fw.SCALES:
        return fw.SCALES[word]
    if word == "lakh crore":
        return 1e12
    factor = 1.0
    for ch in word:
        factor *= zw.SMALL_SCALES.get(ch) or zw.BIG_SCALES[ch]
    return factor


def _parse_words(s: str) -> float | None:
    """Parse a number written in words: "twenty-five", "two hundred", "half a million"."""
    tokens = [t for t in re.split(r"[\s-]+", s) if t and t != "and"]
    if not tokens:
        return None
    total, current, seen = 0.0, 0.0, False
    for i, token in enumerate(tokens):
        if token in ("a", "an") and (i == 0 or tokens[i - 1] in ("half", "quarter", "of")):
            current = current or 1.0
        elif token == "of" and i > 0 and tokens[i - 1] == "quarter":
            continue
        elif token in fw.UNITS or token in fw.TENS:
            current += fw.UNITS.get(token, fw.TENS.get(token, 0))
            seen = True
        elif token == "half" and not seen:
            current, seen = 0.5, True
        elif token in fw.FRACTIONS and token != "half" and i > 0:
            current, seen = (current or 1.0) / fw.FRACTIONS[token], True
        elif token in ("hundred", "dozen"):
            current = (current or 1.0) * fw.SCALES[token]
            seen = True
        elif token in ("thousand", "million", "billion", "trillion", "lakh", "crore"):
            total += (current or 1.0) * fw.SCALES[token]
            current, seen = 0.0, True
        else:
            return None
    return total + current if seen else None
