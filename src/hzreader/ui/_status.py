"""The words of the status line and of an empty headline list (pure: no Textual)."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from rich.cells import cell_len, set_cell_size

from hzreader.text import clean_line, counted, escaped

#: Between the parts of a status line, whatever its width: the one separator of every
#: status line (the main one, the figures table's title and summary, passing messages).
SEPARATOR = " · "

#: A part of the status line: (rank, forms). The forms go longest first; the last may be ""
#: (the part can go). When room is short the part of the lowest rank gives way first.
StatusPart = tuple[int, tuple[str, ...]]


def indexing_forms(done: int, files: int) -> tuple[str, ...]:
    """The status line's part while the index is built, longest first: files first, then
    key figures. One count of articles on the line, the list's (the count part): the
    articles indexed but not listed yet are not told beside it (tryout11). A shorter form
    says the same phase, so that a line that gives way does not say another thing."""
    if files and done >= files:  # every file is searchable; figures come last
        return ("all searchable; finding key figures…", "finding key figures…",
                "finding figures…")
    return (f"indexing {done:,}/{files:,} files…", "indexing…")


#: Why a search asked to rank by relevance came newest first (`SearchResult.unranked_reason`).
UNRANKED_REASONS = {
    "filters": "no words to judge relevance by",
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
    return counted(total, 'article')


def empty_list_message(query_text: str, has_articles: bool, loading: bool,
                       errors: str = "", gone: Sequence[str] = ()) -> str:
    """What the headline list says when it has no rows (`errors`: the files that could not
    be read, `files_with_errors_summary`; `gone`: the opened folders or files that are not
    there now, removed after the start)."""
    if query_text.strip() and has_articles:
        # While the index grows (or figures are found), say so: more may match soon.
        notes = "".join(f" {note.replace('unknown', 'Unknown', 1)}"
                        + ("" if note.endswith("?") else ".")  # "did you mean …?"
                        for note in _filter_notes(query_text))
        return f"No articles match {query_text.strip()!r}" + (
            " yet (indexing…)" if loading else ".") + notes  # `kind:foo`: what is valid
    if loading:
        return "Loading articles…"
    if gone and not has_articles:
        names = ", ".join(clean_line(name) for name in gone)
        return (f"{names} {'was' if len(gone) == 1 else 'were'} removed. hzreader watches "
                f"for {'it' if len(gone) == 1 else 'them'} to come back and lists the "
                "articles then.")
    if errors and not has_articles:  # the folder was given: its files are broken
        return f"No article could be read ({errors}). Press p to see why."
    return "No articles found. Run hzreader PATH with a folder of YAML files."


def order_forms(order: str, ranked: bool, reason: str = "") -> tuple[str, ...]:
    """`order_status`, then the order alone ("newest first"), then nothing."""
    full = order_status(order, ranked, reason)
    short = full.split(" (")[0].split(":")[0]
    return (full, short, "") if short != full else (full, "")


def problem_forms(summary: str, warnings: int) -> tuple[str, ...]:
    """The problems part: always ends with the whole hint "(p to see)"."""
    if summary:
        first = summary.split(", ")[0]
        shorter = (f"{first}… (p to see)",) if first != summary else ()
        return (f"{summary} (p to see)", *shorter, "problems (p to see)")
    if warnings:
        return (f"{counted(warnings, 'warning')} (p to see)",
                "warnings (p to see)")
    return ()


def note_forms(note: str) -> tuple[str, ...]:
    """A filter's note (`kind:foo`: what is valid), then shorter (its first example only,
    then none), then nothing (the empty list says it whole): "unknown kind 'foo'",
    "money>abc: not understood", "'£' is ignored", "-3C leaves out 3C", "quantity<5: give a
    unit" (applied, in each figure's own unit), "'seats' is not a filter: write count>400
    seats" (the filter meant), "'monye' is not a filter: did you mean money>1e9?" (a
    misspelt name), "unknown kind 'quanity': did you mean kind:quantity?"."""
    from hzreader.query import UNIT_ADVICE

    forms = [note]
    head = note.split(": ")[0]
    if UNIT_ADVICE in note:  # a filter applied, but each figure in its own unit
        suggested = note.split(UNIT_ADVICE)[-1]
        forms.append(f"{head}: give a unit, e.g. {suggested}")
        short = f"{head}: give a unit"
    else:
        before, _, within = note.partition(" (")
        if within.startswith("e.g. "):  # one example, as "kind: … (e.g. kind:money)"
            one_example = f"{before} ({re.split(r'[;,] ', within.rstrip(')'))[0]})"
            if one_example != note:
                forms.append(one_example)
        elif "; for " in within and " write " in within:  # "'seats' is not a filter (…);
            forms.append(f"{before}: write {within.rpartition(' write ')[2]}")  # for … write"
        elif "; did you mean " in within:  # "'monye' is not a filter (…); did you mean …?"
            forms.append(f"{before}: did you mean {within.rpartition('; did you mean ')[2]}")
        if before != note:
            forms.append(before)
        short = head if " " in head else f"{head}: not understood"
    if cell_len(short) < cell_len(forms[-1]):
        forms.append(short)
    return (*forms, "")


def where_forms(*, position: int | None, listed: int, paths: Sequence[str],
                shown: tuple[int, int, int]) -> tuple[str, ...]:
    """What `=` says, as less's file information, longest first: the article's place in the
    list (`position` from 1; None: the list does not hold it), its file (each of `paths`, the
    same file named shorter and shorter; escaped as `ls -b` shows a name, never markup), the
    lines shown (`shown`: first, last, of how many) and how far down the last one is. The
    last form names no file."""
    place = (f"article {position:,} of {listed:,}" if position is not None
             else f"not in the list ({counted(listed, 'article')} listed)")
    top, bottom, total = shown
    lines = f"lines {top:,}–{bottom:,} of {total:,}" if total else "no lines"
    percent = f"{100 * bottom // total}%" if total else ""
    forms = [SEPARATOR.join(part for part in (place, escaped(path), lines,
                                              percent) if part) for path in paths if path]
    forms.append(SEPARATOR.join(part for part in (place, lines, percent) if part))
    return tuple(dict.fromkeys(forms))


def shorter_paths(path: str, opened: Sequence[str]) -> list[str]:
    """`path`, then relative to the opened folder that holds it, then its name alone."""
    names = [path]
    for folder in opened:
        relative = os.path.relpath(path, folder) if os.path.isabs(path) == \
            os.path.isabs(folder) else os.pardir
        if relative != os.pardir and not relative.startswith(os.pardir + os.sep):
            names.append(relative)
            break
    names.append(os.path.basename(path))
    return list(dict.fromkeys(name for name in names if name and name != os.curdir))


def status_parts(*, total: int, shown: int | None, indexing: tuple[int, int, int] | None,
                 order: tuple[str, ...] | None, query_text: str, unread_only: bool,
                 errors: str, warnings: int, refreshing: str = "", searching: bool = False
                 ) -> tuple[StatusPart, ...]:
    """The parts of the status line with their ranks: when it is too long the least
    important part is shortened first (the order, then `v`'s note), the problems and their
    "p to see" last. While `searching` (the results listed are not yet those of the query
    typed), the count says so instead of counting them."""
    count = count_status(total, shown)
    parts: list[StatusPart] = [
        (5, (f"searching {total:,} articles…", "searching…") if searching else
         (count, f"{shown:,}/{total:,} match") if count.endswith("match") else (count,))]
    if indexing is not None:
        parts.append((3, indexing_forms(*indexing[:2])))
    if refreshing:  # "reading 6,000 changed files…"
        parts.append((3, (refreshing, "reading…")))
    if order is not None:
        parts.append((0, order))
    parts.extend((4, note_forms(note)) for note in _filter_notes(query_text))  # `kind:foo`
    if unread_only:
        parts.append((1, ("unread only (v: all)", "unread only")))
    parts.append((6, problem_forms(errors, warnings)))
    return tuple(parts)


def fit_status(parts: Sequence[StatusPart], width: int) -> str:
    """The parts joined by `SEPARATOR` in at most `width` cells if they can be: the part
    of the lowest rank takes its next shorter form, and so on."""
    chosen = [0] * len(parts)

    def line() -> str:
        return SEPARATOR.join(form for (_, forms), at in zip(parts, chosen, strict=True)
                              if (form := forms[at]))

    text = line()
    while cell_len(text) > width:
        can_shorten = [i for i, (_, forms) in enumerate(parts) if chosen[i] < len(forms) - 1]
        if not can_shorten:
            break
        chosen[min(can_shorten, key=lambda i: parts[i][0])] += 1
        text = line()
    if cell_len(text) > width > 1:  # nothing left to shorten: cut, and say so
        text = set_cell_size(text, width - 1).rstrip(" ·") + "…"
    return text


def _filter_notes(query_text: str) -> tuple[str, ...]:
    """`query.filter_notes`: loaded (with its patterns) for the first query typed, not for
    the empty search bar of the first frame."""
    if not query_text.strip():
        return ()
    from hzreader.query import filter_notes

    return filter_notes(query_text)
