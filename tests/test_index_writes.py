"""The writer stores the figure rows it is given (cold17, review17)."""

from __future__ import annotations

from pathlib import Path

from hzreader.index._db import open_checked
from hzreader.index._rows import insert_figures


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
