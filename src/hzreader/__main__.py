"""`python -m hzreader`."""

from hzreader.cli import main

raise SystemExit(main())
