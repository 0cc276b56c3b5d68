"""A long article: `]`/`[` and `n`/`N` mark without wrapping it again (tryout14 §3.4), and
the figures panel and the reading pane hand figures over as figures, not row numbers
(tryout14 §3.5: a row showed another figure's sentence)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from rich.text import Span, Text

from hzreader.ui import make_app
from hzreader.ui._wrap import WrappedLines, wrap
from hzreader.ui.widgets import reader as reader_module
from test_app_figure_view import in_view, write_long

from test_app import SIZE, ready


def count_calls(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    """Count the calls of `reader_module.NAME` from now on."""
    calls: list[int] = []
    real = getattr(reader_module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(reader_module, name, counted)
    return calls


async def test_stepping_through_figures_wraps_nothing_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each `]` wrapped the whole article again (0.67 s on 2 MB): now the wrap is kept and
    only the current figure is drawn over it."""
    write_long(tmp_path, "Paragraph {i}: traders sold {n} tonnes of copper for $4 million.")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await pilot.pause()
        reader = app.reader
        wraps = count_calls(monkeypatch, "WrappedLines")
        keeps = count_calls(monkeypatch, "keep_spans")
        for _ in range(3):
            await pilot.press("right_square_bracket")
            await pilot.pause()
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert reader.current_figure == 1
        await pilot.press("G", "left_square_bracket")
        await pilot.pause()
        assert in_view(app, reader.current_figure) and reader.current_figure > 300
        assert wraps == [] and keeps == []
        # the current figure is drawn in the "current" style, the one before it no longer
        current = reader.get_component_styles("reader--current").partial_rich_style
        placed = reader.rendered.figures[reader.current_figure]
        line = reader._lines[reader.line_of(placed.start)]
        start = placed.start - reader._starts[reader.line_of(placed.start)]
        assert Span(start, start + placed.end - placed.start, current) in line.spans
        earlier = reader.rendered.figures[1]
        old = reader._lines[reader.line_of(earlier.start)]
        assert all(span.style != current for span in old.spans)
        await pilot.resize_terminal(SIZE[0] - 20, SIZE[1])  # a new width wraps again
        await pilot.pause()
        assert keeps == [] and len(wraps) >= 1


def test_marked_spans_are_drawn_over_the_lines() -> None:
    """`WrappedLines.marked` styles its spans over the text's own, on every line they
    cross, and the wrap's lines and offsets stay `wrap`'s."""
    text = Text("one two three four five six seven")
    text.stylize("red", 4, 13)
    lines = WrappedLines(text, 10)
    lines.marked = [Span(4, 18, "bold")]
    plain, starts = wrap(text, 10)
    assert [line.plain for line in lines] == [line.plain for line in plain]
    assert lines.starts == starts
    assert starts[:3] == [0, 8, 19]
    assert list(lines.lines_of(4, 18)) == [0, 1]
    assert lines[0].spans[-1] == Span(4, 7, "bold")  # "two" (the line's space dropped)
    assert lines[1].spans[-1] == Span(0, 10, "bold")  # "three four"
    assert all(span.style != "bold" for span in lines[2].spans)


async def test_a_panel_row_of_an_older_rendering_marks_no_other_figure(
        tmp_path: Path) -> None:
    """The panel said "figure 2" and the reading pane marked its own figure 2, whatever the
    panel listed: when the pane showed another article (or its figures arrived) before the
    panel was filled again, the two disagreed. Now the figure itself goes across."""
    (tmp_path / "a.yaml").write_text(yaml.safe_dump(
        {"title": "Alpha", "date": "2025-01-02",
         "body": "Alpha sold 10 tonnes. It paid $5 million. Then 7 ships left."}),
        encoding="utf-8")
    (tmp_path / "b.yaml").write_text(yaml.safe_dump(
        {"title": "Beta", "date": "2025-01-01",
         "body": "Beta hired 300 workers in 2024. Profit rose 12 percent. It owes $2 billion."}),
        encoding="utf-8")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("enter", "f")
        await pilot.pause()
        panel, reader = app.figures_panel, app.reader
        assert reader.article.title == "Alpha" and len(panel.figures) == 3
        beta = app.library.article(app.headlines.items[1])
        reader.show(beta)  # the pane moves on; the panel still lists Alpha's figures
        panel.focus()
        await pilot.pause()
        listed = panel.figures[1]
        panel.cursor = 1  # Alpha's second figure, "$5 million"
        await pilot.pause()
        await pilot.pause()
        marked = reader.current_figure_text()
        assert marked in ("", listed.figure.text)  # never Beta's second figure
        assert panel.rendered is reader.rendered  # the panel lists the pane's figures again
        # every row's context is its own figure's
        for index, placed in enumerate(panel.figures):
            context = panel.prompt(index).plain.split("\n")[1]
            assert f"[{placed.figure.text}]" in context
