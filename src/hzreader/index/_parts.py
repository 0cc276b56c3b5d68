"""A big file parsed in parts: its parts are written in file order, with the whole file's ids.

Workers finish parts in any order; `SplitFile.ready` hands them back in order. An article
without an `id` of its own is `FILE#N`, N counted over the whole file, so each part's
numbers are shifted by the mappings of the parts before it (`renumber`).
"""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from hzreader.files import no_article
from hzreader.index._work import ParsedFile, ParseTask, problem_row, stored_stamp

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
    #: The whole file's `ContentDigest` as the cut read it, and whether its stamp cannot
    #: vouch for it (`_work.recheck`).
    digest: int | None = None
    again: bool = False
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


class PartWriting:
    """Writing a big file's parts as they come (mixed into `_sync._Sync`, which gives the
    rest)."""

    conn: sqlite3.Connection
    #: Big files parsed in parts, by file, until their last part is written ...
    splits: dict[str, SplitFile]
    #: ... and their parts still to parse.
    more: deque[list[ParseTask]]
    todo: dict[str, Any]
    done_files: int

    def new_file(self, file: str, stamp: tuple[int, int], digest: int | None = None) -> int:
        """Replace the previous version of `file` by a new, empty row; its id."""
        raise NotImplementedError

    def insert_rows(self, file_id: int, problems: Sequence[Any], articles: Sequence[Any]) -> int:
        """Write articles and problems of a file; the first rowid."""
        raise NotImplementedError

    def commit(self, force: bool = False) -> None:
        """Commit when enough was written (or `force`)."""
        raise NotImplementedError

    def write_part(self, parsed: ParsedFile) -> None:
        """Take one part of a big file; write the parts that are next in file order.

        The file's stamp is set only with its last part: a sync stopped halfway leaves it
        to be read again.
        """
        assert parsed.part is not None
        split = self.splits.setdefault(parsed.file, SplitFile(parsed.part.count))
        self.more.extend([(parsed.file, self.todo[parsed.file].root, part)]
                         for part in parsed.later)
        if parsed.later:  # the first part, of the file just cut: what the cut read
            split.digest, split.again = parsed.digest, parsed.again
        for part in split.ready(parsed):
            if split.file_id is None:
                split.file_id = self.new_file(part.file, (-1, -1))
            articles = renumber(part.articles, part.numbered, split.mappings)
            first = self.insert_rows(split.file_id, part.problems, articles)
            if split.mappings == 0 and part.numbered and part.numbered[0][1] == 1:
                position = part.numbered[0][0]
                split.first = (first + position, articles[position][0][1])
            split.mappings += part.mappings
            split.documents += part.documents
            split.problems += len(part.problems)
            split.stale = split.stale or part.stamp == (-1, -1)
            split.written += 1
            if split.done:
                self.finish_split(part, split)
            self.commit()

    def finish_split(self, last: ParsedFile, split: SplitFile) -> None:
        """The last part is written: the file's stamp, and what only the whole file tells."""
        assert last.part is not None and split.file_id is not None
        del self.splits[last.file]
        stamp = (-1, -1) if split.stale else stored_stamp(last.part.stamp, split.again)
        self.conn.execute("UPDATE files SET size = ?, mtime_ns = ?, hash = ? WHERE id = ?",
                          (*stamp, None if split.stale else split.digest, split.file_id))
        if split.mappings == 1 and split.first is not None:  # one article after all
            rowid, numbered_id = split.first
            self.conn.execute("UPDATE articles SET id = ? WHERE rowid = ?",
                              (only_id(numbered_id), rowid))
        if not split.documents and not split.problems:
            self.insert_rows(split.file_id, [problem_row(no_article(last.file, True))], [])
        self.done_files += 1
        del self.todo[last.file]
