"""A word written with a hyphen and closed up ("e-mail" and "email"), decided here for every
search path (search15).

English writes many words both ways, and which one a text uses is the writer's (or the
style guide's) choice: "e-mail"/"email", "co-operate"/"cooperate", "on-line"/"online",
"non-profit"/"nonprofit", "K-pop"/"Kpop", "re-elect"/"reelect". So each spelling finds the
other, and its forms: `e-mail` finds "email" and "emails", `email` finds "e-mail" and
"e-mails". The rule is general (a hyphen anywhere inside the word, no dictionary): a
hyphenated spelling that no text writes ("ema-il") costs a lookup, never a wrong match.

What it must not join is two words: where the hyphen changes the meaning ("re-sign" is to
sign again, "resign" to quit; "re-cover", "re-form", "re-lease", "co-op", "un-ionized",
"multi-ply", "pre-sent"), neither spelling finds the other: `_DIFFERENT`, a short list
(style guides keep the hyphen exactly there, to tell the words apart).
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Closed words whose hyphenated spelling is another word ("resign" / "re-sign"); with
#: their forms, they are never split nor joined.
_DIFFERENT = frozenset("""
resign recover reform reformation release reserve retreat remark repress resort recollect
recount represent representation recreation react refuse resent resolve restore redress
relay restrain reprove repose research resound recoil replace present preposition
multiply coop unionized unionised design
""".split())

#: Typed words longer than this are not split (each split is one more phrase to look up).
LONGEST = 20
#: A word of letters with hyphens ("e-mail", "co-operation", "k-pop").
HYPHENATED = re.compile("[a-z]+(?:-[a-z]+)+")


@lru_cache(maxsize=1)
def _different_forms() -> frozenset[str]:
    """`_DIFFERENT` and their forms ("resigned", "reforms")."""
    from hzreader.query._inflect import word_forms

    return frozenset(form for word in _DIFFERENT for form in (word, *word_forms(word)))


@lru_cache(maxsize=1024)
def closed_forms(text: str) -> tuple[str, ...]:
    """The closed-up spelling of a hyphenated word (`HYPHENATED`, folded) and its forms,
    and those forms hyphenated as it is, sorted: `e-mail` → email, emailed, emailing,
    emails; `e-mails` → email, emails, … and "e-mail" (`hyphenated_forms`); () when the two
    are different words (`re-sign`)."""
    from hzreader.query._inflect import word_forms

    closed = text.replace("-", "")
    if closed in _different_forms():
        return ()
    return tuple(sorted({closed, *word_forms(closed), *hyphenated_forms(closed)}))


@lru_cache(maxsize=1024)
def hyphenated_forms(word: str) -> tuple[str, ...]:
    """The spellings of a plain word (folded ASCII letters) and of its forms with one hyphen
    inside, as the token strings a phrase matches ("e \\ue00d mail", whole), sorted:
    `email` → "e-mail", "e-mails", "e-mailed", … and "em-ail", …; each part at least one
    letter, the part after the hyphen two; () for a word of `_DIFFERENT` and for a word
    shorter than 4 letters (`SHORTEST`) or longer than `LONGEST`."""
    from hzreader.query._inflect import SHORTEST, word_forms
    from hzreader.query._tokens import term_tokens

    if not SHORTEST <= len(word) <= LONGEST or not word.isascii() or not word.isalpha():
        return ()
    forms = (word, *word_forms(word))
    if not _different_forms().isdisjoint(forms):
        return ()
    hyphen = term_tokens("a-b")[1]  # the hyphen's token
    found = {f"{form[:cut]} {hyphen} {form[cut:]}" for form in forms
             for cut in range(1, min(len(form), _shared(form, word)) - 1)}
    return tuple(sorted(found))


def _shared(form: str, word: str) -> int:
    """How many first letters `form` and `word` share (a hyphen goes inside those, two
    letters from their end at least: the forms of "e-mail" are "e-mails", "e-mailed",
    never "emai-led")."""
    count = 0
    for a, b in zip(form, word, strict=False):
        if a != b:
            break
        count += 1
    return count
