"""Every character removed from a value is named, and a removal leaves no column gap
(tryout19 §19)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.cli import main
from hzreader.files import load_paths
from hzreader.model import body_paragraphs
from hzreader.text import clean_text, removed_controls, removed_kind
from hzreader.ui._breaks import body_margin, layout_paragraph

#: The tester's file: escapes in double quotes, two lines of one paragraph.
ESCAPED = ('title: esc\nbody: "Bell \\x07 and backspace ab\\x08\\x08XY and \\x1b[?1049h alt '
           'screen \\x1b]52;c;SGVsbG8=\\x07\\nosc52 and \\u009b31m C1 CSI, then the rest of it '
           'in a line long enough.\\n\\nRight-to-left \\u202e override here, in a line long '
           'enough\\nand '
           'zero\\u200bwidth and 5% rise, in a line long enough to be prose."\n')


def test_check_names_every_character_removed(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "esc.yaml").write_text(ESCAPED, encoding="utf-8")
    assert main(["--check", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{tmp_path / 'esc.yaml'}:2:13: warning: control and invisible characters removed "
        "from `body` (U+0007, U+0008, U+001B, U+009B, U+202E, U+200B)"]


def test_a_raw_invisible_character_is_told_where_it_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """YAML takes a raw U+202E (it is printable to YAML): no escape in the file."""
    (tmp_path / "raw.yaml").write_text(
        "title: raw\nbody: |\n  Right-to-left \u202e override and zero\u200bwidth.\n",
        encoding="utf-8")
    assert main(["--check", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{tmp_path / 'raw.yaml'}:3:17: warning: invisible characters removed from `body` "
        "(U+202E, U+200B)"]


def test_many_are_named_then_an_ellipsis() -> None:
    names = removed_controls("".join(map(chr, range(1, 31))))
    assert len(names) == 13 and names[-1] == "…"
    assert removed_kind(names) == "control characters"
    assert removed_kind(["U+200B"]) == "invisible characters"


@pytest.mark.parametrize(("raw", "clean"), [
    ("Bell \x07 and", "Bell and"),
    ("Right-to-left \u202e override", "Right-to-left override"),
    ("and \x1b[?1049h alt screen \x1b]52;c;SGVsbG8=\x07 osc52", "and alt screen osc52"),
    ("a \x07\u202e\x1b[1m b", "a b"),
    ("zero\u200bwidth", "zero width"),
    ("ab\x08\x08XY", "abXY"),
    ("Col 1   \x07   Col 2", "Col 1     Col 2"),  # a gap that was written stays one
    ("Bell\x07  and", "Bell  and"),  # and so do spaces written together
])
def test_a_removal_between_spaces_leaves_one_space(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_prose_with_controls_stays_prose_in_the_pane(tmp_path: Path) -> None:
    """The gaps left behind ("Bell  and") made the paragraph a two-space table: kept lines
    with a hanging indent."""
    (tmp_path / "esc.yaml").write_text(ESCAPED, encoding="utf-8")
    [article] = load_paths([tmp_path]).articles
    assert "  " not in article.body
    for paragraph in body_paragraphs(article.body):
        _, looks = layout_paragraph(paragraph, article.body, body_margin(article.body))
        assert looks == []
