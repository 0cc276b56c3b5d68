"""The feed warnings already told (`feeds._subs.ToldWarnings`): a cache, so a damaged one
is read as far as it can be, never an error."""

from __future__ import annotations

import json
from pathlib import Path

from hzreader.feeds._subs import ToldWarnings, _warning_key


def test_a_damaged_entry_is_read_as_far_as_it_can_be(tmp_path: Path) -> None:
    """review17: a list holding a list raised "unhashable type" on every update."""
    into = tmp_path / "news"
    path = tmp_path / "feeds-warnings.json"
    key = ToldWarnings.key("https://example.com/feed", into)
    told = "item 3: 'Blank': no text; not imported"
    path.write_text(json.dumps({key: [["x"], 7, _warning_key(told)]}), encoding="utf-8")
    cache = ToldWarnings(path)
    assert cache.tell("https://example.com/feed", into, [told, "item 4: new"]) == {told}
    cache.save()
    assert sorted(json.loads(path.read_text(encoding="utf-8"))[key]) == sorted(
        {_warning_key(told), _warning_key("item 4: new")})
