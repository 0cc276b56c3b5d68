"""Updating the subscribed feeds from inside the app: `R` or the palette's "Update feeds".

The update runs in a worker thread (`hzreader.feeds.update_subscriptions`, the same code as
`hzreader update`); the header shows its progress, a notification its result, and the list
picks the new articles up at once when the library is open.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from hzreader.dirs import library_dir
from hzreader.text import counted
from hzreader.ui._watch import WatchingApp

if TYPE_CHECKING:
    from hzreader.feeds import SourceReport


class FeedsApp(WatchingApp, app_layer=True):
    """Adds the feed update (a key, a palette command, a background worker) to the app."""

    BINDINGS = [
        Binding("R", "update_feeds", "Update feeds", show=False,
                tooltip="Fetch every subscribed feed again, in the background"),
    ]

    updating_feeds = False
    #: Seconds a server may take to answer (None: the import's default, 20 s).
    feeds_timeout: float | None = None

    def action_update_feeds(self) -> None:
        """Start fetching the subscriptions again (once at a time)."""
        if self.updating_feeds:
            self.notify("The feeds are already being updated.", timeout=3)
            return
        self.updating_feeds = True
        self.sub_title = "updating feeds…"
        self.update_feeds()

    @work(thread=True, exclusive=True, group="feeds")
    def update_feeds(self) -> None:
        """Fetch every subscription (in a worker thread) and report back."""
        # imported here: the network and parsing code is not needed to start the reader
        from hzreader.feeds import SourceError, update_subscriptions

        def progress(done: int, total: int, _: str) -> None:
            self.call_from_thread(self.feeds_progress, done, total)

        try:
            if self.feeds_timeout is None:
                reports = update_subscriptions(progress)
            else:
                reports = update_subscriptions(progress, self.feeds_timeout)
        except (SourceError, OSError) as error:
            self.call_from_thread(self.feeds_failed, str(error))
            return
        self.call_from_thread(self.feeds_updated, reports)

    def feeds_progress(self, done: int, total: int) -> None:
        """The header tells how far the update is."""
        self.sub_title = f"updating feeds {done}/{total}"

    def feeds_failed(self, message: str) -> None:
        """The subscriptions could not be read."""
        self.updating_feeds = False
        self.sub_title = ""
        self.notify(message, title="Feeds not updated", severity="error", markup=False)

    def feeds_updated(self, reports: Sequence[SourceReport]) -> None:
        """Tell what the update brought, and show the new articles."""
        self.updating_feeds = False
        self.sub_title = ""
        message, title = feeds_message(reports, [Path(p) for p in self.paths])
        self.notify(message, title=title, markup=False,
                    severity=("error" if reports and all(not r.ok for r in reports) else
                              "warning" if any(not r.ok for r in reports) else "information"),
                    timeout=6)
        if any(r.counts["new"] or r.counts["updated"] for r in reports):
            self.poll_files()

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The palette's "Update feeds", then the others."""
        yield SystemCommand("Update feeds", "Fetch every subscribed feed again (R)",
                            self.action_update_feeds)
        yield from super().get_system_commands(screen)


def feeds_message(reports: Sequence[SourceReport], opened: Sequence[Path] = (),
                  ) -> tuple[str, str]:
    """(message, title) of the notification at the end of an update; the folders its
    articles went to are named when the app does not show them (`opened`: its paths)."""
    if not reports:
        return ("No feeds to update: run hzreader import URL in a shell to subscribe to "
                "one.", "")
    new = sum(r.counts["new"] for r in reports)
    updated = sum(r.counts["updated"] for r in reports)
    failed = [r for r in reports if not r.ok]
    lines = [f"{new:,} new, {updated:,} updated "
             f"{'article' if new + updated == 1 else 'articles'} from "
             f"{counted(len(reports), 'feed')}."]
    elsewhere = _folders_not_shown(reports, opened)
    if elsewhere:
        every = len(elsewhere) == len(_folders_not_shown(reports, ()))
        then = (": open it with hzreader." if elsewhere == [str(library_dir().resolve())]
                else ", not open here.")
        lines.append(f"{'They are' if every else 'Some are'} in {_and(elsewhere)}{then}")
    if failed:
        named = "; ".join(report.summary() for report in failed[:3])
        more = f"; and {len(failed) - 3} more" if len(failed) > 3 else ""
        lines.append(f"{len(failed)} failed: {named}{more}")
    if len(failed) == len(reports):
        return " ".join(lines), "Feeds not updated"
    return " ".join(lines), "Feeds updated, some failed" if failed else "Feeds updated"


def _folders_not_shown(reports: Sequence[SourceReport], opened: Sequence[Path]) -> list[str]:
    """The articles folders (the library, an `--into` folder) new or updated articles went
    to where no opened path shows them, each named once, in the order of the feeds."""
    roots = [p.resolve() for p in opened]
    named: list[str] = []
    for report in reports:
        if not (report.counts["new"] or report.counts["updated"]):
            continue
        into = (report.into or library_dir()).resolve()
        folder = (report.folder or into).resolve()
        if any(root == folder or root in folder.parents for root in roots):
            continue
        if str(into) not in named:
            named.append(str(into))
    return named


def _and(names: Sequence[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
