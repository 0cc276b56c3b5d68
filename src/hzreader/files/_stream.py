"""A YAML file as a stream of documents: read in blocks, cut at `---` lines, never all at once.

A multi-document archive of any size is read with bounded memory: only the document being
cut out is held, and a document over `MAX_DOCUMENT_BYTES` is skipped (its size and line are
reported) without being kept. `plan_parts` cuts a big file into byte ranges that start at
documents, with the line each starts on, so several processes can parse one file.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from hzreader._hashes import blake2b

#: A single YAML document (one article, or a list of them) may be at most this big.
MAX_DOCUMENT_BYTES = 8 * 1024 * 1024
#: Bytes read from a file at a time.
BLOCK_BYTES = 1024 * 1024
_MARKER = b"\n---"
_MARKER_ENDS = b" \t\r\n"
#: Byte order marks of the encodings read besides UTF-8.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

Reader = Callable[[int], bytes]
#: Bytes of a file's content digest (`ContentDigest`): it is only ever compared with the
#: same file's previous one, so 64 bits are plenty (a chance of 2**-64 to miss a change).
DIGEST_BYTES = 8


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One document of a file: its bytes (UTF-8), where it starts, and its size."""

    line_offset: int  # lines in the file before it
    data: bytes  # empty when not kept (too large, or only sizes were asked for)
    size: int
    too_large: bool = False


@dataclass(frozen=True, slots=True)
class FilePart:
    """A byte range of a file that starts at a document: `index` of `count` parts."""

    index: int
    count: int
    start: int
    end: int
    line_offset: int
    stamp: tuple[int, int]  # (size, mtime_ns) of the file when it was cut


def split_stream(read: Reader, limit: int | None = None, line_offset: int = 0,
                 cap: int = MAX_DOCUMENT_BYTES, keep: bool = True) -> Iterator[RawDocument]:
    """Cut the bytes from `read` into documents at `---` lines (at most `limit` bytes).

    The same cut as `document_starts` on text: three dashes at a line start, then a blank
    or the end. Memory stays within about `cap` plus one block. With `keep=False` only sizes
    and lines are reported (for planning parts).
    """
    buf = b""
    pos = 0  # where the current document starts in `buf`
    search = 0  # where to look for the next marker
    dropped = dropped_lines = 0  # of the current document, not kept in `buf`
    remaining = limit
    eof = False
    while True:
        found = buf.find(_MARKER, search)
        end = -1
        if found >= 0:
            after = found + 4
            if after < len(buf):
                if buf[after] in _MARKER_ENDS:
                    end = found + 1
                else:
                    search = found + 1
                    continue
            elif eof:
                end = found + 1
            else:
                search = found  # perhaps a marker: decide with the next block
        elif eof:
            end = len(buf)
        if end >= 0:
            if end > pos or dropped:
                size = dropped + end - pos
                lines = dropped_lines + buf.count(b"\n", pos, end)
                too_large = size > cap or bool(dropped)
                data = buf[pos:end] if keep and not too_large else b""
                yield RawDocument(line_offset, data, size, too_large and keep)
                line_offset += lines
                dropped = dropped_lines = 0
            if end >= len(buf) and eof:
                return
            pos = search = end
            continue
        if found < 0:
            search = max(pos, len(buf) - 3)
        if not keep or dropped + len(buf) - pos > cap:  # too large: keep only the tail
            cut = max(pos, min(search, len(buf) - 3))
            dropped += cut - pos
            dropped_lines += buf.count(b"\n", pos, cut)
            pos = cut
        want = BLOCK_BYTES if remaining is None else min(BLOCK_BYTES, remaining)
        block = read(want) if want > 0 else b""
        if remaining is not None:
            remaining -= len(block)
        eof = not block
        buf = buf[pos:] + block
        search -= pos
        pos = 0


class ContentDigest:
    """A digest of a file's bytes as they are read (`reader`), whole or not at all: `value`
    is None unless the reader came to the file's end (a parse that stopped early)."""

    def __init__(self) -> None:
        self._hash = blake2b(digest_size=DIGEST_BYTES)
        self._ended = False

    def reader(self, read: Reader) -> Reader:
        """`read`, with every block it gives taken into the digest."""
        update = self._hash.update

        def hashing(size: int) -> bytes:
            block = read(size)
            if block:
                update(block)
            else:
                self._ended = True
            return block

        return hashing

    def ended(self) -> None:
        """Every byte of the file went through the reader (a read up to its size)."""
        self._ended = True

    @property
    def value(self) -> int | None:
        """The digest as a signed 64-bit integer (an SQLite INTEGER); None if not whole."""
        if not self._ended:
            return None
        return int.from_bytes(self._hash.digest(), "little", signed=True)


def file_digest(path: str) -> int | None:
    """The `ContentDigest` of a whole file; None when it cannot be read."""
    digest = ContentDigest()
    try:
        with open(path, "rb") as stream:
            read = digest.reader(stream.read)
            while read(BLOCK_BYTES):
                pass
    except OSError:
        return None
    return digest.value


def utf8_reader(read_raw: Reader, encoding: str) -> Reader:
    """A reader giving the UTF-8 bytes of the bytes from `read_raw` in another encoding (BOM
    dropped).

    Raises `UnicodeDecodeError` when the text is not valid in that encoding.
    """
    decoder = codecs.getincrementaldecoder(encoding)()

    def read(size: int) -> bytes:
        while True:
            raw = read_raw(size)
            text = decoder.decode(raw, final=not raw)
            if text or not raw:
                return text.encode("utf-8", "surrogatepass")

    return read


def bom_trouble(stream: BinaryIO) -> tuple[str, int | None]:
    """Why a file that starts with a byte order mark is not text in that encoding: which
    bytes were taken for a mark, and whether the rest reads as UTF-8 (then the mark is
    likely a mistake), with the line of the first bad character (None if not found)."""
    try:
        stream.seek(0)
        data = stream.read(MAX_DOCUMENT_BYTES + 1)
    except OSError:
        data = b""
    complete = len(data) <= MAX_DOCUMENT_BYTES
    bom, encoding = next(((b, e) for b, e in BOMS if data.startswith(b)), (b"", ""))
    if not bom:  # (read again and changed meanwhile)
        return "not valid text in the encoding its byte order mark names", None
    name = encoding.upper()
    try:
        data.decode(encoding)
        line = None
    except UnicodeDecodeError as error:  # (at the cut of a part read: none to tell)
        line = None if not complete and error.start >= len(data) - 4 else (
            data[: error.start].decode(encoding, "replace").count("\n") + 1)
    marked = " ".join(f"{byte:02X}" for byte in bom)
    message = (f"not valid {name} text: the file starts with the bytes {marked}, which were "
               f"taken as a {name} byte order mark")
    rest = data[len(bom):]
    try:
        codecs.getincrementaldecoder("utf-8")().decode(rest, final=complete)
        utf8 = b"\x00" not in rest
    except UnicodeDecodeError:
        utf8 = False
    if utf8:
        return message + ("; the rest reads as UTF-8, so it may be UTF-8 with those "
                          f"{len(bom)} bytes in front by mistake: remove them"), line
    return message + "; save the file as UTF-8", line


def file_stamp(info: os.stat_result) -> tuple[int, int]:
    """(size, mtime_ns) from a stat."""
    return info.st_size, info.st_mtime_ns


def plan_parts(path: str, part_bytes: int, digest: ContentDigest | None = None
               ) -> list[FilePart]:
    """Cut a UTF-8 file into ranges of about `part_bytes` that each start at a document.

    One part (the whole file) when it is in another encoding or has no cut to make. The
    bytes read go into `digest`, whole when the file had the size its parts' stamp says.
    """
    with open(path, "rb") as stream:
        info = os.fstat(stream.fileno())
        stamp = file_stamp(info)
        if any(stream.read(4).startswith(bom) for bom, _ in BOMS):
            return [FilePart(0, 1, 0, info.st_size, 0, stamp)]
        stream.seek(0)
        cuts = [(0, 0)]
        offset = last = 0
        read = stream.read if digest is None else digest.reader(stream.read)
        for document in split_stream(read, info.st_size, keep=False):
            if offset - last >= part_bytes:
                cuts.append((offset, document.line_offset))
                last = offset
            offset += document.size
        if digest is not None and offset == info.st_size:
            digest.ended()
    ends = [start for start, _ in cuts[1:]] + [offset]
    return [FilePart(index, len(cuts), start, end, lines, stamp)
            for index, ((start, lines), end) in enumerate(zip(cuts, ends, strict=True))]
