"""The first letters of words (the `prefixes` table) are those of the in-memory search's tokens."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hzreader.index._fts_query import plan_query
from hzreader.index._prefixes import (
    ABSENT,
    EVERY_TOKEN,
    TITLE_MARK,
    choose_dense,
    prefix_text,
    short_token,
)
from hzreader.query import parse_query, tokenize
from hzreader.text import fold

# As in test_fts_tokens: letters, digits and symbols of many scripts, and odd characters.
ALPHABET = (
    "aZ09 .,-'\n" "+&#$%@/:;!?()\"_" "éüñøßæŁđİıŉǅ" "ΣσςάΐЙйёЁ" "’“”—–…€£¥‰™·" "杭州是浙江"
    "새로운ガス・、。" "ＡＩ１２ﬁ²½" "e\u0301\u0308" "\u00a0\u00ad\u200d" "\ue000\U000f0026😀"
    "\u093e\u0f71"
)


def prefixes_of(*texts: str) -> set[str]:
    """The words of the `prefixes` row of some texts (without those of the title)."""
    words = set(prefix_text(texts).split())
    assert EVERY_TOKEN in words  # in every row: "everything NOT x" is one query
    return {word for word in words if word != EVERY_TOKEN and not word.startswith(TITLE_MARK)}


def title_prefixes_of(*texts: str) -> set[str]:
    """The title's words of the `prefixes` row of some texts (the first is the title)."""
    return {word.removeprefix(TITLE_MARK) for word in prefix_text(texts).split()
            if word.startswith(TITLE_MARK)}


def expected(*texts: str) -> set[str]:
    """The first one to three characters of each token the in-memory search sees, where
    they are ASCII letters and digits."""
    return {start for text in texts for token, _, _ in tokenize(fold(text))
            for size in (1, 2, 3)
            if len(start := token[:size]) == size and start.isascii() and start.isalnum()}


def test_examples() -> None:
    assert prefixes_of("Shanghai") == {"s", "sh", "sha"}
    assert prefixes_of("AT&T's 5.2% of 12,000 Kraków") == {
        "a", "at", "t", "s", "5", "5p", "5p2", "o", "of", "1", "12", "12c", "k", "kr", "kra"}
    assert prefixes_of("Xi’s café, Søren, 杭州市, c++") == {
        "x", "xi", "s", "c", "ca", "caf"}  # "sø…" gives only its ASCII "s"
    assert prefixes_of("") == set()




@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=12), min_size=1, max_size=8))
def test_the_prefixes_are_those_of_the_in_memory_tokens(texts: list[str]) -> None:
    assert prefixes_of(*texts) == expected(*texts)
    assert title_prefixes_of(*texts) == expected(texts[0])


def test_the_title_has_its_own_marked_prefixes() -> None:
    assert title_prefixes_of("Shanghai Kraków", "body words") == {
        "s", "sh", "sha", "k", "kr", "kra"}
    assert prefixes_of("Shanghai", "body") == {"s", "sh", "sha", "b", "bo", "bod"}
    assert title_prefixes_of("", "body") == set()
    # Never stored as absences: a title has few words.
    words = set(prefix_text(["Shanghai", "body"], frozenset({"s", "sh"})).split())
    assert {f"{TITLE_MARK}s", f"{TITLE_MARK}sh", f"{ABSENT}s"}.isdisjoint(words) is False
    assert f"{TITLE_MARK}s" in words and "s" not in words


def test_a_title_field_with_a_short_word_is_looked_up_in_the_prefixes_table() -> None:
    (plan,) = plan_query(parse_query("title:sh"))
    assert (plan.table, plan.match) == ("prefixes", f'"{TITLE_MARK}sh"')
    # words with no other spelling (`_hyphens._DIFFERENT`), so the match is the word alone
    (plan,) = plan_query(parse_query("research -title:s"), frozenset({"s"}))
    assert (plan.table, plan.match) == ("fts", '"research"*')
    assert [(f.params, f.negated) for f in plan.filters] == [((f'"{TITLE_MARK}s"',), True)]
    for typed in ("body:sh", "tag:s", "title:shan"):
        assert plan_query(parse_query(typed))[0].table == "fts", typed


def test_only_one_short_ascii_word_is_looked_up_there() -> None:
    assert short_token(("sha",)) == "sha"
    assert short_token(("5p2",)) == "5p2"
    for tokens in (("shan",), ("c", "\ue001"), ("杭",), ("жи",), ("a", "b"), ()):
        assert short_token(tokens) is None, tokens


def test_short_words_are_looked_up_in_the_prefixes_table() -> None:
    (plan,) = plan_query(parse_query("sh"))
    assert (plan.table, plan.match, plan.filters) == ("prefixes", '"sh"', [])
    (plan,) = plan_query(parse_query("research ma"))
    assert (plan.table, plan.match) == ("fts", '"research"*')
    assert [(f.params, f.negated) for f in plan.filters] == [(('"ma"',), False)]
    assert plan.ranking_match == '"research"*'  # bm25 by the longer words, in `fts`
    (plan,) = plan_query(parse_query("research -x"))
    assert [(f.params, f.negated) for f in plan.filters] == [(('"x"',), True)]
    # a short word with a space after it is whole (search15): a token of `fts`, exact
    (plan,) = plan_query(parse_query("research ma -x"))
    assert (plan.table, plan.match) == ("fts", '"research"* AND "ma"')
    assert [(f.params, f.negated) for f in plan.filters] == [(('"x"',), True)]
    (plan,) = plan_query(parse_query("mar"))
    assert plan.ranked and plan.ranking_match == '"mar"*'  # only short words: ranked by them
    (plan,) = plan_query(parse_query("-reform ma"))
    assert (plan.table, plan.match) == ("prefixes", '"ma"')
    assert [(f.params, f.negated) for f in plan.filters] == [(('"reform"*',), True)]
    (plan,) = plan_query(parse_query("-x"))
    assert (plan.table, plan.match) == ("prefixes", f'"{EVERY_TOKEN}" NOT ("x")')
    # A field, a phrase, CJK, symbols, other scripts and longer words: `fts`, as prefixes.
    for typed in ("body:sh", "c++", "杭", "жи", "shan", '"a b"'):
        assert plan_query(parse_query(typed))[0].table == "fts", typed


def test_dense_prefixes_are_written_as_their_absence() -> None:
    assert choose_dense([["apple pie"], ["apricot"], ["banana"]]) == {"a", "ap"}
    dense = frozenset({"s", "sh", "x"})
    words = set(prefix_text(["", "Shanghai"], dense).split())
    assert words == {"sha", f"{ABSENT}x", EVERY_TOKEN}


def test_dense_prefixes_are_searched_as_everything_but_their_absence() -> None:
    dense = frozenset({"s", "x"})
    (plan,) = plan_query(parse_query("s"), dense)
    assert (plan.table, plan.match) == ("prefixes", f'"{EVERY_TOKEN}" NOT ("{ABSENT}s")')
    (plan,) = plan_query(parse_query("-s"), dense)
    assert (plan.table, plan.match) == ("prefixes", f'"{ABSENT}s"')
    (plan,) = plan_query(parse_query("ma s"), dense)  # "ma " is whole (search15): `fts`
    assert (plan.table, plan.match) == ("fts", '"ma"')
    assert [(f.params, f.negated) for f in plan.filters] == [((f'"{ABSENT}s"',), True)]
    (plan,) = plan_query(parse_query("research x"), dense)
    assert [(f.params, f.negated) for f in plan.filters] == [((f'"{ABSENT}x"',), True)]
    assert plan_query(parse_query("s"), None)[0].table == "fts"  # the table is incomplete


def test_a_figures_only_batch_empties_the_cache_of_word_starts() -> None:
    """A sync's second pass writes the first letters first, then finds figures: a worker
    given only figures to find lets the words' starts go (≈ 6 MB at its peak); a batch that
    owes first letters keeps them, and the rows are the same either way."""
    from hzreader.index import _prefixes
    from hzreader.index._work import second_pass

    row = (1, "Kraków", "Søren", "[]", "", "", b"", True, True)
    wanted = second_pass([row], frozenset())
    assert _prefixes._cached_other_starts.cache_info().currsize > 0
    figures_only = second_pass([(*row[:8], False)], frozenset())
    assert _prefixes._cached_other_starts.cache_info().currsize == 0
    assert figures_only[:2] == wanted[:2] and figures_only[2] == []
    assert second_pass([row], frozenset()) == wanted
