"""Human hints for the YAML mistakes people make most when writing articles by hand.

The parser's own words ("mapping values are not allowed in this context") stay in the
message, so they can be looked up; the hint says what to change, from the offending line.
"""

from __future__ import annotations

import re

from hzreader.text import clean_line

# `key: value` at the start of a line (a field of an article, maybe a list item's).
_FIELD = re.compile(r"^(?P<indent>\s*(?:-\s+)?)(?P<key>[^\s:#'\"][^:#]*?):\s+(?P<value>\S.*)$")
# A quoted value followed by more text on the same line: `title: "A" said B`.
_TEXT_AFTER_QUOTE = re.compile(r"""^\s*(?:-\s+)?[^:'"]+:\s+(?:"[^"]*"|'[^']*')\s*[^\s#]""")
#: Longest example value quoted in a hint.
_EXAMPLE_CHARS = 48


def _quoted(value: str) -> str:
    """`value` as a YAML double-quoted (or, if it holds a `"`, single-quoted) scalar."""
    value = clean_line(value.strip())
    if len(value) > _EXAMPLE_CHARS:
        value = value[: _EXAMPLE_CHARS - 1] + "…"
    if '"' in value or "\\" in value:
        return "'" + value.replace("'", "''") + "'"
    return f'"{value}"'


def _quote_example(line: str) -> str:
    """`key: "value"` for a `key: value` line, or "" when the line is not one."""
    field = _FIELD.match(line)
    if field is None:
        return ""
    key = clean_line(field["key"])
    return f"{field['indent'].strip()} {key}: {_quoted(field['value'])}".strip()


def yaml_hint(problem: str, line: str, column: int) -> str:
    """What to change for a YAML error `problem` found at `column` (1-based) of `line`.

    "" when the mistake is not one of the common ones.
    """
    at = line[column - 1] if 0 < column <= len(line) else ""
    if "mapping values are not allowed" in problem:
        example = _quote_example(line)
        if example and 0 <= line.find(":") < column - 1:  # not the key's own colon
            return f"a value with \": \" in it must be quoted: {example}"
        return "check the indentation: the fields of an article start in the same column"
    if "tab character" in problem or ("cannot start any token" in problem and at == "\t"):
        return "indent with spaces, not tabs"
    if "cannot start any token" in problem:
        shown = at if at and at.isprintable() else "this character"
        example = _quote_example(line)
        return f"a value starting with {shown} must be quoted" + (
            f": {example}" if example else "")
    if "undefined alias" in problem or "scanning an anchor" in problem or (
            "scanning an alias" in problem):
        example = _quote_example(line)
        return "a value starting with * or & must be quoted" + (
            f": {example}" if example else "")
    if "while scanning a quoted scalar" in problem:
        return "a quote is never closed: each \" or ' needs its partner on the same value"
    if "did not find expected key" in problem:
        if _TEXT_AFTER_QUOTE.match(line):
            return ("text after a closing quote: quote the whole value "
                    "(inside '...' write ' as '')")
        if line.lstrip().startswith("- "):
            return "a list item where a field was expected: indent it under its key"
        return "check the indentation: the fields of an article start in the same column"
    if "could not find expected ':'" in problem:
        return ("a line without `key: value` above this one: indent text that goes on over "
                "lines, or start it with | (see the article format)")
    if "expected ',' or ']'" in problem:
        return "a [ list is not closed, or one of its items needs quotes"
    if "expected ',' or '}'" in problem:
        return "a { mapping is not closed, or a value starting with { needs quotes"
    return ""
