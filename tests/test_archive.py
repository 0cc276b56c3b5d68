"""Big multi-document archives: read as a stream, cut into parts, indexed like any file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hzreader.files import LoadResult, load_file, load_paths, plan_parts
from hzreader.files import _stream as stream
from hzreader.index import _sync as store_sync
from hzreader.index import _work as store_work
from hzreader.index._store import ArticleStore


def archive_text(count: int, broken: set[int] = frozenset(), own_ids: set[int] = frozenset()
                 ) -> str:
    """`count` documents, each starting with `---`; some broken, some with their own id."""
    documents = []
    for number in range(count):
        lines = [f"title: Article {number}", f"date: 2024-01-{number % 28 + 1:02d}",
                 "body: |", f"  Body of article {number}.", "", "  Second paragraph."]
        if number in own_ids:
            lines.insert(0, f"id: own-{number}")
        if number in broken:
            lines.append("bad: [unclosed")
        documents.append("---\n" + "\n".join(lines) + "\n")
    return "".join(documents)


def rows(result: LoadResult) -> tuple[list[tuple[str, str, int, str]], list[str]]:
    articles = sorted((a.id, Path(a.path).name, a.line, a.title) for a in result.articles)
    return articles, sorted(f"{Path(p.path).name}:{p.line}:{p.message}" for p in result.problems)


def store_rows(store: ArticleStore) -> tuple[list[tuple[str, str, int, str]], list[str]]:
    articles = []
    for heading in store.headlines():
        article = store.get(heading.rowid)
        articles.append((article.id, Path(article.path).name, article.line, article.title))
    problems = sorted(f"{Path(p.path).name}:{p.line}:{p.message}" for p in store.problems())
    return sorted(articles), problems


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cut any file of 2 KB or more into parts of about 1 KB (in this process)."""
    monkeypatch.setattr(store_work, "SPLIT_MIN_BYTES", 2048)
    monkeypatch.setattr(store_work, "PART_BYTES", 1024)


# --- reading -------------------------------------------------------------------------------


def test_parts_cover_the_file_and_start_at_documents(tmp_path: Path) -> None:
    path = tmp_path / "archive.yaml"
    text = archive_text(60)
    path.write_text(text, encoding="utf-8")
    parts = plan_parts(str(path), 1024)
    assert len(parts) > 3 and [p.index for p in parts] == list(range(len(parts)))
    assert parts[0].start == 0 and parts[-1].end == len(text.encode())
    for before, after in zip(parts, parts[1:], strict=False):
        assert before.end == after.start
        assert text[after.start:].startswith("---\n")
        assert after.line_offset == text[: after.start].count("\n")


def test_loading_the_parts_gives_what_loading_the_file_gives(tmp_path: Path) -> None:
    path = tmp_path / "archive.yaml"
    path.write_text(archive_text(60, broken={7, 33}, own_ids={0, 40}), encoding="utf-8")
    whole = load_file(path)
    joined = LoadResult()
    offset = 0
    for part in plan_parts(str(path), 1024):
        piece = load_file(path, None, part)
        ids = {position: number for position, number in piece.numbered}
        for position, article in enumerate(piece.articles):
            if position in ids:  # what the index does with `numbered`
                article = article.__class__(**{
                    **{f: getattr(article, f) for f in article.__slots__},
                    "id": f"archive#{offset + ids[position]}"})
            joined.articles.append(article)
        joined.problems.extend(piece.problems)
        offset += piece.mappings
    assert rows(joined) == rows(whole)
    assert [p.line for p in whole.problems] == [p.line for p in joined.problems]


def test_a_part_of_a_changed_file_reads_nothing(tmp_path: Path) -> None:
    path = tmp_path / "archive.yaml"
    path.write_text(archive_text(20), encoding="utf-8")
    part = plan_parts(str(path), 512)[1]
    with path.open("a", encoding="utf-8") as more:
        more.write(archive_text(1))
    result = load_file(path, None, part)
    assert result.stale and not result.articles
    [parsed] = store_work.parse_batch([(str(path), str(tmp_path), part)])
    assert parsed.stamp == (-1, -1)  # read again by the next sync


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "title: t\nbody: b\n", "---\n", "--- \n", "---x\n", "\n", "# c\n", "...\n", "x: [\n",
    "- title: l\n  body: m\n", "---\ttitle: u\nbody: v\n", "\r\n", "body: |\n  ---\n"]),
    max_size=30), st.integers(1, 8))
def test_the_stream_cuts_where_the_text_splitter_cuts(pieces: list[str], block: int) -> None:
    from hzreader.files._loader import split_documents

    text = "".join(pieces)
    data = text.encode()
    chunks = iter([data[i:i + block] for i in range(0, len(data), block)])
    documents = list(stream.split_stream(lambda size: next(chunks, b"")))
    assert b"".join(d.data for d in documents) == data
    kept = [(d.line_offset, d.data.decode()) for d in documents]
    expected = split_documents(text)
    assert [item for item in kept if item in expected] == expected


# --- indexing ------------------------------------------------------------------------------


@pytest.mark.parametrize("workers", [0, 2])
def test_an_archive_in_parts_is_indexed_like_the_loader_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_parts: None, workers: int,
) -> None:
    monkeypatch.setattr(store_sync, "POOL_MIN_BYTES", 0)  # parts go to the workers
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "archive.yaml").write_text(
        archive_text(80, broken={5, 61}, own_ids={0, 44}), encoding="utf-8")
    (folder / "single.yaml").write_text(archive_text(1), encoding="utf-8")
    with ArticleStore.open(tmp_path / "index.sqlite3") as store:
        report = store.sync([folder], workers=workers)
        assert report.articles == 79 and report.files_parsed == 2
        assert store_rows(store) == rows(load_paths([folder]))
        assert store.sync([folder], workers=workers).files_parsed == 0


def test_a_split_file_with_one_article_takes_the_plain_id(
    tmp_path: Path, small_parts: None,
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    padding = "---\n# nothing here\n" * 200
    (folder / "lonely.yaml").write_text(padding + "---\ntitle: Alone\nbody: b\n" + padding)
    (folder / "void.yaml").write_text(padding)
    with ArticleStore.open(tmp_path / "index.sqlite3") as store:
        store.sync([folder], workers=0)
        assert store_rows(store) == rows(load_paths([folder]))
        [article] = store_rows(store)[0]
        assert article[0] == "lonely"


def test_headlines_come_while_an_archive_is_indexed(
    tmp_path: Path, small_parts: None, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(store_sync, "COMMIT_ARTICLES", 50)  # commits while the file goes on
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "archive.yaml").write_text(archive_text(400), encoding="utf-8")
    db = tmp_path / "index.sqlite3"
    reader = ArticleStore.open(db)
    seen: list[int] = []
    ArticleStore.open(db).sync([folder], workers=0,
                               progress=lambda done, total, articles: seen.append(reader.count()))
    assert any(0 < visible < 400 for visible in seen)
    assert reader.count() == 400


def test_a_big_archive_is_not_refused(tmp_path: Path) -> None:
    """Over 8 MiB in all, every document small: it loads (it was refused before)."""
    path = tmp_path / "big.yaml"
    document = archive_text(1).replace("Second paragraph.", "x" * 4000)
    with path.open("w", encoding="utf-8") as out:
        for _ in range(9 * 1024 * 1024 // len(document) + 1):
            out.write(document)
    assert os.path.getsize(path) > 9 * 1024 * 1024
    result = load_file(path)
    assert result.problems == [] and len(result.articles) > 2000
    assert result.articles[-1].id == f"big#{len(result.articles)}"
