"""Round 32 (figs32): tryout17 §A's CJK misses — Japanese amounts in 円, 割, ポイント, 戸,
気温, N日 of days, 時間 / 日間 / か月; Chinese ㎡ ranges and symbols, a price per ㎡ with no
元, 百分之70至95, and 東京23区 (a name). Each positive case fails on main 8d7a7dc; the
neighbours (dates that stay dates, Chinese that keeps its reading) pass on both."""

from __future__ import annotations

import pytest

from hzreader.figures import article_figure_rows, extract, format_value
from hzreader.figures._traditional import as_simplified
from test_figures_round11 import ids

Got = tuple[str, str, float | None, str]


def _figs(text: str) -> list[Got]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


POSITIVE = [
    # Japanese amounts in 円 (億 and 兆 as scales, an amount in two parts) and in ドル
    ("東京の新築マンション平均価格、初めて1億円を突破", [("1億円", "money", 1e8, "JPY")]),
    ("平均価格は1億1,181万円となり", [("1億1,181万円", "money", 111_810_000.0, "JPY")]),
    ("平均年収は612万円だった。", [("612万円", "money", 6_120_000.0, "JPY")]),
    ("政府は総額約21兆9000億円の経済対策を決めた。",
     [("約21兆9000億円", "money", 2.19e13, "JPY")]),
    ("時価総額は3000億ドルを超えた。", [("3000億ドル", "money", 3e11, "USD")]),
    ("価格为1億円。", [("1億円", "money", 1e8, "JPY")]),
    # a price per area or volume: the base ("1平方メートル当たり") is no figure
    ("1平方メートル当たりの単価は168.2万円だった。",
     [("168.2万円", "money", 1_682_000.0, "JPY/m²")]),
    ("ガソリン価格は1リットル当たり175円だった。", [("175円", "money", 175.0, "JPY/l")]),
    # 割 is tenths (as 成), ポイント after a rate is percentage points
    ("約3割の世帯。", [("約3割", "percent", 30.0, "percent")]),
    ("利用者の3割5分が高齢者だった。", [("3割5分", "percent", 35.0, "percent")]),
    ("金利は約0.3ポイント上昇。", [("約0.3ポイント", "percent", 0.3, "points")]),
    # counters, temperatures, durations
    ("発売戸数は4,762戸。", [("4,762戸", "count", 4762.0, "戸")]),
    ("大雨の影響で約1万2千戸が停電した。", [("約1万2千戸", "count", 12000.0, "戸")]),
    ("従業員約3000人を削減する。", [("約3000人", "count", 3000.0, "人")]),
    ("気温は35度を超えた。", [("35度", "quantity", 35.0, "°C")]),
    ("猛暑日が10日続いた。", [("10日", "duration", 10.0, "days")]),
    ("猛暑日が5日連続となった。", [("5日", "duration", 5.0, "days")]),
    ("16日間にわたって開催される。", [("16日間", "duration", 16.0, "days")]),
    ("新幹線は約3時間遅れた。", [("約3時間", "duration", 3.0, "hours")]),
    ("3か月連続で伸びた。", [("3か月", "duration", 3.0, "months")]),
    ("2025年上半期の価格", [("2025年上半期", "date", 2025.0, "")]),
    ("台風は時速15キロで北上している。", [("15キロ", "quantity", 15.0, "km/h")]),
    ("平均面積は65.2平方メートルだった。", [("65.2平方メートル", "quantity", 65.2, "m²")]),
    ("試合開始から5分で先制した。", [("5分", "duration", 5.0, "minutes")]),
    ("回答者の3分の1が反対した。", [("3分の1", "number", 0.333333333333333, "")]),
    ("TOPIXは20ポイント上昇した。", [("20ポイント", "count", 20.0, "points")]),
    ("人口10万人あたり12.5人が感染した。", [("12.5人", "count", 12.5, "人")]),
    # Chinese: the one-character units, a range with the unit on both ends, a price per ㎡
    ("户型面积90㎡至140㎡，单价4.5万/㎡。",
     [("90㎡至140㎡", "quantity", 90.0, "m²"), ("4.5万", "money", 45000.0, "CNY/m²")]),
    ("全程约42.195㎞，体重3.2㎏，身长约50㎝，剂量500㎎。",
     [("约42.195㎞", "quantity", 42.195, "km"), ("3.2㎏", "quantity", 3.2, "kg"),
      ("约50㎝", "quantity", 50.0, "cm"), ("500㎎", "quantity", 500.0, "mg")]),
    ("挂牌均价为3.8万/平方米。", [("3.8万", "money", 38000.0, "CNY/m²")]),
    ("相對濕度百分之70至95。", [("百分之70至95", "percent", 70.0, "percent")]),
    # 東京23区: Tokyo's special wards, a name
    ("東京23区の価格は8.5%上昇した。", [("8.5%", "percent", 8.5, "percent")]),
    ("东京23区新建公寓均价达到1.1181亿日元。", [("1.1181亿日元", "money", 111_810_000.0, "JPY")]),
    ("東京23區內的房價上漲7.3%。", [("7.3%", "percent", 7.3, "percent")]),
]


@pytest.mark.parametrize(("text", "want"), POSITIVE, ids=[t for t, _ in POSITIVE])
def test_cjk_figures_of_round32(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


NEIGHBOURS = [
    # a date N日 stays a date
    ("5月10日に発表した。", [("5月10日", "date", None, "")]),
    ("大会は10日に開幕した。", [("10日", "date", None, "")]),
    ("5月10日続いた", [("5月10日", "date", None, "")]),
    # Chinese keeps its readings: 元 is the yuan, 日元 the yen, ranges of words and units
    ("约合人民币540万元，另有2亿元。",
     [("人民币540万元", "money", 5_400_000.0, "CNY"), ("2亿元", "money", 2e8, "CNY")]),
    ("日本政府计划投入约1兆日元。", [("约1兆日元", "money", 1e12, "JPY")]),
    ("百分之五至十年",
     [("百分之五", "percent", 5.0, "percent"), ("十年", "duration", 10.0, "years")]),
    ("台风造成约5万户停电。", [("约5万户", "count", 50000.0, "户")]),
    ("北京市朝阳区有12个街道。", [("12个街道", "count", 12.0, "街道")]),
    ("东京2020年奥运会", [("2020年", "year", 2020.0, "")]),
    ("比赛第38分钟，他得了26分。",
     [("第38分钟", "ordinal", 38.0, ""), ("26分", "count", 26.0, "分")]),  # 分 is points
    # a number before 区 elsewhere is read as before; a price word with no per-area is no money
    ("该市共有16个区。", [("16个区", "count", 16.0, "区")]),
    ("单价4.5万，面积90平方米。",
     [("4.5万", "number", 45000.0, ""), ("90平方米", "quantity", 90.0, "m²")]),
]


@pytest.mark.parametrize(("text", "want"), NEIGHBOURS, ids=[t for t, _ in NEIGHBOURS])
def test_neighbours_keep_their_reading(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


def test_wari_that_is_no_share_is_no_percent() -> None:
    assert [f.kind for f in extract("株価は3割れとなった。")] in ([], ["number"])


def test_a_range_of_square_metres_has_its_high_end() -> None:
    (figure,) = [f for f in extract("户型面积90㎡至140㎡。") if f.kind == "quantity"]
    assert (figure.value, figure.high) == (90.0, 140.0)
    (figure,) = extract("相對濕度百分之70至95。")
    assert (figure.value, figure.high) == (70.0, 95.0)


def test_japanese_text_folds_only_the_kanji_it_shares() -> None:
    assert as_simplified("約1億円") == "约1亿円"
    assert as_simplified("3時間かかった") == "3時間かかった"  # 時 and 間 stay Japanese
    assert as_simplified("價格為1億元") == "价格为1亿元"  # traditional Chinese as before


def test_an_article_keeps_yen_and_yuan_apart() -> None:
    """The Japanese paragraph's 円 is JPY, the Chinese paragraph's 元 CNY and its 日元 JPY,
    and a traditional paragraph keeps the reading its own words give (台北: TWD)."""
    body = ("平均価格は1億1,181万円となった。\n\n"
            "东京23区均价达到1.1181亿日元，约合人民币540万元，另需税费8万元。\n\n"
            "台北市豪宅每坪單價達250萬元。")
    rows = [(row[5], row[6], row[7]) for row in article_figure_rows("", body, "初めて1億円を突破")]
    assert rows == [("money", 1e8, "JPY"), ("money", 111_810_000.0, "JPY"),
                    ("money", 111_810_000.0, "JPY"), ("money", 5_400_000.0, "CNY"),
                    ("money", 80000.0, "CNY"), ("money", 2_500_000.0, "TWD/坪")]


def test_yen_amounts_leave_the_articles_reading_of_the_yen_sign_alone() -> None:
    """An amount in 円 has no ¥ in it: a Chinese paragraph's bare ¥ stays the yuan, and a
    Japanese paragraph's ¥ the yen, as on main (where 12万円 was a bare number)."""
    body = "日本での価格は12万円。\n\n国内售价¥5,999。\n\n日本では¥120,000で発売。"
    rows = [(row[5], row[6], row[7]) for row in article_figure_rows("", body, "新型スマホ")]
    assert rows == [("money", 120000.0, "JPY"), ("money", 5999.0, "CNY"),
                    ("money", 120000.0, "JPY")]


def test_a_money_filter_in_yen_finds_the_japanese_amounts() -> None:
    entries = [{"title": "東京の新築マンション", "body": "平均年収は612万円だった。"},
               {"title": "北京", "body": "平均年收入为61.2万元。"}]
    memory, store = ids(entries, "money>1e6 JPY")
    assert memory == store
    assert len(memory) == 1


@pytest.mark.parametrize(("text", "shown"), [
    ("气温35度至30度", ["35 °C", "30 °C"]),
    ("面积140平方米至90平方米", ["140 m²", "90 m²"]),
    ("百分之95至70", ["95 %", "70"]),
])
def test_a_range_that_falls_is_two_figures(text: str, shown: list[str]) -> None:
    """review17: figs32's ranges took "35度至30度" as one figure and lost its 30."""
    assert [format_value(f) for f in extract(text)] == shown
