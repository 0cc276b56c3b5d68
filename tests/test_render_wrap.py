"""The quick wrap of ASCII lines breaks exactly where the character-by-character wrap does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from hzreader.ui._render import _wrap_cells, _wrap_offsets


@settings(max_examples=500)
@given(st.text(alphabet=" ab\tc.-中’é\xa0\u0301", max_size=60), st.integers(1, 12),
       st.one_of(st.none(), st.integers(1, 12)))
def test_the_quick_wrap_is_the_careful_one(line: str, width: int, next_width: int | None) -> None:
    careful = [(0, len(line))] if cell_len(line) <= width else \
        _wrap_cells(line, width, next_width)
    assert _wrap_offsets(line, width, next_width) == careful


def test_the_narrow_characters_are_those_of_one_cell() -> None:
    from hzreader.ui._render import NARROW_BLOCKS, _narrow_characters

    every = (chr(code) for first, last in NARROW_BLOCKS for code in range(first, last + 1))
    assert _narrow_characters() == {char for char in every
                                    if char.isprintable() and cell_len(char) == 1}
