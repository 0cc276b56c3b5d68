"""`hzreader --check`: one `FILE:LINE:COL: message` line per problem; exit 1 when rejected."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from hzreader.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
LOCATED = re.compile(r"^(?P<file>[^:]+)(?::(?P<line>\d+)(?::(?P<col>\d+))?)?: (?P<message>.+)$")


def check(capsys: pytest.CaptureFixture[str], *paths: str | Path) -> tuple[int, list[str]]:
    """Run `--check` on `paths`; the exit status and the lines printed on stdout."""
    status = main(["--check", *map(str, paths)])
    return status, capsys.readouterr().out.splitlines()


def test_bundled_articles_pass(capsys: pytest.CaptureFixture[str], bundled_dir: Path) -> None:
    status, lines = check(capsys, bundled_dir)
    assert (status, lines) == (0, [])


def test_no_path_checks_the_bundled_collection(capsys: pytest.CaptureFixture[str]) -> None:
    assert check(capsys) == (0, [])


def test_warnings_alone_pass(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("title: a\nbody: b\ntags: 3\n")
    status, lines = check(capsys, tmp_path)
    assert status == 0
    assert lines == [f"{tmp_path / 'a.yaml'}:3:7: warning: `tags` must be a list of text, "
                     "got a number; ignored"]


def test_syntax_error_line_and_column(capsys: pytest.CaptureFixture[str]) -> None:
    path = FIXTURES / "hostile" / "invalid_yaml.yaml"
    status, lines = check(capsys, path)
    assert status == 1
    assert lines == [f"{path}:3:11: invalid YAML: mapping values are not allowed in this context"]


def test_hostile_folder_fails_with_one_located_line_per_problem(
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = FIXTURES / "hostile"
    status, lines = check(capsys, folder)
    assert status == 1
    assert len(lines) == 23
    for line in lines:
        match = LOCATED.match(line)
        assert match is not None, line
        assert Path(match["file"]).parent == folder
    assert f"{folder / 'multi_doc.yaml'}:6:1: invalid YAML: did not find expected ',' or ']' " \
           "(while parsing a flow sequence)" in lines
    assert any(line.startswith(f"{folder / 'alias_bomb.yaml'}:7:4: ") for line in lines)


def test_good_and_bad_together(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text("title: a\nbody: b\n")
    (tmp_path / "bad.yaml").write_text("title: a\n")
    status, lines = check(capsys, tmp_path)
    assert status == 1
    assert lines == [f"{tmp_path / 'bad.yaml'}:1:1: missing required field `body`"]


def test_summary_goes_to_stderr(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text("title: a\nbody: b\n")
    (tmp_path / "bad.yaml").write_text("title: a\n")
    main(["--check", str(tmp_path)])
    captured = capsys.readouterr()
    assert "1 article(s) loaded from 2 file(s); 1 error(s), 0 warning(s)" in captured.err


def test_missing_path_is_rejected(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, lines = check(capsys, tmp_path / "nope")
    assert (status, lines) == (1, [f"{tmp_path / 'nope'}: no such file or folder"])


def test_escape_sequences_in_file_names_are_not_printed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    hostile_name = os.fsencode(tmp_path) + b"/\x1b]0;owned\x07bad\xff.yaml"
    with open(hostile_name, "wb") as stream:
        stream.write(b"title: [x]\nbody: b\n")
    status, lines = check(capsys, tmp_path)
    assert status == 1
    [line] = lines
    assert "\x1b" not in line and "\x07" not in line
    assert line.endswith("bad\ufffd.yaml:1:8: `title` must be non-empty text, got a list")
