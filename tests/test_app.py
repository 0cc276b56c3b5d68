"""Driving the app with Textual's Pilot: launch, move, search, open, help, quit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from textual.pilot import Pilot

from hzreader.ui._app import HzReaderApp, make_app
from hzreader.ui.screens.help import HelpScreen
from hzreader.ui.screens.problems import ProblemsScreen
from hzreader.ui.widgets.headlines import HeadlineList
from hzreader.ui.widgets.reader import ArticleView
from hzreader.ui.widgets.search_input import SearchInput
from hzreader.ui.widgets.textline import StatusLine

from conftest import seed_article

SIZE = (120, 40)


async def ready(pilot: Pilot[int]) -> HzReaderApp:
    """Wait until the articles are loaded and the list shows them."""
    app = pilot.app
    assert isinstance(app, HzReaderApp)
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    return app


def widget_lines(widget: HeadlineList | ArticleView) -> list[str]:
    """The text of every visible line of a line-API widget."""
    return ["".join(s.text for s in widget.render_line(y)) for y in range(widget.size.height)]


def reader_text(app: HzReaderApp) -> str:
    """Everything the reading pane holds, as plain text."""
    rendered = app.reader.rendered
    return rendered.text.plain if rendered else ""


def messages(app: HzReaderApp) -> list[str]:
    """The notifications shown so far."""
    return [str(note.message) for note in app._notifications]


async def type_query(pilot: Pilot[int], text: str) -> None:
    """Set the search field's value as if typed, then let the search run."""
    app = pilot.app
    assert isinstance(app, HzReaderApp)
    await pilot.press("slash")
    app.search_bar.input.value = text
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def search_and_open(folder: Path, query: str) -> tuple[list[str], list[str], str]:
    """Search the articles of `folder` for `query` in the app and open the first result: the
    titles listed, the text of each match marked in it, and the reading pane's corner."""
    app = make_app([folder], watch_interval=0)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        await type_query(pilot, query)
        titles = [item.title for item in app.headlines.items]
        await pilot.press("enter", "enter")
        rendered = app.reader.rendered
        assert rendered is not None
        plain = rendered.text.plain
        return titles, [plain[s:e] for s, e in rendered.matches], str(app.reader.border_subtitle)


async def test_launch_shows_the_bundled_sample_collection() -> None:
    """With no path, a new user gets about a dozen samples, newest first, the seed among them."""
    bundled = sorted(seed_article().parent.glob("*.yaml"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        items = app.headlines.items
        assert len(items) == len(bundled) >= 10
        assert app.headlines.border_subtitle == f"1/{len(items)}"
        assert app.focused is app.headlines
        days = [a.date_text[:10] for a in items if a.published is not None]
        assert days == sorted(days, reverse=True) and len(days) == len(items) - 1
        assert app.reader.article.id == items[0].id
        assert items[-1].title.startswith("Tech hub Hangzhou eyes high-level")  # undated: last
        await pilot.press("G")
        await pilot.pause()
        assert "With a history of over 5,000 years" in reader_text(app)
        kinds = {p.figure.text: p.figure.kind for p in app.reader.rendered.figures}
        for figure in ("over 5,000 years", "10 districts", "3 billion yuan", "$422 million",
                       "2,368 projects", "Sept 28"):
            assert figure in kinds


async def test_list_is_newest_first_and_reader_follows_cursor(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        titles = [a.title for a in app.headlines.items]
        assert titles == [
            "Factory output rises 5.2 percent in October", "Local club wins the cup",
            "Metro line opens in Hangzhou", "Undated feature about tea",
        ]
        assert app.reader.article.id == app.headlines.items[0].id
        await pilot.press("j")
        assert app.headlines.border_subtitle == "2/4"
        assert app.reader.article.title == "Local club wins the cup"
        await pilot.press("G")
        assert app.reader.article.title == "Undated feature about tea"
        await pilot.press("k", "g")
        assert app.headlines.cursor == 0
        await pilot.press("end", "home", "down")
        assert app.headlines.cursor == 1
        await pilot.press("pagedown")
        assert app.headlines.cursor == 3
        lines = widget_lines(app.headlines)
        assert "2025-11-14" in lines[0]


async def test_enter_opens_reader_and_escape_or_h_goes_back(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        assert app.focused is app.reader
        await pilot.press("escape")
        assert app.focused is app.headlines
        await pilot.press("l")
        assert app.focused is app.reader
        await pilot.press("h")
        assert app.focused is app.headlines
        await type_query(pilot, "club")
        await pilot.press("enter", "h")  # h in the list never clears the search
        assert app.search_bar.value == "club"
        await pilot.press("tab")
        assert app.focused is app.reader
        await pilot.press("shift+tab")
        assert app.focused is app.headlines


async def test_search_filters_highlights_and_counts(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, SearchInput)
        await pilot.press("y", "u", "a", "n")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert sorted(a.title for a in app.headlines.items) == [
            "Factory output rises 5.2 percent in October", "Metro line opens in Hangzhou",
        ]
        assert "2 of 4 articles match" in app.query_one("#status", StatusLine).text
        assert [reader_text(app)[s:e] for s, e in app.reader.rendered.matches] == ["yuan"]
        await pilot.press("enter")
        assert app.focused is app.headlines
        await pilot.press("escape")  # clears the query from the list
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.search_bar.value == ""
        assert len(app.headlines.items) == 4


async def test_escape_leaves_search_then_clears_it(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "tea")
        await pilot.press("escape")
        assert app.focused is app.headlines
        assert app.search_bar.value == "tea"
        await pilot.press("escape")
        assert app.search_bar.value == ""


async def test_empty_result_says_so(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "zebra")
        assert len(app.headlines.items) == 0
        assert any("No articles match 'zebra'" in line for line in widget_lines(app.headlines))
        assert app.reader.article is None
        assert "No articles match" in "".join(widget_lines(app.reader))


async def test_n_steps_through_matches_and_on_to_next_article(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "output")
        await pilot.press("enter", "enter")
        assert app.focused is app.reader
        matches = app.reader.rendered.matches
        assert len(matches) == 2 and app.reader.current_match == 0
        assert app.reader.border_subtitle == "match 1/2"
        await pilot.press("n")
        assert app.reader.border_subtitle == "match 2/2"
        await pilot.press("N")
        assert app.reader.current_match == 0


async def test_n_steps_through_the_inflections_of_a_word(tmp_path: Path) -> None:
    """query14: `lily` marks and steps to "Lilies" and "lily's" as matches."""
    (tmp_path / "a.yaml").write_text(
        'title: "Lilies of the valley"\nbody: "Not a lilt.\\n\\nA lily\'s scent."\n',
        encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "lily")
        assert len(app.headlines.items) == 1
        await pilot.press("enter", "enter")
        plain = app.reader.rendered.text.plain
        assert [plain[s:e] for s, e in app.reader.rendered.matches] == ["Lilies", "lily"]
        assert app.reader.border_subtitle == "match 1/2"
        await pilot.press("n")
        assert app.reader.border_subtitle == "match 2/2"


async def test_help_lists_keys_and_closes(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_quit_returns_zero(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("q")
    assert app.return_value == 0


async def test_bad_files_are_counted_and_listed(tmp_path: Path, sample_dir: Path) -> None:
    (sample_dir / "broken.yaml").write_text("title: [unclosed\nbody: x\n", encoding="utf-8")
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert len(app.headlines.items) == 4
        assert "1 file skipped" in str(app.query_one("#status").render())
        await pilot.press("p")
        assert isinstance(app.screen, ProblemsScreen)
        text = str(app.screen.query_one("#problems-text").render())
        assert "broken.yaml:" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, ProblemsScreen)


async def test_the_skipped_files_pop_up_only_where_they_hide_no_reading_text(
        sample_dir: Path) -> None:
    """At 80x24 the toast would cover the last lines of the article for seconds: there the
    status line, which says it anyway, is the only message."""
    (sample_dir / "broken.yaml").write_text("title: [unclosed\nbody: x\n", encoding="utf-8")
    for size, toasts in (((80, 24), 0), ((99, 40), 0), ((120, 29), 0), (SIZE, 1)):
        app = make_app([sample_dir])
        async with app.run_test(size=size) as pilot:
            await ready(pilot)
            status = str(app.query_one("#status").render())
            assert status.endswith("1 file skipped (p to see)"), size
            messages = [n.message for n in app._notifications]
            assert messages == ["1 file skipped: press p to see why."] * toasts, size


async def test_hostile_text_is_shown_as_data(tmp_path: Path) -> None:
    (tmp_path / "evil.yaml").write_text(
        'title: "[@click=app.quit]Click[/] \\e[31mred\\e]0;pwned\\a"\n'
        'body: "[link=http://evil]x[/link] \\e]52;c;SGVsbG8=\\a done"\n', encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        row = widget_lines(app.headlines)[0]
        assert "[@click=app.quit]Click[/]" in row and "\x1b" not in row
        body = "".join(widget_lines(app.reader))
        assert "[link=http://evil]x[/link]" in body and "\x1b" not in body and "52;" not in body


async def test_small_terminal_still_works(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.headlines.size.width >= 20 and app.reader.size.width >= 30
        assert "Factory output" in widget_lines(app.headlines)[0]


async def test_unusable_index_falls_back_to_reading_files(sample_dir: Path,
                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    import hzreader.ui._loading

    def broken(paths: object, **options: object) -> None:
        raise sqlite3.OperationalError("no such module: fts5")

    monkeypatch.setattr(hzreader.ui._loading, "open_store_library", broken)
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert len(app.headlines.items) == 4
        await type_query(pilot, "club")
        assert [a.title for a in app.headlines.items] == ["Local club wins the cup"]


async def test_a_warm_start_paints_the_headlines_before_scanning_the_folders(
        sample_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from hzreader.index._store import ArticleStore

    first = make_app([sample_dir], watch_interval=0)
    async with first.run_test(size=SIZE) as pilot:  # builds the index
        await ready(pilot)
    app = make_app([sample_dir], watch_interval=0)
    painted_before_sync: list[bool] = []
    real_sync = ArticleStore.sync

    def sync(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        painted_before_sync.append(app.headlines_painted.is_set())
        return real_sync(self, *args, **kwargs)

    monkeypatch.setattr(ArticleStore, "sync", sync)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert painted_before_sync == [True]
        assert len(app.headlines.items) == 4


class _FakeApp:
    """Records what `SyncProgress` asks the UI to do."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def post(self, callback: object, *args: object) -> None:
        self.calls.append(getattr(callback, "__name__", ""))

    def show_progress(self, *args: object) -> None: ...

    def show_library(self, *args: object) -> None: ...


class _FakeLibrary:
    def __init__(self, items: int, reloads: int = 0) -> None:
        self.items = [None] * items
        self.reloads = reloads

    def refreshed(self) -> _FakeLibrary:
        return _FakeLibrary(len(self.items), self.reloads + 1)


def test_a_cold_start_shows_the_first_committed_articles_at_once() -> None:
    from hzreader.ui._loading import SyncProgress

    app, library = _FakeApp(), _FakeLibrary(0)
    progress = SyncProgress(app.post, app.show_progress, app.show_library,
                            library)  # type: ignore[arg-type]
    progress(0, 100, 0)  # the plan: nothing to show yet
    progress(3, 100, 200)  # first commit, right after: shown although just reported
    assert app.calls == ["show_progress", "show_progress", "show_library"]
    assert progress.library.reloads == 1 and library.reloads == 0  # a new snapshot
    progress(6, 100, 400)  # then throttled
    assert progress.library.reloads == 1


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class _GrowingLibrary:
    """A library whose reload holds what the index holds at that moment."""

    def __init__(self, index: list[int], reloads: int = 0) -> None:
        self.index = index
        self.items = [None] * index[0]
        self.reloads = reloads

    def refreshed(self) -> _GrowingLibrary:
        return _GrowingLibrary(self.index, self.reloads + 1)


def _cold_start(monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any, _Clock, list[int]]:
    from hzreader.ui import _loading

    clock, index = _Clock(), [0]
    monkeypatch.setattr(_loading.time, "monotonic", clock)
    app = _FakeApp()
    progress = _loading.SyncProgress(app.post, app.show_progress,
                                     app.show_library, _GrowingLibrary(index))  # type: ignore[arg-type]
    return app, progress, clock, index


def _report(progress: Any, clock: _Clock, index: list[int], at: float, done: int,
            articles: int) -> None:
    clock.now, index[0] = at, articles
    progress(done, 100, articles)


def test_the_list_grows_while_the_files_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    app, progress, clock, index = _cold_start(monkeypatch)
    _report(progress, clock, index, 0.0, 0, 0)
    _report(progress, clock, index, 0.1, 1, 10)  # the first articles: at once
    _report(progress, clock, index, 5.0, 20, 200)  # due, and 80 files (20 s) to go
    assert progress.library.reloads == 2 and len(progress.library.items) == 200


def test_the_list_is_not_reloaded_just_before_every_file_is_read(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Near the end of the first pass a reload would come just before the whole list does
    (and cost memory while the workers hold theirs): the list waits for it."""
    app, progress, clock, index = _cold_start(monkeypatch)
    _report(progress, clock, index, 0.0, 0, 0)
    _report(progress, clock, index, 0.1, 1, 10)
    _report(progress, clock, index, 9.0, 90, 900)  # due, but 10 files left: ≈ 1 s
    assert progress.library.reloads == 1
    _report(progress, clock, index, 9.2, 100, 1000)  # every file read: the whole list
    assert progress.library.reloads == 2 and len(progress.library.items) == 1000
    _report(progress, clock, index, 9.3, 100, 1000)  # figures next: no reload for that
    _report(progress, clock, index, 9.4, 100, 1000)
    assert progress.library.reloads == 2


def test_a_warm_start_is_not_reloaded_for_the_first_commit() -> None:
    from hzreader.ui._loading import SyncProgress

    app, library = _FakeApp(), _FakeLibrary(5)
    progress = SyncProgress(app.post, app.show_progress, app.show_library,
                            library)  # type: ignore[arg-type]
    progress(1, 100, 5)
    assert progress.library is library and app.calls == ["show_progress"]


async def test_the_status_line_says_when_a_query_is_too_broad_to_rank(
        sample_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from hzreader.index import _search as store
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "the")
        assert "by relevance (r: newest first)" in str(app.query_one("#status").render())
        monkeypatch.setattr(store, "RANK_LIMIT", 0)
        await type_query(pilot, "the ")
        assert "newest first: too broad to rank" in str(app.query_one("#status").render())
        await pilot.press("escape")
        await pilot.press("r")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "newest first (r: by relevance)" in str(app.query_one("#status").render())


async def test_typing_repaints_without_laying_out_the_screen(
    sample_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A keystroke must not lay out every pane again just because the search field's text,
    or the status line changed (tens of ms each with 100k articles)."""
    from textual.widget import Widget

    from hzreader.ui.widgets.textline import TextLine

    layouts: list[str] = []
    real_refresh = Widget.refresh

    def recording_refresh(self: Widget, *regions: object, **flags: bool) -> Widget:
        if flags.get("layout") and isinstance(self, (SearchInput, TextLine)):
            layouts.append(f"{type(self).__name__}#{self.id}")
        return real_refresh(self, *regions, **flags)  # type: ignore[arg-type]

    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        monkeypatch.setattr(Widget, "refresh", recording_refresh)
        for key in "metro":
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
        status = app.query_one("#status", TextLine).text
        assert "1 of" in status and "match" in status
        assert app.search_bar.input.value == "metro"
        assert not layouts


def test_text_line_asks_for_a_layout_only_when_its_width_changes(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from hzreader.ui.widgets.textline import TextLine

    line = TextLine("12 results")
    line.styles.width = "auto"
    flags: list[bool] = []
    monkeypatch.setattr(line, "refresh", lambda *a, layout=False, **k: flags.append(layout))
    line.update("34 results")
    line.update("34 results")
    line.update("1,234 results")
    line.styles.width = "1fr"
    line.update("5 results")
    assert flags == [False, True, False]
    assert str(line.render()) == "5 results"


def test_indexing_status_tells_the_figures_phase_apart() -> None:
    from hzreader.ui._status import indexing_forms

    assert indexing_forms(10, 62_387) == ("indexing 10/62,387 files…", "indexing…")
    assert indexing_forms(62_387, 62_387)[0] == "all searchable; finding key figures…"


async def test_new_results_resize_the_scrollbar_without_a_screen_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.widget import Widget

    for number in range(200):
        (tmp_path / f"a{number:03}.yaml").write_text(
            f"title: Story {number} {'metro' if number % 2 else 'harbour'}\nbody: Text.\n",
            encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.headlines.cursor = 199  # scrolled to the bottom
        await pilot.pause()
        layouts: list[str] = []
        real_refresh = Widget.refresh

        def recording_refresh(self: Widget, *regions: object, **flags: bool) -> Widget:
            if flags.get("layout") and self is app.headlines:
                layouts.append("list")
            return real_refresh(self, *regions, **flags)  # type: ignore[arg-type]

        monkeypatch.setattr(Widget, "refresh", recording_refresh)
        await type_query(pilot, "metro")
        assert len(app.headlines.items) == 100
        assert app.headlines.vertical_scrollbar.window_virtual_size == 100
        assert app.headlines.scroll_y <= app.headlines.max_scroll_y
        # Rows fit beside the vertical scrollbar: no horizontal one eats the last row.
        assert not app.headlines.show_horizontal_scrollbar
        assert app.headlines.scrollable_content_region.height == app.headlines.size.height
        assert "Story" in widget_lines(app.headlines)[0]
        assert layouts == []  # the scrollbar stays: no layout needed
        await type_query(pilot, "metro 13")  # a few rows: the scrollbar goes
        assert not app.headlines.show_vertical_scrollbar
        assert app.headlines.scroll_y == 0
        await type_query(pilot, "")
        await pilot.press("escape")
        app.headlines.cursor = 199  # the thumb at the bottom again
        await pilot.pause()
        await type_query(pilot, "metro 13")  # the scrollbar goes while scrolled down
        # All rows again, the search given up: back on the row the cursor was on, and the
        # thumb where the view is.
        await type_query(pilot, "")
        assert app.headlines.show_vertical_scrollbar and app.headlines.cursor == 199
        assert app.headlines.vertical_scrollbar.position == app.headlines.scroll_y > 0


async def test_an_empty_result_while_indexing_says_more_may_come(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.loading = True  # as while the index is still being built
        await type_query(pilot, "zebra")
        assert any("No articles match 'zebra' yet (indexing…)" in line
                   for line in widget_lines(app.headlines))
        assert "yet (indexing…)" in "".join(widget_lines(app.reader))


async def test_the_first_article_gains_its_figures_once_the_rules_load(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """At start-up the figure rules are not loaded yet: the text shows at once, and its
    figures follow from a worker, without the text moving."""
    from hzreader.ui.widgets import figure_source as source_module

    real = source_module.loaded_extract
    calls = {"n": 0}

    def not_yet_then_loaded():  # type: ignore[no-untyped-def]
        calls["n"] += 1
        return None if calls["n"] == 1 else real()

    monkeypatch.setattr(source_module, "loaded_extract", not_yet_then_loaded)
    app = make_app([seed_article()])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert calls["n"] >= 2
        assert "With a history of over 5,000 years" in reader_text(app)
        assert "over 5,000 years" in {p.figure.text for p in app.reader.rendered.figures}
        assert app.reader.border_subtitle.endswith("figures")


async def test_a_long_article_shows_at_once_and_gains_its_figures_from_a_thread(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An article too long to find its figures between two keys is drawn without them,
    and they follow from a thread; typing a search meanwhile starts no second search."""
    from hzreader.ui.widgets import figure_source as source_module

    monkeypatch.setattr(source_module, "IN_THREAD", 2_000)
    paragraphs = [f"Paragraph {i}: revenue rose 5% to $3 billion in 2024." for i in range(80)]
    (tmp_path / "long.yaml").write_text(yaml.safe_dump(
        {"title": "A long one", "body": "\n\n".join(paragraphs)}), encoding="utf-8")
    finds: list[str] = []
    real_find = source_module.FigureSource._find

    def counted(self, article, extract):  # type: ignore[no-untyped-def]
        finds.append(article.title)
        real_find(self, article, extract)

    monkeypatch.setattr(source_module.FigureSource, "_find", counted)
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Paragraph 79" in app.reader._document.plain
        assert len(app.reader.rendered.figures) == 80 * 3
        await type_query(pilot, "revenue")
        assert app.reader.border_subtitle.startswith("match 1/80")
        assert len(app.reader.rendered.figures) == 80 * 3  # remembered, not found again
    assert finds == ["A long one"]


async def test_a_warm_start_draws_the_headlines_in_the_first_frame(sample_dir: Path) -> None:
    """With an index from an earlier run, the list is filled on mount, with no thread hop."""
    first = make_app([str(sample_dir)], watch_interval=0)
    async with first.run_test(size=SIZE) as pilot:
        await ready(pilot)
        expected = [item.id for item in first.headlines.items]
    again = make_app([str(sample_dir)], watch_interval=0)
    async with again.run_test(size=SIZE) as pilot:
        assert [item.id for item in again.headlines.items] == expected  # before any pause
        await ready(pilot)
        assert [item.id for item in again.headlines.items] == expected
