"""The measure word a Chinese count is written with (`measure_word`): "120家企业" and
"营业网点262家" are both counted in 家, though their nouns are 企业 and 网点. A count filter
whose noun is a measure word alone (`count>100 家`) finds the counts written with it; the
index stores it (`figures.measure_word`), as it stores no figure text.
"""

from __future__ import annotations

import re

from hzreader.figures._figure_unit import CLASSIFIERS

#: A measure word right after a numeral (digits, Chinese numerals, 多/余/来/几 of "100多家"),
#: not one of trips ("12万辆次" counts vehicle trips, not vehicles).
_AFTER_NUMERAL = re.compile(
    "(?<=[0-9〇零一二两三四五六七八九十百千万亿兆几多余来])([" + "".join(sorted(CLASSIFIERS))
    + "])(?!次)")


def measure_word(figure_text: str) -> str:
    """The measure word of a count's text, in simplified characters ("120家企业" → 家,
    "1.2万名员工" → 名, "5個項目" → 个), or "" when it has none ("3万人", "12 projects")."""
    if figure_text.isascii():
        return ""
    from hzreader.text import fold

    found = _AFTER_NUMERAL.search(fold(figure_text))
    return found.group(1) if found else ""
