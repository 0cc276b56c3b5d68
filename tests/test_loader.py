"""The loader: discovery, decoding, documents, validation and the guards, on small inputs."""

from __future__ import annotations

import datetime as dt
import os
import re
import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hzreader.files import _loader as loader
from hzreader.files import _stream as stream
from hzreader.files import _yaml as yaml_safe
from hzreader.files._loader import (
    LoadResult,
    SafeLoader,
    discover,
    load_file,
    load_paths,
    load_text,
    split_documents,
)
from hzreader.files._validate import ArticleFields, build_article, parse_date
from hzreader.model import DatePrecision, Problem

DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
CONTROL = {chr(c) for c in range(0x20) if c != 0x0A} | {chr(c) for c in range(0x7F, 0xA0)}


def load(text: str, name: str = "f.yaml") -> LoadResult:
    """Load YAML text as if it were the file `name`."""
    result = LoadResult()
    load_text(textwrap.dedent(text), name, "f", result)
    return result


def problem_lines(result: LoadResult) -> list[str]:
    """The problems as `--check` prints them."""
    return [str(p) for p in result.problems]


# --- the public API other modules use ------------------------------------------------------

def test_only_safe_loaders_are_used() -> None:
    assert issubclass(SafeLoader, yaml.SafeLoader) or SafeLoader is yaml.CSafeLoader
    assert issubclass(loader.ArticleLoader, SafeLoader)
    assert not issubclass(loader.ArticleLoader, (yaml.FullLoader, yaml.UnsafeLoader))
    assert stream.MAX_DOCUMENT_BYTES == 8 * 1024 * 1024


def test_load_result_extend_and_rejected_files() -> None:
    first, second = load("title: a\nbody: b\n", "a.yaml"), load("title: [x]\nbody: b\n", "b.yaml")
    first.files_read = second.files_read = 1
    first.extend(second)
    assert [a.title for a in first.articles] == ["a"]
    assert first.files_read == 2
    assert first.rejected_files == ["b.yaml"]


def test_build_article_takes_fields_from_a_node() -> None:
    node = yaml.compose("title: T\nbody: B\ntags: [x]\n", Loader=SafeLoader)
    fields = ArticleFields.from_node(node, {"title": "T", "body": "B", "tags": ["x"]}, "p.yaml",
                                     lambda mark: (mark.line + 1, mark.column + 1))
    problems: list = []
    article = build_article(fields, "p", problems)
    assert article is not None and problems == []
    assert (article.id, article.title, article.tags, article.path) == ("p", "T", ("x",), "p.yaml")


# --- documents ------------------------------------------------------------------------------

def test_split_documents_gives_line_offsets() -> None:
    text = "title: a\nbody: b\n---\ntitle: c\nbody: d\n--- # comment\n---\n...\n"
    assert split_documents(text) == [(0, "title: a\nbody: b\n"), (2, "---\ntitle: c\nbody: d\n")]


def test_split_documents_is_linear_on_many_documents() -> None:
    text = "---\ntitle: t\nbody: b\n" * 20_000
    chunks = split_documents(text)
    assert len(chunks) == 20_000
    assert chunks[-1][0] == 3 * 19_999


def test_one_mapping_several_documents_and_a_list() -> None:
    single = load("title: One\nbody: b\n")
    assert [(a.id, a.line) for a in single.articles] == [("f", 1)]
    documents = load("title: A\nbody: b\n---\ntitle: B\nbody: b\n")
    assert [(a.id, a.line) for a in documents.articles] == [("f#1", 1), ("f#2", 4)]
    listed = load("- title: A\n  body: b\n- title: B\n  body: b\n")
    assert [(a.id, a.line) for a in listed.articles] == [("f#1", 1), ("f#2", 3)]


def test_bad_document_in_the_middle_has_its_absolute_line() -> None:
    result = load("""\
        title: A
        body: b
        ---
        title: B
        body: "never closed
        ---
        title: C
        body: c
        """)
    assert [a.title for a in result.articles] == ["A", "C"]
    [problem] = result.problems
    assert (problem.line, problem.column) == (5, 7)  # the quote never closed, not the `---`
    assert "invalid YAML" in problem.message


def test_windows_line_endings_split_documents() -> None:
    result = load("title: A\r\nbody: b\r\n---\r\ntitle: B\r\nbody: c\r\n---\r\nx: [\r\n")
    assert [(a.title, a.line, a.body) for a in result.articles] == [("A", 1, "b"), ("B", 4, "c")]
    assert [(p.line, p.column) for p in result.problems] == [(8, 1)]


def test_yaml_syntax_errors_have_line_and_column() -> None:
    result = load("title: x\nbody: [a, b\nsource: s\n")
    assert problem_lines(result) == [
        "f.yaml:3:7: invalid YAML: did not find expected ',' or ']' (while parsing a flow "
        "sequence); hint: a [ list is not closed, or one of its items needs quotes"
    ]


def test_empty_list_is_a_warning_and_non_mapping_items_errors() -> None:
    assert problem_lines(load("[]\n")) == ["f.yaml:1:1: warning: empty list: no article here"]
    result = load("- title: a\n  body: b\n- 42\n- [x]\n")
    assert [a.title for a in result.articles] == ["a"]
    assert [(p.line, p.column) for p in result.problems] == [(3, 3), (4, 3)]


def test_unknown_keys_are_kept_quietly() -> None:
    result = load("title: a\nbody: b\nmood: calm\n")
    assert result.problems == []
    assert dict(result.articles[0].extra) == {"mood": "calm"}


# --- validation ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "message", "line", "column"),
    [
        ("title: [a]\nbody: b\n", "`title` must be non-empty text, got a list", 1, 8),
        ("title: ''\nbody: b\n", "`title` must be non-empty text, got empty text", 1, 8),
        ("title: \"\\u200b\\e[1m\"\nbody: b\n", "got only invisible or control characters",
         1, 8),
        ("title: \"   \"\nbody: b\n", "`title` must be non-empty text, got only spaces", 1, 8),
        ("title: no\nbody: b\n", "got true/false (quote it", 1, 8),
        ("title: a\nbody: {x: 1}\n", "`body` must be text, got a mapping", 2, 7),
        ("title: a\nbody:\n", "`body` must be text, got empty (null)", 2, 6),
        ("body: b\n", "missing required field `title`", 1, 1),
        ("title: a\n", "missing required field `body`", 1, 1),
    ],
)
def test_rejected_articles(text: str, message: str, line: int, column: int) -> None:
    result = load(text)
    assert result.articles == []
    [problem] = result.problems
    assert message in problem.message
    assert (problem.line, problem.column, problem.severity) == (line, column, "error")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("tags: 42\n", "`tags` must be a list of text, got a number; ignored"),
        ("tags: [a, [b], c]\n", "`tags` must be a list of text; some entries were ignored"),
        ("related: {a: 1}\n", "`related` must be a list of text, got a mapping; ignored"),
        ("source: [a]\n", "`source` must be text, got a list; ignored"),
        ("date: someday\n", "`date` is not a date: 'someday'; write it as 2024-06-05, "
         "2024-06-05 14:30, 2024-06, 2024, 5 June 2024 or 2024年6月5日"),
        ("date: 2024-02-30\n", "`date` is not a date: '2024-02-30' is no day of the calendar"),
        ("date: 9999-12-31T23:00:00-12:00\n",
         "`date` is not a date: '9999-12-31 23:00:00-12:00' is out of range"),
        ("date: 05/06/2024\n", "`date` is not a date: '05/06/2024' could be 5 June 2024 or "
         "6 May 2024: write 2024-06-05 or 2024-05-06"),
        ("date: 2024.10\n", "YAML reads 2024.1 as a number"),
    ],
)
def test_warnings_keep_the_article(text: str, message: str) -> None:
    result = load("title: a\nbody: b\n" + text)
    assert len(result.articles) == 1
    [problem] = result.problems
    assert problem.severity == "warning" and message in problem.message
    assert problem.line == 3


def test_fields_are_read_and_cleaned() -> None:
    result = load("""\
        title: "  Many   spaces\\tand\\nbreaks  "
        date: 2025-11-14T08:30:00+08:00
        source: "\\e[1mWire"
        author: Li Wei
        url: https://example.com/a
        summary: "Line one\\r\\nline two\\u202e"
        tags: [economy, 2024, "  "]
        related: ["Other \\x9b1mheadline"]
        body: "Para one.\\r\\n\\r\\nPara\\ttwo.\\0"
        """)
    [article] = result.articles
    assert article.title == "Many spaces and breaks"
    assert (article.published, article.date_precision) == (dt.datetime(2025, 11, 14, 0, 30),
                                                           DatePrecision.TIME)
    assert (article.source, article.author) == ("Wire", "Li Wei")
    assert article.summary == "Line one\nline two"
    assert article.tags == ("economy", "2024")
    assert article.related == ("Other headline",)
    assert article.body == "Para one.\n\nPara    two."
    # the controls removed are told, where their escape is written (tabs, line breaks and
    # invisible formatting are not)
    assert problem_lines(result) == [
        "f.yaml:3:10: warning: control characters removed from `source` (U+001B)",
        "f.yaml:7:7: warning: `tags` must be a list of text; some entries were ignored",
        "f.yaml:8:18: warning: control characters removed from `related` (U+009B)",
        "f.yaml:9:35: warning: control characters removed from `body` (U+0000)",
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2024, 3, 2), (dt.datetime(2024, 3, 2), DatePrecision.DAY)),
        ("2024-03-02", (dt.datetime(2024, 3, 2), DatePrecision.DAY)),
        ("2024-03-02T10:00:00Z", (dt.datetime(2024, 3, 2, 10), DatePrecision.TIME)),
        ("2024-03-02 10:00", (dt.datetime(2024, 3, 2, 10), DatePrecision.TIME)),
        ("Wed, 05 Jun 2024 10:00:00 +0800", (dt.datetime(2024, 6, 5, 2), DatePrecision.TIME)),
        (2024, (dt.datetime(2024, 1, 1), DatePrecision.YEAR)),
        ("2024-06", (dt.datetime(2024, 6, 1), DatePrecision.MONTH)),
        (dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1))), None),
        ("0001-01-01T00:00:00+01:00", None),
        ("not a date", None),
        (20240302, (dt.datetime(2024, 3, 2), DatePrecision.DAY)),
        (2024.06, None),
    ],
)
def test_parse_date(value: object, expected: object) -> None:
    assert parse_date(value) == expected


def test_duplicate_keys_warn_and_merge_keys_do_not() -> None:
    result = load("title: a\nbody: first\nbody: second\n")
    assert problem_lines(result) == [
        "f.yaml:3:1: warning: duplicate key `body`: only its last value is kept"
    ]
    merged = load("base: &base {source: s, author: x}\n"
                  "items: 1\n<<: *base\nsource: own\ntitle: a\nbody: b\n")
    assert merged.problems == []
    assert merged.articles[0].source == "own"


# --- hostile values ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "message", "line", "column"),
    [
        ("title: !!python/object/apply:os.system [echo]\nbody: b\n",
         "tag !!python/object/apply:os.system is not allowed", 1, 8),
        ("title: a\nbody: !custom b\n", "tag !custom is not allowed", 2, 7),
        ("title: !!int abc\nbody: b\n", "cannot read this !!int value", 1, 8),
        ("title: !!float x\nbody: b\n", "cannot read this !!float value", 1, 8),
        ("title: a\nbody: b\nn: " + "1" * 1001 + "\n", "number is too long", 3, 4),
        ("title: a\nbody: b\nn: 0x" + "f" * 1000 + "\n", "number is too long", 3, 4),
        ("title: a\nbody: b\nx: &x [*x]\n", "recursive YAML alias", 3, 4),
        ("? [a]\n: b\ntitle: a\nbody: b\n", "found unhashable key", 1, 3),
    ],
)
def test_hostile_values_are_located_problems(
    text: str, message: str, line: int, column: int
) -> None:
    result = load(text)
    assert result.articles == []
    [problem] = result.problems
    assert message in problem.message
    assert (problem.line, problem.column) == (line, column)


def test_many_aliases_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "s: &s x\nall: [" + ", ".join(["*s"] * 50) + "]\ntitle: a\nbody: b\n"
    assert len(load(text).articles) == 1
    monkeypatch.setattr(yaml_safe, "MAX_ALIASES", 20)
    [problem] = load(text).problems
    assert "too many YAML aliases (more than 20)" in problem.message


def test_a_few_shared_values_are_fine() -> None:
    result = load("src: &src Wire\ntags: &tags [a, b]\ntitle: a\nbody: b\nsource: *src\n"
                  "related: *tags\n")
    assert result.problems == []
    assert result.articles[0].source == "Wire"


def test_surrogates_in_text_are_a_problem_not_a_crash() -> None:
    result = LoadResult()
    load_text("title: a\nbody: \ud800\n", "f.yaml", "f", result)
    assert result.articles == []
    assert [(p.line, p.column) for p in result.problems] == [(2, 7)]


# --- files and folders -------------------------------------------------------------------------

def test_discover_sorts_skips_hidden_and_other_suffixes(tmp_path: Path) -> None:
    for name in ["b.yaml", "a.YML", "c.txt", "d.json", ".e.yaml", "sub/f.yaml", ".hid/g.yaml"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("title: t\nbody: b\n")
    found, problems = discover([tmp_path, tmp_path / "b.yaml", tmp_path / "missing"])
    assert [f.relative_to(tmp_path).as_posix() for f, _ in found] == ["a.YML", "b.yaml",
                                                                       "sub/f.yaml"]
    assert [p.message for p in problems] == ["no such file or folder"]


def test_ids_come_from_the_path_relative_to_the_root(tmp_path: Path) -> None:
    (tmp_path / "world").mkdir()
    (tmp_path / "world" / "story.yaml").write_text("title: t\nbody: b\n")
    (tmp_path / "own.yaml").write_text("id: chosen\ntitle: t\nbody: b\n")
    result = load_paths([tmp_path])
    assert sorted(a.id for a in result.articles) == ["chosen", "world/story"]


def test_bom_and_utf16_load(tmp_path: Path) -> None:
    (tmp_path / "bom.yaml").write_bytes(b"\xef\xbb\xbftitle: Caf\xc3\xa9\nbody: b\n")
    (tmp_path / "u16.yaml").write_bytes("title: Tea\nbody: b\n".encode("utf-16"))
    (tmp_path / "u32.yaml").write_bytes("title: Cup\nbody: b\n".encode("utf-32"))
    result = load_paths([tmp_path])
    assert result.problems == []
    assert sorted(a.title for a in result.articles) == ["Café", "Cup", "Tea"]


def test_latin1_is_located_in_characters(tmp_path: Path) -> None:
    (tmp_path / "l1.yaml").write_bytes(b"title: ok\nbody: caf\xc3\xa9 na\xefve\n")
    [problem] = load_file(tmp_path / "l1.yaml").problems
    assert (problem.line, problem.column) == (2, 14)
    assert "not valid UTF-8" in problem.message


def test_the_size_limit_is_per_document_and_exact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stream, "MAX_DOCUMENT_BYTES", 1024 * 1024)
    text = "title: t\nbody: |\n" + "  x\n" * (1024 * 256)
    fits = tmp_path / "fits.yaml"
    fits.write_text(text[: 1024 * 1024])
    over = tmp_path / "over.yaml"
    over.write_text(text[: 1024 * 1024 + 1])
    assert load_file(fits).problems == []
    [problem] = load_file(over).problems
    assert problem.message == ("document is too large to read (1.0 MiB; the limit is 1 MiB "
                               "a document; a file may be any size: split it into "
                               "documents, each after a line `---`)")
    assert problem.line == 1
    # Three such documents in one file: only the big one is refused, at its own line.
    small = "---\ntitle: small\nbody: b\n"
    archive = tmp_path / "archive.yaml"
    archive.write_text(small + "---\n" + text[: 1024 * 1024 + 10] + "\n" + small)
    result = load_file(archive)
    big_lines = text[: 1024 * 1024 + 10].count("\n")
    assert [a.line for a in result.articles] == [2, 7 + big_lines]
    assert [(p.line, p.message.split(" (")[0]) for p in result.problems] == [
        (4, "document is too large to read")]


def test_a_file_that_grows_after_stat_is_read_to_its_end(tmp_path: Path) -> None:
    grown = tmp_path / "grown.yaml"
    grown.write_text("title: t\nbody: b\n")
    with grown.open("a") as extra:  # as if appended between stat() and read()
        extra.write("---\ntitle: u\nbody: c\n")
    assert [a.title for a in load_file(grown).articles] == ["t", "u"]


# --- properties ----------------------------------------------------------------------------------

YAML_PIECES = st.sampled_from([
    "title", "body", "date", "tags", "related", "source", "id", "summary", ":", ": ", "-", "- ",
    "---", "...", "\n", "\n  ", "  ", "[", "]", "{", "}", ",", "&a ", "*a", "&b ", "*b", "<<",
    "!!python/object/apply:os.system", "!!binary", "!!int", "!!timestamp", "!!set", "!!map",
    "!!omap", "!!str", "!x", "?", "|", ">", "#", "'", '"', "\\e", "\\x9b", "yes", "~", "null",
    "2024-13-45", "2024-01-01", "12:30:45", "0x1F", ".inf", "1e400", "%YAML 1.1", "\t", "\r",
    "\u2028", "\x85", "\ufeff", "\x1b", "\x00", "é", "text",
])
YAML_ISH = st.lists(YAML_PIECES | st.text(max_size=3), max_size=60).map("".join)


def check_loaded(result: LoadResult) -> None:
    """Every loaded text field is free of control characters."""
    for article in result.articles:
        for value in (article.title, article.source, article.author, article.url, article.id,
                      *article.tags, *article.related):
            assert not set(value) & (CONTROL | {"\n"})
        for value in (article.body, article.summary):
            assert not set(value) & CONTROL


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_load_text_never_raises_on_any_text(text: str) -> None:
    result = LoadResult()
    load_text(text, "f.yaml", "f", result)
    check_loaded(result)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(YAML_ISH)
def test_load_text_never_raises_on_yaml_ish_text(text: str) -> None:
    result = LoadResult()
    load_text(text, "f.yaml", "f", result)
    check_loaded(result)
    assert all(p.path == "f.yaml" for p in result.problems)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["title", "body", "tags", "date", "source", "x"]),
                       st.recursive(st.none() | st.booleans() | st.integers() | st.floats()
                                    | st.text() | st.dates(),
                                    lambda inner: st.lists(inner, max_size=3)
                                    | st.dictionaries(st.text(max_size=3), inner, max_size=3),
                                    max_leaves=8)))
def test_any_safe_dumped_mapping_loads_or_reports(data: dict) -> None:
    result = LoadResult()
    load_text(yaml.dump(data, Dumper=DUMPER, allow_unicode=True), "f.yaml", "f", result)
    check_loaded(result)
    assert len(result.articles) + sum(p.severity == "error" for p in result.problems) == 1


@pytest.mark.parametrize("text", [
    "title: T\nbody: B\ndate: 2024-05-01\ntags: [a, 1, true]\nviews: 12\nscore: 1.5\n",
    "- title: One\n  body: x\n- title: Two\n  body: y\n  related: [p, q]\n",
    "title: T\nbody: B\nextra: {nested: [1, {deep: 2}]}\n",
    "base: &b {title: T}\nmerged:\n  <<: *b\n  body: B\n",
    "title: T\nbody: B\nwhen: 2024-02-30\nnone: ~\nflag: no\n",
    "? [complex, key]\n: value\n",
    "title: !!str 12\nbody: !!binary aGk=\n",
    "- title: T\n  body: B\n- just text\n",
])
def test_fast_construction_equals_pyyaml(text: str) -> None:
    """Plain article mappings skip PyYAML's constructor; the values must not change."""
    expected = None
    loader = yaml_safe.ArticleLoader(text)
    try:
        node = loader.get_single_node()
        expected = repr(loader.construct_document(node))
    except yaml.YAMLError as error:
        expected = type(error).__name__
    finally:
        loader.dispose()
    loader = yaml_safe.ArticleLoader(text)
    try:
        node = loader.get_single_node()
        got = repr(yaml_safe._construct(loader, node))
    except yaml.YAMLError as error:
        got = type(error).__name__
    finally:
        loader.dispose()
    assert got == expected


def test_load_file_stamps_the_file_it_read(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("title: T\nbody: B\n", encoding="utf-8")
    info = os.stat(path)
    assert load_file(path).stamp == (info.st_size, info.st_mtime_ns)
    assert load_file(tmp_path / "missing.yaml").stamp is None


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="-\n\r\t a#.", max_size=40))
def test_document_starts_are_the_marker_lines(text: str) -> None:
    from hzreader.files._loader import document_starts

    marker = re.compile(r"^---(?=[ \t\r]|$)", re.MULTILINE)
    assert document_starts(text) == [m.start() for m in marker.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 400), st.text(alphabet="-\n\r a#.%", max_size=60))
def test_content_is_found_wherever_it_starts(blank_lines: int, tail: str) -> None:
    text = "# note\n--- \n\n" * blank_lines + tail  # past the first 512 characters too
    no_content = loader._NO_CONTENT
    expected = any(not no_content.match(line) for line in text.splitlines())
    assert loader._has_content(text) == expected


def test_a_number_in_a_text_field_reads_as_the_file_writes_it(tmp_path: Path) -> None:
    """tryout3 #14, tryout4 #13: `title: 2026.10` was read as "2026.1" without a word;
    tryout17: `source: 0123` as "83" (YAML 1.1's octal) and no warning. A plain number in a
    text field is now its text as written."""
    path = tmp_path / "numbers.yaml"
    path.write_text("title: 2026.10\nbody: 007\nsource: 0123\nauthor: 1_000\nsummary: 1e3\n",
                    encoding="utf-8")
    loaded = load_paths([path])
    (article,) = loaded.articles
    assert (article.title, article.body, article.source, article.author, article.summary) == (
        "2026.10", "007", "0123", "1_000", "1e3")
    assert loaded.problems == []


def test_a_number_whose_writing_is_unknown_is_read_with_a_warning() -> None:
    fields = ArticleFields({"title": 2026.1, "body": "b", "source": 7}, "x.yaml", 1, 1, {})
    problems: list[Problem] = []
    article = build_article(fields, "x", problems)
    assert article is not None and (article.title, article.source) == ("2026.1", "7")
    assert len(problems) == 2 and all("quote it" in p.message for p in problems)


def test_numbers_and_dates_in_a_list_read_as_the_file_writes_them(tmp_path: Path) -> None:
    """tryout18 #13: `tags: [3.10, 007, 1e3]` showed `#3.1 #7 #1e3` and a related headline
    `2.50` read `2.5`; a date in a list was dropped."""
    path = tmp_path / "lists.yaml"
    path.write_text("title: Versions\nbody: text\ntags: [3.10, 007, 1e3, 2026-10-01, news]\n"
                    "related:\n  - 2.50\n  - '1.0'\n  - Later story\n", encoding="utf-8")
    loaded = load_paths([path])
    (article,) = loaded.articles
    assert article.tags == ("3.10", "007", "1e3", "2026-10-01", "news")
    assert article.related == ("2.50", "1.0", "Later story")
    assert loaded.problems == []
