"""The open article renders again when what a query marks changes (review15)."""

from __future__ import annotations

import pytest

from hzreader.query import parse_query
from hzreader.ui._render import highlight_key


@pytest.mark.parametrize(("before", "after"), [("us", "us "), ('"us', '"us"')])
def test_a_word_becoming_whole_changes_what_is_marked(before: str, after: str) -> None:
    """`us` marks "users" too, `us ` (and a closed quote) only "us": the key tells them apart,
    so the reading pane does not keep the old marks."""
    assert highlight_key(parse_query(before)) != highlight_key(parse_query(after))


def test_an_excluded_word_marks_nothing_more() -> None:
    """"copper" and "copper -zinc" mark the same spans: no new rendering."""
    assert highlight_key(parse_query("copper")) == highlight_key(parse_query("copper -zinc"))
