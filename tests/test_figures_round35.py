"""Round 35 (figs35): tryout19's figure defects — mL and mcg as units (§2), 日圓 as the yen
(§3), the Chinese minus 负/負 (§4), 買超/賣超 as verbs (§5), a bare number after "down
from" taking the sentence's noun (§7), death tolls without a noun (§11), review and recipe
figures (§12), trial statistics (§13) and smaller gaps (§16); each positive case fails on
main 4fe1c32, each neighbour passes on both."""

from __future__ import annotations

import pytest

from hzreader.figures import extract, format_value

Got = tuple[str, str, float | None, str]


def _figs(text: str) -> list[Got]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


def _shown(text: str) -> list[tuple[str, str]]:
    return [(f.text, format_value(f)) for f in extract(text)]


# --- §2 mL and mcg; a short unit before a name --------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Take 5 mL daily.", [("5 mL", "quantity", 5.0, "ml")]),
    ("A 250 mL bottle costs $3.", [("250 mL", "quantity", 250.0, "ml"),
                                    ("$3", "money", 3.0, "USD")]),
    ("The dose is 200 mcg.", [("200 mcg", "quantity", 200.0, "µg")]),
    ("Take 0.5 ml daily.", [("0.5 ml", "quantity", 0.5, "ml")]),  # neighbour
    ("thanks to its 1,600 W ThermoJet element.", [("1,600 W", "quantity", 1600.0, "W")]),
    ("a 65 W USB-C charger", [("65 W", "quantity", 65.0, "W")]),  # neighbour
])
def test_millilitres_micrograms_and_watts(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


@pytest.mark.parametrize("text", ["He lives at 5 W Main St now.", "Offices at 65 W 42nd Street."])
def test_a_street_after_a_short_unit_is_an_address(text: str) -> None:
    assert all(f.kind != "quantity" for f in extract(text))


# --- §3 日圓 / 日幣 are the yen ----------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("日圓貶值至每美元155日圓。", [("155日圓", "money", 155.0, "JPY")]),
    ("日圓匯價為155.3日圓。", [("155.3日圓", "money", 155.3, "JPY")]),
    ("日元贬值至每美元155日元。", [("155日元", "money", 155.0, "JPY")]),  # no longer 美元155日元
    ("交易金額為3,000億日幣。", [("3,000億日幣", "money", 3e11, "JPY")]),
    ("日圓貶值至1美元兌155日圓。",
     [("1美元", "money", 1.0, "USD"), ("155日圓", "money", 155.0, "JPY")]),
    ("該工程工期155日。", [("155日", "duration", 155.0, "days")]),  # neighbour
])
def test_yen_in_traditional_chinese(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


# --- §4 the Chinese minus 负 / 負 -------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("出口同比增长负3.5%。", [("负3.5%", "percent", -3.5, "percent")]),
    ("GDP增速为负0.8%。", [("负0.8%", "percent", -0.8, "percent")]),
    ("出口年增率為負3.5%。", [("負3.5%", "percent", -3.5, "percent")]),
    ("气温负5度", [("负5度", "quantity", -5.0, "°C")]),
    ("CPI同比为-0.3%。", [("-0.3%", "percent", -0.3, "percent")]),  # neighbour
    ("他负责的3个项目", [("3个项目", "count", 3.0, "项目")]),  # neighbours: no minus
    ("误差正负3%", [("3%", "percent", 3.0, "percent")]),
    ("中国女排3胜2负3平", [("3胜", "count", 3.0, "胜"), ("2负", "count", 2.0, "负"),
                       ("3平", "count", 3.0, "平")]),
])
def test_chinese_minus(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


# --- §5 買超 / 賣超: net buying and selling, no bound ------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("外資買超新台幣156億元。", [("新台幣156億元", "money", 1.56e10, "TWD")]),
    ("外资净买超56亿元。", [("56亿元", "money", 5.6e9, "CNY")]),
    ("投信賣超1,200張。", [("1,200張", "count", 1200.0, "張")]),
    ("自營商淨買超8.7億元。", [("8.7億元", "money", 8.7e8, "CNY")]),
    ("超过56亿元。", [("超过56亿元", "money", 5.6e9, "CNY")]),  # neighbour
])
def test_net_buying_is_no_bound(text: str, want: list[Got]) -> None:
    assert _figs(text) == want
    assert format_value(extract(text)[0]).startswith(">") == text.startswith("超")


# --- §7, §16 a bare number after "down from" or "a gain of" -----------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("The conservative People's Party fell to 97 seats on 24.9%, down from 121.",
     [("97 seats", "count", 97.0, "seats"), ("24.9%", "percent", 24.9, "percent"),
      ("121", "count", 121.0, "seats")]),
    ("The Greens won 28 seats, a gain of 11.",
     [("28 seats", "count", 28.0, "seats"), ("11", "count", 11.0, "seats")]),
    ("Support fell to 24.9%, down from 31.",  # neighbour
     [("24.9%", "percent", 24.9, "percent"), ("31", "percent", 31.0, "percent")]),
])
def test_bare_number_takes_the_sentences_noun(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


# --- §11 death tolls without a noun --------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Typhoon Koinu kills 27, dumps 1,142 mm of rain",
     [("27", "count", 27.0, "people"), ("1,142 mm", "quantity", 1142.0, "mm")]),
    ("Quake of magnitude 7.1 hits Hualien; 9 dead",
     [("magnitude 7.1", "quantity", 7.1, "magnitude"), ("9", "count", 9.0, "people")]),
    ("The blast killed 9, injuring 1,011.",
     [("9", "count", 9.0, "people"), ("1,011", "count", 1011.0, "people")]),
    ("The death toll rose to 1,234, with at least 56 dead.",
     [("1,234", "count", 1234.0, "people"), ("at least 56", "count", 56.0, "people")]),
    ("Fifteen people died and 40 were hurt in the crash.",
     [("Fifteen people", "count", 15.0, "people"), ("40", "count", 40.0, "people")]),
    ("He scored 9 and the missing 3 came later.",  # neighbours
     [("9", "number", 9.0, ""), ("3", "number", 3.0, "")]),
    ("The dead man was 45.", [("45", "number", 45.0, "")]),
])
def test_casualty_counts(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


# --- §12 reviews and recipes -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("I rated it 4.5/5 stars.", [("4.5/5", "number", 0.9, "")]),
    ("I rated it 4.5/5 for taste and 7/10 for value.",
     [("4.5/5", "number", 0.9, ""), ("7/10", "number", 0.7, "")]),
    ("Rating: 8/10.", [("8/10", "number", 0.8, "")]),  # neighbours
    ("We gave it to her on 3/10.", []),
    ("For an affogato, pour 1 shot over 2 scoops of ice cream.",
     [("1 shot", "count", 1.0, "shot"), ("2 scoops", "count", 2.0, "scoops")]),
    ("It drew over 2,000 people.", [("over 2,000 people", "count", 2000.0, "people")]),
    ("It measures 19.5 x 32 x 31 cm.", [("19.5", "quantity", 19.5, "cm"),
                                         ("32", "quantity", 32.0, "cm"),
                                         ("31 cm", "quantity", 31.0, "cm")]),
])
def test_reviews_and_recipes(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


# --- §13 trial statistics -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("It fell by 41% (95% CI, 38.2 to 44.4; P = 0.002).",
     [("41%", "41 %"), ("38.2", "38.2"), ("44.4", "44.4"), ("0.002", "0.002")]),
    ("The odds ratio was 2.1 (95% confidence interval, 1.4 to 3.2).",
     [("2.1", "2.1"), ("1.4", "1.4"), ("3.2", "3.2")]),
    ("Infections fell by 58% (p<0.001).", [("58%", "58 %"), ("<0.001", "< 0.001")]),
    ("风险降低了27%（HR 0.73，95% CI 0.61-0.87）。",
     [("27%", "27 %"), ("0.73", "0.73"), ("0.61-0.87", "0.61–0.87")]),
    ("The 5G network covers 95% of the population.", [("95%", "95 %")]),  # neighbour
])
def test_trial_statistics(text: str, want: list[tuple[str, str]]) -> None:
    assert _shown(text) == want


# --- §16 smaller gaps ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("市占率約為64.9%", [("約為64.9%", "≈ 64.9 %")]),
    ("执政党得票率约为42.5%", [("约为42.5%", "≈ 42.5 %")]),
    ("該股本益比約為25倍", [("約為25倍", "≈ 25")]),
    ("合约为期3年", [("3年", "3 years")]),  # neighbour: 合约 is a contract
])
def test_yue_wei_is_about(text: str, want: list[tuple[str, str]]) -> None:
    assert _shown(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Exit polls had given her a 5-point lead over the incumbent.",
     [("5-point", "percent", 5.0, "points")]),
    ("The Lakers took a 5-point lead into halftime.", [("5-point", "count", 5.0, "point")]),
])
def test_a_poll_lead_is_percentage_points(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("這台咖啡機水箱容量1.8公升。", [("1.8公升", "quantity", 1.8, "L")]),
    ("北向资金连续3个交易日卖超。", [("3个交易日", "count", 3.0, "交易日")]),
    ("北向资金连续3个交易日净流入。", [("3个交易日", "count", 3.0, "交易日")]),
])
def test_taiwanese_litres_and_market_verbs(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("He won 306 electoral votes to 232.",
     [("306 electoral votes", "count", 306.0, "electoral votes"),
      ("232", "count", 232.0, "electoral votes")]),
    ("The bill passed by 52 votes to 48.", [("52 votes", "count", 52.0, "votes"),
                                             ("48", "count", 48.0, "votes")]),
    ("He raised 3 children to 18.", [("3 children", "count", 3.0, "children"),  # neighbour
                                     ("18", "number", 18.0, "")]),
    ("执政党赢得全部22个市长职位中的14个。", [("22个市长职位", "count", 22.0, "市长职位"),
                                   ("14个", "count", 14.0, "市长职位")]),
])
def test_a_count_set_against_another(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Add 1 1/2 cups of flour.", [("1 1/2 cups", "quantity", 1.5, "cup")]),
    ("Stir in 2 3/4 teaspoons of salt.", [("2 3/4 teaspoons", "quantity", 2.75, "tsp")]),
    ("He won 3 1/2 games.", [("3", "number", 3.0, "")]),  # neighbour: no unit of a recipe
])
def test_mixed_numbers_in_recipes(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


def test_the_canary_changes_with_these_rules() -> None:
    """The index redoes its figures only when the canary's figures change (`figures_version`)."""
    from hzreader.index._work import _CANARY_35

    found = {(f.text, f.kind) for f in extract(_CANARY_35)}
    assert {("5 mL", "quantity"), ("121", "count"), ("27", "count"), ("<0.001", "number"),
            ("155日圓", "money"), ("負3.5%", "percent"), ("新台幣156億元", "money")} <= found
    assert not any(f.text == "95%" for f in extract(_CANARY_35))


@pytest.mark.parametrize(("text", "want"), [
    ("At $199, it costs over $100 less.", [("$199", "$199"), ("over $100", "> $100")]),
    ("The firm employs over 2,000 people.", [("over 2,000 people", "> 2,000")]),
    ("加權指數下跌負120點", [("負120點", "-120 points")]),
])
def test_bounds_after_a_verb_and_signed_index_points(text: str, want: list[tuple[str, str]]
                                                      ) -> None:
    assert _shown(text) == want
