"""The quick wrap of ASCII lines breaks exactly where the character-by-character wrap does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from hzreader.ui._wrap import _wrap_cells, _wrap_offsets


@settings(max_examples=500)
@given(st.text(alphabet=" ab\tc.-中’é\xa0\u0301", max_size=60), st.integers(1, 12),
       st.one_of(st.none(), st.integers(1, 12)))
def test_the_quick_wrap_is_the_careful_one(line: str, width: int, next_width: int | None) -> None:
    careful = [(0, len(line))] if cell_len(line) <= width else \
        _wrap_cells(line, width, next_width)
    assert _wrap_offsets(line, width, next_width) == careful


def test_the_narrow_characters_are_those_of_one_cell() -> None:
    from hzreader.ui._wrap import NARROW_BLOCKS, _narrow_characters

    every = (chr(code) for first, last in NARROW_BLOCKS for code in range(first, last + 1))
    assert _narrow_characters() == {char for char in every
                                    if char.isprintable() and cell_len(char) == 1}


ZH = ("杭州市今年新引进大学生，发放补贴超过16亿元，营收增长11%。"
      "《杭州日报》报道：人才政策（试行）已经实施。")


def test_chinese_punctuation_never_starts_a_line_and_opening_marks_never_end_one() -> None:
    for width in range(6, 30):
        lines = [ZH[start:end].rstrip() for start, end in _wrap_offsets(ZH, width)]
        assert "".join(lines) == ZH
        assert all(cell_len(line) <= width for line in lines)
        assert not any(line[0] in "，。：）》、" for line in lines), (width, lines)
        assert not any(line[-1] in "《（" for line in lines), (width, lines)


def test_a_closing_mark_takes_the_character_before_it_to_the_next_line() -> None:
    line = "大学生，发放"
    assert [line[s:e] for s, e in _wrap_offsets(line, 6)] == ["大学", "生，发", "放"]


@settings(max_examples=300)
@given(st.text(alphabet="中文字，。（）《》a ", max_size=60), st.integers(4, 20))
def test_a_line_breaks_before_closing_punctuation_only_when_nothing_else_fits(
        line: str, width: int) -> None:
    pieces = _wrap_cells(line, width)
    assert "".join(line[s:e] for s, e in pieces) == line
    for (start, end), (after, _) in zip(pieces, pieces[1:], strict=False):
        if line[after] in "，。）》" and line[after - 1] != " ":
            # It ends before a closing mark only when it had no other place to break.
            assert not any(line[at] == " " or (line[at] in "中文字，。）》"
                                                and line[at + 1] not in "，。）》")
                           for at in range(start, end - 1)), (line, width, pieces)
