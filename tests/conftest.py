"""Shared fixtures: small article collections written to temporary folders."""

from __future__ import annotations

import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

SAMPLE_ARTICLES = {
    "economy.yaml": """
        title: Factory output rises 5.2 percent in October
        date: 2025-11-14
        source: Wire
        author: Li Wei
        tags: [economy, industry]
        body: |
          Industrial output grew 5.2 percent year-on-year in October, the statistics bureau said.

          Retail sales rose 3 percent to 4.5 trillion yuan.
        """,
    "city.yaml": """
        title: Metro line opens in Hangzhou
        date: 2024-03-02
        source: City Desk
        tags: [transport]
        body: |
          The new line has 23 stations and cost 18 billion yuan.

          Café owners near the stations welcome the riders.
        """,
    "undated.yml": """
        title: Undated feature about tea
        body: |
          Longjing tea has been grown near West Lake for over 1,200 years.
        """,
    "sports.yaml": """
        title: Local club wins the cup
        date: 2025-06-30
        source: Sport
        body: A late goal gave the club its first title in 12 years.
        """,
}


def write_articles(folder: Path, files: dict[str, str] = SAMPLE_ARTICLES) -> Path:
    """Write `files` (name → YAML) into `folder` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory: pytest.TempPathFactory,
                 monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own state, cache, data and config folders: the user's are never
    touched (no test sees the user's article library or subscriptions)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home


@pytest.fixture(autouse=True)
def no_timed_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """An article resting in the preview is not marked read after some seconds: no test
    depends on how fast the machine is. Tests of that rule set the delay themselves."""
    monkeypatch.setattr("hzreader.ui._marking.READ_AFTER", None)


@pytest.fixture
def sample_dir(tmp_path: Path) -> Path:
    """A folder with four small articles, three dated and one undated."""
    return write_articles(tmp_path / "articles")


def seed_article() -> Path:
    """The bundled collection's seed article (the project's origin), as a file to open alone."""
    from hzreader.files._bundled import bundled_articles

    return bundled_articles() / "hangzhou-talent-policy.yaml"


@pytest.fixture
def bundled_dir() -> Path:
    """The bundled collection shipped with the package."""
    from hzreader.files._bundled import bundled_articles

    return bundled_articles()


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler],
            release: threading.Event | None = None) -> Iterator[str]:
    """A local HTTP server answering with `handler` in a thread, for the feed tests (they
    never touch the network): its base address, `http://127.0.0.1:PORT`. `release` is set
    when the test is over, before the server stops: a handler that holds an answer back
    waits on it."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        if release is not None:
            release.set()
        httpd.shutdown()
        httpd.server_close()
