"""query17: a currency's sign typed apart after a money filter is its currency with no wrong
note; a quantity filter takes every unit the figures table shows (`in`, `ft`, `°F`, `mph`)
and converts within a dimension where the factor is exact (`quantity>=1000 g` finds
"1.5kg"); a Chinese count filter's noun is compared as the figures store theirs (名员工 →
员工, 人口 → 人), and a measure word alone (`count>100 家`) gets a note."""

from __future__ import annotations

import pytest

from hzreader.query import FigureTerm, Term, filter_notes, parse_query
from test_figures_round11 import ids

MONEY = [
    {"title": "Phone", "body": "It costs €899 in Europe."},
    {"title": "Roast", "body": "A Sunday roast now costs £120."},
    {"title": "Launch", "body": "It sells for $799 in America and ¥6,499 in China."},
]


@pytest.mark.parametrize(("query", "found"), [
    ("money>100 €", ["a0"]), ("money>100 £", ["a1"]), ("money>100 EUR", ["a0"]),
    ("money>100 ¥", ["a0", "a1", "a2"]),  # several currencies write ¥: every one compares
])
def test_a_currency_sign_after_a_money_filter_is_its_currency_and_no_note(
        query: str, found: list[str]) -> None:
    assert ids(MONEY, query) == (found, found)
    notes = filter_notes(query)
    assert not any("is ignored" in note or "searched as a word" in note for note in notes)


@pytest.mark.parametrize(("query", "note"), [
    ("money>100 ¥", "'¥' names no one currency: every currency compares (for one: "
                    "money>100 CNY or JPY)"),
    ("money>100 $", "'$' names no one currency: every currency compares (for one: "
                    "money>100 USD)"),
])
def test_a_sign_of_several_currencies_says_every_currency_compares(query: str, note: str) -> None:
    assert filter_notes(query) == (note,)


def test_a_sign_alone_elsewhere_is_still_told_it_is_ignored() -> None:
    assert filter_notes("€") == ("'€' is ignored: a symbol alone is not searched (write it "
                                 "with a word or number: £5, c++)",)
    assert len(filter_notes("c++ €")) == 1
    assert filter_notes("money>100 元") == (  # 元 is searched as a word, as before
        "元 is searched as a word: many currencies write it (for the yuan: money>100 CNY or "
        "人民币)",)


MEASURES = [
    {"title": "Rain", "body": "Up to 2.1 inches of rain fell; 120mm in the hills."},  # a0
    {"title": "Cake", "body": "Add 1.5kg of flour and 300 g of sugar."},  # a1
    {"title": "Heat", "body": "It reached 100°F in Phoenix."},  # a2
    {"title": "Hot", "body": "Madrid saw 33°C on Monday."},  # a3
    {"title": "Storm", "body": "Gusts of 70 mph hit the coast."},  # a4
    {"title": "Wind", "body": "Winds reached 140 km/h overnight."},  # a5
    {"title": "Road", "body": "A 3 km road and a 12 inches pipe."},  # a6
    {"title": "Milk", "body": "Drink 500 ml of water and 2 litres of juice."},  # a7
    {"title": "Fish", "body": "He landed a 5 lb trout."},  # a8
]


@pytest.mark.parametrize(("query", "found"), [
    # every unit the table shows, typed after the number (apart or joined)
    ("quantity>2 in", ["a0", "a6"]),  # 2.1 in, 120mm (4.7 in), 12 in; 3 km is a length too
    ("quantity>2in", ["a0", "a6"]),
    ("quantity>=5 lb", ["a8"]),  # 1.5 kg is 3.3 lb
    ("quantity>1 lb", ["a1", "a8"]),
    ("quantity>92 °F", ["a2"]), ("quantity>91 °F", ["a2", "a3"]),  # 33 °C is 91.4 °F
    ("quantity>91 °f", ["a2", "a3"]),
    ("quantity>60 mph", ["a4", "a5"]),  # 140 km/h is 87 mph
    # converted within a dimension, exactly
    ("quantity>=1000 g", ["a1", "a8"]),  # 5 lb is 2,268 g
    ("quantity:1.5 kg", ["a1"]), ("quantity:1500 g", ["a1"]),
    ("quantity<1 kg", ["a1"]), ("quantity>1 km", ["a6"]), ("quantity>100 m", ["a6"]),
    ("quantity>=1 l", ["a7"]), ("quantity>1000 ml", ["a7"]), ("quantity<1 l", ["a7"]),
    ("quantity>30 °C", ["a2", "a3"]), ("quantity>35 C", ["a2"]),
    ("quantity:1..2 kg", ["a1"]),
])
def test_a_quantity_filter_takes_the_tables_units_and_converts(
        query: str, found: list[str]) -> None:
    assert ids(MEASURES, query) == (found, found)
    assert not any("own unit" in note for note in filter_notes(query))


def test_in_is_a_unit_only_right_after_a_quantity_filters_number() -> None:
    (term,) = parse_query("quantity>2 in").groups[0]
    assert isinstance(term, FigureTerm) and term.measures[0].unit == "in"
    group = parse_query("quantity>2 in rain").groups[0]
    assert [type(t) for t in group] == [FigureTerm, Term] and group[1].text == "rain"
    assert [t.text for t in parse_query("count>2 in parliament").groups[0][1:]] == ["in",
                                                                                 "parliament"]
    assert [t.text for t in parse_query("rain in 2024").groups[0]
            if isinstance(t, Term)] == ["rain", "in"]
    (k,) = parse_query("quantity>3 k").groups[0]  # a thousand, not kelvin
    assert isinstance(k, FigureTerm) and k.value == 3000 and not k.measures


def test_units_with_no_exact_factor_are_not_converted() -> None:
    (term,) = parse_query("quantity>2 gal").groups[0]
    assert isinstance(term, FigureTerm) and [m.unit for m in term.measures] == ["gal"]
    (mass,) = parse_query("quantity>=1000 g").groups[0]
    assert isinstance(mass, FigureTerm)
    assert {m.unit: m.value for m in mass.measures}["kg"] == 1.0  # not 0.9999999999999999


ZH = [
    {"title": "银行", "body": "该行营业网点262家，员工1.2万名。"},  # a0
    {"title": "人口", "body": "台湾人口2,340萬人口。"},  # a1
    {"title": "工厂", "body": "公司有800名员工。"},  # a2
    {"title": "家庭", "body": "全市3万个家庭受益。"},  # a3
]


@pytest.mark.parametrize(("query", "found"), [
    ("count>1e4 名员工", ["a0"]), ("count>1e4 员工", ["a0"]), ("count>500 名员工", ["a0", "a2"]),
    ("count>500 位员工", ["a0", "a2"]),
    ("count>1e7 人口", ["a1"]),  # stored as a count of 人
    ("count>1e4 家庭", ["a3"]),  # 家 is part of the noun here
    ("count>100 网点", ["a0"]),
    # store17: a measure word alone finds the counts written with it, of any noun
    ("count>100 家", ["a0"]), ("count>500 名", ["a0", "a2"]), ("count>1e4 个", ["a3"]),
    ("count>1e4 家", []),
])
def test_a_chinese_count_filters_noun_as_the_figures_store_it(
        query: str, found: list[str]) -> None:
    assert ids(ZH, query) == (found, found)


def test_a_measure_word_alone_is_told_to_name_the_noun() -> None:
    # store17: `count>100 家` now finds the counts written with 家 (was: found nothing)
    assert filter_notes("count>100 家") == (
        "'家' is a measure word: counts of any noun written with it (for one noun: "
        "count>100 企业)",)
    assert "count:100..300 企业" in filter_notes("count:100..300 家")[0]
    assert filter_notes("count>100 网点") == ()


PLACES = [
    {"title": "Race", "body": "Piastri finished third in Baku."},
    {"title": "Cup", "body": "They came 3rd in the league."},
    {"title": "Rumour", "body": "A thirdhand report, for the 23rd time."},
]


@pytest.mark.parametrize(("query", "found"), [
    ("3rd", ["a0", "a1"]), ("third", ["a0", "a1", "a2"]),  # a word: "thirdhand" as before
    ('"3rd"', ["a1"]), ('"third"', ["a0"]),  # quoted: as written
    ("-3rd", ["a2"]), ("title:3rd", []),
])
def test_an_ordinal_in_digits_also_finds_it_in_words(query: str, found: list[str]) -> None:
    assert ids(PLACES, query) == (found, found)


def test_an_ordinal_twin_is_highlighted() -> None:
    from hzreader.query import match_spans

    text = "Piastri finished third, then 3rd, then 23rd."
    spans = match_spans(text, parse_query("3rd").highlight_terms)
    assert [text[start:end] for start, end in spans] == ["third", "3rd"]


@pytest.mark.parametrize(("query", "found", "note"), [
    ("--rust", ["a0"], "--rust is read as -rust: one minus leaves a word out"),
    ("--c++", ["a1"], "--c++ is read as -c++: one minus leaves a word out"),
    ("---rust", ["a0"], "---rust is read as -rust: one minus leaves a word out"),
])
def test_two_minus_signs_leave_the_word_out_with_a_note(
        query: str, found: list[str], note: str) -> None:
    entries = [{"title": "C++ 26", "body": "The C++ committee met."},
               {"title": "Rust", "body": "Rust news."}]
    assert ids(entries, query) == (found, found)
    assert filter_notes(query) == (note,)
