"""query17 end to end: `money>100 €` lists the euro story with no "ignored" note;
`quantity>=1000 g` lists the recipe in kilograms; `count>100 家` lists the counts written
with 家 and tells how to name one noun."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.ui import make_app
from test_app_flow import status_text

from test_app import ready, type_query


@pytest.mark.parametrize(("query", "titles", "told", "untold"), [
    ("money>100 €", ["Phone"], "", "ignored"),
    ("quantity>=1000 g", ["Cake"], "", "own unit"),
    # store17: the count written with 家 is found (its noun is 网点), and the note says so
    ("count>100 家", ["银行"], "'家' is a measure word: counts of any noun", "ignored"),
])
async def test_units_and_signs_in_a_filter_end_to_end(
        tmp_path: Path, query: str, titles: list[str], told: str, untold: str) -> None:
    (tmp_path / "a.yaml").write_text(
        'title: "Phone"\nbody: "It costs €899 in Europe and £779 in Britain."\n---\n'
        'title: "Cake"\nbody: "Add 1.5kg of flour."\n---\n'
        'title: "银行"\nbody: "该行营业网点262家。"\n', encoding="utf-8")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        await type_query(pilot, query)
        assert [item.title for item in app.headlines.items] == titles
        status = status_text(app)
        assert told in status and untold not in status, status
