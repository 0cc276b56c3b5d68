"""The reader's marks on an article (`Mark`), and the articles one "mark all read" marked
(`ReadBatch`): their keys as 8-byte numbers and their ids, packed for the state file, so
that 100,000 of them are about 3 MB, not 10, and load in a few hundredths of a second."""

from __future__ import annotations

import base64
import sys
from array import array
from dataclasses import dataclass, field
from typing import Any

from hzreader._hashes import blake2b


@dataclass
class Mark:
    """The reader's marks on one article."""

    read: bool = False
    starred: bool = False
    id: str = ""

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"read": self.read, "starred": self.starred, "id": self.id}

    @classmethod
    def from_json(cls, data: Any) -> Mark:
        """Read a mark leniently: wrong types become defaults."""
        if not isinstance(data, dict):
            return cls()
        return cls(bool(data.get("read")), bool(data.get("starred")), str(data.get("id", "")))


def key_number(key: str) -> int:
    """An article key as the 8-byte number a batch keeps (its first 16 hex digits)."""
    try:
        return int(key[:16], 16) if len(key) >= 16 else _hashed(key)
    except ValueError:
        return _hashed(key)


def _hashed(text: str) -> int:
    return int.from_bytes(blake2b(text.encode("utf-8", "surrogatepass"),
                                          digest_size=8).digest(), "big")


def _packed(numbers: frozenset[int]) -> str:
    """Numbers as base64 of their 8-byte big-endian forms, sorted."""
    data = array("Q", sorted(numbers))
    if sys.byteorder == "little":
        data.byteswap()
    return base64.b64encode(data.tobytes()).decode("ascii")


def _unpacked(text: Any) -> frozenset[int]:
    """The numbers of `_packed` (ValueError when it is not that)."""
    if not isinstance(text, str):
        raise ValueError("not packed numbers")
    data = base64.b64decode(text.encode("ascii"), validate=True)
    if len(data) % 8:
        raise ValueError("not packed numbers")
    numbers = array("Q")
    numbers.frombytes(data)
    if sys.byteorder == "little":
        numbers.byteswap()
    return frozenset(numbers)


@dataclass
class ReadBatch:
    """The articles one "mark all read" marked: their keys' and ids' numbers."""

    at: str
    #: As sets, for a lookup in well under a microsecond.
    keys: frozenset[int]
    ids: frozenset[str]
    #: Articles that had a mark of their own, set read (undone with the batch); this
    #: session only.
    explicit: list[tuple[str, str]] = field(default_factory=list)
    _json: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (made once: a batch does not change)."""
        if self._json is None:
            self._json = {"at": self.at, "keys": _packed(self.keys), "ids": sorted(self.ids)}
        return self._json

    @classmethod
    def from_json(cls, data: Any) -> ReadBatch:
        """Read a batch (ValueError when it is malformed)."""
        if not isinstance(data, dict):
            raise ValueError("not a batch")
        ids = data.get("ids")
        if not isinstance(ids, list):
            raise ValueError("not a batch")
        return cls(str(data.get("at", "")), _unpacked(data.get("keys")), frozenset(map(str, ids)))
