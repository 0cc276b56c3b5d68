"""Walking the opened folders: symlinks that lead above are loops, and rescans of a few paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hzreader.files import discover_names, load_paths, rediscover
from hzreader.files._walk import place
from hzreader.index import ArticleStore

ARTICLE = "title: {title}\nbody: b\n"


def write(path: Path, title: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE.format(title=title), encoding="utf-8")
    return path


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """tmp/top/{outside.yaml, news/{a.yaml, sub/b.yaml}, extra/e.yaml}; news is opened."""
    top = tmp_path / "top"
    write(top / "outside.yaml", "Outside the opened folder")
    write(top / "news" / "a.yaml", "A")
    write(top / "news" / "sub" / "b.yaml", "B")
    write(top / "extra" / "e.yaml", "E")
    return top / "news"


def titles(paths: list[Path]) -> list[str]:
    return sorted(a.title for a in load_paths(paths).articles)


def warnings(paths: list[Path]) -> list[str]:
    return sorted(os.path.basename(p.path) for p in load_paths(paths).problems
                  if p.severity == "warning" and "would loop" in p.message)


@pytest.mark.parametrize("target", ["..", "../..", "ABOVE", "TMP", "/"])
def test_a_link_to_a_folder_above_the_opened_one_is_skipped(tree: Path, target: str) -> None:
    real = {"ABOVE": str(tree.parent), "TMP": str(tree.parent.parent)}.get(target, target)
    (tree / "sub" / "up").symlink_to(real, target_is_directory=True)
    assert titles([tree]) == ["A", "B"]
    assert warnings([tree]) == ["up"]


def test_links_to_the_folder_itself_or_to_its_own_folder_are_loops(tree: Path) -> None:
    (tree / "self").symlink_to(".", target_is_directory=True)
    (tree / "sub" / "back").symlink_to("..", target_is_directory=True)
    (tree / "sub" / "here").symlink_to(".", target_is_directory=True)
    assert titles([tree]) == ["A", "B"]
    assert warnings([tree]) == ["back", "here", "self"]


def test_a_link_to_a_folder_beside_is_followed_and_read_once(tree: Path) -> None:
    (tree / "extra").symlink_to(tree.parent / "extra", target_is_directory=True)
    (tree / "again").symlink_to(tree / "sub", target_is_directory=True)  # a duplicate, no loop
    assert titles([tree]) == ["A", "B", "E"]
    assert warnings([tree]) == []


def test_a_followed_folder_cannot_lead_back_above(tree: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    write(elsewhere / "x.yaml", "X")
    (elsewhere / "home").symlink_to(tree.parent, target_is_directory=True)
    (tree / "linked").symlink_to(elsewhere, target_is_directory=True)
    assert titles([tree]) == ["A", "B", "X"]
    assert warnings([tree]) == ["home"]


def test_the_opened_path_may_itself_be_a_link(tree: Path, tmp_path: Path) -> None:
    alias = tmp_path / "alias"
    alias.symlink_to(tree, target_is_directory=True)
    (tree / "up").symlink_to("..", target_is_directory=True)
    (tree / "sub" / "tmp").symlink_to(tmp_path, target_is_directory=True)
    assert titles([alias]) == ["A", "B"]
    assert warnings([alias]) == ["tmp", "up"]


def test_the_index_skips_the_same_links(tree: Path, tmp_path: Path) -> None:
    (tree / "up").symlink_to("..", target_is_directory=True)
    with ArticleStore.open(tmp_path / "index.sqlite3") as store:
        report = store.sync([tree], workers=0)
        assert report.articles == 2
        [problem] = store.problems()
    assert problem.severity == "warning" and problem.path.endswith("up")


# --- rescanning below a few changed paths ------------------------------------------------------


def test_changed_paths_are_named_as_the_full_walk_names_them(tree: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    monkeypatch.chdir(tree.parent)
    opened = [Path("news")]
    full, _ = discover_names(opened)
    assert place(str(tree / "sub" / "b.yaml"), opened) == ("news/sub/b.yaml", "news")
    assert place(str(tree / ".hidden" / "b.yaml"), opened) is None
    assert place(str(tree.parent / "outside.yaml"), opened) is None
    assert place(str(tree), opened) is False  # the opened folder itself: rescan it all
    found = rediscover(opened, [str(tree / "a.yaml"), str(tree / "sub")])
    assert found.complete
    assert sorted(found.found) == sorted(full)
    assert found.scopes == ["news/a.yaml", "news/sub"]


def test_a_new_folder_is_walked_and_a_gone_one_only_removes(tree: Path) -> None:
    write(tree / "new" / "deep" / "c.yaml", "C")
    (tree / "new" / "loop").symlink_to("..", target_is_directory=True)
    found = rediscover([tree], [str(tree / "new"), str(tree / "gone")])
    assert found.found == [(str(tree / "new" / "deep" / "c.yaml"), str(tree))]
    assert found.scopes == [str(tree / "gone"), str(tree / "new")]
    assert [os.path.basename(p.path) for p in found.problems] == ["loop"]


def test_changes_seen_through_a_looping_link_are_taken_at_their_real_place(tree: Path) -> None:
    # File watchers follow links: with sub/up -> .., a change to a.yaml may be reported as
    # sub/up/a.yaml (or deeper). It is the file a.yaml; the link itself is only warned about.
    (tree / "sub" / "up").symlink_to("..", target_is_directory=True)
    found = rediscover([tree], [str(tree / "sub" / "up" / "sub" / "up" / "a.yaml")])
    assert found.found == [(str(tree / "a.yaml"), str(tree))] and found.problems == []
    found = rediscover([tree], [str(tree / "sub" / "up")])
    assert found.found == [] and [os.path.basename(p.path) for p in found.problems] == ["up"]


def test_a_looping_link_is_told_once_whichever_events_name_it(tree: Path) -> None:
    """A new folder holding a loop, its file and the link itself all reported: one warning
    (the folder's walk tells it; the link's own event adds nothing)."""
    write(tree / "newdir" / "a.yaml", "A2")
    (tree / "newdir" / "tmplink").symlink_to("/tmp", target_is_directory=True)
    found = rediscover([tree], [str(tree / "newdir"), str(tree / "newdir" / "a.yaml"),
                                str(tree / "newdir" / "tmplink")])
    assert [os.path.basename(p.path) for p in found.problems] == ["tmplink"]
    assert found.found == [(str(tree / "newdir" / "a.yaml"), str(tree))]


def test_a_looping_link_added_to_a_known_folder_is_told_and_its_place_rescanned(
        tree: Path) -> None:
    (tree / "sub" / "tmplink").symlink_to("/tmp", target_is_directory=True)
    found = rediscover([tree], [str(tree / "sub" / "tmplink")])
    assert [os.path.basename(p.path) for p in found.problems] == ["tmplink"]
    assert found.scopes == [str(tree / "sub" / "tmplink")]  # its former warning is replaced
    assert found.found == []  # never walked into /tmp


def test_a_looping_link_named_through_another_looping_link_is_told(tree: Path) -> None:
    """With newdir/tmplink -> /tmp opened, the watcher reports a new link en/tmplink3 by the
    way it first reached its folder: newdir/tmplink/<...>/en/tmplink3."""
    (tree / "up").symlink_to("..", target_is_directory=True)
    (tree / "sub" / "tmplink3").symlink_to("/tmp", target_is_directory=True)
    through = tree / "up" / tree.name / "sub" / "tmplink3"
    found = rediscover([tree], [str(through)])
    assert [p.path for p in found.problems] == [str(tree / "sub" / "tmplink3")]
    assert found.scopes == [str(tree / "sub" / "tmplink3")] and found.found == []


def test_in_scope_is_the_scope_itself_or_below_it() -> None:
    from hzreader.files import in_scope

    scopes = {"news/2019", f"{os.sep}abs{os.sep}feed.yaml"}
    assert in_scope("news/2019", scopes) and in_scope("news/2019/03/a.yaml", scopes)
    assert not in_scope("news/2019b/a.yaml", scopes) and not in_scope("news", scopes)
    assert in_scope(f"{os.sep}abs{os.sep}feed.yaml", scopes)
    assert not in_scope(f"{os.sep}abs{os.sep}feed.yml", scopes)
