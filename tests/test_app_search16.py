"""search16 end to end: `years>5` is searched as words with the note that says the
duration filter meant (as `days>3`), not the year filter; `5.875厘` marks the rate written
in 厘; a quoted `"us"` is the word whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.ui import make_app
from test_app_flow import status_text

from test_app import ready, search_and_open, type_query

ARTICLES = {
    "a": ("Bridge", "The bridge opened in 1906 after seven years of work."),
    "b": ("按揭", "最優惠利率維持5.875厘，板厚5.875厘米。"),
    "c": ("Tariffs", "The US raised tariffs."),
    "d": ("Users", "Users used the usual app."),
}


def _write(root: Path) -> None:
    for name, (title, body) in ARTICLES.items():
        (root / f"{name}.yaml").write_text(f'title: "{title}"\nbody: "{body}"\n',
                                           encoding="utf-8")


@pytest.mark.parametrize(("query", "name"), [("years>5", "years"), ("days>3", "days")])
async def test_a_unit_of_time_says_the_duration_filter(tmp_path: Path, query: str,
                                                       name: str) -> None:
    _write(tmp_path)
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=(160, 30)) as pilot:
        await ready(pilot)
        await type_query(pilot, query)
        assert [item.title for item in app.headlines.items] == []  # not "Bridge" (1906)
        value = query.partition(">")[2]
        assert f"'{name}' is not a filter" in status_text(app)
        assert f"write duration>{value} {name}" in status_text(app)


@pytest.mark.parametrize(("query", "titles", "marked"), [
    ("5.875厘", ["按揭"], ["5.875厘"]),
    ('"us"', ["Tariffs"], ["US"]),
])
async def test_a_rate_in_li_and_a_quoted_word(tmp_path: Path, query: str, titles: list[str],
                                              marked: list[str]) -> None:
    _write(tmp_path)
    listed, matches, _ = await search_and_open(tmp_path, query)
    assert (listed, matches) == (titles, marked)
