"""Stored bodies: zlib, with the collection's own dictionary once it has one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hzreader.index import _body as body

NEWS = [f"Paragraph {n} of the report: output rose {n}.2 percent in October, officials said."
        f"\n\nThe second paragraph of article {n} talks about talent and investment."
        for n in range(400)]


def test_bodies_round_trip_with_and_without_a_dictionary() -> None:
    dictionary = body.train_dictionary(NEWS)
    assert 0 < len(dictionary) <= body.DICTIONARY_BYTES
    for text in ("", "x", NEWS[0], "杭州 \ud800 lone surrogate", "\n\n" * 10):
        plain = body.pack_body(text)
        packed = body.pack_body(text, dictionary)
        assert body.unpack_body(plain) == text
        assert body.unpack_body(packed, dictionary) == text
        assert body.needs_dictionary(plain) is None
    packed = body.pack_body(NEWS[1], dictionary)
    assert body.needs_dictionary(packed) == body.dictionary_id(dictionary)
    assert len(packed) < len(body.pack_body(NEWS[1])) < len(NEWS[1])


def test_too_little_text_gives_no_dictionary() -> None:
    assert body.train_dictionary(["short", "", "\n\n"]) == b""
    assert body.train_dictionary([]) == b""


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_any_text_round_trips(text: str) -> None:
    dictionary = body.train_dictionary(NEWS)
    assert body.unpack_body(body.pack_body(text, dictionary), dictionary) == text
