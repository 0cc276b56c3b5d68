"""A figure typed with a Chinese unit is also its characters as written, and a clock time
typed is that time however written (tryout14 §2.6); in memory and in the index alike."""

from __future__ import annotations

import pytest

from hzreader.query import FigureTerm, match_spans, parse_query
from test_figures_round11 import ids

ARTICLES = [
    {"title": "赛事", "body": "本场比赛历时2小时11分钟，现场观众约1.2万人。"},
    {"title": "加班", "body": "工人每天加班12小时。"},
    {"title": "演练", "body": "演练持续了2小时。"},
    {"title": "Fault", "body": "The fault began at 08:45 and ended at 9:30."},
    {"title": "Ferry", "body": "The ferry leaves at 8.45am every day."},
    {"title": "Evening", "body": "The match kicks off at 20:45."},
    {"title": "Late", "body": "The last train is at 8:45pm."},
]


@pytest.mark.parametrize(("text", "expected"), [
    ("2小时", ["a0", "a2"]),  # the words as written too, never "12小时"
    ("8:45", ["a3", "a4"]),  # 08:45 and 8.45am, not 20:45 nor 8:45pm
    ("20:45", ["a5", "a6"]),
    ("2 hours", ["a2"]),  # English keeps its rule: one duration of 131 minutes is not 2 h
])
def test_found_in_memory_and_in_the_index_alike(text: str, expected: list[str]) -> None:
    assert ids(ARTICLES, text) == (expected, expected)


def test_a_chinese_unit_is_searched_as_words_and_a_spelled_english_one_is_not() -> None:
    chinese, english = parse_query("2小时").groups[0][0], parse_query("2 hours").groups[0][0]
    assert isinstance(chinese, FigureTerm) and chinese.chinese_unit and chinese.searches_words
    assert isinstance(english, FigureTerm) and not english.searches_words


def test_the_highlights_are_the_figures_and_the_words_found() -> None:
    text = "本场比赛历时2小时11分钟，上次演练2小时，工人加班12小时。"
    spans = match_spans(text, parse_query("2小时").highlight_terms)
    assert [text[s:e] for s, e in spans] == ["2小时", "2小时"]
    text = "It began at 08:45, not 8:45pm; the ferry at 8.45am."
    spans = match_spans(text, parse_query("8:45").highlight_terms)
    assert [text[s:e] for s, e in spans] == ["08:45", "8.45am"]
