"""Which durations are ages (`model.Figure.age`): the lens lists an age with the durations
and a filter finds it (`duration>60 years`), but a sum of durations leaves it out.

The extractor already reads an age as a duration in years; what makes it one is either its
own text ("aged 91", "Ages 6", "45-year-old", "45 years old", "in her 70s", "65岁以上",
"18周岁", "60歲以上") or that it names no unit of time at all: a bare number taken for an
age by the words around it ("Zhang, 45, said", "died at 94", "children under 5", "at the
age of 17", `_figure_unit.BARE_DURATION`). A bare number listed with a duration takes its
unit, and so whether it is an age: "aged 23, 27 and 31" are ages, "20, 30 and 50 years" are
not (`_units._share_units`).
"""

from __future__ import annotations

import re

#: A duration's own text that says it is an age (case aside): "aged"/"ages"/"age" first, "year
#: old" after the number, 岁/歲 (周岁 too), or a decade of life ("70s").
_AGE_TEXT = re.compile(r"^ages?d?\b|years?[- ]olds?\b|[岁歲旬]|\d0s$", re.IGNORECASE)


#: Words before a number of years that make it an age: "the median age rose to 40.7 years",
#: "an average age of 12 years" (figs34).
_AGE_BEFORE = re.compile(r"(?i)\b(?:median|average|mean)\s+age\b[^.;:!?\d]{0,24}$")


def age_as_read(figure_text: str, unit: str, before: str = "") -> bool:
    """Whether a duration is an age, by its text and `unit` as read from its text and the
    words after it ("" when they name no unit of time: a bare number read as an age), or by
    the words `before` it ("median age")."""
    return not unit or unit == "years" and (_AGE_TEXT.search(figure_text) is not None or
                                            _AGE_BEFORE.search(before) is not None)
