"""English inflections of a query word, decided here for every search path (query14).

A plain English word of a query (one token of ASCII letters, at least `SHORTEST` long, not
quoted) also matches, as whole words, its regular inflections and its base: `lily` finds
"lilies", `companies` "company", `markets` "market", `make` "making", `stopped` "stop",
`christies` "Christie's" (whose tokens are `christie` `'` `s`), `children` "child". The
index keeps the text's own words; the variants are looked up at query time.

The rules are spelling rules, without a dictionary, so they also make forms that are no
word ("walke"): harmless, as no text has them. What they must not make is another word:
`news` is not "new", `noting` not "not" (a one-syllable verb ending in one vowel and one
consonant doubles it: "hop" → "hopping", so "hoping" is "hope"), `evening` not "even".
Words whose inflection would be another word are in `_NOT_INFLECTED`.

A word in -ing finds itself and its plural only (search14): typed, it is a noun of its own
more often than a verb ("banking", "housing", "meeting", "mining", "dating", "shooting")
or a name ("Beijing", "Reading"), and its base is another word (bank, house, mine, date);
the verb's base finds its -ing form ("make" finds "making"). A surname that is a given
name with an -s ("Williams", "Roberts", "Davies") is not a plural: `_NAMES`.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Words this short are not expanded (`us` is not "u", `bus` stays "bus").
SHORTEST = 4

_VOWELS = frozenset("aeiou")
_PLAIN = re.compile("[a-z]+")

#: Words that look inflected but are not, or whose base would be another word: singulars
#: in -s ("lens" is not "len", "chaos" not the name "Chao"), adjectives in -ed ("wicked"
#: is not "wick"), units in -bps ("gbps" is not the pound's code "gbp"); and plurals whose
#: singular is above all an adverb, adjective or preposition, which would find most
#: articles (`rights` is not "right now", `wells` not "as well", `likes` not "like").
_NOT_INFLECTED = frozenset("""
news means series species economics politics physics electronics always perhaps towards
whereas besides unless across does goods arms customs united shed thus this yes plus lens chaos
bias atlas alias canvas christmas odds proceeds premises corps manners diabetes rabies
herpes measles mumps shingles kbps mbps gbps tbps wicked ragged rugged crooked jagged dogged
naked sacred beloved wretched hundred kindred hatred
""".split()) | frozenset("""
wells likes rights highs lows backs seconds lasts firsts
""".split())  # plurals whose singular is mostly an adverb or another word (search15)

#: Names that look like plurals of another name or word, which they are not: surnames made
#: of a given name and an -s (Williams is no plural of William), and a few places and names
#: ("Morales" is not "morale", "Marcos" not "Marco"). A name that is also a plural in the
#: news ("Gates", "Banks", "Summers") is read as a plural.
_NAMES = frozenset("""
williams roberts peters edwards andrews adams abrams daniels stevens stephens phillips philips
collins rogers evans owens richards michaels matthews mathews davies jenkins hopkins perkins
watkins dawkins hawkins simmons sanders reynolds nichols jacobs harrisons james jones
charles hughes thomas morales marcos carlos santos ramos torres flores reyes holmes hayes
texas kansas arkansas dallas douglas nicholas vegas wales athens lyons brussels cannes
naples lloyds
""".split())

#: Plurals in -ves of a noun in -f or -fe (a short list: "lives" is also "live").
_VES = {"lives": "life", "wives": "wife", "knives": "knife", "leaves": "leaf",
        "halves": "half", "shelves": "shelf", "thieves": "thief", "wolves": "wolf",
        "calves": "calf", "loaves": "loaf", "selves": "self"}
_F = {base: plural for plural, base in _VES.items()}

#: Irregular forms, the base first: short, and the forms of news ("won", "rose", "left",
#: "saw", "met" and "led" are left out: they are also other words).
_IRREGULAR = tuple(tuple(group.split()) for group in """
child children|man men|woman women|person people|mouse mice|foot feet|tooth teeth
goose geese|criterion criteria|phenomenon phenomena
go goes going went gone|make makes making made|say says saying said
pay pays paying paid|buy buys buying bought|sell sells selling sold
take takes taking took taken|give gives giving gave given|lose loses losing lost
fall falls falling fell fallen|grow grows growing grew grown
know knows knowing knew known|begin begins beginning began begun
build builds building built|bring brings bringing brought
think thinks thinking thought|seek seeks seeking sought|teach teaches teaching taught
catch catches catching caught|fight fights fighting fought|come comes coming came
tell tells telling told|speak speaks speaking spoke spoken
write writes writing wrote written|drive drives driving drove driven
steal steals stealing stole stolen|choose chooses choosing chose chosen
break breaks breaking broke broken|fly flies flying flew flown
shoot shoots shooting shot|strike strikes striking struck|spend spends spending spent
send sends sending sent|keep keeps keeping kept|hold holds holding held
stand stands standing stood|hear hears hearing heard|find finds finding found
get gets getting got|run runs running ran|see sees seeing seen|eat eats eating ate eaten
throw throws throwing threw thrown|draw draws drawing drew drawn
withdraw withdraws withdrawing withdrew withdrawn|hide hides hiding hid hidden
freeze freezes freezing froze frozen|forget forgets forgetting forgot forgotten
""".replace("\n", "|").split("|") if group.strip())
#: Each irregular form → its group; a base reached by the rules ("taking" → "take") also
#: brings its group, other forms do not ("founded" → "found" is not "find").
_GROUP_OF = {form: group for group in _IRREGULAR for form in group}
_GROUP_OF_BASE = {group[0]: group for group in _IRREGULAR}


#: Nouns whose other number is not made with -s or -es, each way ("person" ↔ "people",
#: "leaves" ↔ "leaf"): the two-word groups of `_IRREGULAR` and the -f/-ves nouns.
_OTHER_NUMBER = {**{one: other for group in _IRREGULAR if len(group) == 2
                    for one, other in (group, group[::-1])}, **_VES, **_F}


def other_number(noun: str) -> str | None:
    """The other number of an English noun that does not make it with -s or -es: "person"
    → "people", "children" → "child", "leaves" → "leaf", "crisis" → "crises", "analyses" →
    "analysis", "spokesman" → "spokesmen"; None for the others. (A form no text writes,
    such as "busis" for "buses", is harmless where it is used: as one more form to match.)"""
    if noun in _OTHER_NUMBER:
        return _OTHER_NUMBER[noun]
    if noun.endswith("sis") and len(noun) > 4:
        return noun[:-2] + "es"
    if noun.endswith("ses") and len(noun) > 4:
        return noun[:-2] + "is"
    if noun.endswith(("man", "men")):
        return noun[:-2] + ("en" if noun.endswith("man") else "an")
    return None


def is_plain_word(token: str) -> bool:
    """True for a token that is an English word to inflect: ASCII letters, long enough."""
    return len(token) >= SHORTEST and _PLAIN.fullmatch(token) is not None


@lru_cache(maxsize=1024)
def word_variants(word: str) -> tuple[str, ...]:
    """The other words `word` (folded, a plain word: `is_plain_word`) matches, whole: its
    inflections and its base, sorted; () when none. Forms that start with `word` are left
    out, as the word itself matches them as a prefix."""
    return tuple(form for form in word_forms(word) if not form.startswith(word))


@lru_cache(maxsize=256)
def word_forms(word: str) -> tuple[str, ...]:
    """The inflections and base of `word` (`word_variants`), those that start with it too."""
    if not is_plain_word(word) or word in _NOT_INFLECTED or word in _NAMES or \
            word.endswith("ing") and word not in _GROUP_OF_BASE:  # "banking": not "bank"
        return ()
    found: set[str] = set(_GROUP_OF.get(word, ()))
    if not found:  # an irregular form: its group is its forms ("seeing" is not "seed")
        found.update(_forms(word))
        for base in _plural_bases(word):
            found.add(base)
            found.update(_GROUP_OF_BASE.get(base, ()))
        for base in _verb_bases(word):
            found.add(base)
            found.update(_GROUP_OF_BASE.get(base, ()) or _verb_forms(base))
    return tuple(sorted(form for form in found if len(form) >= 2 and form != word))


def _syllables(word: str) -> int:
    """Groups of vowels in `word` (a rough count of its syllables)."""
    return len(re.findall("[aeiouy]+", word))


def _ends_cvc(word: str) -> bool:
    """True when `word` ends in one vowel and one consonant (not w, x, y): "stop", "visit"."""
    return (len(word) >= 3 and word[-1] not in _VOWELS and word[-1] not in "wxy"
            and word[-2] in _VOWELS and word[-3] not in _VOWELS)


def _doubles(word: str) -> bool:
    """True when `word` doubles its last consonant before -ed and -ing for certain: one
    syllable ending in one vowel and one consonant ("stop" → "stopped")."""
    return _ends_cvc(word) and _syllables(word) == 1


def _plural(word: str) -> list[str]:
    """The -s forms of a noun or verb: "lily" → lilies, "bus" → buses, "analysis" →
    analyses, "life" → lives, "hero" → heroes and heros."""
    if word in _F:
        return [_F[word], word + "s"]
    if word.endswith("sis"):
        return [word[:-2] + "es"]
    if word.endswith("y") and word[-2:-1] not in _VOWELS:
        return [word[:-1] + "ies"]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return [word + "es"]
    if word.endswith("o"):
        return [word + "es", word + "s"]
    return [word + "s"]


def _verb_forms(word: str) -> list[str]:
    """The -s, -ed and -ing forms of a verb: "stop" → stops stopped stopping, "make" →
    makes maked making, "carry" → carries carried carrying, "die" → dying."""
    forms = _plural(word)
    if word.endswith("y") and word[-2:-1] not in _VOWELS:
        return [*forms, word[:-1] + "ied", word + "ing"]
    if word.endswith("ie"):
        return [*forms, word + "d", word[:-2] + "ying"]
    if word.endswith("e"):
        ing = word + "ing" if word.endswith(("ee", "ye", "oe")) else word[:-1] + "ing"
        return [*forms, word + "d", ing]
    stems = [word] if not _ends_cvc(word) else [word + word[-1]] if _doubles(word) else \
        [word, word + word[-1]]  # "visit" → visited; "admit" → admitted: both spelled
    return [*forms, *(stem + ending for stem in stems for ending in ("ed", "ing"))]


def _forms(word: str) -> list[str]:
    """The inflections of `word` taken as a base: its noun and verb forms."""
    return [*_plural(word), *_verb_forms(word)]


def _plural_bases(word: str) -> list[str]:
    """The bases of `word` read as an -s form: "lilies" → lily (and lilie), "buses" → bus,
    buse, "analyses" → analysis, "leaves" → leaf, leave, "christies" → christie."""
    if _ACRONYM_US.fullmatch(word):
        return [word[:-1]]  # "gpus" → gpu, "cpus" → cpu
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return []
    found = [word[:-1]]
    if word.endswith("ies") and len(word) > 4:
        found.append(word[:-3] + "y")
    elif word in _VES:
        found.append(_VES[word])
    elif word.endswith("ses"):
        found.append(word[:-3] + "sis")
    if word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh", "o")):
        found.append(word[:-2])
    return [base for base in found if len(base) >= 3]


#: The plural of an acronym ending in u ("GPUs", "CPUs"), not a word in -us ("bonus").
_ACRONYM_US = re.compile("[b-df-hj-np-tv-z]{2,3}us")

#: Verbs in -ng ("hanged" is hang): any other -nged is of a verb in -nge ("changed" is
#: change, not the name Chang; "ranged" range, not "rang").
_NG_VERBS = frozenset("hang bang ping wing clang twang ding zing long belong prolong wrong "
                      "throng".split())


def _stems(stem: str) -> list[str]:
    """The bases a verb's stem before -ed or -ing may be: "stopp" → stop (and stopp),
    "mak" → make (not "mak": it would have doubled), "walk" → walk, walke, "travell" →
    travel, travell (not "tell" → "tel")."""
    if len(stem) < 3:
        return []
    last = stem[-1]
    if last == stem[-2] and last not in _VOWELS:  # a doubled consonant
        if last in "sfz" or last == "l" and _syllables(stem[:-1]) < 2:
            return [stem]  # "passing", "selling": not "pas", "sel"
        if _doubles(stem[:-1]):
            return [stem[:-1]]  # "stopping": stop, which doubles; not "stopp"
        return [stem, stem[:-1]]  # "adding": add; "admitted": admit
    found = [] if _doubles(stem) or stem.endswith("ng") and stem not in _NG_VERBS and \
        not stem.endswith("ong") else [stem]
    if last not in "wxy" and (last not in _VOWELS or last == "u") and \
            not stem.endswith(("ck", "sh")):
        found.append(stem + "e")  # "making" → make, "arguing" → argue
    return found


def _verb_bases(word: str) -> list[str]:
    """The bases of `word` read as an -ed form: "stopped" → stop, "carried" → carry,
    "hoped" → hope, "used" → use, "changed" → change (an -ing form has none: see above)."""
    if not word.endswith("ed"):
        return []
    found: list[str] = []
    if word.endswith("ied"):
        found += [word[:-3] + "y", word[:-1]]  # "carried" → carry; "died" → die
    else:
        if not (word.endswith("eed") and len(word) <= 4):  # "need" is not "nee"
            found.append(word[:-1])  # "hoped" → hope, "used" → use, "agreed" → agree
        found += [stem for stem in _stems(word[:-2]) if not stem.endswith("e")]
    return [base for base in found if len(base) >= 3 and _syllables(base)]
