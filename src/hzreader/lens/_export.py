"""The table's rows as data: records, and CSV, JSON, JSON Lines or plain text writers.

One record per figure, with the fields of docs/figures.schema.json. Text fields are single
lines with control characters removed (`clean_line`); offsets point into the article's text
as stored: the field ("summary" or "body"), where the figure starts and ends in it, and its
sentence.

CSV is UTF-8 with a byte-order mark by default (Excel reads a .csv without one in the
system's legacy code page and garbles every non-ASCII character; LibreOffice, Google Sheets,
pandas and Python's `utf-8-sig` all accept it), with CRLF line ends (RFC 4180). A text
cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
return, or their full-width forms) gets a leading apostrophe, as OWASP advises against CSV
injection; the value column is only ever written as a plain number, or left empty.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

from rich.cells import cell_len, set_cell_size

from hzreader.lens._format import VALUE_CELLS, data_number, value_cell
from hzreader.lens._table import CONTEXT_LIMIT, ArticleReader, FigureTable
from hzreader.model import BODY, FIGURE_KINDS, SUMMARY, TITLE, Article
from hzreader.query import local_day
from hzreader.text import clean_line

#: The fields of a record, in CSV column order (offsets spread over the last five).
CSV_FIELDS = ("article_id", "title", "date", "url", "source", "kind", "value", "high", "unit",
              "text", "context", "field", "start", "end", "sentence_start", "sentence_end")
#: The names of `model.TITLE`, `model.SUMMARY` and `model.BODY` in records.
FIELD_NAMES = {TITLE: "title", SUMMARY: "summary", BODY: "body"}
FORMATS = ("table", "csv", "json", "jsonl")
#: Version of the JSON document's shape (docs/figures.schema.json; 2: a range's `high`).
SCHEMA_VERSION = 2
#: Articles read from the library at a time while writing.
BATCH = 500

_FORMULA_START = frozenset("=+-@\t\r＝＋－＠")


def one_line(text: str) -> str:
    """`clean_line(text)`, at once for the usual text that it leaves as it is: printable
    (what `clean_line` removes or folds is never printable, but for the ASCII space) without
    runs of spaces or spaces at its ends."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return clean_line(text)


def safe_cell(text: str) -> str:
    """A text cell that no spreadsheet runs as a formula ("=1+1" → "'=1+1")."""
    if text and (text[0] in _FORMULA_START or text.lstrip()[:1] in _FORMULA_START):
        return "'" + text
    return text


#: A record's key (text table only) for where its figure is in its context.
MARK = "_mark"

#: The article's fields of a record, cleaned: id, title, date, url, source.
Head = tuple[str, str, str, str, str]


def _stream(table: FigureTable, rows: Sequence[int], read: ArticleReader
            ) -> Iterator[tuple[Head, Article, int]]:
    """(article fields, article, row) per row; the articles are read `BATCH` at a time, and
    rows of one article share its cleaned fields."""
    for first in range(0, len(rows), BATCH):
        chunk = rows[first : first + BATCH]
        positions = list(dict.fromkeys(table.position(row) for row in chunk))
        found: dict[int, tuple[Head, Article]] = {}
        for position, article in zip(positions, read([table.items[p] for p in positions]),
                                     strict=True):
            head = (one_line(article.id), one_line(article.title), article.date_text,
                    one_line(article.url), one_line(article.source))
            found[position] = head, article
        article_of = table.columns.article
        for row in chunk:
            head, article = found[article_of[row]]
            yield head, article, row


def records(table: FigureTable, rows: Sequence[int], read: ArticleReader,
            marked: bool = False) -> Iterator[dict[str, Any]]:
    """One record per row, in order (the fields of docs/figures.schema.json); `marked`: also
    where the figure is in the context (`MARK`, for the text table only)."""
    c = table.columns
    units = [clean_line(unit) for unit in c.units]
    for (article_id, title, date, url, source), article, row in _stream(table, rows, read):
        sentence, at, _ = table.sentence(row, article, CONTEXT_LIMIT)
        record = {
            "article_id": article_id, "title": title, "date": date, "url": url,
            "source": source, "kind": table.kind(row), "value": table.value(row),
            "high": table.high(row), "unit": units[c.unit[row]],
            "text": one_line(table.text(row, article)), "context": one_line(sentence),
            "offsets": {"field": FIELD_NAMES[c.field[row]], "start": c.start[row],
                        "end": c.stop[row], "sentence_start": c.sentence_start[row],
                        "sentence_end": c.sentence_stop[row]},
        }
        if marked:  # the figure's place in the one-line context (cleaning moves it)
            record[MARK] = len(one_line(sentence[:at] + "x")) - 1
        yield record


def write_table_csv(table: FigureTable, rows: Sequence[int], read: ArticleReader,
                    out: TextIO, bom: bool = True) -> int:
    """`write_csv` of `records`, without building the records (three times faster)."""
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    c = table.columns
    units = [safe_cell(clean_line(unit)) for unit in c.units]
    kinds = [safe_cell(kind) for kind in FIGURE_KINDS]
    heads: dict[Head, list[str]] = {}
    count = 0
    for head, article, row in _stream(table, rows, read):
        cells = heads.get(head)
        if cells is None:
            if len(heads) > 4 * BATCH:
                heads.clear()
            cells = heads[head] = [safe_cell(cell) for cell in head]
        sentence, _, _ = table.sentence(row, article, CONTEXT_LIMIT)
        writer.writerow([
            *cells, kinds[c.kind[row]], data_number(table.value(row)),
            data_number(table.high(row)), units[c.unit[row]],
            safe_cell(one_line(table.text(row, article))), safe_cell(one_line(sentence)),
            FIELD_NAMES[c.field[row]], c.start[row], c.stop[row], c.sentence_start[row],
            c.sentence_stop[row],
        ])
        count += 1
    return count


def write_csv(found: Iterable[dict[str, Any]], out: TextIO, bom: bool = True) -> int:
    """Write records as CSV; return how many."""
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    count = 0
    for record in found:
        offsets = record["offsets"]
        writer.writerow([
            *(safe_cell(record[name]) for name in ("article_id", "title", "date", "url",
                                                   "source", "kind")),
            data_number(record["value"]), data_number(record.get("high")),
            *(safe_cell(record[name]) for name in ("unit", "text", "context")),
            offsets["field"], offsets["start"], offsets["end"], offsets["sentence_start"],
            offsets["sentence_end"],
        ])
        count += 1
    return count


def _json_number(value: float | None) -> float | int | None:
    """A value as JSON holds it plainly: a whole number without ".0", None for no number."""
    if value is None or not math.isfinite(value):
        return None
    if value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _json_value(record: dict[str, Any]) -> dict[str, Any]:
    """The record with its value and high end as JSON holds them plainly (`_json_number`)."""
    value, high = record["value"], record.get("high")
    if value is None and high is None:
        return record
    return {**record, "value": _json_number(value), "high": _json_number(high)}


def write_json(found: Iterable[dict[str, Any]], out: TextIO, query: str = "") -> int:
    """Write one JSON document: {"schema", "query", "count", "figures": [records]}."""
    out.write(f'{{"schema": "hzreader-figures/{SCHEMA_VERSION}", '
              f'"query": {json.dumps(query, ensure_ascii=False)}, "figures": [')
    count = 0
    for record in found:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(_json_value(record), ensure_ascii=False, allow_nan=False))
        count += 1
    out.write(f'{chr(10) if count else ""}], "count": {count}}}\n')
    return count


def write_jsonl(found: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write one JSON record per line."""
    count = 0
    for record in found:
        out.write(json.dumps(_json_value(record), ensure_ascii=False, allow_nan=False) + "\n")
        count += 1
    return count


def marked_context(context: str, text: str, room: int, near: int = 0) -> str:
    """About `room` characters of `context` around `text` in it, marked [so]: the one at
    `near` if it is there, else the first."""
    at = near if text and context[near : near + len(text)] == text else \
        context.find(text) if text else -1
    if at < 0:
        return context[:room]
    side = max(0, room - len(text) - 2) // 2
    lo, hi = max(0, at - side), min(len(context), at + len(text) + side)
    return ("…" if lo else "") + context[lo:at] + f"[{text}]" + \
        context[at + len(text) : hi] + ("…" if hi < len(context) else "")


def _fit(text: str, cells: int) -> str:
    """`text` cut or padded to exactly `cells` terminal cells (CJK characters take two)."""
    return set_cell_size(text, cells)


def _context_in(context: str, text: str, cells: int, near: int = 0) -> str:
    """The figure (at `near`) marked in its context, in at most `cells` cells (wide text gets
    fewer characters, so the figure stays in view)."""
    room = cells
    while room > 8:
        shown = marked_context(context, text, room, near)
        if cell_len(shown) <= cells:
            return shown
        room -= max(1, (cell_len(shown) - cells + 1) // 2)
    return marked_context(context, text, room, near)


def write_text_table(found: Iterable[dict[str, Any]], out: TextIO, width: int = 120) -> int:
    """Write aligned plain-text lines under a header: value, kind, unit, figure in its
    context, date, title; aligned by terminal cells, so Chinese text keeps the columns."""
    count = 0
    before, after = VALUE_CELLS + 1 + 8 + 1 + 12 + 1, 2 + 10 + 1  # value kind unit | date
    room = max(20, min(70, width - before - after - 24 - 1))  # titles get 24 cells or more
    title_cells = max(12, width - 1 - before - room - after)
    for record in found:
        if not count:
            out.write(f"{'value':>{VALUE_CELLS}} {'kind':<8} {'unit':<12} "
                      f"{_fit('figure in context', room)}  {'date':<10} title\n")
        # as the app's table shows it: a wide range "32.2–33.4bn", never past its column
        value = value_cell(record["kind"], record["value"], record["unit"], record["text"],
                           record.get("high"))
        shown = _context_in(record["context"], record["text"], room, record.get(MARK, 0))
        line = (f"{value} {record['kind']:<8} {_fit(record['unit'], 12)} "
                f"{_fit(shown, room)}"
                f"  {local_day(record['date']):<10} "
                f"{set_cell_size(record['title'], title_cells)}")
        out.write(line.rstrip() + "\n")
        count += 1
    return count


def write(fmt: str, table: FigureTable, rows: Sequence[int], read: ArticleReader,
          out: TextIO, bom: bool = True, width: int = 120) -> int:
    """Write `rows` of `table` in format `fmt` (one of `FORMATS`); return how many.

    `read` gives the articles (`Library.articles_of`) for the figures' text and context.
    """
    if fmt == "csv":
        return write_table_csv(table, rows, read, out, bom)
    found = records(table, rows, read, marked=fmt == "table")
    query = table.query
    if fmt == "json":
        return write_json(found, out, query)
    if fmt == "jsonl":
        return write_jsonl(found, out)
    if fmt == "table":
        return write_text_table(found, out, width)
    raise ValueError(f"unknown format {fmt!r}")


def format_for_path(path: str) -> str | None:
    """The format a file name asks for (.csv, .json, .jsonl/.ndjson), or None."""
    lower = path.lower()
    for suffix, fmt in ((".csv", "csv"), (".jsonl", "jsonl"), (".ndjson", "jsonl"),
                        (".json", "json")):
        if lower.endswith(suffix):
            return fmt
    return None


def export_file(table: FigureTable, rows: Sequence[int], read: ArticleReader, path: str,
                fmt: str, overwrite: bool = False) -> int:
    """Write `rows` to the file `path` in `fmt`; return how many.

    An existing file is never replaced unless `overwrite` (FileExistsError otherwise; the
    check and the creation are one step). A replaced file stays whole until the new one is
    complete; a failed write leaves nothing behind.
    """
    import os
    import shutil
    import tempfile

    target = os.path.abspath(os.path.expanduser(path))
    if not overwrite:
        with open(target, "x", encoding="utf-8", newline="") as out:
            try:
                return write(fmt, table, rows, read, out)
            except BaseException:
                out.close()
                os.unlink(target)
                raise
    folder = os.path.dirname(target)
    handle, temporary = tempfile.mkstemp(prefix=".hzreader-", suffix=".tmp", dir=folder)
    try:
        with open(handle, "w", encoding="utf-8", newline="") as out:
            count = write(fmt, table, rows, read, out)
        if os.path.exists(target):
            shutil.copymode(target, temporary)  # keep the replaced file's permissions
        os.replace(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise
    return count
