"""Finding article files under the opened paths, all at once or below a few changed paths.

Folders are searched recursively in name order; hidden names are skipped. Symlinked folders
are followed once each (by real path), except a link to a folder that holds it or to a
folder above an opened one: that is a loop (`loop -> ..`, a link to `/tmp` or `$HOME`) and
is skipped with a warning, so a link can never make hzreader read the tree above.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from hzreader.model import Problem
from hzreader.text import escaped

YAML_SUFFIXES = (".yaml", ".yml")


def discover(
    paths: Iterable[str | os.PathLike[str]],
) -> tuple[list[tuple[Path, Path]], list[Problem]]:
    """Find YAML files under `paths` as (file, root) pairs; folders are searched recursively.

    Symlinked folders are followed once (loops are cut); missing paths are problems.
    """
    found, problems = discover_names(paths)
    roots: dict[str, Path] = {}
    return [(Path(file), roots.setdefault(root, Path(root))) for file, root in found], problems


def discover_names(
    paths: Iterable[str | os.PathLike[str]],
) -> tuple[list[tuple[str, str]], list[Problem]]:
    """`discover` with plain strings: much cheaper for a tree of 100,000 files."""
    opened = [Path(raw) for raw in paths]
    above = folders_above(opened)
    found: list[tuple[str, str]] = []
    problems: list[Problem] = []
    seen_files: set[str] = set()
    for path in opened:
        if path.is_dir():
            root = str(path)
            candidates = [(file, real, root) for file, real in _walk(root, above, problems)]
        elif path.is_file():
            candidates = [(str(path), os.path.realpath(path), str(path.parent))]
        elif path.exists():
            problems.append(Problem(str(path), "not a regular file or folder"))
            continue
        else:
            problems.append(Problem(str(path), "no such file or folder"))
            continue
        for file, real, folder in candidates:
            if real not in seen_files:
                seen_files.add(real)
                found.append((file, folder))
    return found, problems


def folders_above(opened: Sequence[Path]) -> frozenset[str]:
    """Real paths of every opened folder and of each folder above one (as written and real).

    A symlink that leads to one of these would walk back over the opened tree or above it.
    """
    above: set[str] = set()
    for path in opened:
        if not path.is_dir():
            continue
        for start in (os.path.abspath(path), os.path.realpath(path)):
            folder = start
            while True:
                above.add(os.path.realpath(folder))
                parent = os.path.dirname(folder)
                if parent == folder:
                    break
                folder = parent
    return frozenset(above)


def _contains(outer: str, inner: str) -> bool:
    """True when the real folder `inner` is `outer` or lies below it."""
    return inner == outer or inner.startswith(outer if outer.endswith(os.sep) else outer + os.sep)


def _join(folder: str, name: str) -> str:
    """`folder/name` written as pathlib writes it (no leading `./`); faster than os.path."""
    if folder == ".":
        return name
    return folder + name if folder.endswith(os.sep) else folder + os.sep + name


def loop_warning(link: str, target: str) -> Problem:
    """The warning for a symlinked folder that is not followed because it loops."""
    return Problem(link, f"symlink to {escaped(target)}, a folder above it or an opened "
                   "folder: not followed (it would loop)", severity="warning")


def _walk(root: str, above: frozenset[str], problems: list[Problem]) -> Iterator[tuple[str, str]]:
    """Yield (file, real path) for YAML files below `root`, sorted; hidden names skipped.

    Folders are resolved once each (which cuts the remaining loops); a file's real path is
    its folder's plus its name unless the file itself is a link, so big trees stay cheap.
    """
    seen_dirs: set[str] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        real = os.path.realpath(folder)
        if real in seen_dirs:
            continue
        seen_dirs.add(real)
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            problems.append(Problem(folder, f"cannot read folder: {error.strerror or error}"))
            continue
        subfolders: list[str] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if _is_dir(entry):
                path = _join(folder, entry.name)
                if entry.is_symlink():
                    target = os.path.realpath(path)
                    if target in above or _contains(target, real):
                        problems.append(loop_warning(path, target))
                        continue
                subfolders.append(path)
            elif entry.name.lower().endswith(YAML_SUFFIXES):
                file_real = (os.path.realpath(entry.path) if entry.is_symlink()
                             else _join(real, entry.name))
                yield _join(folder, entry.name), file_real
        stack.extend(reversed(subfolders))


def _is_dir(entry: os.DirEntry[str]) -> bool:
    """True for a folder or a link to one; broken or looping links are not folders."""
    try:
        return entry.is_dir()
    except OSError:
        return False


@dataclass
class Rediscovery:
    """The files below some changed paths, and what they replace.

    Every known file named by a scope (the scope itself, or below it when it is a folder)
    that is not in `found` is gone. `complete` is False when a change could not be placed
    (an opened path itself changed): then only a full `discover` will do.
    """

    found: list[tuple[str, str]] = field(default_factory=list)
    scopes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    complete: bool = True


def in_scope(file: str, scopes: Sequence[str]) -> bool:
    """True when `file` is one of `scopes` or lies below one of them."""
    return any(file == scope or file.startswith(scope + os.sep) for scope in scopes)


def place(changed: str, opened: Sequence[Path]) -> tuple[str, str] | None | Literal[False]:
    """Where an absolute changed path stands among the opened paths.

    (shown path, root) as `discover_names` would name it; None when it is outside every
    opened path or hidden; False when it is an opened folder itself (scan it all again).
    """
    for path in opened:
        text = str(path)
        is_dir = path.is_dir()
        for prefix in dict.fromkeys((os.path.abspath(path), os.path.realpath(path))):
            if changed == prefix:
                return False if is_dir else (text, str(path.parent))
            below = prefix.rstrip(os.sep) + os.sep
            if not is_dir or not changed.startswith(below):
                continue
            relative = changed[len(below):]
            if any(part.startswith(".") for part in relative.split(os.sep)):
                return None
            return _join(text, relative), text
    return None


def _loop_on_the_way(root: str, shown: str, above: frozenset[str]) -> str | None:
    """The first folder from `root` down to `shown` that is a looping symlink, if any."""
    relative = shown[len(root):].lstrip(os.sep) if root != "." else shown
    folder = root
    for part in relative.split(os.sep):
        parent, folder = folder, _join(folder, part)
        if os.path.islink(folder) and os.path.isdir(folder):
            target = os.path.realpath(folder)
            if target in above or _contains(target, os.path.realpath(parent)):
                return folder
    return None


def _locate(path: str, opened: Sequence[Path], above: frozenset[str],
            loops: set[str]) -> tuple[str, str] | None | Literal[False]:
    """`place` for a changed path; one that came through a looping link is taken at its real
    place (a file watcher names a folder by the last way it reached it, loops included).
    A looping link itself is placed and added to `loops` (it is reported, never walked)."""
    where = place(path, opened)
    if where is None or where is False:
        return where
    shown, root = where
    loop = _loop_on_the_way(root, shown, above)
    if loop is None:
        return where
    if loop == shown:  # the looping link itself came or changed
        loops.add(shown)
        return where
    real = os.path.join(os.path.realpath(os.path.dirname(path)), os.path.basename(path))
    again = place(real, opened) if real != path else None
    if not again:
        return None
    loop = _loop_on_the_way(again[1], again[0], above)
    if loop == again[0]:  # a looping link, named through another one (`tmp/…/en/tmplink`)
        loops.add(again[0])
    return again if loop is None or loop == again[0] else None


def rediscover(opened: Sequence[Path], changed: Iterable[str]) -> Rediscovery:
    """The YAML files at or below each changed path (absolute), named as `discover` names them.

    A changed folder is walked again (with the same rules); a path that is gone only
    removes what was known there.
    """
    result = Rediscovery()
    above = folders_above(opened)
    located: dict[str, str] = {}
    loops: set[str] = set()
    for path in set(changed):
        where = _locate(path, opened, above, loops)
        if where is False:
            return Rediscovery(complete=False)
        if where is not None:
            located[where[0]] = where[1]
    seen: set[str] = set()
    for shown in sorted(located):  # a folder before what lies below it: each told once
        root = located[shown]
        if in_scope(shown, result.scopes):
            continue
        result.scopes.append(shown)  # its former warnings are replaced by these
        if shown in loops:
            result.problems.append(loop_warning(shown, os.path.realpath(shown)))
            files = []
        elif os.path.isdir(shown):
            files = [file for file, _ in _walk(shown, above, result.problems)]
        elif shown.lower().endswith(YAML_SUFFIXES) and os.path.isfile(shown):
            files = [shown]
        else:
            files = []
        for file in files:
            if file not in seen:
                seen.add(file)
                result.found.append((file, root))
    return result


def missing_paths(paths: Sequence[str]) -> list[str]:
    """One `hzreader: PATH: reason` line for each path that is not a file or folder."""
    lines = []
    for path in paths:
        if not os.path.exists(path):
            reason = "no such file or folder"
        elif not (os.path.isfile(path) or os.path.isdir(path)):
            reason = "not a file or folder"
        else:
            continue
        lines.append(f"hzreader: {escaped(path)}: {reason}")
    return lines
