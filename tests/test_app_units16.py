"""query16 end to end: a unit typed as a filter's name (`mo>3`, `m>100`) lists nothing and
the status line names the filter meant (`m`: metres, minutes or millions)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.ui import make_app
from test_app_flow import status_text

from test_app import ready, type_query


@pytest.mark.parametrize(("query", "offered"), [
    ("mo>3", ["duration>3 months"]),
    ("m>100", ["quantity>100 m", "duration>100 min", "money>100m"]),
])
async def test_a_unit_as_a_filters_name_shows_the_filter_meant(
        tmp_path: Path, query: str, offered: list[str]) -> None:
    (tmp_path / "a.yaml").write_text(
        'title: "Works"\nbody: "The works took 4 months and cost $150m."\n', encoding="utf-8")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=(160, 30)) as pilot:
        await ready(pilot)
        await type_query(pilot, query)
        assert [item.title for item in app.headlines.items] == []  # the words: nothing
        status = status_text(app)
        assert f"'{query.partition('>')[0]}' is not a filter" in status
        assert all(meant in status for meant in offered), status
