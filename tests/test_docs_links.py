"""Every relative link of the README and docs/ leads to a file, and to a heading there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
CODE = re.compile(r"`[^`\n]*`")


def pages() -> list[Path]:
    """The README and every Markdown page of docs/ (absent from an sdist: skipped)."""
    if not (ROOT / "docs").is_dir():
        pytest.skip("no docs/ folder here (an sdist)")
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def slug(heading: str) -> str:
    """A heading's anchor as GitHub makes it: lowercase, punctuation dropped, spaces → -."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(page: Path) -> set[str]:
    """Every heading anchor of `page` (a repeated heading gets -1, -2 …)."""
    seen: dict[str, int] = {}
    found = set()
    for line in FENCE.sub("", page.read_text(encoding="utf-8")).splitlines():
        heading = re.match(r"#{1,6} (.+)", line)
        if heading:
            base = slug(heading.group(1))
            count = seen.get(base, 0)
            seen[base] = count + 1
            found.add(base if count == 0 else f"{base}-{count}")
    return found


def links(page: Path) -> list[str]:
    """The link targets of `page`, outside code."""
    text = CODE.sub("", FENCE.sub("", page.read_text(encoding="utf-8")))
    return [target for target in LINK.findall(text) if not re.match(r"[a-z]+:", target)]


def broken(page: Path) -> list[str]:
    """The links of `page` that lead to no file, or to no heading of it."""
    bad = []
    for target in links(page):
        path, _, anchor = target.partition("#")
        dest = (page.parent / path).resolve() if path else page
        if not dest.exists():
            bad.append(f"{target}: no such file")
        elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
            bad.append(f"{target}: no such heading")
    return bad


def test_the_slugs_are_githubs() -> None:
    assert slug("The figures table (`t`)") == "the-figures-table-t"
    assert slug("What it remembers, and where") == "what-it-remembers-and-where"
    assert slug("Inside: archives (issue 16)") == "inside-archives-issue-16"


def test_a_broken_link_is_found(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    page.write_text("# Top\n\n[ok](#top) [gone](b.md) [no heading](#bottom) `[code](x.md)`\n")
    assert broken(page) == ["b.md: no such file", "#bottom: no such heading"]


@pytest.mark.parametrize("name", ["README.md", "docs"])
def test_every_relative_link_resolves(name: str) -> None:
    chosen = [page for page in pages() if page.is_relative_to(ROOT / name)]
    assert chosen
    bad = {page.name: broken(page) for page in chosen}
    assert {name: found for name, found in bad.items() if found} == {}
