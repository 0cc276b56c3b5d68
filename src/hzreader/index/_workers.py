"""A pool of worker processes that talk to this one over pipes: an `Executor` for the sync.

Each worker is a fresh Python (`sys.executable`) reading pickled calls on its stdin and
writing pickled results on its stdout, one at a time; in this process, one thread per
worker hands it the next call and waits for the answer. Nothing else is started:
`multiprocessing`'s pool (spawned, as a sync beside the app's threads needs) also starts
its resource tracker, a Python process of its own (≈ 12 MB) for its named semaphores,
which this pool does not use. A worker that dies breaks the pool: every call not
answered fails with `WorkerDied`, as `BrokenProcessPool` did.
"""

from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import IO, Any

#: How a worker starts: the path to import from comes first on its stdin.
_BOOT = ("import pickle, sys; sys.path[:] = pickle.load(sys.stdin.buffer); "
         "from hzreader.index._workers import serve; serve()")
#: Seconds a worker gets to end once told to, before it is killed.
_END_SECONDS = 10.0


class WorkerDied(RuntimeError):
    """A worker process ended without answering (killed, out of memory, crashed)."""


class RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker (its `__cause__` here)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class WorkerPool(Executor):
    """`workers` processes, each calling `initializer(*initargs)` first."""

    def __init__(self, workers: int, initializer: Callable[..., None] | None = None,
                 initargs: tuple[Any, ...] = ()) -> None:
        self._calls: queue.SimpleQueue[tuple[Future[Any], Callable[..., Any], tuple[Any, ...],
                                             dict[str, Any]] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._broken: str | None = None
        self._shut = False
        self._workers = [_Worker(initializer, initargs) for _ in range(max(1, workers))]
        self._threads = [threading.Thread(target=self._serve, args=(worker,), daemon=True,
                                          name="hzreader-worker-feed")
                         for worker in self._workers]
        for thread in self._threads:
            thread.start()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        """Queue `fn(*args, **kwargs)` for the next free worker."""
        with self._lock:
            if self._broken is not None:
                raise WorkerDied(self._broken)
            if self._shut:
                raise RuntimeError("cannot schedule new calls after shutdown")
            future: Future[Any] = Future()
            self._calls.put((future, fn, args, kwargs))
            return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """No more calls; the queued ones are run (or, `cancel_futures`, cancelled), then
        the workers end (`wait`: this returns once they have)."""
        with self._lock:
            self._shut = True
        if cancel_futures:
            self._cancel_queued()
        for _ in self._threads:
            self._calls.put(None)
        if wait:
            for thread in self._threads:
                thread.join()

    def _cancel_queued(self) -> None:
        """Cancel every call still queued (the ends of the feeding threads stay queued)."""
        ends = 0
        while True:
            try:
                item = self._calls.get_nowait()
            except queue.Empty:
                break
            if item is None:
                ends += 1
            else:
                item[0].cancel()
        for _ in range(ends):
            self._calls.put(None)

    def _serve(self, worker: _Worker) -> None:
        """Feed one worker call after call until told to end; then end it."""
        try:
            while (item := self._calls.get()) is not None:
                future, fn, args, kwargs = item
                if not future.set_running_or_notify_cancel():
                    continue
                if self._broken is not None:
                    future.set_exception(WorkerDied(self._broken))
                    continue
                try:
                    ok, value = worker.call(fn, args, kwargs)
                except WorkerDied as died:
                    with self._lock:
                        self._broken = str(died)
                    future.set_exception(died)
                    self._cancel_queued()
                    continue
                except BaseException as error:  # the call could not be sent (unpicklable)
                    future.set_exception(error)
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
                # A result is a few MB: hold none while waiting for the next call.
                del item, future, value
        finally:
            worker.end()


class _Worker:
    """One worker process and its two pipes."""

    def __init__(self, initializer: Callable[..., None] | None,
                 initargs: tuple[Any, ...]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _BOOT], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, close_fds=True)
        assert self.process.stdin is not None and self.process.stdout is not None
        self.send: IO[bytes] = self.process.stdin
        self.receive: IO[bytes] = self.process.stdout
        self.failed: str | None = None
        try:
            pickle.dump(list(sys.path), self.send)
            self.send.flush()
        except OSError as error:
            self.failed = f"a worker process could not start: {error}"
        if initializer is not None and self.failed is None:
            try:
                ok, value = self.call(initializer, initargs, {})
            except WorkerDied as died:
                self.failed = str(died)
            else:
                if not ok:
                    self.failed = f"a worker process could not start: {value!r}"

    def call(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
             ) -> tuple[bool, Any]:
        """Run `fn(*args, **kwargs)` in the worker: (True, its result) or (False, the
        exception it raised)."""
        if self.failed is not None:
            raise WorkerDied(self.failed)
        message = pickle.dumps((fn, args, kwargs), pickle.HIGHEST_PROTOCOL)
        try:
            self.send.write(len(message).to_bytes(8, "little"))
            self.send.write(message)
            self.send.flush()
            # Read as it comes: a result (a few MB) is never also held as one block of bytes.
            ok, value, remote = pickle.load(self.receive)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError) as error:
            code = self.process.poll()
            self.failed = ("a worker process ended unexpectedly"
                           + (f" (exit status {code})" if code is not None else "")
                           + f": {error or type(error).__name__}")
            raise WorkerDied(self.failed) from None
        if not ok and remote:
            value.__cause__ = RemoteTraceback(remote)
        return ok, value

    def end(self) -> None:
        """Close its stdin (it ends on reading the end), wait a moment, kill it if need be."""
        for pipe in (self.send, self.receive):
            try:
                pipe.close()
            except OSError:
                pass
        try:
            self.process.wait(_END_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def serve() -> None:
    """A worker's loop: read a call, answer it, until stdin ends."""
    receive = sys.stdin.buffer
    send = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    # Nothing a library prints may get into the answers: fd 1 now goes nowhere.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    while True:
        size = receive.read(8)
        if len(size) < 8:
            return
        fn, args, kwargs = pickle.loads(receive.read(int.from_bytes(size, "little")))
        try:
            result = fn(*args, **kwargs)
        except Exception as error:  # handed to the caller, as a pool does
            remote = traceback.format_exc()
            try:
                data = pickle.dumps((False, error, remote), pickle.HIGHEST_PROTOCOL)
            except Exception as unsent:  # an exception that cannot travel
                data = pickle.dumps((False, RuntimeError(
                    f"{error!r} (it could not be sent: {unsent!r})"), remote),
                    pickle.HIGHEST_PROTOCOL)
            send.write(data)
        else:
            try:  # written as it is pickled: a result is never also held as bytes
                pickle.dump((True, result, ""), send, pickle.HIGHEST_PROTOCOL)
            except Exception:  # half an answer was written: the caller sees the worker end
                os._exit(1)
        send.flush()
        fn = args = kwargs = result = None  # a result is a few MB: none kept during the next
