"""A term of words typed in the search bar (`Term`), and the other forms of a word it also
matches (`term_variants`). Below `_parse`, so that the filter's words (`_after_filter`) can
know a word term by its type."""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import lru_cache

from hzreader.query._terms import FigureTerm


@dataclass(frozen=True, slots=True)
class Term:
    """Words (or a quoted phrase), maybe limited to a field, maybe negated.

    It matches where its tokens stand one after the other in the field, the last one as a
    prefix (unless `whole`): `tal` finds "talent", `c++` finds "C++" but not "C", `"talent
    from"` the words in that order.
    """

    text: str
    field: str | None = None
    negated: bool = False
    phrase: bool = False
    #: A range typed as one word ("5-8%") is its words; this is the figure it is valued
    #: at, which limits the figures table's rows (`Query.row_figure_terms`), nothing else.
    figure: FigureTerm | None = dataclass_field(default=None, compare=False)
    #: The last token matches whole, not as a prefix: a word of one or two letters with a
    #: space typed after it (`uk economy` is not "Ukraine"; search15): `whole_short`; a
    #: quoted word or phrase once its closing quote is typed (`"us"`; search16): `whole_quoted`.
    whole: bool = False

    @property
    def tokens(self) -> tuple[str, ...]:
        """The tokens this term matches (the last one as a prefix)."""
        from hzreader.query._tokens import term_tokens  # the tokenizer loads on first use

        return term_tokens(self.text)

    @property
    def variants(self) -> tuple[str, ...]:
        """The other words this term matches, each as a whole token: the inflections and
        base of a plain English word (`_inflect.word_variants`: `lily` also finds
        "lilies"); () for a quoted term (exact) or any other (a phrase, a number, CJK)."""
        return term_variants(self.text, self.phrase)

    @property
    def highlights(self) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
        """What of this term the reading pane marks: its tokens, their other forms, and
        whether they match whole (`us ` marks "us", `us` also "users"). Equal for terms
        that mark the same spans."""
        return self.tokens, self.variants, self.whole


@lru_cache(maxsize=1024)
def term_variants(text: str, exact: bool = False) -> tuple[str, ...]:
    """The whole words a word term's `text` matches besides its own tokens: the one owner
    of that question for every search path (memory, index, highlights); () when `exact`
    (quoted) or when the text is not one plain English word. A variant of several tokens
    (space-separated: a hyphenated spelling, `_hyphens`; a symbol word's letters and number
    apart, "S&P 500" for `S&P500`) is a phrase of whole tokens."""
    if exact:
        return ()
    from hzreader.query._hyphens import HYPHENATED, closed_forms, hyphenated_forms
    from hzreader.query._inflect import word_variants
    from hzreader.query._tokens import is_symbol_token, term_tokens

    tokens = term_tokens(text)
    if len(tokens) == 1:  # `email` also finds "e-mail" (search15)
        return tuple(sorted({*word_variants(tokens[0]), *hyphenated_forms(tokens[0]),
                             *_ORDINAL_TWINS.get(tokens[0], ())}))
    if HYPHENATED.fullmatch(text):  # `e-mail` also finds "email", "emails" (search14)
        return closed_forms(text)
    if (apart := _LETTERS_NUMBER.fullmatch(tokens[-1])) and any(map(is_symbol_token, tokens)):
        return (" ".join((*tokens[:-1], *apart.groups())),)  # `S&P500`: "S&P 500" (query16)
    return ()


_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                  "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
                  "nineteenth twentieth").split()


def _suffix(n: int) -> str:
    """The English ordinal suffix of `n` ("st" of 1 and 21, "th" of 11 to 13)."""
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


#: An ordinal up to the twentieth in digits and in words, each the other's twin (`3rd`
#: also finds "third", `third` "3rd").
_ORDINAL_TWINS: dict[str, tuple[str]] = {
    f"{n}{_suffix(n)}": (word,) for n, word in enumerate(_ORDINAL_WORDS, 1)}
_ORDINAL_TWINS.update({twin[0]: (digits,) for digits, twin in list(_ORDINAL_TWINS.items())})


#: A word token of letters then digits, the end of a symbol word typed closed up ("S&P500").
_LETTERS_NUMBER = re.compile(r"([a-z]+)(\d+)")


#: Words this short match whole once a space is typed after them (`whole_short`).
WHOLE_SHORT = 2
_SHORT_WORD = re.compile(f"[a-z]{{1,{WHOLE_SHORT}}}")


def whole_short(text: str, finished: bool) -> bool:
    """True when a word term's (folded) `text` matches whole: a word of one or two ASCII
    letters, `finished` (a space typed after it). As a prefix such a word finds most of a
    collection ("us" → "use", "user", "usual"; "uk" → "Ukraine"; "ai" → "air", "aid"), and
    nobody types two letters of a longer word and goes on to the next one; the word being
    typed (nothing after it yet) stays a prefix, so results still come while typing.
    Punctuation around it is no token and does not count (`no. 3`, `us, china`, `(uk)`)."""
    return finished and _SHORT_WORD.fullmatch(text.strip(_AROUND)) is not None


#: Punctuation typed around a word that is no token of it (`_tokens`: list punctuation, and
#: a `.`, `:` or `'` that ends a word).
_AROUND = ".,;:!?()[]{}'\""


def whole_quoted(text: str, closed: bool) -> bool:
    """True when a quoted term's (folded) `text` matches whole: its closing quote typed
    (`"us"` is the word "us", not "use"; a quote is exact), and its last token is not CJK
    (Chinese is searched as written, in characters: `"杭"` still finds 杭州). While the
    quote is open (`"soft land`) the last word stays a prefix, as any word being typed."""
    from hzreader.query._tokens import is_cjk_token, term_tokens

    tokens = term_tokens(text)
    return closed and bool(tokens) and not is_cjk_token(tokens[-1])
