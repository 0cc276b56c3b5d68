"""Query parsing, matching and highlight spans."""

from __future__ import annotations

from hzreader.model import Article
from hzreader.query import MemoryIndex, match_spans, merge_spans, parse_query
from hzreader.text import fold


def article(title: str, body: str = "", **fields: object) -> Article:
    return Article(id=title, title=title, body=body, **fields)  # type: ignore[arg-type]


ARTICLES = [
    article("Hangzhou talent policy", "The city draws talent from around the world.",
            tags=("policy",), source="Daily"),
    article("Café culture grows", "Coffee shops open in Shanghai.", author="Zhang Wei"),
    article("Rail link opens", "The high-speed line cuts the trip to 45 minutes."),
    article("杭州是浙江省的省会", "杭州是浙江省的省会，历史悠久。"),
]
INDEX = MemoryIndex(ARTICLES)


def titles(query: str) -> list[str]:
    return [a.title for a in INDEX.search(query)]


def test_empty_query_returns_everything_in_order() -> None:
    assert titles("") == [a.title for a in ARTICLES]
    assert titles("   ") == [a.title for a in ARTICLES]


def test_words_are_case_insensitive_and_all_must_match() -> None:
    assert titles("HANGZHOU") == ["Hangzhou talent policy"]
    assert titles("city world") == ["Hangzhou talent policy"]
    assert titles("city shanghai") == []


def test_words_match_at_word_starts_so_prefixes_work_while_typing() -> None:
    assert titles("tal") == ["Hangzhou talent policy"]
    assert titles("alent") == []  # not in the middle of a word


def test_every_field_is_searched() -> None:
    assert titles("policy") == ["Hangzhou talent policy"]  # title and tag
    assert titles("daily") == ["Hangzhou talent policy"]  # source
    assert titles("zhang") == ["Café culture grows"]  # author
    assert titles("minutes") == ["Rail link opens"]  # body


def test_accents_are_folded_both_ways() -> None:
    assert fold("Café") == "cafe"
    assert titles("cafe") == ["Café culture grows"]
    assert titles("café") == ["Café culture grows"]


def test_cjk_matches_any_substring() -> None:
    assert titles("浙江") == ["杭州是浙江省的省会"]
    assert titles("省会") == ["杭州是浙江省的省会"]


def test_phrase_exclusion_or_and_fields() -> None:
    assert titles('"talent from around"') == ["Hangzhou talent policy"]
    assert titles('"around talent"') == []
    assert titles('"opens" -rail') == []  # quoted: exactly "opens"
    assert titles("opens -rail") == ["Café culture grows"]  # "shops open": an inflection
    assert titles("opens -coffee") == ["Rail link opens"]
    assert titles("shanghai OR minutes") == ["Café culture grows", "Rail link opens"]
    assert titles("title:city") == []
    assert titles("city") == ["Hangzhou talent policy"]
    assert titles("tag:policy") == ["Hangzhou talent policy"]


def test_odd_input_is_searched_not_an_error() -> None:
    for raw in ['"unbalanced', "c++", "AT&T", "covid-19", "NOT", "-", '""', "a:b:c", "(", "\\"]:
        parse_query(raw)
        INDEX.search(raw)
    assert parse_query('"unbalanced quote').groups[0][0].phrase
    assert parse_query("http://example.com").groups[0][0].field is None


def test_match_spans_extend_to_word_end_and_map_accents() -> None:
    text = "Talent and talents in Café Talento"
    spans = match_spans(text, parse_query("tal").highlight_terms)
    assert [text[s:e] for s, e in spans] == ["Talent", "talents", "Talento"]
    spans = match_spans(text, parse_query("cafe").highlight_terms)
    assert [text[s:e] for s, e in spans] == ["Café"]


def test_negated_terms_are_not_highlighted() -> None:
    assert parse_query("city -world").highlight_terms == parse_query("city").highlight_terms


def test_merge_spans() -> None:
    assert merge_spans([(5, 8), (0, 2), (1, 3), (8, 9)]) == [(0, 3), (5, 9)]


def test_date_filters_in_memory() -> None:
    import datetime as dt

    old = article("Old story", published=dt.datetime(2020, 5, 1))
    new = article("New story", published=dt.datetime(2025, 6, 30))
    undated = article("Undated story")
    index = MemoryIndex([new, old, undated])

    def found(query: str) -> list[str]:
        return [a.title for a in index.search(query)]

    assert found("date:2025") == ["New story"]
    assert found("date:2025-06") == ["New story"]
    assert found("date:2019..2020") == ["Old story"]
    assert found("date>=2021 story") == ["New story"]
    assert found("-date:2025") == ["Old story", "Undated story"]
