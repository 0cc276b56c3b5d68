"""Control characters in article files: raw ones read as their escapes, and where a value's
controls are written, for the warning that they were removed.

YAML refuses raw control characters; a document holding some is parsed again with each as a
stand-in character, put back into the values (`with_stand_ins`, `restore_controls`), so a
raw BEL reads as `"\\a"` does: removed from the text with a warning, the article kept. The
warning names the line and column of the first raw control or escape that writes a control
(`"\\e]0;…"`, `"\\x9d"`, `"\\u009d"`), or the value's start when its controls come some
other way (an alias).
"""

from __future__ import annotations

import re

import yaml

from hzreader.text import TOLD_MOST, code_points, first_told, removed_controls

#: An escape of a double-quoted YAML scalar: a hex one (its digits in groups 1 to 3) or a
#: one-character one (group 4, "\\\\" included, so an escaped backslash is skipped whole).
_ESCAPE = re.compile(r"\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))",
                     re.DOTALL)
#: YAML's one-character escapes that write a control `removed_controls` tells (`\\v`, `\\f`
#: and `\\N` write line breaks, `\\t` a tab).
_SHORT = {"0": 0x00, "a": 0x07, "b": 0x08, "e": 0x1B}


def first_control_escape(source: str) -> int | None:
    """The index in `source`, a double-quoted scalar as written, of the first escape that
    writes a control character `removed_controls` tells; None when there is none."""
    if "\\" not in source:
        return None
    for escape in _ESCAPE.finditer(source):
        digits = escape.group(1) or escape.group(2) or escape.group(3)
        code = int(digits, 16) if digits else _SHORT.get(escape.group(4), -1)
        if 0 <= code <= 0x10FFFF and removed_controls(chr(code)):
            return escape.start()
    return None


#: The raw control characters YAML refuses in a file: C0 but tab, line feed and carriage
#: return; DEL; C1 but NEL (a line break for YAML). `clean_text` removes them all (a
#: vertical tab or form feed becomes a line break), as it does when they are escapes.
_RAW = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
#: While a document with raw controls is parsed, each stands in as a private-use character
#: YAML takes (U+10FF00 plus its code), put back into the values once parsed: so a raw
#: control is read as its escape would be, at the same line and column.
_STAND_IN = 0x10FF00
_STAND_INS = re.compile("[\U0010ff00-\U0010ff9f]")
_TO_STAND_IN = {code: _STAND_IN + code for code in
                (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0x85),
                 *range(0x86, 0xA0))}
_FROM_STAND_IN = {stand_in: code for code, stand_in in _TO_STAND_IN.items()}


def is_raw_control(code: object) -> bool:
    """True when `code` (a character's) is one of the raw controls read as their escapes."""
    return isinstance(code, int) and code in _TO_STAND_IN


def with_stand_ins(text: str) -> str | None:
    """`text` with each raw control as its stand-in; None when the text already holds a
    stand-in character (then they could not be told apart)."""
    if _STAND_INS.search(text):
        return None
    return text.translate(_TO_STAND_IN)


def restore_controls(root: yaml.Node) -> None:
    """Put the raw controls back in place of their stand-ins in every scalar under `root`
    (each node once: an alias shares its anchor's)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            if _STAND_INS.search(node.value):
                node.value = node.value.translate(_FROM_STAND_IN)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)


def first_control(source: str, quoted: bool) -> int | None:
    """The index in `source` (a scalar as parsed, raw controls as stand-ins) of the first raw
    control, raw invisible character (U+202E, which YAML takes) or, in a double-quoted one,
    escape of a character `removed_controls` tells."""
    raw = _STAND_INS.search(source)
    escape = first_control_escape(source) if quoted else None
    found = [index for index in (raw.start() if raw else None, escape, first_told(source))
             if index is not None]
    return min(found) if found else None


def without_controls(text: str) -> tuple[str, list[int], list[int]]:
    """`text` without its raw controls; where each was in the result (the index of the
    character after it), and where each was in `text`."""
    pieces: list[str] = []
    gone: list[int] = []
    where: list[int] = []
    last = 0
    for found in _RAW.finditer(text):
        pieces.append(text[last : found.start()])
        where.append(found.start())
        gone.append(found.start() - len(gone))
        last = found.end()
    pieces.append(text[last:])
    return "".join(pieces), gone, where


def control_names(text: str, most: int = TOLD_MOST) -> list[str]:
    """The raw controls in `text` as `U+0007`, each once, the first `most` of them (then
    "…")."""
    return code_points(_RAW.finditer(text), most)
