"""What counts as read, and the keys of a newsboat reader: next unread, mark all read (with
undo), and a view of the unread articles only.

The rule: an article is read once it is opened (Enter, `l`, `n`/`N` from the list, or reached
with `n`/`N`/`u`/`U` while in the reading pane), once its text is scrolled to the end, or once
the reader moved the list's cursor to it and it rested in the reading pane for `READ_AFTER`
seconds (a preview, as mail readers do). Passing over it with `j`/`k` does not count, nor
does the article shown at start or at the top of new search results.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from textual.binding import Binding
from textual.reactive import reactive
from textual.timer import Timer

from hzreader.query import Query, StatusLookup, StatusTerm, parse_query
from hzreader.text import counted
from hzreader.ui._reading import ReadingApp
from hzreader.ui.widgets.headlines import HeadlineList
from hzreader.ui.widgets.reader import ArticleView
from hzreader.ui.widgets.textline import StatusLine

#: Seconds an article rests in the reading pane, while the list has the cursor, before it
#: counts as read (None: never; the tests turn it off).
READ_AFTER: float | None = 3.0


def only_unread(query: Query) -> Query:
    """`query` limited to unread articles (every group gets `is:unread`)."""
    unread = StatusTerm("read", False)
    groups = tuple((*group, unread) for group in query.groups) or ((unread,),)
    return Query(query.raw, groups)


def nothing_searched(which: int) -> str:
    """What `n` (`which` 0) or `N` (-1) say with no search: how to search, and the key a
    newsboat reader meant (its `n` is the next unread article, its `N` toggles read)."""
    meant = "u: next unread" if which == 0 else "m: mark read or unread"
    return f"Nothing searched yet: press / to search ({meant})."


class MarkingApp(ReadingApp, app_layer=True):
    """Read marks by the reading rule, next unread, mark all read and unread only."""

    BINDINGS = [
        Binding("u", "next_unread", "Next unread",
                tooltip="Next unread article (in the reading pane: open it)"),
        Binding("U", "previous_unread", "Previous unread", show=False,
                tooltip="Previous unread article"),
        Binding("J", "next_article(1)", "Next article", show=False,
                tooltip="Next article, read or not (in the reading pane: open it, as newsboat)"),
        Binding("K", "next_article(-1)", "Previous article", show=False,
                tooltip="Previous article (in the reading pane: open it)"),
        Binding("v", "toggle_unread_only", "Unread only", show=False,
                tooltip="Show only unread articles, or all of them"),
        Binding("A", "mark_all_read", "All read", show=False,
                tooltip="Mark every article in the list read (asks first; z undoes it)"),
        Binding("z", "undo_marks", "Undo", show=False, tooltip="Undo the last mark all read"),
    ]

    #: Only unread articles are listed (an article read meanwhile stays until the next search).
    unread_only: reactive[bool] = reactive(False, init=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: An article of the search shown was opened or moved to (see `HzReaderApp`).
        self.used_results = False
        self._read_timer: Timer | None = None
        #: Content keys read while the unread view is on: they stay listed until it changes.
        self._kept_unread: set[str] = set()
        #: The last "mark all read" (its batch in the state, how many articles), for `z`.
        self._undo: tuple[str, int] | None = None

    def apply_query(self, text: str) -> None:
        """Search again (the app does it)."""
        raise NotImplementedError

    # -- the reading rule --------------------------------------------------------------------

    def mark_read(self, item: Any) -> None:
        """Mark a list item (or article) read, if it is not yet."""
        key, article_id = self.library.key_of(item), item.id
        if self.state.mark(key, article_id).read:
            return
        self.state.set_mark(key, article_id, read=True)
        if self.unread_only:
            self._kept_unread.add(key)
        self.headlines.refresh_marks()
        self.save_state()

    def article_shown(self, item: Any | None, by_reader: bool = True) -> None:
        """A new article is in the reading pane: read at once if the reader is in the pane,
        else after `READ_AFTER` seconds there if the reader moved to it (the article shown
        at start or after a search was not chosen, and is not counted)."""
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None
        if item is None or not by_reader:
            return
        if self.reader.has_focus or self.figures_panel.has_focus:
            self.mark_read(item)
        elif READ_AFTER is not None and not self.state.mark(
                self.library.key_of(item), item.id).read:
            self._read_timer = self.set_timer(READ_AFTER, lambda: self.preview_rested(item.id),
                                              name="read-after")

    def preview_rested(self, article_id: str) -> None:
        """The preview timer ran out: the article still shown is read."""
        self._read_timer = None
        current = self.headlines.current
        if current is not None and current.id == article_id:
            self.mark_read(current)

    def on_headline_list_opened(self, event: HeadlineList.Opened) -> None:
        """Enter (or `n`/`N` after a search) reads the article in the reading pane."""
        if event.at_match is not None and parse_query(self.query_text).is_empty:
            self.notify(nothing_searched(event.at_match), timeout=3)
            return
        self.used_results = True
        self.reader.focus()
        self.mark_read(event.article)
        if event.at_match is not None:
            reader = self.reader
            shown = reader.rendered.matches if reader.rendered is not None else []
            if event.at_match == 0 and reader.current_match == 0 and shown and \
                    reader.article is not None and reader.article.id == event.article.id:
                # The pane beside the list already marks the first match: `n` goes on, to
                # the next matching article when that was the only one (as less's `n`).
                reader.action_next_match()
            else:
                reader.goto_match(event.at_match)

    def on_article_view_read_to_end(self, event: ArticleView.ReadToEnd) -> None:
        """Scrolling to the end of an article reads it."""
        current = self.headlines.current
        if current is not None and current.id == event.article.id:
            self.mark_read(current)

    # -- next unread -------------------------------------------------------------------------

    #: The reading pane keeps an article whose file was removed while it was being read,
    #: until the reader leaves it (as less and newsboat keep what is read); the list's
    #: cursor is already on the article that took its place, so that one comes next.
    reading_gone: bool = False

    def cursor_moved(self, item: Any | None, by_reader: bool) -> None:
        """Show the article under the cursor (the app does it)."""
        raise NotImplementedError

    def step_start(self, step: int) -> int:
        """The list position one `step` from the article being read: the cursor's
        neighbour, or the cursor itself going on from a removed article (`reading_gone`)."""
        return self.headlines.cursor + (0 if self.reading_gone and step > 0 else step)

    def move_to(self, position: int) -> None:
        """Put the list's cursor at `position` and show its article (also when the cursor
        is there already, behind a removed article still shown)."""
        if position == self.headlines.cursor:
            self.show_under_cursor(by_reader=self.reader.has_focus)
        else:
            self.headlines.cursor = position

    def show_under_cursor(self, by_reader: bool) -> None:
        """Leave a removed article: show the article under the cursor."""
        self.reading_gone = False
        self.cursor_moved(self.headlines.current, by_reader)

    def _unread_position(self, step: int) -> int | None:
        """The next list position after the cursor (step 1) or before it (-1) that is unread."""
        items = self.headlines.items
        position = self.step_start(step)
        while 0 <= position < len(items):
            item = items[position]
            if not self.state.mark(self.library.key_of(item), item.id).read:
                return position
            position += step
        return None

    def _go_unread(self, step: int) -> None:
        position = self._unread_position(step)
        if position is None:
            where, other, key = ("below", "above", "U") if step > 0 else ("above", "below", "u")
            if self._unread_position(-step) is not None:
                self.notify(f"No unread article {where}; there are some {other} ({key}).",
                            timeout=3)
            else:
                self.notify("No unread articles left in the list.", timeout=3)
            return
        self.move_to(position)

    def action_next_unread(self) -> None:
        """Move to the next unread article."""
        self._go_unread(1)

    def action_previous_unread(self) -> None:
        """Move to the previous unread article."""
        self._go_unread(-1)

    def action_next_article(self, step: int) -> None:
        """Move to the next (1) or previous (-1) article of the list, read or not; in the
        reading pane it opens there, as `u` does."""
        position = self.step_start(step)
        if not 0 <= position < len(self.headlines.items):
            self.query_one("#status", StatusLine).flash(
                "This is the last article." if step > 0 else "This is the first article.")
            return
        self.move_to(position)

    # -- mark all read, and undo -------------------------------------------------------------

    def action_mark_all_read(self) -> None:
        """Ask, then mark every article in the list read."""
        items = self.headlines.items
        unread = [item for item in items
                  if not self.state.mark(self.library.key_of(item), item.id).read]
        if not unread:
            self.notify("Every article in the list is read already.", timeout=3)
            return
        count = len(unread)
        shown = "the article" if len(items) == 1 else f"all {len(items):,} articles"
        question = f"Mark {shown} in the list as read?"
        if count < len(items):
            question += f" {count:,} of them {'is' if count == 1 else 'are'} unread."
        question += " (z undoes it)"

        def answered(yes: bool | None) -> None:
            if yes:
                self._mark_all(unread)

        from hzreader.ui.screens.confirm import ConfirmScreen  # pop-ups load when first shown

        self.push_screen(ConfirmScreen(question, "Mark all read"), answered)

    def _mark_all(self, items: Sequence[Any]) -> None:
        """Mark `items` read (one batch in the state) and remember them for undo."""
        marked = [(self.library.key_of(item), item.id) for item in items]
        if self.unread_only:
            self._kept_unread.update(key for key, _ in marked)
        self._undo = (self.state.mark_all_read(marked), len(marked))
        self.headlines.refresh_marks()
        self.save_state()
        count = len(items)
        self.notify(f"Marked {counted(count, 'article')} read (z: undo).",
                    timeout=5)

    def action_undo_marks(self) -> None:
        """Make the articles of the last "mark all read" unread again."""
        if self._undo is None:
            self.notify("Nothing to undo.", timeout=3)
            return
        batch, count = self._undo
        self.state.drop_read_batch(batch)
        self._undo = None
        self.headlines.refresh_marks()
        self.save_state()
        if self.unread_only:  # the articles unread again join the view (the list may be
            self.apply_query(self.query_text)  # saying "No unread articles")
        self.notify(f"Undone: {count:,} article{'s are' if count != 1 else ' is'} unread again.",
                    timeout=4)

    def marks_taken(self) -> None:
        """Marks made by another hzreader are in: show them; an empty unread view looks
        again (its "No unread articles" may no longer be true)."""
        super().marks_taken()
        if self.unread_only and not self.headlines.items:
            self.apply_query(self.query_text)

    # -- unread only -------------------------------------------------------------------------

    def action_toggle_unread_only(self) -> None:
        """Show only unread articles, or all again."""
        self.unread_only = not self.unread_only

    def watch_unread_only(self, unread_only: bool) -> None:
        """Search again with or without the unread filter."""
        self._kept_unread.clear()
        self.headlines.border_title = "Unread headlines" if unread_only else "Headlines"
        self.apply_query(self.query_text)

    def query_changed(self) -> None:
        """A new query starts the unread view afresh: articles read before leave it."""
        self._kept_unread.clear()

    def searched(self, query: Query) -> tuple[Query, StatusLookup]:
        """The query to run for what the reader typed, and the lookup for its `is:` terms."""
        if not self.unread_only:
            return query, self.status_of
        library, kept = self.library, frozenset(self._kept_unread)
        status_of: Callable[[Any, str], bool] = self.status_of

        def status(item: Any, flag: str) -> bool:
            if flag == "read" and library.key_of(item) in kept:
                return False
            return status_of(item, flag)

        return only_unread(query), status
