"""The reader's own state in the app: marks, position, theme, and the comfort keys."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.binding import Binding
from textual.css.query import NoMatches

from hzreader.dirs import data_dir
from hzreader.library import Library, position_of
from hzreader.model import Article, article_key
from hzreader.state import ReadingState
from hzreader.ui._browser import open_in_browser
from hzreader.ui._ending import end_within
from hzreader.ui._toasts import SingleToastApp
from hzreader.ui.widgets.headlines import HeadlineList
from hzreader.ui.widgets.panes import LIST_MIN_WIDTH, Panes, default_list_width
from hzreader.ui.widgets.reader import ArticleView
from hzreader.ui.widgets.searchbar import SearchBar
from hzreader.ui.widgets.textline import StatusLine

if TYPE_CHECKING:
    from hzreader.ui.widgets.figures import FiguresPanel

#: Seconds between choosing Screenshot in the palette and taking it (the palette closes).
SCREENSHOT_DELAY = 0.3
#: Seconds a hang-up (SIGHUP, SIGTERM) gives the app to end by itself before it is ended.
HANG_UP_GRACE = 3.0
#: The same after `Q` or `q` (a normal shutdown takes well under a second).
QUIT_GRACE = 5.0


#: How often the state file is checked for marks made by another hzreader, in seconds.
STATE_POLL_SECONDS = 2.0


class ReadingApp(SingleToastApp, app_layer=True):
    """The base of `HzReaderApp`: read/unread and star marks, the remembered position and
    theme, and the url, clipboard and wide-reading keys.

    The subclass composes the widgets and sets `state` and `collection_name` in `__init__`.
    """

    BINDINGS = [
        Binding("m", "toggle_read", "Read/unread", show=False,
                tooltip="Mark the article read or unread"),
        Binding("s", "toggle_star", "Star", show=False, tooltip="Star or unstar the article"),
        Binding("o", "open_url", "Open URL", show=False,
                tooltip="Open the article's url in the browser (no browser: copy it)"),
        Binding("y", "copy", "Copy", show=False,
                tooltip="Copy the title and url (or the marked figure)"),
        Binding("w", "toggle_wide", "Wide", show=False,
                tooltip="Hide or show the headline list (wide reading)"),
        Binding("less_than_sign", "resize_list(-4)", "Narrower list", show=False,
                tooltip="Make the headline list narrower (remembered)"),
        Binding("greater_than_sign", "resize_list(4)", "Wider list", show=False,
                tooltip="Make the headline list wider (remembered)"),
    ]

    state: ReadingState
    collection_name: str
    library: Library
    loading: bool
    _restore_pending: bool

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: Set when the app starts leaving (`Q`, a hang-up): threads stop at their next step.
        self.leaving = threading.Event()

    @property
    def headlines(self) -> HeadlineList:
        """The headline list."""
        return self.query_one(HeadlineList)

    @property
    def reader(self) -> ArticleView:
        """The reading pane."""
        return self.query_one(ArticleView)

    @property
    def panes(self) -> Panes:
        """The row of panes, which owns their layout."""
        return self.query_one(Panes)

    @property
    def figures_panel(self) -> FiguresPanel:
        """The key figures panel (added after the first paint, or when first asked for)."""
        from hzreader.ui.widgets.figures import FiguresPanel  # loaded after the first frame

        panes = self.panes
        try:
            return panes.query_one(FiguresPanel)
        except NoMatches:
            return self.make_figures_panel()

    def make_figures_panel(self) -> FiguresPanel:
        """Add the key figures panel to the panes (the app does it)."""
        raise NotImplementedError

    @property
    def figures_shown(self) -> bool:
        """True while the figures panel is open."""
        return self.panes.show_figures

    @property
    def search_bar(self) -> SearchBar:
        """The search bar."""
        return self.query_one(SearchBar)

    @property
    def query_text(self) -> str:
        """What is typed in the search bar."""
        return self.search_bar.value

    def marks_of(self, item: Any) -> tuple[bool, bool]:
        """(unread, starred) of a list item, for the headline list."""
        mark = self.state.mark(self.library.key_of(item), item.id)
        return not mark.read, mark.starred

    def status_of(self, item: Any, flag: str) -> bool:
        """Answers `is:read` / `is:starred` filters for a list item."""
        mark = self.state.mark(self.library.key_of(item), item.id)
        return mark.read if flag == "read" else mark.starred

    def _restore_position(self) -> tuple[str, int] | None:
        """The article id and offset to reopen at, once, as soon as that article is listed."""
        saved = self.state.position(self.collection_name)
        if not saved or not self.loading:
            self._restore_pending = False
        items = self.library.items
        position = position_of(items, str(saved.get("id", "")))
        if position is None and saved.get("key") and hasattr(items, "keys"):
            keys = list(items.keys)
            position = keys.index(saved["key"]) if saved["key"] in keys else None
        if position is None:
            return None
        self._restore_pending = False
        return items[position].id, int(saved.get("offset", 0))

    def remember_position(self) -> None:
        """Store the article on screen and the reading offset."""
        article = self.reader.article
        if article is not None:
            self.state.set_position(self.collection_name, article_key(article), article.id,
                                    self.reader.top_offset())

    def watch_state_file(self) -> None:
        """Check every `STATE_POLL_SECONDS` whether another hzreader wrote the state file
        (a `stat`: no CPU to speak of), and show its marks here too."""
        self.set_interval(STATE_POLL_SECONDS, self.take_state_from_disk)

    def take_state_from_disk(self) -> None:
        """Read the state file in a thread if another hzreader wrote it."""
        if self.state.changed_on_disk():
            self._read_state_file()

    @work(thread=True, group="state-file")
    def _read_state_file(self) -> None:
        """Take in the state file's marks, then show them in the list."""
        if self.state.take_from_disk():
            self.call_from_thread(self.marks_taken)

    def marks_taken(self) -> None:
        """Marks made by another hzreader are in: show them."""
        self.headlines.refresh_marks()

    @work(thread=True, exclusive=True, group="save")
    def save_state(self) -> None:
        """Write the reading state (atomically, merged with other processes) off the UI."""
        try:
            self.state.save()
        except OSError as error:
            self.call_from_thread(self.notify, f"Could not save reading state: {error}",
                                  severity="error", markup=False)

    def watch_theme(self, theme: str) -> None:
        """Remember the theme the reader chose."""
        if self.is_running and theme != self.state.theme:
            self.state.set_theme(theme)
            self.save_state()

    def _current_article(self) -> Article | None:
        """The article the marks and comforts act on: the one in the reading pane."""
        return self.reader.article

    def action_toggle_read(self) -> None:
        """Mark the current article read or unread."""
        article = self._current_article()
        if article is not None:
            key = article_key(article)
            mark = self.state.set_mark(key, article.id,
                                       read=not self.state.mark(key, article.id).read)
            self.headlines.refresh_marks()
            # In the status line, seen in wide reading too (where the list's ● is hidden);
            # presses in a row replace the message instead of piling up toasts.
            self.query_one("#status", StatusLine).flash(
                "Marked read." if mark.read else "Marked unread.")
            self.save_state()

    def action_toggle_star(self) -> None:
        """Star or unstar the current article."""
        article = self._current_article()
        if article is not None:
            key = article_key(article)
            starred = not self.state.mark(key, article.id).starred
            mark = self.state.set_mark(key, article.id, starred=starred)
            self.headlines.refresh_marks()
            self.query_one("#status", StatusLine).flash(  # as `m`: no pile of toasts
                "Starred." if mark.starred else "Unstarred.")
            self.save_state()

    def action_open_url(self) -> None:
        """Open the article's url in the browser; with no browser, copy it and show it."""
        article = self._current_article()
        if article is None or not article.url:
            self.notify("This article has no url.", severity="warning", timeout=3)
            return
        if not article.url.lower().startswith(("http://", "https://")):
            self.notify(f"Not a web address, not opened: {article.url}", severity="warning",
                        markup=False, timeout=5)
            return
        self.launch_url(article.url)

    @work(thread=True, exclusive=True, group="browser")
    def launch_url(self, url: str) -> None:
        """Find a browser off the UI thread and say what happened."""
        opened = open_in_browser(url)
        self.call_from_thread(self.url_opened, url, opened)

    def url_opened(self, url: str, opened: bool) -> None:
        """Tell whether the browser opened; if not, copy the url (OSC 52) and show it."""
        if opened:
            self.notify(f"Opened in the browser: {url}", markup=False, timeout=4)
            return
        self.copy_to_clipboard(url)
        self.notify(f"No browser to open here, so the url was copied to the clipboard: {url}",
                    title="Open URL", markup=False, timeout=10)

    def action_copy(self) -> None:
        """Copy the marked figure, or the title and url, to the clipboard (OSC 52)."""
        article = self._current_article()
        if article is None:
            return
        figure = self.reader.current_figure_text()
        text = figure or "\n".join(part for part in (article.title, article.url) if part)
        self.copy_to_clipboard(text)
        if figure:
            self.notify(f"Copied the figure: {figure}", markup=False, timeout=2)
        elif article.url:
            self.notify("Copied the title and url.", timeout=2)
        else:
            self.notify("Copied the title (this article has no url).", timeout=3)

    def action_toggle_wide(self) -> None:
        """Hide the headline list to give the reading pane the whole width, or bring it back."""
        self.panes.wide = not self.panes.wide
        if self.panes.wide and self.headlines.has_focus:
            self.reader.focus()

    def action_resize_list(self, step: int) -> None:
        """Make the headline list `step` cells wider (or narrower); remember the width."""
        if self.panes.wide:
            self.panes.wide = False
        current = self.panes.list_width or self.headlines.outer_size.width
        self.panes.list_width = max(LIST_MIN_WIDTH, current + step)
        self.call_after_refresh(self._remember_list_width)

    def _remember_list_width(self) -> None:
        """Save the width the list really has (the row may hold less than was asked)."""
        width = self.headlines.outer_size.width
        # Back at the default (half the row): forget the width, so that another terminal
        # size gets its own default again.
        default = not self.panes.show_figures and width == default_list_width(
            self.panes.size.width or self.size.width)
        self.panes.list_width = None if default else width
        self.state.set_list_width(None if default else width)
        self.save_state()
        # In the status line: presses in a row replace the message instead of piling up toasts.
        self.query_one("#status", StatusLine).flash(
            f"Headline list: {width} columns (< > to change)")

    def reset_list_width(self) -> None:
        """Back to the default width of the headline list."""
        self.panes.list_width = None
        self.state.set_list_width(None)
        self.save_state()

    def take_screenshot(self) -> None:
        """Save an SVG of the screen (once the palette has closed) and say where."""
        def save() -> None:
            folder = screenshot_dir()
            try:
                folder.mkdir(parents=True, exist_ok=True)
                name = f"hzreader-{time.strftime('%Y%m%d-%H%M%S')}.svg"
                path = Path(self.save_screenshot(name, str(folder)))
            except OSError as error:
                self.notify(f"Could not save the screenshot in {folder}: {error.strerror}",
                            severity="error", markup=False)
                return
            self.notify(f"Screenshot saved: {path}", markup=False, timeout=8)

        # After the palette has closed and the footer shows the screen's keys again.
        self.set_timer(SCREENSHOT_DELAY, save, name="screenshot")

    def catch_hang_up(self) -> None:
        """Save where the reader was, as `Q` does, when the terminal closes (SIGHUP: a closed
        window, a dropped ssh) or the app is told to end (SIGTERM). Not when headless (the
        tests: the handler would be the test process's)."""
        if self.is_headless:
            return
        loop = asyncio.get_running_loop()
        for name in ("SIGHUP", "SIGTERM"):
            number = getattr(signal, name, None)
            if number is not None:
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(number, self.hang_up, number)

    def hang_up(self, number: int) -> None:
        """The terminal closed or the app was told to end: save, then leave (128 + signal).

        Leaving is sure: with the terminal gone, Textual's shutdown can wait for ever on a
        write nobody reads, and a sync thread waiting for the UI would keep the index's
        lock, so that every later hzreader on these folders waited too. If the process has
        not ended `HANG_UP_GRACE` seconds later, it ends there (the index and the state are
        written atomically; worker processes end when their pipes close)."""
        self._leave(128 + number, HANG_UP_GRACE)

    async def action_quit(self) -> None:
        """Save where the reader was and leave with status 0; if the process has not ended
        `QUIT_GRACE` seconds later (the terminal closed just after `Q`: Textual's shutdown
        then waits for ever on it, using CPU), it ends there, the terminal set back."""
        self._leave(0, QUIT_GRACE)

    def _leave(self, code: int, grace: float) -> None:
        """Make sure the process ends within `grace` seconds (whatever saving or the shutdown
        then meet: a terminal gone, a slow disk), save the state, and exit."""
        self.leaving.set()
        if not self.is_headless:  # (a test's app lives in the test runner's process)
            end_within(grace, code)
        self.remember_position()
        try:
            self.state.save()
        except OSError as error:
            self.log.error(f"could not save state: {error}")
        self.exit(code, return_code=code)


def screenshot_dir() -> Path:
    """Where screenshots go: `screenshots` in hzreader's data folder
    (`$XDG_DATA_HOME/hzreader/screenshots`, `~/.local/share/hzreader/screenshots`)."""
    return data_dir() / "screenshots"
