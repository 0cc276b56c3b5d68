"""The user's folders: platformdirs, with an absolute $XDG_*_HOME honoured everywhere."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from hzreader import dirs
from hzreader.cli import main


@pytest.mark.parametrize(("variable", "function"), [
    ("XDG_CACHE_HOME", dirs.cache_dir), ("XDG_STATE_HOME", dirs.state_dir),
    ("XDG_CONFIG_HOME", dirs.config_dir), ("XDG_DATA_HOME", dirs.data_dir)])
def test_xdg_variables_are_honoured(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                    variable: str, function: object) -> None:
    monkeypatch.setenv(variable, str(tmp_path))
    assert function() == tmp_path / "hzreader"  # type: ignore[operator]


def test_without_xdg_the_platform_rules_apply(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(variable, "relative/is/ignored")
    assert dirs.cache_dir() == Path(platformdirs.user_cache_dir("hzreader", appauthor=False))
    assert dirs.data_dir() == Path(platformdirs.user_data_dir("hzreader", appauthor=False))
    assert dirs.library_dir() == dirs.data_dir() / "articles"


def test_check_with_no_path_checks_the_library_once_it_holds_articles(
        capsys: pytest.CaptureFixture[str]) -> None:
    from hzreader.files import bundled_articles

    assert main(["--check"]) == 0
    bundled = len(list(bundled_articles().glob("*.yaml")))
    assert f"{bundled} articles loaded from {bundled} files" in capsys.readouterr().err
    dirs.library_dir().mkdir(parents=True)
    (dirs.library_dir() / "a.yaml").write_text("title: A\nbody: x\n", encoding="utf-8")
    (dirs.library_dir() / "b.yaml").write_text("title: B\nbody: y\n", encoding="utf-8")
    assert main(["--check"]) == 0
    assert "2 articles loaded from 2 files" in capsys.readouterr().err


def test_hidden_files_alone_do_not_make_a_library() -> None:
    from hzreader.files import bundled_articles, default_paths

    dirs.library_dir().mkdir(parents=True)
    (dirs.library_dir() / ".hzreader-imported").write_text("0123456789\n")
    (dirs.library_dir() / "readme.txt").write_text("not an article")
    assert default_paths() == [bundled_articles()]
