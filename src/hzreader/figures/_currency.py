"""The currency of a money figure, as an ISO 4217 code where known (`money_unit`); an
amount written with a decimal comma, the Continental way ("4,50 €", `euro_decimal`) or the
sign first ("€4,50", `euro_sign_decimal`); a percentage so ("45,5 %", `percent_decimal`)."""

from __future__ import annotations

import re
from functools import lru_cache

from hzreader.figures._number_text import split_number
from hzreader.figures._words import CRYPTO_CODES

_SIGNS = {
    "US$": "USD", "HK$": "HKD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "S$": "SGD", "NZ$": "NZD", "NT$": "TWD", "R$": "BRL", "M$": "MXN", "$": "USD",
    "£": "GBP", "€": "EUR", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN",
    "Rs.": "INR", "Rs": "INR", "Rp": "IDR", "RM": "MYR", "MOP$": "MOP",
}
_CODES = frozenset(
    "CNY USD EUR GBP JPY HKD AUD CAD SGD CHF INR KRW NZD TWD MOP RUB BRL MXN ZAR TRY THB "
    "MYR IDR PHP VND AED SAR SEK NOK DKK CZK PLN".split() + list(CRYPTO_CODES)
)
_SIGN = re.compile(r"(?<![A-Za-z])(?:" + "|".join(
    re.escape(s) for s in sorted([*_SIGNS, *_CODES, "RMB", "¥", "￥"], key=len, reverse=True)
) + ")")
#: Dollars by the land written before them; bare "dollars" are US dollars.
_DOLLAR_LANDS = {
    "us": "USD", "u.s.": "USD", "american": "USD", "hong kong": "HKD", "hk": "HKD",
    "australian": "AUD", "canadian": "CAD", "singapore": "SGD", "singaporean": "SGD",
    "new taiwan": "TWD", "nt": "TWD", "taiwan": "TWD", "new zealand": "NZD",
}
_CURRENCY_NAMES = {
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "won": "KRW",
    "rupee": "INR", "rupees": "INR", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "rand": "ZAR",
    "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "lira": "TRY",
    "real": "BRL", "reais": "BRL", "dong": "VND", "pataca": "MOP", "patacas": "MOP",
    "kyat": "MMK", "tenge": "KZT", "kronor": "SEK", "krona": "SEK", "koruna": "CZK",
    "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "forints": "HUF", "shekel": "ILS",
    "shekels": "ILS", "hryvnia": "UAH", "bitcoin": "BTC", "bitcoins": "BTC",
    "gwei": "ETH",
}
#: Crowns and kroner by the land written before them (bare kroner: Danish or Norwegian).
_CROWN_LANDS = {"swedish": "SEK", "danish": "DKK", "norwegian": "NOK", "czech": "CZK",
                "icelandic": "ISK"}
_PESO_LANDS = {"mexican": "MXN", "philippine": "PHP", "argentine": "ARS", "chilean": "CLP",
               "colombian": "COP"}
_CURRENCY_WORD = re.compile(
    r"(?i)(?:(us|u\.s\.|american|hong kong|hk|australian|canadian|singapore|singaporean|"
    r"new taiwan|nt|taiwan|new zealand|swiss|mexican|philippine|argentine|chilean|colombian|"
    r"swedish|danish|norwegian|czech|icelandic)"
    r"\s)?(dollars?|francs?|pesos?|cents?|pence|kroner|krone|crowns?|"
    + "|".join(_CURRENCY_NAMES) + r")(?![A-Za-z])"
)
#: Chinese and Japanese currency words, longest first ("美元" before "元").
_CJK_CURRENCIES = {
    "人民币": "CNY", "美元": "USD", "美金": "USD", "港元": "HKD", "港币": "HKD", "欧元": "EUR",
    "英镑": "GBP", "日元": "JPY", "日圆": "JPY", "日币": "JPY", "韩元": "KRW", "澳元": "AUD",
    "加元": "CAD",
    "新加坡元": "SGD", "新元": "SGD", "新台币": "TWD", "台币": "TWD", "澳门元": "MOP",
    "澳门币": "MOP",
    "卢布": "RUB", "瑞士法郎": "CHF", "法郎": "CHF", "泰铢": "THB", "卢比": "INR", "元": "CNY",
    "块": "CNY", "分钱": "CNY", "円": "JPY", "원": "KRW",
    "ドル": "USD", "米ドル": "USD", "ユーロ": "EUR", "ポンド": "GBP", "ウォン": "KRW",
    "人民元": "CNY", "豪ドル": "AUD", "香港ドル": "HKD", "台湾ドル": "TWD",  # Japanese (figs32)
}
_CJK_CURRENCY = re.compile("|".join(sorted(_CJK_CURRENCIES, key=len, reverse=True)))
_KANA = re.compile("[\u3040-\u30ff]")


#: Japan named, or one of its best-known companies and markets (a visible cue, not a guess).
_JAPAN = re.compile(r"\b(?:yen|Japan|Japanese|Tokyo|Osaka|Nikkei|Topix|BOJ|BoJ|JGBs?|Toyota|Sony|"
                    r"Nintendo|SoftBank|Honda|Nissan|Panasonic|Hitachi|Toshiba|Mitsubishi|"
                    r"Mitsui|Sumitomo|Mizuho|Nomura|Uniqlo|Rakuten|Keyence|Denso|Subaru|Mazda|"
                    r"Fujitsu)\b|円|日元|日本|东京|日圆|日币")


_YUAN = re.compile(r"\b(?:yuan|RMB|Rmb|renminbi|CNY|China|Chinese|Beijing|Shanghai|Shenzhen|"
                   r"Guangzhou|PBOC|PBoC|CSI|Alibaba|Tencent|Huawei|BYD|Xiaomi|Baidu|"
                   r"Moutai)\b|人民币|(?<!日)元")
_HAN = re.compile("[\u4e00-\u9fff]")


def _yen_sign(context: str, near: str) -> str:
    """¥ in Chinese text is the yuan (CNY) and in English text the yen (JPY), unless the text
    is clearly about the other: kana, yen or Japan named ("¥49,980 in Japan", "日本的售价为
    ¥298,000") make it JPY, the yuan or China named ("The Shanghai fund is worth ¥3bn") CNY.
    The words near the figure decide first, then the whole text, then its script (figs19:
    English news writes the yuan "yuan", "Rmb" or "CNY" and keeps ¥ for the yen)."""
    kana, japan, yuan, han = _cues(context)
    if kana:
        return "JPY"
    if near is not context:
        if _JAPAN.search(near):
            return "JPY"
        if _YUAN.search(near):
            return "CNY"
    return "JPY" if japan else "CNY" if yuan or han else "JPY"


@lru_cache(maxsize=8)
def _cues(context: str) -> tuple[bool, bool, bool, bool]:
    """Whether `context` has kana, names Japan (`_JAPAN`), names China (`_YUAN`), has Han
    characters: read once for each ¥ amount of a paragraph, not again for each (a long
    paragraph with many took its length times its amounts)."""
    return (_KANA.search(context) is not None, _JAPAN.search(context) is not None,
            _YUAN.search(context) is not None, _HAN.search(context) is not None)


def yen_cue(text: str) -> str:
    """The currency `text` itself says its ¥ is (kana, yen or Japan named → JPY; the yuan or
    China named → CNY), or "" when it says nothing (its script then decides)."""
    if _KANA.search(text) or _JAPAN.search(text):
        return "JPY"
    return "CNY" if _YUAN.search(text) else ""


_PARAGRAPHS = re.compile(r"\n[ \t]*\n")


def article_yen(texts: tuple[str, ...]) -> str:
    """The one currency every paragraph with a ¥ in `texts` (an article's summary and body)
    reads it as (`_yen_sign`), or "" when they differ or none has a ¥ (figs28: "¥920 billion" in
    an English title with 月産 is the yen the body's "a further 1兆円" shows)."""
    codes = {_yen_sign(part, part) for text in texts for part in _PARAGRAPHS.split(text)
             if "¥" in part or "￥" in part}
    return codes.pop() if len(codes) == 1 else ""


def yen_cued(texts: tuple[str, ...]) -> list[tuple[str, str]]:
    """The paragraphs of `texts` with a ¥ that say what their ¥ is, each with what it is."""
    return [(part, cue) for text in texts for part in _PARAGRAPHS.split(text)
            if ("¥" in part or "￥" in part) and (cue := yen_cue(part))]


def amount_yen(texts: tuple[str, ...], amount: str,
               cued: list[tuple[str, str]] | None = None) -> str:
    """The currency the paragraphs of `texts` that say what their ¥ is read the same ¥
    amount as ("¥6,499 in China" → CNY for a title's "¥6,499", though "¥129,800 in Japan"
    makes the article's ¥ ambiguous; figs30), or "" when none says or they differ; `cued`:
    `yen_cued(texts)`, if known."""
    sign = min((i for i in (amount.find("¥"), amount.find("￥")) if i >= 0), default=-1)
    if sign < 0:
        return ""
    same = re.compile(re.escape(amount[sign:]) + r"(?![\d,.]\d)")
    codes = {cue for part, cue in (yen_cued(texts) if cued is None else cued)
             if same.search(part)}
    return codes.pop() if len(codes) == 1 else ""


class ArticleYen:
    """`amount_yen` of one article's texts, remembered for each amount, its paragraphs that
    say what their ¥ is found once (each ¥ amount read them all: a long article with many
    took its length times its amounts)."""

    def __init__(self, texts: tuple[str, ...]) -> None:
        self._texts = texts
        self._cued: list[tuple[str, str]] | None = None
        self._read: dict[str, str] = {}

    def __call__(self, amount: str) -> str:
        read = self._read.get(amount)
        if read is None:
            if self._cued is None:
                self._cued = yen_cued(self._texts)
            read = self._read[amount] = amount_yen(self._texts, amount, self._cued)
        return read


def _cents_currency(before: str) -> str:
    """The currency whose hundredths "cents" are: "euro cents" → EUR, else USD (the
    extractor values cents in that currency, so the unit names it)."""
    named = _currency_word(before) if before.strip() else ""
    return named if named and named != "USD" else "USD"


def _currency_word(text: str) -> str:
    """The currency a word names in `text` ("US dollars" → USD, "美元" → USD), or ""."""
    m = _CURRENCY_WORD.search(text)
    if m is not None:
        land = (m.group(1) or "").lower()
        name = m.group(2).lower()
        if name.startswith("dollar"):
            return _DOLLAR_LANDS.get(land, "USD")
        if name.startswith("franc"):
            return "CHF" if land in ("swiss", "") else "franc"
        if name.startswith("peso"):
            return _PESO_LANDS.get(land, "peso")
        if name.startswith(("kroner", "krone", "crown")):
            return _CROWN_LANDS.get(land, name)
        if name in ("cent", "cents", "pence"):
            if name != "pence" and land in _DOLLAR_LANDS:
                return _DOLLAR_LANDS[land]  # "50 Australian cents"
            return "GBP" if name == "pence" else _cents_currency(text[: m.start()])
        return _CURRENCY_NAMES[name]
    m = _CJK_CURRENCY.search(text)
    return _CJK_CURRENCIES[m.group()] if m is not None else ""


def currency_code(text: str) -> str | None:
    """The ISO 4217 code `text` is, in any case ("hkd" → "HKD", "RMB" → "CNY"), among the
    codes money figures are given; None for any other text."""
    code = text.strip().upper()
    if code == "RMB":
        return "CNY"
    return code if code in _CODES else None


#: Signs and words that many currencies write ("$" for every dollar, "元" for the yuan,
#: the New Taiwan dollar and others): typed alone in a query, they name no one currency.
_SHARED = frozenset(("$", "¥", "￥", "元", "块", "圆"))


#: Lands written before a currency's name that is one currency anyway ("Japanese yen",
#: "South Korean won"): typed after a money filter, the pair names it (`named_currency`);
#: a figure's currency is read from its name alone, so the extractor does not need them.
_NAME_LANDS = {"japanese": "JPY", "korean": "KRW", "south korean": "KRW", "chinese": "CNY",
               "indian": "INR", "russian": "RUB", "british": "GBP", "uk": "GBP",
               "turkish": "TRY", "thai": "THB", "brazilian": "BRL", "south african": "ZAR",
               "malaysian": "MYR", "indonesian": "IDR", "saudi": "SAR", "vietnamese": "VND",
               "macau": "MOP", "macanese": "MOP", "polish": "PLN", "israeli": "ILS",
               "ukrainian": "UAH", "euro": "EUR", "european": "EUR"}
_LAND_AND_NAME = re.compile(r"(?i)(" + "|".join(_NAME_LANDS) + r")\s+(\S+)")


#: Codes people write that are not ISO's, typed after a money filter (`money>1e11 NTD`:
#: Taiwan's news writes NTD for TWD; tryout19 §17). For queries only: the extractor reads
#: a figure's currency from its sign and words.
_CODE_ALIASES = {"NTD": "TWD"}


def named_currency(text: str) -> str | None:
    """The currency `text`, all of it, names by the figures' own table: a code ("hkd",
    "RMB", "NTD"), a word ("dollars", "yuan", "euros", "港元", "港幣", "美元"), or a sign of
    one currency ("HK$", "£", "€"); None for any other text, for a sign or word that many
    currencies write ("$", "¥", "元"), and for cents or pence (amounts are valued in whole
    units)."""
    word = text.strip()
    if not word or word in _SHARED:
        return None
    code = currency_code(word) or _CODE_ALIASES.get(word.upper()) or _SIGNS.get(word) or (
        _SIGNS.get(word.upper()) if word.endswith("$") else None)
    if code is None and _CURRENCY_WORD.fullmatch(word) and \
            word.lower() not in ("cent", "cents", "pence"):
        code = _currency_word(word)
    if code is None and not word.isascii():
        from hzreader.text import fold

        code = _CJK_CURRENCIES.get(fold(word))  # traditional (港幣) as simplified (港币)
    if code is None and (land := _LAND_AND_NAME.fullmatch(word)) is not None and \
            named_currency(land.group(2)) == _NAME_LANDS[land.group(1).lower()]:
        code = _NAME_LANDS[land.group(1).lower()]  # "Japanese yen", "South Korean won"
    return code if code and (len(code) == 3 and code.isupper() and code.isalpha() or
                             code in CRYPTO_CODES) else None  # "USDT" (figs33)


def money_unit(figure_text: str, after: str, context: str, near: str = "") -> str:
    """The currency of a money figure: from its sign, its words, or the word right after it."""
    before, rest = split_number(figure_text)
    if rest == "p":
        return "GBP"  # "48p", valued in pounds
    named = _currency_word(rest) if rest else ""
    sign = _SIGN.search(before) or _SIGN.match(rest)
    if sign is not None:  # the sign first: "£84 billion real" is in pounds
        token = sign.group()
        if token in ("¥", "￥"):
            return _yen_sign(context, near or context)
        if token == "$" and named in _DOLLAR_LANDS.values():
            return named  # "$5 Hong Kong dollars"
        return "CNY" if token == "RMB" else _SIGNS.get(token, token)
    if named == "CNY" and before and (prefixed := _currency_word(before)):
        return prefixed  # "港币50亿元": 元 is the unit of the currency named before
    if named:
        return named
    found = _currency_word(before)
    if found:
        return found
    head = after[1:] if after[:1] in (" ", "\u00a0") else after
    m = _CURRENCY_WORD.match(head) or _CJK_CURRENCY.match(head)
    return _currency_word(m.group()) if m is not None else ""


#: A rate quoted against another currency, after the number ("158 per dollar", "7.25 to the
#: US dollar", "88 against the dollar").
_PER_CURRENCY = re.compile(r"\s(?:per|to\sthe|against\sthe|to\sone|a)\s(?:US\s|U\.S\.\s)?"
                           r"(dollar|euro|pound|greenback|yen|yuan|franc)\b")
_BASES = {"dollar": "USD", "greenback": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY",
          "yuan": "CNY", "franc": "CHF"}


#: Currency names that are also common words: a rate's currency only as "the won".
_COMMON_WORDS = frozenset("won real rand dong pound pounds kyat".split())
_LAND_OR_THE = re.compile(r"(?:\b[Tt]he|\b[A-Z][a-z]+(?:an|ese|ish)) $")


def rate_currency(text: str, start: int, end: int) -> str:
    """The currency of an exchange rate at `start:end` ("the yen weakened past 158 per
    dollar" → JPY): the last other currency named before it in its sentence, or ""."""
    per = _PER_CURRENCY.match(text, end)
    if per is None:
        return ""
    base = _BASES[per.group(1)]
    lo = max(0, start - 80)
    stop = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    found = ""
    for m in _CURRENCY_WORD.finditer(text, stop + 1 if stop >= 0 else lo, start):
        name = m.group(2).lower()
        if name in _COMMON_WORDS and not m.group(1) and not _LAND_OR_THE.search(
                text, max(0, m.start() - 16), m.start()):
            continue  # "Greens won 12 seats": a verb, unlike "the won" or "Korean won"
        code = _currency_word(m.group())
        if code and code != base and name not in ("cent", "cents", "pence"):
            found = code
    return found


#: Korea named, or its best-known companies and market: "won" after a number may be money.
_KOREA = re.compile(r"\b(?:Korea|Korean|Koreans|Seoul|Busan|Samsung|Hyundai|Kospi|KRW)\b|₩|韩")
#: What follows "won" the verb: an object, an adverb, a margin ("won the seat", "won easily",
#: "won by 300 votes", "won,").
_WON_VERB_AFTER = re.compile(r"[,;]|\s(?:the|a|an|his|her|their|its|our|them|him|it|by|again|"
                             r"re-?election|seats?|votes?|\w+ly)\b")


def won_is_verb(text: str, q: int, stop: int, value: float | None, scaled: bool) -> bool:
    """Whether "won" written right after a number (at `q:stop`) is the verb, not the Korean
    currency (figs19): "the party in District 9 won easily". A scale ("9 trillion won") or
    a land ("Korean won") make it money; else it is money only with a sum of 1,000 or more,
    or Korea named in the text, and no object or adverb after it ("won the seat", "won,").
    A comma after it is a clause's end: a price of 1,000 or more with Korea named is money
    there too ("shares fell 2.4% to 71,300 won, while the Kospi …"; figs23)."""
    if scaled or text[q:stop].strip().lower() != "won":
        return False
    if _WON_VERB_AFTER.match(text, stop):
        return not (text[stop] in ",;" and value is not None and value >= 1000 and
                    _KOREA.search(text) is not None)
    return not (value is not None and value >= 1000 or _KOREA.search(text))


#: An amount with a decimal comma and the euro sign after it, the Continental way ("4,5 €",
#: "4,50 €", "1.234,56 €"): group 1 the whole part (dots group thousands), group 2 the
#: decimals. One or two decimals only: "4,500 €" keeps its comma as a thousands separator.
_DECIMAL_COMMA_EURO = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+),(\d{1,2})\s?€(?![\w$£€]|\s?\d)")


def euro_decimal(text: str, s: int) -> tuple[int, float] | None:
    """The end and value of an amount with a decimal comma and the euro sign after it whose
    digits start at `s` ("1.234,56 €" → 1234.56), or None."""
    m = _DECIMAL_COMMA_EURO.match(text, s)
    if m is None:
        return None
    return m.end(), float(m.group(1).replace(".", "") + "." + m.group(2))


#: The digits of an amount after the euro sign with a decimal comma ("€4,50", "€1.234,56"):
#: one or two decimals, then no digit or letter ("€4,500" keeps its thousands separator).
_SIGN_DECIMAL_COMMA = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+),(\d{1,2})(?![\w€]|[.,]\d)")


def euro_sign_decimal(text: str, s: int) -> tuple[int, float] | None:
    """The end and value of an amount written after the euro sign with a decimal comma whose
    digits start at `s` ("€4,50" → 4.5, figs17), or None. The sign first, as in Ireland and
    on menus abroad; "4,50 €" is `euro_decimal`'s."""
    if text[s - 1 : s] != "€":
        return None
    m = _SIGN_DECIMAL_COMMA.match(text, s)
    if m is None:
        return None
    return m.end(), float(m.group(1).replace(".", "") + "." + m.group(2))


#: A percentage with a decimal comma ("45,5 %", "3,25%"; figs24): one to three digits, one or
#: two decimals (never a thousands group) and the percent sign right after.
_DECIMAL_COMMA_PERCENT = re.compile(r"(\d{1,3}),(\d{1,2})\s?[%％]")


def percent_decimal(text: str, s: int) -> tuple[int, float] | None:
    """The end and value of a percentage written with a decimal comma whose digits start at
    `s` ("45,5 %" → 45.5), or None; not after a digit or a comma ("1,234,5 %")."""
    if s and (text[s - 1].isdigit() or text[s - 1] in ",."):
        return None
    m = _DECIMAL_COMMA_PERCENT.match(text, s)
    if m is None:
        return None
    return m.end(), float(m.group(1) + "." + m.group(2))
