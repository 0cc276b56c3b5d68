"""The digests hzreader takes (BLAKE2b, SHA-1, SHA-256), from CPython's own small modules.

`hashlib` loads OpenSSL's libcrypto to offer SHA-1 and SHA-256: ≈ 4 MB more RSS in the app
and in each of a sync's worker processes, and a millisecond or two at start-up, for digests
that CPython also builds in (`_blake2`, `_sha1`, `_sha256` or, from 3.12, `_sha2`). The
results are the same bytes; where those modules are missing, `hashlib` is used.
"""

from __future__ import annotations

from typing import Protocol

try:
    from _blake2 import blake2b
except ImportError:  # another Python: hashlib's
    from hashlib import blake2b

try:
    from _sha1 import sha1 as _sha1
except ImportError:
    from hashlib import sha1 as _sha1

try:
    from _sha2 import sha256 as _sha256  # Python 3.12 and later
except ImportError:
    try:
        from _sha256 import sha256 as _sha256  # Python 3.11 and earlier
    except ImportError:
        from hashlib import sha256 as _sha256

__all__ = ["Digest", "blake2b", "sha1", "sha256"]


class Digest(Protocol):
    """What hzreader uses of a hash object."""

    def update(self, data: bytes, /) -> None: ...
    def digest(self) -> bytes: ...
    def hexdigest(self) -> str: ...


def sha1(data: bytes = b"") -> Digest:
    """A SHA-1 hash object (`hashlib.sha1`'s interface), fed `data`."""
    digest: Digest = _sha1(data)
    return digest


def sha256(data: bytes = b"") -> Digest:
    """A SHA-256 hash object (`hashlib.sha256`'s interface), fed `data`."""
    digest: Digest = _sha256(data)
    return digest
