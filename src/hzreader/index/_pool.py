"""Worker processes for a sync: a spawned process pool and a bounded way to feed it."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

#: Workers run this much nicer than the app: the process that writes the index (and draws
#: the screen) is the bottleneck of a sync, so it gets a core whenever it can use one.
WORKER_NICENESS = 10


def spawn_pool(workers: int, setup: Callable[..., None] | None = None,
               args: tuple[Any, ...] = ()) -> ProcessPoolExecutor:
    """`workers` processes, spawned (not forked: safe beside the app's threads), each calling
    `setup(*args)` first."""
    start_resource_tracker()
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start, initargs=(setup, args))


def _start(setup: Callable[..., None] | None, args: tuple[Any, ...]) -> None:
    """A worker's first call: lower its priority, then the caller's own setup."""
    lower_priority()
    if setup is not None:
        setup(*args)


def lower_priority() -> None:
    """Make this (worker) process yield the CPU to the app's own process."""
    if hasattr(os, "nice"):
        try:
            os.nice(WORKER_NICENESS)
        except OSError:  # not allowed here: run at normal priority
            pass


def pooled(pool: ProcessPoolExecutor, fn: Callable[[Any], Any], tasks: Iterable[Any],
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
            pending.add(pool.submit(fn, task))
        if not pending:
            return
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            yield future.result()


def start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real stderr.

    Inside a Textual app `sys.stderr` is a capture object whose `fileno()` is -1, and the
    tracker passes that descriptor to its child process, which fails ("bad value(s) in
    fds_to_keep"). Give it /dev/null for the moment it starts.
    """
    from multiprocessing import resource_tracker

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable:
        resource_tracker.ensure_running()
        return
    saved = sys.stderr
    with open(os.devnull, "w", encoding="utf-8") as devnull:
        sys.stderr = devnull
        try:
            resource_tracker.ensure_running()
        finally:
            sys.stderr = saved
