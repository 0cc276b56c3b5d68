"""A big file parsed in parts: its parts are written in file order, with the whole file's ids.

Workers finish parts in any order; `SplitFile.ready` hands them back in order. An article
without an `id` of its own is `FILE#N`, N counted over the whole file, so each part's
numbers are shifted by the mappings of the parts before it (`renumber`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from hzreader.index._work import ParsedFile

#: Where the id sits in an article row (`article_row`).
_ID = 1


@dataclass
class SplitFile:
    """The parts of one file seen so far, and what the written ones added up to."""

    count: int
    written: int = 0
    waiting: dict[int, ParsedFile] = field(default_factory=dict)
    file_id: int | None = None
    mappings: int = 0
    documents: int = 0
    problems: int = 0
    stale: bool = False
    #: (rowid, default id) of the file's first mapping when it took a numbered default id:
    #: it becomes the plain file id if the file turns out to hold only that one.
    first: tuple[int, str] | None = None

    def ready(self, parsed: ParsedFile) -> list[ParsedFile]:
        """Take one part; return the parts that can be written now, in order."""
        assert parsed.part is not None
        self.waiting[parsed.part.index] = parsed
        out: list[ParsedFile] = []
        while self.written + len(out) in self.waiting:
            out.append(self.waiting.pop(self.written + len(out)))
        return out

    @property
    def done(self) -> bool:
        """True once every part is written."""
        return self.written == self.count


def renumber(articles: Sequence[Any], numbered: Sequence[tuple[int, int]], offset: int
             ) -> list[Any]:
    """The `article_rows` of a part, default ids `BASE#N` moved on by `offset`."""
    if not offset or not numbered:
        return list(articles)
    out = list(articles)
    for position, number in numbered:
        row, *index_rows = out[position]
        suffix = f"#{number}"
        article_id = row[_ID]
        if article_id.endswith(suffix):
            new_id = f"{article_id[: -len(suffix)]}#{offset + number}"
            out[position] = ((*row[:_ID], new_id, *row[_ID + 1:]), *index_rows)
    return out


def only_id(default_id: str) -> str:
    """The id of a file's only article, from the numbered default it was given (`BASE#1`)."""
    return default_id[: -len("#1")] if default_id.endswith("#1") else default_id
