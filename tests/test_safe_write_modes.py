"""Files hzreader writes get the permissions a new file gets (the umask), or keep those of
the file they replace: never mkstemp's owner-only 0600 (tryout10: imported articles were
unreadable to the other users of a shared library)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from hzreader.safe_write import atomic_write, new_file_mode, write_new


@pytest.fixture
def umask_027() -> Iterator[None]:
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_files_follow_the_umask(tmp_path: Path, umask_027: None) -> None:
    assert new_file_mode() == 0o640
    atomic_write(tmp_path / "a.yaml", "title: a\n")
    write_new(tmp_path / "b.yaml", "title: b\n")
    assert mode(tmp_path / "a.yaml") == mode(tmp_path / "b.yaml") == 0o640


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path, umask_027: None) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o604)
    atomic_write(path, "new")
    assert path.read_text(encoding="utf-8") == "new" and mode(path) == 0o604
