"""Searching as the reader types: each edit searches again off the UI thread, and the
results replace the list, keeping the reader's place where that makes sense (an article
that still matches, one renamed or removed, a search given up, a search typed while
reading)."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual import on, work
from textual.widget import Widget

from hzreader.library import SearchResult, moved_position, position_of
from hzreader.model import article_key
from hzreader.query import Query, StatusLookup, parse_query
from hzreader.ui._loading import LoadingApp
from hzreader.ui._navigation import NavigatingApp
from hzreader.ui._status import empty_list_message
from hzreader.ui.widgets.searchbar import SearchBar
from hzreader.ui.widgets.textline import StatusLine

#: Where the reader was: the focused widget, the article in the reading pane with its
#: offset, and whether the figures panel was open.
View = tuple[Widget | None, str | None, int, bool]


@dataclass
class SearchPlace:
    """Where the reader was as a search began: the one record of it. A search given up
    (cleared with nothing opened nor moved to in its results) goes back there; a query of
    ignored terms only (`kind:`, `$`) leaves the cursor where it was at `/`. Each `/` notes
    the place, and the first edit after it begins a new search from there, as each search
    in less starts from where you are: so a search given up after an earlier one you used
    goes back to where you were reading at its `/`, not to where the earlier one began."""

    #: The article under the list's cursor when the search listed began (its first results).
    start: str | None = None
    #: The article under the list's cursor at the last `/`.
    at_slash: str | None = None
    #: The view as the search listed began (None: none noted since the last search given up).
    view: View | None = None
    #: Noted at the last `/`, until an edit begins a search from there (`begin`): the
    #: cursor's article and the view. A `/` left unedited (Esc) begins nothing.
    noted: tuple[str | None, View] | None = None

    def begin(self) -> bool:
        """An edit after `/`: the search typed starts from the place noted there (True),
        if one is noted."""
        if self.noted is None:
            return False
        (self.start, self.view), self.noted = self.noted, None
        return True


class SearchingApp(LoadingApp, NavigatingApp, app_layer=True):
    """The base of `HzReaderApp` that runs searches and shows their results."""

    paths: list[Path]
    #: How search results are ordered ("relevance" or "date": the app's reactive).
    order: str
    _query_serial = 0
    #: The latest search result shown (its ranking is told in the status line).
    last_result = SearchResult(())
    #: The query whose results are listed, and whether it searches for anything.
    _shown_query = ""
    _shown_searching = False
    #: Where the reader was as the search listed began (`SearchPlace`).
    _place: SearchPlace
    #: The widget to focus again once a search given up has left the search field.
    _focus_after_search: Widget | None = None
    #: ... and whether the figures panel was open with it (under `NARROW_WIDTH` columns the
    #: list showing for the search's results closed it).
    _figures_after_search = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._place = SearchPlace()

    def update_status(self, shown: int | None = None) -> None:
        """Say what is listed (the app does it)."""
        raise NotImplementedError

    def cursor_moved(self, item: Any | None, by_reader: bool) -> None:
        """Show the article under the cursor (the app does it)."""
        raise NotImplementedError

    @on(SearchBar.QueryChanged)
    def on_query_changed(self, event: SearchBar.QueryChanged) -> None:
        """Every edit runs the search again; with a search listed, the first after `/` (of
        a new query: not the search cleared) begins a new search from the place noted
        there (with none listed, its first results do: `_place_around_search`)."""
        self.query_changed()
        text = event.query.strip()
        if self._shown_searching and text and text != self._shown_query.strip() and \
                self._place.begin():
            self.used_results = False
            self._focus_after_search = None
        self.apply_query(event.query)

    def apply_query(self, text: str) -> None:
        """Search off the UI thread; a newer query makes older answers stale."""
        self.last_activity = time.monotonic()
        self._query_serial += 1
        query = parse_query(text)
        searched, status = self.searched(query)
        if searched.is_empty:  # every article: nothing to search, no thread needed
            self.show_results(query, self._query_serial, SearchResult(self.library.items))
            return
        if not self.library.partial:  # (else the whole list follows in a moment, searched then)
            self.run_search(query, searched, status, self.order, self._query_serial)
        if self.search_pending():
            # The results listed are not this search's: `n`/`N` typed in the list before its
            # own come wait for them (the app's `no_search`), not open one of the old.
            self.headlines.searching = False
        if self.search_pending() or self.query_arriving():
            self.update_status(self.shown_count)  # "searching…": the count listed is stale

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: Query, searched: Query, status: StatusLookup, order: str,
                   serial: int) -> None:
        """Find the matching articles and hand them to the UI if still wanted (a search
        typed over stops this one in the index)."""
        from hzreader.index import SearchInterrupted

        try:
            found = self.library.search(searched, status, order, serial=serial)
        except SearchInterrupted:
            return
        except sqlite3.Error as error:  # a query the index rejects must not end the app
            self.call_from_thread(self.notify, f"Search failed: {error}", severity="error",
                                  markup=False)
            return
        if serial == self._query_serial:
            self.call_from_thread(self.show_results, query, serial, found)

    def gone_paths(self) -> list[str]:
        """The opened folders and files that are not there now (removed after the start:
        the watch waits for them)."""
        if self.library.items:
            return []
        return [str(path) for path in self.paths if not path.exists()]

    def search_field_focused(self) -> bool:
        """Whether the search bar's text field has the focus."""
        field = self.search_bar.field
        return field is not None and self.focused is field

    def query_arriving(self) -> bool:
        """Whether more of the query is typed than the search field holds yet (keys waiting
        their turn): a result or a note for what it holds now would be stale at once."""
        return self.search_field_focused() and self.text_typed_ahead()

    def show_results(self, query: Query, serial: int, found: SearchResult) -> None:
        """Put search results in the list, keeping the cursor's article when it still matches
        (not those of a query that more keys typed are still changing)."""
        if serial != self._query_serial:
            return
        if self.query_arriving():
            self.update_status(self.shown_count)
            return
        self.last_result = found
        results = found.items
        current = self.headlines.current
        text = query.raw
        empty = empty_list_message("" if query.is_empty else text, bool(self.library.items),
                                   self.loading, self.errors_summary, self.gone_paths())
        if self.unread_only and self.library.items and not self.loading:
            empty = ("No unread articles match." if not query.is_empty
                     else "No unread articles.") + " Press v to list every article."
        self.headlines.searching = not query.is_empty
        # A new query starts at its best match; a refresh or a cleared query keeps the article.
        new_query = not query.is_empty and text.strip() != self._shown_query.strip()
        keep = current.id if current and not new_query else (
            self.reader_kept(results, current) if new_query else None)
        keep = self._place_around_search(query, current, keep)
        if self._shown_searching != (not query.is_empty):
            self.refresh_bindings()  # the footer's `q`: "Clear search" with results listed
        self._shown_query, self._shown_searching = text, not query.is_empty
        restore = self._restore_position() if self._restore_pending and results else None
        cursor, key_of = self.headlines.cursor, self.library.key_of
        self.headlines.set_items(
            results, restore[0] if restore else keep, empty, announce=False,
            fallback=None if restore or keep is None else
            lambda: moved_position(results, current, cursor, key_of))
        if results and not self.headlines_painted.is_set():
            self.call_after_refresh(self.headlines_painted.set)
        if restore:
            self.reader.pending_offset = restore
        if self._keeps_removed_article(results, new_query):
            self.query_one("#status", StatusLine).flash(
                "This article's file was removed: it stays here until you leave it.", 4.0)
        else:
            self.cursor_moved(self.headlines.current, by_reader=False)  # one paint with the list
        if self._focus_after_search is not None and not self.search_field_focused():
            self.restore_focus()  # a search given up from the list (Esc, q)
        if self.headlines.has_focus:  # Enter typed before these results came
            self.back_in_reader()
        if self.pending_match is not None:  # `n` typed before these results came
            which, self.pending_match = self.pending_match, None
            if not query.is_empty and results and self.headlines.has_focus:
                self.headlines.action_open_at_match(which)
        self.update_status(len(results) if not query.is_empty or self.unread_only else None)

    def _keeps_removed_article(self, results: Any, new_query: bool) -> bool:
        """True when the article being read (the reading pane has the focus) is no longer
        listed because its file was removed, not renamed: it stays on screen
        (`reading_gone`) until the reader leaves it."""
        article = self.reader.article
        if new_query or article is None or not self.reader.has_focus or \
                position_of(results, article.id) is not None:
            return False
        current = self.headlines.current
        if current is not None and self.library.key_of(current) == article_key(article):
            return False  # renamed: the same text under a new name, shown as it is
        self.reading_gone = True
        return True

    def note_place(self) -> None:
        """`/`: remember the focus and the reading pane's article and offset, for a search
        given up to go back to (once an edit begins one: `SearchPlace.begin`); and the
        article under the cursor."""
        current = self.headlines.current
        selected = current.id if current is not None else None
        article = self.reader.article
        self._place.at_slash = selected
        self._place.noted = (selected, (self.focused, article.id if article else None,
                                        self.reader.top_offset(), self.panes.show_figures))

    def _place_around_search(self, query: Query, current: Any, keep: str | None) -> str | None:
        """The article to keep under the cursor: as `keep`, except that a search given up
        (cleared with nothing opened nor moved to in its results) goes back to the article
        the cursor was on before it, as an aborted search in less stays where it was: at
        the same offset, and (`restore_focus`) in the same pane. A query whose terms are all
        ignored lists every article with the cursor on the one it was on at `/`."""
        searching, place = self._shown_searching, self._place
        if not searching and not query.is_empty:
            if not place.begin():  # (no `/`: the search field focused by Tab or the mouse)
                place.start, place.view = (current.id if current is not None else None), None
            self.used_results = False
            self._focus_after_search = None
        elif searching and query.is_empty and query.raw.strip():
            # Every term ignored (`kind:`, `$`): every article is listed, the cursor where
            # the reader was at `/` (not on the best match of a query typed on the way).
            selected, view = place.at_slash, place.view
            if selected is not None and view is not None and view[1] == selected:
                self.reader.pending_offset = (selected, view[2])
            return selected or keep
        elif searching and query.is_empty:
            before, place.start = place.start, None
            view, place.view = place.view, None
            if before is not None and not self.used_results:
                if view is not None:
                    focused, article_id, offset, self._figures_after_search = view
                    if article_id == before:
                        self.reader.pending_offset = (before, offset)
                    self._focus_after_search = focused
                self.searched_from_reader = None
                return before
        return keep

    def stay_in_list(self) -> None:
        """The search given up from now on keeps the focus in the list (the reader went to
        its results, or `q` cleared it: going back one level never goes into a pane); the
        cursor's article and the pane's offset still come back."""
        view, self._focus_after_search = self._place.view, None
        if view is not None:
            self._place.view = (None, *view[1:])

    def restore_focus(self) -> bool:
        """After a search given up, back in the pane that had the focus before `/` (once
        the search field has been left); True if the focus went there."""
        widget, self._focus_after_search = self._focus_after_search, None
        if widget is None or not widget.is_attached or not widget.focusable or \
                widget.screen is not self.screen:
            return False
        if self._figures_after_search and widget is not self.headlines:
            self.open_figures()  # (the panel, or the article beside it: as it was)
        self.screen.set_focus(widget)
        return True

    def search_pending(self) -> bool:
        """Whether the search bar holds a query whose results are not listed yet."""
        text = self.search_bar.value
        return text.strip() != self._shown_query.strip() and not parse_query(text).is_empty
