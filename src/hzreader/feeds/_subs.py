"""What an import remembers: the subscriptions (an OPML file in the config folder, which the
user may edit) and each feed's HTTP validators (ETag, Last-Modified: a disposable cache)."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hzreader import dirs
from hzreader._hashes import blake2b
from hzreader.feeds._model import Outline, SourceError
from hzreader.feeds._opml import parse_opml, write_opml
from hzreader.safe_write import atomic_write


def subscriptions_path() -> Path:
    """`<config folder>/subscriptions.opml`."""
    return dirs.config_dir() / "subscriptions.opml"


def load_subscriptions(path: Path | None = None) -> list[Outline]:
    """The remembered feeds; [] when there are none. `SourceError` if the file is unreadable
    (it is then never written over: the user's list is not lost)."""
    path = path or subscriptions_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as error:
        raise SourceError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        return parse_opml(data).outlines
    except SourceError as error:
        raise SourceError(f"{path}: {error}; fix or remove it") from None


def remember(outlines: Iterable[Outline], path: Path | None = None) -> int:
    """Add feeds to the subscriptions (or update their title, folder and `--full`); returns
    how many were new."""
    path = path or subscriptions_path()
    current = load_subscriptions(path)
    by_url = {o.url: i for i, o in enumerate(current)}
    added = 0
    for outline in outlines:
        if outline.url in by_url:
            old = current[by_url[outline.url]]
            current[by_url[outline.url]] = replace(
                old, title=outline.title or old.title, into=outline.into, full=outline.full,
                category=old.category or outline.category)
        else:
            by_url[outline.url] = len(current)
            current.append(outline)
            added += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, write_opml(current))
    return added


def subscribed_folder(outline: Outline) -> Path:
    """Where a subscription's articles go: its `--into` folder, else the library."""
    return Path(outline.into).expanduser() if outline.into else dirs.library_dir()


def folder_text(folder: Path) -> str:
    """A folder as a subscription remembers it: "" for the library, else its full path."""
    folder = folder.expanduser().resolve()
    return "" if folder == dirs.library_dir().resolve() else str(folder)


def _shown(folder: Path) -> str:
    return str(folder) if folder_text(folder) else f"your library ({folder})"


@dataclass(frozen=True)
class Resubscribed:
    """A feed imported again: the folder and `--full` it goes on with, and what to say."""

    into: Path
    full: bool
    said: str = ""


def resubscribe(old: Outline, into: Path, full: bool, *, into_chosen: bool,
                full_chosen: bool) -> Resubscribed:
    """What an import of a subscribed feed does to its subscription: nothing the user set
    up changes unless asked (an `--into` or `--full`/`--no-full` given): a folder or mode
    not given is the subscription's own, and either kind of change is said."""
    was_into = subscribed_folder(old)
    moved = folder_text(was_into) != folder_text(into)
    said = []
    if moved and into_chosen:
        said.append(f"was subscribed into {_shown(was_into)}; now into {_shown(into)}")
    elif moved:
        said.append(f"already subscribed into {_shown(was_into)}: imported there "
                    "(--into DIR moves it)")
        into = was_into
    if old.full != full and full_chosen:
        said.append("now subscribed " + ("with --full" if full else "without --full"))
    elif old.full != full:
        said.append(f"already subscribed {'with' if old.full else 'without'} --full: "
                    "imported so (--full or --no-full changes it)")
        full = old.full
    return Resubscribed(into, full, "; ".join(said))


def rename(old_url: str, new_url: str, path: Path | None = None) -> None:
    """A feed moved for good (301/308): remember its new address."""
    path = path or subscriptions_path()
    current = load_subscriptions(path)
    if any(o.url == old_url for o in current) and not any(o.url == new_url for o in current):
        atomic_write(path, write_opml(
            [replace(o, url=new_url) if o.url == old_url else o for o in current]))


class _CacheFile:
    """A JSON object in the cache folder, one entry per (feed, target folder): a disposable
    cache, read once and written out atomically by `save`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            self._data: dict[str, Any] = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            self._data = {}
        self._dirty = False

    @staticmethod
    def key(url: str, into: Path) -> str:
        """Entries are per folder: importing into a new folder starts afresh."""
        return f"{url}\0{into.resolve()}"

    def save(self) -> None:
        """Write them out, atomically; a cache that cannot be written is only a lost cache."""
        with self._lock:
            if not self._dirty:
                return
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                atomic_write(self.path, json.dumps(self._data, indent=0))
            except OSError:
                return
            self._dirty = False


class Validators(_CacheFile):
    """ETag and Last-Modified of each (feed, target folder) seen, kept in the cache folder."""

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(path or dirs.cache_dir() / "feeds-http.json")

    def get(self, url: str, into: Path) -> tuple[str, str]:
        """(etag, last_modified) remembered for a feed, or empty texts."""
        with self._lock:
            entry = self._data.get(self.key(url, into), {})
        if not isinstance(entry, dict):
            return "", ""
        return str(entry.get("etag", "")), str(entry.get("last_modified", ""))

    def set(self, url: str, into: Path, etag: str, last_modified: str) -> None:
        """Remember a feed's validators (forget them when it sent none)."""
        with self._lock:
            key = self.key(url, into)
            if etag or last_modified:
                self._data[key] = {"etag": etag, "last_modified": last_modified}
            else:
                self._data.pop(key, None)
            self._dirty = True


#: An item's number in a warning ("item 3: 'Empty': no text"): a new item at the top of a
#: feed numbers the others anew, and their warnings are the same ones.
_ITEM_NUMBER = re.compile(r"\bitem \d+")


def _warning_key(warning: str) -> str:
    """A warning as remembered: a short digest of its text without its item numbers."""
    return blake2b(_ITEM_NUMBER.sub("item", warning).encode(), digest_size=8).hexdigest()


class ToldWarnings(_CacheFile):
    """The warnings told at each feed's last import (in the cache folder), so that a feed
    read again with nothing new lists only the ones it had not given before (a new broken
    item), and none more than once."""

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(path or dirs.cache_dir() / "feeds-warnings.json")

    def tell(self, url: str, into: Path, warnings: list[str]) -> set[str]:
        """Which of `warnings` were told at the feed's last import; `warnings` are now the
        ones told (one no longer given is forgotten)."""
        keys = [_warning_key(warning) for warning in warnings]
        with self._lock:
            key = self.key(url, into)
            before = self._data.get(key)
            told = {item for item in before if isinstance(item, str)} \
                if isinstance(before, list) else set()  # a damaged cache: what is readable
            if keys:
                self._data[key] = sorted(set(keys))
            else:
                self._data.pop(key, None)
            self._dirty = self._dirty or told != set(keys)
        return {warning for warning, digest in zip(warnings, keys, strict=True)
                if digest in told}
