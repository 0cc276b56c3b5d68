"""The words of the status line and of an empty headline list (pure: no Textual)."""

from __future__ import annotations

from hzreader.query import filter_notes


def indexing_status(done: int, files: int, articles: int) -> str:
    """The status line's part while the index is built: files first, then key figures."""
    if files and done >= files:  # every file is searchable; figures come last
        return "all searchable; finding key figures…"
    return f"indexing {done:,}/{files:,} files ({articles:,} articles)…"


#: Why a search asked to rank by relevance came newest first (`SearchResult.unranked_reason`).
UNRANKED_REASONS = {
    "filters": "filter only: no words to rank",
    "short": "words too short to rank",
    "broad": "too broad to rank",
    "or-status": "is: with OR is not ranked",
}


def order_status(order: str, ranked: bool, reason: str = "") -> str:
    """How the results of a search are ordered, the true reason when they could not be
    ranked, and the key that changes the order."""
    if order == "date":
        return "newest first (r: by relevance)"
    if ranked:
        return "by relevance (r: newest first)"
    why = UNRANKED_REASONS.get(reason)
    return f"newest first: {why}" if why else "newest first"


def count_status(total: int, shown: int | None) -> str:
    """"12 articles", or "3 of 12 articles match" when a search shows fewer."""
    if shown is not None and shown != total:
        return f"{shown:,} of {total:,} articles match"
    return f"{total:,} article{'s' if total != 1 else ''}"


def empty_list_message(query_text: str, has_articles: bool, loading: bool) -> str:
    """What the headline list says when it has no rows."""
    if query_text.strip() and has_articles:
        # While the index grows (or figures are found), say so: more may match soon.
        notes = "".join(f" {note.replace('unknown', 'Unknown', 1)}."
                        for note in filter_notes(query_text))
        return f"No articles match {query_text.strip()!r}" + (
            " yet (indexing…)" if loading else ".") + notes  # `kind:foo`: what is valid
    if loading:
        return "Loading articles…"
    return "No articles found. Run `hzreader PATH` with a folder of YAML files."
