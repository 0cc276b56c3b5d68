"""What the figures table's sum line adds: facts, not statements, and only amounts."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from hzreader.files import load_paths
from hzreader.index import ArticleStore
from hzreader.lens import FigureTable, build_table, figures_command, summarize
from hzreader.lens._format import adds_up
from hzreader.lens._summary import UnitSummary
from hzreader.library import Library, MemoryLibrary, StoreLibrary
from hzreader.query import parse_query

from conftest import write_articles

BILINGUAL = """
    title: "Hangzhou AI startups raise 45亿元 in the first half 杭州AI初创企业上半年融资45亿元"
    date: 2025-07-15
    body: |
      Startups in Hangzhou raised 4.5 billion yuan in the first half.

      今年上半年，杭州人工智能初创企业融资总额45亿元，同比增长32%。

      A new fund of 100亿元 will invest over five years.
    """


def table_of(library: Library, query: str) -> FigureTable:
    parsed = parse_query(query)
    return build_table(library, library.search(parsed, order="date").items, parsed)


def groups(folder: Path, query: str) -> dict[str, UnitSummary]:
    result = load_paths([folder])
    table = table_of(MemoryLibrary(result.articles, result.problems), query)
    return {s.label: s for s in summarize(table.columns, totals=table.totals)}


def test_a_bilingual_article_adds_its_figure_once(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"mixed.yaml": BILINGUAL, "other.yaml": """
        title: Another city raises 45亿元
        body: |
          Its startups raised 45亿元 too.
        """})
    cny = groups(folder, "money>1e9")["CNY"]
    assert cny.count == 7  # every statement is listed and counted ...
    # ... and each article's 4.5 bn added once, however often and in whichever language
    assert cny.total == pytest.approx(4.5e9 + 10e9 + 4.5e9)
    assert cny.repeats == 4
    assert cny.describe().endswith("sum 19 bn CNY (4 repeats not added)")


def test_equal_amounts_named_in_one_sentence_are_each_added(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"budget.yaml": """
        title: Council sets aside £2m twice
        body: |
          The council gave £2m for roads and £2m for schools. The £2m for roads starts in May.
          A further £5m goes to parks.
        """})
    gbp = groups(folder, "money>1e6")["GBP"]
    assert gbp.count == 5
    assert gbp.total == pytest.approx(2e6 + 2e6 + 5e6)  # two grants of £2m, one of £5m
    assert gbp.repeats == 2


def test_a_figure_only_in_the_headline_is_added(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"h.yaml": """
        title: Nordvik agrees €4.2bn deal
        summary: Nordvik agrees €4.2bn deal for a wind farm operator.
        body: |
          The buyer will pay €3bn in cash.
        """})
    eur = groups(folder, "money>1e9")["EUR"]
    assert (eur.count, eur.total, eur.repeats) == (3, pytest.approx(7.2e9), 1)


def test_a_range_is_a_fact_of_its_own_and_its_sum_a_range(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"r.yaml": """
        title: Rain
        body: |
          Forecasters expect 100 to 150 mm of rain in the hills. Some 100 mm fell last week.
          Up to 100 to 150 mm is likely again.
        """})
    mm = groups(folder, "quantity>1")["mm"]
    assert mm.count == 3
    # 100–150 mm (stated twice: one fact) and 100 mm (a single value: another fact)
    assert (mm.total, mm.total_high, mm.repeats) == (200, 250, 1)
    assert "sum 200–250 mm (1 repeat not added)" in mm.describe()


def test_levels_and_rates_are_not_added(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"t.yaml": """
        title: Typhoon
        body: |
          Winds reached 140 km/h on Monday and 180 km/h on Tuesday. It was 31 °C in Ningbo
          and 29 °C in Wenzhou. The storm cut 60 km of power lines, and 40 km of road.
          Pressure fell to 950 hPa, then 940 hPa.
        """})
    found = groups(folder, "quantity>1")
    assert found["km"].total == 100
    for unit in ("km/h", "°C", "hPa"):
        assert found[unit].count == 2 and found[unit].total is None, unit
        assert "sum" not in found[unit].describe()


@pytest.mark.parametrize(("kind", "unit", "adds"), [
    ("money", "CNY", True), ("count", "people", True), ("duration", "seconds", True),
    ("quantity", "km", True), ("quantity", "kWh", True), ("quantity", "°C", False),
    ("quantity", "bbl/d", False), ("quantity", "mg/L", False), ("quantity", "GHz", False),
    ("quantity", "Beaufort", False), ("quantity", "Saffir-Simpson", False),
    ("percent", "percent", False), ("year", "", False)])
def test_what_adds_up(kind: str, unit: str, adds: bool) -> None:
    assert adds_up(kind, unit) is adds


def test_the_index_and_the_files_add_up_the_same(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"mixed.yaml": BILINGUAL, "r.yaml": """
        title: Rain of 100 to 150 mm
        body: |
          Forecasters expect 100 to 150 mm of rain, after 100 mm last week.
        """})
    result = load_paths([folder])
    memory = MemoryLibrary(result.articles, result.problems)
    store = ArticleStore.open(tmp_path / "index.sqlite3")
    store.sync([folder], workers=0)
    try:
        for query in ("money>1e9", "quantity>1"):
            summaries = []
            for library in (memory, StoreLibrary(store)):
                table = table_of(library, query)
                summaries.append(summarize(table.columns, totals=table.totals))
                # the rows of a subset, as given: the same rule
                assert summarize(table.columns, list(table.base), totals=True) == \
                    summaries[-1], query
            assert summaries[0] == summaries[1], query
            assert any(s.repeats for s in summaries[0]), query
    finally:
        store.close()


def test_hzreader_figures_tells_its_table_s_sums_on_standard_error(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"mixed.yaml": BILINGUAL})
    out, err = io.StringIO(), io.StringIO()
    assert figures_command([str(folder), "--files", "-q", "money>1e9"], out, err) == 0
    assert "repeats" not in out.getvalue()  # standard output: the rows only
    assert err.getvalue().splitlines()[-3:-1] == [
        "", "CNY ×5: 4.5 bn CNY … 10 bn CNY, median 4.5 bn CNY, "
            "sum 14.5 bn CNY (3 repeats not added)"]
    for fmt in ("csv", "json", "jsonl"):  # data formats: the rows, and the closing line
        err = io.StringIO()
        assert figures_command([str(folder), "--files", "-q", "money>1e9", "-f", fmt],
                               io.StringIO(), err) == 0
        assert "repeats" not in err.getvalue(), fmt


def test_the_groups_with_a_spread_are_the_first_shown(tmp_path: Path) -> None:
    # one figure each of many units, in an order unlike the legend's
    body = " ".join(f"It held {n} {noun}." for n, noun in enumerate(
        ("zebras", "yaks", "apples", "boats", "cats"), start=2))
    folder = write_articles(tmp_path / "a", {"n.yaml": f"title: Nouns\nbody: {body}\n"})
    result = load_paths([folder])
    table = table_of(MemoryLibrary(result.articles, result.problems), "")
    summary = summarize(table.columns, detailed=3)
    assert [s.unit for s in summary] == ["apples", "boats", "cats", "yaks", "zebras"]
    assert [s.low is not None for s in summary] == [True, True, True, False, False]


def test_a_group_s_spread_reaches_its_ranges_high_ends(tmp_path: Path) -> None:
    """tryout17: a unit whose only figure was a range showed its low end alone ("cm ×1:
    5 cm" for "5-10 cm", "°C ×1: 18 °C" for "攝氏18至22度")."""
    folder = write_articles(tmp_path / "a", {"weather.yaml": """
        title: Snow and mild days
        body: |
          Up to 5-10 cm of snow fell. 白天氣溫攝氏18至22度。 A second fall of 3 cm came later.
        """})
    found = groups(folder, "")
    assert found["cm"].low == 3 and found["cm"].high == 10
    assert found["°C"].describe() == "°C ×1: 18 °C … 22 °C, median 18 °C"
    assert found["°C"].high == 22
