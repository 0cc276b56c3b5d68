"""The approximator before a Chinese number ("约", "超过", "不到"), also past a particle and
a space ("约有400家", "超过了二十万人", "超过 500亿元"; figs34): where the figure's span begins.
Apart from `_zh_base` so that `_context` (an English "超过 50%") may use it too."""

from __future__ import annotations

from hzreader.figures import _zh_words as zw


def approx_before(text: str, start: int, floor: int) -> int:
    """Where an approximator right before `start` begins ("约", "超过", "不到"), also over
    one space and a particle ("超过 500亿元", "约有400家", "超过了二十万人"; figs34)."""
    before = text[start - 1 : start]
    if before not in zw.APPROX_ENDS:
        return _over_gap(text, start, floor) if before in _GAPS and start > floor else start
    return _approx_ending(text, start, floor, start)


#: What may stand between an approximator and its number: a space (a joined line break,
#: "超过 500亿元"), a particle ("约有", "超过了"), or both.
_GAPS = frozenset(" 了有")
#: The approximators each particle may follow.
_PARTICLE_AFTER = {"了": ("超过", "超", "高于", "低于", "少于"), "有": ("大约", "约")}


def _over_gap(text: str, start: int, floor: int) -> int:
    """`approx_before` past a space and a particle before `start`, or `start`."""
    end = start - 1 if text[start - 1] == " " else start
    particle = text[end - 1 : end]
    if particle in _PARTICLE_AFTER and end - 1 > floor:
        for word in _PARTICLE_AFTER[particle]:
            if text.startswith(word, end - 1 - len(word)) and end - 1 - len(word) >= floor:
                return _approx_ending(text, end - 1, floor, start)
        return start
    if end == start or text[end - 1 : end] not in zw.APPROX_ENDS:
        return start
    return _approx_ending(text, end, floor, start)


def _approx_ending(text: str, end: int, floor: int, start: int) -> int:
    """Where an approximator ending at `end` begins, or `start` when none does."""
    for word in zw.APPROXIMATORS:
        begin = end - len(word)
        if begin >= floor and text.startswith(word, begin):
            blockers = zw.APPROX_BLOCKERS.get(word, "")
            if begin and blockers and text[begin - 1] in blockers and not any(
                    text.endswith(keep, 0, begin) for keep in zw.APPROX_KEEP):
                continue
            if begin > floor and word[-1] == "达" and text[begin - 1] == "最":
                return begin - 1  # "最高达", "最多达": one approximator
            return begin
    return start
