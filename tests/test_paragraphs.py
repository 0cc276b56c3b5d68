"""Paragraphs and their place in the body: figures are stored with body offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from hzreader.figures import article_figure_rows, article_figures, date_day, measure_word
from hzreader.model import BODY, SUMMARY, body_paragraphs, paragraph_offset, split_paragraphs

LINES = st.lists(
    st.one_of(st.sampled_from(["", " ", "  \t", "\u3000", "3 billion", "yuan.", "杭州 5%"]),
              st.text(alphabet=" \tab1.\u00a0\u2028\r", max_size=8)),
    max_size=8,
)


@given(LINES, st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_body_paragraphs_are_split_paragraphs_with_places(lines: list[str], end: str) -> None:
    body = end.join(lines)
    paragraphs = body_paragraphs(body)
    assert [p.text for p in paragraphs] == split_paragraphs(body)
    for number, paragraph in enumerate(paragraphs):
        for offset, char in enumerate(paragraph.text):
            at = paragraph.to_body(offset)
            if char != " ":  # a space may be where two lines were joined
                assert body[at] == char
                assert paragraph.from_body(at) == offset
                assert paragraph_offset(body, at) == (number, offset)


def test_figures_point_into_the_stored_text() -> None:
    summary = "Raised HK$9.9 billion."
    body = "  It cost 3 billion\n  yuan in total.\n\n  Sales rose 5 percent.\n"
    found = article_figures(summary, body)
    assert [(at.field, at.figure.text) for at in found] == [
        (SUMMARY, "HK$9.9 billion"), (BODY, "3 billion yuan"), (BODY, "5 percent")]
    assert summary[found[0].start : found[0].stop] == "HK$9.9 billion"
    assert body[found[1].start : found[1].stop] == "3 billion\n  yuan"
    assert body[found[1].sentence_start : found[1].sentence_stop] == \
        "It cost 3 billion\n  yuan in total."
    assert body[found[2].start : found[2].stop] == "5 percent"
    assert paragraph_offset(body, found[2].start) == (1, 11)


@given(LINES, st.sampled_from(["\n", "\r\n", "\n\n"]), st.sampled_from(["", "3 billion yuan"]))
def test_figure_rows_are_the_figures_as_values(lines: list[str], end: str, title: str) -> None:
    """What the index's workers store (`article_figure_rows`) is `article_figures`, field by
    field, without the `Figure` objects, and a date's day in its year (`date_day`) and a
    count's measure word (`measure_word`)."""
    body = end.join(lines) + "\n\nIt cost 3 billion\n  yuan, up 5 percent in 2024, said Lin, 64," \
        " on 5 May 2024. 全市共有120家企业。"
    summary = "Raised HK$9.9 billion, about 20, 30 and 50 years."
    rows = article_figure_rows(summary, body, title)
    assert rows == [
        (at.field, at.start, at.stop, at.sentence_start, at.sentence_stop, at.figure.kind,
         at.figure.value, at.figure.unit, at.figure.high, at.figure.age,
         date_day(at.figure.text, at.figure.value) if at.figure.kind == "date" else 0,
         measure_word(at.figure.text) if at.figure.kind == "count" else "")
        for at in article_figures(summary, body, title)]
    assert [row[9] for row in rows if row[5] == "duration"] == [False, False, False, True]
    assert [row[10] for row in rows if row[5] == "date"] == [5 * 32 + 5]
    assert rows[-1][5] == "count" and rows[-1][11] == "家"  # 120家企业, the last figure
