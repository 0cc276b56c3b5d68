"""Measured in a real terminal (tmux, 120x40): start-up against a minimal Textual app, keys
and memory. Each command prints the figure of its target (issue 16) on its last line.

Usage:
  python bench/bench_tmux.py start [--runs N] [PATH ...]
  python bench/bench_tmux.py warm [--runs N] PATH
  python bench/bench_tmux.py keys [--query "shanghai market growth"] PATH
  python bench/bench_tmux.py cpu [--runs N] [--profile FILE] [PATH ...]

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

`cpu` alternates the same two apps, each started by a probe script (not the app) that
records the process's CPU time (`time.process_time()`, from the interpreter's start) at
each stage: Textual imported, the app imported, mounted, and its first frame written to
the terminal (the probe then ends the process); `frame_ui_thread` is the UI thread's own
CPU time (`time.thread_time()`) at that frame, without what worker threads spent meanwhile.
CPU time is far steadier than wall time on a shared machine: use it to compare changes
(alternated runs, medians). `--profile FILE` writes a cProfile of one hzreader start to its
first frame.

Set HZ_PYTHON to the Python of an installed hzreader (`pip install .` in a virtual
environment: compiled modules, as a user runs it); the minimal app runs with that Python
too. The numbers are only worth comparing within one run on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
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


#: Run in tmux by `cpu`: start hzreader as `hzreader.cli.main` does, note CPU per stage.
CPU_PROBE = r'''
import json, os, sys, time
stamps = {"interpreter": time.process_time()}
out, profile, kind = os.environ["HZ_CPU_OUT"], os.environ.get("HZ_CPU_PROFILE"), sys.argv[1]
if profile:
    import cProfile
    profiler = cProfile.Profile()
    profiler.enable()
if kind == "hzreader":
    from hzreader.ui import pause_gc_until_painted
    pause_gc_until_painted()  # as cli.main, before Textual is imported
import textual.app
stamps["textual"] = time.process_time()
first = {}

def finish(app):
    if profile:
        profiler.disable()
        profiler.dump_stats(profile)
    import gc
    stamps["gc_counts"] = list(gc.get_count())
    with open(out, "w") as handle:
        json.dump(stamps, handle)
    os._exit(0)

display = textual.app.App._display

def first_display(self, screen, renderable):
    display(self, screen, renderable)
    if renderable is not None and "frame" not in stamps:
        stamps["frame"] = time.process_time()
        stamps["frame_ui_thread"] = time.thread_time()  # without the workers' CPU
        text = renderable.render_segments(self.console)  # again: after the stamp
        stamps["marker_shown"] = os.environ["HZ_MARKER"] in text
        finish(self)

textual.app.App._display = first_display
if kind == "hzreader":
    from hzreader.ui._app import HzReaderApp
    from hzreader import cli
    stamps["app_import"] = time.process_time()
    mount = HzReaderApp.on_mount
    def on_mount(self):
        stamps["mount"] = time.process_time()
        mount(self)
        stamps["mounted"] = time.process_time()
    HzReaderApp.on_mount = on_mount
    cli.main(sys.argv[2:])
else:
    from textual.widgets import Footer, Header, Static
    stamps["app_import"] = time.process_time()
    class Minimal(textual.app.App):
        BINDINGS = [("q", "quit", "Quit")]
        def compose(self):
            yield Header()
            yield Static("minimal app ready")
            yield Footer()
        def on_mount(self):
            stamps["mount"] = stamps["mounted"] = time.process_time()
    Minimal().run()
'''


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


def probe_cpu(kind: str, paths: list[str], folder: str, profile: str | None = None
              ) -> dict[str, float]:
    """One start of `kind` ("hzreader" or "minimal") under the CPU probe, in tmux."""
    probe, out = Path(folder, "probe.py"), Path(folder, "stamps.json")
    probe.write_text(CPU_PROBE, encoding="utf-8")
    out.unlink(missing_ok=True)
    marker = os.environ.get("HZ_MARKER", "Hangzhou" if not paths else "/")
    env = {"HZ_CPU_OUT": str(out), "HZ_MARKER": marker if kind == "hzreader" else "minimal"}
    if profile:
        env["HZ_CPU_PROFILE"] = profile
    command = " ".join(["exec", "env", *(f"{k}={shlex.quote(v)}" for k, v in env.items()),
                        shlex.quote(python()), str(probe), kind, *map(shlex.quote, paths)])
    kill()
    tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40", command)
    deadline = time.perf_counter() + 30
    while not out.exists() or not out.stat().st_size:
        if time.perf_counter() > deadline:
            kill()
            raise SystemExit(f"the probe of {kind} wrote nothing: {command}")
        time.sleep(0.01)
    time.sleep(0.05)
    kill()
    stamps: dict[str, float] = json.loads(out.read_text(encoding="utf-8"))
    return stamps


STAGES = ("interpreter", "textual", "app_import", "mount", "mounted", "frame",
          "frame_ui_thread")


def cpu(runs: int, paths: list[str], profile: str | None) -> None:
    """Alternate hzreader and the minimal app under the CPU probe; print medians per stage."""
    with tempfile.TemporaryDirectory() as folder:
        kill()  # a real start first: the probe ends the app before it can write the index
        tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40",
             hzreader_command(paths))
        time.sleep(4)
        kill()
        probe_cpu("hzreader", paths, folder)  # warm the OS caches
        ours: list[dict[str, float]] = []
        theirs: list[dict[str, float]] = []
        for _ in range(runs):
            ours.append(probe_cpu("hzreader", paths, folder))
            theirs.append(probe_cpu("minimal", paths, folder))
        if profile:
            probe_cpu("hzreader", paths, folder, profile)
    if not all(stamps["marker_shown"] for stamps in ours):
        print("warning: the first frame did not always show the headline")
    print(f"CPU ms from the interpreter's start (medians of {runs}): "
          "stage  hzreader  minimal  difference")
    for stage in STAGES:
        mine = statistics.median(s[stage] for s in ours) * 1000
        base = statistics.median(s[stage] for s in theirs) * 1000
        print(f"  {stage:12} {mine:7.1f} {base:7.1f} {mine - base:+7.1f}")
    print("first frames (ms): hzreader " + " ".join(f"{s['frame'] * 1000:.0f}" for s in ours)
          + "; minimal " + " ".join(f"{s['frame'] * 1000:.0f}" for s in theirs))
    mine = statistics.median(s["frame"] for s in ours)
    base = statistics.median(s["frame"] for s in theirs)
    print(f"median CPU to the first frame: hzreader {mine * 1000:.1f} ms, "
          f"minimal {base * 1000:.1f} ms, ratio {mine / base:.2f}x")


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
    three = sub.add_parser("cpu")
    three.add_argument("--runs", type=int, default=7)
    three.add_argument("--profile", help="write a cProfile of one hzreader start here")
    three.add_argument("paths", nargs="*")
    args = parser.parse_args()
    if args.what == "start":
        start(args.runs, args.paths)
    elif args.what == "cpu":
        cpu(args.runs, args.paths, args.profile)
    elif args.what == "warm":
        warm(args.runs, args.path)
    else:
        keys(args.query, args.paths, args.marker)


if __name__ == "__main__":
    main()
