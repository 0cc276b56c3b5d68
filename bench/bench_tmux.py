"""Measured in a real terminal (tmux, 120x40): start-up against a minimal Textual app, and keys.

Usage:
  python bench/bench_tmux.py start [--runs N] [PATH ...]
  python bench/bench_tmux.py keys --query "shanghai market growth" PATH

`start` alternates runs of hzreader and of a minimal Textual app (a Header, one line of text,
a Footer) and times, for each, from launching the process to its text on the screen (read
with `tmux capture-pane` every few milliseconds). It prints the medians and their ratio.

`keys` starts hzreader on PATH (a warm index is assumed: run it once first), types the query
one key at a time and times each key from `send-keys` until the screen has stopped changing
for 150 ms (the time of the last change counts). It prints each key and the worst one.

The numbers are only worth comparing within one run on a quiet machine.
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SESSION = "hzbench"
MINIMAL_APP = '''
from textual.app import App
from textual.widgets import Footer, Header, Static

class Minimal(App):
    BINDINGS = [("q", "quit", "Quit")]
    def compose(self):
        yield Header()
        yield Static("minimal app ready")
        yield Footer()

Minimal().run()
'''


def tmux(*args: str) -> str:
    """Run a tmux command and return what it printed."""
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def screen() -> str:
    return tmux("capture-pane", "-t", SESSION, "-p")


def kill() -> None:
    tmux("kill-session", "-t", SESSION)


def time_to_text(command: str, marker: str, timeout: float = 20.0) -> float:
    """Seconds from launching `command` in a new tmux session to `marker` on its screen."""
    kill()
    started = time.perf_counter()
    tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40", command)
    while time.perf_counter() - started < timeout:
        if marker in screen():
            elapsed = time.perf_counter() - started
            kill()
            return elapsed
        time.sleep(0.002)
    kill()
    raise SystemExit(f"{marker!r} never showed for: {command}")


def start(runs: int, paths: list[str]) -> None:
    """Alternate hzreader and the minimal app; print medians and the ratio."""
    with tempfile.TemporaryDirectory() as folder:
        minimal = Path(folder, "minimal.py")
        minimal.write_text(MINIMAL_APP, encoding="utf-8")
        hz = " ".join([shlex.quote(os.environ.get("HZ_PYTHON", sys.executable)), "-m", "hzreader",
                       *map(shlex.quote, paths)])
        marker = os.environ.get("HZ_MARKER", "Hangzhou" if not paths else "/")
        time_to_text(hz, marker)  # warm the index and the OS caches
        ours, theirs = [], []
        for _ in range(runs):
            ours.append(time_to_text(hz, marker))
            theirs.append(time_to_text(f"{shlex.quote(sys.executable)} {minimal}",
                                       "minimal app ready"))
    m_ours, m_theirs = statistics.median(ours), statistics.median(theirs)
    print("hzreader:    " + " ".join(f"{t:.3f}" for t in ours))
    print("minimal app: " + " ".join(f"{t:.3f}" for t in theirs))
    print(f"median hzreader {m_ours:.3f} s, minimal {m_theirs:.3f} s, "
          f"ratio {m_ours / m_theirs:.2f}x")


def settle(previous: str, quiet: float = 0.15, timeout: float = 1.5) -> tuple[float, str]:
    """Wait until the screen differs from `previous` and then stays still for `quiet` s.

    A key that changes nothing on screen (a space that leaves the results as they were)
    counts 0 once `timeout` has passed without a change.
    """
    started = time.perf_counter()
    last_change, shown = None, previous
    while time.perf_counter() - started < timeout:
        now = screen()
        moment = time.perf_counter()
        if now != shown:
            shown, last_change = now, moment
        elif last_change is not None and moment - last_change >= quiet:
            return last_change - started, shown
        time.sleep(0.002)
    return (last_change - started if last_change is not None else 0.0), shown


def keys(query: str, paths: list[str], marker: str) -> None:
    """Type `query` one key at a time and time each key to a settled screen."""
    kill()
    command = " ".join([shlex.quote(os.environ.get("HZ_PYTHON", sys.executable)), "-m", "hzreader",
                        *map(shlex.quote, paths)])
    tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40", command)
    deadline = time.perf_counter() + 60
    while marker not in screen() and time.perf_counter() < deadline:
        time.sleep(0.05)
    time.sleep(3)  # let the start-up sync finish
    tmux("send-keys", "-t", SESSION, "/")
    _, shown = settle(screen())
    times = []
    for char in query:
        before = shown
        tmux("send-keys", "-t", SESSION, "-l", char)
        elapsed, shown = settle(before)
        times.append((char, elapsed))
    kill()
    for char, elapsed in times:
        print(f"{char!r}: {elapsed * 1000:.0f} ms")
    worst = max(times, key=lambda item: item[1])
    print(f"median {statistics.median(t for _, t in times) * 1000:.0f} ms, "
          f"worst {worst[1] * 1000:.0f} ms ({worst[0]!r})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    one = sub.add_parser("start")
    one.add_argument("--runs", type=int, default=7)
    one.add_argument("paths", nargs="*")
    two = sub.add_parser("keys")
    two.add_argument("--query", default="shanghai market growth")
    two.add_argument("--marker", default="/")
    two.add_argument("paths", nargs="+")
    args = parser.parse_args()
    if args.what == "start":
        start(args.runs, args.paths)
    else:
        keys(args.query, args.paths, args.marker)


if __name__ == "__main__":
    main()
