"""The writer's cheaper ways of writing the same rows (cold17)."""

from __future__ import annotations

import math
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from hzreader.index._db import open_checked
from hzreader.index._rows import _in_index_order, insert_figures

_VALUES = st.one_of(st.none(), st.floats(allow_nan=False), st.integers(-5, 5))
_ROWS = st.lists(st.tuples(st.integers(0, 10), _VALUES), max_size=60)


def _row(number: int, kind: int, value: float | None) -> tuple[object, ...]:
    """A `figures` row with this kind and value (the unit as a code)."""
    return (number, 1, 0, 1, 0, 0, kind, value, 0, None)


@given(_ROWS)
def test_rows_are_put_in_the_order_of_the_kind_value_index(pairs: list[tuple[int, object]]
                                                           ) -> None:
    rows = [_row(number, kind, value) for number, (kind, value) in enumerate(pairs)]
    ordered = _in_index_order(list(rows))
    assert sorted(ordered) == sorted(rows)  # the same rows
    keys = [(row[6], -math.inf if row[7] is None else row[7], row[7] is not None)
            for row in ordered]
    assert keys == sorted(keys)  # by kind, NULL first, then value


def test_insert_figures_writes_the_rows_given(tmp_path: Path) -> None:
    conn = open_checked(tmp_path / "index.sqlite3")
    codes = dict(conn.execute("SELECT unit, code FROM units"))
    given_rows = [(5 << 16 | 0, 1, 10, 3, 4, 5, 2, 12.0, "people", None, 0, 0, "名"),
                  (5 << 16 | 1, 1, 20, 3, 4, 5, 0, 3e9, "USD", 4e9, 0, 0, ""),
                  (5 << 16 | 2, 0, 2, 4, 2, 1, 4, None, "", None, 1, 0, ""),
                  (6 << 16 | 0, 1, 30, 2, 0, 0, 0, 1e6, "USD", None, 0, 100, "")]
    insert_figures(conn, given_rows, codes)
    units = dict(conn.execute("SELECT code, unit FROM units"))
    stored = [(*row[:8], units[row[8]], row[9], row[10] & 1, row[10] >> 1 & 511,
               units[row[10] >> 10])
              for row in conn.execute("SELECT * FROM figures ORDER BY id")]
    assert stored == given_rows
    conn.close()
