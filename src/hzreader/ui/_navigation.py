"""Moving between the panes and pop-ups: back one level (`q`, Esc), search, figures panel,
help, problems and the command palette; and `=`, where the reader is (as in less).

`q` goes back one level, as in newsboat: the keys panel closes, the figures panel gives way to
the article, the article to the list; in the list `q` quits. `Q` quits from anywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from textual.app import SystemCommand
from textual.css.query import NoMatches
from textual.screen import Screen

from hzreader.library import position_of
from hzreader.ui._marking import MarkingApp, nothing_searched
from hzreader.ui._reading import screenshot_dir
from hzreader.ui._status import shorter_paths, where_forms
from hzreader.ui.widgets.paging import PagingView
from hzreader.ui.widgets.textline import StatusLine

#: Textual's own palette commands kept as they are ("Quit" and "Screenshot" are replaced by
#: hzreader's). Left out: "Keys" (Textual's side panel of keys: "Help" shows them all),
#: "Maximize"/"Minimize" (`w` is wide reading) and whatever a later Textual adds.
TEXTUAL_COMMANDS_KEPT = frozenset({"Theme"})

#: Seconds `=` shows where the reader is (unless the pane moves first), and a count typed.
WHERE_SECONDS = 6.0
COUNT_SECONDS = 10.0


class NavigatingApp(MarkingApp, app_layer=True):
    """The actions that move the reader between list, article, panels and pop-ups."""

    errors_summary: str
    paths: list[Path]
    #: `n` (0) or `N` (-1) pressed before the typed search's results came: done with them.
    pending_match: int | None = None
    #: The article being read when the search bar was opened from the reading pane.
    searched_from_reader: str | None = None

    def refresh_figures(self) -> None:
        """Fill the figures panel (the app does it)."""
        raise NotImplementedError

    def action_toggle_figures(self) -> None:
        """Open or close the key figures panel."""
        if not self.panes.show_figures:
            self.open_figures()
            self.figures_panel.focus()
            return
        self.panes.show_figures = False
        if self.figures_panel.has_focus or self.focused is None:
            self.reader.focus()

    def open_figures(self) -> None:
        """Open the key figures panel (if closed), filled with the article's figures."""
        if self.panes.show_figures:
            return
        self.panes.show_figures = True
        self.refresh_figures()
        self.call_after_refresh(self.refresh_figures)  # again, at the laid-out width

    def action_no_search(self, which: int = 0) -> None:
        """`n`/`N` with no search results listed: when a search was typed and its results
        are still to come (`/storm` Enter `n` typed at once), step to its first (0) or last
        (-1) match once they are listed; otherwise say why nothing happens."""
        if self.search_pending():
            self.pending_match = which
        elif self.headlines.searching and not self.headlines.items:
            self.notify("No article is listed.", timeout=3)
        else:
            self.notify(nothing_searched(which), timeout=3)

    def search_pending(self) -> bool:
        """Whether a search was typed whose results are not listed yet (the app says)."""
        raise NotImplementedError

    def note_place(self) -> None:
        """Remember where the reader is as a search begins (the app does it)."""
        raise NotImplementedError

    def stay_in_list(self) -> None:
        """A search given up keeps the focus in the list (the app does it)."""
        raise NotImplementedError

    def say_no_more_matches(self, forward: bool) -> None:
        """`n` past the last match of the last matching article (`N` before the first): say
        so, as less says "Pattern not found"; the reader stays where it is."""
        # In the status line: `n` pressed again replaces the message instead of piling toasts.
        self._no_more_told = ("No more matches below: this is the last matching article."
                              if forward else
                              "No more matches above: this is the first matching article.")
        self.status_line.flash(self._no_more_told)

    #: What `say_no_more_matches` said last: a match marked since (`N` after it) ends it.
    _no_more_told = ""

    def on_stepping_view_match_marked(self) -> None:
        """A match is current again: "No more matches" no longer holds."""
        self.status_line.end_flash(self._no_more_told)

    def step_back(self) -> tuple[str, Callable[[], object]]:
        """What `q` does where the reader is (the one owner of that question: the footer's
        label and the action both ask it): its kind, "back" (the keys panel, the figures
        panel, the article), "clear" (a search's results) or "quit", and the move itself."""
        if self.screen.query("HelpPanel"):
            return "back", self.action_hide_help_panel
        focused = self.focused  # (by id: asking for the figures panel would mount it)
        if focused is not None and focused.id == "figures":
            return "back", self._close_figures
        if focused is not None and focused.id == "reader":
            return "back", self.action_to_list
        try:
            searched = bool(self.search_bar.value.strip())
        except NoMatches:  # another screen on top: its own keys
            searched = False
        if searched:
            # back to every article first, as newsboat leaves its search results; one
            # more `q` quits
            return "clear", self._clear_search
        return "quit", lambda: self.call_later(self.action_quit)

    def _clear_search(self) -> None:
        """`q` in a search's results: every article, the focus staying in the list."""
        self.stay_in_list()
        self.search_bar.clear()

    def _close_figures(self) -> None:
        """Close the figures panel, back in the article."""
        self.panes.show_figures = False
        self.reader.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`q` has one binding for each thing it does, so that the footer says which it does
        here ("Back", "Clear search", "Quit"): only that one is on."""
        if action == "step_back" and parameters:  # (the panes' own `q` is always on)
            return parameters[0] == self.step_back()[0]
        return super().check_action(action, parameters)

    def action_step_back(self, kind: str = "") -> None:
        """Back one level, as newsboat: the keys panel closes, the figures panel gives way to
        the article, the article to the list, a search's results to every article; in the
        list of every article, quit (`step_back`). (`kind` names the footer's label only.)"""
        self.step_back()[1]()

    def action_search(self) -> None:
        """Focus the search bar at once, so keys typed right after `/` land in it; the query
        listed is selected: typing starts a new search (as `/` in less), an arrow key keeps
        it to refine."""
        #: Searched while reading: the article stays if it matches, and the search ends in
        #: it at its first match, as a search in less stays in the text.
        article = self.reader.article if self.reader.has_focus else None
        self.searched_from_reader = article.id if article is not None else None
        self.note_place()
        field = self.search_bar.input
        self.screen.set_focus(field)
        if field.value:
            field.select_all()

    def reader_kept(self, results: Any, current: Any) -> str | None:
        """The id of the article being read when a search typed in the reading pane lists
        it (it stays under the cursor, not the best match); None otherwise."""
        if self.searched_from_reader is None or current is None or \
                current.id != self.searched_from_reader or \
                position_of(results, current.id) is None:
            return None
        return str(current.id)

    def back_in_reader(self) -> bool:
        """After a search typed while reading, whose results list that article: back in the
        reading pane at its match (True); else False (the list takes the focus)."""
        current = self.headlines.current
        article = self.reader.article
        if self.searched_from_reader is None or self.search_pending() or current is None or \
                article is None or not current.id == article.id == self.searched_from_reader \
                or not self.reader.searched:
            return False
        self.searched_from_reader = None
        self.reader.focus()
        return True

    def action_go_back(self) -> None:
        """From the reading pane, back to the list; in the list, clear the search."""
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        elif self.reader.has_focus or self.figures_panel.has_focus:
            self.action_to_list()
        elif self.search_bar.value:
            self.search_bar.clear()
        else:
            self.headlines.focus()

    def action_to_list(self) -> None:
        """Focus the headline list (never clears the search); wide reading ends."""
        self.panes.wide = False
        self.headlines.focus()

    def action_help(self) -> None:
        """Show every key."""
        everywhere = [binding for cls in type(self).__mro__
                      for binding in cls.__dict__.get("BINDINGS", ())
                      if cls.__module__.startswith("hzreader.")]
        from hzreader.ui.screens.help import HelpScreen, help_sections  # loads when first shown

        self.push_screen(HelpScreen(help_sections(everywhere), self.reader.styles_map()))

    def action_problems(self) -> None:
        """List the files that were skipped and why."""
        from hzreader.ui.screens.problems import ProblemsScreen  # loads when first shown

        self.push_screen(ProblemsScreen(self.library.problems, self.errors_summary))

    @property
    def status_line(self) -> StatusLine:
        """The status line."""
        return self.query_one("#status", StatusLine)

    def action_file_info(self) -> None:
        """`=` (less's file information): in the status line, the article's place in the
        list, its file, the lines shown and how far down; it goes once the pane moves."""
        article, status = self.reader.article, self.status_line
        if article is None:
            status.flash("No article is shown.")
            return
        current = self.headlines.current
        listed = current is not None and current.id == article.id and not self.reading_gone
        forms = where_forms(
            position=self.headlines.cursor + 1 if listed else None,
            listed=len(self.headlines.items),
            paths=shorter_paths(article.path, [str(path) for path in self.paths]),
            shown=self.reader.shown_lines())
        status.flash(forms, seconds=WHERE_SECONDS, alone=True)
        self._where_told = forms[0]
        if not self._watching_scroll:
            self._watching_scroll = True
            self.watch(self.reader, "scroll_y", self._where_moved, init=False)

    #: The longest form of what `=` said last (ended when the pane moves).
    _where_told = ""
    _watching_scroll = False

    def _where_moved(self) -> None:
        """The pane moved: the lines `=` told are no longer those shown."""
        self.status_line.end_flash(self._where_told)

    def on_paging_view_count_typed(self, event: PagingView.CountTyped) -> None:
        """A count typed in the reading pane (`3` of `3j`) shows until its key comes."""
        if event.count is None:
            self.status_line.end_flash(self._count_told)
            return
        count = event.count
        forms = (f"count {count:,} (j: {count:,} lines down, g: line {count:,}, "
                 f"%: {min(count, 100)}%)", f"count {count:,}")
        self.status_line.flash(forms, seconds=COUNT_SECONDS)
        self._count_told = forms[0]

    #: The longest form of the count shown last.
    _count_told = ""

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Palette commands for hzreader's own actions, then Textual's."""
        yield SystemCommand("Search", "Focus the search bar", self.action_search)
        yield SystemCommand("Problems", "Show files that were skipped", self.action_problems)
        yield SystemCommand("Help", "Every key and what it does, by pane (?)", self.action_help)
        if self.panes.list_width is not None:
            yield SystemCommand("Headline list: default width",
                                "Forget the width set with < and >", self.reset_list_width)
        for command in super().get_system_commands(screen):
            if command.title == "Screenshot":  # Textual's saves where it may not write
                yield SystemCommand("Screenshot", "Save an SVG picture of the screen in "
                                    f"{screenshot_dir()}", self.take_screenshot)
            elif command.title == "Quit":
                yield SystemCommand("Quit", "Remember where you are and quit (Q)",
                                    self.action_quit)
            elif command.title in TEXTUAL_COMMANDS_KEPT:
                yield command
