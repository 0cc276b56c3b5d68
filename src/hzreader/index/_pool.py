"""Worker processes for a sync: a pool of fresh processes (`_workers`), a bounded way to feed
it, and what keeps their memory low."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from typing import Any

from hzreader.index._memory import fix_mmap_threshold, trim_memory
from hzreader.index._workers import WorkerPool

#: Workers run this much nicer than the app: the process that writes the index (and draws
#: the screen) is the bottleneck of a sync, so it gets a core whenever it can use one.
WORKER_NICENESS = 10
#: Tasks given to each worker at once: one at work, one waiting (each result waiting for
#: the writer is a few MB of memory).
IN_FLIGHT = 2


def spawn_pool(workers: int, setup: Callable[..., None] | None = None,
               args: tuple[Any, ...] = ()) -> WorkerPool:
    """`workers` fresh processes (not forked: safe beside the app's threads), each calling
    `setup(*args)` first."""
    fix_mmap_threshold()
    return WorkerPool(workers, initializer=_start, initargs=(setup, args))


def _start(setup: Callable[..., None] | None, args: tuple[Any, ...]) -> None:
    """A worker's first call: lower its priority, then the caller's own setup."""
    lower_priority()
    fix_mmap_threshold()
    if setup is not None:
        setup(*args)


def lower_priority() -> None:
    """Make this (worker) process yield the CPU to the app's own process."""
    if hasattr(os, "nice"):
        try:
            os.nice(WORKER_NICENESS)
        except OSError:  # not allowed here: run at normal priority
            pass


def pooled(pool: Executor, fn: Callable[[Any], Any], tasks: Iterable[Any],
            in_flight: int, more: deque[Any] | None = None) -> Iterator[Any]:
    """Run `fn` over `tasks` in `pool`, at most `in_flight` at once, yielding as they finish.

    Tasks the caller adds to `more` meanwhile (work found in a result) go first.
    """
    pending: set[Future[Any]] = set()
    tasks = iter(tasks)
    more = deque() if more is None else more
    while True:
        while len(pending) < in_flight and (
                task := more.popleft() if more else next(tasks, None)) is not None:
            pending.add(pool.submit(_trimmed, fn, task))
        if not pending:
            return
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            yield future.result()


def _trimmed(fn: Callable[[Any], Any], task: Any) -> Any:
    """`fn(task)` in a worker, after giving back what the previous task left free (a worker's
    memory then stays near one task's, instead of creeping up over a long sync)."""
    trim_memory()
    return fn(task)
