"""Hard-wrapped Chinese in a folded YAML scalar (`body: >`, a plain or quoted scalar over
several lines): YAML turns each line break into a space ("商品住 宅"); where the line
joiner would join the two lines to nothing (`line_joins.line_joiner`), that space goes, as
in a `|` block. Read from the scalar's own lines in the document: a space the author typed
on one line is never removed. A `>` block's paragraphs stay apart (`folded_paragraphs`)."""

from __future__ import annotations

import re

import yaml

from hzreader.line_joins import line_joiner

#: YAML's own white space (a line's indentation and trailing blanks; not U+3000).
_BLANKS = " \t"
#: A node's anchor and tag ("&lead", "!!str"), where its text in the document starts: no
#: scalar's own text starts with `&` or `!`.
_PROPERTIES = re.compile(r"(?:[&!]\S*\s+)+")


def join_folds(root: yaml.Node, chunk: str) -> None:
    """Join the folded Chinese line breaks of the text values of the article mapping(s) of
    `root` (a mapping, or a list of them), a document parsed from `chunk`, in place."""
    mappings = root.value if isinstance(root, yaml.SequenceNode) else [root]
    for mapping in mappings:
        if not isinstance(mapping, yaml.MappingNode):
            continue
        for _, value in mapping.value:
            items = value.value if isinstance(value, yaml.SequenceNode) else [value]
            for item in items:
                if not isinstance(item, yaml.ScalarNode):
                    continue
                if _folded(item):
                    item.value = joined(item.value, _written_lines(item, chunk))
                if item.style == ">":
                    item.value = folded_paragraphs(item.value)


#: A line break YAML kept in a folded block between two lines of text: a blank line there.
#: Not one after a more-indented line (YAML keeps that break as written, no blank line);
#: more indented is YAML's space or tab, not "　　" (a Chinese paragraph's indent).
_KEPT_BREAK = re.compile(r"(?m)^([^ \t\n].*)\n(?=[^ \t\n])")


def folded_paragraphs(value: str) -> str:
    """A folded block's paragraphs kept apart: YAML turns the blank line between them into
    one line break ("para one\npara two"), which hzreader would read as a hard-wrapped
    line; it is a paragraph break again. Lines indented more than the block's (kept with
    their line breaks by YAML) are left as they are."""
    return _KEPT_BREAK.sub("\\1\n\n", value) if "\n" in value.rstrip("\n") else value


def _folded(node: yaml.ScalarNode) -> bool:
    """Whether `node` may hold a line break YAML folded into a space between Chinese
    characters: text over several lines, not a literal `|` block, not all ASCII."""
    return (node.style != "|" and node.start_mark.line != node.end_mark.line
            and " " in node.value and not node.value.isascii())


def _written_lines(node: yaml.ScalarNode, chunk: str) -> list[str]:
    """The lines of `node`'s text as the document writes them (indentation, trailing
    blanks, a block's header and quotes left out); none when escapes may change them."""
    raw = chunk[node.start_mark.index:node.end_mark.index]
    raw = raw[len(found.group()):] if (found := _PROPERTIES.match(raw)) else raw
    style = node.style or ""
    if style == ">":
        raw = raw.partition("\n")[2]  # the header: `>`, `>-`, a comment
    elif style in ("'", '"'):
        if "\\" in raw or "''" in raw:  # escapes: the text differs from what is written
            return []
        raw = raw[1:-1] if len(raw) > 1 and raw.endswith(style) else raw[1:]
    return [line.strip(_BLANKS) for line in raw.splitlines()]


def joined(value: str, lines: list[str]) -> str:
    """`value` without each space that stands for a line break between two of `lines`
    (consecutive, not blank) that `line_joiner` joins to nothing; `value` as it is when the
    lines cannot all be found in it, in order, with only white space between them."""
    cuts: list[int] = []
    at = 0
    before = ""
    for line in lines:
        if not line:
            before = ""
            continue
        found = value.find(line, at)
        if found < 0 or value[at:found].strip(" \t\n"):
            return value
        if before and found == at + 1 and value[at] == " " and line_joiner(before, line) == "":
            cuts.append(at)
        before, at = line, found + len(line)
    if not cuts:
        return value
    return "".join(value[start:end] for start, end in zip(
        [0, *(cut + 1 for cut in cuts)], [*cuts, len(value)], strict=True))
