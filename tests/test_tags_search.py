"""Tags are found as the header shows them: `#football`, `#premier` for "premier league"
(tryout19 §20), in the memory index and in the SQLite store alike."""

from __future__ import annotations

import pytest

from hzreader.index._store import ArticleStore
from hzreader.model import Article, hashtag
from hzreader.query import MemoryIndex, parse_query
from hzreader.ui._render import meta_line

MATCH = "title: Match report\nbody: Arsenal beat Chelsea 3-2.\ntags: [premier league, football]\n"
OTHER = "title: Other story\nbody: Nothing about sport. #metoo\ntags: ['#metoo', c++]\n"
QUERIES = {
    "#premier": ["Match report"], "#premier league": ["Match report"],
    "#football": ["Match report"], "#foot": ["Match report"], "football": ["Match report"],
    "tag:premier": ["Match report"], 'tag:"premier league"': ["Match report"],
    '"premier league"': ["Match report"], "#premier_league": ["Match report"],
    "#metoo": ["Other story"], "#c++": ["Other story"], "c++": ["Other story"],
    "#arsenal": [], "#sport": [],  # a `#` word is no tag in the body unless written so
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ArticleStore:
    folder = tmp_path_factory.mktemp("articles")
    (folder / "match.yaml").write_text(MATCH, encoding="utf-8")
    (folder / "other.yaml").write_text(OTHER, encoding="utf-8")
    opened = ArticleStore.open(folder.parent / "index.sqlite3")
    opened.sync([folder])
    return opened


@pytest.mark.parametrize(("raw", "titles"), QUERIES.items())
def test_the_store_finds_a_tag_as_shown(store: ArticleStore, raw: str,
                                        titles: list[str]) -> None:
    found = store.search(parse_query(raw))
    assert sorted(store.get(rowid).title for rowid in found) == titles


@pytest.mark.parametrize(("raw", "titles"), QUERIES.items())
def test_memory_finds_a_tag_as_shown(raw: str, titles: list[str]) -> None:
    articles = [Article(id="1", title="Match report", body="Arsenal beat Chelsea 3-2.",
                        tags=("premier league", "football")),
                Article(id="2", title="Other story", body="Nothing about sport. #metoo",
                        tags=("#metoo", "c++"))]
    assert sorted(a.title for a in MemoryIndex(articles).search(raw)) == titles


def test_the_header_shows_a_tag_of_words_as_one() -> None:
    """`#premier league` read as the tag `#premier` and a word: tags with a space in one
    are set apart by commas."""
    assert hashtag("economy") == "#economy" and hashtag("#metoo") == "#metoo"
    plain = Article(id="x", title="t", body="", tags=("economy", "#metoo"))
    assert meta_line(plain) == "#economy #metoo"
    spaced = Article(id="x", title="t", body="", tags=("football", "premier league"))
    assert meta_line(spaced) == "#football, #premier league"

