"""Whether a file is YAML text at all, from its first bytes.

Binary data (a known format by its magic number, mostly NUL bytes, or many control bytes) and
UTF-16 or UTF-32 text without a byte order mark are refused with a clear word. Text with a
stray NUL or control byte (a database export, pasted terminal output) is text: the byte is
removed with a warning at its line and column when its document is read (`_controls`).
"""

from __future__ import annotations

#: How much of a file's start is looked at.
PROBE_BYTES = 8192

#: Magic numbers of the binary formats most likely to be given by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an Office document"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"(\xb5/\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
)
#: Bytes of ordinary text: tab, line feed, carriage return and everything from the space up
#: but DEL (bytes over 0x7F are judged as UTF-8 by the reader, document by document).
_TEXT_BYTES = bytes([9, 10, 13, *range(32, 127), *range(128, 256)])
#: Control bytes that text does hold now and then (form feed, vertical tab, backspace, ESC)
#: besides the ordinary ones: not counted as signs of binary data.
_TEXTISH_BYTES = _TEXT_BYTES + b"\x08\x0b\x0c\x1b"
#: At least this many control bytes, and more than 1 in `_CONTROL_SHARE` of the bytes (NULs
#: left out), make binary data: random bytes hold about 1 in 10 (so a binary file of 160
#: bytes or less goes to the YAML reader, which says what is wrong; a short article with a
#: few pasted BELs is text, review16).
_CONTROL_MIN = 16
_CONTROL_SHARE = 20
#: At least this many NUL bytes, and more than 3 in 10 of the bytes, make binary data.
_NUL_MIN = 64


def not_text(probe: bytes) -> str | None:
    """Why a file that starts with `probe` (no byte order mark) is not YAML text; None when
    it may be (stray NUL and control bytes are the reader's to remove and tell)."""
    for magic, what in _MAGIC:
        if probe.startswith(magic):
            return f"binary file ({what}), not YAML text"
    if not probe.translate(None, _TEXT_BYTES):  # the usual case: no control byte at all
        return None
    if len(probe) >= 262 and probe[257:262] == b"ustar":
        return "binary file (a tar archive), not YAML text"
    wide = _wide_encoding(probe)
    if wide is not None:
        return (f"{wide} text without a byte order mark, not UTF-8: save the file as UTF-8 "
                f"(or as {wide} with its byte order mark)")
    text = probe.replace(b"\x00", b"")
    nuls = len(probe) - len(text)
    if not text.strip() or (nuls >= _NUL_MIN and nuls * 10 > len(probe) * 3):
        what = "only NUL bytes" if not text.strip() else "mostly NUL bytes"
        return f"binary file ({what}), not YAML text"
    controls = len(text.translate(None, _TEXTISH_BYTES))
    if controls >= _CONTROL_MIN and controls * _CONTROL_SHARE > len(text):
        return "binary file (many control bytes), not YAML text"
    return None


def _wide_encoding(probe: bytes) -> str | None:
    """"UTF-16" or "UTF-32" when `probe` reads as such text without a byte order mark: the
    high bytes of its ASCII characters are NULs, at every second (fourth) byte."""
    size = len(probe) // 4 * 4
    if size < 16:
        return None
    quarter = size // 4
    shares = [probe[i:size:4].count(0) / quarter for i in range(4)]
    for name, least, patterns in _WIDE:
        for high, low in patterns:
            if all(shares[i] >= least for i in high) and all(shares[i] <= 0.05 for i in low):
                return name
    return None


#: Of each wide encoding, the least share of NUL bytes where its ASCII characters' high
#: bytes stand, and (little-, big-endian) where they stand and where next to none do.
_WIDE: tuple[tuple[str, float, tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]], ...] = (
    ("UTF-32", 0.9, (((2, 3), (0,)), ((0, 1), (3,)))),
    ("UTF-16", 0.3, (((1, 3), (0, 2)), ((0, 2), (1, 3)))),
)
