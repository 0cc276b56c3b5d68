"""Keys reach the widget that has the focus, in the order they were typed.

Textual hands each key to the focused widget's queue and reads the next key at once; a
binding that moves the focus (`/` to the search field, Esc back to the list) runs only when
the key has bubbled up to the app. Keys typed quickly after it (a fast typist, tmux
`send-keys`, input that piled up while the app was busy) went to the widget that had the
focus before: `/sm` opened an empty search and the letters starred and marked the article.
`OrderedKeysApp` hands the next key on only once the one before it has been dealt with.

Esc and a key sent within Textual's escape delay (`ESCDELAY`, 100 ms; tmux `send-keys Escape
/` sends them in one write) are read by the terminal parser as one Alt key: Esc then `j`
arrives as `alt+j`. hzreader binds no Alt keys, so an Alt key that nothing binds is taken as
Esc followed by the key. The parser drops the Esc before a named key (`/`, Enter: Textual
issue #6663); `keep_alt_of_named_keys` makes it report `alt+slash` like `alt+j`.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable
from typing import Any

from textual import events
from textual.app import App
from textual.dom import DOMNode
from textual.driver import Driver
from textual.keys import REPLACED_KEYS, Keys, key_to_character
from textual.timer import Timer

#: Keys that edit a text field's text besides the printable ones (readline's deletions).
EDITING_KEYS = frozenset({"backspace", "delete", "ctrl+h", "ctrl+w", "ctrl+u", "ctrl+k",
                          "alt+backspace", "alt+d"})

#: Every this many seconds, a key not yet dealt with is looked at: if the widget it waits at
#: has closed meanwhile (it will never get there), it no longer holds up the keys after it.
#: A widget still open is only busy (a loaded machine): the key waits on, so that the keys
#: after it keep their order, for `KEY_PATIENCE_MAX` seconds at most.
KEY_PATIENCE = 0.5
KEY_PATIENCE_MAX = 10.0


class OrderedKeysApp(App[int]):
    """Hands keys to the focused widget one at a time, each once the one before is done.

    The base of the app's layers (`SingleToastApp` … `LensApp`, `app_layer=True`)."""

    def __init_subclass__(cls, app_layer: bool = False, **kwargs: Any) -> None:
        """A layer of the app (never run alone) skips Textual's set-up of a DOM class (its
        reactives, keys and compute methods, ≈ 0.25 ms a class at start-up): the app made
        of the layers does it once for all of them, walking every class it inherits. That
        set-up is Textual's internal (`DOMNode.__init_subclass__`, alike from 7.5 to 8.2):
        pyproject pins the Textual tested, and a test (test_startup) fails on one that
        sets up classes otherwise."""
        if not app_layer:
            super().__init_subclass__(**kwargs)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: Keys typed and not yet handed on, oldest first.
        self._keys_waiting: deque[events.Key] = deque()
        #: The key being dealt with (its number), or 0 when none is.
        self._key_busy = 0
        self._keys_handed = 0
        self._key_patience: Timer | None = None
        #: Where the key being dealt with waits (the node whose queue holds it), and since when.
        self._key_waits_at: DOMNode | None = None
        self._key_since = 0.0

    async def on_event(self, event: events.Event) -> None:
        """Queue a key typed; other events as Textual handles them."""
        if isinstance(event, events.Key) and not event.is_forwarded:
            self._keys_waiting.append(event)
            if not self._key_busy:
                await self._hand_on_keys()
            return
        await super().on_event(event)

    async def _hand_on_keys(self) -> None:
        """Hand on waiting keys until one goes to a widget (then wait for it to be done)."""
        while self._keys_waiting and not self._key_busy:
            key = self._keys_waiting.popleft()
            after_escape = self.escape_and_key(key)
            if after_escape is not None:
                self._keys_waiting.appendleft(after_escape)
                key = events.Key("escape", "\x1b")
            target: DOMNode = self.focused or self.screen
            await super().on_event(key)
            if key.is_forwarded:  # not taken by a priority binding: follow it
                self._keys_handed += 1
                self._key_busy = self._keys_handed
                self._follow(self._key_busy, [target, *target.ancestors], 0, rounds=2)

    def _follow(self, number: int, path: list[DOMNode], step: int, rounds: int) -> None:
        """Go up `path` (the focused widget to the app) behind key `number`: each node's
        queue holds the key (or what it bubbled into) before this call. The second time up
        takes in what the key's action posted on the way (the search field's "left")."""
        if number != self._key_busy:
            return
        if step == 0 and rounds == 2:
            self._key_since = time.monotonic()
            self._wait_for_key(number)
        while step < len(path):
            node = path[step]
            attached = node is self or node.is_attached  # the app is the root
            if attached and node.call_later(self._follow, number, path, step + 1, rounds):
                self._key_waits_at = node
                return
            step += 1
        if rounds > 1:
            self._follow(number, path, 0, rounds - 1)
        else:
            self._key_done(number)

    def _wait_for_key(self, number: int) -> None:
        """Look at key `number` again in `KEY_PATIENCE` seconds (`_key_overdue`)."""
        self._key_patience = self.set_timer(KEY_PATIENCE, lambda: self._key_overdue(number),
                                            name="key-patience")

    def _key_overdue(self, number: int) -> None:
        """Key `number` is not dealt with yet: if the node it waits at is open, the machine is
        busy and the key waits on (up to `KEY_PATIENCE_MAX`); if it closed, the key will
        never get there, and the keys after it are handed on."""
        if number != self._key_busy:
            return
        node = self._key_waits_at
        open_ = node is not None and node.is_running and (node is self or node.is_attached)
        if open_ and time.monotonic() - self._key_since < KEY_PATIENCE_MAX:
            self._wait_for_key(number)
            return
        self._key_done(number)

    def _key_done(self, number: int) -> None:
        """Key `number` has been dealt with: hand on the next."""
        if number != self._key_busy:
            return
        self._key_busy = 0
        self._key_waits_at = None
        if self._key_patience is not None:
            self._key_patience.stop()
            self._key_patience = None
        if self._keys_waiting:
            self.call_later(self._hand_on_keys)

    def text_typed_ahead(self) -> bool:
        """Whether the next key waiting its turn edits text (a character, Backspace…): then
        a text field does not hold all that was typed yet (a paste sent as keys, typing on
        a busy machine)."""
        if not self._keys_waiting:
            return False
        key = self._keys_waiting[0]
        return key.is_printable or key.key in EDITING_KEYS

    def escape_and_key(self, key: events.Key) -> events.Key | None:
        """For an Alt key that nothing binds, the key typed after Esc (else None)."""
        name = key.key
        if not name.startswith("alt+") or name in self.screen.active_bindings:
            return None
        plain = name[len("alt+"):]
        if plain.startswith("shift+") and len(plain) == len("shift+") + 1:
            plain = plain[-1].upper()  # a capital letter: the key is the letter itself
        character = key.character
        if character is None:
            character = plain if len(plain) == 1 else key_to_character(
                REPLACED_KEYS.get(plain, plain))
        return events.Key(plain, character)

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for this platform, its terminal parser keeping the Esc before a
        named key."""
        keep_alt_of_named_keys()
        return super().get_driver_class()


def keep_alt_of_named_keys() -> None:
    """Make Textual's terminal parser report Esc and a named key sent together (`/`, Enter,
    Tab …) as that key with Alt, as it does for letters and digits: it drops the Esc
    (Textual issue #6663), so that Esc `/` typed quickly opened the search without leaving
    the field or clearing the search first. Done once, for the parser of every driver."""
    try:
        from textual._xterm_parser import XTermParser
    except ImportError:  # a Textual without it: the keys are read as that Textual reads them
        return
    original = getattr(XTermParser, "_sequence_to_key_events", None)
    if original is None or getattr(original, "keeps_alt", False):
        return

    def sequence_to_key_events(self: XTermParser, sequence: str,
                               alt: bool = False) -> Iterable[events.Key]:
        for event in original(self, sequence, alt):
            if alt and not event.key.startswith("alt+") and event.key != Keys.Ignore:
                event = events.Key(f"alt+{event.key}", event.character)
            yield event

    sequence_to_key_events.keeps_alt = True  # type: ignore[attr-defined]
    setattr(XTermParser, "_sequence_to_key_events", sequence_to_key_events)  # noqa: B010
