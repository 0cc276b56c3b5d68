"""Lines that stay lines inside a paragraph (`ui._breaks`) and how the wrap sets them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from hzreader.figures import extract
from hzreader.model import FIGURE_KINDS, Article, body_paragraphs
from hzreader.query import parse_query
from hzreader.text import clean_line
from hzreader.ui._breaks import HANG, body_margin, layout_paragraph
from hzreader.ui._render import render_article
from hzreader.ui._wrap import LineLook, WrappedLines, wrap

STYLES = {"match": Style(bgcolor="yellow"),
          **{f"figure-{kind}": Style(color="green") for kind in FIGURE_KINDS}}

TABLE = """\
Results by region:
  Region      2024    2025   Change
  North       1,200   1,350  +12.5%
  South         980   1,010   +3.1%"""


def lines_of(body: str, number: int = 0) -> list[str]:
    """The lines paragraph `number` of `body` shows: its text cut where a look starts."""
    paragraph = body_paragraphs(body)[number]
    text, looks = layout_paragraph(paragraph, body, body_margin(body))
    cuts = [at for at, _ in looks if at]
    return [text[start:end].rstrip() for start, end in
            zip([0, *cuts], [*cuts, len(text)], strict=True)]


def looks_of(body: str, number: int = 0) -> list[LineLook]:
    paragraph = body_paragraphs(body)[number]
    return [look for _, look in layout_paragraph(paragraph, body, body_margin(body))[1]]


def joined(body: str, number: int = 0) -> bool:
    """Whether paragraph `number` of `body` flows as one paragraph, as before."""
    paragraph = body_paragraphs(body)[number]
    text, looks = layout_paragraph(paragraph, body, body_margin(body))
    return not looks and text == clean_line(paragraph.text)


def test_a_table_keeps_every_line_with_its_spaces_and_indentation() -> None:
    assert lines_of(TABLE) == ["Results by region:", "Region      2024    2025   Change",
                               "North       1,200   1,350  +12.5%",
                               "South         980   1,010   +3.1%"]
    assert looks_of(TABLE) == [LineLook(0, HANG, True)] + [LineLook(2, HANG, True)] * 3


def test_a_table_shows_the_paragraph_text_so_figures_keep_their_offsets() -> None:
    paragraph = body_paragraphs(TABLE)[0]
    text, _ = layout_paragraph(paragraph, TABLE, body_margin(TABLE))
    assert text == paragraph.text  # the index's figures are found in this very text
    assert [f.text for f in extract(text)] == [f.text for f in extract(paragraph.text)]


def test_hard_wrapped_prose_still_joins() -> None:
    body = ("Industrial output grew 5.2 percent year-on-year in October, the statistics\n"
            "bureau said on Friday, as exporters rushed orders out before new tariffs took\n"
            "effect.")
    assert joined(body)


def test_two_spaces_after_a_full_stop_are_no_columns() -> None:
    body = ("Output grew 5.2 percent.  Exports rose 3 percent, the bureau said on Friday,\n"
            "as orders were rushed out.  Imports fell for a third month in a row, and the\n"
            "trade surplus widened to a record.  Analysts expect a slowdown next year.")
    assert joined(body)


def test_columns_of_tabs_pipes_and_ideographic_spaces_make_a_table() -> None:
    assert lines_of("| Item | Q1 |\n|------|----|\n| Fees | $5 |") == [
        "Item  Q1", "────  ──", "Fees  $5"]  # a Markdown table, aligned (test_pipe_table)
    assert lines_of("| Item | Q1 |\n| Fees | $5 |") == ["| Item | Q1 |", "| Fees | $5 |"]
    assert lines_of("地区\u30002024年\u30002025年\n杭州\u3000500\u3000620") == [
        "地区\u30002024年\u30002025年", "杭州\u3000500\u3000620"]
    assert len(lines_of("Region\tShare\nNorth\t12%")) == 2  # (a tab, as `clean_text` leaves it)
    assert len(lines_of("Region    Share\nNorth     12%")) == 2


def test_one_line_with_columns_is_not_a_table() -> None:
    body = ("The index rose to 51.2   from 49.8 in October, the highest reading since\n"
            "the spring of last year, as new orders picked up across the manufacturing sector.")
    assert joined(body)


def test_list_items_start_lines_and_their_wrapped_lines_continue_them() -> None:
    body = ("The plan includes:\n- 300 new buses for the eastern districts, to be delivered\n"
            "  in the first half of 2026\n- a $1.2 billion metro extension\n- 12 cycle lanes")
    assert lines_of(body) == [
        "The plan includes:",
        "- 300 new buses for the eastern districts, to be delivered in the first half of 2026",
        "- a $1.2 billion metro extension", "- 12 cycle lanes"]
    assert looks_of(body) == [LineLook(0, 2)] * 3
    paragraph = body_paragraphs(body)[0]  # a list's text is the paragraph's, as before
    assert layout_paragraph(paragraph, body, body_margin(body))[0] == clean_line(paragraph.text)


def test_list_markers() -> None:
    for first, second, hang in [("• one", "• two", 2), ("1. one", "2. two", 3),
                                ("(a) one", "(b) two", 4), ("a) one", "b) two", 3),
                                ("一、新增公交车", "二、地铁延伸", 4), ("1）一", "2）二", 3),
                                ("①一", "②二", cell_len("①")), ("(iii) one", "(iv) two", 5),
                                ("* one", "* two", 2), ("（一）一", "（二）二", 6)]:
        body = f"Intro line that runs on for a while and is long enough not to be verse:\n" \
               f"{first}\n{second}"
        assert lines_of(body)[1:] == [first, second], first
        assert looks_of(body)[-1].hang == hang, first


def test_a_dash_that_a_hard_wrap_put_at_a_line_start_is_no_list() -> None:
    body = ("The council approved the budget for the coming year on Tuesday evening\n"
            "- the largest in its history - after a debate that lasted well into the night.")
    assert joined(body)


def test_nested_list_items_keep_their_indentation() -> None:
    body = "- Transport\n  - 300 buses\n  - 12 cycle lanes\n- Housing"
    assert lines_of(body) == ["- Transport", "- 300 buses", "- 12 cycle lanes", "- Housing"]
    assert [look.indent for look in looks_of(body)] == [0, 2, 2, 0]


def test_an_indented_block_keeps_its_lines() -> None:
    body = "Results:\n  North 1,200 units sold\n  South 980 units sold"
    assert lines_of(body) == ["Results:", "North 1,200 units sold", "South 980 units sold"]
    long_lines = ("Intro.\n\n    The code of the scheme, quoted in full from the council's "
                  "own papers\n    without any change to the wording of the original text")
    assert len(lines_of(long_lines, 1)) == 2


def test_a_body_indented_as_a_whole_is_not_an_indented_block() -> None:
    line = "The council approved the budget for the coming year on Tuesday evening"
    body = f"    {line}\n    {line}\n\n    {line}"
    assert joined(body)


def test_verse_and_bylines_keep_their_lines() -> None:
    poem = "Roses are red,\n  Violets are blue,\nSugar is sweet,\n  And so are you."
    assert lines_of(poem) == ["Roses are red,", "Violets are blue,", "Sugar is sweet,",
                              "And so are you."]
    assert [look.indent for look in looks_of(poem)] == [0, 2, 0, 2]
    assert lines_of("By Li Wei\nHANGZHOU, Dec 4") == ["By Li Wei", "HANGZHOU, Dec 4"]
    assert lines_of("床前明月光，\n疑是地上霜。") == ["床前明月光，", "疑是地上霜。"]


def test_a_short_paragraph_with_one_long_line_joins() -> None:
    assert joined("The council approved the budget for the coming year on Tuesday\nevening.")


def test_a_line_of_control_characters_only_is_left_out() -> None:
    assert lines_of("Roses are red,\n\x1b[31m\nViolets are blue.") == [
        "Roses are red,", "Violets are blue."]


# -- the wrap ------------------------------------------------------------------------------


def test_kept_lines_start_lines_indented_and_wrapped_under_their_text() -> None:
    plain = "Items: - one two three four five six seven - eight"
    looks = {7: LineLook(0, 2), plain.index("- eight"): LineLook(0, 2)}
    lines, starts = wrap(Text(plain), 20, looks=looks)
    assert [line.plain for line in lines] == [
        "Items:", "- one two three four", "  five six seven", "- eight"]
    assert [plain[start:start + 5] for start in starts] == ["Items", "- one", "five ", "- eig"]


def test_a_table_row_wraps_at_the_wide_width_between_its_cells() -> None:
    row = "Qiantang Commerce  $1.2 billion    $1.35 billion"
    looks = {0: LineLook(0, HANG, wide=True)}
    assert [line.plain for line in wrap(Text(row), 30, looks=looks, wide=60)[0]] == [row]
    lines = [line.plain for line in wrap(Text(row), 30, looks=looks, wide=40)[0]]
    assert lines == ["Qiantang Commerce  $1.2 billion", " " * 19 + "$1.35 billion"]  # under
    # its second cell; where that leaves too little room, under its first
    lines = [line.plain for line in wrap(Text(row), 25, looks=looks)[0]]
    assert lines == ["Qiantang Commerce", "  $1.2 billion", "  $1.35 billion"]


def test_a_deep_indent_gives_way_in_a_narrow_pane() -> None:
    lines, _ = wrap(Text("a b c d e f g h i j k l"), 12, looks={0: LineLook(10, 8)})
    assert all(cell_len(line.plain) <= 12 for line in lines)
    assert lines[0].plain.startswith("    a")  # a third of the width at most


def test_wide_characters_in_a_table_keep_their_columns() -> None:
    body = "地区      2024    2025\n杭州       500     620\nNorth      980   1,010"
    article = Article(id="x", title="T", body=body)
    rendered = render_article(article, STYLES, extract=extract)
    lines, _ = wrap(rendered.text, 40, looks=rendered.looks, wide=40)
    shown = [line.plain for line in lines][-3:]
    assert shown == body.split("\n")
    ends = {cell_len(line[:line.index(cell) + len(cell)])
            for line, cell in zip(shown, ["2024", "500", "980"], strict=True)}
    assert ends == {14}  # the columns line up, in cells


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab 杭\n"), max_size=80), st.integers(1, 14),
       st.integers(0, 20), st.lists(st.tuples(st.integers(0, 80), st.integers(0, 6),
                                               st.integers(0, 6), st.booleans()), max_size=6))
def test_lines_made_when_drawn_agree_with_wrap_and_map_back(
        text: str, width: int, extra: int, picks: list[tuple[int, int, int, bool]]) -> None:
    looks = {at + 1: LineLook(indent, hang, wide) for at, indent, hang, wide in picks
             if at + 1 < len(text) and text[at] == " " and text[at + 1] not in " \n"}
    styled = Text(text)
    lines, starts = wrap(styled, width, looks=looks, wide=width + extra)
    lazy = WrappedLines(styled, width, (), looks, width + extra)
    assert lazy.starts == starts
    assert [line.plain for line in lazy] == [line.plain for line in lines]
    for line, start in zip(lines, starts, strict=True):  # the offsets map back to the text
        assert text[start:].lstrip(" ").startswith(line.plain.lstrip(" "))
        assert cell_len(line.plain) <= max(width + extra, 1) or " " not in line.plain.strip()
    for at in looks:
        assert at in starts  # every kept line starts a line


# -- the rendered article ------------------------------------------------------------------


def test_figures_and_matches_in_a_table_land_on_their_cells() -> None:
    article = Article(id="x", title="Sales", body=f"Intro.\n\n{TABLE}")
    rendered = render_article(article, STYLES, parse_query("south 1010"), extract=extract)
    plain = rendered.text.plain
    assert {"1,200", "1,350", "+12.5%", "980", "1,010"} <= {
        plain[f.start:f.end] for f in rendered.figures}
    assert [plain[start:end] for start, end in rendered.matches] == ["South", "1,010"]
    assert all(plain[at - 1] in " \n" for at in rendered.looks)
    assert rendered.wide
    lines, starts = wrap(rendered.text, 60, looks=rendered.looks)
    south = next(i for i, line in enumerate(lines) if "South" in line.plain)
    assert lines[south].plain == "  South         980   1,010   +3.1%"
    start, _ = rendered.matches[1]
    assert max(i for i, s in enumerate(starts) if s <= start) == south
