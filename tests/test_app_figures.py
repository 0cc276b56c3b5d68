"""The figures panel, `]`/`[` stepping and figure queries in the running app."""

from __future__ import annotations

from pathlib import Path

from hzreader.ui._app import make_app

from test_app import SIZE, ready, type_query


async def test_figures_panel_lists_and_jumps_to_figures() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert not app.figures_shown
        await pilot.press("f")
        assert app.figures_shown and app.focused is app.figures_panel
        figures = app.reader.rendered.figures
        assert app.figures_panel.option_count == len(figures) >= 10
        first = str(app.figures_panel.get_option_at_index(0).prompt)
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
        assert app.figures_panel.highlighted == 2
        assert app.reader.border_subtitle.startswith("figure 3/")
        await pilot.press("left_square_bracket")
        assert app.reader.current_figure == 1


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
