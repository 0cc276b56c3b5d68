"""query16: a unit typed as a filter's name (`mo>3`, `km>100`, `%>5`, `bn>1`, `m>100`) is
searched as words, and the note names the filter meant, one that the parser reads and that
finds the figure: a unit of time a duration (spelt out), a measure a quantity (as the
figures table writes its unit), a currency an amount in it, a percent unit a percent, a
scale an amount or a count; `m` is metres, minutes or millions, and the note offers all
three."""

from __future__ import annotations

import re

import pytest

from hzreader.query import FigureTerm, Term, filter_notes, parse_query
from test_figures_round11 import ids

TOLD = "'{name}' is not a filter (money, percent, count, …); "


@pytest.mark.parametrize(("query", "advice"), [
    # units of time: a duration, the unit written out
    ("mo>3", "for a duration write duration>3 months"),
    ("mos>3", "for a duration write duration>3 months"),
    ("y>5", "for a duration write duration>5 years"),
    ("yr>5", "for a duration write duration>5 years"),
    ("h>2", "for a duration write duration>2 hours"),
    ("hr>2", "for a duration write duration>2 hours"),
    ("min>30", "for a duration write duration>30 minutes"),
    ("s<10", "for a duration write duration<10 seconds"),
    ("sec<10", "for a duration write duration<10 seconds"),
    ("d>7", "for a duration write duration>7 days"),
    ("wk>2", "for a duration write duration>2 weeks"),
    ("mo:3", "for a duration write duration:3 months"),
    ("h:2..5", "for a duration write duration:2..5 hours"),
    ("y:5..10", "for a duration write duration:5..10 years"),
    ("years:5..10", "for a duration write duration:5..10 years"),
    # a unit of time that is also a unit of measure: both
    ("w>2", "for a duration or a quantity write duration>2 weeks or quantity>2 W"),
    # m: metres, minutes or millions
    ("m>100", "for metres, minutes or millions write quantity>100 m, duration>100 min or "
              "money>100m"),
    ("M<=5", "for metres, minutes or millions write quantity<=5 m, duration<=5 min or "
             "money<=5m"),
    ("m:1..5", "for metres, minutes or millions write quantity:1..5 m, duration:1..5 min "
               "or money:1..5m"),
    # units of measure: a quantity, the unit as the figures table writes it
    ("km>100", "for a quantity write quantity>100 km"),
    ("km:100", "for a quantity write quantity:100 km"),
    ("kg>5", "for a quantity write quantity>5 kg"),
    ("gw>5", "for a quantity write quantity>5 GW"),
    ("kwh>5", "for a quantity write quantity>5 kWh"),
    ("ghz>3", "for a quantity write quantity>3 GHz"),
    ("kmh>50", "for a quantity write quantity>50 km/h"),
    ("c>30", "for a quantity write quantity>30 °C"),
    ("tonnes>5", "for a quantity write quantity>5 t"),  # as the table shows it (query17)
    # percent units and signs
    ("%>5", "for a percentage write percent>5"),
    ("%:5..8", "for a percentage write percent:5..8"),
    ("pp>1", "for a percentage write percent>1 pp"),
    ("bp<50", "for a percentage write percent<50 bp"),
    # currencies: an amount in that currency
    ("$>5", "for an amount write money>5"),
    ("£>5", "for an amount in GBP write money>5 GBP"),
    ("hkd>1e9", "for an amount in HKD write money>1e9 HKD"),
    ("usd>=5", "for an amount in USD write money>=5 USD"),
    ("yuan>1e9", "for an amount in CNY write money>1e9 yuan"),
    # scales: an amount or a count
    ("bn>1", "for an amount or a count write money>1bn or count>1bn"),
    ("b>1", "for an amount or a count write money>1b or count>1b"),
    ("k>5", "for an amount or a count write money>5k or count>5k"),
    ("mn>5", "for an amount or a count write money>5mn or count>5mn"),
    ("million>5", "for an amount or a count write money>5 million or count>5 million"),
    # Chinese, written against the number as a text writes it
    ("小时>2", "for a duration write duration>2小时"),
    ("年>5", "for a duration write duration>5年"),
    ("公里>100", "for a quantity write quantity>100公里"),
    ("港元>1e9", "for an amount write money>1e9港元"),
    ("人>1000", "for a count of 人 write count>1000人"),
    ("万>5", "for an amount or a count write money>5万 or count>5万"),
])
def test_a_unit_as_a_filters_name_says_the_filter_meant(query: str, advice: str) -> None:
    name = re.split("[:<>=]", query)[0]
    groups = parse_query(query).groups
    assert len(groups) == 1 and isinstance(groups[0][0], Term)  # searched as words
    assert filter_notes(query) == (TOLD.format(name=name) + advice,)
    offered = advice.partition(" write ")[2].replace(" or ", ", ").split(", ")
    for meant in offered:  # each a query that works: one filter, with that kind
        understood = parse_query(meant).groups
        assert len(understood) == 1 and len(understood[0]) == 1, meant
        term = understood[0][0]
        assert isinstance(term, FigureTerm) and term.kind == re.split("[:<>=]", meant)[0]
        assert filter_notes(meant) == (), meant


@pytest.mark.parametrize(("query", "note"), [
    ("y>2015", "did you mean year>2015?"),  # a value that is a year: the year filter
    ("yr>=2000", "did you mean year>=2000?"),
    ("y:2020..2024", "did you mean year:2020..2024?"),
    ("years>2015", "did you mean year>2015?"),
    ("年>=2015", "did you mean year>=2015?"),
    ("seats>400", "for a count of seats write count>400 seats"),  # as before
    ("price>100", "for an amount of money write money>100"),
    ("age>60", "for an age write duration>60 years"),
    ("monye>1e9", "did you mean money>1e9?"),
])
def test_other_names_keep_their_notes(query: str, note: str) -> None:
    name = re.split("[:<>=]", query)[0]
    (told,) = filter_notes(query)
    assert told.startswith(f"'{name}' is not a filter (") and told.endswith(f"); {note}")


@pytest.mark.parametrize("query", ["x>5", "p>5", "covid:19", "ratio:1", "seats:400", "杭州>5",
                                   "km>abc", "%>", "year>5", "money>1e9", "percent>5%"])
def test_no_note_where_nothing_is_meant(query: str) -> None:
    assert not any("is not a filter" in note for note in filter_notes(query))


ARTICLES = [
    {"title": "Works", "body": "The works took 4 months."},
    {"title": "Tower", "body": "The tower is 120 m tall."},
    {"title": "Final", "body": "The final lasted 150 minutes."},
    {"title": "Raise", "body": "The start-up raised $150m from investors."},
    {"title": "Road", "body": "A new 150 km road opened."},
    {"title": "Turnout", "body": "Turnout rose 6% this year."},
    {"title": "Plant", "body": "The plant will make 8 GW of power."},
    {"title": "Deal", "body": "The deal is worth HK$2bn."},
]


@pytest.mark.parametrize(("query", "found"), [
    ("mo>3", [["a0"]]),  # 4 months; 150 minutes is no more than 3 months
    ("m>100", [["a1", "a4"], ["a0", "a2"], ["a3", "a7"]]),  # metres (150 km too); minutes;
    # millions
    ("km>100", [["a4"]]),
    ("%>5", [["a5"]]),
    ("gw>5", [["a6"]]),
    ("hkd>1e9", [["a7"]]),
    ("bn>1", [["a7"], []]),
])
def test_each_filter_offered_finds_its_figures(query: str, found: list[list[str]]) -> None:
    """The filters offered find what they say, in memory and in the index; the query as
    typed finds nothing (no article writes "mo>3")."""
    advice = filter_notes(query)[0].partition(" write ")[2]
    offered = advice.replace(" or ", ", ").split(", ")
    assert [ids(ARTICLES, meant)[0] for meant in offered] == found
    assert [ids(ARTICLES, meant)[1] for meant in offered] == found
    assert ids(ARTICLES, query) == ([], [])


@pytest.mark.parametrize(("query", "same_as"), [
    ("duration>5m", "duration>5 minutes"), ("duration>5 m", "duration>5 minutes"),
    ("duration:1..5m", "duration:1..5 minutes"), ("duration>3mo", "duration>3 months"),
    ("quantity>100m", "quantity>100 metres"),  # a length there, as before
])
def test_m_in_a_duration_is_minutes(query: str, same_as: str) -> None:
    """In a duration filter `m` is minutes ("2h 5m"; months are `mo`), not a million: it
    compared every duration in its own unit with 5,000,000."""
    (term,) = parse_query(query).groups[0]
    (meant,) = parse_query(same_as).groups[0]
    assert isinstance(term, FigureTerm) and isinstance(meant, FigureTerm)
    assert (term.op, term.value, term.measures, term.upper) == \
        (meant.op, meant.value, meant.measures, meant.upper)
    assert filter_notes(query) == ()


def test_minutes_find_their_durations() -> None:
    assert ids(ARTICLES, "duration>100m") == (["a0", "a2"], ["a0", "a2"])
    assert ids(ARTICLES, "duration>5m duration<3h") == (["a2"], ["a2"])
