"""The index is given the tokens of `query.tokenize`: the same words, CJK bigrams and symbols.

The index text leaves to the FTS5 tokenizer what it cuts and folds alike (accents, most
punctuation); these tests check that what the tokenizer then makes of it are exactly the
tokens the in-memory search matches on.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hzreader.index import _fts_query as fts_query
from hzreader.index._tokens import needs_folding, tokenizer_folds, tokenizer_folds_all, tokens
from hzreader.query import encode_symbol, tokenize
from hzreader.query._tokens import token_stream
from hzreader.text import fold

# ASCII letters, digits, punctuation and symbols, accented Latin, Greek, Cyrillic, general
# punctuation and currency, CJK, Hangul and kana, full-width forms, ligatures and other
# compatibility characters, combining marks, private-use, format and other odd characters.
ALPHABET = (
    "aZ09 .,-'\n" "+&#$%@/:;!?()\"_" "éüñøßæŁđİıŉǅ" "ΣσςάΐЙйёЁ" "’“”—–…€£¥‰™·" "杭州是浙江"
    "새로운ガス・、。" "ＡＩ１２ﬁ²½" "e\u0301\u0308" "\u00a0\u00ad\u200d" "\ue000\U000f0026😀"
    "\u093e\u0f71"
)


def memory_tokens(text: str) -> list[str]:
    """The tokens the in-memory search sees."""
    return [token for token, _, _ in tokenize(fold(text))]


def test_the_tokenizer_is_trusted_only_where_it_folds_alike() -> None:
    safe = tokenizer_folds()
    assert {"é", "ü", "ñ", "’", "“", "—", "€", "£", "\u00a0"} <= safe
    assert not {"ß", "™", "²", "½", "ǅ", "…"} & safe  # fold changes these, the tokenizer not
    assert not {"杭", "새", "Ａ"} & safe  # never candidates: bigrams, compatibility forms


def test_accents_and_punctuation_are_left_to_the_tokenizer() -> None:
    assert fts_query.index_text("Café “Zoë” 5") == "Café “Zoë” 5"
    assert fts_query.index_text("Straße ＡＩ") == "Strasse ai"
    assert tokens([fts_query.index_text("Café Zoë")]) == [["cafe", "zoe"]]
    assert fts_query.index_text("€5") == f" {encode_symbol('€')} 5"


def test_examples_give_the_same_tokens_in_the_index() -> None:
    texts = ["C++ and AT&T's S&P 500, (C#) .NET covid-19 U.S. said: 5.2% $3bn 12,000",
             "Xi’s students' year–on–year ‘quoted’ 10:30 a_b e-mail", "增长5.6%，GDP增长 4000亿元",
             "杭州是浙江省的省会。", "ガス・パイプ A・B", "x\ue000y \U000f0026z"]
    assert tokens(map(fts_query.index_text, texts)) == [memory_tokens(t) for t in texts]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=12), min_size=1, max_size=20))
def test_the_index_gets_the_tokens_of_the_in_memory_search(texts: list[str]) -> None:
    assert tokens(map(fts_query.index_text, texts)) == [memory_tokens(t) for t in texts]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_the_quick_check_agrees_with_the_pattern(text: str) -> None:
    assert tokenizer_folds_all(text) == (needs_folding().search(text) is None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ09 .,-'\n+&#$%@/:;!?()\"_[]*=<>~^|\\`{}", max_size=40))
def test_the_quick_stream_of_ascii_text_has_the_same_tokens(text: str) -> None:
    assert token_stream(text) == " " + " ".join(memory_tokens(text)) + " "
