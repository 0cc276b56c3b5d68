"""`hzreader figures --format csv` from the index (`lens._stream`): the same bytes as the
general writer's CSV of the table, on a generated collection of awkward articles, in one
process or several; and a closed pipe or a failing reader stops it cleanly."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from hzreader.index import ArticleStore, store_path
from hzreader.lens import build_table, write
from hzreader.library import StoreLibrary
from hzreader.query import parse_query

#: Pieces of sentences: figures of every kind, and text a CSV cell must survive.
FIGURES = ["$3.5 billion", "1,200 workers", "4.2 billion yuan", "12 percent", "3 km",
           "€2 million", "HK$7 billion", "7 percentage points", "2019", "15 tons",
           "35 °C", "5 years", "a 1.5 trillion yuan fund", "300 million dollars",
           "3 亿元", "45%", "17 near-unicorn enterprises", "June 30, 2025"]
WORDS = ["Hangzhou", "said", "the", "report", "café", "杭州", "with", "and", "naïve",
         'a "quoted" word', "commas, here", "=SUM(A1)", "-3 points", "+7", "@home", "  two  ",
         "tab\tin", "\u00a0nbsp", "\u3000wide", "zero\u200bwidth", "ctl\x1b[31m", "line\u2028sep",
         "＝full", "ok"]


def _sentence(rng: random.Random, long: bool = False) -> str:
    words = rng.choices(WORDS, k=rng.randint(3, 60 if long else 12))
    words.insert(rng.randrange(len(words) + 1), rng.choice(FIGURES))
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words) + 1), rng.choice(FIGURES))
    start = rng.choice(["", "", "", "=", "-", " ", "@"])
    return start + " ".join(words) + rng.choice([".", ".", "!", "?", "。"])


def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (escapes for control characters)."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(ch if ch.isprintable() or ch == " " else f"\\u{ord(ch):04x}"
                      for ch in escaped)
    return f'"{escaped}"'


def generated_collection(folder: Path, articles: int, seed: int = 7) -> Path:
    """`articles` random articles, some several to a file, some with summaries and times."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    number = 0
    while number < articles:
        documents = []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            number += 1
            paragraphs = ["\n".join(" ".join(_sentence(rng, rng.random() < 0.1)
                                             for _ in range(rng.randint(1, 4)))
                                    for _ in range(rng.randint(1, 2)))
                          for _ in range(rng.randint(1, 6))]
            fields = {"id": f"g{number}" if rng.random() < 0.8 else f"=g{number}, odd",
                      "title": _sentence(rng), "body": "\n\n".join(paragraphs),
                      "source": rng.choice(["Xinhua", "Daily, \"News\"", "=Feed", "杭州日报"]),
                      "url": f"https://example.com/{number}?a=1,2"}
            if rng.random() < 0.8:
                day = f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                fields["date"] = day + (f" {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
                                        if rng.random() < 0.5 else "")
            if rng.random() < 0.4:
                fields["summary"] = _sentence(rng)
            documents.append("\n".join(f"{key}: {_yaml(value)}"
                                       for key, value in fields.items()))
        (folder / f"{number:04d}.yaml").write_text("\n---\n".join(documents) + "\n",
                                                   encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A generated collection of 400 articles and its synced index."""
    root = tmp_path_factory.mktemp("generated")
    folder = generated_collection(root / "articles", 400)
    db = root / "index.sqlite3"
    with ArticleStore.open(db) as store:
        store.sync([str(folder)], workers=0)
    return folder, db


@pytest.mark.parametrize("processes", [1, 2, 3])
@pytest.mark.parametrize(("query", "kind"), [("", None), ("money>1e6", None),
                                             ("hangzhou percent>5", None), ("", "money"),
                                             ("kind:count", None)])
def test_streamed_csv_is_the_general_writers(collection: tuple[Path, Path], query: str,
                                             kind: str | None, processes: int) -> None:
    from hzreader.lens._stream import write_index_csv

    _, db = collection
    with ArticleStore.open(db) as store:
        library = StoreLibrary(store)
        parsed = parse_query(query)
        items = library.search(parsed, None, "date").items
        table = build_table(library, items, parsed)
        rows = [r for r in table.base if kind is None or table.kind(r) == kind]
        assert len(rows) > 20  # the query finds something to compare
        expected = io.StringIO()
        write("csv", table, rows, library.articles_of, expected)
        got = io.StringIO()
        rowids = [item.rowid for item in items]
        done = write_index_csv(store, rowids, len(rowids) == len(library.items),
                               parsed.figure_terms, got, kind=kind, processes=processes,
                               ready=lambda: True)
        assert got.getvalue() == expected.getvalue()
        assert done == (len(rows), len({table.position(r) for r in rows}))


@pytest.mark.parametrize("helpers_fail", [False, True])
@pytest.mark.parametrize("processes", [2, 3])
def test_batches_taken_from_the_last_helper_come_out_in_order(
        collection: tuple[Path, Path], processes: int, helpers_fail: bool,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Small batches, so that the first process takes some of the last helper's; when the
    helpers fail, the first process writes their runs (less what it took) itself."""
    from hzreader.lens import _stream
    from hzreader.lens._stream import write_index_csv

    monkeypatch.setattr(_stream, "BATCH", 3)
    parent = os.getpid()
    write_rows = _stream.write_rows

    def failing(*args: Any) -> tuple[int, int]:
        if helpers_fail and os.getpid() != parent:
            raise RuntimeError("a helper fails")
        done: tuple[int, int] = write_rows(*args)
        return done

    taken_from_end: list[int] = []  # (in this process's memory: the first process's)
    take = _stream._Batches.take

    def recorded(self: Any, from_end: bool = False) -> int | None:
        batch: int | None = take(self, from_end)
        if from_end and batch is not None:
            taken_from_end.append(batch)
        return batch

    monkeypatch.setattr(_stream._Batches, "take", recorded)

    monkeypatch.setattr(_stream, "write_rows", failing)
    _, db = collection
    with ArticleStore.open(db) as store:
        library = StoreLibrary(store)
        parsed = parse_query("money>1e6")
        items = library.search(parsed, None, "date").items
        table = build_table(library, items, parsed)
        expected = io.StringIO()
        write("csv", table, table.base, library.articles_of, expected)
        got = io.StringIO()
        rowids = [item.rowid for item in items]
        done = write_index_csv(store, rowids, False, parsed.figure_terms, got,
                               processes=processes, ready=lambda: True)
    assert got.getvalue() == expected.getvalue()
    assert done == (len(table.base), len({table.position(r) for r in table.base}))
    if helpers_fail:  # the last helper took one batch and failed: the rest were taken
        assert len(taken_from_end) >= 10


def test_the_generated_collection_is_awkward(collection: tuple[Path, Path]) -> None:
    """The comparison above means something: the CSV holds what a writer can get wrong."""
    from hzreader.lens._stream import write_index_csv

    _, db = collection
    with ArticleStore.open(db) as store:
        library = StoreLibrary(store)
        out = io.StringIO()
        rowids = [item.rowid for item in library.search(parse_query(""), None, "date").items]
        write_index_csv(store, rowids, True, [], out)
    text = out.getvalue()
    for needle in (",'=", ",'-", ',"', '""', "杭州", "café", "…", ",summary,", ",title,"):
        assert needle in text, needle
    assert "\x1b" not in text and "\u2028" not in text and "\u00a0" not in text


def test_a_failing_reader_stops_the_helpers(collection: tuple[Path, Path],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from hzreader.lens import _stream
    from hzreader.lens._stream import write_index_csv

    forked: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        pid = real_fork()
        if pid:
            forked.append(pid)
        return pid

    monkeypatch.setattr(_stream.os, "fork", fork)

    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            if len(self.getvalue()) > 1000:
                raise BrokenPipeError
            return super().write(text)

    _, db = collection
    with ArticleStore.open(db) as store:
        rowids = [item.rowid for item in
                  StoreLibrary(store).search(parse_query(""), None, "date").items]
        with pytest.raises(BrokenPipeError):
            write_index_csv(store, rowids, True, [], Closed(), processes=3)
        assert write_index_csv(store, rowids, True, [], io.StringIO(), processes=3,
                               ready=lambda: False) is None
    assert len(forked) == 4
    for pid in forked:  # every helper was stopped and waited for
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def test_the_command_into_head_exits_cleanly(collection: tuple[Path, Path]) -> None:
    folder, db = collection
    place = store_path([str(folder)])
    place.parent.mkdir(parents=True, exist_ok=True)
    place.write_bytes(db.read_bytes())  # the index the command finds for the folder
    whole = subprocess.run([sys.executable, "-m", "hzreader", "figures", str(folder), "--format",
                            "csv"], capture_output=True, text=True, timeout=120, check=True)
    assert whole.stderr.strip().endswith("from the index")
    command = f"{sys.executable} -m hzreader figures {folder} --format csv | head -n 3"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True,
                          text=True, env=os.environ, timeout=120, check=False)
    assert len(done.stdout.splitlines()) == 3 and done.stdout.startswith("\ufeffarticle_id,")
    assert "Traceback" not in done.stderr and "Error" not in done.stderr


def test_a_runs_cells_are_made_once_for_all_its_batches(collection: tuple[Path, Path],
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """A helper writes its run batch by batch: the value cells of its figures are made
    once, not once a batch (that was 2.5 s of CPU at 100k)."""
    from hzreader.lens import _stream_rows

    made: list[int] = []
    value_cells = _stream_rows.value_cells

    def counted(values: list[float | None]) -> list[str]:
        made.append(len(values))
        cells: list[str] = value_cells(values)
        return cells

    monkeypatch.setattr(_stream_rows, "value_cells", counted)
    _, db = collection
    with ArticleStore.open(db) as store:
        rowids = [item.rowid for item in
                  StoreLibrary(store).search(parse_query(""), None, "date").items]
        figures = _stream_rows.Figures(store, rowids, [])
        whole, parts = io.StringIO(), io.StringIO()
        _stream_rows.write_rows(store, figures, rowids, whole.write)
        for at in range(0, len(rowids), 50):
            _stream_rows.write_rows(store, figures, rowids[at : at + 50], parts.write)
    assert parts.getvalue() == whole.getvalue()
    assert made == [len(figures.field)] * 2  # the values and the high ends, once each
