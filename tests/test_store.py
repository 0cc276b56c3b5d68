"""The SQLite article store: sync, warm reads, search parity, recovery and concurrency."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from hzreader.files._loader import load_paths
from hzreader.index import _body as store_body
from hzreader.index import _cache_dir as cache_dir
from hzreader.index import _plan as store_plan
from hzreader.index import _rows as store_rows
from hzreader.index import _search as store_module
from hzreader.index import _second_pass as second_pass_module
from hzreader.index import _sync as store_sync
from hzreader.index import _sync_workers as sync_workers
from hzreader.index._fts_query import EVERY_TOKEN
from hzreader.index._store import ArticleStore
from hzreader.index._work import ParsedFile
from hzreader.model import article_key
from hzreader.query import MemoryIndex, parse_query

EXTRA_ARTICLES = {
    "china/hangzhou.yaml": """
        title: 杭州是浙江省的省会
        date: 2023-05-01T08:30:00+08:00
        source: 新华社
        body: 杭州是浙江省的省会，历史悠久。投资约三十亿元。
        """,
    "multi.yaml": """
        title: Talent fair draws 12,000 visitors
        date: 2025-09-28
        tags: [talent, Hangzhou]
        summary: The fair signed deals worth $422 million.
        body: |
          Organisers said the fair was the largest yet.
        ---
        title: Budget notes
        date: 2025-09-28
        body: |
          Talent is mentioned only in the body, next to 3 billion yuan.
        ---
        title: Résumé tips from Zoë
        author: Zoë Brontë
        body: Write less. Spending rose 7.5 percent in 2015.
        """,
}


def write_articles(folder: Path, files: dict[str, str]) -> Path:
    """Write `files` (relative name → YAML) under `folder`, making subfolders."""
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every cache inside the test's folder."""
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


@pytest.fixture
def corpus(sample_dir: Path) -> Path:
    """The four sample articles of conftest plus CJK, multi-document and accented ones."""
    return write_articles(sample_dir, EXTRA_ARTICLES)


@pytest.fixture
def store(corpus: Path) -> ArticleStore:
    opened = ArticleStore.open(cache_dir.store_path([corpus]))
    opened.sync([corpus])
    return opened


def titles(store: ArticleStore, query: str, order: str = "relevance") -> list[str]:
    return [store.get(rowid).title for rowid in store.search(parse_query(query), order=order)]


def bump(path: Path, text: str | None = None) -> None:
    """Rewrite (or just touch) a file and move its mtime clearly forward."""
    if text is not None:
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))


def test_cache_lives_under_xdg_cache_home(cache_home: Path, corpus: Path) -> None:
    assert cache_dir.cache_root() == cache_home / "hzreader"
    path = cache_dir.store_path([corpus, corpus / "."])
    assert path.parent == cache_home / "hzreader"
    assert path == cache_dir.store_path([str(corpus)])
    assert path != cache_dir.store_path([corpus / "china"])


def test_sync_reports_and_stores_everything(corpus: Path) -> None:
    store = ArticleStore.open(cache_dir.store_path([corpus]))
    seen: list[tuple[int, int, int]] = []
    report = store.sync([corpus], progress=lambda *args: seen.append(args))
    assert (report.files_seen, report.files_parsed, report.files_removed) == (6, 6, 0)
    assert report.articles == store.count() == 8
    assert seen[-1] == (6, 6, 8)
    assert not any(corpus.rglob("*.sqlite3*"))  # nothing written next to the articles


def test_the_plan_is_given_back_as_the_files_are_written(
        corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cold start's plan (≈ 25 MB at 100,000 files) shrinks as the files are written,
    not at the end of the first pass, when the app's memory peaks."""
    from hzreader.index import _sync

    planned: list[int] = []
    write_file = _sync._Sync.write_file

    def counting(self: _sync._Sync, parsed: ParsedFile) -> None:
        planned.append(len(self.todo))
        write_file(self, parsed)
        assert parsed.file not in self.todo

    monkeypatch.setattr(_sync._Sync, "write_file", counting)
    store = ArticleStore.open(cache_dir.store_path([corpus]))
    assert store.sync([corpus]).files_parsed == 6
    assert planned == [6, 5, 4, 3, 2, 1]


def test_articles_round_trip_exactly(store: ArticleStore, corpus: Path) -> None:
    loaded = {(a.path, a.line): a for a in load_paths([corpus]).articles}
    for head in store.headlines():
        article = store.get(head.rowid)
        assert article == loaded[(article.path, article.line)]
        assert head.date_text == article.date_text
        assert (head.id, head.title, head.source) == (article.id, article.title, article.source)
        assert head.published == article.published
    with pytest.raises(KeyError):
        store.get(10_000)


def test_headlines_are_newest_first_with_undated_last_in_path_order(store: ArticleStore) -> None:
    heads = store.headlines()
    dated = [h.published for h in heads if h.published is not None]
    assert dated == sorted(dated, reverse=True)
    undated = [h for h in heads if h.published is None]
    assert heads[-len(undated):] == undated
    assert [h.title for h in undated] == ["Résumé tips from Zoë", "Undated feature about tea"]
    assert heads[0].date_text == "2025-11-14"
    china = next(h for h in heads if h.source == "新华社")
    assert china.date_text == "2023-05-01 00:30"  # stored as UTC


def test_headlines_come_from_the_snapshot_or_from_sql_alike(store: ArticleStore) -> None:
    from_snapshot = list(store.headlines())
    with sqlite3.connect(store.db_path) as conn:  # as if another process had just committed
        conn.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")
    assert list(store.headlines()) == from_snapshot
    assert store.headlines().rowids == store.date_order()


def test_headlines_sequence(store: ArticleStore) -> None:
    heads = store.headlines()
    assert len(heads) == 8 and heads[-1] == list(heads)[-1] and heads[1:3] == list(heads)[1:3]
    picked = heads.take([heads[5].rowid, 10_000, heads[2].rowid])
    assert [h.rowid for h in picked] == [heads[5].rowid, heads[2].rowid]
    assert heads.position(heads[4].rowid) == 4 and heads.position(10_000) is None


def test_articles_are_found_by_their_state_key(store: ArticleStore) -> None:
    head = store.headlines()[3]
    article = store.get(head.rowid)
    assert head.key == article_key(article)
    assert store.rowids_for_keys([head.key, "nope"]) == {head.key: [head.rowid]}


QUERIES = [
    "", "talent", "TALENT hangzhou", "tal", "alent", "cafe", "café", "zoe", "bronte", "杭州",
    "浙江", "省会", "江省的", "省", "title:talent", "body:talent", "summary:fair",
    "tag:hangzhou", "tags:economy", "source:wire", "author:li", "author:zoe", "-talent",
    "talent -fair", "metro OR tea", "money>1e9", "money>=4.22e8", "kind:percent", "percent<5",
    "18 billion", "3bn", "12,000", "12000", "2015", "5.2", '"retail sales"', '"late goal"',
    "covid-19", "NOT", "tea OR", '"unbalanced', "-kind:money", "year:2015 talent",
    "1,200", "over 1,200", "x", "stations 23",
]


@pytest.mark.parametrize("query", QUERIES)
def test_search_matches_the_memory_index(store: ArticleStore, corpus: Path, query: str) -> None:
    articles = load_paths([corpus]).articles
    expected = {(a.path, a.line) for a in MemoryIndex(articles).search(query)}
    for order in ("relevance", "date"):
        rowids = store.search(parse_query(query), order=order)
        assert len(rowids) == len(set(rowids))
        assert {(store.get(r).path, store.get(r).line) for r in rowids} == expected


@pytest.mark.parametrize("query", ["c++", "AT&T", '"line has"', "a.b", "tal -", "u.s.",
                                   ".net", "c#", "covid-19", "s&p"])
def test_symbol_words_match_alike_in_the_index_and_in_memory(
    store: ArticleStore, corpus: Path, query: str
) -> None:
    articles = load_paths([corpus]).articles
    expected = {(a.path, a.line) for a in MemoryIndex(articles).search(query)}
    found = {(store.get(r).path, store.get(r).line) for r in store.search(parse_query(query))}
    assert expected == found


def test_title_matches_rank_above_body_matches(store: ArticleStore) -> None:
    assert titles(store, "talent") == ["Talent fair draws 12,000 visitors", "Budget notes"]
    assert titles(store, "talent", order="date")[0] == "Talent fair draws 12,000 visitors"
    assert titles(store, "budget OR organisers", order="relevance") == [
        "Budget notes", "Talent fair draws 12,000 visitors"]


def test_broad_queries_come_newest_first_instead_of_ranked(
    store: ArticleStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "RANK_LIMIT", 1)
    assert titles(store, "talent") == ["Talent fair draws 12,000 visitors", "Budget notes"]
    assert titles(store, "budget OR organisers") == [
        "Talent fair draws 12,000 visitors", "Budget notes"]  # same day: path, line order


def test_broad_queries_fetch_the_misses_with_the_same_answer(
    store: ArticleStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = ["t", "e", "the", "-zzz", "-the", "a OR b", '"the"', "title:t", "t e", "-t", "x",
             "zoë", "notes", "-notes", "-budget"]
    monkeypatch.setattr(store_module, "BROAD_MIN_ARTICLES", 10**9)
    expected = {(text, order): store.search(parse_query(text), order=order)
                for text in texts for order in ("relevance", "date")}
    monkeypatch.setattr(store_module, "BROAD_MIN_ARTICLES", 0)
    calls: list[str] = []
    store._conn.set_trace_callback(calls.append)
    for (text, order), answer in expected.items():
        assert store.search(parse_query(text), order=order) == answer, (text, order)
    store._conn.set_trace_callback(None)
    # Both ways were taken: the misses of broad queries (from the words and from their first
    # letters), the rest of the matches of others.
    for table in ("fts", "prefixes"):
        assert any(f"FROM {table} " in call and EVERY_TOKEN in call and "NOT (" in call
                   and "LIMIT" in call for call in calls), table
    assert any("rowid > " in call for call in calls)


SHORT_WORDS = ("t", "ta", "tal", "-t", "hangzhou t", "t -budget", "12", "5", "o OR z", "e x",
               "title:t", "title:fa", "-title:m", "hangzhou title:m")


def matches_memory(store: ArticleStore, corpus: Path) -> None:
    """Short words (and a few others) find what the in-memory search finds."""
    memory = MemoryIndex(load_paths([corpus]).articles)
    for text in SHORT_WORDS:
        assert sorted(titles(store, text)) == sorted(a.title for a in memory.search(text)), text


def test_short_words_are_searched_in_the_words_while_their_first_letters_are_owed(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_sync._Sync, "second_pass", lambda self: 0)  # stopped before it
    store = ArticleStore.open(tmp_path / "owed.sqlite3")
    store.sync([corpus], workers=0)
    assert store._prefixes() is None
    matches_memory(store, corpus)
    # A file changes before its articles got their first letters: its rows leave cleanly.
    bump(corpus / "multi.yaml", (corpus / "multi.yaml").read_text(encoding="utf-8")
         .replace("Talent fair", "Tulip fair"))
    store.sync([corpus], workers=0)
    matches_memory(store, corpus)
    monkeypatch.undo()
    assert store.sync([corpus], workers=0).figures_extracted == 8  # the second pass caught up
    assert store._prefixes() is not None
    matches_memory(store, corpus)
    assert titles(store, "tul") == ["Tulip fair draws 12,000 visitors"]


def test_first_letters_most_articles_have_are_stored_as_their_absence(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_rows, "DENSE_SAMPLE", 4)  # judged on 4 articles
    store = ArticleStore.open(tmp_path / "dense.sqlite3")
    store.sync([corpus], workers=0)
    dense = store._prefixes()
    assert dense is not None and "t" in dense  # in more than half of the 4
    matches_memory(store, corpus)
    bump(corpus / "multi.yaml", (corpus / "multi.yaml").read_text(encoding="utf-8")
         .replace("Talent fair", "Tulip fair"))
    store.sync([corpus], workers=0)  # the old rows leave, the new ones come, same encoding
    assert store._prefixes() == dense
    matches_memory(store, corpus)


def test_date_order_is_headline_order(store: ArticleStore) -> None:
    heads = [h.rowid for h in store.headlines()]
    everything = store.search(parse_query(""), order="date")
    assert everything == heads
    found = store.search(parse_query("the"), order="date")
    assert found == [r for r in heads if r in set(found)]
    assert store.search(parse_query(""), limit=3) == heads[:3]


def test_cjk_substrings_and_accents(store: ArticleStore) -> None:
    assert titles(store, "浙江") == titles(store, "州是") == ["杭州是浙江省的省会"]
    assert titles(store, "浙江杭州") == []
    assert titles(store, "resume") == titles(store, "RÉSUMÉ") == ["Résumé tips from Zoë"]


def test_figure_filters(store: ArticleStore) -> None:
    assert set(titles(store, "money>1e9")) == {
        "Metro line opens in Hangzhou", "Factory output rises 5.2 percent in October",
        "Budget notes", "杭州是浙江省的省会"}  # 投资约三十亿元: about 3 billion yuan
    assert titles(store, "-money>1e9 hangzhou") == ["Talent fair draws 12,000 visitors"]
    assert titles(store, "money:4.22e8") == ["Talent fair draws 12,000 visitors"]
    assert set(titles(store, "3 billion")) == {"Budget notes", "杭州是浙江省的省会"}


def test_date_filters(store: ArticleStore) -> None:
    assert set(titles(store, "date:2025-09")) == {"Talent fair draws 12,000 visitors",
                                                 "Budget notes"}
    assert titles(store, "date:2024-01..2024-12") == ["Metro line opens in Hangzhou"]
    assert titles(store, "date:2025 talent", order="date") == [
        "Talent fair draws 12,000 visitors", "Budget notes"]
    assert "Undated feature about tea" in titles(store, "-date:2020..")
    assert titles(store, "date<2024") == ["杭州是浙江省的省会"]


def test_incremental_sync_parses_only_what_changed(store: ArticleStore, corpus: Path) -> None:
    assert store.sync([corpus]).files_parsed == 0
    bump(corpus / "sports.yaml", """
        title: Local club loses the final
        date: 2025-07-01
        body: The club lost on penalties.
        """)
    report = store.sync([corpus])
    assert (report.files_parsed, report.files_removed, report.articles) == (1, 0, 8)
    assert titles(store, "penalties") == ["Local club loses the final"]
    assert titles(store, "goal") == []
    bump(corpus / "city.yaml")  # touched, same content: its new stamp only
    assert store.sync([corpus]).files_parsed == 0
    assert titles(store, "metro") == ["Metro line opens in Hangzhou"]

    (corpus / "multi.yaml").unlink()
    report = store.sync([corpus])
    assert (report.files_parsed, report.files_removed, report.articles) == (0, 1, 5)
    assert titles(store, "budget") == [] and titles(store, "money:4.22e8") == []

    write_articles(corpus / "new", {"fresh.yaml": "title: Fresh news\nbody: Brand new.\n"})
    report = store.sync([corpus])
    assert (report.files_parsed, report.articles) == (1, 6)
    assert titles(store, "brand") == ["Fresh news"]
    assert store.sync([corpus / "new"]).articles == 1  # the store follows the given paths


def test_problems_are_persisted_and_cleared(store: ArticleStore, corpus: Path) -> None:
    assert store.problems() == []
    broken = corpus / "broken.yaml"
    broken.write_text("title: [unclosed\nbody: x\n", encoding="utf-8")
    store.sync([corpus, corpus / "missing"])
    problems = store.problems()
    assert [(p.path, p.severity) for p in problems] == [
        (str(corpus / "missing"), "error"), (str(broken), "error")]
    assert problems[1].line is not None
    reopened = ArticleStore.open(store.db_path)  # warm start: no parsing, problems still there
    assert [p.path for p in reopened.problems()] == [str(corpus / "missing"), str(broken)]
    bump(broken, "title: Fixed\nbody: ok\n")
    reopened.sync([corpus])
    assert reopened.problems() == []
    assert titles(reopened, "fixed") == ["Fixed"]


def test_a_file_broken_while_read_keeps_its_last_good_articles(
    store: ArticleStore, corpus: Path
) -> None:
    """An editor's half-written save: the reader keeps its place, the problem says so."""
    (file,) = [path for path in corpus.glob("*.yaml") if "Metro line" in path.read_text()]
    before = titles(store, "metro")
    (rowid,) = store.search(parse_query("metro"))
    bump(file, 'title: "Metro line opens\nbody: x\n')  # the quote is never closed
    store.sync([corpus], changed=[str(file)])
    assert titles(store, "metro") == before
    assert store.search(parse_query("metro")) == [rowid]  # the same row: cursor and place
    problems = [p for p in store.problems() if p.path == str(file)]
    assert [p.severity for p in problems] == ["error", "warning"]
    assert "last good version (1 article)" in problems[1].message
    from hzreader.library import StoreLibrary, files_with_errors_summary

    assert files_with_errors_summary(StoreLibrary(store)) == \
        "1 file kept at its last good version"  # not "partly read": it is an old version
    store.sync([corpus])  # a full sync later: the file is unchanged since, nothing moves
    assert store.search(parse_query("metro")) == [rowid]
    bump(file, "title: Metro line reopens\nbody: Trains run again.\n")
    store.sync([corpus], changed=[str(file)])
    assert titles(store, "trains") == ["Metro line reopens"]
    assert titles(store, "opens") == [] and store.problems() == []


def test_a_file_emptied_keeps_its_last_articles_until_it_is_deleted(
    store: ArticleStore, corpus: Path
) -> None:
    """An editor that truncates before it writes; deleting the file removes its articles."""
    (file,) = [path for path in corpus.glob("*.yaml") if "Metro line" in path.read_text()]
    bump(file, "# only a comment now\n")
    store.sync([corpus], changed=[str(file)])
    assert titles(store, "metro") == ["Metro line opens in Hangzhou"]
    file.unlink()
    store.sync([corpus], changed=[str(file)])
    assert titles(store, "metro") == []


def test_a_broken_new_file_has_nothing_to_keep(store: ArticleStore, corpus: Path) -> None:
    broken = corpus / "new.yaml"
    broken.write_text('title: "never closed\nbody: x\n', encoding="utf-8")
    store.sync([corpus])
    assert [p.severity for p in store.problems() if p.path == str(broken)] == ["error"]


def test_an_article_with_more_figures_than_the_index_keeps_says_so(
    store: ArticleStore, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """65,536 figures fill an article's ids: a warning, not a silent cut (tryout5 #6)."""
    real = second_pass_module.second_pass

    def filled(rows: Any, *args: Any, **kwargs: Any) -> Any:  # the last id taken
        done, figures, prefixes = real(rows, *args, **kwargs)
        if figures:
            last = figures[-1]
            figures.append(((last[0] >> 16 << 16) + 0xFFFF, *last[1:]))
        return done, figures, prefixes

    monkeypatch.setattr(second_pass_module, "second_pass", filled)
    monkeypatch.setattr(store_rows, "figures_version", lambda: "changed")
    store.sync([corpus])
    notes = [p for p in store.problems() if "key figures of this article" in p.message]
    assert notes and all(p.severity == "warning" and p.line for p in notes)
    assert "65,536" in notes[0].message
    monkeypatch.setattr(store_rows, "figures_version", lambda: "changed again")
    store.sync([corpus])  # found again: not said twice
    assert len([p for p in store.problems() if "key figures of" in p.message]) == len(notes)


def test_a_stale_schema_is_rebuilt(store: ArticleStore, corpus: Path) -> None:
    path = store.db_path
    store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    reopened = ArticleStore.open(path)
    assert reopened.count() == 0
    assert reopened.sync([corpus]).files_parsed == 6
    assert reopened.count() == 8


def test_another_app_version_is_rebuilt(store: ArticleStore, corpus: Path) -> None:
    with sqlite3.connect(store.db_path) as conn:
        conn.execute("UPDATE meta SET value = 'old' WHERE key = 'fingerprint'")
    store.close()
    assert ArticleStore.open(store.db_path).count() == 0


def test_another_chinese_table_is_rebuilt(store: ArticleStore,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The index holds text folded to simplified Chinese: a changed table rebuilds it."""
    import hzreader._hanzi

    store.close()
    monkeypatch.setattr(hzreader._hanzi, "SIMPLIFIED", "x" + hzreader._hanzi.SIMPLIFIED[1:])
    assert ArticleStore.open(store.db_path).count() == 0


def test_a_corrupt_file_is_replaced(store: ArticleStore, corpus: Path) -> None:
    path = store.db_path
    store.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 500)
    reopened = ArticleStore.open(path)
    assert reopened.count() == 0
    assert reopened.sync([corpus]).articles == 8
    assert titles(reopened, "杭州") == ["杭州是浙江省的省会"]


def test_corruption_found_during_sync_triggers_a_rebuild(
    store: ArticleStore, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    real = store_sync.run_sync

    def flaky(*args: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(store_sync, "run_sync", flaky)
    report = store.sync([corpus])
    assert report.files_parsed == 6 and store.count() == 8


def test_figures_are_redone_when_the_extractor_changes(
    store: ArticleStore, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert store.sync([corpus]).figures_extracted == 0
    monkeypatch.setattr(store_rows, "figures_version", lambda: "changed")
    report = store.sync([corpus])
    assert (report.files_parsed, report.figures_extracted) == (0, 8)
    assert titles(store, "money:4.22e8") == ["Talent fair draws 12,000 visitors"]


def test_is_current_knows_the_figures_version_without_the_extractor(
    store: ArticleStore, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.sync([corpus])
    assert store.is_current([corpus])

    def no_extractor() -> str:
        raise AssertionError("the extractor was run")

    monkeypatch.setattr(store_rows, "figures_version", no_extractor)
    assert store.is_current([corpus])  # the code that stored the figures is this code
    monkeypatch.setattr(store_rows, "code_key", lambda: "other code")
    monkeypatch.setattr(store_rows, "figures_version", lambda: "changed")
    assert not store.is_current([corpus])  # other code: its extractor says


def test_is_current_runs_the_extractor_when_older_code_wrote_in_between(
    store: ArticleStore, corpus: Path
) -> None:
    store.sync([corpus])
    conn = sqlite3.connect(store.db_path)
    with conn:  # as an hzreader without the code key does after its own check
        conn.execute("UPDATE meta SET value = 'older extractor' WHERE key = 'figures'")
    conn.close()
    assert not store.is_current([corpus])
    store.sync([corpus])
    assert store.is_current([corpus])


def test_worker_processes_give_the_same_result(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_sync, "POOL_MIN_BYTES", 0)
    monkeypatch.setattr(second_pass_module, "POOL_MIN_FIGURES", 0)
    monkeypatch.setattr(store_sync, "FIRST_COMMIT_ARTICLES", 0)  # one file here, rest pooled
    monkeypatch.setattr(store_body, "MIN_TRAINING_BYTES", 10)  # a dictionary even for these
    pooled = ArticleStore.open(tmp_path / "pooled.sqlite3")
    seen: list[int] = []
    report = pooled.sync([corpus], workers=2, progress=lambda d, t, n: seen.append(n))
    assert report.articles == 8 and report.figures_extracted == 8
    assert 0 < seen[1] < 8  # the file parsed here was committed before the workers' files
    alone = ArticleStore.open(tmp_path / "alone.sqlite3")
    alone.sync([corpus], workers=0)
    assert [h[1:] for h in pooled.headlines()] == [h[1:] for h in alone.headlines()]
    assert titles(pooled, "money>1e9", order="date") == [
        "Factory output rises 5.2 percent in October", "Budget notes",
        "Metro line opens in Hangzhou", "杭州是浙江省的省会"]
    assert titles(pooled, "浙江") == ["杭州是浙江省的省会"]
    # The workers packed bodies with the dictionary made from the first file's articles.
    conn = sqlite3.connect(tmp_path / "pooled.sqlite3")
    (dictionary,) = conn.execute("SELECT data FROM dictionary").fetchone()
    packed = [store_body.needs_dictionary(b) for (b,) in conn.execute("SELECT body FROM bodies")]
    conn.close()
    assert store_body.dictionary_id(dictionary) in packed
    by_rowid = {h.rowid: h for h in alone.headlines()}
    assert {a.id: a for a in pooled.get_many([h.rowid for h in pooled.headlines()]).values()} \
        == {a.id: a for a in alone.get_many(list(by_rowid)).values()}
    # A file changed: its old rows (packed with the dictionary) leave the index.
    hangzhou = corpus / "china" / "hangzhou.yaml"
    hangzhou.write_text(hangzhou.read_text(encoding="utf-8").replace("历史", "文化"),
                        encoding="utf-8")
    pooled.sync([corpus], workers=0)
    assert titles(pooled, "历史") == [] and titles(pooled, "文化") == ["杭州是浙江省的省会"]


def test_a_pooled_sync_writes_the_first_letters_with_the_text(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_sync, "POOL_MIN_BYTES", 0)
    monkeypatch.setattr(store_sync, "FIRST_COMMIT_ARTICLES", 0)  # one file here, rest pooled
    monkeypatch.setattr(sync_workers, "POOL_DENSE_SAMPLE", 1)  # dense prefixes from that file
    monkeypatch.setattr(sync_workers, "FIRST_PASS_PREFIXES", True)
    monkeypatch.setattr(store_sync._Sync, "second_pass", lambda self: 0)  # stopped before it
    store = ArticleStore.open(tmp_path / "pooled.sqlite3")
    store.sync([corpus], workers=2)
    dense = store._prefixes()
    assert dense  # every first letter written (none owed), some of them as absences
    matches_memory(store, corpus)
    conn = sqlite3.connect(tmp_path / "pooled.sqlite3")
    assert conn.execute("SELECT count(*) FROM figures_pending").fetchone() == (8,)
    conn.close()


def test_first_letters_left_to_the_second_pass_come_before_the_figures(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_sync, "POOL_MIN_BYTES", 0)
    monkeypatch.setattr(second_pass_module, "POOL_MIN_FIGURES", 0)
    monkeypatch.setattr(store_sync, "FIRST_COMMIT_ARTICLES", 0)
    monkeypatch.setattr(sync_workers, "FIRST_PASS_PREFIXES", False)
    passes: list[tuple[bool, int, int]] = []
    second_pass_of = store_sync._Sync.second_pass_of

    def spy(self: store_sync._Sync, figures: bool) -> None:
        owed = [self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("figures_pending", "prefixes_pending")]
        second_pass_of(self, figures)
        left = [self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("figures_pending", "prefixes_pending")]
        passes.append((figures, owed[0] - left[0], owed[1] - left[1]))

    monkeypatch.setattr(store_sync._Sync, "second_pass_of", spy)
    store = ArticleStore.open(tmp_path / "later.sqlite3")
    assert store.sync([corpus], workers=2).figures_extracted == 8
    # Figures done, first letters written: the first file's, parsed here, had theirs at once.
    assert passes == [(False, 0, 7), (True, 8, 0)]
    assert store._prefixes() is not None
    matches_memory(store, corpus)


CHILD = """
import sys
from hzreader.index._store import ArticleStore
from hzreader.index._work import ParsedFile
store = ArticleStore.open(sys.argv[1])
report = store.sync([sys.argv[2]], workers=0)
print(report.articles, store.count())
"""


def test_two_processes_syncing_at_once(corpus: Path, tmp_path: Path) -> None:
    for index in range(40):
        write_articles(corpus / "bulk", {f"b{index}.yaml": f"title: Bulk {index}\nbody: x\n"})
    db = tmp_path / "shared.sqlite3"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    children = [subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(corpus)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env=env) for _ in range(2)]
    outputs = [child.communicate(timeout=60) for child in children]
    assert [child.returncode for child in children] == [0, 0], outputs
    assert [out.split() for out, _ in outputs] == [["48", "48"], ["48", "48"]]
    store = ArticleStore.open(db)
    assert store.count() == 48
    assert len({h.id for h in store.headlines()}) == 48


def test_two_threads_syncing_at_once(corpus: Path, tmp_path: Path) -> None:
    import threading

    db = tmp_path / "threads.sqlite3"
    reports: list[object] = []
    errors: list[Exception] = []

    def run() -> None:
        try:
            reports.append(ArticleStore.open(db).sync([corpus], workers=0))
        except Exception as error:  # reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == [] and len(reports) == 2
    assert sorted(r.files_parsed for r in reports) == [0, 6]  # type: ignore[attr-defined]
    assert ArticleStore.open(db).count() == 8


def test_readers_see_each_commit_while_a_sync_runs(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_sync, "COMMIT_ARTICLES", 1)
    db = tmp_path / "progress.sqlite3"
    reader = ArticleStore.open(db)
    seen: list[tuple[int, int]] = []
    ArticleStore.open(db).sync(
        [corpus], progress=lambda done, total, articles: seen.append((articles, reader.count())))
    assert len(seen) > 3
    assert all(visible == articles for articles, visible in seen)
    assert [articles for articles, _ in seen] == sorted(articles for articles, _ in seen)


def test_duplicate_ids_are_renamed_with_a_warning_like_in_memory(tmp_path: Path) -> None:
    folder = tmp_path / "dups"
    folder.mkdir()
    (folder / "a.yaml").write_text("id: same\ntitle: First\nbody: x\n", encoding="utf-8")
    (folder / "b.yaml").write_text("id: same\ntitle: Second\nbody: y\n", encoding="utf-8")
    store = ArticleStore.open(tmp_path / "dups.sqlite3")
    store.sync([folder], workers=0)
    memory = load_paths([folder])
    assert sorted(h.id for h in store.headlines()) == sorted(a.id for a in memory.articles) == [
        "same", "same~2"]
    assert [p.message for p in store.problems()] == [p.message for p in memory.problems]
    store.sync([folder], workers=0)  # nothing changed: the warning is not repeated
    assert len(store.problems()) == 1
    (folder / "b.yaml").write_text("id: same\ntitle: Second, edited\nbody: y\n",
                                   encoding="utf-8")
    os.utime(folder / "b.yaml", ns=(1, 1))
    store.sync([folder], workers=0)
    assert sorted(h.id for h in store.headlines()) == ["same", "same~2"]
    assert len(store.problems()) == 1


def test_files_with_errors_are_told_apart_skipped_or_partly_read(tmp_path: Path) -> None:
    from hzreader.library import MemoryLibrary, files_with_errors_summary
    from hzreader.library._indexed import StoreLibrary

    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.yaml").write_text("title: Good\nbody: x\n", encoding="utf-8")
    (folder / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    (folder / "half.yaml").write_text("title: One\nbody: x\n---\ntitle: Two\n---\n"
                                      "title: Three\nbody: z\n", encoding="utf-8")
    memory = load_paths([folder])
    in_memory = MemoryLibrary(memory.articles, memory.problems)
    store = ArticleStore.open(tmp_path / "mixed.sqlite3")
    store.sync([folder], workers=0)
    indexed = StoreLibrary(store)
    expected = "1 file skipped, 1 file partly read"
    assert files_with_errors_summary(in_memory) == files_with_errors_summary(indexed) == expected
    (folder / "half.yaml").write_text("title: One\n", encoding="utf-8")  # now nothing loads
    store.sync([folder], workers=0)  # ... so the index keeps its last good articles
    assert files_with_errors_summary(indexed.refreshed()) == \
        "1 file skipped, 1 file kept at its last good version"
    (folder / "good.yaml").write_text("title: [broken\n", encoding="utf-8")
    (folder / "new.yaml").write_text("title: [never good\n", encoding="utf-8")
    store.sync([folder], workers=0)
    assert files_with_errors_summary(indexed.refreshed()) == \
        "2 files skipped, 2 files kept at their last good version"


def test_a_store_library_is_a_snapshot_that_a_sync_does_not_change(tmp_path: Path) -> None:
    """Threads hand over snapshots: a sync never changes the library a search is reading."""
    from hzreader.library import StoreLibrary

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.yaml").write_text("title: Alpha\nbody: First.\n", encoding="utf-8")
    store = ArticleStore.open(tmp_path / "snap.sqlite3")
    store.sync([folder], workers=0)
    before = StoreLibrary(store)
    items, problems = before.items, before.problems
    (folder / "b.yaml").write_text("title: Beta\nbody: Second.\n", encoding="utf-8")
    (folder / "c.yaml").write_text("title: [broken\n", encoding="utf-8")
    store.sync([folder], workers=0)
    assert before.items is items and len(items) == 1 and before.problems == problems == []
    after = before.refreshed()
    assert after is not before and len(after.items) == 2 and len(after.problems) == 1


def test_a_new_index_uses_big_pages(tmp_path: Path) -> None:
    from hzreader.index._db import PAGE_SIZE

    store = ArticleStore.open(tmp_path / "pages.sqlite3")
    conn = sqlite3.connect(tmp_path / "pages.sqlite3")
    assert conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE
    conn.close()
    store.close()


def test_workers_run_nicer_than_the_app() -> None:
    from hzreader.index._pool import WORKER_NICENESS, spawn_pool

    if not hasattr(os, "nice"):
        pytest.skip("no process priorities here")
    pool = spawn_pool(1)
    try:
        wanted = min(19, os.nice(0) + WORKER_NICENESS)  # 19: the lowest priority there is
        assert pool.submit(os.nice, 0).result(timeout=60) >= wanted
    finally:
        pool.shutdown()


def test_commits_grow_with_the_index() -> None:
    """Big syncs commit less often: each commit flushes the text index."""
    threshold = store_sync.commit_threshold
    assert threshold(0, 0) == store_sync.FIRST_COMMIT_ARTICLES
    assert threshold(1, 100) == store_sync.COMMIT_ARTICLES
    assert threshold(5, 40_000) == 10_000
    assert threshold(9, 1_000_000) == store_sync.MAX_COMMIT_ARTICLES


def test_progress_moves_between_commits(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The counts move after every batch, ahead of (never behind) what readers can see."""
    # Commit the first article, then nothing until the end.
    monkeypatch.setattr(store_sync, "commit_threshold", lambda commits, articles: 1 + 99 * (
        articles > 1))
    monkeypatch.setattr(store_plan, "_BATCH_BYTES", 1)  # one file per batch
    db = tmp_path / "cadence.sqlite3"
    reader = ArticleStore.open(db)
    seen: list[tuple[int, int]] = []
    finished: list[tuple[int, int]] = []

    def progress(done: int, total: int, articles: int) -> None:
        seen.append((articles, reader.count()))
        if done == total:
            finished.append(seen[-1])

    ArticleStore.open(db).sync([corpus], workers=0, progress=progress)
    assert all(visible <= articles for articles, visible in seen)
    assert any(visible < articles for articles, visible in seen)
    # "Every file done" only comes once it is all committed (the app says "all searchable").
    assert finished and all(visible == articles for articles, visible in finished)
    assert seen[-1] == (8, 8)


def test_a_file_that_cannot_be_stat_is_read_again_next_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stamp is the stat taken before reading, never one taken after a failed read."""
    from hzreader.index import _work as store_work
    monkeypatch.setattr(store_work, "stamp_of", lambda file: pytest.fail("stat after read"))
    (tmp_path / "a.yaml").write_text("title: T\nbody: B\n", encoding="utf-8")
    [gone] = store_work.parse_batch([(str(tmp_path / "gone.yaml"), str(tmp_path))])
    assert gone.stamp == (-1, -1) and gone.gone and not gone.problems and not gone.articles
    [parsed] = store_work.parse_batch([(str(tmp_path / "a.yaml"), str(tmp_path))])
    info = os.stat(tmp_path / "a.yaml")
    assert parsed.stamp == (info.st_size, info.st_mtime_ns) and len(parsed.articles) == 1


def test_other_cleaning_rules_are_rebuilt(store: ArticleStore,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The index holds cleaned text: a changed rule (the zero-width space between two
    letters became a space) rebuilds it rather than keep "Zerowidth" from before."""
    import hzreader.text

    store.close()
    class Changed(hzreader.text._Cleaning):
        word_break = re.compile("(?!)")  # type: ignore[assignment]

    monkeypatch.setattr(hzreader.text, "_cleaning", Changed)
    assert ArticleStore.open(store.db_path).count() == 0
