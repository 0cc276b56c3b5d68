"""The CSV lines of `hzreader figures --format csv` from the index, for some articles.

What `write_table_csv` writes for the same rows, byte for byte (tests hold it to it), put
together with as little work per row as can be: the figures come as columns in id order
(each article's together, in reading order), an article's own cells (id, title, date, url,
source) are made once, the cells that need no text (kind, value, unit, offsets) for every
row at once, a sentence shared by several figures once, and a text cell is cleaned the
general way (`clean_line`) only when it is not printable. Used by `lens._stream`, in one
process per core.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from typing import Any, cast

from hzreader.index import ArticleStore
from hzreader.lens._export import FIELD_NAMES
from hzreader.lens._table import CONTEXT_LIMIT, cut_sentence
from hzreader.line_joins import unwrap_lines
from hzreader.model import BODY, FIGURE_KINDS, DatePrecision
from hzreader.query import FigureTerm
from hzreader.text import clean_line

#: Articles read from the index at a time.
BATCH = 1000
_FORMULA_START = frozenset("=+-@\t\r＝＋－＠")
#: A cell that begins with one of these needs more than quoting.
_ODD_START = _FORMULA_START | {" "}


def text_cell(text: str) -> str:
    """A text cell as the table's CSV writes it: one line (`clean_line`), safe from formula
    injection (`safe_cell`) and quoted as the csv module quotes (a comma or a quote).

    Printable text is all but always what `clean_line` leaves as it is: what it removes or
    folds is never printable, but for runs of the ASCII space and spaces at the ends.
    """
    if text.isprintable() and "  " not in text and \
            (not text or (text[0] not in _ODD_START and text[-1] != " ")):  # most cells
        if '"' in text:
            return '"' + text.replace('"', '""') + '"'
        return '"' + text + '"' if "," in text else text
    if not text.isprintable():
        text = clean_line(text)
    else:
        text = " ".join(text.split())
    if text[:1] in _FORMULA_START:
        text = "'" + text
    if '"' in text:
        return '"' + text.replace('"', '""') + '"'
    return '"' + text + '"' if "," in text else text


_DAY_MICROSECONDS = 86_400_000_000
_EPOCH = dt.datetime(1970, 1, 1)


@functools.lru_cache(maxsize=4096)
def _day_text(day: int) -> str:
    """"2025-06-30" of a day counted from 1970-01-01."""
    return (_EPOCH + dt.timedelta(days=day)).strftime("%Y-%m-%d")


def date_text(published_ts: float | None, precision: int) -> str:
    """`Article.date_text` from the stored columns (`query.from_timestamp`, day by day): a
    cell as it is (digits, "-", ":" and a space)."""
    if published_ts is None:
        return ""
    moment = round(published_ts * 1_000_000)
    day, inside = divmod(moment, _DAY_MICROSECONDS)
    if precision == DatePrecision.YEAR:
        return _day_text(day)[:-6]  # "2025-06-30" less "-06-30"
    if precision == DatePrecision.MONTH:
        return _day_text(day)[:-3]
    if precision != DatePrecision.TIME:
        return _day_text(day)
    minutes = inside // 60_000_000
    return f"{_day_text(day)} {minutes // 60:02d}:{minutes % 60:02d}"


_ODD_VALUES = {"None": "", "nan": "", "inf": "", "-inf": "", "-0": "0"}


def value_cells(values: Sequence[float | None]) -> list[str]:
    """`data_number` of each value, at once (the same text: a whole number below 1e16 as
    digits, any other as `repr`; none or not finite as "")."""
    cells = [cell[:-2] if cell[-2:] == ".0" else cell for cell in map(repr, values)]
    return [_ODD_VALUES.get(cell, cell) for cell in cells]


class Figures:
    """The figures to write, as columns in id order, and each article's range of rows."""

    def __init__(self, store: ArticleStore, rowids: Sequence[int] | None,
                 terms: Sequence[FigureTerm], only: int | None = None) -> None:
        """The figures of the articles `rowids` (None: all) that one of `terms` accepts (all
        without terms), only those of the kind numbered `only` when given."""
        article: list[int] = []
        columns: list[list[Any]] = [[] for _ in range(10)]
        for chunk in store.figures(rowids, terms, in_order=True):
            article += chunk.article
            for column, part in zip(columns, chunk[1:], strict=True):
                column += cast(list[Any], part)
        if only is not None:
            kept = [row for row, kind in enumerate(columns[5]) if kind == only]
            article = [article[row] for row in kept]
            columns = [[column[row] for row in kept] for column in columns]
        (self.field, self.start, self.stop, self.sentence_start, self.sentence_stop,
         self.kind, self.value, self.high, _, self.unit) = columns  # (not the marks)
        #: Each article's range of rows (first, past the last): its rows are together.
        self.rows: dict[int, tuple[int, int]] = {}
        first = 0
        for row in range(1, len(article) + 1):
            if row == len(article) or article[row] != article[first]:
                self.rows[article[first]] = (first, row)
                first = row

    @functools.cached_property
    def kind_value_unit_cells(self) -> list[str]:
        """Each row's "kind,value,high,unit" cells (made once, for every row at a time:
        `write_rows` may be called for each batch)."""
        kind_cells = [text_cell(name) for name in FIGURE_KINDS]
        unit_cells = {unit: text_cell(unit) for unit in set(self.unit)}
        return [f"{kind_cells[kind]},{value},{high},{unit}" for kind, value, high, unit in zip(
            self.kind, value_cells(self.value), value_cells(self.high),
            map(unit_cells.__getitem__, self.unit), strict=True)]

    @functools.cached_property
    def place_cells(self) -> list[str]:
        """Each row's last cells, "field,start,end,sentence start,sentence end" and the
        line's end (made once, like `kind_value_unit_cells`)."""
        field_cells = {code: text_cell(name) for code, name in FIELD_NAMES.items()}
        return [f"{field_cells[code]},{begin},{end},{lo},{hi}\r\n" for code, begin, end, lo, hi
                in zip(self.field, self.start, self.stop, self.sentence_start,
                       self.sentence_stop, strict=True)]


def write_rows(store: ArticleStore, figures: Figures, wanted: Sequence[int],
               write: Callable[[str], object]) -> tuple[int, int]:
    """Write the CSV lines of the rows of the articles `wanted` (in that order); return how
    many rows, from how many articles. A batch of articles is one write."""
    f = figures
    field, start, stop, sentence_start, sentence_stop, ranges = \
        f.field, f.start, f.stop, f.sentence_start, f.sentence_stop, f.rows
    middles, ends = f.kind_value_unit_cells, f.place_cells
    limit = CONTEXT_LIMIT
    sites: dict[str, str] = {}
    count = articles = 0
    wanted = [rowid for rowid in wanted if rowid in ranges]
    for at in range(0, len(wanted), BATCH):
        batch = wanted[at : at + BATCH]
        found, bodies = store.figure_sources(batch)
        by_rowid = {row[0]: row for row in found}
        lines: list[str] = []
        add = lines.append
        for rowid in batch:
            source = by_rowid.get(rowid)
            if source is None:  # gone since the figures were read
                continue
            _, id_, title, url, site, published_ts, precision, summary, stored = source
            site_cell = sites.get(site)
            if site_cell is None:
                site_cell = sites[site] = text_cell(site)
            head = (f"{text_cell(id_)},{text_cell(title)},{date_text(published_ts, precision)},"
                    f"{text_cell(url)},{site_cell},")
            lo, hi = ranges[rowid]
            body = bodies.text(stored, max(sentence_stop[lo:hi])) \
                if BODY in field[lo:hi] else ""
            texts = (summary, body, title)  # by field code: SUMMARY, BODY, TITLE (-1)
            # The last sentence made a cell: its start, stop and field (2: none).
            shown_start = shown_stop = -1
            shown_field = 2
            context = ""
            for row in range(lo, hi):
                code = field[row]
                text = texts[code]
                begin, end, lo_, hi_ = start[row], stop[row], sentence_start[row], \
                    sentence_stop[row]
                if hi_ - lo_ <= limit and lo_ <= begin <= end <= hi_ <= len(text) and \
                        text.find("|", lo_, hi_) < 0:  # (a table's row: told by cut_sentence)
                    if lo_ != shown_start or hi_ != shown_stop or code != shown_field:
                        context = text_cell(unwrap_lines(text[lo_:hi_]))
                        shown_start, shown_stop, shown_field = lo_, hi_, code
                else:
                    context = text_cell(cut_sentence(text, begin, end, lo_, hi_, limit)[0])
                    shown_field = 2
                add(f"{head}{middles[row]},{text_cell(unwrap_lines(text[begin:end]))},"
                    f"{context},{ends[row]}")
            count += hi - lo
            articles += 1
        write("".join(lines))
    return count, articles
