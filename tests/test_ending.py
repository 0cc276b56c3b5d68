"""A shutdown that hangs is cut short (tryout11: after `Q` and the terminal closed at once,
hzreader kept running for ever, using CPU)."""

from __future__ import annotations

import subprocess
import sys


def test_a_process_that_does_not_end_by_itself_is_ended_with_its_code() -> None:
    code = ("from hzreader.ui._ending import end_within; import time; "
            "end_within(0.2, 7); time.sleep(30)")
    done = subprocess.run([sys.executable, "-c", code], timeout=20, check=False)
    assert done.returncode == 7  # (it sleeps 30 s, past the timeout, unless ended)


def test_a_process_that_ends_first_is_not_held_by_the_timer() -> None:
    code = "from hzreader.ui._ending import end_within; end_within(30, 7); print('done')"
    done = subprocess.run([sys.executable, "-c", code], timeout=20, check=False,
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == "done\n"
