"""The noun phrase a number counts: "10 districts", "4,500 police officers", "one county"."""

from __future__ import annotations

import re

from hzreader.figures import _unit_words as fu
from hzreader.figures import _words as fw
from hzreader.figures._designations import aircraft_end
from hzreader.figures._patterns import ACRONYM_PLURAL, COORD, NEXT_WORD, ONE_IDIOMS

#: "of (the) 51 …" after a number: a part of a whole that is counted ("12 of 51 seats"), also
#: after a possessive ("38 of the state's 58 counties", "12 of Ohio's 15 districts").
_NUMBER_WORDS = "|".join(sorted([*fw.UNITS, *fw.TENS], key=len, reverse=True))
_OF_WHOLE = re.compile(r"\sof\s(?:(?:the|their|his|her|its|our)\s)?(?:[A-Za-z][\w.-]*['’]s\s)?"
                       r"(?:(?:last|first|next)\s)?"
                       rf"(\d[\d,]*(?<!,)|{_NUMBER_WORDS})(?![\w,.]\w)")
#: A gathering counted by the number after it ("a crowd of 33,000", "an audience of more than
#: 2,000"): the figure counts people, and the word names them; a majority counts seats or
#: votes (figs29).
_GATHERING = re.compile(r"(?i)\b(crowd|audience|attendance|congregation|majority)\s+of\s+"
                        r"(?:(?:about|around|"
                        r"some|nearly|almost|roughly|more\s+than|over|up\s+to|just\s+over|just"
                        r"\s+under|an\s+estimated|a\s+record|a\s+sell-out)\s+)?$")
#: A number or a sum right after a word: an object, so the word is a verb.
_OBJECT = re.compile(r"\s+(?:[$£€¥]|\d)")


def _object_at(text: str, pos: int) -> bool:
    """Whether a number or a sum follows `pos` after one space (`_OBJECT`, cheaply)."""
    after = text[pos + 1 : pos + 2]
    return bool(after) and (after.isdigit() or after in "$£€¥") and _OBJECT.match(
        text, pos) is not None


def is_plural(word: str) -> bool:
    """Whether a lower-case word looks like a plural noun."""
    if "-" in word:
        word = word.rsplit("-", 1)[1]
    if word in fw.IRREGULAR_PLURALS or word.endswith(("children", "people")):
        return True  # "grandchildren", "townspeople"
    if word.endswith("men") and len(word) > 4 and word not in fw.NOT_PLURAL_MEN:
        return True  # "policemen", "gunmen"
    if len(word) < 3 or word in fw.NOT_PLURAL or word in fw.STOP_WORDS:
        return False
    if word.endswith("is"):  # "basis", "crisis", "tennis"; but "taxis"-like plurals of -i
        return word[-3] in _I_PLURAL_BEFORE and word not in _SINGULAR_IS  # "satoshis", "emojis"
    return word.endswith("s") and not word.endswith(("ss", "us", "ous", "'s", "’s", "ics"))


#: Letters before a final "is" that make a plural of a noun in -i ("tsunamis", "skis",
#: "emojis", "satoshis", "kiwis"; figs24): singular nouns in -is end in -sis, -tis, -nis,
#: -ris, -lis, -vis, -bis, -xis or -cis ("basis", "mantis", "tennis", "iris", "axis").
_I_PLURAL_BEFORE = frozenset("mkjhwdgpzf")
_SINGULAR_IS = frozenset({"aegis", "dermis", "epidermis"})


def _ends_clause(text: str, pos: int) -> bool:
    """Whether punctuation, the end of text or a stop word follows `pos`; not a number or a
    determiner, which make the word before a verb ("people and operates 10,500 stores")."""
    if _OBJECT.match(text, pos):
        return False
    m = NEXT_WORD.match(text, pos)
    if m is None:
        return True
    lower = m.group(1).lower()
    return lower in fw.STOP_WORDS and lower not in fw.DETERMINERS and lower not in _OBJECTS


#: Pronouns that make the word before them a verb ("11 attempts and lifts them to fourth").
_OBJECTS = frozenset("them him her it us me you".split())


def plural_end(text: str, pos: int, strict: bool = False) -> int | None:
    """End of a counted plural noun phrase starting after `pos`, or None."""
    q = pos
    named = numbered = False
    for _ in range(5):
        m = NEXT_WORD.match(text, q)
        if m is None:
            return _models_end(text, q) if named or q == pos and not strict else None
            # "2 Boeing 787s", "six 787s" (figs29)
        word = m.group(1)
        lower = word.lower()
        if word[0].isdigit():
            if not strict and (model := aircraft_end(
                    text, m.start(1), word[:3] if word[3:4] in ("s", "-") else word, True)
                    ) is not None:
                if text[model - 1] == "s":
                    return model  # "six 787s", "two 787-9s": the models counted (figs29)
                q, named = model, True  # "150 737 MAX 10 jets"
                continue
            if strict or not named or numbered:
                return None  # "68 Fortune 500 companies", not "737 MAX 8 carried 178 …"
            numbered = True
        elif word[0].isupper():
            if ACRONYM_PLURAL.fullmatch(word) or _people(text, word, m.end()):
                return _coordinated(text, m.end())
            if not strict and _named_plural(text, word, m.end()):
                return m.end()  # "four Grammys,", "14 Tests in a row"
            if strict or word in fw.MONTHS or word in fw.WEEKDAYS:
                return None
            named = True
        elif lower in fw.STOP_WORDS or lower in fw.PAST_VERBS:
            return None  # "a crowd of 41,237 saw Rovers": a verb, no noun counted (figs33)
        elif is_plural(lower):
            if strict and _verb_object(text, m.end()):
                return None  # "for 2027 includes RM15 billion": a verb, the number a year
            return _coordinated(text, m.end())
        elif strict and lower not in fw.COUNT_ADJECTIVES or _object_at(text, m.end()):
            return None  # a word with a number or a sum after it is a verb ("carried 178")
        q = m.end()
    return None


#: A sum written with a currency code glued before it ("RM15", "US$5", "HK$2bn", "Rs 500").
_CODE_SUM = re.compile(r"\s[A-Z]{1,3}\$?\s?\d")


def _verb_object(text: str, pos: int) -> bool:
    """Whether an object follows the word ending at `pos` — a number, a sum (also after a
    currency code) or a determiner — so the word is a verb ("2027 includes RM15 billion")."""
    return _object_at(text, pos) or _object_follows(text, pos) or \
        _CODE_SUM.match(text, pos) is not None


def _models_end(text: str, pos: int) -> int | None:
    """End of a plural Boeing model after a maker's name ("2 Boeing 787s"), or None."""
    if text[pos : pos + 1] != " " or text[pos + 1 : pos + 2] != "7":
        return None
    model = aircraft_end(text, pos + 1, text[pos + 1 : pos + 4])
    return model if model is not None and text[model - 1] == "s" else None


def _people(text: str, word: str, end: int) -> bool:
    """Whether a capitalised `word` is a plural people counted ("120 million Americans")."""
    if not word.endswith(fw.PEOPLE_ENDINGS):
        return False
    m = NEXT_WORD.match(text, end)
    return m is None or not (m.group(1)[0].isupper() or is_plural(m.group(1).lower()))


def _named_plural(text: str, word: str, end: int) -> bool:
    """Whether a capitalised `word` is a plural that ends the noun phrase: awards, matches
    and the like named with a capital ("won four Grammys,", "lost 14 Tests in a row")."""
    lower = word.lower()
    return word[1:].islower() and is_plural(lower) and lower not in fu.DURATION_UNITS and \
        lower not in fu.QUANTITY_UNITS and _ends_clause(text, end)  # not "For 5 Years"


def _coordinated(text: str, end: int) -> int:
    """Extend a plural head over a second plural ("police officers") or "and regions"."""
    m = NEXT_WORD.match(text, end)
    if m and m.group(1).islower() and is_plural(m.group(1)) and not _object_follows(
            text, m.end()) and not _number_follows(text, m.end()) and not _verb_after(
            text[:end], m.group(1)):
        end = m.end()
    m = COORD.match(text, end)
    if m and is_plural(m.group(1)) and _ends_clause(text, m.end()):
        return m.end()
    return end


def _verb_after(head: str, word: str) -> bool:
    """Whether `word` after the plural ending `head` is a verb ("17,604 patients finds"), not
    a second noun ("police officers", "sales calls"; figs33)."""
    return word in fw.S_VERBS and head[head.rfind(" ") + 1 :].lower() not in fw.PLURAL_MODIFIERS


def _number_follows(text: str, pos: int) -> bool:
    """Whether a number follows `pos` ("10,000 torii gates takes two to three hours"): the
    word before it is a verb with its object, not a second noun."""
    if _OBJECT.match(text, pos):
        return True
    m = NEXT_WORD.match(text, pos)
    return m is not None and (m.group(1).lower() in fw.UNITS or m.group(1).lower() in fw.TENS)


def _object_follows(text: str, pos: int) -> bool:
    """Whether a determiner follows `pos`, so the word before it is a verb ("workers enters
    its third week"), not a second noun."""
    m = NEXT_WORD.match(text, pos)
    return m is not None and (m.group(1).lower() in fw.DETERMINERS
                              or m.group(1).lower() in fw.VERB_PARTICLES)


def singular_end(text: str, pos: int) -> int | None:
    """End of the singular noun phrase counted by "one", or None."""
    ends: list[tuple[int, str]] = []
    q = pos
    for _ in range(3):
        m = NEXT_WORD.match(text, q)
        if m is None:
            break
        lower = m.group(1).lower()
        if lower[0].isdigit() or lower in fw.STOP_WORDS or (not ends and lower in ONE_IDIOMS):
            break
        ends.append((m.end(), m.group(1)))
        q = m.end()
    while ends and (ends[-1][1][0].isupper() or ends[-1][1].endswith(("ly", "ed", "ing"))
                    or len(ends) > 1 and _OBJECT.match(text, ends[-1][0])):
        ends.pop()  # "one firm paid $5m": a sum after a word makes it a verb
    return ends[-1][0] if ends else None


def part_of_count(text: str, pos: int) -> bool:
    """Whether "of (the) N nouns" follows `pos`, so the number before counts the same nouns
    ("Greens win 12 of 51 council seats", "Seven of the 11 victims")."""
    m = _OF_WHOLE.match(text, pos)
    return m is not None and plural_end(text, m.end()) is not None


def gathering_before(text: str, start: int) -> str:
    """The gathering a number counts, written before it ("a crowd of 33,000" → crowd), or ""."""
    if text[start - 1 : start] != " " or "of " not in text[max(0, start - 24) : start]:
        return ""
    m = _GATHERING.search(text, max(0, start - 48), start)
    if m is None:
        return ""
    word = m.group(1).lower()
    if word != "majority":
        return word
    # "a majority of 174" (figs29): seats, or votes when the votes were counted before it
    # ("Labour hold with 18,837 votes, a majority of 7,169")
    return "votes" if _VOTES.search(text, max(0, start - 160), m.start()) else "seats"


_VOTES = re.compile(r"\bvotes\b")


def strong_body(text: str, pos: int) -> int:
    """End of the body a "5,000-strong" counts ("crowd", "Wagner force", "Wagner Group"),
    else `pos`. After a name only a word of a body ends it (figs21)."""
    m, name, body = NEXT_WORD.match(text, pos), 0, pos
    while m is not None and m.group(1)[0].isupper() and name < 3:
        if m.group(1).lower() in _BODIES:
            body = m.end()  # "the 5,000-strong Wagner Group"
        m, name = NEXT_WORD.match(text, m.end()), name + 1
    if m is not None and m.group(1).islower() and m.group(1) not in fw.STOP_WORDS and (
            not name or m.group(1) in _BODIES):
        return m.end()  # "a 1,000-strong crowd", "the 5,000-strong Wagner force"
    return body


#: Bodies a "N-strong" name may end in, capitalised ("the 5,000-strong Wagner Group"; figs21).
_BODIES = frozenset(
    "group force forces army brigade battalion regiment division corps unit units militia "
    "guard squadron fleet legion company commando commandos squad team crew delegation "
    "contingent choir orchestra band".split())
