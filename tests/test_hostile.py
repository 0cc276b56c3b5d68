"""Every kind of bad article file: each one becomes a located problem, nothing raises or hangs."""

from __future__ import annotations

import importlib.util
import os
import stat
import tracemalloc
from pathlib import Path
from types import ModuleType

import pytest

from hzreader.files._loader import LoadResult, load_file, load_paths
from hzreader.model import Article, Problem

FIXTURES = Path(__file__).parent / "fixtures"


def _import_generator() -> ModuleType:
    """The fixture generator `tests/fixtures/make_hostile.py`, imported by path."""
    spec = importlib.util.spec_from_file_location("make_hostile", FIXTURES / "make_hostile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_hostile = _import_generator()


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed and generated hostile files together in one throw-away folder."""
    return make_hostile.build(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def hostile(hostile_dir: Path) -> LoadResult:
    """The hostile folder, loaded once."""
    return load_paths([hostile_dir])


def problems_for(result: LoadResult, name: str) -> list[Problem]:
    """The problems reported for the file called `name`."""
    return [p for p in result.problems if Path(p.path).name == name]


def article(result: LoadResult, title: str) -> Article:
    """The one loaded article with this title."""
    [found] = [a for a in result.articles if a.title == title]
    return found


# file -> (message fragment, line, column, severity) of its only problem.
EXPECTED: dict[str, tuple[str, int | None, int | None, str]] = {
    "invalid_yaml.yaml": ("mapping values are not allowed", 3, 11, "error"),
    "empty.yaml": ("empty file", None, None, "error"),
    "comments_only.yaml": ("only comments", None, None, "error"),
    "title_list.yaml": ("`title` must be non-empty text, got a list", 1, 8, "error"),
    "tags_number.yaml": ("`tags` must be a list of text, got a number", 3, 7, "warning"),
    "body_mapping.yaml": ("`body` must be text, got a mapping", 3, 3, "error"),
    "title_yes.yaml": ("quote it", 1, 8, "error"),
    "missing_title.yaml": ("missing required field `title`", 1, 1, "error"),
    "missing_body.yaml": ("missing required field `body`", 1, 1, "error"),
    "not_mapping.yaml": ("not an article mapping", 1, 1, "error"),
    "alias_bomb.yaml": ("billion laughs", 7, 4, "error"),
    "merge_bomb.yaml": ("billion laughs", 6, 12, "error"),
    "recursive_alias.yaml": ("recursive YAML alias", 3, 7, "error"),
    "multi_doc.yaml": ("did not find expected ',' or ']'", 6, 1, "error"),
    "list_with_scalar.yaml": ("list item is not an article mapping", 3, 3, "error"),
    "duplicate_key.yaml": ("duplicate key `body`", 3, 1, "warning"),
    "bad_date.yaml": ("`date` is not a date", 2, 7, "warning"),
    "big_number.yaml": ("number is too long", 3, 9, "error"),
    "binary_body.yaml": ("`body` must be text, got binary data", 2, 7, "error"),
    "dup_id_b.yaml": ("duplicate id 'same-story'", 1, None, "warning"),
    # generated
    "latin1.yaml": ("not valid UTF-8", 1, 11, "error"),
    "binary.yaml": ("binary file", None, None, "error"),
    "utf16_nobom.yaml": ("UTF-16 text without a byte order mark", None, None, "error"),
    # raw controls are read as their escapes: removed with a warning (tryout16)
    "raw_control.yaml": ("control characters removed from `body` (U+001B)", 2, 14, "warning"),
    "late_nul.yaml": ("control characters removed from `body` (U+0000)", 201, 7, "warning"),
    "deep_lists.yaml": ("nesting depth", 3, None, "error"),
    "deep_maps.yaml": ("nesting depth", 3, None, "error"),
    "deep_block.yaml": ("nesting depth", 4, None, "error"),
    "line_separator.yaml": ("mapping values are not allowed", 4, 8, "error"),
    "crlf.yaml": ("mapping values are not allowed", 3, 11, "error"),
    "dangling.yaml": ("broken symlink: no-such-file.yaml does not exist", None, None, "error"),
    # loop/self -> . and loop/parent -> .. lead back to folders that hold them
    "self": ("not followed (it would loop)", None, None, "warning"),
    "parent": ("not followed (it would loop)", None, None, "warning"),
}

# Files that load without any problem, and the titles they give.
CLEAN = {
    "good.yaml": ["A good article among hostile ones"],
    "markup.yaml": ["[bold]x[/] [@click=app.quit]quit[/] [link=http://e]link[/link]"],
    "dup_id_a.yaml": ["The same id, first file"],
    "utf16.yaml": ["UTF-16 with a BOM"],
    "utf8_bom.yaml": ["UTF-8 with a BOM"],
    "inside_loop.yaml": ["Inside a symlink loop"],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bad_file_gives_one_located_problem(hostile: LoadResult, name: str) -> None:
    fragment, line, column, severity = EXPECTED[name]
    [problem] = problems_for(hostile, name)
    assert fragment in problem.message
    assert problem.line == line
    if column is not None:
        assert problem.column == column
    assert problem.severity == severity
    assert str(problem).startswith(problem.location + ": ")


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_good_files_among_them_still_load(hostile: LoadResult, name: str) -> None:
    assert problems_for(hostile, name) == []
    titles = [a.title for a in hostile.articles if Path(a.path).name == name]
    assert titles == CLEAN[name]


def test_every_problem_is_expected_and_nothing_else_is_read(hostile: LoadResult) -> None:
    named = {Path(p.path).name for p in hostile.problems}
    assert named == set(EXPECTED) | {"python_tag.yaml", "escapes.yaml"}
    loaded = {Path(a.path).name for a in hostile.articles}
    assert not loaded & {"notes.txt", "data.json", ".hidden.yaml", "broken.yaml"}
    assert "hidden" not in " ".join(a.title for a in hostile.articles)


def test_rejected_files_are_the_errors(hostile: LoadResult) -> None:
    warned_only = {"tags_number.yaml", "duplicate_key.yaml", "bad_date.yaml", "dup_id_b.yaml",
                   "self", "parent", "raw_control.yaml", "late_nul.yaml"}
    rejected = {Path(p).name for p in hostile.rejected_files}
    assert rejected == set(EXPECTED) - warned_only | {"python_tag.yaml"}


def test_warned_articles_still_load(hostile: LoadResult) -> None:
    assert article(hostile, "Tags are a number").tags == ()
    assert article(hostile, "An impossible date").published is None
    assert article(hostile, "The body is given twice").body.startswith("The second body")


def test_multi_document_file_keeps_the_good_documents(hostile: LoadResult) -> None:
    first = article(hostile, "First of three")
    third = article(hostile, "Third of three")
    assert (first.line, third.line) == (1, 7)
    assert first.id.endswith("multi_doc#1") and third.id.endswith("multi_doc#2")


def test_list_with_a_scalar_item_keeps_the_mappings(hostile: LoadResult) -> None:
    assert article(hostile, "First list item").line == 1
    assert article(hostile, "Third list item").line == 4


def test_duplicate_ids_across_files_are_both_kept(hostile: LoadResult) -> None:
    ids = sorted(a.id for a in hostile.articles if a.id.startswith("same-story"))
    assert ids == ["same-story", "same-story~2"]


def test_python_tags_are_refused_and_never_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = load_file(FIXTURES / "hostile" / "python_tag.yaml")
    assert result.articles == []
    assert [(p.line, p.column) for p in result.problems] == [(2, 8), (6, 7), (9, 7)]
    assert all("is not allowed" in p.message for p in result.problems)
    assert "!!python/object/apply:os.system" in result.problems[0].message
    assert not (tmp_path / "hzreader-pwned.txt").exists()


def test_escapes_are_removed_at_load_time(hostile: LoadResult) -> None:
    loaded = article(hostile, "red title gnp.exe!")
    assert loaded.source == "wire"
    assert loaded.tags == ("bold", "ok")
    assert loaded.body == "link text\nnext end"
    # the article loads, with a warning for each field that had controls, at its first
    # escape (tryout15: `--check` said nothing)
    assert [(p.line, p.column, p.severity, p.message) for p in
            problems_for(hostile, "escapes.yaml")] == [
        # every character removed is named, the invisible ones too (tryout19 §19)
        (2, 9, "warning", "control and invisible characters removed from `title` (U+001B, "
                          "U+0007, U+202E, U+200B, U+0000)"),
        (3, 10, "warning", "control characters removed from `source` (U+009B, U+001B, U+0007)"),
        (4, 9, "warning", "control characters removed from `tags` (U+001B)"),
        (5, 8, "warning", "control characters removed from `body` (U+001B, U+0007, U+0000)"),
    ]


def test_markup_is_kept_as_plain_text(hostile: LoadResult) -> None:
    loaded = article(hostile, CLEAN["markup.yaml"][0])
    assert loaded.author == "[red]Mallory[/red]"
    assert "[@click=app.quit]click me[/]" in loaded.body


def test_alias_bombs_are_refused_small() -> None:
    # An expanded bomb takes gigabytes (and minutes): the memory peak shows it was refused
    # before expanding, without a time limit that a loaded machine could miss.
    tracemalloc.start()
    for name in ("alias_bomb.yaml", "merge_bomb.yaml"):
        result = load_file(FIXTURES / "hostile" / name)
        assert result.articles == [] and len(result.problems) == 1
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 5_000_000


def test_a_30_mb_article_is_refused_with_its_size(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    huge = make_hostile.write_huge(tmp_path_factory.mktemp("huge") / "huge.yaml")
    tracemalloc.start()
    result = load_paths([huge.parent])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    [problem] = result.problems
    assert problem.message == ("document is too large to read (30.0 MiB; the limit is 8 MiB "
                               "a document; a file may be any size: split it into "
                               "documents, each after a line `---`)")
    assert problem.line == 1
    assert result.articles == [] and result.files_read == 1
    assert peak < 20 * 1024 * 1024  # never held whole: the cap plus a block or two


def test_symlink_loops_end_and_each_file_loads_once(hostile_dir: Path) -> None:
    # loop/self points at loop/ and loop/parent at the whole hostile folder: opening loop/
    # must not read the folder above it.
    result = load_paths([hostile_dir / "loop"])
    assert [a.title for a in result.articles] == ["Inside a symlink loop"]
    assert sorted((Path(p.path).name, p.severity) for p in result.problems) == [
        ("parent", "warning"), ("self", "warning")]
    whole = load_paths([hostile_dir])
    titles = [a.title for a in whole.articles]
    assert len(titles) == len(set(titles)) and "Inside a symlink loop" in titles


def test_a_fifo_is_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    result = load_paths([tmp_path])
    assert [p.message for p in result.problems] == ["not a regular file"]


def test_unreadable_file_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.yaml"
    locked.write_text("title: t\nbody: b\n")
    real_open = open

    def refuse(file: str, *args: object, **kwargs: object) -> object:
        if os.path.basename(file) == "locked.yaml":
            raise PermissionError(13, "Permission denied", file)
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("hzreader.files._loader.open", refuse, raising=False)
    [problem] = load_paths([tmp_path]).problems
    assert problem.message == "cannot read file: Permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_chmod_000_file_is_a_problem(tmp_path: Path) -> None:
    locked = tmp_path / "locked.yaml"
    locked.write_text("title: t\nbody: b\n")
    locked.chmod(0)
    try:
        [problem] = load_paths([tmp_path]).problems
    finally:
        locked.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert "Permission denied" in problem.message


def _snapshot(folder: Path) -> list[tuple[str, int]]:
    """Every name below `folder` (links not followed) with its modification time."""
    return sorted(
        (os.path.join(top, name), os.lstat(os.path.join(top, name)).st_mtime_ns)
        for top, dirs, files in os.walk(folder)
        for name in dirs + files
    )


def test_loading_writes_nothing(hostile_dir: Path) -> None:
    before = _snapshot(hostile_dir)
    load_paths([hostile_dir])
    assert _snapshot(hostile_dir) == before
