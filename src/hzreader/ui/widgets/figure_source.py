"""Where the reading pane's key figures come from, without ever holding up a key.

The figure rules compile after the first paint (until then an article shows without its
colours); once they are loaded, the open article's figures are remembered part by part, so
each key of a search renders it again at no cost; a long article's figures are found in a
thread: it shows at once, and gains its colours when they are found.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.widget import Widget

from hzreader.model import Article, Figure
from hzreader.ui._render import (
    PartMemo,
    for_article,
    loaded_extract,
    no_figures,
    render_article,
)

if TYPE_CHECKING:
    from hzreader.query import Words

Extractor = Callable[[str], list[Figure]]

#: An article with more characters than this has its figures found in a thread (about
#: 15 ms of the figure rules on one core at this size, 0.1 s at 200,000).
IN_THREAD = 40_000


def article_size(article: Article) -> int:
    """The characters an article's figures are looked for in."""
    return len(article.title) + len(article.summary) + len(article.body)


class FigureSource:
    """The reading pane's `extract`: see the module. `found` is called on the UI thread
    whenever figures it lacked have arrived (the pane renders the article again)."""

    def __init__(self, widget: Widget, found: Callable[[], None]) -> None:
        self._widget = widget
        self._found = found
        self._memo = PartMemo()
        self._loading_rules = False
        self._finding: Article | None = None
        #: True when the last `extractor` had no figures to give yet (the rules load, or the
        #: article's are being found): the pane says "finding figures…", not "0 figures".
        self.waiting = False

    def extractor(self, article: Article | None) -> Extractor:
        """What finds `article`'s figures now: the rules (remembering), or none yet
        (`waiting`)."""
        extract = loaded_extract()
        self.waiting = article is not None
        if extract is None:
            if not self._loading_rules:
                self._loading_rules = True
                self._widget.call_after_refresh(self._load_rules)
            return no_figures
        if article is not None and not self._memo.holds(article) and \
                article_size(article) > IN_THREAD:
            if self._finding != article:
                self._finding = article
                self._widget.run_worker(lambda: self._find(article, extract), thread=True,
                                        group="article-figures", exclusive=True)
            return no_figures
        self.waiting = False
        return self._memo.extractor(article, for_article(extract, article))

    def words(self, article: Article | None) -> Callable[[str], Words]:
        """`query.split_words`, remembering the open article's."""
        return self._memo.words(article)

    def _load_rules(self) -> None:
        """Compile the rules in a thread once the app's first frame is painted."""
        def start() -> None:
            self._widget.run_worker(self._compile_rules, thread=True, group="figure-rules")

        after_first_frame = getattr(self._widget.app, "after_first_frame", None)
        if after_first_frame is None:
            start()
        else:
            after_first_frame(start)

    def _compile_rules(self) -> None:
        from hzreader.figures import extract  # noqa: F401  (compiles the rules)

        self._widget.app.call_from_thread(self._found)

    def _find(self, article: Article, extract: Extractor) -> None:
        """In a thread: every figure of `article`, as the pane will ask for them."""
        memo = PartMemo()
        render_article(article, {}, None, memo.extractor(article, for_article(extract, article)))
        self._widget.app.call_from_thread(self._arrived, article, memo)

    def _arrived(self, article: Article, memo: PartMemo) -> None:
        if self._finding == article:
            self._finding = None
            self._memo = memo
            self._found()
