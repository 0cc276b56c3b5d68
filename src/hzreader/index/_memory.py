"""What keeps the memory of a sync low, with glibc's malloc (nothing elsewhere)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable

#: glibc's `mallopt` option for the size from which allocations are mmapped ...
_M_MMAP_THRESHOLD = -3
#: ... and that size: 128 KiB, glibc's own starting value.
_MMAP_THRESHOLD = 128 * 1024
#: glibc's `mallopt` option for the most arenas (heaps) malloc makes for threads ...
_M_ARENA_MAX = -8
#: ... and that most: a thread then shares a heap instead of leaving pages free in its own.
_ARENAS = 2


def fix_mmap_threshold() -> None:
    """Keep glibc's malloc from growing its heap with the big blocks a sync passes around.

    glibc mmaps a block over 128 KiB, but raises that threshold each time such a block is
    freed; after that, the pickled batches (≈ 1 MB each) come from the heap, which then
    stays as big as they ever were (fragmented): at 20,000 articles ≈ 14 MB more RSS in
    the writer and 4 MB in each worker. Fixing the threshold keeps them mmapped (and given
    back when freed). Elsewhere than on glibc this does nothing.
    """
    _mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)


def trim_memory() -> None:
    """Give the memory malloc holds free back to the system (glibc's `malloc_trim`: the
    free pages inside its heaps too, not only at their top); elsewhere nothing.

    After a big step (the first pass of a sync) the writer's heap keeps the pages of what
    it freed; the next step's peak (the headline snapshot, with both workers alive) then
    comes on top of them.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's `malloc_trim`, looked up once; None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


def limit_malloc_arenas() -> None:
    """Let the threads started from now on share malloc's heaps (at most `_ARENAS`).

    glibc gives a thread that allocates under contention a heap of its own (up to eight a
    core); a sync thread's heap keeps the pages it freed, beside the UI's. Sharing two
    took ≈ 5 MB off a cold start's peak at 100,000 articles. Call it before starting the
    threads.
    """
    _mallopt(_M_ARENA_MAX, _ARENAS)


def _mallopt(option: int, value: int) -> None:
    """glibc's `mallopt(option, value)`; nothing elsewhere."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None).mallopt(option, value)
    except (OSError, AttributeError):  # not glibc
        pass
