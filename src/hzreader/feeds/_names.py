"""Safe file and folder names: a slug of the title plus a short hash of the stable id.

No title or URL can lead out of the target folder or make a name some system refuses: the
slug keeps only letters, digits and `-` (so no `/`, `\\`, `..`, NUL or leading dot), is lower
case (two items never differ only by case on a case-insensitive file system), is cut to a few
dozen bytes (far below the 255-byte limit), and is always followed by `-HASH`, so it is never
a Windows device name such as `CON` or `NUL`.
"""

from __future__ import annotations

import re
import unicodedata

from hzreader.feeds._model import short_hash

#: Bytes of UTF-8 a slug may use (the whole name stays far below 255).
SLUG_BYTES = 60
ITEM_HASH = 10
FOLDER_HASH = 6
SUFFIX = ".yaml"
_NOT_WORD = re.compile(r"[^\w]+")
_ITEM_NAME = re.compile(rf"-([0-9a-f]{{{ITEM_HASH}}})\{SUFFIX}$")
_FOLDER_NAME = re.compile(rf"-([0-9a-f]{{{FOLDER_HASH}}})$")
_WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                               *(f"lpt{i}" for i in range(10))})


def slug(text: str, fallback: str = "item") -> str:
    """Lower-case letters and digits of `text` joined by `-`, at most `SLUG_BYTES` bytes."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = [w for w in _NOT_WORD.split(folded.replace("_", " ")) if w]
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate.encode("utf-8")) > SLUG_BYTES:
            if not result:  # one very long word: cut it at a character boundary
                result = word.encode("utf-8")[:SLUG_BYTES].decode("utf-8", "ignore")
            break
        result = candidate
    result = result.strip("-")
    if not result or result in _WINDOWS_RESERVED:
        return f"{fallback}-{result}" if result else fallback
    return result


def item_hash(article_id: str) -> str:
    """The short hash of an article id that ends its file name."""
    return short_hash(article_id, ITEM_HASH)


def item_file_name(title: str, article_id: str) -> str:
    """`slug-of-the-title-0123456789.yaml`."""
    return f"{slug(title)}-{item_hash(article_id)}{SUFFIX}"


def hash_of_item_file(name: str) -> str | None:
    """The id hash at the end of a file name written by `item_file_name`, else None."""
    match = _ITEM_NAME.search(name)
    return match.group(1) if match else None


def folder_name(title: str, key: str) -> str:
    """`slug-of-the-feed-title-abc123`: the folder of one feed (or of single pages)."""
    return f"{slug(title, 'feed')[:40].strip('-') or 'feed'}-{short_hash(key, FOLDER_HASH)}"


def hash_of_folder(name: str) -> str | None:
    """The key hash at the end of a folder name written by `folder_name`, else None."""
    match = _FOLDER_NAME.search(name)
    return match.group(1) if match else None


def folder_hash(key: str) -> str:
    """The short hash of a folder key."""
    return short_hash(key, FOLDER_HASH)
