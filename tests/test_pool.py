"""The sync's worker pool: bounded feeding, work found in results first, memory given back."""

from __future__ import annotations

import sys
from collections import deque
from typing import Any

import pytest

from hzreader.index._memory import _malloc_trim, trim_memory
from hzreader.index._pool import pooled, spawn_pool


def test_pooled_runs_every_task_and_the_ones_found_meanwhile() -> None:
    pool = spawn_pool(1)
    more: deque[Any] = deque()
    try:
        seen = []
        for result in pooled(pool, abs, [-1, -2, -3], 1, more):
            seen.append(result)
            if result == 1:
                more.append(-10)  # found in a result: goes before the rest
        assert seen == [1, 10, 2, 3]
    finally:
        pool.shutdown()


def test_giving_memory_back_is_skipped_without_glibc(monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes

    calls: list[int] = []

    class Glibc:
        def malloc_trim(self, pad: int) -> int:
            calls.append(pad)
            return 1

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(ctypes, "CDLL", lambda name: Glibc())
    _malloc_trim.cache_clear()  # looked up once a process: each case here is a new process
    trim_memory()
    trim_memory()
    assert calls == [0, 0]
    monkeypatch.setattr(ctypes, "CDLL", lambda name: object())  # a libc without it (musl)
    _malloc_trim.cache_clear()
    trim_memory()
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(ctypes, "CDLL", lambda name: Glibc())
    _malloc_trim.cache_clear()
    trim_memory()
    assert calls == [0, 0]  # not looked for elsewhere than on Linux
    _malloc_trim.cache_clear()
