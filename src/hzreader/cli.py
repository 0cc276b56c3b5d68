"""Command line: `hzreader [PATH ...]`, `--check`, `--version`, and sub-commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from hzreader import __version__


def build_parser() -> argparse.ArgumentParser:
    """The argument parser."""
    parser = argparse.ArgumentParser(
        prog="hzreader",
        description="Read and search news articles (YAML files) in the terminal.",
        epilog="With no PATH, hzreader opens its bundled collection. Keys: press ? in the app. "
               "Key figures as a table or data: hzreader figures --help.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="article files or folders (searched recursively for .yaml/.yml)")
    parser.add_argument("--check", action="store_true",
                        help="validate the articles without opening the reader; "
                             "exit 1 if any file or document was rejected")
    parser.add_argument("--version", action="version", version=f"hzreader {__version__}")
    return parser


def run_check(paths: Sequence[str]) -> int:
    """Print one line per problem; 0 when nothing was rejected, 1 otherwise."""
    from hzreader.files import load_paths
    from hzreader.text import clean_line

    if not paths:
        from hzreader.files import bundled_articles

        paths = [str(bundled_articles())]
    result = load_paths(paths)
    for problem in result.problems:
        print(clean_line(str(problem)))
    errors = sum(1 for p in result.problems if p.severity == "error")
    warnings = len(result.problems) - errors
    summary = (f"{len(result.articles)} article(s) loaded from {result.files_read} file(s); "
               f"{errors} error(s), {warnings} warning(s)")
    print(summary, file=sys.stderr)
    return 1 if errors else 0


#: Sub-commands: `hzreader NAME ...` runs the function (a folder named so: `hzreader ./NAME`).
SUBCOMMANDS = {
    "figures": "hzreader.lens:figures_command",
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `hzreader` command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        import importlib

        module, _, name = SUBCOMMANDS[argv[0]].partition(":")
        return int(getattr(importlib.import_module(module), name)(argv[1:]))
    args = build_parser().parse_args(argv)
    if args.check:
        return run_check(args.paths)
    from hzreader.ui import make_app

    app = make_app(args.paths)
    status = app.run()
    return status if isinstance(status, int) else 0
