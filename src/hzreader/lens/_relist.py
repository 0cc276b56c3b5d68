"""A figures table built again for a new list of articles (files added, changed, removed
under an open table): whether it needs to be, and which new row is the figure the cursor
was on."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hzreader.lens._table import FigureTable
from hzreader.library import Library


def same_articles(library: Library, items: Sequence[Any], new_library: Library,
                  new_items: Sequence[Any]) -> bool:
    """Whether `new_items` list the same articles, with the same content, as `items` (a
    file changed that no listed article comes from: the table stays as it is)."""
    if new_items is items and new_library is library:
        return True
    if len(new_items) != len(items):
        return False
    return all(old.id == new.id and library.key_of(old) == new_library.key_of(new)
               for old, new in zip(items, new_items, strict=True))


@dataclass(frozen=True)
class FigureKey:
    """A figure of a table, told apart from the others whatever table it is in: its
    article's id, its place in that article, and what it is."""

    article: str
    field: int
    start: int
    stop: int
    kind: int
    value: float
    unit: str


def figure_key(table: FigureTable, row: int) -> FigureKey:
    """The key of `table`'s row `row`."""
    c = table.columns
    return FigureKey(table.item(row).id, c.field[row], c.start[row], c.stop[row], c.kind[row],
                     c.value[row], table.unit(row))


def matching_row(table: FigureTable, key: FigureKey) -> int | None:
    """The row of `table` that is the figure `key`: the same place in the same article;
    else (the article was edited) the figure of the same kind, value and unit nearest to
    where it stood; None when the article or the figure is gone."""
    position = next((p for p, item in enumerate(table.items) if item.id == key.article), None)
    if position is None:
        return None
    c = table.columns
    rows = [row for row, article in enumerate(c.article) if article == position]
    for row in rows:
        if (c.field[row], c.start[row], c.stop[row], c.kind[row]) == \
                (key.field, key.start, key.stop, key.kind):
            return row

    def same(row: int) -> bool:
        value = c.value[row]
        return c.field[row] == key.field and c.kind[row] == key.kind and \
            table.unit(row) == key.unit and (value == key.value or (
                math.isnan(value) and math.isnan(key.value)))

    alike = [row for row in rows if same(row)]
    return min(alike, key=lambda row: abs(c.start[row] - key.start)) if alike else None
