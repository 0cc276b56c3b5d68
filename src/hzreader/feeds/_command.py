"""The `hzreader import`, `update` and `export-opml` commands: arguments, progress, output.

Exit status: 0 when every source worked, 1 when some failed, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

from hzreader._args import ArgumentParser
from hzreader.dirs import library_dir
from hzreader.feeds._http import TIMEOUT
from hzreader.feeds._model import SourceError
from hzreader.feeds._opml import write_opml
from hzreader.feeds._report import SourceReport
from hzreader.feeds._run import Importer, ImportOptions, Job, ProgressCallback
from hzreader.feeds._subs import load_subscriptions, subscriptions_path
from hzreader.safe_write import atomic_write

#: Per source, at most this many left-out items are listed.
MAX_PROBLEMS_SHOWN = 5


def _seconds(text: str) -> float:
    """A positive number of seconds, for argparse."""
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(f"not a number of seconds from 0 to 3600: {text!r}")
    return value


def _folder(text: str) -> Path:
    """A folder to import into, for argparse: `--` or nothing is a slip, not a name."""
    if not text.strip():
        raise argparse.ArgumentTypeError("no folder given")
    if text == "--":
        raise argparse.ArgumentTypeError("'--' is no folder (write ./-- for a folder named so)")
    return Path(text)


def _parser(name: str, description: str) -> ArgumentParser:
    # hzreader's parser: `--timeout=--` is a bad number, not argparse's empty list
    parser = ArgumentParser(prog=f"hzreader {name}", description=description)
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="print nothing but errors (for cron)")
    parser.add_argument("--timeout", type=_seconds, default=TIMEOUT, metavar="SECONDS",
                        help=f"give up on a server after this long (default {TIMEOUT:g})")
    return parser


def import_main(argv: Sequence[str]) -> int:
    """`hzreader import SOURCE... [--into DIR] [--full] [--quiet]`."""
    parser = _parser("import", "Import articles from feeds (RSS, Atom, JSON Feed), OPML "
                     "lists, article pages (HTML) and Markdown files, as one YAML file each.")
    parser.add_argument("sources", nargs="+", metavar="SOURCE",
                        help="a URL or a file: feed, OPML list, HTML page, Markdown file "
                             "(or a folder of Markdown files)")
    parser.add_argument("--into", metavar="DIR", type=_folder, default=None,
                        help=f"where the articles go (default: your library, {library_dir()}; "
                             "a feed already subscribed: its own folder)")
    parser.add_argument("--full", action=argparse.BooleanOptionalAction, default=None,
                        help="for feed items that carry only a summary, fetch the linked page "
                             "and keep its article text (politely: one request at a time per "
                             "host, a second apart); --no-full stops it for a subscribed feed")
    args = parser.parse_args(argv)
    # a feed already subscribed keeps its folder and mode unless they are given
    into_chosen, full_chosen = args.into is not None, args.full is not None
    args.full = bool(args.full)
    into = (args.into or library_dir()).expanduser()
    if into.exists() and not into.is_dir():
        parser.error(f"--into {into}: not a folder")
    options = ImportOptions(into, full=args.full, timeout=args.timeout,
                            into_chosen=into_chosen, full_chosen=full_chosen)
    jobs = [Job(source, into, args.full) for source in args.sources]
    return _run(options, jobs, args.quiet, "import")


def update_main(argv: Sequence[str]) -> int:
    """`hzreader update [--quiet]`: fetch every subscription again."""
    parser = _parser("update", "Fetch every subscribed feed again (feeds imported from a "
                     f"URL are remembered in {subscriptions_path()}).")
    args = parser.parse_args(argv)
    try:
        jobs = subscription_jobs()
    except SourceError as error:
        print(f"hzreader update: error: {error}", file=sys.stderr)
        return 1
    if not jobs:
        print("No subscriptions yet: `hzreader import URL` subscribes to a feed.",
              file=sys.stderr)
        return 0
    return _run(ImportOptions(library_dir(), timeout=args.timeout), jobs, args.quiet, "update")


def export_opml_main(argv: Sequence[str]) -> int:
    """`hzreader export-opml [FILE]`: the subscriptions as OPML, to FILE or standard output."""
    parser = ArgumentParser(prog="hzreader export-opml",
                                     description="Write the subscriptions as an OPML list.")
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE",
                        help="write here (atomically) instead of to standard output")
    args = parser.parse_args(argv)
    try:
        text = write_opml(load_subscriptions())
    except SourceError as error:
        print(f"hzreader export-opml: error: {error}", file=sys.stderr)
        return 1
    if args.file is None:
        sys.stdout.write(text)
        return 0
    try:
        atomic_write(args.file, text)
    except OSError as error:
        print(f"hzreader export-opml: error: {args.file}: {error.strerror or error}",
              file=sys.stderr)
        return 1
    return 0


def subscription_jobs() -> list[Job]:
    """One job per subscribed feed, into its own folder (or the library) and mode."""
    return [Job(o.url, Path(o.into) if o.into else library_dir(), o.full, o.category, o.title)
            for o in load_subscriptions()]


def update_subscriptions(progress: ProgressCallback | None = None, timeout: float = TIMEOUT,
                         ) -> list[SourceReport]:
    """Fetch every subscription again (for the app); `SourceError` if the list is unreadable."""
    jobs = subscription_jobs()
    options = ImportOptions(library_dir(), timeout=timeout, tell_warnings=False)  # none shown
    return Importer(options).run(jobs, progress) if jobs else []


def _run(options: ImportOptions, jobs: list[Job], quiet: bool, command: str) -> int:
    """Run the jobs with a progress bar when it helps; print one line per source (an error
    line named by the `command` that ran: `hzreader update: URL: error: …`)."""
    for stream in (sys.stdout, sys.stderr):  # a title in any script, on any terminal
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    importer = Importer(dataclasses.replace(options, tell_warnings=not quiet))
    if quiet or len(jobs) < 2 or not sys.stderr.isatty():
        reports = importer.run(jobs)
    else:
        reports = _with_progress(importer, jobs)
    for report in reports:
        _print_report(report, quiet, command)
    return 0 if all(report.ok for report in reports) else 1


def _with_progress(importer: Importer, jobs: list[Job]) -> list[SourceReport]:
    """Run with a Rich progress bar on standard error (gone when done)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("importing"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.description}", markup=False),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=len(jobs))

        def progress(done: int, total: int, label: str) -> None:
            bar.update(task, completed=done, total=total, description=label[-50:])

        return importer.run(jobs, progress)


def _print_report(report: SourceReport, quiet: bool, command: str) -> None:
    if not report.ok:
        print(f"hzreader {command}: {report.summary()}", file=sys.stderr)
        return
    if quiet:
        return
    print(report.summary())
    problems = report.to_tell  # an unchanged feed's told before: "(not listed again …)"
    for problem in problems[:MAX_PROBLEMS_SHOWN]:
        print(f"  {problem}", file=sys.stderr)
    if len(problems) > MAX_PROBLEMS_SHOWN:
        print(f"  … and {len(problems) - MAX_PROBLEMS_SHOWN} more", file=sys.stderr)
