"""SQL on the `figures` table for a figure term (`figure_condition`): what `query` says a
term accepts (`FigureTerm.accepts_value`, `query._terms.meets`), as conditions that the
table's indexes answer: a single value through `(kind, value)`, a range's high end through
the partial `(kind, high)` index of the ranges (range13)."""

from __future__ import annotations

from hzreader.index._db import MARK_BITS
from hzreader.model import FIGURE_KINDS
from hzreader.query import HIGH_END_OPS, FigureTerm, Measure

_KIND_CODES = {kind: code for code, kind in enumerate(FIGURE_KINDS)}
_ALL_KINDS = ", ".join(map(str, _KIND_CODES.values()))


def _value_range(value: float) -> list[object]:
    """The bounds of `value` up to rounding (`query.same_value`)."""
    tolerance = 1e-9 * max(abs(value), 1.0)
    return [value - tolerance, value + tolerance]


def _like(text: str) -> str:
    """`text` as a LIKE pattern that matches only itself (a backslash escapes)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _measure_condition(kind: str, measure: Measure, ranged: bool = False
                       ) -> tuple[str, list[object]]:
    """SQL for the figures of `kind` that are `measure` (`Measure.accepts`): its value (a
    range's high end when `ranged`: `_values`), and its unit (a count's noun: that last
    word, ASCII letters in any case, as LIKE compares)."""
    unit_params: list[object]
    if kind == "count" and measure.measure_word:  # 家 alone: "300家", not 国家 (figs34)
        units, unit_params = "hz_noun_key(unit) = ?", [measure.unit]
    elif kind == "count" and measure.joined_noun:  # "低收入家庭" ends with 家庭; "報告" is 报告
        units = "hz_noun_key(unit) LIKE ? ESCAPE '\\'"
        unit_params = ["%" + _like(measure.unit)]
        if measure.unit[-1:] >= "\u2e80":  # only nouns that end as it does (C, not Python)
            units = f"unit GLOB '*[^ -~]' AND {units}"
    elif kind == "count":
        units = "unit LIKE ? ESCAPE '\\' OR unit LIKE ? ESCAPE '\\'"
        unit_params = [_like(measure.unit), "% " + _like(measure.unit)]
    elif measure.unit[:1] == "/":  # a price per that unit in any currency ("CNY/m²")
        units, unit_params = "unit LIKE ? ESCAPE '\\'", ["%" + _like(measure.unit)]
    else:
        units, unit_params = "unit = ?", [measure.unit]
    values, value_params = _values(measure.op, measure.value, measure.upper, ranged)
    nouns = f"unit IN (SELECT code FROM units WHERE {units})"
    if kind == "count" and measure.measure_word:  # `count>100 家`: also "营业网点262家"
        nouns = f"({nouns} OR marks >> {MARK_BITS} IN (SELECT code FROM units WHERE unit = ?))"
        unit_params.append(measure.unit)
    return (f"kind = ? AND {values} AND {nouns}",
            [_KIND_CODES[kind], *value_params, *unit_params])


def figure_condition(term: FigureTerm) -> tuple[str, list[object]]:
    """SQL on the `figures` table for the figures `term` accepts, and its parameters: the
    figures whose value meets it, and (`FigureTerm.ranged`) the ranges that meet it by their
    high end (`query.HIGH_END_OPS`, `=` within), each through its own index; a range typed
    (`FigureTerm.range_high`): only the ranges of its proportion."""
    sql, params = _condition(term)
    if term.range_high is not None and term.value:
        sql = (f"({sql}) AND high IS NOT NULL AND "
               "abs(high * ? - value * ?) <= 1e-9 * max(abs(high * ?), abs(value * ?), 1.0)")
        params += [term.value, term.range_high, term.value, term.range_high]
    return sql, params


def _condition(term: FigureTerm) -> tuple[str, list[object]]:
    """`figure_condition` but for a range typed."""
    if term.measures and term.kind:  # one indexed (kind, value) range for each measure
        parts = [_measure_condition(measure.kind or term.kind, measure, ranged)
                 for measure in term.measures for ranged in _sides(term, measure.op)]
        return ("(" + " OR ".join(f"({sql})" for sql, _ in parts) + ")",
                [param for _, params in parts for param in params])
    # Every kind listed (not "any kind"): the (kind, value) index then finds a value range
    # under each kind.
    kind = "kind = ?" if term.kind else f"kind IN ({_ALL_KINDS})"
    kind_params: list[object] = [_KIND_CODES[term.kind]] if term.kind else []
    if term.op is None or term.value is None:
        return kind, kind_params
    parts = []
    for ranged in _sides(term, term.op):
        values, params = _values(term.op, term.value, term.upper, ranged)
        parts.append((f"{kind} AND {values}", [*kind_params, *params]))
    if len(parts) == 1:
        return parts[0]
    return ("(" + " OR ".join(f"({sql})" for sql, _ in parts) + ")",
            [param for _, params in parts for param in params])


def _sides(term: FigureTerm, op: str) -> tuple[bool, ...]:
    """(False,): the figures' values alone meet `term`; (False, True): ranges also meet it
    by their high end (a range's low end is its value: `<`, `<=` need no more)."""
    return (False, True) if term.ranged and (op in HIGH_END_OPS or op == "=") else (False,)


def _values(op: str, value: float, upper: tuple[str, float] | None, ranged: bool
            ) -> tuple[str, list[object]]:
    """SQL comparing a figure's value with `op value` (and `upper`); `ranged`: a range's
    (`high IS NOT NULL`) high end, as `query.meets` does (its low end is `value`)."""
    if not ranged:
        if op == "=":
            where, params = "value BETWEEN ? AND ?", list(_value_range(value))
        else:
            where, params = f"value {op} ?", [value]
    elif op == "=":  # within the range
        low, high = _value_range(value)
        where, params = "high >= ? AND value <= ?", [low, high]
    else:
        where, params = f"high {op} ?", [value]
    if upper is not None:  # one figure between two bounds
        column = "high" if ranged and upper[0] in HIGH_END_OPS else "value"
        where += f" AND {column} {upper[0]} ?"
        params.append(upper[1])
    return where, params
