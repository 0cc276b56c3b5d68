"""Making sure the process ends: a shutdown that hangs (on a terminal that closed meanwhile)
is cut short, with the terminal set back as far as it can be."""

from __future__ import annotations

import contextlib
import os
import sys
import threading

#: The terminal's settings before the app changed them (`remember_terminal`).
_SAVED: list[object] = []
#: Leave the alternate screen, show the cursor, stop mouse reports and bracketed paste.
_RESET = "\x1b[?1049l\x1b[?25h\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?2004l"


def remember_terminal() -> None:
    """Keep the terminal's settings as they are now, before the app starts (if a tty)."""
    with contextlib.suppress(ImportError, OSError, ValueError):
        import termios

        if sys.stdin.isatty():
            _SAVED[:] = [termios.tcgetattr(sys.stdin.fileno())]


def _end(code: int) -> None:
    """Set the terminal back if it is still there, then end the process at once."""
    with contextlib.suppress(Exception):  # the terminal may be gone: end all the same
        import termios

        if _SAVED and sys.stdin.isatty():
            termios.tcsetattr(sys.stdin.fileno(), termios.TCSANOW, _SAVED[0])  # type: ignore[arg-type]
        if sys.__stdout__ is not None and sys.__stdout__.isatty():
            os.write(sys.__stdout__.fileno(), _RESET.encode())
    os._exit(code)


def end_within(seconds: float, code: int) -> None:
    """End the process with `code` in `seconds` unless it has ended by itself (a daemon
    timer: a process that ends first ends it too)."""
    ender = threading.Timer(seconds, _end, args=(code,))
    ender.daemon = True
    ender.start()
