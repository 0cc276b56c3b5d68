"""Traditional Chinese read as simplified, character for character, so that the Chinese
rules (written in simplified characters) read Hong Kong, Macau and Taiwan text as well:
50億港元, 3萬個家庭, 百分之五點二, 兩小時.

The table holds only characters the rules use, each with its simplified form, from OpenCC's
TSCharacters.txt (Apache License 2.0); characters whose traditional form mostly means
something else are left out (韆 of 鞦韆 is no 千, 裡 "inside" no 里, 昇 of 昇騰 stays). One
character stands for one, so every offset stays where it was, and what a figure shows (its
text, its counted noun) is taken from the text as written. Japanese text (with kana) is
left as it is: its kanji are not Chinese words (3時間 is three hours).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # `_format` (the search's number reader) uses this module: keep it light
    from hzreader.figures._units import Placed

#: Traditional characters, and (at the same place) their simplified forms.
TRADITIONAL = (
    "亞佈來侖侷個備傷僑價億優兒內兩別創劃劑動務勝區協參員問啓啟單噸國園圓圖團報場塊奪奬婦嬰學"
    "實將專對屆層屬崗崙嵗師幀幣幾廠張強後恆應戰戲戶採撥擊擔據攝敎敗敵數於時書會東條棟業極榮構"
    "樂樑樓標樣橋機檔檯歐歲淩減準滬漁漲濟災為熱營爭爲獎獨獲獵獸現產産畝畢當發盞盤盧眞眾碩碼礦"
    "禮種穫筆箇節範簽籃籤糰紀約紅納級組絲經綫網線編練緻縣總績織繫繼續纍羅羣義職聽腦臨臺與舉舘"
    "艦茲莊華萬蘋處號衆術衛製規親觀訂計託記設訴証試話誌語課論證議護讀變貝負財貧責貼資賓賣賬購"
    "賽趕踰蹤躍車軍輕輛輪辦農迴連週進遊運過達違遞遲選還郵鄉鄰醫釐針銀銅銖銳鋪鋭錢鎊鎭鎮鐘鐵長"
    "門閉開間關陞陣陸隊際隱隻雙難電韓頂頃項預領頭頻顆額願類風颱飛餘館馬駐騎騰驍驗體鯤鴻鵬鷹點"
    "黨龍"
)
SIMPLIFIED = (
    "亚布来仑局个备伤侨价亿优儿内两别创划剂动务胜区协参员问启启单吨国园圆图团报场块夺奖妇婴学"
    "实将专对届层属岗仑岁师帧币几厂张强后恒应战戏户采拨击担据摄教败敌数于时书会东条栋业极荣构"
    "乐梁楼标样桥机档台欧岁凌减准沪渔涨济灾为热营争为奖独获猎兽现产产亩毕当发盏盘卢真众硕码矿"
    "礼种获笔个节范签篮签团纪约红纳级组丝经线网线编练致县总绩织系继续累罗群义职听脑临台与举馆"
    "舰兹庄华万苹处号众术卫制规亲观订计托记设诉证试话志语课论证议护读变贝负财贫责贴资宾卖账购"
    "赛赶逾踪跃车军轻辆轮办农回连周进游运过达违递迟选还邮乡邻医厘针银铜铢锐铺锐钱镑镇镇钟铁长"
    "门闭开间关升阵陆队际隐只双难电韩顶顷项预领头频颗额愿类风台飞余馆马驻骑腾骁验体鲲鸿鹏鹰点"
    "党龙"
)

_TABLE = str.maketrans(TRADITIONAL, SIMPLIFIED)
_TRADITIONAL = re.compile(f"[{TRADITIONAL}]")
_KANA = re.compile("[\u3040-\u30ff]")


def as_simplified(text: str) -> str:
    """`text` with its traditional characters in simplified form (the same string when it
    has none, or is Japanese)."""
    if text.isascii() or _TRADITIONAL.search(text) is None or _KANA.search(text):
        return text
    return text.translate(_TABLE)


#: The local currencies of traditional Chinese text: named once, then "元" is that currency
#: for the rest of the sentence ("新台幣7,596億元……純益3,252.6億元" is in TWD twice).
_LOCAL_CURRENCY = re.compile("(新台币|台币)|(港元|港币)|(澳门元|澳门币)")
_LOCAL_CODES = ("TWD", "HKD", "MOP")
_YUAN_NAMED = re.compile("人民币|[¥￥]|RMB|CNY")


def as_written(text: str, simplified: str, figures: list[Placed]) -> list[Placed]:
    """`figures` found in `simplified` (`as_simplified(text)`), with their text and counted
    noun as `text` writes them, and "元" in the local currency named before it."""
    shown: list[Placed] = []
    for start, end, _, kind, value, unit, sentence_start, sentence_end in figures:
        if unit and not unit.isascii() and \
                (at := simplified.find(unit, start, max(sentence_end, end))) >= 0:
            unit = text[at : at + len(unit)]
        elif unit == "CNY" and not _YUAN_NAMED.search(simplified, start, end):
            named = [m.lastindex for m in _LOCAL_CURRENCY.finditer(
                simplified, min(sentence_start, start), start)]
            if named and named[-1] is not None:
                unit = _LOCAL_CODES[named[-1] - 1]
        shown.append((start, end, text[start:end], kind, value, unit, sentence_start,
                      sentence_end))
    return shown
