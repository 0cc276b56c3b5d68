"""Repeated article ids: the first use keeps the id, later ones get a `~N` suffix."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from hzreader.model import Problem


def duplicate_renames(
    entries: Sequence[tuple[str, str, int]], taken: Iterable[str] = (),
) -> list[tuple[int, str, Problem]]:
    """For (id, path, line) entries in order: (position, new id, warning) of each repeat.

    The first use of an id keeps it; later ones get the first free `~N` suffix (N ≥ 2, not
    in `taken` nor used by another entry).
    """
    first_seen: dict[str, tuple[str, int]] = {}
    used = set(taken) | {entry[0] for entry in entries}
    renames = []
    for position, (article_id, path, line) in enumerate(entries):
        if article_id not in first_seen:
            first_seen[article_id] = (path, line)
            continue
        first_path, first_line = first_seen[article_id]
        suffix = 2
        while f"{article_id}~{suffix}" in used:
            suffix += 1
        new_id = f"{article_id}~{suffix}"
        used.add(new_id)
        first_seen[new_id] = (path, line)
        renames.append((position, new_id, Problem(
            path, f"duplicate id {article_id!r} (first used at {first_path}:{first_line}); "
            f"shown as {new_id!r}", line, severity="warning")))
    return renames
