"""The figures table in the running app: keys, sorting, limiting by figure terms, opening
an article at a figure, and exporting."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from rich.text import Text
from textual.pilot import Pilot

from hzreader.figures import extract
from hzreader.lens import build_table
from hzreader.model import TITLE, figure_texts
from hzreader.query import Query
from hzreader.ui._app import HzReaderApp, make_app
from hzreader.ui._render import SUMMARY_PART, TITLE_PART
from hzreader.ui.screens.confirm import ReplaceFileScreen
from hzreader.ui.screens.export import ExportScreen
from hzreader.ui.screens.figure_table import FigureTableScreen
from hzreader.ui.widgets.textline import TextLine

from conftest import write_articles
from test_app import SIZE, ready, type_query, widget_lines

WITH_SUMMARY = {
    "fund.yaml": """
        title: Fund closes
        date: 2025-01-05
        summary: The fund raised HK$9.9 billion from 40 investors.
        body: |
          Its managers said the money would go to 12 start-ups.
        """,
}


def told(app: HzReaderApp) -> str:
    """The figures table's bottom line, where the app's messages show over the table."""
    return str(app.screen.query_one("#lens-summary", TextLine).text)


async def open_table(pilot: Pilot[int]) -> FigureTableScreen:
    """Press t and wait for the table to be built."""
    app = pilot.app
    await pilot.press("t")
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, FigureTableScreen)
    assert screen.table is not None
    return screen


def title(screen: FigureTableScreen) -> str:
    return screen.query_one("#lens-title").text  # type: ignore[attr-defined,no-any-return]


def shown_values(screen: FigureTableScreen) -> list[float | None]:
    table = screen.table
    assert table is not None
    return [table.value(row) for row in screen.view.rows]


async def test_t_opens_every_figure_sorted_by_value_and_esc_goes_back(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        articles = app.library.articles_of(app.headlines.items)
        expected = sum(len(extract(article.title)) + sum(
            len(extract(paragraph.text)) for _, paragraph
            in figure_texts(article.summary, article.body)) for article in articles)
        assert len(screen.view.rows) == expected >= 7
        table = screen.table
        assert table is not None
        groups = [table.group_keys[row] for row in screen.view.rows]
        assert groups == sorted(groups)  # one unit at a time: values never across units
        for group in set(groups):
            values = [table.value(row) for row in screen.view.rows
                      if table.group_keys[row] == group]
            assert values == sorted(values, reverse=True)  # type: ignore[type-var]
        assert "sorted by value, largest first in each unit" in title(screen)
        lines = widget_lines(screen.view)
        assert "5.2" in lines[0] and "percent" in lines[0]  # the most figures: percent
        assert "Factory output" in lines[0]
        money = next(line for line in lines if "CNY" in line)  # the first CNY row
        assert "4.5 tn" in money and "4.5 trillion yuan" in money
        summary = screen.query_one("#lens-summary").text  # type: ignore[attr-defined]
        assert summary.startswith(f"{expected} figures in 4 articles")
        # whole units only, as many as fit, then how many more (never a number cut short)
        assert summary.endswith(("more units (a wider window shows more)", "more units"))
        assert len(summary) <= SIZE[0] - 2
        groups = [group.describe() for group in screen.summary]
        # no sum over every figure of the articles: rates, prices and deals alike
        assert "CNY ×2: 18 bn CNY … 4.5 tn CNY, median 2.259 tn CNY" in groups
        # "5.2 percent" twice: in the headline and in the body
        assert "percent ×3: 3 % … 5.2 %, median 5.2 %" in groups and "percent ×3" in summary
        await pilot.press("escape")
        assert not isinstance(app.screen, FigureTableScreen)
        assert app.focused is app.headlines


async def test_r_cycles_the_order_and_shift_r_reverses_it(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        table = screen.table
        assert table is not None
        await pilot.press("r")
        assert "sorted by date, newest first" in title(screen)
        dates = [table.item(row).date_text for row in screen.view.rows]
        dated = [d for d in dates if d]
        assert dated == sorted(dated, reverse=True) and dates[-1] == ""  # undated last
        await pilot.press("R")
        assert "oldest first" in title(screen)
        dated = [d for d in (table.item(r).date_text for r in screen.view.rows) if d]
        assert dated == sorted(dated)
        await pilot.press("r")
        assert "sorted by kind, as in the legend" in title(screen)
        codes = [table.columns.kind[row] for row in screen.view.rows]
        assert codes == sorted(codes)
        await pilot.press("r")
        assert "sorted by value" in title(screen)
        assert "value ▼" in screen.query_one("#lens-header").text  # type: ignore[attr-defined]


async def test_the_articles_keys_are_off_over_the_table(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        article = app.reader.article
        await open_table(pilot)
        await pilot.press("m", "s", "f")
        assert isinstance(app.screen, FigureTableScreen)
        assert app.state.mark(app.library.key_of(app.headlines.current), article.id).read is False
        assert not app.figures_shown
        shown = set(app.screen.active_bindings)  # what the footer offers
        assert {"r", "e", "enter", "question_mark"} <= shown and not {"m", "s", "f"} & shown


async def test_slash_in_the_table_searches_and_the_table_comes_back_on_the_results(
        sample_dir: Path) -> None:
    """The table lists the figures of the listed articles: `/` is how it is filtered. The
    keys typed after `/` go to the search bar, never to the table ("rate" would sort it and
    close it)."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await open_table(pilot)
        assert "slash" in app.screen.active_bindings  # the footer offers it
        await pilot.press("slash")
        await pilot.pause()
        assert not isinstance(app.screen, FigureTableScreen)
        assert app.focused is app.search_bar.input
        await pilot.press(*"money>1e10", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FigureTableScreen) and screen.table is not None
        assert "matching “money>1e10”" in title(screen)
        assert len(screen.view.rows) == 2
        # Esc in the search bar goes back to the table too, on what is listed
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, FigureTableScreen)


async def test_a_new_order_starts_at_its_first_row_and_the_next_table_keeps_it(
        sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        await pilot.press("j", "j")
        assert screen.view.cursor == 2
        await pilot.press("R")  # "smallest first" shows the smallest
        assert screen.view.cursor == 0 and "smallest first" in title(screen)
        table = screen.table
        assert table is not None
        values = [table.value(r) for r in screen.view.rows]
        assert values[0] == min(v for v in values if v is not None)
        await pilot.press("G")
        assert screen.view.cursor == len(screen.view.rows) - 1
        await pilot.press("r")
        assert screen.view.cursor == 0 and "sorted by date" in title(screen)
        await pilot.press("escape")
        again = await open_table(pilot)
        assert "sorted by date, newest first" in title(again)
        assert again.order == "date" and not again.reverse


async def test_figure_terms_limit_the_rows(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "money>1e10")
        await pilot.press("escape")
        screen = await open_table(pilot)
        table = screen.table
        assert table is not None
        assert [(table.kind(r), table.value(r)) for r in screen.view.rows] == [
            ("money", 4.5e12), ("money", 1.8e10)]
        assert "matching “money>1e10”" in title(screen)
        assert "Key figures of 2 articles" in title(screen)
        # the sums the search chose are added up
        assert [group.describe() for group in screen.summary] == [
            "CNY ×2: 18 bn CNY … 4.5 tn CNY, median 2.259 tn CNY, sum 4.518 tn CNY"]


async def test_a_bare_number_that_matched_only_words_lists_every_figure(
        tmp_path: Path) -> None:
    """`S&P 500` then `t`: the 500 is part of a name, no listed figure has that value, so the
    table lists every figure of the listed articles (and says why) instead of none."""
    from test_lens import INDEX_NAMES

    app = make_app([write_articles(tmp_path / "a", INDEX_NAMES)])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "S&P 500")
        await pilot.press("escape")
        screen = await open_table(pilot)
        table = screen.table
        assert table is not None
        assert sorted(figure_texts_of(app, screen)) == ["$3 billion", "1.2 percent", "5,954"]
        assert "500: no such figure, all listed" in title(screen)
        assert "No key figure" not in "\n".join(widget_lines(screen.view))
        await pilot.press("escape")
        await type_query(pilot, "500")  # a figure has that value: it limits the rows
        await pilot.press("escape")
        screen = await open_table(pilot)
        assert figure_texts_of(app, screen) == ["500 workers"]
        await pilot.press("escape")
        await type_query(pilot, "S&P 500 money>1e9")  # 500 is no limit, money>1e9 is
        await pilot.press("escape")
        screen = await open_table(pilot)
        assert figure_texts_of(app, screen) == ["$3 billion"]
        assert "500: no such figure, not a limit" in title(screen)


def figure_texts_of(app: HzReaderApp, screen: FigureTableScreen) -> list[str]:
    """The figures of the table's rows as written, in the order shown."""
    table = screen.table
    assert table is not None
    return [table.text(row, app.library.articles_of([table.item(row)])[0])
            for row in screen.view.rows]


async def test_a_narrow_table_keeps_a_short_article_column(tmp_path: Path) -> None:
    """At 80 columns the date gives way, but each row still says its article (as written,
    never as markup)."""
    folder = write_articles(tmp_path / "a", {"m.yaml": """
        title: "[bold]Nordvik[/bold] agrees €4.2bn deal"
        date: 2026-11-27
        body: |
          Nordvik will buy Baltic Breeze for €4.2 billion.
        """})
    app = make_app([folder])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        rows = ["".join(s.text for s in screen.view.render_line(y)) for y in (0, 1)]
        assert all(row.rstrip().endswith("[bold]Nordv…") for row in rows), rows
        assert "2026-11-27" not in rows[0]


async def test_words_limit_the_articles_but_not_their_figures(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "hangzhou")
        await pilot.press("escape")
        screen = await open_table(pilot)
        table = screen.table
        assert table is not None
        assert {table.item(row).title for row in screen.view.rows} == {
            "Metro line opens in Hangzhou"}
        assert sorted(table.kind(row) for row in screen.view.rows) == ["count", "money"]


async def test_enter_opens_the_article_at_the_figure_marked(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "j")  # the list's cursor is elsewhere
        screen = await open_table(pilot)
        table = screen.table
        assert table is not None
        target = next(i for i, row in enumerate(screen.view.rows)
                      if table.value(row) == 1.8e10)
        for _ in range(target):
            await pilot.press("j")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app, HzReaderApp) and not isinstance(app.screen, FigureTableScreen)
        assert app.reader.article is not None
        assert app.reader.article.title == "Metro line opens in Hangzhou"
        assert app.headlines.current is not None
        assert app.headlines.current.title == "Metro line opens in Hangzhou"
        rendered = app.reader.rendered
        assert rendered is not None
        placed = rendered.figures[app.reader.current_figure]
        assert placed.figure.text == "18 billion yuan"
        top = app.reader.scroll_offset.y
        assert top <= app.reader.line_of(placed.start) < top + app.reader.size.height
        assert app.focused is app.reader


async def test_a_summary_figure_is_marked_too(tmp_path: Path) -> None:
    app = make_app([write_articles(tmp_path / "a", WITH_SUMMARY)])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)  # the counts (2) first, then HK$9.9 billion
        assert screen.table is not None and screen.table.unit(screen.view.rows[2]) == "HKD"
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        rendered = app.reader.rendered
        assert rendered is not None and app.reader.current_figure >= 0
        placed = rendered.figures[app.reader.current_figure]  # the summary's figures are
        assert placed.part == SUMMARY_PART                    # the pane's own, so `]` goes on
        assert rendered.text.plain[placed.start : placed.end] == "HK$9.9 billion"


WITH_TITLE = {
    "deal.yaml": """
        title: "  Deal worth $4.2 billion signed"
        date: 2025-02-05
        body: |
          The two firms met on the day it was signed, with 3 lawyers each.
        """,
    "other.yaml": """
        title: Small grant
        date: 2025-02-01
        body: |
          A grant of $5,000 was made.
        """,
}


async def test_a_title_figure_is_a_row_and_opens_marked(tmp_path: Path) -> None:
    app = make_app([write_articles(tmp_path / "a", WITH_TITLE)])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "money>1e9")  # the headline's sum is the article's only one
        assert [item.title.strip() for item in app.headlines.items] == [
            "Deal worth $4.2 billion signed"]
        await pilot.press("escape")
        screen = await open_table(pilot)
        table = screen.table
        assert table is not None and len(screen.view.rows) == 1
        row = screen.view.rows[0]
        assert (table.value(row), table.unit(row), table.columns.field[row]) == (
            4.2e9, "USD", TITLE)
        assert "$4.2 billion" in widget_lines(screen.view)[0]
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, FigureTableScreen)
        rendered = app.reader.rendered
        assert rendered is not None and app.reader.current_figure >= 0
        placed = rendered.figures[app.reader.current_figure]
        assert placed.part == TITLE_PART
        assert rendered.text.plain[placed.start : placed.end] == "$4.2 billion"
        # The panel lists the title's figure first, and as many figures as the table has.
        await pilot.press("f")
        await pilot.pause()
        panel = app.figures_panel
        everything = build_table(app.library, [app.headlines.current], Query(""))
        assert panel.row_count == len(everything) == 3  # $4.2 billion, two firms, 3 lawyers
        first = panel.prompt(0)
        assert isinstance(first, Text) and "title:" in first.plain and "$4.2 billion" in first.plain


async def test_a_figure_across_a_line_end_opens_in_its_paragraph(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"wrapped.yaml": """
        title: Wrapped
        body: |
          First paragraph, with 7 words in
          it.

          The plan will cost 3 billion
          yuan over five years.
        """})
    app = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        assert screen.table is not None and screen.table.unit(screen.view.rows[0]) == "CNY"
        await pilot.press("enter")
        await pilot.pause()
        rendered = app.reader.rendered
        assert rendered is not None
        placed = rendered.figures[app.reader.current_figure]
        assert (placed.figure.text, placed.part) == ("3 billion yuan", 2)  # paragraph 1


async def test_the_palette_lists_the_table_and_the_article_export() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Figures table" in titles and "Export this article's figures" in titles


async def export_to(pilot: Pilot[int], path: Path) -> None:
    """Type `path` into the export dialog and press Enter."""
    app = pilot.app
    dialog = app.screen
    assert isinstance(dialog, ExportScreen)
    dialog.query_one("#export-path").value = str(path)  # type: ignore[attr-defined]
    await pilot.press("enter")
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_e_exports_the_table_and_never_replaces_a_file_unasked(
        sample_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "money>1e10")
        await pilot.press("escape")
        screen = await open_table(pilot)
        await pilot.press("e")
        await export_to(pilot, target)
        with open(target, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert [r["value"] for r in rows] == ["4500000000000", "18000000000"]
        assert [r["unit"] for r in rows] == ["CNY", "CNY"]
        assert rows[0]["context"] == "Retail sales rose 3 percent to 4.5 trillion yuan."
        assert app.screen is screen
        target.write_text("mine", encoding="utf-8")
        await pilot.press("e")
        await export_to(pilot, target)
        assert isinstance(app.screen, ReplaceFileScreen)
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "mine"
        dialog = app.screen  # back to the name, to change it
        assert isinstance(dialog, ExportScreen) and "exists and was kept" in dialog.message
        assert dialog.query_one("#export-path").value == str(target)  # type: ignore[attr-defined]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and target.read_text(encoding="utf-8") == "mine"
        await pilot.press("e")
        await export_to(pilot, target)
        await pilot.press("y")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert "4.5 trillion yuan" in target.read_text(encoding="utf-8-sig")


async def test_typing_replaces_the_suggested_name_and_a_typed_ahead_enter_keeps_the_file(
        sample_dir: Path, tmp_path: Path) -> None:
    """tryout4: a path typed into the dialog went after "hzreader-figures.csv", and a double
    Enter answered "Replace the file?" with yes before it was read."""
    target = tmp_path / "kept.csv"
    target.write_text("PRECIOUS", encoding="utf-8")
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await open_table(pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*str(target))
        field = app.screen.query_one("#export-path")
        assert field.value == str(target)  # type: ignore[attr-defined]
        await pilot.press("enter", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert isinstance(app.screen, ReplaceFileScreen)
        assert target.read_text(encoding="utf-8") == "PRECIOUS"
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "PRECIOUS"


async def test_the_open_articles_figures_export_as_json(tmp_path: Path) -> None:
    app = make_app([write_articles(tmp_path / "a", WITH_SUMMARY)])
    target = tmp_path / "fund.json"
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert isinstance(app, HzReaderApp)
        app.action_export_article_figures()
        await pilot.pause()
        await export_to(pilot, target)
        document = json.loads(target.read_text(encoding="utf-8"))
        assert [f["text"] for f in document["figures"]] == [
            "HK$9.9 billion", "40 investors", "12 start-ups"]
        assert document["figures"][0]["offsets"]["field"] == "summary"


async def test_help_lists_the_table_keys() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        sections = dict(app.screen.sections)  # type: ignore[attr-defined]
        keys = {binding.key for binding in sections["Figures table (t)"]}
        assert {"r", "R", "e", "enter", "escape,q,t"} <= keys
        assert "t" in {binding.key for binding in sections["Everywhere"]}


async def type_in_export(pilot: Pilot[int], text: str) -> ExportScreen:
    """Put `text` in the open export dialog and press Enter; the dialog (if still open)."""
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportScreen)
    dialog.query_one("#export-path").value = text  # type: ignore[attr-defined]
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return dialog


async def test_a_bad_export_name_keeps_the_dialog_and_what_was_typed(
        sample_dir: Path, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await open_table(pilot)
        await pilot.press("e")
        for typed, said in [
                (str(tmp_path), "is a folder: add a file name"),
                (str(tmp_path / "x.txt"), "Name the file .csv (spreadsheets), .json or .jsonl"),
                (str(tmp_path / "new" / "dir" / "x.json"),
                 f"There is no folder {tmp_path / 'new' / 'dir'}: create it first")]:
            dialog = await type_in_export(pilot, typed)
            assert app.screen is dialog  # still open, with the path as typed
            assert dialog.query_one("#export-path").value == typed  # type: ignore[attr-defined]
            assert said in dialog.message and "Errno" not in dialog.message
        assert list(tmp_path.iterdir()) == []


async def test_a_relative_export_name_says_the_whole_path(
        sample_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from test_app import messages

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await open_table(pilot)
        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        dialog.query_one("#export-path").value = "apple.json"  # type: ignore[attr-defined]
        await pilot.pause()
        assert dialog.message == f"→ {out / 'apple.json'}"  # where it goes, before Enter
        await type_in_export(pilot, "apple.json")
        assert (out / "apple.json").exists()
        # in the table's bottom line, not a toast over its rows (tryout14 §4)
        assert f"figures to {out / 'apple.json'}." in told(app)
        assert not messages(app)


async def test_an_export_into_the_articles_folder_is_asked_for_again(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(sample_dir)  # `cd articles; hzreader .`
    app = make_app([Path(".")])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await open_table(pilot)
        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        assert dialog.message == (f"→ {sample_dir / 'hzreader-figures.csv'}  "
                                  f"(inside the articles folder {sample_dir})")
        dialog = await type_in_export(pilot, "hzreader-figures.csv")
        assert app.screen is dialog and "is inside the articles folder" in dialog.message
        assert not (sample_dir / "hzreader-figures.csv").exists()  # nothing written yet
        await pilot.press("enter")  # asked for twice: written
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert (sample_dir / "hzreader-figures.csv").exists()


async def test_e_on_an_empty_table_says_there_is_nothing_to_export(sample_dir: Path) -> None:
    """tryout5 B#30: no "Export 0 figures" dialog (an empty file); a note instead."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "zzzz")
        await pilot.press("escape")
        screen = await open_table(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert app.screen is screen
        assert "Nothing to export" in told(app)


async def test_an_empty_export_name_keeps_the_dialog_with_its_own_keys(sample_dir: Path) -> None:
    """tryout11: Enter on an empty name closed the dialog silently, and the name typed next
    went to the table as keys (`t` closed it, `m` marked an article); the footer showed the
    table's keys."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await open_table(pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        await pilot.press("ctrl+u", "enter")
        await pilot.pause()
        assert app.screen is dialog and "Type a file name" in dialog.message
        await pilot.press("t", "m")
        assert app.screen is dialog
        assert dialog.query_one("#export-path").value == "tm"  # type: ignore[attr-defined]
        footer = " ".join(b.binding.description for b in app.active_bindings.values()
                          if b.binding.show)
        assert "Cancel" in footer and "Order" not in footer  # (Enter: said on its border)


async def test_the_arrows_and_h_leave_the_figures_table_alone(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        await pilot.press("left", "h", "right")
        await pilot.pause()
        assert app.screen is screen


async def test_the_table_opens_again_at_the_row_it_was_left_on(sample_dir: Path) -> None:
    """tryout11: after Enter (to an article) and t, the table was back at row 1."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        await pilot.press("j", "j", "j")
        assert screen.view.cursor == 3
        await pilot.press("enter")
        await pilot.pause()
        screen = await open_table(pilot)
        assert screen.view.cursor == 3
        await pilot.press("q")
        await pilot.pause()
        await type_query(pilot, "metro")  # other articles listed: from the top
        await pilot.press("enter")
        screen = await open_table(pilot)
        assert screen.view.cursor == 0


async def test_t_while_the_first_articles_are_read_opens_the_table_once_they_are_listed(
        sample_dir: Path) -> None:
    """It said "No articles are listed: change the search first" and stayed empty."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.loading = True  # as during a first start, before the first articles come
        app.headlines.set_items([])
        await pilot.press("t")
        await pilot.pause()
        assert not isinstance(app.screen, FigureTableScreen)
        assert any("still being read" in n.message for n in app._notifications)
        app.loading = False
        app.apply_query("")  # the articles come
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FigureTableScreen)
        assert screen.items and len(screen.items) == len(app.headlines.items)


@pytest.mark.parametrize(("loading", "query", "said"), [
    (False, "", "There are no articles: the opened files hold none."),
    (False, "zzzq", "No articles are listed: change the search first."),
])
async def test_an_empty_table_says_why(tmp_path: Path, loading: bool, query: str,
                                       said: str) -> None:
    """`t` pressed in the first second of a first start said "change the search first",
    with no search typed."""
    (tmp_path / "a.yaml").write_text("title: A\nbody: Up 5%.\n", encoding="utf-8")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        if query:
            await type_query(pilot, query)
            await pilot.press("escape")
        else:
            app.headlines.set_items([])
        app.loading = loading
        screen = await open_table(pilot)
        assert screen.view.empty_message.startswith(said)


async def test_a_table_opened_while_the_index_is_built_says_figures_may_be_missing(
        sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=(160, 40)) as pilot:
        await ready(pilot)
        app.indexing = (3, 3, 12)  # every file searchable, the key figures still to come
        screen = await open_table(pilot)
        assert "still finding key figures: some may be missing" in title(screen)
        await pilot.press("escape")
        app.indexing = None  # done
        screen = await open_table(pilot)
        assert "still finding" not in title(screen)


def test_a_name_that_is_only_an_ending_takes_the_suggested_one() -> None:
    from hzreader.ui.screens.export import named, only_an_ending

    assert only_an_ending(".csv") and only_an_ending(" out/.JSONL ") and only_an_ending(".json")
    assert not only_an_ending("a.csv") and not only_an_ending("csv") and not only_an_ending("")
    assert named(".csv", "hzreader-figures.csv") == "hzreader-figures.csv"
    assert named("out/.json", "story-1-figures.csv") == "out/story-1-figures.json"
    assert named("~/.JSONL", "figures") == "~/figures.JSONL"


async def test_an_export_named_only_csv_writes_no_hidden_file(
        sample_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """tryout16: the name `.csv` wrote the hidden file `./.csv`; it is no name: the dialog
    stays with the suggested name before the ending, which a second Enter writes."""
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await open_table(pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        suggested = dialog.query_one("#export-path").value  # type: ignore[attr-defined]
        dialog.query_one("#export-path").value = ".csv"  # type: ignore[attr-defined]
        await pilot.pause()
        assert "only an ending" in dialog.message  # said while typing
        await type_in_export(pilot, ".csv")
        assert app.screen is dialog and list(out.iterdir()) == []
        assert dialog.query_one("#export-path").value == suggested  # type: ignore[attr-defined]
        assert f"Enter to write {out / suggested}" in dialog.message
        await pilot.press("enter")
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert [p.name for p in out.iterdir()] == [suggested]


async def test_a_narrow_table_sorted_by_date_shows_the_dates(sample_dir: Path) -> None:
    """tryout17: at 80×24, `t` then `r` said "date, newest first" with no date column."""
    app = make_app([sample_dir])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        screen = await open_table(pilot)
        header = screen.query_one("#lens-header", TextLine)
        assert "date" not in str(header.text)
        await pilot.press("r")
        await pilot.pause()
        assert "date ▼" in str(header.text)
        table = screen.table
        assert table is not None
        first = next(table.item(row).date_text for row in screen.view.rows
                     if table.item(row).date_text)
        assert first[:10] in screen.view.row_text(screen.view.rows[0], 78).plain
