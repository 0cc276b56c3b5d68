"""A Chinese noun typed in a count filter, as the figures store theirs (`figures._zh_nouns`,
`figures._figure_unit.count_unit`): a measure word before the noun is dropped
(`count>1e4 名员工` is a count of 员工, as "1.2万名员工" is stored), and a noun the figure
rules cut short is also its short form (`count>1e7 人口` also finds "2,340萬人口", stored
as a count of 人). A measure word alone (`count>100 家`) finds the counts written with it,
whatever their noun ("120家企业", "营业网点262家", which is 262 网点; `figures.measure_word`,
store17): `classifier_note` says so, and how to name one noun.
"""

from __future__ import annotations

from hzreader.query._terms import noun_key

#: Nouns the figure rules store shorter ("2,340萬人口" is 2,340萬 人).
_STORED_SHORTER = {"人口": "人"}


def _classifiers() -> frozenset[str]:
    """The measure words the figure rules drop before a noun (loaded with them)."""
    from hzreader.figures import CLASSIFIERS

    return CLASSIFIERS


def zh_count_nouns(noun: str) -> tuple[str, ...]:
    """The nouns a count filter's Chinese `noun` finds, folded (`noun_key`): without a
    leading measure word when two characters or more are left (名员工 → 员工; 家庭 stays),
    and the short form the figures store (人口 → 人口, 人)."""
    key = noun_key(noun)
    if len(key) > 2 and key[0] in _classifiers():
        key = key[1:]
    return tuple(dict.fromkeys((key, *filter(None, (_STORED_SHORTER.get(key),)))))


def classifier_note(filter_text: str, noun: str) -> str:
    """The note for a count filter whose noun is a measure word alone (`count>100 家`), or
    "": it finds the counts written with that measure word, of any noun."""
    if len(noun) != 1 or noun not in _classifiers():
        return ""
    return f"'{noun}' is a measure word: counts of any noun written with it (for one noun: " \
        f"{filter_text} 企业)"
