"""Key figures: `extract(text)` finds the typed numbers of a text, with their values."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hzreader._lazy import lazy_exports

if TYPE_CHECKING:
    from hzreader.figures._currency import currency_code, named_currency
    from hzreader.figures._date_shown import (
        DAYS_KEYED,
        date_day,
        date_order,
        pressure_shown,
        shown_date,
    )
    from hzreader.figures._duration_shown import duration_text, seconds_text
    from hzreader.figures._extract import (
        article_extractor,
        extract,
        parse_number,
        typed_rate,
    )
    from hzreader.figures._figure_unit import CLASSIFIERS, SHOWN_UNITS, unit_symbol
    from hzreader.figures._format import (
        BOUND_MARKS,
        CURRENCY_SIGNS,
        YEAR_KINDS,
        both_ends,
        format_value,
    )
    from hzreader.figures._measure_word import measure_word
    from hzreader.figures._numbers import (
        money_number,
        plain_number,
        short_number,
        written_zeros,
    )
    from hzreader.figures._places import FigureAt, FigureRow, article_figure_rows, article_figures
    from hzreader.figures._unit_price import price_unit

__getattr__, __dir__ = lazy_exports(__name__, {
    "_currency": ("currency_code", "named_currency"),
    "_date_shown": ("DAYS_KEYED", "date_day", "date_order", "pressure_shown", "shown_date"),
    "_duration_shown": ("duration_text", "seconds_text"),
    "_figure_unit": ("CLASSIFIERS", "SHOWN_UNITS", "unit_symbol"),
    "_extract": ("article_extractor", "extract", "parse_number", "typed_rate",),
    "_format": ("BOUND_MARKS", "CURRENCY_SIGNS", "YEAR_KINDS", "both_ends", "format_value"),
    "_measure_word": ("measure_word",),
    "_numbers": ("money_number", "plain_number", "short_number", "written_zeros",),
    "_places": ("FigureAt", "FigureRow", "article_figure_rows", "article_figures",),
    "_unit_price": ("price_unit",),
})

__all__ = [
    "CLASSIFIERS",
    "BOUND_MARKS",
    "CURRENCY_SIGNS",
    "DAYS_KEYED",
    "SHOWN_UNITS",
    "FigureAt",
    "FigureRow",
    "YEAR_KINDS",
    "article_extractor",
    "article_figure_rows",
    "article_figures",
    "both_ends",
    "currency_code",
    "date_day",
    "date_order",
    "duration_text",
    "named_currency",
    "extract",
    "format_value",
    "measure_word",
    "money_number",
    "parse_number",
    "plain_number",
    "pressure_shown",
    "price_unit",
    "seconds_text",
    "shown_date",
    "short_number",
    "typed_rate",
    "unit_symbol",
    "written_zeros",
]
