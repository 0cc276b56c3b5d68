"""Figures of titles and summaries: marked in the reading pane, the list and the panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.style import Style

from hzreader.figures import extract
from hzreader.model import FIGURE_KINDS, Article, Figure
from hzreader.ui._app import make_app
from hzreader.ui._render import SUMMARY_PART, TITLE_PART, PlacedFigure, render_article
from hzreader.ui.screens.help import FIGURE_EXAMPLES, HelpScreen, look_words
from hzreader.ui.widgets.figure_table import FigureTableView
from hzreader.ui.widgets.figures import figure_context, figure_option, head_parts
from hzreader.ui.widgets.headlines import headline_row, title_figures

from conftest import seed_article, write_articles
from test_app import SIZE, ready

STYLES = {f"figure-{kind}": Style(color="green", underline=kind == "date")
          for kind in FIGURE_KINDS}

ZH = {"zh.yaml": """
    title: 杭州前三季度GDP增长5.6%，引进人才10.2万人
    date: 2025-10-28
    summary: 全市生产总值达15356亿元，同比增长5.6%。
    body: |
      据杭州市统计局介绍，2025年前三季度，全市新引进35岁以下大学生10.2万人，其中硕士以上学历占比超过三成，2368个项目落地。

      第三季度，10个区的研发投入同比增长12%。
    """}


def test_title_and_summary_figures_come_first_in_reading_order() -> None:
    article = Article(id="a", title="Exports rise 5.2% to $4.2 billion",
                      summary="The first rise in 3 months.",
                      body="Imports fell 2 percent.\n\nIn 2025, output grew.")
    rendered = render_article(article, STYLES, extract=extract)
    plain = rendered.text.plain
    found = [(plain[p.start:p.end], p.part) for p in rendered.figures]
    assert found == [("5.2%", TITLE_PART), ("$4.2 billion", TITLE_PART),
                     ("3 months", SUMMARY_PART), ("2 percent", 1), ("2025", 2)]
    assert [p.start for p in rendered.figures] == sorted(p.start for p in rendered.figures)
    assert rendered.parts[TITLE_PART] == 0
    styled = {plain[span.start:span.end] for span in rendered.text.spans
              if span.style == STYLES["figure-money"]}
    assert "$4.2 billion" in styled and "3 months" in styled


def test_a_query_for_a_figure_highlights_it_in_the_title() -> None:
    from hzreader.query import parse_query

    article = Article(id="a", title="Deal worth $4.2 billion", body="No figures here.")
    rendered = render_article(article, STYLES, parse_query("money>1e9"), extract=extract)
    plain = rendered.text.plain
    assert [plain[s:e] for s, e in rendered.matches] == ["$4.2 billion"]


def placed_in(text: str, figure_text: str) -> PlacedFigure:
    """The first figure of `text` that reads `figure_text`, placed at its offsets."""
    figure = next(f for f in extract(text) if f.text == figure_text)
    return PlacedFigure(figure, figure.start, figure.end, 1)


def test_chinese_context_keeps_the_whole_figure_in_the_width() -> None:
    text = ("据杭州市统计局介绍，2025年前三季度，全市新引进35岁以下大学生10.2万人，"
            "其中硕士以上学历占比超过三成。")
    placed = placed_in(text, "10.2万人")
    for width in (20, 31, 40):
        context = figure_context(text, placed, width)
        assert "[10.2万人]" in context
        assert cell_len(context) <= width
        assert context.startswith("…") and context.endswith("…")


def test_latin_context_is_cut_between_words() -> None:
    text = ("Industrial output in the eastern province grew 5.2 percent year-on-year in "
            "October, the statistics bureau said on Monday.")
    context = figure_context(text, placed_in(text, "5.2 percent"), 40)
    assert "[5.2 percent]" in context and cell_len(context) <= 40
    before, after = context.split("[5.2 percent]")
    assert before == "…grew " and after.startswith(" year-on-year") and after.endswith("…")
    words = set(text.split())
    for width in range(24, 60):  # whatever the width, no word is cut in two
        context = figure_context(text, placed_in(text, "5.2 percent"), width)
        shown = context.replace("[5.2 percent]", " ").replace("…", " ").split()
        assert set(shown) <= words, (width, context)
    short = "It grew 5.2 percent."
    assert figure_context(short, placed_in(short, "5.2 percent"), 40) == "It grew [5.2 percent]."


def test_a_panel_row_names_the_kind_and_the_highlighted_row_drops_colours() -> None:
    text = "Sales reached $4.2 billion."
    placed = placed_in(text, "$4.2 billion")
    style = Style(color="green", bold=True, underline=True)
    row = figure_option(text, placed, style, 40)
    assert row.plain.startswith("money") and "$4.2 billion" in row.plain
    lit = figure_option(text, placed, style, 40, highlighted=True)
    assert lit.plain == row.plain
    assert all(not isinstance(span.style, Style) or span.style.color is None
               for span in lit.spans)
    figure_span = next(span for span in lit.spans
                       if lit.plain[span.start:span.end] == "$4.2 billion")
    assert figure_span.style == Style(bold=True, underline=True)
    assert not any(span.style == "dim" for span in lit.spans)


def test_a_title_figure_in_the_panel_says_where_it_is() -> None:
    figure = Figure(0, 4, "2025", "year", 2025.0)
    row = figure_option("2025 in review\nmeta", PlacedFigure(figure, 0, 4, TITLE_PART),
                        Style(), 40)
    assert row.plain.split("\n")[1].startswith("  title: [2025] in review")


def test_a_headline_row_styles_its_title_figures() -> None:
    article = Article(id="a", title="Sales hit $4.2 billion in 2025", body="")
    figures = title_figures(article.title, extract)
    assert [kind for _, _, kind in figures] == ["money", "year"]
    row = headline_row(article, 60, figures=figures, figure_styles={
        "money": Style(color="green"), "year": Style(color="blue")})
    styled = {row.plain[s.start:s.end]: s.style for s in row.spans}
    assert styled["$4.2 billion"] == Style(color="green")
    assert styled["2025"] == Style(color="blue")
    narrow = headline_row(article, 16, figures=figures, figure_styles={
        "money": Style(color="green"), "year": Style(color="blue")})
    assert cell_len(narrow.plain) == 16  # a figure past the cut does not widen the row


async def test_a_chinese_article_is_marked_everywhere(tmp_path: Path) -> None:
    app = make_app([write_articles(tmp_path / "zh", ZH)])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        rendered = app.reader.rendered
        assert rendered is not None
        parts = [placed.part for placed in rendered.figures]
        assert parts[:2] == [TITLE_PART, TITLE_PART] and SUMMARY_PART in parts
        assert parts == sorted(parts)
        await pilot.press("f")
        panel = app.figures_panel
        assert panel.row_count == len(rendered.figures)
        first = str(panel.prompt(0))
        assert first.startswith("duration") and "title: 杭州[前三季度]" in first
        texts = [str(panel.prompt(i)) for i in range(panel.row_count)]
        assert any("[10.2万人]" in text for text in texts)
        await pilot.press("enter")  # to the first figure: in the title
        assert app.reader.current_figure == 0
        in_title = parts.count(TITLE_PART)
        assert in_title == 3  # 前三季度, 5.6%, 10.2万人
        await pilot.press(*["right_square_bracket"] * in_title)
        assert rendered.figures[app.reader.current_figure].part == SUMMARY_PART
        assert panel.cursor == in_title


async def test_the_list_finds_title_figures_only_for_rows_it_draws(tmp_path: Path) -> None:
    files = {f"a{i:04}.yaml": f"title: Item {i} costs ${i} million\nbody: Text {i}.\n"
             for i in range(300)}
    app = make_app([write_articles(tmp_path / "many", files)])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert len(app.headlines.items) == 300
        drawn = len(app.headlines._figure_cache)
        assert 0 < drawn <= app.headlines.size.height
        article = app.headlines.items[1]  # not the cursor row: styled by kind
        styles = app.headlines.figure_styles()
        row = app.headlines.render_line(1)
        money_cells = [segment for segment in row if "$" in segment.text]
        assert money_cells and money_cells[0].style is not None
        assert money_cells[0].style.color == styles["money"].color
        assert "million" in article.title
        # The focused cursor row leaves colour to the cursor: its figures are only bold.
        assert app.focused is app.headlines and app.headlines.cursor == 0
        cursor = app.headlines.render_line(0)
        figure = next(segment for segment in cursor if "$" in segment.text)
        text = next(segment for segment in cursor if "Item" in segment.text)
        assert figure.style is not None and text.style is not None
        assert figure.style.color == text.style.color and figure.style.bold


async def test_help_lists_every_kind_with_its_look(tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        screen = app.screen
        assert isinstance(screen, HelpScreen)
        legend = screen._legend()
        assert [row for row in legend.columns[0].cells] == list(FIGURE_KINDS)
        looks = list(legend.columns[2].cells)
        assert "bold, underlined" in looks and "bold" in looks


def test_every_help_example_is_found_as_its_kind() -> None:
    assert set(FIGURE_EXAMPLES) == set(FIGURE_KINDS)
    for kind, examples in FIGURE_EXAMPLES.items():
        for example in examples:
            found = extract(f"It was {example} then.")
            assert [(f.text, f.kind) for f in found] == [(example.removeprefix("the "), kind)]


def test_look_words() -> None:
    assert look_words(Style(bold=True)) == "bold"
    assert look_words(Style(bold=True, underline=True)) == "bold, underlined"
    assert look_words(Style(bgcolor="red")) == "on a background"


async def test_the_panel_follows_a_theme_change() -> None:
    app = make_app([seed_article()])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f")
        panel = app.figures_panel
        assert panel.cursor == 0  # row 1 is not in the highlight's colours

        def count_colour() -> object:
            prompt = panel.prompt(1)  # "count  10 districts"
            assert not isinstance(prompt, str) and hasattr(prompt, "spans")
            return next(span.style.color for span in prompt.spans
                        if isinstance(span.style, Style) and span.style.color is not None)

        before = count_colour()
        app.theme = "nord"
        for _ in range(3):
            await pilot.pause()
        assert count_colour() != before
        assert count_colour() == app.reader.styles_map()["figure-count"].color


async def test_the_figures_table_cursor_row_leaves_colour_to_the_cursor() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await pilot.pause()
        view = app.screen.query_one(FigureTableView)
        assert view.table is not None
        row = view.rows[0]
        kind = view.table.kind(row)
        colour = view.figure_styles[f"figure-{kind}"].color
        plain, lit = view.row_text(row, 100), view.row_text(row, 100, lit=True)
        assert plain.plain == lit.plain
        assert any(isinstance(s.style, Style) and s.style.color == colour for s in plain.spans)
        assert not any(isinstance(s.style, Style) and s.style.color is not None
                       for s in lit.spans)


def test_a_panel_row_keeps_the_value_with_its_unit_and_cuts_the_figure_text_first() -> None:
    """ui10: "money 新台幣7,596億元 760 bn …" lost TWD at 120 columns; "ordinal third year
    running …" lost its value at 80."""
    rows = [("行政院會通過明年度總預算，歲出規模達新台幣7,596億元。", "新台幣7,596億元",
             "759.6 bn TWD"),
            ("Prices rose for the third year running, officials said.", "third year running",
             "3rd"),
            ("The budget totals 2,345,678,901 Hong Kong dollars this year.",
             "2,345,678,901 Hong Kong dollars", "2.345679 bn HKD")]
    for text, written, value in rows:
        placed = placed_in(text, written)
        for width in range(20, 45):
            head = figure_option(text, placed, Style(), width).plain.split("\n")[0]
            assert cell_len(head) <= width, (width, head)  # CJK counted in cells
            assert head.endswith(value), (width, head)
            if head == value:  # the narrowest: the value alone, whole (a 15-cell one)
                assert cell_len(f"{placed.figure.kind} {value}") > width
                continue
            shown = head.removesuffix(value).split(maxsplit=1)[-1].strip()
            if shown != written and shown != placed.figure.kind:  # cut: as a whole with …
                assert shown.endswith("…"), (width, head)
                assert written.startswith(shown.removesuffix("…")), (width, head)


def test_a_figure_text_is_cut_between_words_or_beside_a_wide_character() -> None:
    assert head_parts("money", "新台幣7,596億元", "760 bn TWD", 28) == (
        "money    ", "新台幣…", "  760 bn TWD")
    assert head_parts("ordinal", "third year running", "3rd", 25) == (
        "ordinal  ", "third year…", "  3rd")
    # never inside a number: "2,345,67…" would read as another number; nor a lone "…" (ui11):
    # the text goes and the value stands in its place
    assert head_parts("money", "2,345,678,901 Hong Kong dollars", "2.35 bn HKD", 31) == (
        "money    ", "", "2.35 bn HKD")
    assert head_parts("money", "$4.2 billion", "$4.2 bn", 40) == (
        "money    ", "$4.2 billion", "  $4.2 bn")  # room for all: as before
    assert head_parts("money", "新台幣7,596億元", "760 bn TWD", 16) == (
        "money ", "", "760 bn TWD")  # no room for the figure: the kind and value


@pytest.mark.parametrize(("kind", "written", "value"), [
    ("money", "US$665 trillion", "$665 tn"), ("money", "$4.5 billion", "$4.5 bn"),
    ("ordinal", "third year running", "3"), ("money", "新台幣7,596億元", "759.6 bn TWD"),
    ("count", "12,000 new projects", "12,000"), ("duration", "a decade and a half", "15 years"),
    ("count", "三萬個家庭", "30,000"),
])
def test_a_cut_figure_text_never_leaves_a_lone_ellipsis(kind: str, written: str,
                                                        value: str) -> None:
    """ui11: the panel cut "US$665 trillion" down to "…": a cut keeps at least three cells
    of letters and digits, or the text goes and the value stands in its place."""
    for width in range(len(kind) + 1 + cell_len(value), 50):
        column, text, tail = head_parts(kind, written, value, width)
        assert cell_len(column + text + tail) <= width, width
        assert tail.strip() == value and column.strip() == kind, width
        if text != written:
            assert text == "" or (written.startswith(text.removesuffix("…"))
                                  and cell_len("".join(c for c in text if c.isalnum())) >= 3
                                  ), (width, text)
        if not text:
            assert tail == value, width  # no gap before a value alone


@pytest.mark.parametrize(("title", "width", "shown"), [
    # cut before the figure, not inside its number ("逾1,…" is a number the story has not)
    ("颱風襲港 天文台發出十號風球 逾1,300宗塌樹報告", 36, "颱風襲港 天文台發出十號風球…"),
    ("Central bank holds rates at 4.25% and signals more", 34,
     "Central bank holds rates at…"),
    ("Central bank holds rates at 4.25% and signals more", 40,
     "Central bank holds rates at 4.25% an…"),  # words are cut as before
    # a number no rule took is not cut inside either
    ("Model 1200000 goes on sale", 14, "Model…"),
    # a plain cut: "…" right after the last word, never after a space or half a wide
    # character (ui13: "马拉松报名人数创新高  …", "Factory output …")
    ("马拉松报名人数创新高 超过20万人", 26, "马拉松报名人数创新高…"),
    ("Factory output rises 5.2 percent in October", 19, "Factory output…"),
    # a joined emoji is one glyph of two cells: kept whole or left out, never cut inside
    ("Family day \U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 draws crowds", 20,
     "Family day \U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 dr…"),
    ("Family day \U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 draws crowds", 15,
     "Family day…"),
])
def test_a_headline_is_never_cut_inside_a_figure_or_number(title: str, width: int,
                                                             shown: str) -> None:
    article = Article(id="a", title=title, body="")
    row = headline_row(article, width, figures=title_figures(title, extract))
    assert cell_len(row.plain) == width
    assert row.plain[3:].rstrip() == shown


def test_a_headline_cut_keeps_the_plain_cut_when_the_figure_starts_it() -> None:
    """Moving the cut to the figure's start would leave too little: cut as before."""
    title = "1,234,567 people marched through the capital"
    row = headline_row(Article(id="a", title=title, body=""), 12,
                       figures=title_figures(title, extract))
    assert cell_len(row.plain) == 12 and row.plain.endswith("…")
