"""Key figures in traditional Chinese (Hong Kong, Macau, Taiwan): the simplified rules read
them through a character-for-character table, and what a figure shows is as written; and
amounts written with a lone 百 or 千 before the scale (百亿元, 千万元)."""

from __future__ import annotations

import pytest

from hzreader.figures import extract, parse_number
from hzreader.figures._traditional import SIMPLIFIED, TRADITIONAL, as_simplified


def _figures(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("政府撥款50億港元，資助約3萬個家庭。",
     [("50億港元", "money", 5e9, "HKD"), ("約3萬個家庭", "count", 3e4, "家庭")]),
    ("去年增長百分之五點二，達到一千二百萬人次。",
     [("百分之五點二", "percent", 5.2, "percent"), ("一千二百萬人次", "count", 1.2e7, "人次")]),
    ("2024年第三季營收年增12%，達新台幣7,596億元。",  # 第三季 is Taiwan's 第三季度 (figs15)
     [("2024年第三季", "date", 2024.0, ""), ("12%", "percent", 12.0, "percent"),
      ("新台幣7,596億元", "money", 7.596e11, "TWD")]),
    ("該公司市值達1.2兆新台幣。", [("1.2兆新台幣", "money", 1.2e12, "TWD")]),
    ("全程僅需35分鐘。", [("35分鐘", "duration", 35.0, "minutes")]),
    ("香港去年有6.5萬宗交易，較前年多兩成。",
     [("6.5萬宗交易", "count", 6.5e4, "交易"), ("兩成", "percent", 20.0, "percent")]),
    ("大樓高508公尺，佔地35坪。", [("508公尺", "quantity", 508.0, "m"),
                                  ("35坪", "quantity", 35.0, "ping")]),
    ("澳門元1,000萬元撥給15間學校。",
     [("澳門元1,000萬元", "money", 1e7, "MOP"), ("15間學校", "count", 15.0, "學校")]),
])
def test_traditional_chinese_figures(text: str, expected: list[tuple[str, str, float, str]]
                                     ) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("traditional", "simplified"), [
    ("政府撥款50億港元，資助約3萬個家庭。", "政府拨款50亿港元，资助约3万个家庭。"),
    ("會議歷時兩小時，逾300人出席。", "会议历时两小时，逾300人出席。"),
])
def test_the_same_values_as_in_simplified(traditional: str, simplified: str) -> None:
    assert [(f.start, f.end, f.kind, f.value) for f in extract(traditional)] == \
        [(f.start, f.end, f.kind, f.value) for f in extract(simplified)]


def test_simplified_currencies_named_before_the_amount() -> None:
    # the approximator before the currency belongs to the span (figs22: was 港币50亿元)
    assert _figures("收入约港币50亿元。") == [("约港币50亿元", "money", 5e9, "HKD")]
    assert _figures("达新台币7596亿元。") == [("新台币7596亿元", "money", 7.596e11, "TWD")]
    assert _figures("人民币3亿元。") == [("人民币3亿元", "money", 3e8, "CNY")]
    assert _figures("装机100兆瓦。") == [("100兆瓦", "quantity", 100.0, "MW")]  # mega, not 1e12


def test_the_table_keeps_every_offset_and_leaves_japanese_alone() -> None:
    assert len(TRADITIONAL) == len(SIMPLIFIED) == len(set(TRADITIONAL))
    assert not set(TRADITIONAL) & set(SIMPLIFIED)  # one pass is enough
    text = "香港的會議，時長兩小時"
    assert len(as_simplified(text)) == len(text) and as_simplified(text) != text
    assert as_simplified("3時間かかった") == "3時間かかった"  # kana: Japanese
    plain = "杭州的人才政策"
    assert as_simplified(plain) is plain


def test_searched_numbers_read_traditional_too() -> None:
    assert parse_number("3萬") == 3e4
    assert parse_number("1.2萬億") == 1.2e12


@pytest.mark.parametrize(("text", "expected"), [
    ("将投入逾百亿元兴建", [("逾百亿元", "money", 1e10, "CNY")]),
    ("超过千万元", [("超过千万元", "money", 1e7, "CNY")]),
    ("台北市將投入逾百億元興建", [("逾百億元", "money", 1e10, "TWD")]),  # Taipei: TWD
    ("千万不要忘记", []),            # "by all means", no number
    ("打造千亿级产业集群", []),      # a class of industry, not a magnitude
    ("百万年薪", []),                # an annual salary, not a million years
    ("30万年薪", []),
    ("百万年前", [("百万年", "duration", 1e6, "years")]),
])
def test_a_lone_hundred_or_thousand_before_a_scale(text: str,
                                                   expected: list[tuple[str, str, float, str]]
                                                   ) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "units"), [
    ("台積電營收約新台幣7,596.9億元，年增36.5%；稅後純益3,252.6億元，每股盈餘12.54元。",
     ["TWD", "percent", "TWD", "TWD"]),
    ("港府撥款50億港元，另撥3億元。", ["HKD", "HKD"]),
    ("新台幣升值。另一句，投資50億元。", ["TWD"]),           # anywhere before, in the paragraph
    ("台北市將撥出1.2兆元，每月1,000元。", ["TWD", "TWD"]),  # or the place it names
    ("美國投資30億美元，台灣投資50億元。", ["USD", "TWD"]),
    ("內地投資人民幣3億元，香港另撥2億元。", ["CNY", "HKD"]),
    ("澳門特區政府撥款1億元。", ["MOP"]),
    ("總經費554億元", ["CNY"]),  # nothing says which: the yuan, as in simplified text
    ("港府撥款50億港元，另撥人民幣3億元。", ["HKD", "CNY"]),
    ("港府拨款50亿港元，另拨3亿元。", ["HKD", "CNY"]),        # simplified: 元 is the yuan
])
def test_yuan_after_a_local_currency_in_traditional_text(text: str, units: list[str]) -> None:
    assert [f.unit for f in extract(text)] == units


def test_a_counted_noun_before_the_number_is_shown_as_written() -> None:
    assert _figures("共有證人11名出庭作證") == [("11名", "count", 11.0, "證人")]
