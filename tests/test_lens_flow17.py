"""flow17: the figures table's sum line shows as many units as fit, in a short form when the
full ones do not all fit (tryout16 §3: `/money>1e9` `t` showed no sum at 120 columns)."""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from rich.cells import cell_len

from hzreader.lens import FigureTable, UnitSummary
from hzreader.ui._app import make_app
from hzreader.ui.screens.figure_table_job import summary_line
from test_lens_app import open_table

from conftest import write_articles
from test_app import ready, type_query

#: The groups of tryout16's `money>1e9` on its articles (15 figures in 5 articles).
MONEY = [
    UnitSummary("money", "CNY", 7, 4.87e9, 2.12e12, 19e9, 2.308e12, None, 1),
    UnitSummary("money", "TWD", 4, 30e9, 3.125e12, 339.1e9, 3.833e12),
    UnitSummary("money", "GBP", 2, 26e9, 138.3e9, 82.15e9, 164.3e9),
    UnitSummary("money", "USD", 2, 10e9, 18e9, 14e9, 28e9),
]


@dataclass
class _Columns:
    article: array[int]


@dataclass
class _Table:
    """What `summary_line` reads of a table: its length and its rows' articles."""

    columns: _Columns

    def __len__(self) -> int:
        return len(self.columns.article)


def table_of(figures: int, articles: int) -> FigureTable:
    rows = array("i", (row % articles for row in range(figures)))
    return cast(FigureTable, _Table(_Columns(rows)))


def test_the_short_form_says_the_sum_with_the_unit_once() -> None:
    assert [group.brief() for group in MONEY] == [
        "CNY ×7: sum 2.308 tn", "TWD ×4: sum 3.833 tn", "GBP ×2: sum £164.3 bn",
        "USD ×2: sum $28 bn"]
    # no sum (percentages, or a table chosen without a value): the spread, no median
    assert UnitSummary("percent", "percent", 3, 3.0, 5.2, 5.2).brief() == \
        "percent ×3: 3 % … 5.2 %"
    assert UnitSummary("quantity", "km", 2, 140.0, 140.0, 140.0).brief() == "km ×2: 140"
    assert UnitSummary("count", "votes", 4).brief() == "votes ×4"  # not worked out
    ranged = UnitSummary("money", "CNY", 2, 1e9, 2e9, 1.5e9, 3e9, 4e9)
    assert ranged.brief() == "CNY ×2: sum 3–4 bn"
    assert UnitSummary("duration", "seconds", 2, 60.0, 3600.0, 1830.0, 3660.0).brief() == \
        "duration ×2: sum 1 h 1 min"


def test_the_money_line_at_120_columns_shows_every_sum() -> None:
    line = summary_line(table_of(15, 5), MONEY, 118)
    assert line == ("15 figures in 5 articles · CNY ×7: sum 2.308 tn · TWD ×4: sum 3.833 tn"
                    " · GBP ×2: sum £164.3 bn · USD ×2: sum $28 bn")


def test_the_money_line_at_80_columns_shows_the_most_used_units_first() -> None:
    line = summary_line(table_of(15, 5), MONEY, 78)
    assert line == "15 figures in 5 articles · CNY ×7: sum 2.308 tn · +3 more units"
    assert cell_len(line) <= 78


def test_full_forms_are_kept_when_they_fit_or_show_as_many() -> None:
    wide = summary_line(table_of(15, 5), MONEY, 400)
    assert wide.endswith("USD ×2: $10 bn … $18 bn, median $14 bn, sum $28 bn")
    assert "CNY ×7: 4.87 bn CNY … 2.12 tn CNY, median 19 bn CNY, sum 2.308 tn CNY" in wide
    one = [MONEY[2]]  # the full form fits: as before
    assert summary_line(table_of(2, 1), one, 118) == (
        "2 figures in 1 article · GBP ×2: £26 bn … £138.3 bn, median £82.15 bn, "
        "sum £164.3 bn")
    # room for neither form: how many units, never a number cut short
    assert summary_line(table_of(15, 5), MONEY, 40) == "15 figures in 5 articles · +4 more units"


MONEY_ARTICLES = {
    "bank.yaml": """
        title: Bank profit rises
        date: 2026-11-02
        body: |
          The bank earned 15.2 billion yuan in the quarter, on assets of 2.12 trillion yuan.

          Its loans grew to 900 billion yuan, and deposits to 1.4 trillion yuan.
        """,
    "budget.yaml": """
        title: Budget passed
        date: 2026-01-20
        body: |
          The NT$3.1 trillion budget passed after a cut of NT$30 billion.

          Defence gets NT$647 billion.
        """,
    "uk.yaml": """
        title: Tax rises
        date: 2026-11-26
        body: The budget raises £26bn a year, and borrowing reaches £138bn.
        """,
    "us.yaml": """
        title: Telescope and phones
        date: 2026-08-02
        body: The mission cost $10 billion. The maker expects revenue of $18bn.
        """,
}


async def sum_line_at(tmp_path: Path, size: tuple[int, int]) -> str:
    app = make_app([write_articles(tmp_path / f"at{size[0]}", MONEY_ARTICLES)])
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await type_query(pilot, "money>1e9")
        await pilot.press("enter")
        screen = await open_table(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        text: Any = screen.query_one("#lens-summary").text  # type: ignore[attr-defined]
        return str(text)


async def test_the_sum_line_in_the_app_at_120_and_80_columns(tmp_path: Path) -> None:
    assert await sum_line_at(tmp_path, (120, 40)) == (
        "11 figures in 4 articles · CNY ×4: sum 4.435 tn · TWD ×3: sum 3.777 tn"
        " · GBP ×2: sum £164 bn · USD ×2: sum $28 bn")
    assert await sum_line_at(tmp_path, (80, 24)) == (
        "11 figures in 4 articles · CNY ×4: sum 4.435 tn · +3 more units")
