"""hzreader's digests (`hzreader._hashes`) are hashlib's, without OpenSSL."""

from __future__ import annotations

import hashlib

import pytest

from hzreader import _hashes

TEXTS = [b"", b"abc", "杭州 2025 é".encode() * 300, bytes(range(256)) * 70]


@pytest.mark.parametrize("data", TEXTS)
def test_the_digests_are_hashlibs(data: bytes) -> None:
    assert _hashes.sha1(data).hexdigest() == hashlib.sha1(data).hexdigest()
    assert _hashes.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    for size in (8, 12, 16, 64):
        assert _hashes.blake2b(data, digest_size=size).digest() == \
            hashlib.blake2b(data, digest_size=size).digest()


def test_fed_in_pieces() -> None:
    ours, theirs = _hashes.sha1(b"one"), hashlib.sha1(b"one")
    for piece in (b"two", b"", b"three" * 1000):
        ours.update(piece)
        theirs.update(piece)
    assert ours.hexdigest() == theirs.hexdigest()
