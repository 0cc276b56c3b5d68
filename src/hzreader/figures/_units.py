"""What each figure measures, and the sentence it stands in: the last pass of `extract`.

`with_units(text, figures)` reads a figure's own text and the words right after it:

The unit always names what the figure's value is counted in, so value and unit read
together ("25 cents" is 0.25 USD, never 0.25 cents):

* money: the currency as an ISO 4217 code where known ("3 billion yuan" → CNY, "$5" →
  USD, "HK$12" → HKD, "45亿美元" → USD; cents and pence, valued in dollars and pounds,
  → USD and GBP), else the currency word as written ("francs");
* percent: "percent", or "points" for percentage points (个百分点) and basis points, which
  are valued in percentage points ("50 bp" → 0.5 points);
* quantity: the unit's short symbol ("120 kilometers" → km, "30℃" → °C, "5 tons" → t);
* duration: the unit of time, plural ("18 months" → months, "aged 64" → years); a time
  written in several units ("14 hours 20 minutes", "2:11:53", "4小时18分") is valued in
  seconds, so its unit is "seconds";
* count: the counted noun as written ("more than 10 near-unicorn enterprises" →
  "near-unicorn enterprises"; "12个项目" → 项目, the classifier dropped);
* years, dates, ordinals and plain numbers: "".

A bare number sharing the unit of the next one ("20, 30 and 50 years", "5 to 10 percent")
takes that unit. This module is the pass over a text's figures (lists that share a unit,
a count's noun before it, sentence spans); the unit of one figure is `_figure_unit`'s.
Pure and thread-safe.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable
from operator import itemgetter

from hzreader.figures import _words as fw
from hzreader.figures._ages import age_as_read
from hzreader.figures._casualties import casualty_counts
from hzreader.figures._context import comma_age
from hzreader.figures._figure_unit import BARE_DURATION, CLASSIFIERS, unit_at
from hzreader.figures._gapping import bare_units, gapped_counts
from hzreader.figures._high import range_high
from hzreader.figures._nouns import gathering_before
from hzreader.figures._points import index_points
from hzreader.figures._sentences import sentence_ends
from hzreader.figures._zh_nouns import noun_before
from hzreader.model import Figure

_SHARED = re.compile(r"[\s,，、;]*(?:(?:to|and|or|through|by|x|×|至|到|和|或|与|及|-|–|—|~|～)\s*)?"
                     r"(?:[$£€¥]|US\$|HK\$)?")
_PART_OF = re.compile(r"\sof\s(?:(?:the|their|his|her|its|our)\s)?(?:[A-Za-z][\w.-]*['’]s\s)?"
                      r"(?:(?:last|first|next)\s)?")
_SHARING_KINDS = frozenset({"money", "percent", "quantity", "duration", "count"})
_KIND = itemgetter(2)


#: The units of points ("点" where `count_unit` kept it).
_POINTS = frozenset({"points", "点", "點"})


#: A figure found but not yet placed: start, end, kind and value (`_context.Hit`).
Found = tuple[int, int, str, float | None]


def _shares(text: str, here: Found, there: Found) -> bool:
    """Whether two figures of one kind are joined as one list ("20, 30 and 50 years")."""
    return here[2] == there[2] and here[2] in _SHARING_KINDS \
        and there[0] - here[1] <= 16 and _SHARED.fullmatch(text, here[1], there[0]) \
        is not None


def _an_age(text: str, here: Found) -> bool:
    """Whether a duration is an age between commas after a name ("Hoxha, 29, to eight years
    and six months": 29 years, never the sentence's months; figs30)."""
    return here[2] == "duration" and comma_age(text, here[0], here[1], text[here[0] : here[1]])


def _share_units(text: str, found: list[Found], units: list[str], ages: list[bool] | None
                 ) -> None:
    """Give bare numbers the unit of the number they are listed with, next one first, and
    with it whether they are ages ("aged 23, 27 and 31"; not "20, 30 and 50 years"; None:
    no duration among them)."""
    for i in range(len(found) - 2, -1, -1):  # "20, 30 and 50 years": right to left
        if not units[i] and _shares(text, found[i], found[i + 1]) and not _an_age(text, found[i]):
            units[i] = units[i + 1]
            if ages is not None:
                ages[i] = ages[i + 1]
    for i in range(len(found) - 2, -1, -1):  # "12 of 51 council seats": a part of a whole
        if not units[i] and found[i][2] == found[i + 1][2] == "count" and \
                _PART_OF.fullmatch(text, found[i][1], found[i + 1][0]):
            units[i] = units[i + 1]
    for i in range(1, len(found)):  # "aged 18 to 24": left to right
        if not units[i] and _shares(text, found[i - 1], found[i]) and not _an_age(text, found[i]):
            units[i] = units[i - 1]
            if ages is not None:
                ages[i] = ages[i - 1]


#: "11 gold, 8 silver and 14 bronze medals": a number, one word, and the list goes on.
_LISTED_WORD = re.compile(r" ([a-z]{3,})(?=,? (?:and |or )?[\d$£€])")
#: The last item of such a list: a number, one word and the plural noun they all count.
_LISTED_LAST = re.compile(r"[\d.,]+ [a-z]{3,} ([a-z]{3,}s)")


def _listed_kinds(text: str, found: list[Found]) -> dict[int, str] | None:
    """Make each bare number of "11 gold, 8 silver and 14 bronze medals" a count of its own
    word and the list's noun ("gold medals"), in place; their units by position."""
    units: dict[int, str] = {}
    noun = ""
    for i in range(len(found) - 2, -1, -1):
        if found[i][2] != "number" or found[i + 1][2] != "count":
            noun = ""
            continue
        start, end, kind, value = found[i]
        after = found[i + 1]
        if text[end : end + 1] != " " or \
                value is None or (m := _LISTED_WORD.match(text, end)) is None or \
                m.group(1) in fw.STOP_WORDS or \
                _SHARED.fullmatch(text, m.end(), after[0]) is None:
            noun = ""
            continue
        if i + 1 not in units:
            last = _LISTED_LAST.fullmatch(text, after[0], after[1])
            if last is None:
                continue
            noun = last.group(1)
        found[i] = (start, m.end(), "count", value)
        units[i] = f"{m.group(1)} {noun}"
    return units


def with_units(text: str, figures: Iterable[Figure]) -> list[Figure]:
    """`figures` of `text` with their units and sentence spans filled in."""
    return [Figure(*values) for values in placed(
        text, [(f.start, f.end, f.kind, f.value) for f in figures])]


#: A figure placed: the fields of a `Figure`, in its order (start, end, text, kind, value,
#: unit, sentence start, sentence end, high end, age); a `Figure` is built from it only when
#: wanted.
Placed = tuple[int, int, str, str, float | None, str, int, int, float | None, bool]


def placed(text: str, found: list[Found]) -> list[Placed]:
    """The figures found in `text` (in order, not overlapping), with their text, unit and
    sentence span, as the fields of each `Figure`."""
    if not found:
        return []
    listed = _listed_kinds(text, found) if len(found) > 1 and (
        ", " in text or " and " in text or " or " in text) else None
    texts = [text[start:end] for start, end, _, _ in found]
    units = [unit_at(text, start, end, figure_text, kind)
             for (start, end, kind, _), figure_text in zip(found, texts, strict=True)]
    if listed:
        for i, unit in listed.items():
            units[i] = unit
    aged: set[int] | tuple[()] = ()
    if "duration" in map(_KIND, found):  # (most texts have no duration: no more work)
        ages = [kind == "duration" and age_as_read(figure_text, unit, text[max(0, s - 40) : s])
                for (s, _, kind, _), figure_text, unit in zip(found, texts, units, strict=True)]
        if len(found) > 1 and not all(units):
            _share_units(text, found, units, ages)
        if True in ages:
            aged = {found[i][0] for i, age in enumerate(ages) if age}
    elif len(found) > 1 and not all(units):
        _share_units(text, found, units, None)
    for i, (start, _, kind, _) in enumerate(found):
        if kind == "count" and not units[i]:
            units[i] = gathering_before(text, start) or (  # "a crowd of 33,000"
                noun_before(text, start) if text[start - 1 : start] >= "\u2e80" else "")
        elif kind == "count" and units[i] in CLASSIFIERS and units[i] not in "次趟轮届":
            units[i] = noun_before(text, start) or _noun_of_the_sentence(text, found, units, i)
            # "城市共35个" → 城市, "志愿者1.2万名" → 志愿者; "城市有58个，比上月减少4个" → 城市
        elif kind == "count" and units[i] in _POINTS and index_points(text, start, found[i][1]):
            found[i], units[i] = (start, found[i][1], "quantity", found[i][3]), "points"
            # "closed at 7,412.5 points", "收于2863.13点": an index's points (figs33)
    if ", " in text or " and " in text or "; " in text or " to " in text:
        size = len(found)
        gapped_counts(text, found, units)  # "22 seats, the Conservatives held 11"
        if len(found) != size:
            texts = [text[start:end] for start, end, _, _ in found]
    bare_units(text, found, units)  # "Sixty hours a week, maybe 70", "trips top 3 million"
    casualty_counts(text, found, units)  # "Typhoon Koinu kills 27", "9 dead" (figs35)
    ends = sentence_ends(text, found[-1][1])  # no further than the last figure's sentence
    size, count = len(text), len(ends)
    out: list[Placed] = []
    for (start, end, kind, value), figure_text, unit in zip(found, texts, units, strict=True):
        i = bisect_right(ends, start)
        lo = ends[i - 1] if i else 0
        while lo < start and text[lo].isspace():  # the spaces after the previous sentence
            lo += 1
        i = bisect_right(ends, end - 1, i)
        hi = ends[i] if i < count else size
        if hi > end and text[hi - 1] == "\n":
            hi -= 1
        unit = unit or (BARE_DURATION if kind == "duration" else "")
        out.append((start, end, figure_text, kind, tidy_value(value), unit, lo, hi,
                    tidy_value(range_high(figure_text, kind, value)),
                    kind == "duration" and start in aged and unit == "years"))
    return out


def _noun_of_the_sentence(text: str, found: list[Found], units: list[str], i: int) -> str:
    """The noun of the last count before figure `i` in its sentence with the same classifier
    ("城市有58个，比上月减少4个" → 城市), else figure `i`'s classifier, as it was."""
    start, end = found[i][0], found[i][1]
    for j in range(i - 1, -1, -1):
        before_start, before_end, kind, _ = found[j]
        if any(mark in text[before_end:start] for mark in "。；！？\n"):
            break
        if kind == "count" and text[end - 1] in text[before_start:before_end] and \
                units[j] not in CLASSIFIERS and units[j]:
            return units[j]
    return units[i]


def tidy_value(value: float | None) -> float | None:
    """`value` without the noise of binary arithmetic (9.8 × 1e8 is 980000000.0000001, 35
    basis points 0.35000000000000003): the number of at most 12 significant digits it
    differs from by that noise alone, if there is one; else `value` to 15 significant
    digits (10:23 is 10.3833333333333 hours, "nearly a third" 0.333333333333333), as the
    index's SQLite JSON prints it, so that the index and the files give the same number."""
    if value is None or (value.is_integer() and -1e15 < value < 1e15) or \
            not math.isfinite(value):
        return value
    tidy = float(f"{value:.12g}")
    return tidy if abs(tidy - value) <= abs(value) * 1e-14 else float(f"{value:.15g}")
