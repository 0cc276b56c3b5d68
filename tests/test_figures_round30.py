"""Round 30 (figs30): tryout16's wrong or missed key figures — an age before a compound
sentence, percentage points, lap times, scientific notation in time, 工程师, list markers,
version numbers, sieverts, one ¥ per article, ordinals after a name, gapped counts, and
ages kept out of the lens's sums; each positive case fails on main cc45311."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.figures import article_figures, extract

Got = tuple[str, str, float | None, str]


def _figs(text: str) -> list[Got]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text)]


POSITIVE = [
    # an age between commas keeps years, whatever unit the sentence's sentence has
    ("Daniel Price, 41, of Leeds, was sentenced to 14 years and six months, and Arben Hoxha, "
     "29, to eight years and six months.",
     [("41", "duration", 41.0, "years"), ("14 years and six months", "duration", 174.0, "months"),
      ("29", "duration", 29.0, "years"),
      ("eight years and six months", "duration", 102.0, "months")]),
    # percentage points written as points beside a percentage, or as a share's change
    ("Green: 24,310 votes, 31.4%, +9.2 points",
     [("24,310 votes", "count", 24310.0, "votes"), ("31.4%", "percent", 31.4, "percent"),
      ("+9.2 points", "percent", 9.2, "points")]),
    ("Labour's share rose 9.2 points. The Greens were up 4.1 points on 2022.",
     [("9.2 points", "percent", 9.2, "points"), ("4.1 points", "percent", 4.1, "points"),
      ("2022", "year", 2022.0, "")]),
    # a lap time in minutes and seconds is one duration in seconds
    ("His fastest lap, a 1m 34.486s on lap 58, beat 1m34.512s.",
     [("1m 34.486s", "duration", 94.486, "seconds"),
      ("1m34.512s", "duration", 94.512, "seconds")]),
    # scientific notation with a unit of time is a duration; an irregular plural is counted
    ("It takes about 1.9 × 10^9 seconds, or 5 × 10^3 years, to map 2.5 × 10^6 spectra.",
     [("about 1.9 × 10^9 seconds", "duration", 1.9e9, "seconds"),
      ("5 × 10^3 years", "duration", 5000.0, "years"),
      ("2.5 × 10^6 spectra", "count", 2.5e6, "spectra")]),
    # a person's noun ending in 师/员/者 keeps its suffix
    ("公司招聘800名工程师和50名设计师，另有800名工程師。",
     [("800名工程师", "count", 800.0, "工程师"), ("50名设计师", "count", 50.0, "设计师"),
      ("800名工程師", "count", 800.0, "工程師")]),
    # a numbered list's markers, its lines joined by spaces, are no figures
    ("1. Growth forecast for 2026 raised to 1.5% from 1.0% 2. Inflation to average 3.5% in 2026",
     [("2026", "year", 2026.0, ""), ("1.5%", "percent", 1.5, "percent"),
      ("1.0%", "percent", 1.0, "percent"), ("3.5%", "percent", 3.5, "percent"),
      ("2026", "year", 2026.0, "")]),
    ("The key points: 1) Growth of 2% 2) Jobs", [("2%", "percent", 2.0, "percent")]),
    ("3. 5% of voters stayed home", [("5%", "percent", 5.0, "percent")]),
    # a language's or a phone's version is a name, no figure
    ("C# 14 ships", []),
    ("Microsoft shipped C# 14 with .NET 10; C++ 26 adopted.", []),
    ("The iPhone 16 Pro costs $999; the 16 Pro Max $1,199.",
     [("$999", "money", 999.0, "USD"), ("$1,199", "money", 1199.0, "USD")]),
    # radiation doses and activity by their symbols
    ("A dose of 3.5 mSv, while a CT scan gives 10 mSv; 0.2 μSv/h, 2 Gy and 100 Bq/kg.",
     [("3.5 mSv", "quantity", 3.5, "mSv"), ("10 mSv", "quantity", 10.0, "mSv"),
      ("0.2 μSv/h", "quantity", 0.2, "µSv/h"), ("2 Gy", "quantity", 2.0, "Gy"),
      ("100 Bq/kg", "quantity", 100.0, "Bq/kg")]),
    # a named driver's place
    ("Oscar Piastri was third, ahead of Leclerc.", [("third", "ordinal", 3.0, "")]),
    ("The team finished third. Piastri was third, Norris first.",
     [("third", "ordinal", 3.0, ""), ("third", "ordinal", 3.0, ""), ("first", "ordinal", 1.0, "")]),
    ("Norris first, Piastri third in Monza",
     [("first", "ordinal", 1.0, ""), ("third", "ordinal", 3.0, "")]),
    # a gapped list after a bare number held counts what the count before it counted
    ("Greens won 19 of the 51 seats. The Conservatives hold 9, the Liberal Democrats 4 and "
     "independents 2.",
     [("19", "count", 19.0, "seats"), ("51 seats", "count", 51.0, "seats"),
      ("9", "count", 9.0, "seats"), ("4", "count", 4.0, "seats"), ("2", "count", 2.0, "seats")]),
]

NEIGHBOURS = [
    ("We met on August 1. Do it on February 2. Is second and last.",
     [("August 1", "date", None, ""), ("February 2", "date", None, "")]),
    ("Put America first. Safety first, always. It was the first time.", []),
    ("He has 3, she has 4.", [("3", "number", 3.0, ""), ("4", "number", 4.0, "")]),
    ("The committee voted 40 to 2; sales rose 14 with 3 stores.",  # figs33: a vote is one
     [("40 to 2", "number", None, ""), ("14", "number", 14.0, ""),  # number (as a score)
      ("3 stores", "count", 3.0, "stores")]),
    ("Arsenal won 2. The rest drew 3. Then came 1.5% growth.",
     [("2", "number", 2.0, ""), ("3", "number", 3.0, ""), ("1.5%", "percent", 1.5, "percent")]),
    ("完成12个工程、30个项目，招聘20名分析师、30名研究员和100名志愿者。",
     [("12个工程", "count", 12.0, "工程"), ("30个项目", "count", 30.0, "项目"),
      ("20名分析师", "count", 20.0, "分析师"), ("30名研究员", "count", 30.0, "研究员"),
      ("100名志愿者", "count", 100.0, "志愿者")]),
    ("The wall is 1m high and 5m away.",
     [("1m", "quantity", 1.0, "m"), ("5m", "quantity", 5.0, "m")]),
    ("McLaren lead the constructors' standings on 612 points. Leeds are up 3 points on Burnley.",
     [("612 points", "count", 612.0, "points"), ("3 points", "count", 3.0, "points")]),
    ("John Smith, 35, to five years and Jane Doe, 29, to three years.",
     [("35", "duration", 35.0, "years"), ("five years", "duration", 5.0, "years"),
      ("29", "duration", 29.0, "years"), ("three years", "duration", 3.0, "years")]),
    ("Sentences of 5, 10, and 20 months were handed down.",
     [("5", "duration", 5.0, "months"), ("10", "duration", 10.0, "months"),
      ("20 months", "duration", 20.0, "months")]),
]


@pytest.mark.parametrize(("text", "want"), POSITIVE)
def test_tryout16_figures(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


@pytest.mark.parametrize(("text", "want"), NEIGHBOURS)
def test_neighbours_stay(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


def test_a_title_yen_reads_as_the_same_amount_in_the_body() -> None:
    """"¥6,499" in the title is the body's "¥6,499 in China" (CNY), though the body also has
    "¥129,800" in Japan (JPY): the article has no one reading of ¥, the amount has."""
    body = ("Priced at $799 in the US and ¥6,499 in China.\n\n"
            "In Japan it will cost ¥129,800.\n")
    money = [(f.field, f.figure.text, f.figure.unit)
             for f in article_figures("", body, "Nimbus X2 launches at $799 and ¥6,499")
             if f.figure.kind == "money"]
    assert money == [(-1, "$799", "USD"), (-1, "¥6,499", "CNY"), (1, "$799", "USD"),
                     (1, "¥6,499", "CNY"), (1, "¥129,800", "JPY")]


def test_a_title_yen_without_the_amount_in_the_body_keeps_its_reading() -> None:
    body = "Priced at ¥6,499 in China.\n\nIn Japan it will cost ¥129,800.\n"
    money = [(f.figure.text, f.figure.unit)
             for f in article_figures("", body, "Phone costs ¥99,000") if f.figure.kind == "money"]
    assert money[0] == ("¥99,000", "JPY")


def test_the_sum_of_durations_leaves_ages_out(tmp_path: Path) -> None:
    """"Hoxha, 29," is listed with the sentences but not added to them (lens `_ages`)."""
    from hzreader.files import load_paths
    from hzreader.lens import build_table, summarize
    from hzreader.library import MemoryLibrary
    from hzreader.query import parse_query

    from conftest import write_articles

    folder = write_articles(tmp_path / "a", {"c.yaml": """
        title: Two jailed
        body: |
          Daniel Price, 41, was jailed for 14 years, and Arben Hoxha, 29, for 12 years.
        """})
    result = load_paths([folder])
    library = MemoryLibrary(result.articles, result.problems)
    parsed = parse_query("duration>10 years")
    table = build_table(library, library.search(parsed).items, parsed)
    (group,) = summarize(table.columns, totals=table.totals)
    assert group.count == 4 and group.total is not None and group.high is not None
    assert group.total / group.high == pytest.approx(26 / 41)  # 14 + 12 years, not the ages
