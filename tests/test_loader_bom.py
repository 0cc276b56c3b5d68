"""A file whose first bytes look like a byte order mark but whose text is not in that
encoding: the message says which bytes were taken for a mark, and where the text breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.files import load_paths


def problem_of(path: Path) -> tuple[str, int | None]:
    result = load_paths([path])
    assert not result.articles
    (problem,) = result.problems
    return problem.message, problem.line


def test_utf8_text_behind_ff_fe_is_told_apart(tmp_path: Path) -> None:
    path = tmp_path / "notutf8.yaml"
    path.write_bytes(b"\xff\xfe bad bytes\n")
    message, line = problem_of(path)
    assert message == ("not valid UTF-16 text: the file starts with the bytes FF FE, which "
                       "were taken as a UTF-16 byte order mark; the rest reads as UTF-8, so "
                       "it may be UTF-8 with those 2 bytes in front by mistake: remove them")
    assert line == 1


def test_big_endian_mark_before_utf8_with_accents(tmp_path: Path) -> None:
    path = tmp_path / "be.yaml"
    path.write_bytes(b"\xfe\xff" + "Café!\n".encode())  # odd: no UTF-16
    message, _ = problem_of(path)
    assert "the bytes FE FF, which were taken as a UTF-16 byte order mark" in message
    assert "the rest reads as UTF-8" in message


@pytest.mark.parametrize("tail", ["body: b\n", "b" * 200_000 + "\n"], ids=["short", "long"])
def test_broken_utf16_gives_its_line_and_no_utf8_guess(tmp_path: Path, tail: str) -> None:
    good = "title: Tea\nsource: x\n".encode("utf-16-le")
    bad = b"\x00\xdc"  # a lone low surrogate
    path = tmp_path / "u16.yaml"
    path.write_bytes(b"\xff\xfe" + good + bad + tail.encode("utf-16-le"))
    message, line = problem_of(path)
    assert message.startswith("not valid UTF-16 text: the file starts with the bytes FF FE")
    assert message.endswith("; save the file as UTF-8") and "reads as UTF-8" not in message
    assert line == 3
