"""The loaded collection as the app sees it: headline items, full articles, search, problems.

Two implementations share one interface: `MemoryLibrary` holds parsed articles (used when
the index cannot be used), `StoreLibrary` (in `store_library`) reads the SQLite index.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from hzreader.model import LAST_GOOD_PREFIX, Article, Problem, article_key
from hzreader.query import Query, StatusLookup, parse_query
from hzreader.text import counted

if TYPE_CHECKING:  # the lens's figure columns load when first asked for
    from hzreader.figures import FigureAt
    from hzreader.library._figures import Cancelled, FigureColumns
    from hzreader.query import FigureTerm, MemoryIndex


class Item(Protocol):
    """What the headline list shows: an `Article`, or a lighter index row."""

    @property
    def id(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def source(self) -> str: ...

    @property
    def date_text(self) -> str: ...


def newest_first(articles: Sequence[Article]) -> list[Article]:
    """Dated articles newest first, then undated ones in the order they were loaded."""
    dated = sorted((a for a in articles if a.published is not None),
                   key=lambda a: a.published, reverse=True)  # type: ignore[arg-type,return-value]
    undated = [a for a in articles if a.published is None]
    return dated + undated


def rejected_files(problems: Sequence[Problem]) -> list[str]:
    """Files with at least one error, once each, in the order found."""
    return list(dict.fromkeys(p.path for p in problems if p.severity == "error"))


def position_of(items: Sequence[Any], article_id: str) -> int | None:
    """Where the item with `article_id` stands in `items` (fast on index columns)."""
    ids = getattr(items, "ids", None)
    if ids is not None:
        try:
            return int(ids.index(article_id))
        except ValueError:
            return None
    return next((i for i, item in enumerate(items) if item.id == article_id), None)


def position_of_key(items: Sequence[Any], key: str, key_of: Callable[[Any], str]) -> int | None:
    """Where the item with content `key` stands in `items` (an article whose file was
    renamed: a new id, the same text); index columns answer at once."""
    keys = getattr(items, "keys", None)
    if keys is not None:
        try:
            return list(keys).index(key)
        except ValueError:
            return None
    return next((i for i, item in enumerate(items) if key_of(item) == key), None)


def moved_position(items: Sequence[Any], current: Any, cursor: int,
                   key_of: Callable[[Any], str]) -> int | None:
    """Where a list's cursor goes when its article `current` (on row `cursor`) is listed
    no more under its id: to the same text under a new id (its file was renamed), else to
    the row it stood on (the next article, as in newsboat), else None (the top)."""
    if current is None:
        return None
    moved = position_of_key(items, key_of(current), key_of)
    if moved is not None:
        return moved
    return min(cursor, len(items) - 1) if items else None


@dataclass(frozen=True)
class SearchResult:
    """What a search found: the items in order, and whether (or why not) ranked by relevance.

    A value handed from the search thread to the UI: the library itself is never changed.
    """

    items: Sequence[Any]
    ranked: bool = False
    #: Why a search asked to rank came newest first (`index.why_unranked`, or "or-status");
    #: "" when ranked or when nothing was found.
    unranked_reason: str = ""


class Library(Protocol):
    """The interface the app uses, whatever holds the articles."""

    problems: list[Problem]
    ranked: bool

    @property
    def partial(self) -> bool:
        """Only the first items are listed (the rest comes in a moment): not searched."""
        ...

    @property
    def items(self) -> Sequence[Any]:
        """Every list item, newest first."""
        ...

    def article(self, item: Any) -> Article:
        """The full article of a list item."""
        ...

    def key_of(self, item: Any) -> str:
        """The content key (`state.article_key`) of a list item."""
        ...

    def search(self, query: Query, status: StatusLookup | None = None,
               order: str = "date", serial: int | None = None) -> SearchResult:
        """Items matching `query`, newest first or by relevance. With a `serial` (the
        search as the user types, each with a higher one) a search with a higher serial
        may stop this one, which then raises `index.SearchInterrupted`."""
        ...

    def paths_with_articles(self, paths: Sequence[str]) -> set[str]:
        """Which of the files `paths` gave at least one article."""
        ...

    def figure_columns(self, items: Sequence[Any], terms: Sequence[FigureTerm],
                       cancelled: Cancelled | None = None) -> FigureColumns:
        """The key figures of `items` (a search's answer) that one of `terms` accepts (all
        when there are none); `article` in the columns is a position in `items`."""
        ...

    def articles_of(self, items: Sequence[Any]) -> list[Article]:
        """The full articles of some list items, in their order (read together: fast)."""
        ...


def files_with_errors_summary(library: Library) -> str:
    """"3 files skipped, 2 partly read, 1 file kept at its last good version" about the files
    with errors; "" when there are none.

    A file is partly read when some of its documents loaded and others did not; a file
    that broke while open, whose last good version the list keeps, is counted as that.
    """
    rejected = rejected_files(library.problems)
    if not rejected:
        return ""
    kept = {p.path for p in library.problems
            if p.severity == "warning" and p.message.startswith(LAST_GOOD_PREFIX)}
    with_articles = library.paths_with_articles(rejected)
    kept_count = len(kept.intersection(rejected))
    partly = len(with_articles - kept)
    skipped = len(set(rejected) - with_articles - kept)
    parts = [f"{counted(skipped, 'file')} skipped"] if skipped else []
    if partly:
        parts.append(f"{counted(partly, 'file')} partly read")
    if kept_count:
        parts.append("1 file kept at its last good version" if kept_count == 1 else
                     f"{kept_count:,} files kept at their last good version")
    return ", ".join(parts)


class MemoryLibrary:
    """Articles held in memory, searched by scanning (fine for thousands)."""

    #: Results come newest first whatever the order asked for.
    ranked = False
    #: Every article is listed.
    partial = False

    def __init__(self, articles: Sequence[Article] = (), problems: Sequence[Problem] = ()):
        self.items: list[Article] = newest_first(articles)
        self.problems: list[Problem] = list(problems)
        self._index: MemoryIndex | None = None  # built on the first search
        # Computed once here, so the library is never changed after it is handed over.
        self._keys: dict[str, str] = {article.id: article_key(article) for article in self.items}
        #: A memo of each article's figures for the lens (derived values: filling it
        #: never changes an answer).
        self._figures: dict[str, list[FigureAt]] = {}

    @property
    def articles(self) -> list[Article]:
        """All articles, newest first."""
        return self.items

    def paths_with_articles(self, paths: Sequence[str]) -> set[str]:
        """Which of the files `paths` gave at least one article."""
        return set(paths) & {article.path for article in self.items}

    def article(self, item: Any) -> Article:
        """Items are articles already."""
        return item  # type: ignore[no-any-return]

    def articles_of(self, items: Sequence[Any]) -> list[Article]:
        """Items are articles already."""
        return list(items)

    def key_of(self, item: Any) -> str:
        """The content key, computed when the library was made."""
        return self._keys.get(item.id) or article_key(item)

    def search(self, query: Query | str, status: StatusLookup | None = None,
               order: str = "date", serial: int | None = None) -> SearchResult:
        """The articles matching `query`, newest first; `status` answers `is:` filters (in
        memory a search is quick: none is stopped, whatever its `serial`)."""
        parsed = parse_query(query) if isinstance(query, str) else query
        if self._index is None:
            from hzreader.query import MemoryIndex  # loads the tokenizer: not at start-up

            self._index = MemoryIndex(self.items)
        return SearchResult(self._index.search(parsed, status))

    def _figures_of(self, article: Article) -> list[FigureAt]:
        """Every key figure of `article`, found once."""
        found = self._figures.get(article.id)
        if found is None:
            from hzreader.figures import article_figures

            found = self._figures[article.id] = article_figures(
                article.summary, article.body, article.title, article.source)
        return found

    def figure_columns(self, items: Sequence[Any], terms: Sequence[FigureTerm],
                       cancelled: Cancelled | None = None) -> FigureColumns:
        """The key figures of `items` that one of `terms` accepts (all when there are none)."""
        from hzreader.library._figures import ColumnsBuilder, accepted

        builder = ColumnsBuilder()
        for position, article in enumerate(items):
            if cancelled is not None and position % 256 == 0 and cancelled():
                break
            for at in self._figures_of(article):
                if accepted(at.figure, terms):
                    builder.add(position, at)
        builder.columns.arranged = "list"
        return builder.columns
