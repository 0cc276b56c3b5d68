"""The status line during a first start stays one text that updates (ui12, tryout11 #7,
#16): the count of a search is kept when indexing progress is reported, a narrow line
says the same phase in fewer words, and one count of articles stands on it; the growing
list waits while the reader types."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.ui._app import make_app
from hzreader.ui._status import fit_status, status_parts
from hzreader.ui.widgets.textline import StatusLine

from test_app import SIZE, _FakeApp, _FakeLibrary, ready, type_query


def _line(width: int, done: int, files: int, shown: int | None = 12,
          query: str = "percent") -> str:
    parts = status_parts(total=3_903, shown=shown, indexing=(done, files, 5_618),
                         order=("newest first: too broad to rank", "newest first", ""),
                         query_text=query, unread_only=False, errors="", warnings=0)
    return fit_status([part for part in parts if part[1]], width)


@pytest.mark.parametrize("width", [120, 80, 60, 50, 40])
def test_a_narrow_line_says_the_same_phase(width: int) -> None:
    """It said "indexing…" for "all searchable; finding key figures…" when short of
    room: as the count part grew and shrank while typing, the line flipped between them."""
    figures = _line(width, 3_058, 3_058)
    assert "indexing" not in figures and ("figures" in figures or width < 50)
    files = _line(width, 868, 3_058)
    assert "finding" not in files and "indexing" in files


def test_one_count_of_articles_stands_on_the_line() -> None:
    line = _line(120, 868, 3_058, shown=None, query="")
    assert line.startswith("3,903 articles · indexing 868/3,058 files… · ")  # no "(5,618 …)"
    assert line.count("articles") == 1


class _Clocked:
    """A reader who is busy or not, as the test says."""

    def __init__(self) -> None:
        self.typing = False

    def __call__(self) -> bool:
        return self.typing


def test_the_growing_list_waits_while_the_reader_types(monkeypatch: pytest.MonkeyPatch) -> None:
    from hzreader.ui import _loading

    now = [0.0]
    monkeypatch.setattr(_loading.time, "monotonic", lambda: now[0])
    app, busy = _FakeApp(), _Clocked()
    progress = _loading.SyncProgress(app.post, app.show_progress,
                                     app.show_library, _FakeLibrary(0),  # type: ignore[arg-type]
                                     busy=busy)
    progress(0, 100, 0)
    busy.typing = True
    now[0] = 0.1
    progress(1, 100, 10)  # the first articles: at once, typing or not
    assert progress.library.reloads == 1
    now[0] = 5.0
    progress(20, 100, 200)  # due, but the reader is typing: only the status line
    now[0] = 6.0
    progress(100, 100, 1000)  # every file read: still waits while typing
    assert progress.library.reloads == 1
    assert app.calls[-2:] == ["show_progress", "show_progress"]
    busy.typing = False
    now[0] = 6.1
    progress(100, 100, 1000)  # a pause: the whole list, once
    now[0] = 6.2
    progress(100, 100, 1000)
    assert progress.library.reloads == 2 and app.calls.count("show_library") == 2


async def test_progress_keeps_the_count_of_a_search(sample_dir: Path) -> None:
    """Each progress report said "N articles" until the search's next result said "3 of
    N articles match": the line flipped twice a second while typing."""
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "the")
        status = app.query_one("#status", StatusLine)
        matched = str(status.render())
        assert "articles match" in matched, matched
        app.show_progress(10, 20, 5)
        await pilot.pause()
        shown = str(status.render())
        assert shown.startswith(matched.split(" · ")[0]) and "indexing 10/20 files…" in shown
        app.show_library(app.library)  # the list grows: the count stays until the result
        assert str(status.render()).startswith(matched.split(" · ")[0])
        await app.workers.wait_for_complete()  # (its search ends before the app does)
        await pilot.pause()
        assert str(status.render()).startswith(matched.split(" · ")[0])


async def test_moving_in_the_list_lays_out_nothing(sample_dir: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Each `j` changed the header's title with a layout of the whole screen (a full
    repaint of every pane, the biggest cost of a key on the UI thread while a first start
    keeps it busy); the title's row keeps its size, so none is needed."""
    from textual.widget import Widget
    from textual.widgets._header import HeaderTitle

    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        layouts: list[str] = []
        refresh = Widget.refresh

        def counted(self: Widget, *regions: object, layout: bool = False,
                    **kwargs: object) -> Widget:
            if layout:
                layouts.append(type(self).__name__)
            return refresh(self, *regions, layout=layout, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Widget, "refresh", counted)
        titles = []
        for _ in range(3):
            await pilot.press("j")
            await pilot.pause()
            titles.append(str(app.query_one(HeaderTitle).render()))
        assert layouts == []
        assert len(set(titles)) == 3 and all(app.article_title in t for t in titles[-1:])


@pytest.mark.parametrize("width", [60, 70, 120])
async def test_the_footer_shows_no_key_cut(sample_dir: Path, width: int) -> None:
    """At 60 columns the footer ended "q Qui": a key that does not fit whole is hidden."""
    from hzreader.ui.widgets.footer import FittingFooter

    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=(width, 24)) as pilot:
        await ready(pilot)
        await pilot.pause()
        footer = app.screen.query_one(FittingFooter)
        shown = [key for key in footer.children if key.display]
        assert shown and all(key.region.right <= footer.content_region.right for key in shown)
        assert len(shown) < len(footer.children) if width == 60 else len(shown) == len(
            footer.children)
        await pilot.resize_terminal(120, 24)
        await pilot.pause()
        await pilot.pause()
        footer = app.screen.query_one(FittingFooter)
        assert all(key.display for key in footer.children)
