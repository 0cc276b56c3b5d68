"""Tables, lists and verse keep their lines in the reading pane; figures and matches in them
are stepped to and marked on the right line."""

from __future__ import annotations

from pathlib import Path

from hzreader.ui._app import make_app

from conftest import write_articles
from test_app import ready, type_query, widget_lines

#: A table row wider than the reading measure (92 cells), and its header.
ROW = ("Qiantang Commerce  $1.2 billion      $1.3 billion      $1.35 billion     "
       "$1.5 billion      +25.0%")
HEADER = ("Company            Q1 2025 revenue   Q2 2025 revenue   Q3 2025 revenue   "
          "Q4 2025 revenue   Change")
ARTICLE = f"""
    title: Regional sales
    date: 2025-11-14
    body: |
      Sales rose in every region last year, the company said on Tuesday, with the north
      leading the gains as new stores opened.

      Results by region:
        Region      2024    2025   Change
        North       1,200   1,350  +12.5%
        South         980   1,010   +3.1%

      The plan includes:
      - 300 new buses for the eastern districts
      - a $1.2 billion metro extension

      {HEADER}
      {ROW}
    """


def shown(lines: list[str]) -> list[str]:
    """The pane's lines without the border's and padding's cells."""
    return [line.strip("│ ").rstrip() for line in lines]


async def test_rows_and_items_stay_lines_and_figures_in_cells_are_stepped_to(
        tmp_path: Path) -> None:
    app = make_app([write_articles(tmp_path / "a", {"sales.yaml": ARTICLE})])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        lines = [line.rstrip() for line in widget_lines(app.reader)]
        assert "  Region      2024    2025   Change" in lines
        assert "  South         980   1,010   +3.1%" in lines
        assert "- 300 new buses for the eastern districts" in lines
        assert "- a $1.2 billion metro extension" in lines
        await pilot.press("enter")
        reader = app.reader
        figures = reader.rendered.figures
        plain = reader.rendered.text.plain
        target = next(i for i, f in enumerate(figures) if plain[f.start:f.end] == "1,010")
        for _ in range(target + 1):
            await pilot.press("right_square_bracket")
        assert reader.current_figure == target
        line = reader.line_of(figures[target].start)
        assert "South" in widget_lines(reader)[line - reader.scroll_offset.y]
        # the marked style covers the figure's cells on that line
        strip = reader.render_line(line - reader.scroll_offset.y)
        marked = "".join(seg.text for seg in strip if seg.style and seg.style.reverse)
        assert marked == "1,010"


async def test_a_search_match_in_a_row_is_marked_on_it_and_n_goes_to_it(
        tmp_path: Path) -> None:
    app = make_app([write_articles(tmp_path / "a", {"sales.yaml": ARTICLE})])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await type_query(pilot, "south")
        await pilot.press("enter")
        reader = app.reader
        start, end = reader.rendered.matches[reader.current_match]
        assert reader.rendered.text.plain[start:end] == "South"
        row = widget_lines(reader)[reader.line_of(start) - reader.scroll_offset.y]
        assert row.rstrip() == "  South         980   1,010   +3.1%"


async def test_a_wide_row_uses_the_whole_pane_in_wide_reading(tmp_path: Path) -> None:
    app = make_app([write_articles(tmp_path / "a", {"sales.yaml": ARTICLE})])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        row = ROW
        lines = [line.rstrip() for line in widget_lines(app.reader)]
        assert row not in lines  # half the screen: wrapped between its cells
        assert "Qiantang Commerce  $1.2 billion      $1.3 billion" in lines
        assert " " * 19 + "$1.35 billion     $1.5 billion" in lines  # under the 2nd cell
        assert " " * 19 + "+25.0%" in lines
        await pilot.press("enter", "w")
        await pilot.pause()
        assert len(row) > 92  # beyond the reading measure, which prose keeps
        assert row in [line.rstrip() for line in widget_lines(app.reader)]
        prose = [line for line in widget_lines(app.reader) if line.startswith("Sales rose")]
        assert prose and len(prose[0].rstrip()) <= 92


async def test_n_and_N_step_through_matches_in_rows_each_marked_in_view(tmp_path: Path) -> None:
    app = make_app([write_articles(tmp_path / "a", {"sales.yaml": ARTICLE})])
    async with app.run_test(size=(120, 16)) as pilot:  # a short pane: stepping scrolls
        await ready(pilot)
        await type_query(pilot, "billion")
        await pilot.press("enter")
        reader = app.reader
        plain = reader.rendered.text.plain
        seen = []
        for key in ["n"] * 4 + ["N"]:
            await pilot.press(key)
            start, end = reader.rendered.matches[reader.current_match]
            y = reader.line_of(start) - reader.scroll_offset.y
            assert 0 <= y < reader.scrollable_content_region.height
            strip = reader.render_line(y)
            marked = "".join(seg.text for seg in strip if seg.style and seg.style.reverse)
            assert marked == plain[start:end] == "billion"
            seen.append(reader.current_match)
        assert seen == [1, 2, 3, 4, 3]
