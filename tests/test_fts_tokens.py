"""The index text leaves to the FTS5 tokenizer only what it folds like `search.fold`."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from hzreader.index import _fts_query as fts_query
from hzreader.index._tokens import needs_folding, tokenizer_folds, tokenizer_folds_all, tokens

# ASCII, accented Latin, Greek, Cyrillic, punctuation and currency, CJK, Hangul and kana,
# full-width forms, ligatures and other compatibility characters, combining marks.
ALPHABET = (
    "aZ09 .,-'\n" "éüñøßæŁđİıŉǅ" "ΣσςάΐЙйёЁ" "’“”—–…€£¥‰™" "杭州是浙江" "새로운ガス"
    "ＡＩ１２ﬁ²½" "e\u0301\u0308" "\u00a0"
)


def reference_index_text(text: str) -> str:
    """The index text as it was before: every non-ASCII run folded in Python."""
    folded = re.sub(r"[^\x00-\x7f]+", lambda m: fts_query._fold_run_text(m.group()), text)
    return fts_query._mark_numbers(folded)


def test_the_tokenizer_is_trusted_only_where_it_folds_alike() -> None:
    safe = tokenizer_folds()
    assert {"é", "ü", "ñ", "’", "“", "—", "€", "£", "\u00a0"} <= safe
    assert not {"ß", "™", "²", "½", "ǅ"} & safe  # fold changes these, the tokenizer does not
    assert not {"杭", "새", "Ａ"} & safe  # never candidates: bigrams, compatibility forms


def test_accents_and_punctuation_are_left_to_the_tokenizer() -> None:
    assert fts_query.index_text("Café “Zoë” €5") == "Café “Zoë” €5"
    assert fts_query.index_text("Straße ＡＩ") == "Strasse ai"
    assert tokens([fts_query.index_text("Café Zoë")]) == [["cafe", "zoe"]]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=12), min_size=1, max_size=20))
def test_the_index_gets_the_same_tokens_as_when_everything_was_folded(texts: list[str]) -> None:
    assert tokens(map(fts_query.index_text, texts)) == tokens(map(reference_index_text, texts))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_the_quick_check_agrees_with_the_pattern(text: str) -> None:
    assert tokenizer_folds_all(text) == (needs_folding().search(text) is None)
