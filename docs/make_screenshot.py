"""Refresh the README's picture: `python docs/make_screenshot.py` writes docs/screenshot.svg.

The bundled sample collection, a search for "projects" (2 of its 12 articles, the seed ranked
first) opened with `n`, and the key figures panel, at 120x36, with fresh state and cache folders (your marks and settings are not used).
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

OUT = Path(__file__).parent / "screenshot.svg"


async def main() -> None:
    """Drive the app as a reader would, then save the screen."""
    from hzreader.ui import make_app

    app = make_app(watch_interval=0)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("slash", *"projects", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("n", "f")
        await pilot.pause()
        app.save_screenshot(OUT.name, str(OUT.parent))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as home:
        for name in ("XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
            os.environ[name] = os.path.join(home, name.lower())
        asyncio.run(main())
