"""Importing sources into an articles folder: fetch or read, parse, write one file per item.

Sources run a few servers at a time, each server's sources one after another in the order
given (never two requests at once to one server; one that gave no answer is not asked again
in the run, so N dead feeds on one host cost one timeout, not N); one source failing gives
its own error and the others go on; reports come in the order given, whatever finished
first. The core takes a progress callback, not a UI.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from hzreader.dirs import library_dir
from hzreader.feeds._http import MAX_BYTES, HostGate, is_url, server_key
from hzreader.feeds._model import Entry, Outline, Parsed, SourceError
from hzreader.feeds._page import parse_page
from hzreader.feeds._report import SourceReport
from hzreader.feeds._sources import Fetched, get, markdown_files, parse
from hzreader.feeds._subs import (
    ToldWarnings,
    Validators,
    load_subscriptions,
    remember,
    rename,
    resubscribe,
)
from hzreader.feeds._target import NEW, UPDATE, Target
from hzreader.text import clean_line

#: (sources done, sources in all, the source just done): called from worker threads.
ProgressCallback = Callable[[int, int, str], None]
#: Folders for single articles, which belong to no feed.
PAGES_FOLDER, NOTES_FOLDER = "pages", "notes"


@dataclass
class ImportOptions:
    """How to import: where to, whether to fetch whole pages, and the network's limits."""

    into: Path
    full: bool = False
    #: Whether `into` and `full` were asked for (`--into`, `--full`/`--no-full`): a feed
    #: already subscribed keeps its own folder and mode unless they were.
    into_chosen: bool = True
    full_chosen: bool = True
    timeout: float = 20.0
    max_bytes: int = MAX_BYTES
    #: Seconds between two requests to one host.
    delay: float = 1.0
    #: Remember feed URLs as subscriptions.
    remember: bool = True
    #: The warnings are told (the command line; the app shows none): each feed's are
    #: remembered (`ToldWarnings`), and one read again with nothing new lists only new ones.
    tell_warnings: bool = True
    #: Servers fetched from at once (each still gets one request at a time).
    workers: int = 8


@dataclass(frozen=True)
class Job:
    """One source to import, with the folder and mode it goes to."""

    source: str
    into: Path
    full: bool
    category: tuple[str, ...] = ()
    title: str = ""
    #: A feed of an OPML list (subscribed even when it cannot be fetched now).
    listed: bool = False


class Importer:
    """Runs import jobs; one `Target` per destination folder, one gate for every host."""

    def __init__(self, options: ImportOptions, validators: Validators | None = None) -> None:
        self.options = options
        self.validators = validators or Validators()
        self.told = ToldWarnings() if options.tell_warnings else None
        self.gate = HostGate(options.delay)
        self._targets: dict[Path, Target] = {}
        self._subscribed: dict[str, Outline] = {}
        if not (options.into_chosen and options.full_chosen):
            try:
                self._subscribed = {o.url: o for o in load_subscriptions()}
            except SourceError:
                pass

    def target(self, into: Path) -> Target:
        """The target for a folder (created on first use)."""
        key = into.resolve()
        if key not in self._targets:
            into.mkdir(parents=True, exist_ok=True)
            self._targets[key] = Target(into)
        return self._targets[key]

    def run(self, jobs: Sequence[Job], progress: ProgressCallback | None = None,
            ) -> list[SourceReport]:
        """Import every job (and the feeds of OPML lists); reports in the order given."""
        total = len(jobs)
        done = 0
        counting = threading.Lock()
        if progress is not None:
            progress(0, total, "")

        def one(job: Job) -> SourceReport:
            nonlocal done
            report = self.run_one(job)
            with counting:
                done += 1
                if progress is not None:
                    progress(done, total, report.label)
            return report

        with ThreadPoolExecutor(max(1, self.options.workers)) as pool:
            pairs = list(zip(jobs, self._by_server(pool, jobs, one), strict=True))
            listed = [Job(o.url, job.into, job.full, o.category, o.title, listed=True)
                      for job, report in pairs for o in report.listed]
            with counting:
                total += len(listed)
            nested = list(zip(listed, self._by_server(pool, listed, one), strict=True))
        for _, report in nested:
            if report.listed:  # the feeds of an OPML list are feeds, not more lists
                report.error, report.listed = "an OPML list inside an OPML list is not read", []
        pairs += nested
        self.validators.save()
        if self.told is not None:
            self.told.save()
        if self.options.remember:
            self._remember(pairs)
        return [report for _, report in pairs]

    @staticmethod
    def _by_server(pool: ThreadPoolExecutor, jobs: Sequence[Job],
                   one: Callable[[Job], SourceReport]) -> list[SourceReport]:
        """Run the jobs, a server's one after another in their order (so which of them
        meets a dead server first, and which are then not tried, is always the same), the
        servers (and files) at once; the reports in the order of `jobs`."""
        groups: dict[str, list[int]] = {}
        for n, job in enumerate(jobs):
            key = server_key(job.source) if is_url(job.source) else ""
            groups.setdefault(key or f"\0{n}", []).append(n)

        def run_group(indexes: list[int]) -> list[tuple[int, SourceReport]]:
            return [(n, one(jobs[n])) for n in indexes]

        reports: list[SourceReport | None] = [None] * len(jobs)
        for group in pool.map(run_group, groups.values()):
            for n, report in group:
                reports[n] = report
        return [r for r in reports if r is not None]

    def _remember(self, pairs: list[tuple[Job, SourceReport]]) -> None:
        """Feed URLs that worked become subscriptions; moved feeds keep their new address.
        A URL given by hand that fails is not subscribed (its error says so: a mistyped
        address must not be fetched forever); a feed of an OPML list that cannot be fetched
        now is (a list is what the user reads elsewhere: one server down at import time
        must not drop it; `update` tries it again), but not one that is no feed."""
        try:
            subscribed = {o.url: o for o in load_subscriptions()}
        except SourceError:
            subscribed = {}
        outlines = []
        for job, report in pairs:
            if not is_url(job.source):
                continue
            if not report.ok:
                if job.listed and not report.fetched:
                    report.subscription = ("subscribed all the same: `hzreader update` "
                                           "tries it again")
                    outlines.append(self._outline(job.source, job.title, job,
                                                  subscribed.get(job.source))[0])
                elif job.source not in subscribed:
                    report.subscription = "not subscribed"
                else:
                    report.subscription = ""  # stays as it was: nothing was imported
                continue
            if report.kind != "feed":
                continue
            url = report.moved_to or job.source
            if report.moved_to:
                rename(job.source, report.moved_to)
            outline, said = self._outline(url, report.title or job.title, job,
                                          subscribed.get(url) or subscribed.get(job.source))
            outlines.append(outline)
            report.subscription = said or report.subscription
        if outlines:
            remember(outlines)

    def _outline(self, url: str, title: str, job: Job, old: Outline | None
                 ) -> tuple[Outline, str]:
        """The subscription of a feed imported by `job`, and what to say of it: one already
        subscribed keeps its folder and mode unless the import asked for others."""
        into, full, said = job.into, job.full, ""
        if old is not None:
            kept = resubscribe(old, into, full, into_chosen=self.options.into_chosen,
                               full_chosen=self.options.full_chosen)
            into, full, said = kept.into, kept.full, kept.said
        folder = "" if into.resolve() == library_dir().resolve() else str(into.resolve())
        return Outline(url, title, job.category, folder, full), said

    def run_one(self, job: Job) -> SourceReport:
        """Import one source; every failure becomes the report's error."""
        report = SourceReport(job.source)
        try:
            self._import(job, report)
        except SourceError as error:
            report.error = str(error)
        except Exception as error:  # a bug must not stop the other sources: report it
            report.error = f"internal error ({type(error).__name__}: {error})"
        return report

    def _import(self, job: Job, report: SourceReport) -> None:
        job = self._as_subscribed(job, job.source, report)
        source, into = job.source, job.into
        if not is_url(source) and Path(source).expanduser().is_dir():
            self._import_folder(job, report)
            return
        etag, modified = self.validators.get(source, into) if is_url(source) else ("", "")
        fetched = get(source, etag=etag, last_modified=modified, timeout=self.options.timeout,
                      max_bytes=self.options.max_bytes, gate=self.gate)
        report.fetched = True
        response = fetched.response
        if response is not None and response.moved_to:
            report.moved_to = response.moved_to
            job = self._as_subscribed(job, response.moved_to, report)
        if response is not None and response.not_modified:
            report.not_modified, report.kind = True, "feed"
            return
        parsed = parse(fetched)
        report.kind, report.title = parsed.kind, parsed.title
        if parsed.kind == "opml":
            # a list from the web names web feeds only: never a file on this machine
            report.listed = [o for o in parsed.outlines if is_url(o.url) or not is_url(source)]
            report.problems += parsed.problems
            report.problems += [f"{clean_line(o.url)}: not an http(s) address; not imported"
                                for o in parsed.outlines if o not in report.listed]
            return
        self._write(parsed, job, report)
        if self.told is not None and parsed.kind == "feed":
            report.told = self.told.tell(source, into, report.problems)
        if response is not None and parsed.kind == "feed" and not report.counts["error"]:
            self.validators.set(source, into, response.etag, response.last_modified)

    def _as_subscribed(self, job: Job, url: str, report: SourceReport) -> Job:
        """A feed already subscribed goes on into its own folder and mode, unless the
        import asked for others (`ImportOptions.into_chosen`, `full_chosen`)."""
        old = self._subscribed.get(url)
        if old is None:
            return job
        kept = resubscribe(old, job.into, job.full, into_chosen=self.options.into_chosen,
                           full_chosen=self.options.full_chosen)
        report.subscription = kept.said if kept.into != job.into or kept.full != job.full \
            else report.subscription
        return dataclasses.replace(job, into=kept.into, full=kept.full)

    def _import_folder(self, job: Job, report: SourceReport) -> None:
        """A folder: each of its Markdown files."""
        files = markdown_files(Path(job.source).expanduser())
        if not files:
            raise SourceError("a folder with no Markdown files (.md)")
        report.kind = "markdown"
        for path in files:
            try:
                parsed = parse(Fetched(path.read_bytes(), str(path)))
            except (SourceError, OSError) as error:
                report.problems.append(f"{path}: {error}")
                continue
            self._write(parsed, job, report)

    def _write(self, parsed: Parsed, job: Job, report: SourceReport) -> None:
        """Write the entries of a parsed source; --full fetches summary-only items' pages."""
        target = self.target(job.into)
        report.problems += parsed.problems
        if parsed.kind == "feed":
            folder = self._feed_folder(target, parsed, job)
        else:
            folder = job.into / (PAGES_FOLDER if parsed.kind == "page" else NOTES_FOLDER)
        report.folder, report.into = folder, job.into
        # an undated feed item is dated when it is first fetched (newsboat does the same);
        # the feed's undated items a second apart, so that they keep the feed's order
        now = dt.datetime.now().astimezone().replace(microsecond=0)
        undated_items = 0
        for entry in parsed.entries:
            undated = None
            if parsed.kind == "feed" and entry.date is None:
                undated = now - dt.timedelta(seconds=undated_items)
                undated_items += 1
            plan = target.plan(entry, job.full)
            whole = False
            if plan.action in (NEW, UPDATE) and job.full and entry.summary_only:
                entry, whole = self._whole(entry, report)
            action, where = target.write(entry, folder, whole or (
                job.full and not entry.summary_only), undated)
            if action == "error":
                report.problems.append(str(where))
            report.counts[action] += 1

    @staticmethod
    def _feed_folder(target: Target, parsed: Parsed, job: Job) -> Path:
        """A feed's folder, keyed by what the feed says it is, so a file and its address
        share one: its own address (`rel="self"`), else its site's link with its title (a
        site's feeds share the link). Folders of earlier versions are still found: keyed
        by where the feed was read from, or by the link alone when named with this title."""
        read_from = job.source if is_url(job.source) else str(Path(job.source).resolve())
        title = parsed.title or job.title
        site = f"{parsed.link}\n{title}" if parsed.link else ""
        key = parsed.self_link or site or read_from
        former = [k for k in (site, read_from) if k and k != key]
        return target.folder(title, key, *former, titled=[parsed.link] if parsed.link else [])

    def _whole(self, entry: Entry, report: SourceReport) -> tuple[Entry, bool]:
        """The entry with its page's article text, or as it was when that fails."""
        if not is_url(entry.url):
            return entry, False
        try:
            fetched = get(entry.url, timeout=self.options.timeout,
                          max_bytes=self.options.max_bytes, gate=self.gate)
            content_type = fetched.response.content_type if fetched.response else ""
            page = parse_page(fetched.data, fetched.name, content_type=content_type).entries[0]
        except SourceError as error:
            report.problems.append(f"{clean_line(entry.url)}: whole article not fetched "
                                   f"({error}); the feed's summary was written")
            return entry, False
        summary = entry.body if len(entry.body) <= 600 else entry.summary
        return dataclasses.replace(entry, body=page.body, summary=summary,
                                   author=entry.author or page.author,
                                   date=entry.date or page.date), True
