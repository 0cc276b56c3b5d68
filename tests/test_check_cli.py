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
    assert lines == [f"{path}:3:11: invalid YAML: mapping values are not allowed in this context"
                     '; hint: a value with ": " in it must be quoted: '
                     'body: "this: breaks the mapping"']


@pytest.mark.parametrize(("yaml_text", "where", "hint"), [
    ("title: Growth: 5 percent\nbody: b\n", "1:14",
     'a value with ": " in it must be quoted: title: "Growth: 5 percent"'),
    ('title: a\nbody: He said "yes": more\n', "2:20",
     "a value with \": \" in it must be quoted: body: 'He said \"yes\": more'"),
    ("- title: a: b\n  body: c\n", "1:11",
     'a value with ": " in it must be quoted: - title: "a: b"'),
    ("title: a\n  body: b\n", "2:7",
     "check the indentation: the fields of an article start in the same column"),
    ("title: a\n\tbody: b\n", "2:1", "indent with spaces, not tabs"),
    # A tab that starts a line after a quoted value or an empty key is not a "value".
    ('title: "Tabs"\n\tbody: x\n', "2:1", "indent with spaces, not tabs"),
    ('title: "Tabs"\nbody:\n\tline with tab\n', "3:1", "indent with spaces, not tabs"),
    ("title: @home\nbody: b\n", "1:8", 'a value starting with @ must be quoted: title: "@home"'),
    ("title: *starred\nbody: b\n", "1:8",
     'a value starting with * or & must be quoted: title: "*starred"'),
    ('title: "abc\nbody: b\n', "1:8",  # where the quote opened
     "a quote is never closed: each \" or ' needs its partner on the same value"),
    ("title: 'It's fine'\nbody: b\n", "1:12",
     "text after a closing quote: quote the whole value (inside '...' write ' as '')"),
    ("title: a\nbody: b\n- x\n", "3:1",
     "a list item where a field was expected: indent it under its key"),
    ("title: a\nbody b\nsource: c\n", "3:1",
     "a line without `key: value` above this one: indent text that goes on over lines, "
     "or start it with | (see the article format)"),
    ("title: a\nbody: b\ntags: [a, b\n", "4:1",
     "a [ list is not closed, or one of its items needs quotes"),
])
def test_common_yaml_mistakes_get_a_hint(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                          yaml_text: str, where: str, hint: str) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(yaml_text)
    status, [line] = check(capsys, path)
    assert status == 1
    assert line.startswith(f"{path}:{where}: invalid YAML: ")
    assert line.endswith(f"; hint: {hint}")


def test_unusual_yaml_errors_keep_the_parser_words_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("title: a\nbody: b\n--- !\n")
    status, lines = check(capsys, path)
    assert status == 1
    assert all("hint:" not in line for line in lines), lines


@pytest.mark.parametrize(("field", "message"), [
    ('body: ""', "3:7: warning: `body` is empty: the article shows only its title"),
    ("tags: economy", "3:7: warning: `tags` is text, not a list: read as one entry "
                      "(for a list write tags: [economy])"),
    ("related: Another story", "3:10: warning: `related` is text, not a list: read as one "
                               "entry (for a list write related: [Another story])"),
    ("url: 12345", "3:6: warning: `url` must be a web address (text), got a number; ignored"),
    ("url: example.com/a", "3:6: warning: `url` does not start with http:// or https://: "
                           "'example.com/a'; o will not open it"),
])
def test_suspicious_fields_are_warned_about(capsys: pytest.CaptureFixture[str],
                                            tmp_path: Path, field: str, message: str) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(f"title: t\nbody: b\n{field}\n".replace("body: b\nbody", "body"))
    if field.startswith("body"):
        path.write_text(f"title: t\nid: x\n{field}\n")
    status, lines = check(capsys, path)
    assert status == 0  # warnings only: the article is still read
    assert lines == [f"{path}:{message}"]


def test_a_good_url_and_tag_list_pass_quietly(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("title: t\nbody: b\nurl: https://example.com/a\ntags: [economy]\n")
    assert check(capsys, path) == (0, [])


def test_hostile_folder_fails_with_one_located_line_per_problem(
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = FIXTURES / "hostile"
    status, lines = check(capsys, folder)
    assert status == 1
    assert len(lines) == 27  # 23 problems, and escapes.yaml's 4 controls removed
    for line in lines:
        match = LOCATED.match(line)
        assert match is not None, line
        assert Path(match["file"]).parent == folder
    assert f"{folder / 'multi_doc.yaml'}:6:1: invalid YAML: did not find expected ',' or ']' " \
           "(while parsing a flow sequence); hint: a [ list is not closed, or one of its " \
           "items needs quotes" in lines
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
    assert "1 article loaded from 2 files; 1 error, 0 warnings" in captured.err


def test_missing_path_is_a_usage_error(capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    """As `grep` and `less`: one line on stderr, exit 2, nothing checked."""
    status = main(["--check", str(tmp_path / "nope")])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    assert captured.err.splitlines() == [f"hzreader: {tmp_path / 'nope'}: no such file or folder"]


def test_one_missing_path_among_good_ones_stops_the_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "good.yaml").write_text("title: a\nbody: b\n")
    status = main(["--check", str(tmp_path), str(tmp_path / "gone.yaml")])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.err.splitlines() == [f"hzreader: {tmp_path / 'gone.yaml'}: "
                                         "no such file or folder"]


def test_reader_with_a_missing_path_exits_2_without_opening(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hzreader.ui

    def no_app(*args: object, **kwargs: object) -> None:
        raise AssertionError("the reader must not open")

    monkeypatch.setattr(hzreader.ui, "make_app", no_app)
    status = main([str(tmp_path / "nonexistent")])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.err.splitlines() == [f"hzreader: {tmp_path / 'nonexistent'}: "
                                         "no such file or folder"]


def test_a_device_is_not_a_file_or_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check", "/dev/null"]) == 2
    assert capsys.readouterr().err == "hzreader: /dev/null: not a file or folder\n"


def test_missing_path_from_the_shell(tmp_path: Path) -> None:
    """The real command: stderr only, status 2."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "hzreader", str(tmp_path / "nope")],
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"hzreader: {tmp_path / 'nope'}: no such file or folder\n"


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
    # escaped as `ls -b` shows it, so the file can be found: the undecodable byte too
    assert line.endswith("\\x1b]0;owned\\x07bad\\xff.yaml:1:8: "
                         "`title` must be non-empty text, got a list")


def test_no_arguments_open_the_default_collection(monkeypatch: pytest.MonkeyPatch) -> None:
    """`hzreader` alone (parsed without argparse) opens the app on no paths."""
    import hzreader.ui

    opened: list[list[str]] = []

    class FakeApp:
        return_code = 0

        def run(self) -> None:
            return None

    def fake_make_app(paths: list[str]) -> FakeApp:
        opened.append(list(paths))
        return FakeApp()

    monkeypatch.setattr(hzreader.ui, "make_app", fake_make_app, raising=False)
    monkeypatch.setattr(hzreader.ui, "pause_gc_until_painted", lambda: None, raising=False)
    assert main([]) == 0
    assert opened == [[]]


def test_the_reader_exits_non_zero_when_the_app_ended_on_an_error(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """tryout4: a crash printed its traceback and the shell saw status 0."""
    import hzreader.ui as ui

    class Crashed:
        return_code = 1

        def run(self) -> None:
            return None

    monkeypatch.setattr(ui, "make_app", lambda paths: Crashed())
    monkeypatch.setattr(ui, "pause_gc_until_painted", lambda: None)
    assert main([str(tmp_path)]) == 1


@pytest.mark.parametrize(("text", "what"), [
    ('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title></channel></rss>\n',
     "a news feed (XML)"),
    ('\ufeff  <feed xmlns="http://www.w3.org/2005/Atom"><title>x: y</title></feed>\n',
     "a news feed (XML)"),
    ("<!DOCTYPE html>\n<html><body><p>Growth: 5%</p></body></html>\n", "a web page (HTML)"),
])
def test_a_feed_or_page_given_as_an_article_says_how_to_bring_it_in(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, what: str) -> None:
    (tmp_path / "saved.yaml").write_text(text, encoding="utf-8")
    status, lines = check(capsys, tmp_path)
    assert status == 1
    assert lines == [f"{tmp_path / 'saved.yaml'}:1: this is {what}, not a YAML article: "
                     "bring it in with `hzreader import FILE`"]


def test_an_article_mentioning_markup_is_still_an_article(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text('title: "<rss> feeds explained"\nbody: "<html> too"\n',
                                     encoding="utf-8")
    assert check(capsys, tmp_path) == (0, [])
