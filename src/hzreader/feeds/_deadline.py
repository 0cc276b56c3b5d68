"""A request's total deadline: when it passes, the sockets the request opened are shut down.

A server that sends its headers or body a byte at a time never lets a read's own timeout
run out; shutting the socket down wakes the read, and `Deadline.check` says why.
"""

from __future__ import annotations

import http.client
import socket
import threading
import urllib.request

from hzreader.feeds._model import SourceError


class Deadline:
    """The end of one request's time: when it passes, every socket the request opened is
    shut down, which wakes a read blocked on a server that trickles its headers or body a
    byte at a time (each read's own timeout never runs out on such a server)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> Deadline:
        _current.deadline = self
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        _current.deadline = None

    def watch(self, sock: socket.socket) -> None:
        """Shut `sock` down when the deadline passes (at once if it has)."""
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def check(self) -> None:
        """Raise `SourceError` once the deadline has passed."""
        if self.expired:
            raise SourceError(f"download took longer than {self.seconds:g} s")

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:  # already closed
        pass


_current = threading.local()


def _watch_connection(connection: http.client.HTTPConnection) -> None:
    deadline: Deadline | None = getattr(_current, "deadline", None)
    if deadline is not None and connection.sock is not None:
        deadline.watch(connection.sock)


class _WatchedHTTP(http.client.HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _watch_connection(self)


class _WatchedHTTPS(http.client.HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _watch_connection(self)


class _HTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_WatchedHTTP, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_WatchedHTTPS, req,
                            context=self._context)  # type: ignore[attr-defined]


def watched_handlers() -> tuple[urllib.request.BaseHandler, ...]:
    """urllib handlers for http and https whose connections the current deadline watches."""
    return _HTTPHandler(), _HTTPSHandler()
