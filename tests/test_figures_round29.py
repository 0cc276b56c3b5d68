"""Round 29 (figs29): tryout15 §4's missed or wrong key figures — race times, 数十亿元,
doublings, 1死48傷, a majority, six 787s, 1H26, prices per unit and zoned live-blog stamps;
each positive case fails on main e4a447d (bar the race times already right, kept as
guards), the neighbours pass on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.figures import article_extractor, extract, format_value
from hzreader.lens import summarize

Got = tuple[str, str, float | None, str]


def _figs(text: str) -> list[Got]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


POSITIVE = [
    # race times and lap records are durations in seconds
    ("Verstappen set a lap record of 1:32.456 on lap 44 of 57.",
     [("1:32.456", "duration", 92.456, "seconds"), ("57", "number", 57.0, "")]),
    ("Kipchoge won in 2:06:41 while Bolt ran 9.58 in 2009.",
     [("2:06:41", "duration", 7601.0, "seconds"), ("9.58", "duration", 9.58, "seconds"),
      ("2009", "year", 2009.0, "")]),
    # 数 / 几 before 十 / 百 / 千: "several", an approximate figure at the round number
    ("数十亿元资金流入，上千名志愿者参与。",
     [("数十亿元", "money", 1e9, "CNY"), ("上千名志愿者", "count", 1000.0, "志愿者")]),
    ("项目吸引数千人就业，上百家企业入驻。",
     [("数千人", "count", 1000.0, "人"), ("上百家企业", "count", 100.0, "企业")]),
    ("該項目投資數十億元，數千人參與。",
     [("數十億元", "money", 1e9, "CNY"), ("數千人", "count", 1000.0, "人")]),
    ("几百万元的损失", [("几百万元", "money", 1e6, "CNY")]),
    # doublings are multipliers, as "5x" and 3倍
    ("该公司营收同比增长12.5%，净利润翻了一番。",
     [("12.5%", "percent", 12.5, "percent"), ("翻了一番", "number", 2.0, "")]),
    ("利润翻番，三年内收入翻两番。",
     [("翻番", "number", 2.0, ""), ("三年", "duration", 3.0, "years"),
      ("翻两番", "number", 4.0, "")]),
    ("Sales doubled in 2025 and profits tripled, while costs were halved.",
     [("doubled", "number", 2.0, ""), ("2025", "year", 2025.0, ""),
      ("tripled", "number", 3.0, ""), ("halved", "number", 0.5, "")]),
    ("Revenue more than doubled to $4bn.",
     [("more than doubled", "number", 2.0, ""), ("$4bn", "money", 4e9, "USD")]),
    # a toll: each number counts its word (死 dead, 傷 injured)
    ("已有1死48傷，3人失蹤。",
     [("1死", "count", 1.0, "死"), ("48傷", "count", 48.0, "傷"), ("3人", "count", 3.0, "人")]),
    ("车祸造成1死48伤。", [("1死", "count", 1.0, "死"), ("48伤", "count", 48.0, "伤")]),
    # a majority counts seats, or votes when votes were counted before it
    ("The exit poll projects Labour winning 412 of the 650 seats, a majority of 174.",
     [("412", "count", 412.0, "seats"), ("650 seats", "count", 650.0, "seats"),
      ("174", "count", 174.0, "seats")]),
    ("Labour hold with 18,837 votes, a majority of 7,169.",
     [("18,837 votes", "count", 18837.0, "votes"), ("7,169", "count", 7169.0, "votes")]),
    ("The BBC is now forecasting a majority of about 170.",
     [("about 170", "count", 170.0, "seats")]),
    # aircraft counted by their model: the count is the number, the model a name
    ("Boeing delivered six 787s in October.",
     [("six 787s", "count", 6.0, "787s")]),
    ("The airline ordered two A380s and 6 787-9s.",
     [("two A380s", "count", 2.0, "A380s"), ("6 787-9s", "count", 6.0, "787-9s")]),
    # half years and fiscal quarters are periods (dates), not counts
    ("1H26 sales rose 8%.", [("1H26", "date", 2026.0, ""), ("8%", "percent", 8.0, "percent")]),
    ("Guidance for 2H25 was cut.", [("2H25", "date", 2025.0, "")]),
    ("Revenue in Q3 FY26 rose.", [("Q3 FY26", "date", 2026.0, "")]),
    ("H1 FY2026 results beat forecasts.", [("H1 FY2026", "date", 2026.0, "")]),
    # a price per unit of area or volume carries it in its unit
    ("该区新房均价每平方米3.2万元，总价300万元。",
     [("3.2万元", "money", 32000.0, "CNY/m²"), ("300万元", "money", 3e6, "CNY")]),
    ("Flats fetch £4,500 per square metre, and petrol costs $3 a gallon.",
     [("£4,500", "money", 4500.0, "GBP/m²"), ("$3", "money", 3.0, "USD/gal")]),
    ("成交价为3.2万元/平方米。", [("3.2万元", "money", 32000.0, "CNY/m²")]),
    ("以每平方呎1.28萬元成交。", [("1.28萬元", "money", 12800.0, "CNY/sq ft")]),
    # a stamp heading a paragraph before a colon is a time, with a zone or am/pm too
    ("12:30 GMT: Police say the road is closed.", [("12:30", "time", 12.5, "")]),
    ("9:15am: Markets open.", [("9:15am", "time", 9.25, "")]),
    ("Live\n\n16:20 BST — Rescuers say 48 people are out.",
     [("16:20", "time", 16 + 20 / 60, ""), ("48 people", "count", 48.0, "people")]),
]

MIXED4 = [
    # the held-out batch mixed4's misses (fixed after its before-score)
    ("The enzyme works best at pH 7.4 and 37 degrees Celsius.",
     [("pH 7.4", "quantity", 7.4, "pH"), ("37 degrees Celsius", "quantity", 37.0, "°C")]),
    ("Radiation levels reached 2.5 microsieverts per hour.",
     [("2.5 microsieverts per hour", "quantity", 2.5, "µSv/h")]),
    ("The die measures 814 square millimetres.",
     [("814 square millimetres", "quantity", 814.0, "mm²")]),
    ("將300公克麵粉加入2大匙砂糖。",
     [("300公克", "quantity", 300.0, "g"), ("2大匙", "quantity", 2.0, "tbsp")]),
    ("将200克面粉与3个鸡蛋混合。",
     [("200克", "quantity", 200.0, "g"), ("3个鸡蛋", "count", 3.0, "鸡蛋")]),
    ("The marathon winner, 24, finished in 2:05:33.",
     [("24", "duration", 24.0, "years"), ("2:05:33", "duration", 7533.0, "seconds")]),
]

NEIGHBOURS = [
    # unchanged: 3人死亡 counts 人; a lone 3死 is nothing to count
    ("事故造成3人死亡、12人受伤。", [("3人", "count", 3.0, "人"), ("12人", "count", 12.0, "人")]),
    ("9胜3负", [("9胜", "count", 9.0, "胜"), ("3负", "count", 3.0, "负")]),
    ("参观人数十万", []),  # 人数: the number of people, no "several"
    ("他翻了一下书。", []),
    ("He doubled down on his claims.", []),
    ("The gym doubled as a shelter.", []),
    ("A doubled letter is kept.", []),
    ("The majority of 2024 graduates found jobs.",
     [("2024 graduates", "count", 2024.0, "graduates")]),
    ("The mayor won 312,408 votes, a margin of 14,206.",  # a margin stays a number (mixed3)
     [("312,408 votes", "count", 312408.0, "votes"), ("14,206", "number", 14206.0, "")]),
    ("Boeing delivered 42 737 MAX jets.", [("42 737 MAX jets", "count", 42.0, "MAX jets")]),
    ("The 787s were grounded.", []),
    ("12 500 fans", [("12 500 fans", "count", 12500.0, "fans")]),
    ("8至10摄氏度", [("8至10摄氏度", "quantity", 8.0, "°C")]),
    ("Costs reached $3.5 million a year.", [("$3.5 million", "money", 3.5e6, "USD")]),
    ("14:05 The prime minister is due.", []),  # no separator: a label
    ("Updated at 18:20 — Police say the road is closed.", []),
    ("Key events: 12:30 GMT: Police say the road is closed.", []),
    ("Police arrived at 12:30 GMT on Monday.", [("12:30", "time", 12.5, "")]),
    ("The pH of the soil was tested.", []),
    ("Model 3 sales rose.", []),
]


@pytest.mark.parametrize(("text", "want"), POSITIVE + MIXED4 + NEIGHBOURS)
def test_figures(text: str, want: list[Got]) -> None:
    got = _figs(text)
    assert [(t, k, u) for t, k, _, u in got] == [(t, k, u) for t, k, _, u in want]
    for (_, _, value, _), (_, _, expected, _) in zip(got, want, strict=True):
        assert value == pytest.approx(expected)


def test_a_price_per_unit_shows_its_unit() -> None:
    shown = {f.text: format_value(f) for f in extract(
        "Petrol averages $3.12 a gallon; flats fetch about $563 per square foot.")}
    assert shown == {"$3.12": "$3.12/gal", "about $563": "≈ $563/sq ft"}
    (price,) = extract("新房均价每平方米3.2万元")
    assert format_value(price) == "32,000 CNY/m²"


def test_a_price_per_unit_in_a_taiwanese_story_is_in_its_dollars() -> None:
    part = article_extractor("台北房價", "", "新台幣", "")
    assert [(f.text, f.unit) for f in part("建案每坪開價約68萬元，總價約2,800萬元起。")] == [
        ("約68萬元", "TWD/坪"), ("約2,800萬元", "TWD")]


def test_the_lens_never_adds_a_price_per_unit_to_the_totals(tmp_path: Path) -> None:
    from hzreader.files import load_paths
    from hzreader.lens import build_table
    from hzreader.library import MemoryLibrary
    from hzreader.query import parse_query

    from conftest import write_articles

    folder = write_articles(tmp_path / "a", {"p.yaml": """
        title: 房价
        body: |
          该区新房均价每平方米3.2万元，一套总价300万元，另一套500万元。
          邻区均价每平方米2.8万元。
        """})
    result = load_paths([folder])
    library = MemoryLibrary(result.articles, result.problems)
    parsed = parse_query("money>1")
    table = build_table(library, library.search(parsed).items, parsed)
    groups = {(s.kind, s.unit): s for s in summarize(table.columns, totals=table.totals)}
    assert groups["money", "CNY"].total == pytest.approx(8e6)  # the two prices, not per m²
    per_m2 = groups["money", "CNY/m²"]
    assert (per_m2.count, per_m2.low, per_m2.high, per_m2.total) == (2, 28000, 32000, None)
