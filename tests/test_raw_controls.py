"""Raw control bytes and stray NULs in article files (tryout16): read as their escapes are,
removed with a warning at their line and column; binary files still refused as such."""

from __future__ import annotations

import gzip
import io
import unicodedata
import zipfile
from pathlib import Path

import pytest

from hzreader.files._loader import LoadResult, load_file, load_text
from hzreader.files._sniff import not_text
from hzreader.model import Article

GOOD = "title: Story {n}\nbody: \"Story {n}: 12 people.\"\n"


def _load(tmp_path: Path, data: bytes, name: str = "a.yaml") -> LoadResult:
    path = tmp_path / name
    path.write_bytes(data)
    return load_file(path, tmp_path)


def _shown(article: Article) -> str:
    return " ".join([article.title, article.body, article.source, article.author,
                     article.summary, *article.tags])


def test_an_early_nul_skips_nothing_of_a_multi_article_file(tmp_path: Path) -> None:
    documents = [GOOD.format(n=n) for n in range(1, 6)]
    documents[2] = 'title: Story 3\nbody: "Story 3 has a stray\x00 NUL and 7 cats."\n'
    result = _load(tmp_path, "".join("---\n" + d for d in documents).encode())
    assert [a.title for a in result.articles] == [f"Story {n}" for n in range(1, 6)]
    assert result.articles[2].body == "Story 3 has a stray NUL and 7 cats."
    [problem] = result.problems
    assert (problem.line, problem.column, problem.severity) == (9, 27, "warning")
    assert problem.message == "control characters removed from `body` (U+0000)"


@pytest.mark.parametrize("code", [*range(0x00, 0x09), 0x0E, 0x1B, 0x1F, 0x7F, 0x80, 0x9B,
                                  0x9D, 0x9F])
def test_each_raw_control_is_removed_with_a_warning(tmp_path: Path, code: int) -> None:
    control = chr(code)
    # (a space after it: ESC and CSI would take a letter with them, as their escapes do)
    result = _load(tmp_path, f"title: a{control} b\nbody: \"x{control} y 3 cats\"\n".encode())
    [article] = result.articles
    assert (article.title, article.body) == ("a b", "x y 3 cats")
    name = f"U+{code:04X}"
    assert [(p.line, p.column, p.severity, p.message) for p in result.problems] == [
        (1, 9, "warning", f"control characters removed from `title` ({name})"),
        (2, 9, "warning", f"control characters removed from `body` ({name})"),
    ]


def test_a_raw_control_reads_as_its_escape(tmp_path: Path) -> None:
    # pasted terminal output: the sequences go whole, as they do when written as escapes
    raw = _load(tmp_path, b'title: "Ctrl\x07 bell and \x1b[31mred\x1b[0m 5%"\nbody: |\n'
                          b"  2 \x1b]0;title\x07 people\n  next \xc2\x9b1m line\n", "raw.yaml")
    escaped = _load(tmp_path, b'title: "Ctrl\\a bell and \\e[31mred\\e[0m 5%"\nbody: "2 '
                              b'\\e]0;title\\a people\\nnext \\x9b1m line\\n"\n', "esc.yaml")
    [article], [twin] = raw.articles, escaped.articles
    assert (article.title, article.body) == (twin.title, twin.body)
    assert (article.title, article.body) == ("Ctrl bell and red 5%", "2 people\nnext line\n")
    assert [(p.line, p.column, p.message) for p in raw.problems] == [
        (1, 13, "control characters removed from `title` (U+0007, U+001B)"),
        (3, 5, "control characters removed from `body` (U+001B, U+0007, U+009B)"),
    ]


def test_controls_between_the_fields_are_removed(tmp_path: Path) -> None:
    # a form feed on a line of its own, NUL padding after the last field: no text of any
    # value, so the document is read without them
    result = _load(tmp_path, b"title: T\n\x0c\nbody: x\x07 y\n\x00\x00\x00\x00\n")
    [article] = result.articles
    assert (article.title, article.body) == ("T", "x y")
    [problem] = result.problems
    assert (problem.line, problem.column, problem.severity) == (2, 1, "warning")
    assert problem.message == "control characters removed (U+000C, U+0007, U+0000)"


def test_an_error_after_a_removed_control_is_at_its_column_in_the_file(tmp_path: Path) -> None:
    result = _load(tmp_path, b"title: T\n\x07body: x: y\n")
    [problem] = result.problems
    assert "mapping values are not allowed" in problem.message
    assert (problem.line, problem.column) == (2, 9)  # the second colon, the BEL counted


def test_text_holding_a_stand_in_character_loses_none_of_it(tmp_path: Path) -> None:
    # the private-use characters that stand in for controls while parsing are text here
    result = _load(tmp_path, "title: T \U0010ff07\nbody: y\x07\n".encode())
    [article] = result.articles
    assert (article.title, article.body) == ("T \U0010ff07", "y")
    [problem] = result.problems
    assert (problem.line, problem.column, problem.severity) == (2, 8, "warning")


def test_aliases_and_keys_with_controls_are_read(tmp_path: Path) -> None:
    result = _load(tmp_path, b"title: &t a\x07b\nbody: *t\nsum\x07mary: s\n")
    [article] = result.articles
    assert (article.title, article.body) == ("ab", "ab")
    assert all(p.severity == "warning" for p in result.problems)


def test_load_text_reads_raw_controls_too() -> None:
    result = LoadResult()
    load_text("title: a\x1b[1mb\nbody: c\n", "pasted", "pasted", result)
    assert [a.title for a in result.articles] == ["ab"]
    assert [(p.line, p.column) for p in result.problems] == [(1, 9)]


def test_the_loaded_text_holds_no_control_character() -> None:
    controls = "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0)]))
    body = "".join(f"{c} x" for c in controls)
    result = LoadResult()
    load_text(f"title: t{controls[:8]}\ntags: [a{controls[-3:]}]\nbody: \"{body}\"\n", "p", "p",
              result)
    [article] = result.articles
    assert not any(unicodedata.category(c) == "Cc" for c in _shown(article))
    assert article.body.split() == ["x"] * len(controls)


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.yaml", GOOD.format(n=1))
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "what"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "a PNG image"),
    (_zip(), "a ZIP archive"),
    (gzip.compress(GOOD.format(n=1).encode() * 20), "gzip-compressed data"),
    (bytes(range(256)) * 8, "many control bytes"),
    (b"\x00" * 300, "only NUL bytes"),
    (GOOD.format(n=1).encode() + b"\x00" * 4000, "mostly NUL bytes"),
])
def test_binary_files_are_still_refused_as_binary(tmp_path: Path, data: bytes,
                                                  what: str) -> None:
    result = _load(tmp_path, data)
    assert result.articles == []
    [problem] = result.problems
    assert problem.message.startswith(f"binary file ({what}")
    assert problem.message.endswith("not YAML text")
    assert problem.line is None


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_text_without_a_byte_order_mark_is_named(tmp_path: Path, encoding: str) -> None:
    result = _load(tmp_path, GOOD.format(n=1).encode(encoding))
    [problem] = result.problems
    name = encoding[:6].upper()
    assert problem.message.startswith(f"{name} text without a byte order mark")
    assert "save the file as UTF-8" in problem.message


def test_utf16_with_a_byte_order_mark_reads_its_raw_controls(tmp_path: Path) -> None:
    result = _load(tmp_path, "title: a\x07b\nbody: 杭州 3 cats\n".encode("utf-16"))
    [article] = result.articles
    assert (article.title, article.body) == ("ab", "杭州 3 cats")
    assert [(p.line, p.column) for p in result.problems] == [(1, 9)]


@pytest.mark.parametrize("data", [
    b"title: Nul\nbody: \"a\x00b 12 people\"\n",  # one NUL in a short file
    b"title: x\nbody: |\n  \x1b[31mred\x1b[0m\n" * 50,  # colour codes
    "title: Héllo 杭州\nbody: N\bNA\bAM\bME\bE\n".encode(),  # overstruck text
    b"title: T\nbody: x\n" + b"\x00" * 30,  # a little NUL padding
])
def test_text_with_stray_controls_is_text(data: bytes) -> None:
    assert not_text(data) is None


def test_nul_padding_after_the_last_document_is_no_document(tmp_path: Path) -> None:
    # a file cut short by a crash is padded with NULs: the articles load, one warning
    result = _load(tmp_path, b"title: a\nbody: b\n---\n\x00\x00\x00\x00\n")
    assert [a.title for a in result.articles] == ["a"]
    assert [(p.line, p.column, p.severity, p.message) for p in result.problems] == [
        (4, 1, "warning", "control characters removed (U+0000)")]


def test_a_short_article_with_a_few_raw_controls_is_text(tmp_path: Path) -> None:
    """Four BELs in a 60-byte article were "binary" (review16): the share of control
    bytes says binary only past `_CONTROL_MIN` of them."""
    result = _load(tmp_path, b'title: Ding\x07\x07\nbody: "Bell\x07\x07 rang 3 times."\n')
    [article] = result.articles
    assert (article.title, article.body) == ("Ding", "Bell rang 3 times.")
    assert all(problem.severity == "warning" for problem in result.problems)
    assert not_text(bytes(range(256)) * 2) is not None  # random-looking bytes stay binary
