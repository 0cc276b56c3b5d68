"""What happened to one source of an import, and how it is told in one line."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from hzreader.feeds._model import Outline
from hzreader.feeds._target import DELETED, KEPT, NEW, UNCHANGED, UPDATE
from hzreader.text import clean_line, counted


@dataclass
class SourceReport:
    """What happened to one source."""

    source: str
    kind: str = ""
    title: str = ""
    #: The folder its articles were written to (a feed's own folder, `pages/`, `notes/`).
    folder: Path | None = None
    #: The articles folder that holds `folder` (the library, or the import's `--into`).
    into: Path | None = None
    counts: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    error: str = ""
    not_modified: bool = False
    #: Feeds listed in an OPML source (imported as sources of their own).
    listed: list[Outline] = field(default_factory=list)
    moved_to: str = ""
    #: True once the source's bytes were read or fetched (a later error is in its content).
    fetched: bool = False
    #: What the import did to (or kept of) the subscriptions, said at the end of its line.
    subscription: str = ""
    #: Those of `problems` told at the feed's last import.
    told: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        """True when the source could be imported."""
        return not self.error

    @property
    def unchanged(self) -> bool:
        """True for a feed read again with nothing new or updated in it: its warnings were
        told when it was imported, and are not told again."""
        return (self.kind == "feed" and not self.error and not self.counts[NEW]
                and not self.counts[UPDATE] and not self.counts["error"]
                and (self.counts[UNCHANGED] + self.counts[KEPT] + self.counts[DELETED]) > 0)

    @property
    def to_tell(self) -> list[str]:
        """The warnings to list: every one, but for a feed with nothing new only those not
        told at its last import (a new broken item is named once, as at a first import)."""
        if not self.unchanged:
            return self.problems
        return [problem for problem in self.problems if problem not in self.told]

    @property
    def label(self) -> str:
        """The source as shown in messages."""
        return clean_line(self.source)

    def summary(self) -> str:
        """One line: what was written, or why nothing was."""
        then = f"; {self.subscription}" if self.subscription else ""
        if self.error:
            return f"{self.label}: error: {self.error}{then}"
        if self.not_modified:
            return f"{self.label}: unchanged since the last import{then}"
        if self.kind == "opml":
            warnings = f", {counted(len(self.problems), 'warning')}" if self.problems else ""
            return f"{self.label}: {counted(len(self.listed), 'feed')} listed{warnings}"
        parts = [counted(self.counts[k], k, k) for k in (NEW, UPDATE, UNCHANGED)
                 if self.counts[k]]
        if self.counts[KEPT]:
            parts.append(counted(self.counts[KEPT], "kept as you edited it",
                                 "kept as you edited them"))
        if self.counts[DELETED]:
            parts.append(counted(self.counts[DELETED], "you deleted (not written again)",
                                 "you deleted (not written again)"))
        if self.problems:
            again = len(self.problems) - len(self.to_tell)
            parts.append(counted(len(self.problems), "warning") + (
                "" if not again else " (not listed again: nothing new)"
                if again == len(self.problems) else f" ({again:,} told before, not listed again)"))
        where = f" → {self.folder}" if self.folder and (self.counts[NEW] or
                                                       self.counts[UPDATE]) else ""
        return f"{self.label}: {', '.join(parts) or 'no items'}{where}{then}"
