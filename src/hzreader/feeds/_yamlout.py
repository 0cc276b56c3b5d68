"""An `Entry` as the YAML text of one article file, with hzreader's ownership mark on top.

The first line marks the file as written by `hzreader import` and carries a hash of the rest:
a file whose rest no longer matches was edited by hand, and hzreader leaves it alone.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from hzreader.feeds._http import is_web_address
from hzreader.feeds._model import Entry, short_hash
from hzreader.files import LoadResult, load_text

MARK_PREFIX = "# hzreader-import v1 "
_MARK = re.compile(r"# hzreader-import v1 item=([0-9a-f]+) text=([0-9a-f]+) full=([01])\b")


class _Block(str):
    """Text to be written as a YAML literal block (`|`)."""


try:
    from yaml import CSafeDumper as _SafeDumper
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeDumper as _SafeDumper  # type: ignore[assignment]


class _Dumper(_SafeDumper):
    """Safe dumper (libyaml's when present) that writes long texts as literal blocks."""


def _block(dumper: yaml.representer.SafeRepresenter, text: _Block) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(text), style="|")


_Dumper.add_representer(_Block, _block)


def article_mapping(entry: Entry) -> dict[str, Any]:
    """The fields of the article file, in the order a person reads them."""
    data: dict[str, Any] = {"title": entry.title}
    if entry.date is not None:
        data["date"] = entry.date.isoformat()
    for key in ("source", "author"):
        if getattr(entry, key):
            data[key] = getattr(entry, key)
    if is_web_address(entry.url):
        data["url"] = entry.url  # never javascript:, file: or data: from a feed
    if entry.tags:
        data["tags"] = list(entry.tags)
    data["id"] = entry.id
    if entry.summary:
        data["summary"] = entry.summary
    # (not the first line's indent: a <pre> or a table row with an empty first cell)
    data["body"] = _Block(entry.body.lstrip("\n").rstrip() + "\n")
    return data


def render(entry: Entry, full: bool) -> str:
    """The whole file: the ownership mark, then the article as YAML."""
    text = yaml.dump(article_mapping(entry), Dumper=_Dumper, allow_unicode=True,
                     sort_keys=False, width=100, default_flow_style=None)
    mark = (f"{MARK_PREFIX}item={entry.fingerprint} text={short_hash(text, 16)} "
            f"full={int(full)}  (edit freely: an edited file is never updated)\n")
    return mark + text


def read_mark(content: str) -> tuple[str, bool, bool] | None:
    """(item fingerprint, full, unedited) from a file's text; None if hzreader did not write it."""
    first, _, rest = content.partition("\n")
    match = _MARK.match(first)
    if match is None:
        return None
    unedited = short_hash(rest, 16) == match.group(2)
    return match.group(1), match.group(3) == "1", unedited


def check(text: str, shown: str) -> str | None:
    """None when `text` reads back as exactly one valid article, else the first problem."""
    result = LoadResult()
    load_text(text, shown, "check", result)
    errors = [p for p in result.problems if p.severity == "error"]
    if errors or len(result.articles) != 1:
        return str(errors[0]) if errors else "not exactly one article"
    return None
