"""The sync's pool of worker processes over pipes (`index._workers`)."""

from __future__ import annotations

import os
import signal
from concurrent.futures import CancelledError, wait

import pytest

from hzreader.index._pool import spawn_pool
from hzreader.index._workers import RemoteTraceback, WorkerDied, WorkerPool


def _fail(message: str) -> None:
    raise ValueError(message)


def _chatty(value: int) -> int:
    print("this goes nowhere", flush=True)
    os.write(1, b"nor does this\n")
    return value * 2


def _pid() -> int:
    return os.getpid()


def _sleep_then(value: int) -> int:
    import time

    time.sleep(0.2)
    return value


def _never_ready() -> None:
    raise OSError("no setup here")


def test_calls_come_back_in_any_order_with_their_results() -> None:
    pool = WorkerPool(2)
    try:
        futures = [pool.submit(abs, -n) for n in range(20)]
        assert [f.result(timeout=60) for f in futures] == list(range(20))
        assert pool.submit(divmod, 7, b=2).exception(timeout=60) is not None  # no keywords
        assert pool.submit(int, "7", base=8).result(timeout=60) == 7
    finally:
        pool.shutdown()


def test_an_exception_in_a_worker_reaches_the_caller_with_its_traceback() -> None:
    pool = WorkerPool(1)
    try:
        error = pool.submit(_fail, "bad article").exception(timeout=60)
        assert isinstance(error, ValueError) and str(error) == "bad article"
        assert isinstance(error.__cause__, RemoteTraceback)
        assert "_fail" in str(error.__cause__)
        assert pool.submit(abs, -3).result(timeout=60) == 3  # the worker goes on
    finally:
        pool.shutdown()


def test_what_a_worker_prints_does_not_get_into_the_answers() -> None:
    pool = WorkerPool(1)
    try:
        assert pool.submit(_chatty, 21).result(timeout=60) == 42
        assert pool.submit(_chatty, 2).result(timeout=60) == 4
    finally:
        pool.shutdown()


def test_a_worker_that_dies_breaks_the_pool_with_a_clear_error() -> None:
    pool = WorkerPool(1)
    try:
        pid = pool.submit(_pid).result(timeout=60)
        os.kill(pid, signal.SIGKILL)
        with pytest.raises(WorkerDied, match="ended unexpectedly"):
            pool.submit(abs, -1).result(timeout=60)
        with pytest.raises(WorkerDied):
            pool.submit(abs, -2)
    finally:
        pool.shutdown()


def test_a_worker_that_cannot_set_up_fails_every_call() -> None:
    pool = WorkerPool(1, initializer=_never_ready)
    try:
        with pytest.raises(WorkerDied, match="could not start"):
            pool.submit(abs, -1).result(timeout=60)
    finally:
        pool.shutdown()


def test_shutting_down_cancels_what_is_queued_and_ends_the_workers() -> None:
    pool = WorkerPool(1)
    first = pool.submit(_sleep_then, 1)
    rest = [pool.submit(_sleep_then, n) for n in range(2, 6)]
    pid = pool.submit(_pid)
    pool.shutdown(cancel_futures=True)
    assert first.cancelled() or first.result(timeout=60) == 1
    wait(rest, timeout=60)
    assert all(f.cancelled() for f in rest[1:])
    with pytest.raises(CancelledError):
        pid.result(timeout=60)
    with pytest.raises(RuntimeError, match="after shutdown"):
        pool.submit(abs, -1)
    for worker in pool._workers:
        assert worker.process.poll() is not None  # ended, nothing left behind


def _children() -> list[str]:
    """The command lines of this process's children (Linux)."""
    pids = []
    for task in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{task}/children") as listed:
            pids += listed.read().split()
    lines = []
    for pid in pids:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            lines.append(cmdline.read().replace(b"\0", b" ").decode())
    return lines


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="needs Linux's /proc")
def test_the_sync_pool_starts_its_workers_and_nothing_else() -> None:
    """multiprocessing's pool also started a resource tracker: a process of ≈ 12 MB."""
    before = _children()
    pool = spawn_pool(2)
    try:
        assert sorted(pool.submit(abs, n).result(timeout=60) for n in (-1, -2)) == [1, 2]
        started = [line for line in _children() if line not in before]
        assert len(started) == 2
        assert all("hzreader.index._workers" in line for line in started)
    finally:
        pool.shutdown()
    assert [line for line in _children() if line not in before] == []


def _unsendable() -> object:
    import threading

    return threading.Lock()


def test_an_answer_that_cannot_travel_ends_the_worker_with_a_clear_error() -> None:
    pool = WorkerPool(1)
    try:
        with pytest.raises(WorkerDied, match="ended unexpectedly"):
            pool.submit(_unsendable).result(timeout=60)
    finally:
        pool.shutdown()
