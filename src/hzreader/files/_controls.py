"""Where an article's control characters are written, for the warning that they were removed.

YAML allows no raw control character (the file is refused), so the controls in an article
come from the escapes of a double-quoted value (`"\\e]0;…"`, `"\\x9d"`, `"\\u009d"`): the
warning names the line and column of the first such escape, or the value's start when its
controls come some other way (an alias).
"""

from __future__ import annotations

import re

from hzreader.text import removed_controls

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
        if 0 <= code < 0xA0 and removed_controls(chr(code)):
            return escape.start()
    return None
