"""Measured in a real terminal (tmux, 120x40): start-up against a minimal Textual app, keys
and memory. Each command prints the figure of its target (issue 16) on its last line.

Usage:
  python bench/bench_tmux.py start [--runs N] [PATH ...]
  python bench/bench_tmux.py warm [--runs N] PATH
  python bench/bench_tmux.py keys [--query "shanghai market growth"] PATH

`start` alternates runs of hzreader and of a minimal Textual app (a Header, one line of text,
a Footer) and times, for each, from launching the process to its text on the screen (read
with `tmux capture-pane` every few milliseconds). It prints the medians and their ratio
(target: at most 1.25x).

`warm` alternates hzreader on PATH (a big collection with a warm index: its first headline
and the count `…/N` on screen) and on the bundled collection, and prints the ratio of the
medians (target: at most 1.1x at 100,000 articles).

`keys` starts hzreader on PATH (a warm index is assumed: run it once first), types the query
one key at a time and times each key from `send-keys` until the screen has stopped changing
for 150 ms (the time of the last change counts). It prints each key and the worst one
(target: at most 100 ms), then searches twice more and scrolls, and prints the app's RSS
(target: at most 120 MB at 100,000 articles).

Set HZ_PYTHON to the Python of an installed hzreader (`pip install .` in a virtual
environment: compiled modules, as a user runs it); the minimal app runs with that Python
too. The numbers are only worth comparing within one run on a quiet machine.
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

SESSION = f"hzbench-{os.getpid()}"
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


def python() -> str:
    """The Python that runs hzreader and the minimal app."""
    return os.environ.get("HZ_PYTHON", sys.executable)


def hzreader_command(paths: list[str]) -> str:
    """The shell command that starts hzreader on `paths` (`exec`: the pane's process is it)."""
    return " ".join(["exec", shlex.quote(python()), "-m", "hzreader", *map(shlex.quote, paths)])


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
        hz = hzreader_command(paths)
        marker = os.environ.get("HZ_MARKER", "Hangzhou" if not paths else "/")
        time_to_text(hz, marker)  # warm the index and the OS caches
        ours, theirs = [], []
        for _ in range(runs):
            ours.append(time_to_text(hz, marker))
            theirs.append(time_to_text(f"exec {shlex.quote(python())} {minimal}",
                                       "minimal app ready"))
    m_ours, m_theirs = statistics.median(ours), statistics.median(theirs)
    print("hzreader:    " + " ".join(f"{t:.3f}" for t in ours))
    print("minimal app: " + " ".join(f"{t:.3f}" for t in theirs))
    print(f"median hzreader {m_ours:.3f} s, minimal {m_theirs:.3f} s, "
          f"ratio {m_ours / m_theirs:.2f}x")


def warm(runs: int, path: str) -> None:
    """Alternate hzreader on `path` (warm) and on the bundled collection; print the ratio."""
    big = hzreader_command([path])
    bundled = hzreader_command([])
    count = _count(path)
    big_marker = f"/{count}"
    time_to_text(big, big_marker, timeout=120)  # the index is current, the OS caches warm
    time_to_text(bundled, "Hangzhou")
    bigs, smalls = [], []
    for _ in range(runs):
        bigs.append(time_to_text(big, big_marker))
        smalls.append(time_to_text(bundled, "Hangzhou"))
    m_big, m_small = statistics.median(bigs), statistics.median(smalls)
    print(f"{path} ({count:,} articles): " + " ".join(f"{t:.3f}" for t in bigs))
    print("bundled:     " + " ".join(f"{t:.3f}" for t in smalls))
    print(f"median warm {m_big:.3f} s, bundled {m_small:.3f} s, ratio {m_big / m_small:.2f}x")


def _count(path: str) -> int:
    """How many articles the index of `path` holds (it must exist: start hzreader once)."""
    code = ("import sys; from hzreader.index import ArticleStore, store_path; "
            "print(ArticleStore.open(store_path(sys.argv[1:]), existing=True).count())")
    done = subprocess.run([python(), "-c", code, path], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"no warm index for {path}: start hzreader on it once\n{done.stderr}")
    return int(done.stdout)


def rss_mb() -> float:
    """The resident memory of the app in the pane (MB), from /proc."""
    pid = tmux("display-message", "-p", "-t", SESSION, "#{pane_pid}").strip()
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise SystemExit("no RSS for the app")


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
    tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40", hzreader_command(paths))
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
    # Some more use: two searches, scrolling through results, back to the whole list.
    for other in ("trade", "bank -china"):
        tmux("send-keys", "-t", SESSION, "Escape", "Escape", "/")
        tmux("send-keys", "-t", SESSION, "-l", other)
        time.sleep(1.5)
        tmux("send-keys", "-t", SESSION, "Enter", *["j"] * 10, "Space", "Space", "Space")
        time.sleep(1.0)
    tmux("send-keys", "-t", SESSION, "Escape", "Escape")
    time.sleep(1.0)
    rss = rss_mb()
    kill()
    for char, elapsed in times:
        print(f"{char!r}: {elapsed * 1000:.0f} ms")
    worst = max(times, key=lambda item: item[1])
    print(f"RSS of the app after typing, two more searches and scrolling: {rss:.0f} MB")
    print(f"median {statistics.median(t for _, t in times) * 1000:.0f} ms, "
          f"worst {worst[1] * 1000:.0f} ms ({worst[0]!r})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    one = sub.add_parser("start")
    one.add_argument("--runs", type=int, default=7)
    one.add_argument("paths", nargs="*")
    warm_start = sub.add_parser("warm")
    warm_start.add_argument("--runs", type=int, default=7)
    warm_start.add_argument("path")
    two = sub.add_parser("keys")
    two.add_argument("--query", default="shanghai market growth")
    two.add_argument("--marker", default="/")
    two.add_argument("paths", nargs="+")
    args = parser.parse_args()
    if args.what == "start":
        start(args.runs, args.paths)
    elif args.what == "warm":
        warm(args.runs, args.path)
    else:
        keys(args.query, args.paths, args.marker)


if __name__ == "__main__":
    main()
