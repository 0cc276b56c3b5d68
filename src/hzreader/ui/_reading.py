"""The reader's own state in the app: marks, position, theme, and the comfort keys."""

from __future__ import annotations

from typing import Any

from textual import work
from textual.app import App
from textual.binding import Binding

from hzreader.library import Library, position_of
from hzreader.model import Article, article_key
from hzreader.state import ReadingState
from hzreader.ui.widgets.headlines import HeadlineList
from hzreader.ui.widgets.reader import ArticleView


class ReadingApp(App[int]):
    """The base of `HzReaderApp`: read/unread and star marks, the remembered position and
    theme, and the url, clipboard and wide-reading keys.

    The subclass composes the widgets and sets `state` and `collection_name` in `__init__`.
    """

    BINDINGS = [
        Binding("m", "toggle_read", "Read/unread", tooltip="Mark the article read or unread"),
        Binding("s", "toggle_star", "Star", tooltip="Star or unstar the article"),
        Binding("o", "open_url", "Open URL", show=False, tooltip="Open the article's url"),
        Binding("y", "copy", "Copy", show=False,
                tooltip="Copy the title and url (or the marked figure)"),
        Binding("w", "toggle_wide", "Wide", show=False,
                tooltip="Hide or show the headline list (wide reading)"),
    ]

    state: ReadingState
    collection_name: str
    library: Library
    loading: bool
    _restore_pending: bool

    @property
    def headlines(self) -> HeadlineList:
        """The headline list."""
        return self.query_one(HeadlineList)

    @property
    def reader(self) -> ArticleView:
        """The reading pane."""
        return self.query_one(ArticleView)

    def marks_of(self, item: Any) -> tuple[bool, bool]:
        """(unread, starred) of a list item, for the headline list."""
        mark = self.state.mark(self.library.key_of(item), item.id)
        return not mark.read, mark.starred

    def status_of(self, item: Any, flag: str) -> bool:
        """Answers `is:read` / `is:starred` filters for a list item."""
        mark = self.state.mark(self.library.key_of(item), item.id)
        return mark.read if flag == "read" else mark.starred

    def on_headline_list_opened(self, event: HeadlineList.Opened) -> None:
        """Enter on a headline moves into the reading pane and marks the article read."""
        self.reader.focus()
        key, article_id = self.library.key_of(event.article), event.article.id
        if not self.state.mark(key, article_id).read:
            self.state.set_mark(key, article_id, read=True)
            self.headlines.refresh_marks()
            self.save_state()

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
            self.state.set_mark(key, article.id, read=not self.state.mark(key, article.id).read)
            self.headlines.refresh_marks()
            self.save_state()

    def action_toggle_star(self) -> None:
        """Star or unstar the current article."""
        article = self._current_article()
        if article is not None:
            key = article_key(article)
            starred = not self.state.mark(key, article.id).starred
            mark = self.state.set_mark(key, article.id, starred=starred)
            self.headlines.refresh_marks()
            self.notify("Starred." if mark.starred else "Unstarred.", timeout=2)
            self.save_state()

    def action_open_url(self) -> None:
        """Open the article's url in the browser."""
        article = self._current_article()
        if article is None or not article.url:
            self.notify("This article has no url.", severity="warning", timeout=3)
            return
        if not article.url.startswith(("http://", "https://")):
            self.notify("Only http(s) urls are opened.", severity="warning", timeout=3)
            return
        self.open_url(article.url)

    def action_copy(self) -> None:
        """Copy the marked figure, or the title and url, to the clipboard (OSC 52)."""
        article = self._current_article()
        if article is None:
            return
        figure = self.reader.current_figure_text()
        text = figure or "\n".join(part for part in (article.title, article.url) if part)
        self.copy_to_clipboard(text)
        self.notify("Copied figure." if figure else "Copied title and url.", timeout=2)

    def action_toggle_wide(self) -> None:
        """Hide the headline list to give the reading pane the whole width, or bring it back."""
        panes = self.query_one("#panes")
        wide = not panes.has_class("-wide")
        panes.set_class(wide, "-wide")
        if wide and self.headlines.has_focus:
            self.reader.focus()

    async def action_quit(self) -> None:
        """Save where the reader was and leave with status 0."""
        self.remember_position()
        try:
            self.state.save()
        except OSError as error:
            self.log.error(f"could not save state: {error}")
        self.exit(0)

