"""Command line: `hzreader [PATH ...]`, `--check`, `--version`, and the sub-commands.

A sub-command is one entry of `SUBCOMMANDS` (its name and a `main(argv) -> exit status`
that lives in the package doing the work); `hzreader NAME ...` runs it. A path that happens
to have a sub-command's name is still opened when written `./NAME`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from hzreader import __version__

if TYPE_CHECKING:
    import argparse

#: Exit status for a path that does not exist (as `grep` and `less` use).
USAGE_ERROR = 2


def _import(argv: Sequence[str]) -> int:
    from hzreader.feeds import import_main

    return import_main(argv)


def _update(argv: Sequence[str]) -> int:
    from hzreader.feeds import update_main

    return update_main(argv)


def _export_opml(argv: Sequence[str]) -> int:
    from hzreader.feeds import export_opml_main

    return export_opml_main(argv)


def _figures(argv: Sequence[str]) -> int:
    from hzreader.lens import figures_command

    return figures_command(argv)


#: `hzreader NAME ARGS...` → `SUBCOMMANDS[NAME](ARGS)`; each returns the exit status.
SUBCOMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "import": _import,
    "update": _update,
    "export-opml": _export_opml,
    "figures": _figures,
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser."""
    from hzreader._args import ArgumentParser

    parser = ArgumentParser(
        prog="hzreader",
        description="Read and search news articles (YAML files) in the terminal.",
        epilog="With no PATH, hzreader opens your library (where `hzreader import` puts "
               "articles) when it holds articles, else the bundled collection. "
               "Sub-commands: import, update, export-opml, figures (each with --help). "
               "Keys: press ? in the app.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="article files or folders (searched recursively for .yaml/.yml)")
    parser.add_argument("--check", action="store_true",
                        help="validate the articles without opening the reader; "
                             "exit 1 if any file or document was rejected, "
                             "2 if a PATH does not exist")
    parser.add_argument("--version", action="version", version=f"hzreader {__version__}")
    return parser


def run_check(paths: Sequence[str]) -> int:
    """Print one line per problem; 0 when nothing was rejected, 1 otherwise."""
    from hzreader.files import load_paths
    from hzreader.text import counted

    if not paths:
        from hzreader.files import default_paths

        paths = [str(p) for p in default_paths()]
    result = load_paths(paths)
    for problem in result.problems:
        print(problem.shown())
    errors = sum(1 for p in result.problems if p.severity == "error")
    warnings = len(result.problems) - errors
    summary = (f"{counted(len(result.articles), 'article')} loaded from "
               f"{counted(result.files_read, 'file')}; "
               f"{counted(errors, 'error')}, {counted(warnings, 'warning')}")
    print(summary, file=sys.stderr)
    return 1 if errors else 0


def refuse_missing(paths: Sequence[str]) -> bool:
    """Print a line on stderr for each missing path (as `less` and `grep` do); True if any."""
    from hzreader.files import missing_paths

    lines = missing_paths(paths)
    for line in lines:
        print(line, file=sys.stderr)
    return bool(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `hzreader` command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        return SUBCOMMANDS[argv[0]](argv[1:])
    paths: list[str] = []
    if argv:  # no arguments (the usual start): argparse need not even be loaded
        args = build_parser().parse_args(argv)
        if refuse_missing(args.paths):
            return USAGE_ERROR
        if args.check:
            return run_check(args.paths)
        paths = args.paths
    from hzreader.ui import pause_gc_until_painted

    pause_gc_until_painted()  # start-up makes little garbage: collect once the app is painted
    from hzreader.ui import make_app, remember_terminal

    app = make_app(paths)
    remember_terminal()  # set back if a shutdown that hangs is cut short
    status = app.run()
    if app.return_code:  # it ended on an error (Textual printed it): say so to the shell
        return app.return_code
    return status if isinstance(status, int) else 0
