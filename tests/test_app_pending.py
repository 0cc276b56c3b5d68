"""What the app says while something is on its way (figures being found), and when
nothing could be read."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from hzreader.ui import make_app
from hzreader.ui._render import PartMemo, render_article

from test_app import SIZE, ready, widget_lines


async def test_a_long_article_says_finding_figures_until_they_arrive(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not "0 figures" while a long article's figures are found in a thread (tryout5
    B#10): the pane and the figures panel say they are being found, then the count."""
    from hzreader.ui.widgets import figure_source as source_module

    monkeypatch.setattr(source_module, "IN_THREAD", 2_000)
    paragraphs = [f"Paragraph {i}: revenue rose 5% to $3 billion in 2024." for i in range(80)]
    (tmp_path / "long.yaml").write_text(yaml.safe_dump(
        {"title": "A long one", "body": "\n\n".join(paragraphs)}), encoding="utf-8")
    held: list[tuple[source_module.FigureSource, object, object]] = []

    def hold(self, article, extract):  # type: ignore[no-untyped-def]
        held.append((self, article, extract))  # found later, by the test

    monkeypatch.setattr(source_module.FigureSource, "_find", hold)
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert held
        assert app.reader.border_subtitle == "finding figures…"
        await pilot.press("f")
        await pilot.pause()
        assert app.figures_panel.border_subtitle == "finding…"
        source, article, extract = held[-1]
        memo = PartMemo()
        render_article(article, {}, None, memo.extractor(article, extract))  # type: ignore[arg-type]
        source._arrived(article, memo)  # type: ignore[arg-type]
        await pilot.pause()
        await pilot.pause()
        assert app.reader.border_subtitle == "240 figures"
        assert app.figures_panel.border_subtitle == "240"
        assert app.figures_panel.row_count == 240


async def test_a_folder_of_only_broken_files_says_so_not_run_hzreader(tmp_path: Path) -> None:
    """Every file broken (tryout5 B#11): the list says how many could not be read and that
    `p` shows why, not "Run `hzreader PATH` with a folder", which the user just did."""
    for number in range(3):
        (tmp_path / f"bad{number}.yaml").write_text('title: "broken\nbody: x\n',
                                                   encoding="utf-8")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        text = " ".join(" ".join(widget_lines(app.headlines)).split())
        assert "No article could be read (3 files skipped). Press p to see why." in text
        assert "hzreader PATH" not in text


async def test_a_long_refresh_of_changed_files_is_told_a_quick_one_is_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Many files changed at once (tryout5 B#12): the status line says "reading N changed
    files…" while the refresh runs, and nothing once it is done; a refresh over before
    `TELL_REFRESH_AFTER` never shows (no flicker for one saved file)."""
    import asyncio
    import threading

    from hzreader.ui import _watch

    (tmp_path / "a.yaml").write_text("title: One\nbody: Text.\n", encoding="utf-8")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)

        def status() -> str:
            return str(app.query_one("#status").render())

        app.refresh_began(1)  # a quick one: over before it is told
        app.refresh_ended()
        await pilot.pause()
        assert "reading" not in status()

        monkeypatch.setattr(_watch, "TELL_REFRESH_AFTER", 0.001)
        release = threading.Event()
        monkeypatch.setattr(app, "_sync_changes", lambda changed: release.wait(30))
        changed = {str(tmp_path / f"f{number}.yaml") for number in range(6000)}
        changed.add(str(tmp_path))  # the folder itself is not counted as a file
        refresh = asyncio.get_running_loop().run_in_executor(None, app.refresh_library,
                                                             changed)
        for _ in range(200):
            await pilot.pause()
            if "reading" in status():
                break
        assert "reading 6,000 changed files…" in status()
        release.set()
        await refresh
        await pilot.pause()
        assert "reading" not in status()
        assert "1 article" in status()


def test_a_refresh_counts_files_and_only_names_folders_alone() -> None:
    from hzreader.ui._watch import refresh_note

    assert refresh_note(3000, 1) == "reading 3,000 changed files…"
    assert refresh_note(1) == "reading 1 changed file…"
    assert refresh_note(0, 1) == "reading 1 changed folder…"
