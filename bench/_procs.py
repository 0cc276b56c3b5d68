"""Memory and CPU of a process and all its descendants, sampled from /proc (Linux only).

`TreeSampler(pid)` samples in a thread every `interval` seconds: the peak of the summed RSS
of the tree (the app, its sync's worker processes, multiprocessing's resource tracker) and
the CPU seconds each process of it has used so far (`cpu`), kept for processes that ended.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _stat(pid: int) -> tuple[int, float, int] | None:
    """(parent pid, CPU seconds, RSS bytes) of a process, None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rfind(")") + 2 :].split()
    # After the name: state ppid ... utime (12th) stime (13th) ... rss (22nd).
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICKS, int(fields[21]) * _PAGE


def tree(root: int) -> dict[int, tuple[float, int]]:
    """pid → (CPU seconds, RSS bytes) of `root` and its descendants."""
    stats = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            found = _stat(int(entry))
            if found is not None:
                stats[int(entry)] = found
    members = {root}
    grew = True
    while grew:
        grew = False
        for pid, (parent, _, _) in stats.items():
            if parent in members and pid not in members:
                members.add(pid)
                grew = True
    return {pid: stats[pid][1:] for pid in members if pid in stats}


class TreeSampler:
    """Samples a process tree's summed RSS and per-process CPU in a daemon thread."""

    def __init__(self, root: int | None = None, interval: float = 0.1) -> None:
        self.root = os.getpid() if root is None else root
        self.interval = interval
        self.peak_rss = 0
        self.peak_processes = 0
        #: Seconds from `start` to the peak of the summed RSS, and to each process's own peak.
        self.peak_at = 0.0
        #: Each process's RSS at the moment of the summed peak, the root first.
        self.peak_parts: list[int] = []
        self.peak_at_by_pid: dict[int, float] = {}
        self._started = time.perf_counter()
        self.cpu_by_pid: dict[int, float] = {}
        self.peak_by_pid: dict[int, int] = {}
        #: Each process's peak since the last `end_phase`, and the phases ended so far.
        self._phase_peak: dict[int, int] = {}
        self.phases: list[tuple[str, dict[int, int]]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> TreeSampler:
        """Start sampling."""
        self._started = time.perf_counter()
        self._thread.start()
        return self

    def sample(self) -> None:
        """Take one sample now."""
        found = tree(self.root)
        rss = sum(rss for _, rss in found.values())
        now = time.perf_counter() - self._started
        if rss > self.peak_rss:
            self.peak_rss, self.peak_processes, self.peak_at = rss, len(found), now
            self.peak_parts = [found[self.root][1]] if self.root in found else []
            self.peak_parts += sorted((used for pid, (_, used) in found.items()
                                       if pid != self.root), reverse=True)
        with self._lock:
            for pid, (_, used) in found.items():
                self._phase_peak[pid] = max(used, self._phase_peak.get(pid, 0))
        for pid, (cpu, used) in found.items():
            self.cpu_by_pid[pid] = max(cpu, self.cpu_by_pid.get(pid, 0.0))
            if used > self.peak_by_pid.get(pid, 0):
                self.peak_by_pid[pid], self.peak_at_by_pid[pid] = used, now

    def peaks(self) -> str:
        """Each process's own peak RSS in MB, the root first."""
        others = sorted((pid for pid in self.peak_by_pid if pid != self.root),
                        key=lambda pid: -self.peak_by_pid[pid])
        return ", ".join(f"{self.peak_by_pid[pid] / 1e6:.0f} (at {self.peak_at_by_pid[pid]:.0f} s)"
                         for pid in [self.root, *others] if pid in self.peak_by_pid)

    def at_peak(self) -> str:
        """When the summed peak came, and each process's RSS then in MB, the root first."""
        parts = " + ".join(f"{used / 1e6:.0f}" for used in self.peak_parts)
        return f"at {self.peak_at:.0f} s: {parts}"

    def end_phase(self, label: str) -> None:
        """Close a phase (after one last sample): each process's peak in it goes to `phases`."""
        self.sample()
        with self._lock:
            self.phases.append((label, self._phase_peak))
            self._phase_peak = {}

    def phase_peaks(self) -> str:
        """Each phase's peaks in MB: the root's, then the others' largest first, and their sum."""
        lines = []
        for label, peaks in self.phases:
            others = sorted((used for pid, used in peaks.items() if pid != self.root),
                            reverse=True)
            mine = peaks.get(self.root, 0)
            lines.append(f"{label}: {mine / 1e6:.0f} + "
                         f"{' + '.join(f'{used / 1e6:.0f}' for used in others) or '0'} "
                         f"(sum of the peaks {(mine + sum(others)) / 1e6:.0f}) MB")
        return "; ".join(lines)

    def cpu(self, exclude_root: bool = False) -> float:
        """CPU seconds used so far by the tree (without the root process with `exclude_root`)."""
        self.sample()
        return sum(cpu for pid, cpu in self.cpu_by_pid.items()
                   if not (exclude_root and pid == self.root))

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def stop(self) -> None:
        """Stop sampling (after one last sample)."""
        self._stop.set()
        self._thread.join()
        self.sample()
