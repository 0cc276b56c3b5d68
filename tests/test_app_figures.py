"""The figures panel, `]`/`[` stepping and figure queries in the running app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hzreader.ui._app import make_app
from hzreader.ui._render import PlacedFigure
from hzreader.ui.widgets import figures as figures_widget

from conftest import seed_article, write_articles
from test_app import SIZE, ready, type_query


async def test_figures_panel_lists_and_jumps_to_figures() -> None:
    app = make_app([seed_article()])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert not app.figures_shown
        await pilot.press("f")
        assert app.figures_shown and app.focused is app.figures_panel
        figures = app.reader.rendered.figures
        assert app.figures_panel.row_count == len(figures) >= 10
        first = str(app.figures_panel.prompt(0))
        assert "over 5,000 years" in first and "duration" in first
        await pilot.press("G")
        assert app.reader.current_figure == len(figures) - 1
        line = app.reader.line_of(figures[-1].start)
        top = app.reader.scroll_offset.y
        assert top <= line < top + app.reader.size.height
        await pilot.press("enter")
        assert app.focused is app.reader
        await pilot.press("f")
        assert not app.figures_shown


async def test_brackets_step_through_figures_and_move_the_panel() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f", "enter")  # open the panel, jump to the first figure
        assert app.focused is app.reader and app.reader.current_figure == 0
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert app.reader.current_figure == 2
        assert app.figures_panel.cursor == 2
        assert app.reader.border_subtitle.startswith("figure 3/")
        await pilot.press("left_square_bracket")
        assert app.reader.current_figure == 1
        # in the panel too: `]`/`[` step its selection as j/k do (they did nothing there)
        await pilot.press("f", "f")
        assert app.focused is app.figures_panel
        start = app.figures_panel.cursor
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert app.figures_panel.cursor == start + 2
        await pilot.press("left_square_bracket")
        assert app.figures_panel.cursor == start + 1


async def test_figure_queries_filter_the_list(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "money>1e10")
        assert [a.title for a in app.headlines.items] == [
            "Factory output rises 5.2 percent in October", "Metro line opens in Hangzhou",
        ]
        await type_query(pilot, "percent>=5")
        assert [a.title for a in app.headlines.items] == [
            "Factory output rises 5.2 percent in October"]
        plain = app.reader.rendered.text.plain
        assert "5.2 percent" in [plain[s:e] for s, e in app.reader.rendered.matches]


async def test_on_a_narrow_terminal_the_figures_panel_replaces_the_list() -> None:
    for size, list_shown in (((60, 20), False), ((80, 24), False), ((120, 40), True)):
        app = make_app()
        async with app.run_test(size=size) as pilot:
            await ready(pilot)
            await pilot.press("f")
            await pilot.pause()
            assert app.figures_panel.outer_size.width >= 24
            assert app.reader.size.width >= size[0] // 3, size
            assert app.headlines.display == list_shown
            assert app.figures_panel.region.right <= size[0]
            await pilot.press("f")
            await pilot.pause()
            assert app.headlines.display


async def test_the_panel_draws_only_the_figures_on_screen(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    body = "\\n\\n".join(f"Paragraph {i}: sales rose {i}% to ${i} million." for i in range(400))
    folder = write_articles(tmp_path / "long", {"long.yaml": f'title: Long\nbody: "{body}"\n'})
    drawn: list[int] = []
    real = figures_widget.figure_option

    def counting(document: str, placed: PlacedFigure, *args: Any, **kwargs: Any) -> Any:
        drawn.append(placed.start)
        return real(document, placed, *args, **kwargs)

    monkeypatch.setattr(figures_widget, "figure_option", counting)
    app = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f")
        await pilot.pause()
        panel = app.figures_panel
        assert panel.row_count == len(app.reader.rendered.figures) >= 800
        on_screen = panel.size.height // 2 + 1
        assert 0 < len(set(drawn)) <= on_screen  # not one row per figure
        await pilot.press("G")
        await pilot.pause()
        assert app.reader.current_figure == panel.row_count - 1
        assert "million" in str(panel.prompt(panel.row_count - 1))
        assert len(set(drawn)) <= 2 * on_screen


async def test_focus_moving_to_the_panel_does_not_render_the_article_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from hzreader.ui.widgets import reader as reader_widget

    renders: list[str] = []
    real = reader_widget.render_article

    def counting(article: Any, *args: Any, **kwargs: Any) -> Any:
        renders.append(article.title)
        return real(article, *args, **kwargs)

    monkeypatch.setattr(reader_widget, "render_article", counting)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter")  # into the reading pane
        await pilot.pause()
        renders.clear()
        await pilot.press("f", "j", "tab")  # the border's focus colour changes, not the text's
        await pilot.pause()
        assert app.figures_shown and renders == []
        app.theme = "nord"  # new colours: rendered again
        for _ in range(3):
            await pilot.pause()
        assert renders


async def test_the_reading_pane_does_not_break_a_figure_across_lines(tmp_path: Path) -> None:
    """tryout4: at 80 columns the title "…预计达25万人次" wrapped between 25万 and 人次."""
    from test_app import widget_lines

    folder = write_articles(tmp_path / "a", {"zh.yaml": """
        title: "杭州地铁12号线开通 日均客流预计达25万人次"
        date: 2026-11-28
        body: |
          Ridership may reach $1.8 billion in fares, officials said at the opening.

          线路全长约35.5公里，共设车站20座，总投资约298亿元。
        """})
    app = make_app([folder])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        seen = set()
        for width in range(70, 100):
            await pilot.resize_terminal(width, 24)
            await pilot.pause()
            text = "\n".join(line.strip() for line in widget_lines(app.reader))
            # (in Chinese the number with its unit: "约" may end the line before)
            for figure in ("25万人次", "$1.8 billion", "35.5公里", "298亿元"):
                assert figure in text, (width, figure, text)
            seen.add(text.count("\n25万人次"))
        assert 1 in seen  # at some width the figure did go to the next line whole


async def test_a_long_count_wraps_after_its_first_word_and_stays_marked(tmp_path: Path) -> None:
    """tryout12: "…ordered to / evacuate, and" then 22 empty cells, as "3,500 National Guard
    troops" moved whole. Now the number keeps only its first word, and the figure's look
    still covers the words on the next line."""
    folder = write_articles(tmp_path / "a", {"storm.yaml": """
        title: Storm
        date: 2026-09-14
        body: >
          About 400,000 people in 12 counties had been ordered to evacuate,
          and 3,500 National Guard troops were deployed.
        """})
    app = make_app([folder])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        lines = [line.plain for line in app.reader._lines]
        at = next(i for i, line in enumerate(lines) if "3,500" in line)
        assert lines[at].startswith("evacuate, and 3,500 National"), lines
        troops = app.reader._lines[at + 1]
        assert troops.plain.startswith("troops")
        style = app.reader.get_component_styles("reader--figure-count").partial_rich_style
        assert any(span.start == 0 and span.end >= len("troops") and span.style == style
                   for span in troops.spans), troops.spans


CUT_VALUES = {"budget.yaml": """
    title: 預算
    date: 2025-10-28
    body: |
      行政院會通過明年度總預算，歲出規模達新台幣7,596億元。

      Prices rose for the third year running, officials said.
    """}


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_figures_panel_shows_each_value_with_its_currency(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """ui10: the panel cut "760 bn TWD" (now "759.6 bn TWD", as written) at 120 columns and
    "3rd" at 80."""
    app = make_app([write_articles(tmp_path / "a", CUT_VALUES)], watch_interval=0)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("f")
        await pilot.pause()
        panel = app.figures_panel
        drawn = ["".join(s.text for s in panel.render_line(y)) for y in range(4)]
        assert drawn[0].rstrip().endswith("759.6 bn TWD"), drawn
        assert drawn[2].rstrip().endswith("3rd"), drawn
        assert drawn[2].lstrip().startswith("ordinal"), drawn
