"""`--` as an option's value (tryout16: `hzreader figures --query '--'` raised AttributeError,
argparse having made the value an empty list)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from hzreader._args import ArgumentParser
from hzreader.cli import build_parser
from hzreader.lens._cli import figures_command


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.yaml").write_text("title: Sales up 5%\nbody: Sales rose 5% to $3bn.\n",
                                 encoding="utf-8")
    return news


@pytest.mark.parametrize("query", [["-q", "--"], ["--query=--"], ["-q--"], ["--query", "--"]])
def test_a_query_of_two_dashes_is_a_query(folder: Path, query: list[str]) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert figures_command([str(folder), "--files", *query, "-f", "csv"], out, err) == 0
    assert "'-' is ignored" in err.getvalue()  # as the app's search bar says it
    assert "$3bn" in out.getvalue()  # (an ignored symbol: every figure)


@pytest.mark.parametrize(("option", "message"), [
    ("--sort=--", "argument --sort: invalid choice: '--'"),
    ("--format=--", "argument -f/--format: invalid choice: '--'"),
    ("--kind=--", "unknown kind '--'"),
])
def test_two_dashes_are_checked_as_any_value(folder: Path, option: str, message: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        figures_command([str(folder), option], io.StringIO(), io.StringIO())
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


def test_two_dashes_take_their_option_type() -> None:
    parser = ArgumentParser(prog="x")
    parser.add_argument("--name")
    parser.add_argument("--count", type=int)
    parser.add_argument("paths", nargs="*")
    assert parser.parse_args(["--name=--", "a"]).name == "--"
    with pytest.raises(SystemExit):
        parser.parse_args(["--count=--"])


def test_two_dashes_alone_still_end_the_options() -> None:
    args = build_parser().parse_args(["--", "--check", "-x.yaml"])
    assert args.paths == ["--check", "-x.yaml"] and not args.check
