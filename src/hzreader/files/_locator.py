"""Where a position in one YAML document is in its file: 1-based (line, column), counting
lines as editors do (YAML also breaks at U+2028, NEL and a lone CR) and the raw control
characters removed before parsing (`Locator`)."""

from __future__ import annotations

import bisect
import re

import yaml

from hzreader.text import first_told

_OTHER_BREAKS = re.compile("\r(?!\n)|[\x85\u2028\u2029]")


def _has_other_breaks(chunk: str) -> bool:
    """True when `chunk` has a line break that YAML counts and editors do not."""
    if "\r" in chunk and _OTHER_BREAKS.search(chunk):
        return True
    return "\x85" in chunk or "\u2028" in chunk or "\u2029" in chunk


class Locator:
    """Turns positions in one document into 1-based (line, column) in its file."""

    def __init__(self, chunk: str, line_offset: int) -> None:
        self.chunk = chunk
        self.line_offset = line_offset
        # YAML also breaks lines at U+2028, NEL and lone CR; then recount from the index.
        self.yaml_lines_agree = not _has_other_breaks(chunk)
        #: A value can hold a control character only if the document has a backslash: YAML
        #: refuses raw ones, and writes them as escapes in double quotes ("\e", "\x9d"); an
        #: invisible one (U+202E, U+200B) YAML takes raw.
        self.has_escapes = "\\" in chunk or first_told(chunk) is not None
        self._newlines: list[int] | None = None
        #: Where raw controls were removed from `chunk` (`controls.without_controls`): the
        #: columns of the file count them.
        self._gone: list[int] = []
        #: The chunk holds raw controls as stand-ins (`_controls.with_stand_ins`).
        self.has_stand_ins = False

    def read_controls(self, chunk: str, gone: list[int] | None = None) -> None:
        """Parse `chunk` instead: the document with its raw controls as stand-ins (as long),
        or removed from where `gone` says (the lines are the same)."""
        self.chunk = chunk
        self.has_escapes = True
        self._gone = gone or []
        self.has_stand_ins = gone is None
        self.yaml_lines_agree = self.yaml_lines_agree and not self._gone
        self._newlines = None

    @property
    def first_line(self) -> int:
        """The file line where the document starts."""
        return self.line_offset + 1

    def __call__(self, mark: yaml.Mark) -> tuple[int, int]:
        """The (line, column) of a YAML mark (libyaml puts the end of the text on a new line)."""
        if self.yaml_lines_agree and mark.index < len(self.chunk):
            return mark.line + 1 + self.line_offset, mark.column + 1
        return self.at(mark.index)

    def line_and_column(self, mark: yaml.Mark) -> tuple[str, int]:
        """The text of the line holding `mark`, and the mark's 1-based column in it."""
        index = min(max(0, mark.index), len(self.chunk))
        start = self.chunk.rfind("\n", 0, index) + 1
        end = self.chunk.find("\n", index)
        return self.chunk[start : len(self.chunk) if end < 0 else end], index - start + 1

    def at(self, index: int) -> tuple[int, int]:
        """The (line, column) of a character index in the document."""
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.chunk)]
        line = bisect.bisect_left(self._newlines, index)
        line_start = self._newlines[line - 1] + 1 if line else 0
        gone = self._gone
        before = bisect.bisect_right(gone, index) - bisect.bisect_left(gone, line_start)
        return line + 1 + self.line_offset, index - line_start + 1 + before
