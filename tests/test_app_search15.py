"""search15 end to end: typed in the app, the list and the reading pane's marks: a closed
word finds its hyphenated spelling (and not where the hyphen makes another word), a short
word with a space after it is whole, and `rights` is not "right"."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_app import search_and_open

ARTICLES = {
    "a": ("Inbox", "Send us an e-mail; emails pile up."),
    "b": ("Contract", "He will re-sign; she will resign."),
    "c": ("Kyiv", "Ukraine's users; the UK economy."),
    "d": ("Vote", "Human rights groups; the right time."),
}


@pytest.mark.parametrize(("query", "titles", "marked"), [
    ("email", ["Inbox"], ["e-mail", "emails"]),
    ("resign", ["Contract"], ["resign"]),
    ("uk economy", ["Kyiv"], ["UK", "economy"]),
    ("us email", ["Inbox"], ["us", "e-mail", "emails"]),
    ("rights", ["Vote"], ["rights"]),
])
async def test_one_search_of_each_kind(tmp_path: Path, query: str, titles: list[str],
                                       marked: list[str]) -> None:
    for name, (title, body) in ARTICLES.items():
        (tmp_path / f"{name}.yaml").write_text(f'title: "{title}"\nbody: "{body}"\n',
                                               encoding="utf-8")
    listed, matches, _ = await search_and_open(tmp_path, query)
    assert (listed, matches) == (titles, marked)
