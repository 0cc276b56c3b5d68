"""Toasts that are short, single, and never over a pop-up or the figures table.

- One toast at a time for one message: pressing a key twice does not stack two copies. A
  notification whose title and message are shown already (its time not yet up) is not
  shown again. The record is the app's own, so no private Textual state is read.
- Short: `NOTIFICATION_TIMEOUT` seconds (an error `MAX_TOAST_SECONDS`) unless said
  otherwise, never over `MAX_TOAST_SECONDS`.
- A message that comes while a pop-up (help, problems, a question, the palette) is on top
  waits until it closes; over the figures table it is told in the table's own bottom line
  (its `tell`), not over its rows. Toasts already up are hidden there (`app.tcss`).
"""

from __future__ import annotations

import time
from typing import Any

from rich.text import Text
from textual.app import ScreenStackError
from textual.notifications import SeverityLevel
from textual.screen import ModalScreen, Screen

from hzreader.ui._keys import OrderedKeysApp

#: The longest a toast stays, in seconds (the tryout saw one stay well over 10 s).
MAX_TOAST_SECONDS = 6.0

#: A message waiting for a pop-up to close: (message, title, severity, timeout, markup).
Held = tuple[str, str, SeverityLevel, "float | None", bool]


class SingleToastApp(OrderedKeysApp, app_layer=True):
    """`notify` shows a message once while a toast of it is still up, briefly, and not over
    a pop-up or the figures table."""

    NOTIFICATION_TIMEOUT = 4.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: (title, message) -> when (time.monotonic) its toast goes away.
        self._toasts_up: dict[tuple[str, str], float] = {}
        #: Messages that came while a pop-up was on top, in order.
        self._held: list[Held] = []

    def on_mount(self) -> None:
        """Watch the screens: held messages are shown when the pop-up closes."""
        self.screen_change_signal.subscribe(self, self._screen_changed)

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Textual's `notify`, unless the same title and message are on screen; held while a
        pop-up is on top; told in the figures table's own line while it is."""
        default = MAX_TOAST_SECONDS if severity == "error" else self.NOTIFICATION_TIMEOUT
        seconds = min(default if timeout is None else timeout, MAX_TOAST_SECONDS)
        screen = self._top_screen()
        tell = getattr(screen, "tell", None)
        if callable(tell):
            plain = Text.from_markup(message).plain if markup else message
            tell(f"{title}: {plain}" if title else plain, seconds)
            return
        if isinstance(screen, ModalScreen):
            self._held.append((message, title, severity, timeout, markup))
            return
        now = time.monotonic()
        self._toasts_up = {key: end for key, end in self._toasts_up.items() if end > now}
        key = (title, message)
        if key in self._toasts_up:
            return
        self._toasts_up[key] = now + seconds
        super().notify(message, title=title, severity=severity, timeout=seconds, markup=markup)

    def _top_screen(self) -> Screen[Any] | None:
        """The screen on top, if there is one yet."""
        try:
            return self.screen
        except ScreenStackError:
            return None

    def _screen_changed(self, screen: Screen[Any]) -> None:
        """A pop-up closed (or another screen came up): show what waited, if it may be."""
        if not self._held or isinstance(screen, ModalScreen):
            return
        held, self._held = self._held, []
        for message, title, severity, timeout, markup in held:
            self.notify(message, title=title, severity=severity, timeout=timeout,
                        markup=markup)

    def clear_notifications(self) -> None:
        """Every toast gone: any message may be shown again."""
        self._toasts_up.clear()
        self._held.clear()
        super().clear_notifications()
