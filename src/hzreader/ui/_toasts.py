"""One toast at a time for one message: pressing a key twice does not stack two copies.

A notification whose title and message are shown already (its time not yet up) is not shown
again. The record is the app's own (when each shown message's time is up), so no private
Textual state is read.
"""

from __future__ import annotations

import time
from typing import Any

from textual.notifications import SeverityLevel

from hzreader.ui._keys import OrderedKeysApp


class SingleToastApp(OrderedKeysApp):
    """`notify` shows a message once while a toast of it is still up."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: (title, message) -> when (time.monotonic) its toast goes away.
        self._toasts_up: dict[tuple[str, str], float] = {}

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Textual's `notify`, unless the same title and message are on screen."""
        now = time.monotonic()
        self._toasts_up = {key: end for key, end in self._toasts_up.items() if end > now}
        key = (title, message)
        if key in self._toasts_up:
            return
        seconds = self.NOTIFICATION_TIMEOUT if timeout is None else timeout
        self._toasts_up[key] = now + seconds
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def clear_notifications(self) -> None:
        """Every toast gone: any message may be shown again."""
        self._toasts_up.clear()
        super().clear_notifications()
