"""Korean is wrapped at the spaces between its words, as English is, never inside a word;
Chinese and Japanese still break between characters (tryout18 §16)."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text

from hzreader.ui._wrap import wrap

KOREAN = ("서울 아파트 가격이 지난주 0.3% 상승했다고 한국부동산원이 밝혔다. "
          "기준금리 인하가 예상되면서 매수 심리가 살아나고 있다.")


def _lines(text: str, width: int) -> list[str]:
    return [line.plain for line in wrap(Text(text), width)[0]]


def test_korean_wraps_at_spaces_not_inside_words() -> None:
    words = set(KOREAN.split())
    for width in range(14, 60):
        lines = _lines(KOREAN, width)
        assert "".join(lines).replace(" ", "") == KOREAN.replace(" ", "")
        for line in lines:
            assert cell_len(line) <= width
            assert all(word in words for word in line.split()), (width, line)


def test_a_korean_word_longer_than_the_line_is_still_broken() -> None:
    lines = _lines("가나다라마바사아자차카타파하", 10)
    assert [cell_len(line) for line in lines] == [10, 10, 8]


def test_chinese_and_japanese_still_break_between_characters() -> None:
    assert _lines("杭州市住房和城乡建设局昨日发布通知", 10) == [
        "杭州市住房", "和城乡建设", "局昨日发布", "通知"]
    assert _lines("東京の新築マンション価格", 10) == ["東京の新築", "マンション", "価格"]
