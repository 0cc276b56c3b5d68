"""search14 end to end: one search of each kind typed in the app, the list it gives and what
the reading pane marks: a word's forms (a name is not a plural, an -ing word is itself), a
figure filter (metres, a counted noun of several words) and a symbol word."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_app import search_and_open

ARTICLES = {
    "a": ("Serena Williams wins", "Serena Williams won; Prince William watched."),
    "b": ("Prince William visits", "William met the banks' chiefs."),
    "c": ("Banking rules", "New banking rules for the bank."),
    "d": ("Election result", "Labour won 41 parliamentary seats; turnout 67%."),
    "e": ("Sprint final", "She ran 100 m; the prize was $100m."),
    "f": ("Compilers", "C++/CLI and C++ compilers; the C language."),
}


@pytest.mark.parametrize(("query", "titles", "marked"), [
    ("williams", ["Serena Williams wins"], ["Williams", "Williams"]),
    ("banking", ["Banking rules"], ["Banking", "banking"]),
    ("count>40 parliamentary seats", ["Election result"], ["41 parliamentary seats"]),
    ("quantity>50 m", ["Sprint final"], ["100 m"]),
    ("c++", ["Compilers"], ["C++", "C++"]),
])
async def test_one_search_of_each_kind(tmp_path: Path, query: str, titles: list[str],
                                       marked: list[str]) -> None:
    for name, (title, body) in ARTICLES.items():
        (tmp_path / f"{name}.yaml").write_text(f'title: "{title}"\nbody: "{body}"\n',
                                               encoding="utf-8")
    listed, matches, corner = await search_and_open(tmp_path, query)
    assert (listed, matches) == (titles, marked)
    assert corner == f"match 1/{len(marked)}"
