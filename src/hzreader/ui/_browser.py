"""Opening a url in a graphical browser, never in a text browser on top of the reader."""

from __future__ import annotations


def open_in_browser(url: str) -> bool:
    """Open `url` in a graphical web browser; False when there is none (as over ssh).

    Python falls back to text browsers (lynx, w3m, `www-browser`) run in the foreground, which
    would fight the reader for the terminal and block until they exit: those count as none.
    Call it from a worker thread: finding the browser may start a process.
    """
    import webbrowser  # loads after start-up, with the first url opened

    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return False
    if type(browser) is webbrowser.GenericBrowser:  # a foreground (text) browser
        return False
    try:
        return bool(browser.open(url))
    except OSError:
        return False
