"""Fetching over HTTP with the standard library: timeouts, redirects, gzip, a size cap, an
honest user agent and conditional requests; one request at a time per server, with a delay,
and none to a server that gave no answer earlier in the run.

Why urllib and not httpx: imports are one at a time per host and sequential within a feed,
so a connection pool or HTTP/2 buys little, and every rule that matters here (a total
deadline, a cap on the *decompressed* size, which redirects to follow, 304 handling) has to
be written by hand with either client. urllib adds no dependency and no import time.
"""

from __future__ import annotations

import errno
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from email.message import Message

from hzreader import __version__
from hzreader.feeds._deadline import Deadline, watched_handlers
from hzreader.feeds._model import SourceError
from hzreader.text import clean_line

USER_AGENT = f"hzreader/{__version__} (terminal news reader; feed import; Python urllib)"
#: Responses (after decompression) larger than this are refused.
MAX_BYTES = 16 * 1024 * 1024
TIMEOUT = 20.0
MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Response:
    """A fetched body (empty when `not_modified`), where it came from and its validators."""

    url: str
    body: bytes = b""
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False
    #: The new address when every redirect on the way was permanent (301/308), else "".
    moved_to: str = ""


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by `fetch` itself, so that it can count and check them."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirects(), *watched_handlers())


class NoAnswer(SourceError):
    """The server was silent for the timeout (no connection, no response, or no next bytes)."""

    def __init__(self, seconds: float, how: str = "") -> None:
        super().__init__(f"no answer within {seconds:g} s{how}")
        self.seconds = seconds


class HostGate:
    """One request at a time per server (host and port), at least `delay` seconds between
    two to one server, and none to a server that already gave no answer in this run: with
    ten feeds on a host that never answers, the first waits its timeout, not all ten."""

    def __init__(self, delay: float = 1.0) -> None:
        self.delay = delay
        self._lock = threading.Lock()
        self._hosts: dict[str, tuple[threading.Lock, list[float]]] = {}
        #: Servers that gave no answer, with the reason said to the later requests.
        self._silent: dict[str, str] = {}

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        """Hold the server of `url` for one request; `SourceError` at once when it gave no
        answer to an earlier one."""
        key = server_key(url)
        with self._lock:
            lock, last = self._hosts.setdefault(key, (threading.Lock(), [0.0]))
        with lock:
            if key in self._silent:
                raise SourceError(self._silent[key])
            wait = last[0] + self.delay - time.monotonic()
            if last[0] and wait > 0:
                time.sleep(wait)
            try:
                yield
            except NoAnswer as error:
                self._silent[key] = (f"no answer from {server_name(url)} (none to "
                                     f"{clean_line(url)} within {error.seconds:g} s); "
                                     "not asked again this time")
                raise
            finally:
                last[0] = time.monotonic()


def server_key(url: str) -> str:
    """`host:port` of an address (the scheme's port when it names none), "" when unsplittable."""
    parts = split_url(url)
    if parts is None:
        return ""
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    return f"{(parts.hostname or '').lower()}:{port}"


def server_name(url: str) -> str:
    """The host of an address as said in messages, with its port when the address gives one."""
    parts = split_url(url)
    host = (parts.hostname if parts is not None else None) or url
    port = parts.port if parts is not None else None
    return f"{host} port {port}" if port else host


def is_url(source: str) -> bool:
    """True for an http(s) address, a malformed one too (`fetch` says what is wrong)."""
    parts = split_url(source)
    scheme = parts.scheme if parts is not None else source.strip().partition(":")[0]
    return scheme.lower() in ("http", "https")


def is_web_address(url: object) -> bool:
    """True for a well-formed http(s) address (what a feed's link must be to be kept)."""
    parts = split_url(url) if isinstance(url, str) else None
    return parts is not None and parts.scheme.lower() in ("http", "https")


def split_url(url: str) -> urllib.parse.SplitResult | None:
    """The parts of `url`; None for one that cannot be split (a broken IPv6 host, a port
    that is no number), so that one bad link in a feed cannot stop the rest of it."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return None
    return parts


def fetch(url: str, *, etag: str = "", last_modified: str = "", timeout: float = TIMEOUT,
          max_bytes: int = MAX_BYTES, gate: HostGate | None = None,
          accept: str = "*/*") -> Response:
    """GET `url`, following up to `MAX_REDIRECTS` redirects; raises `SourceError`."""
    permanent = True
    current = url
    visited = [url]
    for _ in range(MAX_REDIRECTS + 1):
        if not is_url(current):
            raise SourceError(f"cannot fetch {current!r}: only http and https addresses")
        if split_url(current) is None:
            raise SourceError(f"not a valid address: {current!r}")
        headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate",
                   "Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        request = urllib.request.Request(current, headers=headers)
        try:
            with gate.slot(current) if gate is not None else nullcontext():
                response = _get(request, timeout, max_bytes)
        except _Redirect as redirect:
            permanent = permanent and redirect.code in (301, 308)
            try:
                current = urllib.parse.urljoin(current, redirect.location)
            except ValueError:
                raise SourceError(f"redirected to an invalid address: "
                                  f"{redirect.location!r}") from None
            if current in visited:
                loop = " → ".join(clean_line(u)[:80] for u in visited[visited.index(current):])
                raise SourceError(f"redirect loop: {loop} → {clean_line(current)[:80]}") from None
            visited.append(current)
            continue
        moved = current if permanent and current != url else ""
        return replace(response, moved_to=moved)
    raise SourceError(f"too many redirects (more than {MAX_REDIRECTS})")


class _Redirect(Exception):
    """A 3xx answer with a Location: `fetch` decides whether to follow it."""

    def __init__(self, code: int, location: str) -> None:
        super().__init__(code)
        self.code, self.location = code, location


def _get(request: urllib.request.Request, timeout: float, max_bytes: int) -> Response:
    """One request and its answer; a redirect raises `_Redirect`, a failure `SourceError`."""
    with Deadline(4 * timeout) as deadline:
        try:
            return _answer(request, timeout, max_bytes, deadline)
        except SourceError:
            deadline.check()
            raise


def _answer(request: urllib.request.Request, timeout: float, max_bytes: int,
            deadline: Deadline) -> Response:
    """`_get` within its deadline; any failure once it has passed says so."""
    url = request.full_url
    try:
        with _OPENER.open(request, timeout=timeout) as answer:
            try:
                body = _read(answer, answer.headers, deadline, max_bytes)
            except TimeoutError:
                raise NoAnswer(timeout, " (it stopped sending in the middle of the "
                                        "response)") from None
            return Response(url, body, answer.headers.get("Content-Type", ""),
                            answer.headers.get("ETag", ""),
                            answer.headers.get("Last-Modified", ""))
    except urllib.error.HTTPError as error:
        with error:
            if error.code in _REDIRECTS and error.headers.get("Location"):
                raise _Redirect(error.code, error.headers["Location"]) from None
            if error.code == 304:
                return Response(url, b"", "", error.headers.get("ETag", ""),
                                error.headers.get("Last-Modified", ""), not_modified=True)
            if error.code in _REDIRECTS:
                raise SourceError(f"HTTP {error.code} {error.reason}: a redirect with no "
                                  "address (Location) to go to") from None
            raise SourceError(f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise NoAnswer(timeout) from None
        raise SourceError(connection_error(reason, url)) from None
    except TimeoutError:
        raise NoAnswer(timeout) from None
    except http.client.IncompleteRead as error:
        raise SourceError(_cut_off(len(error.partial))) from None
    except (ConnectionError, ssl.SSLError) as error:
        raise SourceError(f"download failed: {connection_error(error, url)}") from None
    except (OSError, ValueError, http.client.HTTPException) as error:
        raise SourceError(f"download failed: {error}") from None


def connection_error(reason: object, url: str) -> str:
    """Why a connection failed, in plain words naming the host (and the port when the
    address gives one), instead of `[Errno -2] Name or service not known`."""
    parts = split_url(url)
    host = (parts.hostname if parts is not None else None) or url
    where = server_name(url)
    code = reason.errno if isinstance(reason, OSError) else None
    if isinstance(reason, socket.gaierror):
        if code in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME)):
            return f"unknown host {host} (no such name; check the address)"
        if code == socket.EAI_AGAIN:
            return (f"cannot look up host {host} (the name server did not answer; "
                    "is the network down?)")
        return f"cannot look up host {host} ({reason.strerror or reason})"
    if isinstance(reason, ssl.SSLCertVerificationError):
        why = reason.verify_message or reason.reason or "verification failed"
        return f"TLS certificate of {host} not accepted ({why}); nothing fetched"
    if isinstance(reason, ssl.SSLError):
        return f"TLS (https) connection to {where} failed ({reason.reason or reason})"
    if isinstance(reason, ConnectionRefusedError):
        return f"connection refused by {where} (no server is listening there)"
    if isinstance(reason, ConnectionResetError):
        return f"connection reset by {where}"
    if code == errno.ENETUNREACH:
        return f"network unreachable: cannot reach {host} (is the network down?)"
    if code == errno.EHOSTUNREACH:
        return f"no route to host {host}"
    text = reason.strerror if isinstance(reason, OSError) and reason.strerror else reason
    return f"cannot connect to {where}: {text}"


def _read(answer: object, headers: Message, deadline: Deadline, max_bytes: int) -> bytes:
    """The body, decompressed, refused once it passes `max_bytes` or the total deadline."""
    length = headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise SourceError(f"response too large ({int(length):,} bytes; limit {max_bytes:,})")
    encoding = headers.get("Content-Encoding", "").strip().lower()
    decoder = None
    if encoding in ("gzip", "x-gzip"):
        decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        decoder = zlib.decompressobj()
    parts: list[bytes] = []
    size = 0
    # `read1` returns what has arrived (one read of the socket): `read` would wait for a
    # whole chunk, which a server sending a byte a second takes 18 hours to fill. Once the
    # deadline shuts the socket, a read returns what it has or nothing: never a whole body.
    read = getattr(answer, "read1", None) or answer.read  # type: ignore[attr-defined]
    while True:
        chunk = read(_CHUNK)
        if not chunk:
            break
        if decoder is not None:
            try:
                chunk = decoder.decompress(chunk, max_bytes + 1 - size)
            except zlib.error as error:
                raise SourceError(f"bad {encoding} data: {error}") from None
        size += len(chunk)
        if size > max_bytes:
            raise SourceError(f"response too large (over {max_bytes:,} bytes)")
        parts.append(chunk)
        deadline.check()
    deadline.check()
    missing = getattr(answer, "length", None)  # what the Content-Length still promised
    if isinstance(missing, int) and missing > 0:
        raise SourceError(_cut_off(int(length) - missing, int(length)))
    if decoder is not None:
        tail = decoder.flush()
        if size + len(tail) > max_bytes:
            raise SourceError(f"response too large (over {max_bytes:,} bytes)")
        parts.append(tail)
    return b"".join(parts)


def _cut_off(received: int, promised: int = 0) -> str:
    """The error of a response whose connection closed before its end."""
    of = f" of {promised:,}" if promised else ""
    return (f"download cut off: the connection closed after {received:,}{of} bytes "
            "(try again later)")
