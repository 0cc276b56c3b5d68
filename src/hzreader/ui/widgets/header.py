"""The header line: the app's name, the whole title of the article under the cursor, and
the app's sub-title (the progress of a feed update) when there is one."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Header
from textual.widgets._header import HeaderTitle


class TitleHeader(Header):
    """A `Header` that also shows the app's `article_title` (plain text, never markup).
    The icon and the space across from it are 3 cells, not 8 and 10: a title has the
    line but for them (at 80 columns, 74 cells instead of 62)."""

    DEFAULT_CSS = """
    TitleHeader HeaderIcon { width: 3; }
    TitleHeader HeaderClockSpace { width: 3; padding: 0; }
    """

    def on_mount(self) -> None:
        """Redraw when the article under the cursor changes."""
        self.watch(self.app, "article_title", self._show_title, init=False)

    def _show_title(self) -> None:
        self.query_one(HeaderTitle).update(self.format_title())

    def format_title(self) -> Content:
        """`hzreader — title of the article — sub-title`, the name dimmed once a title shows."""
        article = str(getattr(self.app, "article_title", ""))
        parts: list[Content | tuple[str, str]] = [
            (self.screen_title, "dim") if article else Content(self.screen_title)]
        if article:
            parts += [(" — ", "dim"), Content(article)]
        if self.screen_sub_title:
            parts += [(" — ", "dim"), Content(self.screen_sub_title).stylize("dim")]
        return Content.assemble(*parts)
