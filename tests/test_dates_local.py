"""Date filters read days as the screen shows them: a publication time by its local day, a
date alone as the calendar day it is; the same in memory and in the index."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hzreader.files import load_paths
from hzreader.index import ArticleStore
from hzreader.library import MemoryLibrary, StoreLibrary
from hzreader.query import parse_query

ARTICLES = {
    "evening": "2025-11-18T20:00:00+00:00",  # 2025-11-19 04:00 in Shanghai
    "noon": "2025-11-18T12:00:00+00:00",  # 2025-11-18 20:00 in Shanghai
    "day": "2025-11-19",  # a calendar day, wherever the reader is
}


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if not hasattr(time, "tzset"):
        pytest.skip("time zones cannot be set here")
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    if time.strftime("%z", time.localtime(0)) != "+0800":
        pytest.skip("no time zone database here")
    yield
    monkeypatch.undo()
    time.tzset()


def found(tmp_path: Path, text: str) -> tuple[list[str], list[str]]:
    folder = tmp_path / "articles"
    if not folder.exists():
        folder.mkdir()
        for name, date in ARTICLES.items():
            (folder / f"{name}.yaml").write_text(
                json.dumps({"id": name, "title": name, "date": date, "body": "text"}),
                encoding="utf-8")
    loaded = load_paths([folder])
    store = ArticleStore.open(tmp_path / "index.sqlite3")
    try:
        store.sync([folder], workers=0)
        query = parse_query(text)
        return tuple(sorted(item.id for item in library.search(query).items)  # type: ignore[return-value]
                     for library in (MemoryLibrary(loaded.articles), StoreLibrary(store)))
    finally:
        store.close()


@pytest.mark.parametrize(("text", "expected"), [
    ("date:2025-11-19", ["day", "evening"]),
    ("date:2025-11-18", ["noon"]),
    ("date>=2025-11-19", ["day", "evening"]),
    ("date<2025-11-19", ["noon"]),
    ("date:2025-11", ["day", "evening", "noon"]),
    ("-date:2025-11-18", ["day", "evening"]),
])
def test_a_time_counts_on_its_local_day_a_date_on_itself(
        shanghai: None, tmp_path: Path, text: str, expected: list[str]) -> None:
    assert found(tmp_path, text) == (expected, expected)


def test_in_utc_the_days_are_the_stored_ones(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    if not hasattr(time, "tzset"):
        pytest.skip("time zones cannot be set here")
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        assert found(tmp_path, "date:2025-11-18") == (["evening", "noon"],) * 2
        assert dt.datetime(2025, 11, 18).timestamp() == 1763424000.0
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_command_table_shows_the_local_day_and_exports_keep_utc(
        shanghai: None, tmp_path: Path) -> None:
    import io

    from hzreader.lens import figures_command

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "late.yaml").write_text(json.dumps({
        "id": "late", "title": "Court upholds verdict", "date": "2026-11-30T23:55:00Z",
        "body": "The court upheld a $1.8 billion verdict."}), encoding="utf-8")
    out = io.StringIO()
    assert figures_command([str(folder), "-q", "date:2026-12-01", "-f", "table"], out=out,
                           err=io.StringIO()) == 0
    assert "2026-12-01" in out.getvalue() and "2026-11-30" not in out.getvalue()
    out = io.StringIO()
    assert figures_command([str(folder), "-f", "jsonl"], out=out, err=io.StringIO()) == 0
    assert json.loads(out.getvalue().splitlines()[0])["date"] == "2026-11-30 23:55"

