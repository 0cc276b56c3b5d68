""""Mark all read" kept as one batch: small on disk, quick to load, undoable, merged."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from hzreader.state import ReadingState


def pairs(count: int, start: int = 0) -> list[tuple[str, str]]:
    """(content key, id) of articles, the keys made as hzreader makes them (a hash)."""
    return [(hashlib.blake2b(str(n).encode(), digest_size=12).hexdigest(), f"id-{n}")
            for n in range(start, start + count)]


def test_a_batch_marks_read_and_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    state, _ = ReadingState.load(path)
    state.mark_all_read(pairs(1000))
    assert all(state.mark(key, id_).read for key, id_ in pairs(1000))
    assert not state.mark(*pairs(1, 1000)[0]).read
    state.save()
    again, warning = ReadingState.load(path)
    assert warning is None
    assert all(again.mark(key, id_).read for key, id_ in pairs(1000))
    assert not again.mark(*pairs(1, 1000)[0]).read
    assert again.mark("f" * 24, "id-5").read  # content changed: known by its id
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 2 and data["marks"] == {}


def test_100000_articles_take_little_room(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    state, _ = ReadingState.load(path)
    state.mark_all_read(pairs(100_000))
    state.save()
    assert path.stat().st_size < 3_500_000  # a mark each took 10 MB


def test_an_own_mark_wins_and_undo_restores_it(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    state, _ = ReadingState.load(path)
    starred_key, starred_id = pairs(1)[0]
    state.set_mark(starred_key, starred_id, starred=True)
    batch = state.mark_all_read(pairs(10))
    assert state.mark(starred_key, starred_id).read  # set read, still starred
    assert state.mark(starred_key, starred_id).starred
    key, id_ = pairs(1, 3)[0]
    state.set_mark(key, id_, read=False)  # `m` after "mark all read": unread it stays
    state.save()
    state, _ = ReadingState.load(path)
    assert not state.mark(key, id_).read
    assert state.mark(*pairs(1, 4)[0]).read
    state.drop_read_batch(batch)  # a new session cannot undo; this one can
    state.save()
    state, _ = ReadingState.load(path)
    assert not state.mark(*pairs(1, 4)[0]).read
    assert state.mark(starred_key, starred_id).read  # undone in another session: kept


def test_undo_in_the_same_session(tmp_path: Path) -> None:
    state, _ = ReadingState.load(tmp_path / "state.json")
    state.set_mark(*pairs(1)[0], starred=True)
    batch = state.mark_all_read(pairs(5))
    state.drop_read_batch(batch)
    assert not any(state.mark(key, id_).read for key, id_ in pairs(5))
    assert state.mark(*pairs(1)[0]).starred
    state.save()
    state, _ = ReadingState.load(tmp_path / "state.json")
    assert not any(state.mark(key, id_).read for key, id_ in pairs(5))


def test_two_processes_keep_each_others_batches_and_an_undo_stays_undone(
        tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    first, _ = ReadingState.load(path)
    second, _ = ReadingState.load(path)
    kept = first.mark_all_read(pairs(3))
    first.save()
    undone = second.mark_all_read(pairs(3, 10))
    second.save()
    second.drop_read_batch(undone)
    second.save()
    first.set_mark("a" * 24, "other", starred=True)
    first.save()  # merges: must not bring the undone batch back
    final, _ = ReadingState.load(path)
    assert set(final.read_batches) == {kept}
    assert final.mark(*pairs(1)[0]).read and not final.mark(*pairs(1, 10)[0]).read


def test_a_damaged_batch_is_skipped_and_the_rest_loads(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    state, _ = ReadingState.load(path)
    state.mark_all_read(pairs(3))
    state.set_mark("b" * 24, "b", starred=True)
    state.save()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["read_batches"]["broken"] = {"at": "x", "keys": "not base64!", "ids": 3}
    data["read_batches"]["short"] = {"keys": "AAAA", "ids": []}
    path.write_text(json.dumps(data), encoding="utf-8")
    again, warning = ReadingState.load(path)
    assert warning is None
    assert again.mark(*pairs(1)[0]).read and again.mark("b" * 24, "b").starred
    assert len(again.read_batches) == 1


@settings(max_examples=60, deadline=None)
@given(st.sets(st.integers(0, 2**96 - 1), max_size=50), st.integers(0, 2**96 - 1))
def test_batch_membership_is_exact_for_keys(numbers: set[int], other: int) -> None:
    state = ReadingState(Path("unused"))
    state.mark_all_read([(f"{n:024x}", f"id{n}") for n in numbers])
    assert state.mark(f"{other:024x}", "never").read == (
        any(n >> 32 == other >> 32 for n in numbers))  # 16 hex digits: the first 64 bits
