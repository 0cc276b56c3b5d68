"""query18: figure filters whose value is several words or a range with units: a unit of
several words or a compound one (`quantity>100 sq ft`, `quantity>60 miles per hour`), a
filter named by its dimension (`speed>100 km/h`, `area>100 m²`, `temperature>30°C`,
`面积>100平方米`), a price per unit (`money>5 USD/gal`, `money>3万元/平方米`), a range whose
ends carry units (`quantity:500 g..2 kg`, `duration:90 min..2 h`), converted within their
dimension; a range across two dimensions or currencies, or a dimension's filter in a unit of
another, is told. The search (in memory and in the index), the figures table and
`hzreader figures --query` read them through the one parser (`parse_query`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.cli import main
from hzreader.query import FigureTerm, Term, filter_notes, parse_query
from test_figures_round11 import ids

ARTICLES = [
    {"title": "Flat", "body": "The flat is 1,200 square feet and sells for HK$15,000 per sq ft."},
    {"title": "Home", "body": "A 90 square metre home near the park."},
    {"title": "Train", "body": "The train runs at 300 km/h on the new line."},
    {"title": "Car", "body": "The car was doing 70 miles per hour."},
    {"title": "Heat", "body": "The temperature hit 35°C on Monday."},
    {"title": "Cold", "body": "It was 50°F at dawn."},
    {"title": "Bag", "body": "Each bag weighs 1.5kg."},
    {"title": "Parcel", "body": "The parcel weighs 800 g."},
    {"title": "Fuel", "body": "Petrol costs $3.12 a gallon now."},
    {"title": "新房", "body": "新房每平方米3.2万元。"},
    {"title": "面积", "body": "面积达100平方米。"},
    {"title": "高铁", "body": "高铁时速350公里。"},
    {"title": "Meeting", "body": "The meeting lasted 2 hours 30 minutes."},
    {"title": "Run", "body": "The run lasted 90 minutes."},
    {"title": "Deal", "body": "The deal was worth $1.5 million."},
]


@pytest.mark.parametrize(("typed", "expected"), [
    # units of several words, converted within their dimension (90 m² is 969 sq ft)
    ("quantity>100 sq ft", ["a0", "a1", "a10"]),
    ("quantity>1000 square feet", ["a0", "a10"]),
    ("quantity>50 square metres", ["a0", "a1", "a10"]),
    ("quantity>50 sqm", ["a0", "a1", "a10"]),  # as a price's unit is written
    ("quantity>60 miles per hour", ["a2", "a3", "a11"]),  # a speed, not 60 miles
    ("quantity>3 mph", ["a2", "a3", "a11"]),
    # a filter named by its dimension
    ("speed>100 km/h", ["a2", "a3", "a11"]),  # 70 mph is 112.7 km/h
    ("speed>100 mph", ["a2", "a11"]),
    ("area>100 m²", ["a0"]),  # 1,200 sq ft is 111.5 m²; 100 m² is not above 100
    ("面积>=100平方米", ["a0", "a10"]),
    ("temperature>30°C", ["a4"]),  # 50 °F is 10 °C
    ("temperature<60°F", ["a5"]),
    ("时速>300公里", ["a11"]),  # 时速 … 公里 is km/h, as the text writes it
    ("weight:1..2 kg", ["a6"]),
    # ranges whose ends carry units, the same or another of one dimension, either way round
    ("quantity:500 g..2 kg", ["a6", "a7"]),
    ("quantity:500g..2kg", ["a6", "a7"]),
    ("quantity:2 kg..500 g", ["a6", "a7"]),
    ("quantity:1 kg..2 kg", ["a6"]),
    ("quantity:1.5..2 kg", ["a6"]),
    ("-quantity:500 g..2 kg", [f"a{n}" for n in range(15) if n not in (6, 7)]),  # left out
    ("duration:2..3 hours", ["a12"]),
    ("duration:2 hours..3 hours", ["a12"]),
    ("duration:90 min..2 h", ["a13"]),
    ("duration>2 hours 20 minutes", ["a12"]),  # one duration, not 2 hours and 20 minutes
    ("money:1e6..2e6 USD", ["a14"]),
    ("money:1e6 USD..2e6 USD", ["a14"]),
    # prices per unit: in the currency named, or in any
    ("money>3 USD/gal", ["a8"]),
    ("money>3 USD per gallon", ["a8"]),
    ("money>4 USD/gal", []),
    ("money>30000 CNY/m²", ["a9"]),
    ("money>3万元/平方米", ["a9"]),
    ("money>1e4 HKD per sq ft", ["a0"]),
    ("money>1e4/sq ft", ["a0"]),
])
def test_units_of_several_words_dimensions_prices_and_ranges_find_the_same_in_memory_and_index(
        typed: str, expected: list[str]) -> None:
    assert ids(ARTICLES, typed) == (sorted(expected), sorted(expected))
    assert filter_notes(typed) == ()


def _only_filter(typed: str) -> FigureTerm:
    (group,) = parse_query(typed).groups
    (term,) = group
    assert isinstance(term, FigureTerm), typed
    return term


@pytest.mark.parametrize(("typed", "unit"), [
    ("quantity>100 sq ft", "sq ft"), ("quantity>100 sqft", "sq ft"),
    ("quantity>50 square metres", "m²"), ("quantity>50 m2", "m²"),
    ("quantity>3 square kilometres", "km²"), ("quantity>5 cubic metres", "m³"),
    ("quantity>3 nautical miles", "nmi"), ("quantity>100 kilometres per hour", "km/h"),
    ("quantity>2 metric tons", "t"), ("quantity>30 degrees celsius", "°C"),
    ("speed>100 km/h", "km/h"), ("speed>100 kph", "km/h"), ("area>2 acres", "acres"),
    ("temperature>30°C", "°C"), ("temp>86 F", "°F"), ("溫度>30度", "°C"),
    ("money>5 USD/gal", "USD/gal"), ("money>30000 CNY/m²", "CNY/m²"),
    ("money>1e4 HKD per sq ft", "HKD/sq ft"), ("money>3万元/平方米", "/m²"),
    ("money>3 a gallon", "/gal"),
])
def test_the_value_of_several_words_is_one_filter_in_its_unit(typed: str, unit: str) -> None:
    assert _only_filter(typed).measures[0].unit == unit


@pytest.mark.parametrize(("typed", "low", "high", "unit"), [
    ("quantity:500 g..2 kg", 500, 2000, "g"),
    ("quantity:2 kg..500 g", 500, 2000, "g"),  # the other way round
    ("quantity:500 g..2kg", 500, 2000, "g"),
    ("quantity:1..2 sq ft", 1, 2, "sq ft"),
    ("duration:2h..3 months", 7200, 3 * 30.436875 * 86400, "seconds"),  # across the families
    ("count:10 projects..100 projects", 10, 100, "projects"),
    ("money:1e6 USD..2e6 USD", 1e6, 2e6, "USD"),
    ("money:1e4 HKD/sq ft..2e4 HKD/sq ft", 1e4, 2e4, "HKD/sq ft"),
])
def test_a_range_with_units_at_both_ends_is_one_filter(
        typed: str, low: float, high: float, unit: str) -> None:
    (measure,) = [m for m in _only_filter(typed).measures if m.unit == unit]
    assert (measure.op, measure.value) == (">=", pytest.approx(low))
    assert measure.upper is not None and measure.upper[0] == "<="
    assert measure.upper[1] == pytest.approx(high)
    assert filter_notes(typed) == ()


def test_words_after_a_filter_that_are_no_part_of_its_unit_stay_words() -> None:
    term, word = parse_query("quantity>100 sq ft fraud").groups[0]
    assert isinstance(term, FigureTerm) and term.measures[0].unit == "sq ft"
    assert word == Term("fraud")
    # words the figure rules pass over ("2 long hours" is 2 hours) are words to find
    _, *words = parse_query("duration>2 long hours").groups[0]
    assert [w.text for w in words if isinstance(w, Term)] == ["long", "hours"]
    # another filter after one is a filter of its own
    money, percent = parse_query("money>1e9 percent>=5").groups[0]
    assert isinstance(percent, FigureTerm) and percent.kind == "percent"
    # a price per no unit of price is the amount and words, as before
    _, *words = parse_query("money>1e9 a year").groups[0]
    assert [w.text for w in words if isinstance(w, Term)] == ["a", "year"]


@pytest.mark.parametrize(("typed", "note"), [
    ("quantity:500g..2km", "quantity:500g..2km: 500g and 2km are in two dimensions (mass and "
     "length): no figure lies between them (write both ends in one, e.g. quantity:500 g..2 kg)"),
    ("quantity:500 g..2 km", "quantity:500 g..2 km: 500 g and 2 km are in two dimensions "
     "(mass and length)"),
    ("money:1e6 USD..2e6 EUR", "money:1e6 USD..2e6 EUR: 1e6 USD and 2e6 EUR are in two "
     "currencies: no figure lies between them (write both ends in one, e.g. "
     "money:1e6..2e6 USD)"),
    ("speed>100 kg", "speed>100 kg: kg is a unit of mass, not of speed (km/h, m/s, mph, kn; "
     "or quantity>100 kg)"),
    ("speed>100", "speed>100: each figure of speed is compared in its own unit (km/h, m/s, "
     "mph, kn); give a unit to compare in it: speed>100 km/h"),
    ("area>lots", "area>lots: 'lots' is not a number with a unit of area (e.g. area>100 m²)"),
])
def test_a_range_across_dimensions_or_a_unit_of_another_dimension_is_told(
        typed: str, note: str) -> None:
    assert any(told.startswith(note) for told in filter_notes(typed)), filter_notes(typed)


def test_a_range_across_dimensions_finds_no_figure_between_its_ends() -> None:
    assert ids(ARTICLES, "quantity:500g..2km") == ([], [])


def test_the_figures_command_lists_the_figures_of_a_range_with_units(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """End to end on local files: the CLI parses the query as the search bar does."""
    (tmp_path / "a.yaml").write_text(
        "title: Bags\nbody: A bag weighs 1.5kg, a box 800 g and a crate 12 kg. "
        "The train runs at 300 km/h.\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("title: Car\nbody: The car did 70 miles per hour.\n",
                                     encoding="utf-8")
    assert main(["figures", str(tmp_path), "--query", "quantity:500 g..2 kg", "-f", "csv",
                 "--no-bom"]) == 0
    out, err = capsys.readouterr()
    rows = out.splitlines()[1:]
    assert len(rows) == 2 and ",1.5kg," in rows[0] and ",800 g," in rows[1], out
    assert ",12 kg," not in out and "two dimensions" not in err
    assert main(["figures", str(tmp_path), "--query", "speed>100 km/h", "-f", "csv",
                 "--no-bom"]) == 0
    out, _ = capsys.readouterr()
    rows = out.splitlines()[1:]
    assert len(rows) == 2 and any(",300 km/h," in row for row in rows) and \
        any(",70 miles per hour," in row for row in rows), out
    assert main(["figures", str(tmp_path), "--query", "quantity:500 g..2 km"]) == 0
    assert "are in two dimensions (mass and length)" in capsys.readouterr().err
