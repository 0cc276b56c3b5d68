"""Traditional Chinese read as simplified, character for character, so that the Chinese
rules (written in simplified characters) read Hong Kong, Macau and Taiwan text as well:
50億港元, 3萬個家庭, 百分之五點二, 兩小時.

The table holds only characters the rules use, each with its simplified form (from
`text.simplified_chinese`, OpenCC's table); characters whose traditional form mostly means
something else are left out (韆 of 鞦韆 is no 千, 裡 "inside" no 里, 昇 of 昇騰 stays). One
character stands for one, so every offset stays where it was, and what a figure shows (its
text, its counted noun) is taken from the text as written. Japanese text (with kana) keeps
its kanji, which are not Chinese words (3時間 is three hours), but for the few that are
the same there: 億 (a hundred million), 萬 and the approximator 約 (figs32: "約1億円").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from hzreader.figures._unit_price import code_of
from hzreader.text import simplified_chinese

if TYPE_CHECKING:  # `_format` (the search's number reader) uses this module: keep it light
    from hzreader.figures._units import Placed

#: The traditional characters the rules could meet (their simplified forms: `text`'s table).
TRADITIONAL = (
    "亞佈來侖侷個備傷僑價億優兒內兩別創劃劑動務勝區協參員問啓啟單噸國園圓圖團報場塊奪奬婦嬰學"
    "實將專對屆層屬崗崙嵗師幀幣幾廠張強後恆應戰戲戶採撥擊擔據攝敎敗敵數於時書會東條棟業極榮構"
    "樂樑樓標樣橋機檔檯歐歲淩減湯準滬滿漁漲濟災為熱營爭爲獎獨獲獵獸現產産畝畢當發盞盤盧眞眾碩碼礦"
    "禮種穫筆箇節範簽籃籤糰紀約紅納級組絲經綫網線編練緻縣總績織繫繼續纍羅羣義職聽腦臨臺與舉舘"
    "艦茲莊華萬蘋處號衆術衛製規親觀訂計託記設訴証試話誌語課論證議護讀變貝負財貧責貼資賓賣賬購"
    "賽趕踰蹤躍車軍輕輛輪辦農迴連週進遊運過達違遞遲選還郵鄉鄰醫釐針銀銅銖銳鋪鋭錢鎊鎭鎮鐘鐵長"
    "門閉開間關陞陣陸隊際隱隻雙難電韓頂頃項預領頭頻顆額願類風颱飛餘館馬駐騎騰驍驗體鯤鴻鵬鷹點"
    "黨龍則載夥買"
)

_TABLE = {ord(char): simplified_chinese()[ord(char)] for char in TRADITIONAL}
#: ... their simplified forms, at the same places.
SIMPLIFIED = "".join(_TABLE.values())
_TRADITIONAL = re.compile(f"[{TRADITIONAL}]")
_KANA = re.compile("[\u3040-\u30ff]")
#: The kanji Japanese text has in common with traditional Chinese as the rules read them.
_JAPANESE = re.compile("[億萬約]")
_JAPANESE_TABLE = str.maketrans("億萬約", "亿万约")


def as_simplified(text: str) -> str:
    """`text` with its traditional characters in simplified form (the same string when it
    has none); in Japanese text only 億, 萬 and 約 (`_JAPANESE`)."""
    if text.isascii() or _TRADITIONAL.search(text) is None:
        return text
    if _KANA.search(text):
        return text.translate(_JAPANESE_TABLE) if _JAPANESE.search(text) else text
    return text.translate(_TABLE)


#: The local currencies of traditional Chinese text: named once, then "元" is that currency
#: for the rest of the paragraph ("新台幣7,596億元……純益3,252.6億元" is in TWD twice) ...
_LOCAL_CURRENCY = re.compile("(新台币|台币)|(港元|港币)|(澳门元|澳门币)")
#: ... or, with none named before it, the currency of the place the paragraph names (as
#: `as_simplified` leaves it: only the rules' characters are simplified).
_LOCAL_PLACE = re.compile("([台臺][湾灣北中南]|新北|桃[园園]|高雄|行政院|立法院)|"
                          "(香港|港府|本港|全港|九[龙龍]|新界|立法[会會])|(澳[门門])")
_LOCAL_CODES = ("TWD", "HKD", "MOP")
_YUAN_NAMED = re.compile("人民币|[¥￥]|RMB|CNY")


class _LocalNamed:
    """Where a text names a local currency (`_LOCAL_CURRENCY`: the ends of its names and
    their group numbers) and the place it names last, found once for all its figures (a
    scan for each figure took a long paragraph's length times its figures)."""

    def __init__(self, simplified: str) -> None:
        found = [(m.end(), m.lastindex) for m in _LOCAL_CURRENCY.finditer(simplified)]
        self.ends = [end for end, _ in found]
        self.groups = [group for _, group in found]
        self.place = [m.lastindex for m in _LOCAL_PLACE.finditer(simplified)][-1:]

    def before(self, start: int) -> int | None:
        """The group of the last local currency named before `start` (the names are fixed
        words, so a scan up to `start` finds the names the whole scan finds ending by then),
        else of the last place named; None when there is none."""
        i = bisect_right(self.ends, start)
        return self.groups[i - 1] if i else (self.place[0] if self.place else None)


def as_written(text: str, simplified: str, figures: list[Placed]) -> list[Placed]:
    """`figures` found in `simplified` (`as_simplified(text)`), with their text and counted
    noun as `text` writes them, and "元" in the local currency named before it."""
    shown: list[Placed] = []
    named: _LocalNamed | None = None
    for start, end, _, kind, value, unit, sentence_start, sentence_end, high, age in figures:
        if unit and not unit.isascii() and (
                (at := simplified.find(unit, start, max(sentence_end, end))) >= 0 or
                (at := simplified.rfind(unit, min(sentence_start, start), start)) >= 0):
            unit = text[at : at + len(unit)]  # after the number, or before it ("證人11名")
        elif code_of(unit) == "CNY" and not _YUAN_NAMED.search(simplified, start, end):
            named = named or _LocalNamed(simplified)
            if (group := named.before(start)) is not None:
                unit = _LOCAL_CODES[group - 1] + unit[3:]  # "TWD/坪" (figs29)
        shown.append((start, end, text[start:end], kind, value, unit, sentence_start,
                      sentence_end, high, age))
    return shown


#: A local currency or a place as written (traditional or simplified), for a whole article.
_LOCAL_NAMED = re.compile("(新?台[币幣])|(港[元币幣])|(澳[门門][元币幣])")
_PLACE_NAMED = re.compile("([台臺][湾灣北中南]|新北|桃[园園]|高雄|行政院|立法院)|"
                          "(香港|港府|本港|全港|九[龙龍]|新界|立法[会會])|(澳[门門])")
#: The yuan named (in a figure or its paragraph): a bare 元 near it is the yuan as well.
_YUAN_WRITTEN = re.compile("人民[币幣]|[¥￥]|RMB|CNY|(?i:yuan|renminbi)")
_BARE_YUAN = re.compile("[元块塊]")


def dollar_after_cjk(text: str, start: int, shown: str) -> bool:
    """Whether the figure `shown` at `start` of `text` is an amount in a bare $ written after
    Chinese text ("六合彩每注$10", "每注 $10"): in a Hong Kong (Taiwan, Macau) story, the
    local dollar, as 元 is."""
    if text[start - 1 : start] == " ":
        start -= 1
    return shown[:1] == "$" and text[start - 1 : start] >= "\u2e80"


def _most_named(pattern: re.Pattern[str], text: str) -> str:
    """The local currency `pattern` names most often in `text` (the first on a tie), or ""."""
    counts = [0, 0, 0]
    first: list[int] = []
    for m in pattern.finditer(text):
        group = (m.lastindex or 1) - 1
        counts[group] += 1
        if group not in first:
            first.append(group)
    if not first:
        return ""
    return _LOCAL_CODES[max(first, key=lambda group: (counts[group], -first.index(group)))]


def local_currency(texts: Iterable[str], source: str = "") -> str:
    """The local currency of an article written in traditional Chinese: the one it names
    most often (新台幣, 港元, 澳門元), else the one of the place it names most often, else
    that of its `source` (香港經濟日報, 明報: `source_currency`); "" for any other article
    (in simplified Chinese a bare 元 stays the yuan)."""
    parts = [text for text in texts if text and not text.isascii()]
    if not any(_TRADITIONAL.search(text) for text in parts):
        return ""
    whole = "\n".join(parts)
    if _KANA.search(whole):
        return ""
    return _most_named(_LOCAL_NAMED, whole) or _most_named(_PLACE_NAMED, whole) or \
        source_currency(source)


#: News outlets of Hong Kong, Taiwan and Macau whose names say no place (an article's
#: `source`), as written in traditional characters; "經濟日報" and "蘋果日報" are left out
#: (both Hong Kong and Taiwan have one).
_OUTLETS = (  # in the order of `_LOCAL_CODES`: Taiwan, Hong Kong, Macau
    ("聯合報", "中國時報", "自由時報", "中央社", "工商時報", "聯合新聞網", "公視", "民視",
     "TVBS", "ETtoday"),
    ("明報", "星島", "東方日報", "信報", "頭條日報", "文匯報", "大公報", "晴報", "HK01", "東網",
     "now新聞", "無綫新聞", "有線新聞", "RTHK", "商業電台", "經濟通"),
    ("澳門日報", "市民日報", "力報"),
)


def source_currency(source: str) -> str:
    """The local currency of a news outlet (an article's `source`) of Hong Kong, Taiwan or
    Macau: the place its name says (香港經濟日報, 香港01), else a known outlet (明報,
    聯合報); "" for any other."""
    if not source:
        return ""
    if (place := _PLACE_NAMED.search(source)) is not None:
        return _LOCAL_CODES[(place.lastindex or 1) - 1]
    for code, outlets in zip(_LOCAL_CODES, _OUTLETS, strict=True):
        if any(outlet in source for outlet in outlets):
            return code
    return ""


def is_traditional(text: str) -> bool:
    """Whether `text` is Chinese written in traditional characters (some of them; no kana)."""
    return not text.isascii() and _TRADITIONAL.search(text) is not None and \
        _KANA.search(text) is None


def in_local_currency(text: str, figures: list[Placed], local: str) -> list[Placed]:
    """`figures` of `text` (one paragraph of an article whose local currency is `local`,
    written in traditional characters: `is_traditional`) with a bare 元 (or a bare $) in
    that currency unless the paragraph names the yuan: the title "總經費554億元" of a story
    that says 新台幣 in its body is in TWD, "每注$10" in a Hong Kong story HKD."""
    if not local or _YUAN_WRITTEN.search(text):
        return figures
    return [(start, end, shown, kind, value, local + unit[3:], sentence_start, sentence_end,
             high, age)  # "TWD/坪" (figs29)
            if kind == "money" and (code_of(unit) == "CNY" and _BARE_YUAN.search(shown) or
                                    code_of(unit) == "USD" and dollar_after_cjk(text, start, shown))
            else
            (start, end, shown, kind, value, unit, sentence_start, sentence_end, high, age)
            for start, end, shown, kind, value, unit, sentence_start, sentence_end, high, age
            in figures]
