"""Start-up: no garbage collection until the first frame is on screen.

Starting the app allocates many objects (modules, classes, styles, widgets) and frees few:
the collector's passes before the first paint find almost nothing, yet cost a fifth of the
time the app takes to appear. The command line pauses collection before it imports the
app; the app resumes it once painted, and freezes what start-up made (`gc.freeze`), so later
full collections do not walk it again while the reader types.
"""

from __future__ import annotations

import gc

_paused = False


def pause_gc_until_painted() -> None:
    """Collect no garbage until the app has painted its first frame (`resume_gc`)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_gc() -> None:
    """After the first paint: keep start-up's objects out of later collections, and collect
    again (only if `pause_gc_until_painted` paused it)."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
