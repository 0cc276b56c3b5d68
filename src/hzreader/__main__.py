"""`python -m hzreader`."""

from hzreader.cli import main

# Guarded: the index's worker processes (spawned) import this module as `__mp_main__`.
if __name__ == "__main__":
    raise SystemExit(main())
