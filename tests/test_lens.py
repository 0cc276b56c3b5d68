"""The numbers lens without the app: table, orders, summaries, CSV/JSON and the command."""

from __future__ import annotations

import csv
import io
import json
import math
import sys
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from hzreader.cli import main
from hzreader.files import load_paths
from hzreader.index import ArticleStore, store_path
from hzreader.index import _figure_rows as figure_rows
from hzreader.lens import (
    CSV_FIELDS,
    FigureTable,
    build_table,
    export_file,
    figures_command,
    format_for_path,
    records,
    safe_cell,
    sorted_rows,
    summarize,
    write,
)
from hzreader.lens._export import one_line, write_csv, write_json, write_jsonl
from hzreader.library import MemoryLibrary, StoreLibrary
from hzreader.model import BODY, FIGURE_KINDS, TITLE, DatePrecision, figure_texts
from hzreader.query import parse_query
from hzreader.text import clean_line

from conftest import write_articles

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "figures.schema.json").read_text(encoding="utf-8"))

HOSTILE = {
    "evil.yaml": """
        id: "=cmd|' /C calc'!A0"
        title: "=HYPERLINK(\\"http://evil.example\\",\\"click\\")"
        date: 2025-02-01
        source: "@SUM(1+1)"
        url: "+1-555"
        body: |
          Profit was -3 percent after a loss of 2 billion yuan.
        """,
    "cjk.yaml": """
        title: 杭州人才政策 — Zürich café
        date: 2025-03-01
        body: |
          The café in Zürich raised €1.5bn; 杭州 drew 3 billion yuan.
        """,
}


def memory_table(folder: Path, query: str = "") -> tuple[MemoryLibrary, FigureTable]:
    result = load_paths([folder])
    library = MemoryLibrary(result.articles, result.problems)
    parsed = parse_query(query)
    return library, build_table(library, library.search(parsed).items, parsed)


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


# --- the table ------------------------------------------------------------------------------


def test_every_figure_of_the_listed_articles_is_a_row(sample_dir: Path) -> None:
    library, table = memory_table(sample_dir)
    from hzreader.figures import extract

    expected = []
    for position, article in enumerate(library.items):
        expected += [(position, TITLE, f.start, f.text) for f in extract(article.title)]
        for field, paragraph in figure_texts(article.summary, article.body):
            expected += [(position, field, paragraph.to_body(f.start), f.text)
                         for f in extract(paragraph.text)]
    got = [(table.position(r), table.columns.field[r], table.columns.start[r],
            table.text(r, library.items[table.position(r)])) for r in table.base]
    assert got == expected and len(got) >= 7
    assert any(field == TITLE for _, field, _, _ in got)  # the sample has a title figure


def test_figure_terms_limit_the_rows_and_words_the_articles(sample_dir: Path) -> None:
    _, table = memory_table(sample_dir, "money>1e10")
    assert sorted(table.value(r) for r in table.base) == [1.8e10, 4.5e12]
    _, table = memory_table(sample_dir, "hangzhou")
    assert {table.item(r).title for r in table.base} == {"Metro line opens in Hangzhou"}
    _, table = memory_table(sample_dir, "percent>=5 OR kind:count")
    # "Factory output rises 5.2 percent in October": the title's figure and the body's
    assert sorted((table.kind(r), table.columns.field[r]) for r in table.base) == \
        [("count", BODY), ("percent", TITLE), ("percent", BODY)]


def test_orders(sample_dir: Path) -> None:
    _, table = memory_table(sample_dir)
    assert table.groups > 1  # CNY, USD, percent, counts, years …
    for reverse in (False, True):
        by_value = sorted_rows(table, "value", reverse)
        groups = [table.group_keys[r] for r in by_value]
        assert groups == sorted(groups)  # one unit group at a time, the biggest first
        sizes = [groups.count(g) for g in dict.fromkeys(groups)]
        assert sizes == sorted(sizes, reverse=True)
        for group in set(groups):
            values = [table.value(r) for r in by_value if table.group_keys[r] == group]
            known = [v for v in values if v is not None]
            assert known == sorted(known, reverse=not reverse)
            assert values[len(known):] == [None] * (len(values) - len(known))
    dates = [table.item(r).date_text for r in sorted_rows(table, "date")]
    assert dates[: dates.index("")] == sorted(dates[: dates.index("")], reverse=True)
    assert set(dates[dates.index(""):]) == {""}
    by_kind = sorted_rows(table, "kind")
    kinds = [table.columns.kind[r] for r in by_kind]
    assert kinds == sorted(kinds)
    for kind in set(kinds):  # within a kind, unit by unit
        groups = [table.group_keys[r] for r in by_kind if table.columns.kind[r] == kind]
        assert groups == sorted(groups)
    with pytest.raises(ValueError):
        sorted_rows(table, "colour")


def test_values_are_compared_only_within_one_currency(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"fx.yaml": """
        title: Rates
        body: |
          A ticket cost 1,000 yen in Tokyo and 12,000 yen in Osaka.
          The bond paid $900 and then $50, and a fee of $20.
        """})
    for library_table in (memory_table(folder), memory_table(folder, "kind:money")):
        table = library_table[1]
        shown = [(table.unit(r), table.value(r)) for r in sorted_rows(table, "value")]
        assert shown == [("USD", 900), ("USD", 50), ("USD", 20),  # the bigger group first
                         ("JPY", 12000), ("JPY", 1000)]
        shown = [(table.unit(r), table.value(r)) for r in sorted_rows(table, "value", True)]
        assert shown == [("USD", 20), ("USD", 50), ("USD", 900), ("JPY", 1000), ("JPY", 12000)]
        shown = [(table.unit(r), table.value(r)) for r in sorted_rows(table, "kind")]
        assert shown[0] == ("USD", 900) and shown[-1] == ("JPY", 1000)
        # R turns the whole list round, not only the kinds (tryout13): smallest first
        shown = [(table.unit(r), table.value(r)) for r in sorted_rows(table, "kind", True)]
        assert shown == [("USD", 20), ("USD", 50), ("USD", 900), ("JPY", 1000), ("JPY", 12000)]


def test_counts_of_any_noun_are_compared_with_each_other(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"c.yaml": """
        title: Counts
        body: |
          The city has 10 districts, 2,368 projects and 40 schools.
        """})
    table = memory_table(folder)[1]
    assert table.groups == 1
    assert [table.value(r) for r in sorted_rows(table, "value")] == [2368, 40, 10]


def test_the_footer_adds_up_only_figures_a_search_chose_by_value(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"fx.yaml": """
        title: Euro slips to $1.04
        body: |
          The bank will buy back $3bn of shares and raised its dividend to 36 cents.
        """})
    for query, totals in (("", False), ("kind:money", False), ("money>1e6", True),
                          ("money:3bn", True), ("3bn", True), ("euro 36", False)):
        table = memory_table(folder, query)[1]
        assert table.totals is totals, query
        usd = summarize(table.columns, totals=table.totals)[0]
        assert (usd.total is not None) is totals, query
    assert "sum" not in summarize(memory_table(folder)[1].columns, totals=False)[0].describe()


def test_the_summary_never_mixes_units(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"m.yaml": """
        title: Money
        body: |
          It cost 3 billion yuan ($422 million), then 1 billion yuan and $78 million more.
          Output rose 5 percent, or 0.4 percentage points.
        """})
    _, table = memory_table(folder)
    groups = {(s.kind, s.unit): s for s in summarize(table.columns)}
    cny, usd = groups["money", "CNY"], groups["money", "USD"]
    assert (cny.count, cny.low, cny.high, cny.total) == (2, 1e9, 3e9, 4e9)
    assert (usd.count, usd.total, usd.median) == (2, 5e8, 2.5e8)
    assert groups["percent", "percent"].total is None  # a sum of percentages means nothing
    assert groups["percent", "points"].count == 1
    assert "CNY ×2: 1 bn CNY … 3 bn CNY, median 2 bn CNY, sum 4 bn CNY" == cny.describe()


def test_a_headline_figure_the_body_repeats_is_counted_but_not_added_twice(
        tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"deal.yaml": """
        title: Nordvik agrees €4.2bn deal
        summary: The €4.2bn deal is the largest this year.
        body: |
          Nordvik will buy Baltic Breeze for €4.2 billion. Its shares rose to €18.40.
        """, "other.yaml": """
        title: Another €4.2bn deal
        body: |
          No amount is repeated here.
        """})
    _, table = memory_table(folder)
    eur = {(s.kind, s.unit): s for s in summarize(table.columns)}["money", "EUR"]
    assert eur.count == 5  # every figure is listed and counted ...
    assert eur.total == pytest.approx(4.2e9 + 18.40 + 4.2e9)  # ... each deal added once


def test_sentences_are_cut_around_the_figure(tmp_path: Path) -> None:
    long = "word " * 200
    folder = write_articles(tmp_path / "a", {"l.yaml": f"""
        title: Long
        body: |
          {long}and 3 billion yuan, {long}end.
        """})
    library, table = memory_table(folder)
    row = table.base[0]
    article = library.items[0]
    sentence, start, stop = table.sentence(row, article, limit=60)
    assert sentence[start:stop] == "3 billion yuan"
    assert sentence.startswith("…") and sentence.endswith("…") and len(sentence) <= 64
    whole, start, stop = table.sentence(row, article)
    assert whole[start:stop] == "3 billion yuan" and len(whole) > 2000


# The index reads a term's figures or a few articles' figures in several ways: each is forced.
READS = {
    "as chosen": {},
    "by article": {"SCAN_SHARE": 1.0, "FIGURES_PER_ARTICLE": 0},
    "by the index": {"SCAN_SHARE": 0.0, "MANY_PER_ARTICLE": 1e9},
    "by a scan": {"SCAN_SHARE": 0.0, "MANY_PER_ARTICLE": 0.0, "SCAN_CHUNK": 2},
}


@pytest.mark.parametrize("read", READS)
def test_memory_and_index_give_the_same_rows(sample_dir: Path, tmp_path: Path, read: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in READS[read].items():
        monkeypatch.setattr(figure_rows, name, value)
    memory, mine = memory_table(sample_dir)
    store = ArticleStore.open(tmp_path / "index.sqlite3")
    store.sync([sample_dir], workers=0)
    indexed = StoreLibrary(store)
    for query in ("", "money>1e10", "kind:percent", "hangzhou", "3 percent",
                  "hangzhou kind:percent", "money>1e10 OR percent>3"):
        parsed = parse_query(query)
        a = build_table(memory, memory.search(parsed).items, parsed)
        b = build_table(indexed, indexed.search(parsed, order="date").items, parsed)
        assert list(records(a, a.base, memory.articles_of)) == \
            list(records(b, b.base, indexed.articles_of)), query
    store.close()


# --- data files ---------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "safe"), [
    ("=1+1", "'=1+1"), ("+1-555", "'+1-555"), ("-3 percent", "'-3 percent"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("＝1+1", "'＝1+1"),
    ("  =1+1", "'  =1+1"), ("3 billion yuan", "3 billion yuan"), ("", ""), ("a=b", "a=b"),
])
def test_safe_cells(cell: str, safe: str) -> None:
    assert safe_cell(cell) == safe


def test_csv_is_safe_against_formulas_and_keeps_numbers(tmp_path: Path) -> None:
    library, table = memory_table(write_articles(tmp_path / "a", HOSTILE))
    out = io.StringIO()
    write("csv", table, table.base, library.articles_of, out)
    text = out.getvalue()
    assert text.startswith("\ufeff") and "\r\n" in text
    rows = [r for r in csv_rows(text) if r["article_id"].startswith("'")]
    assert {r["title"] for r in rows} == {'\'=HYPERLINK("http://evil.example","click")'}
    assert {r["source"] for r in rows} == {"'@SUM(1+1)"} and {r["url"] for r in rows} == {
        "'+1-555"}
    minus = next(r for r in rows if r["kind"] == "percent")
    assert minus["text"] == "'-3 percent" and minus["value"] == "-3"
    for row in csv_rows(text):
        for name in CSV_FIELDS:
            assert row[name][:1] not in ("=", "+", "@", "\t", "\r"), row
        float(row["value"])  # every value cell is a plain number


def test_the_fast_csv_is_the_csv_of_the_records(tmp_path: Path, sample_dir: Path) -> None:
    for folder in (sample_dir, write_articles(tmp_path / "a", HOSTILE)):
        library, table = memory_table(folder)
        rows = sorted_rows(table, "value")
        fast, plain = io.StringIO(), io.StringIO()
        write("csv", table, rows, library.articles_of, fast)
        write_csv(records(table, rows, library.articles_of), plain)
        assert fast.getvalue() == plain.getvalue()


def test_csv_keeps_non_ascii_text(tmp_path: Path) -> None:
    library, table = memory_table(write_articles(tmp_path / "a", HOSTILE), "杭州")
    out = io.StringIO()
    write("csv", table, table.base, library.articles_of, out, bom=False)
    rows = csv_rows(out.getvalue())
    assert not out.getvalue().startswith("\ufeff")
    assert {r["title"] for r in rows} == {"杭州人才政策 — Zürich café"}
    assert [(r["text"], r["unit"]) for r in rows] == [("€1.5bn", "EUR"),
                                                      ("3 billion yuan", "CNY")]
    assert rows[0]["context"] == "The café in Zürich raised €1.5bn; 杭州 drew 3 billion yuan."


def test_json_follows_its_schema(tmp_path: Path, sample_dir: Path) -> None:
    for folder in (sample_dir, write_articles(tmp_path / "a", HOSTILE)):
        library, table = memory_table(folder)
        out = io.StringIO()
        count = write("json", table, table.base, library.articles_of, out)
        document = json.loads(out.getvalue())
        jsonschema.validate(document, SCHEMA)
        assert document["count"] == count == len(table) == len(document["figures"])
        if folder == sample_dir:
            assert {f["offsets"]["field"] for f in document["figures"]} == {"title", "body"}
        for figure in document["figures"]:
            article = next(a for a in library.items if a.id == figure["article_id"]
                           or "'" + a.id == figure["article_id"])
            source = getattr(article, figure["offsets"]["field"])
            assert source[figure["offsets"]["start"] : figure["offsets"]["end"]] == \
                figure["text"]


def test_jsonl_lines_follow_the_figure_schema(sample_dir: Path) -> None:
    library, table = memory_table(sample_dir)
    out = io.StringIO()
    write("jsonl", table, table.base, library.articles_of, out)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(table)
    figure_schema = {**SCHEMA["$defs"]["figure"], "$defs": SCHEMA["$defs"]}
    for line in lines:
        jsonschema.validate(json.loads(line), figure_schema)


def test_the_schema_names_every_kind_and_a_time_validates(tmp_path: Path) -> None:
    figure = SCHEMA["$defs"]["figure"]
    assert figure["properties"]["kind"]["enum"] == list(FIGURE_KINDS)
    folder = write_articles(tmp_path / "a", {"live.yaml": (
        "title: Live\nbody: |\n  The minister speaks at 2:30 p.m. on the budget.\n")})
    library, table = memory_table(folder)
    out = io.StringIO()
    write("json", table, table.base, library.articles_of, out)
    document = json.loads(out.getvalue())
    assert "time" in {f["kind"] for f in document["figures"]}
    jsonschema.validate(document, SCHEMA)


def test_an_empty_json_document_is_valid() -> None:
    out = io.StringIO()
    write_json(iter(()), out)
    jsonschema.validate(json.loads(out.getvalue()), SCHEMA)


def test_the_schema_rejects_what_it_should() -> None:
    bad = {"schema": "hzreader-figures/1", "query": "", "count": 1, "figures": [
        {"article_id": "a", "title": "t", "date": "yesterday", "url": "", "source": "",
         "kind": "money", "value": 1, "unit": "CNY", "text": "1 yuan", "context": "",
         "offsets": {"field": "body", "start": 0, "end": 1, "sentence_start": 0,
                     "sentence_end": 1}}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)


def test_formats_by_file_name() -> None:
    assert [format_for_path(p) for p in ("a.csv", "B.JSON", "c.jsonl", "d.ndjson", "e.txt")] \
        == ["csv", "json", "jsonl", "jsonl", None]


def test_export_never_replaces_a_file_unless_told(tmp_path: Path, sample_dir: Path) -> None:
    library, table = memory_table(sample_dir)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.json"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        export_file(table, table.base, library.articles_of, str(target), "json")
    assert target.read_text(encoding="utf-8") == "mine"
    target.chmod(0o640)
    count = export_file(table, table.base, library.articles_of, str(target), "json",
                        overwrite=True)
    assert json.loads(target.read_text(encoding="utf-8"))["count"] == count == len(table)
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in target.parent.iterdir()] == ["out.json"]  # no temporary left


def test_a_failed_export_leaves_no_file(tmp_path: Path, sample_dir: Path) -> None:
    library, table = memory_table(sample_dir)

    def broken(items: object) -> list[object]:
        raise OSError("disk on fire")

    target = tmp_path / "out.csv"
    with pytest.raises(OSError):
        export_file(table, table.base, broken, str(target), "csv")  # type: ignore[arg-type]
    assert not target.exists()


# --- the command ---------------------------------------------------------------------------


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = figures_command(argv, out, err)
    return status, out.getvalue(), err.getvalue()


def test_command_reads_the_files_without_an_index(sample_dir: Path) -> None:
    status, out, err = run([str(sample_dir), "--query", "money>1e10", "--format", "csv"])
    assert status == 0
    assert [r["text"] for r in csv_rows(out)] == ["4.5 trillion yuan", "18 billion yuan"]
    assert "2 figures in 2 of 2 articles, from the files" in err
    assert not store_path([str(sample_dir)]).exists()  # never builds the index


def test_command_uses_the_index_only_when_it_is_current(sample_dir: Path) -> None:
    store = ArticleStore.open(store_path([str(sample_dir)]))
    store.sync([str(sample_dir)], workers=0)
    store.close()
    status, out, err = run([str(sample_dir), "-f", "jsonl", "-k", "money"])
    assert status == 0 and "from the index" in err
    assert [json.loads(line)["unit"] for line in out.splitlines()] == ["CNY", "CNY"]
    status, indexed, err = run([str(sample_dir), "-f", "csv", "-k", "money"])
    assert "from the index" in err and len(csv_rows(indexed)) == 2
    for argv in ([], ["-q", "money>1e9 OR kind:percent"]):
        _, indexed, _ = run([str(sample_dir), "-f", "csv", *argv])
        _, read, _ = run([str(sample_dir), "-f", "csv", "--files", *argv])
        assert indexed == read and len(csv_rows(read)) >= 3
    (sample_dir / "new.yaml").write_text("title: New\nbody: It cost $5.\n", encoding="utf-8")
    status, out, err = run([str(sample_dir), "-f", "jsonl", "-k", "money"])
    assert "from the files" in err and len(out.splitlines()) == 3
    status, out, err = run([str(sample_dir), "-f", "csv", "-k", "money"])  # streamed: no
    assert "from the files" in err and len(csv_rows(out)) == 3  # half-written index rows


def test_command_uses_the_index_however_the_folder_is_spelled(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = ArticleStore.open(store_path([str(sample_dir)]))
    store.sync([str(sample_dir)], workers=0)  # as the app opened it: the absolute path
    store.close()
    monkeypatch.chdir(sample_dir.parent)
    for spelling in (sample_dir.name, f"./{sample_dir.name}/", str(sample_dir)):
        status, out, err = run([spelling, "-f", "csv", "-k", "money"])
        assert status == 0 and "from the index" in err, spelling
        assert len(csv_rows(out)) == 2
    monkeypatch.chdir(sample_dir)
    status, _, err = run([".", "-f", "csv", "-k", "money"])
    assert "from the index" in err


def test_command_counts_skipped_files_as_the_app_does(sample_dir: Path) -> None:
    """Files, not errors, and a partly read file (some documents loaded) is not "skipped":
    the same words as the app's status line, from the files and from the index."""
    (sample_dir / "broken.yaml").write_text("title: [unclosed\nbody: :\n", encoding="utf-8")
    (sample_dir / "two-errors.yaml").write_text("- title: a\n- 3\n- title: b\n",
                                                encoding="utf-8")
    (sample_dir / "half.yaml").write_text("title: Half\nbody: rose 7%\n---\ntitle: Two\n",
                                          encoding="utf-8")
    status, _, err = run([str(sample_dir), "-f", "csv"])
    assert status == 0 and "from the files" in err
    assert err.rstrip().endswith(
        "; 2 files skipped, 1 file partly read (hzreader --check tells why)"), err
    store = ArticleStore.open(store_path([str(sample_dir)]))
    store.sync([str(sample_dir)], workers=0)
    store.close()
    status, _, err = run([str(sample_dir), "-f", "csv"])
    assert "from the index" in err
    assert "; 2 files skipped, 1 file partly read (hzreader --check tells why)" in err


def test_command_sorts_and_prints_a_table(sample_dir: Path) -> None:
    status, out, _ = run([str(sample_dir), "--sort", "value", "--format", "table"])
    lines = out.splitlines()
    assert status == 0 and lines[0].split()[:3] == ["value", "kind", "unit"]
    # one unit at a time, the unit with the most figures first (percent in the sample)
    assert "5.2 percent" in lines[1]
    status, out, _ = run([str(sample_dir), "--sort", "value", "-q", "kind:money"])
    assert "4.5 tn" in out.splitlines()[1] and "[4.5 trillion yuan]" in out.splitlines()[1]
    status, out, _ = run([str(sample_dir), "--sort", "value", "--reverse", "-k", "percent"])
    assert [line.split()[0] for line in out.splitlines()[1:]] == ["3", "5.2", "5.2"]


def test_the_text_table_marks_the_figure_not_an_earlier_copy_of_its_text(
        tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "cricket.yaml").write_text(
        "title: Test match\nbody: |\n  Rain stopped play.  Australia had made 286 for 8 after\n"
        "  tea, and 18 overs were lost.\n", encoding="utf-8")
    status, out, _ = run([str(folder), "--format", "table", "-k", "number"])
    assert status == 0
    row = next(line for line in out.splitlines() if line.lstrip().startswith("8 "))
    assert "286 for [8]" in row and "2[8]6" not in row


def test_the_text_table_keeps_its_columns_with_chinese_text() -> None:
    from rich.cells import cell_len

    from hzreader.lens._export import write_text_table

    records = [
        {"kind": "money", "value": 1.5356e12, "unit": "CNY", "text": "15356亿元",
         "context": "前三季度，全市实现地区生产总值15356亿元，同比增长5.6%，高于全国平均水平。",
         "date": "2025-10-20", "title": "前三季度国内生产总值同比增长5.2%，高于预期"},
        {"kind": "percent", "value": 8.0, "unit": "percent", "text": "8%",
         "context": "Apple revenue in Greater China fell 8% to $15.0 billion in the quarter.",
         "date": "2025-11-02", "title": "Apple revenue falls"},
    ]
    out = io.StringIO()
    assert write_text_table(records, out, width=100) == 2
    header, *rows = out.getvalue().splitlines()
    date_at = [cell_len(line[: line.index("2025-")]) for line in rows]
    assert date_at[0] == date_at[1] == cell_len(header[: header.index("date")])
    assert all(cell_len(line) <= 99 for line in rows)
    assert "[15356亿元]" in rows[0] and "[8%]" in rows[1]


def test_command_rejects_an_unknown_kind(sample_dir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        run([str(sample_dir), "--kind", "colour"])
    assert stopped.value.code == 2 and "unknown kind 'colour'" in capsys.readouterr().err


def test_main_dispatches_the_subcommand_and_keeps_the_rest(
        sample_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["figures", str(sample_dir), "-f", "jsonl", "-k", "duration"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out.splitlines()[0])["unit"] == "years"
    assert main(["--check", str(sample_dir)]) == 0
    with pytest.raises(SystemExit):
        main(["--version"])


def test_values_of_json_are_finite() -> None:
    out = io.StringIO()
    record = {"article_id": "a", "title": "", "date": "", "url": "", "source": "",
              "kind": "number", "value": math.inf, "unit": "", "text": "", "context": "",
              "offsets": {"field": "body", "start": 0, "end": 0, "sentence_start": 0,
                          "sentence_end": 0}}
    write_jsonl([record], out)
    assert json.loads(out.getvalue())["value"] is None


@given(st.text(alphabet=st.sampled_from("ab 1=\t\n\r\x1b[m€杭\u00a0\u3000\u200b"), max_size=12))
def test_one_line_is_clean_line(text: str) -> None:
    assert one_line(text) == clean_line(text)


def test_command_refuses_a_missing_path_like_the_reader(tmp_path: Path) -> None:
    status, out, err = run([str(tmp_path / "nowhere"), "--format", "csv"])
    assert status == 2 and out == ""
    assert err.strip() == \
        f"hzreader figures: error: {tmp_path / 'nowhere'}: no such file or folder"


def test_command_explains_a_filter_it_did_not_understand(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", {"m.yaml": """
        title: Money
        body: |
          It cost 3 billion yuan and rose 5 percent.
        """})
    status, _, err = run([str(folder), "--query", "kind:foo money>abc", "--format", "csv"])
    assert status == 0
    assert "hzreader figures: note: unknown kind 'foo': money, percent" in err
    assert "'abc' is not a number" in err
    status, out, err = run([str(folder), "--query", "pct>4", "--format", "csv"])
    assert "note:" not in err and "5 percent" in out  # pct is percent


def test_command_without_paths_reads_the_library_when_it_holds_articles(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    library = tmp_path / "data" / "hzreader" / "articles"
    library.mkdir(parents=True)
    (library / "mine.yaml").write_text("title: Mine\nbody: It cost $5 million.\n",
                                       encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    status, out, _ = run(["--files", "--format", "csv"])
    assert status == 0
    assert [r["text"] for r in csv_rows(out)] == ["$5 million"]


# --- the command's CSV streamed from the index ------------------------------------------------

MIXED = {
    **HOSTILE,
    "summary.yaml": """
        title: "Profits up 12 percent: 3 billion yuan in Hangzhou"
        date: 2025-04-01 10:30
        summary: "Revenue\\tgrew\\u00a0 to $4 million,  a record."
        body: |
          First line of a paragraph with 5 tons
          and a second line worth €2 million.

          杭州 drew 3 billion yuan;\\u200b then 7 percent more.
        """,
    "older.yaml": """
        title: Exports worth $9 billion, up 7 percent in 2019
        date: 2020-01-01
        body: |
          Shipments worth $4 billion left the port.
        """,
    "plain.yaml": """
        title: A title without figures
        body: |
          Nothing here but 1,200 workers and $3 billion.
        """,
}


@pytest.mark.parametrize("processes", [1, 2])
@pytest.mark.parametrize(("query", "kind"), [("", None), ("money>1e6", None), ("", "percent"),
                                             ("hangzhou", None), ("money>1e99", None)])
def test_the_index_csv_is_the_tables_csv(tmp_path: Path, query: str, kind: str | None,
                                         processes: int) -> None:
    from hzreader.lens._stream import write_index_csv

    folder = write_articles(tmp_path / "a", MIXED)
    store = ArticleStore.open(tmp_path / "index.sqlite3")
    store.sync([str(folder)], workers=0)
    library = StoreLibrary(store)
    parsed = parse_query(query)
    items = library.search(parsed, None, "date").items
    table = build_table(library, items, parsed)
    rows = [r for r in table.base if kind is None or table.kind(r) == kind]
    expected = io.StringIO()
    write("csv", table, rows, library.articles_of, expected)
    got = io.StringIO()
    rowids = [item.rowid for item in items]
    assert write_index_csv(store, rowids, True, parsed.figure_terms, got,
                           ready=lambda: False) is None and not got.getvalue()
    done = write_index_csv(store, rowids, len(rowids) == len(library.items),
                           parsed.figure_terms, got, kind=kind, processes=processes)
    assert done is not None
    count, articles = done
    assert got.getvalue() == expected.getvalue()
    assert count == len(rows) and articles == len({table.position(r) for r in rows})
    if not query and kind is None:
        assert {"title", "summary", "body"} <= {r["field"] for r in csv_rows(got.getvalue())}
    with open(tmp_path / "out.csv", "w", encoding="utf-8", newline="") as file:  # a real file
        write_index_csv(store, rowids, len(rowids) == len(library.items), parsed.figure_terms,
                        file, kind=kind, processes=processes)
    assert (tmp_path / "out.csv").read_bytes().decode("utf-8") == expected.getvalue()
    store.close()


@pytest.mark.parametrize("inflate", ["zlib", "isal.isal_zlib"])
def test_bodies_are_read_as_far_as_asked(tmp_path: Path, inflate: str,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from hzreader.index import _body
    from hzreader.index._body import pack_body, train_dictionary, unpack_body

    module = pytest.importorskip(inflate)
    monkeypatch.setattr(_body, "INFLATE", module)
    monkeypatch.setattr(figure_rows, "INFLATE", module)

    bodies = ["plain ascii text " * 300, "杭州 café €1.5bn " * 400 + "end", "", "x"]
    dictionary = train_dictionary(bodies * 20)
    reader = figure_rows.BodyReader(dictionary)
    for body in bodies:
        stored = pack_body(body, dictionary)
        assert reader.text(stored) == body == unpack_body(stored, dictionary)
        assert unpack_body(pack_body(body), b"") == body  # no dictionary
        for length in (0, 1, 17, 1000, len(body), len(body) + 5):
            part = reader.text(stored, length)
            assert body.startswith(part) and len(part) >= min(length, len(body))


@given(st.lists(st.one_of(st.none(), st.floats(), st.integers(-10**17, 10**17).map(float),
                          st.sampled_from([0.0, -0.0, 1e16, -1e16, 9999999999999998.0,
                                           1e15 + 0.5, 3e9, 4.2e9, 0.1]))))
def test_value_cells_are_data_numbers(values: list[float | None]) -> None:
    from hzreader.lens._format import data_number
    from hzreader.lens._stream_rows import value_cells

    assert value_cells(values) == [data_number(value) for value in values]


@given(st.floats(-4e9, 4e9), st.sampled_from(list(DatePrecision)))
def test_date_text_is_the_articles(seconds: float, precision: DatePrecision) -> None:
    from hzreader.lens._stream_rows import date_text
    from hzreader.model import Article
    from hzreader.query import from_timestamp

    article = Article(id="a", title="t", body="", published=from_timestamp(seconds),
                      date_precision=precision)
    assert date_text(seconds, precision) == article.date_text


@given(st.text(alphabet=st.sampled_from("ab 1=+\t\n\r\x1b[m€杭\u00a0\u3000\u200b\u2028\x85,\""),
               max_size=16) | st.text(alphabet=st.sampled_from("ab =-\n€,"), max_size=16))
def test_text_cells_are_the_csv_modules(text: str) -> None:
    from hzreader.lens._stream_rows import text_cell

    for start in range(len(text)):
        for stop in range(start, len(text) + 1):
            line = io.StringIO()  # a cell between others (alone, "" would be quoted)
            csv.writer(line, lineterminator="").writerow(
                ["a", safe_cell(clean_line(text[start:stop])), "b"])
            assert f"a,{text_cell(text[start:stop])},b" == line.getvalue()


# --- bare numbers: a figure of that value, or only words ("S&P 500") ----------------------

INDEX_NAMES = {
    "spx.yaml": """
        title: S&P 500 closes higher
        date: 2025-03-02
        body: |
          The S&P 500 rose 1.2 percent to close at 5,954 as $3 billion flowed in.
        """,
    "jobs.yaml": """
        title: Plant hires
        date: 2025-03-01
        body: |
          The plant hired 500 workers and spent $2 billion.
        """,
}


def test_a_bare_number_that_matched_only_words_does_not_empty_the_table(
        tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", INDEX_NAMES)
    _, table = memory_table(folder, "S&P 500")
    assert {table.item(r).title for r in table.base} == {"S&P 500 closes higher"}
    assert sorted(table.text(r, table.item(r)) for r in table.base) == \
        ["$3 billion", "1.2 percent", "5,954"]  # every figure of the listed article
    assert table.terms == () and [t.literal for t in table.unlimiting] == ["500"]
    # a figure of that value is listed: then the number limits the rows
    _, table = memory_table(folder, "500")
    assert [table.text(r, table.item(r)) for r in table.base] == ["500 workers"]
    assert [t.literal for t in table.terms] == ["500"] and table.unlimiting == ()
    # a number with a kind, a unit or a comparison always limits the rows
    _, table = memory_table(folder, "S&P 500 money>1e9")
    assert [table.text(r, table.item(r)) for r in table.base] == ["$3 billion"]
    _, table = memory_table(folder, "S&P 500 kind:percent")
    assert [table.text(r, table.item(r)) for r in table.base] == ["1.2 percent"]
    _, table = memory_table(folder, "$7")
    assert len(table) == 0 and table.terms  # the empty table says so
    _, table = memory_table(folder, "500 OR money>=3e9")
    assert sorted(table.text(r, table.item(r)) for r in table.base) == \
        ["$3 billion", "500 workers"]


def test_the_command_lists_the_rows_the_app_lists_for_a_bare_number(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "a", INDEX_NAMES)
    expected = {"S&P 500": ["5,954", "1.2 percent", "$3 billion"], "500": ["500 workers"],
                "S&P 500 money>1e9": ["$3 billion"]}
    for query, texts in expected.items():
        _, read, _ = run([str(folder), "-f", "csv", "--files", "-q", query])
        assert sorted(r["text"] for r in csv_rows(read)) == sorted(texts), query
    store = ArticleStore.open(store_path([str(folder)]))
    store.sync([str(folder)], workers=0)
    store.close()
    for query, texts in expected.items():
        for argv in (["-f", "csv"], ["-f", "jsonl"]):  # streamed, and from the table
            _, out, err = run([str(folder), *argv, "-q", query])
            assert "from the index" in err
            assert ("note: 500: no listed figure has that value" in err) is \
                query.startswith("S&P"), (query, argv, err)
            got = [r["text"] for r in csv_rows(out)] if argv[1] == "csv" else \
                [json.loads(line)["text"] for line in out.splitlines()]
            assert sorted(got) == sorted(texts), (query, argv)


def test_a_year_shows_without_a_thousands_comma_even_as_a_median() -> None:
    """tryout6: the footer's median of four years read "2,025.5"."""
    from hzreader.lens._format import value_text

    assert [value_text("year", v) for v in (2025.0, 2025.5, 2025.25)] == [
        "2025", "2025.5", "2025.25"]
    assert value_text("money", 2025.5) == "2,025.50"  # money keeps its comma (and cents)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only")
def test_a_question_asked_in_a_forked_process_gives_its_answer() -> None:
    from hzreader.lens._cli import _answer_in_child

    def fails() -> bool:
        raise RuntimeError("the check broke")

    answers = [_answer_in_child(question) for question in (lambda: True, lambda: False, fails)]
    assert [wait() for wait in answers if wait is not None] == [True, False, False]


@pytest.mark.parametrize("indexed", [False, True])
def test_command_reads_the_marks_when_an_is_filter_asks(sample_dir: Path, indexed: bool
                                                        ) -> None:
    from hzreader.figures import extract
    from hzreader.model import article_key
    from hzreader.state import ReadingState

    if indexed:
        with ArticleStore.open(store_path([str(sample_dir)])) as store:
            store.sync([str(sample_dir)], workers=0)
    article = next(a for a in load_paths([str(sample_dir)]).articles
                   if any(f.kind == "money" for f in extract(a.body)))
    state, _ = ReadingState.load()
    state.set_mark(article_key(article), article.id, starred=True)
    state.save()
    for fmt in ("jsonl", "csv"):
        status, out, err = run([str(sample_dir), "-f", fmt, "-q", "is:starred kind:money"])
        titles = {json.loads(line)["title"] for line in out.splitlines()} if fmt == "jsonl" \
            else {row["title"] for row in csv_rows(out)}
        assert status == 0 and titles == {article.title}, err


def test_a_query_that_starts_with_a_minus_is_a_query(tmp_path: Path) -> None:
    """tryout10: `hzreader figures -q '-word'` was an argparse error (an exclusion is a
    query of its own); `-q` followed by an option is still told it lacks its value."""
    from hzreader.lens._cli import query_values_joined


    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.yaml").write_text("title: Hong Kong sales up 5%\nbody: Sales rose 5%.\n",
                                   encoding="utf-8")
    (folder / "b.yaml").write_text("title: Macau sales up 7%\nbody: Sales rose 7%.\n",
                                   encoding="utf-8")
    out = io.StringIO()
    assert figures_command([str(folder), "--files", "-q", "-hong", "-f", "csv"], out=out,
                           err=io.StringIO()) == 0
    assert "Macau" in out.getvalue() and "Hong Kong" not in out.getvalue()
    options = {"-q", "--query", "-f", "--format"}
    assert query_values_joined(["-q", "-hong", "x"], options) == ["--query=-hong", "x"]
    assert query_values_joined(["--query", "--format", "csv"], options) == [
        "--query", "--format", "csv"]
    assert query_values_joined(["-q"], options) == ["-q"]
