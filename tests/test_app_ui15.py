"""ui15: the footer offers only keys that do something after a search that found nothing,
and `n` typed before a search's results come still waits for them; typing a query does not
render the open article again when its highlights stay the same."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from hzreader.ui._app import HzReaderApp, make_app

from test_app import SIZE, messages, ready, type_query


def footer_keys(app: HzReaderApp) -> set[str]:
    """The keys the footer offers."""
    return {key.key for key in app.screen.query_one(Footer).query(FooterKey)}


def gate_searches(app: HzReaderApp, monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Hold every search (of this library or any that replaces it) until the event is set."""
    gate = threading.Event()
    kind = type(app.library)
    search = kind.search

    def held(self: Any, *args: Any, **kwargs: Any) -> Any:
        gate.wait(60)
        return search(self, *args, **kwargs)

    monkeypatch.setattr(kind, "search", held)
    return gate


async def test_an_empty_result_offers_neither_read_nor_n(sample_dir: Path) -> None:
    """The empty list offered "⏎ Read" and "n/N Match" with nothing to read or step to."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"yuan", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.focused is app.headlines and app.headlines.items
        assert {"enter", "n", "N"} <= footer_keys(app)
        await pilot.press("slash", *"zzqxnothing", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.focused is app.headlines and not app.headlines.items
        assert not {"enter", "n", "N"} & footer_keys(app)
        await pilot.press("n")  # still says why nothing happens
        await pilot.pause()
        assert "No article is listed." in messages(app)
        await pilot.press("escape")  # every article again: Read, and no n/N without a search
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.headlines.items
        keys = footer_keys(app)
        assert "enter" in keys and not {"n", "N"} & keys


async def test_n_in_an_empty_result_waits_for_the_next_search(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`n` typed in an empty result list before the next search's results come opens that
    search's article at its match once they are listed (it is no "No article is listed")."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "zzqxnothing")
        await pilot.press("enter")
        await pilot.pause()
        assert not app.headlines.items
        gate = gate_searches(app, monkeypatch)
        await pilot.press("slash", *"yuan", "enter", "n")
        await pilot.pause()
        assert app.focused is app.headlines and not messages(app)
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.focused is app.reader
        assert app.reader.article.title == app.headlines.items[1].title
        assert app.reader.border_subtitle == "match 1/1"
        assert not messages(app)


async def test_n_before_new_results_does_not_open_one_of_the_old(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a search's results listed, `/other` Enter `n` typed before the new results come
    waited for nothing: `n` opened an article of the old results."""
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "tea")
        await pilot.press("enter")
        await pilot.pause()
        assert [item.title for item in app.headlines.items] == ["Undated feature about tea"]
        gate = gate_searches(app, monkeypatch)
        await pilot.press("slash", *"yuan", "enter", "n")
        await pilot.pause()
        assert app.focused is app.headlines and app.reader.article.title.endswith("tea")
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.focused is app.reader
        assert app.reader.article.title == app.headlines.items[1].title
        assert "yuan" in app.reader.rendered.text.plain[slice(*app.reader.rendered.matches[
            app.reader.current_match])].lower()


def count_renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The queries the reading pane renders its article with, from now on."""
    from hzreader.ui.widgets import reader as reader_module

    calls: list[str] = []
    real = reader_module.render_article

    def counted(article: Any, styles: Any, query: Any = None, *args: Any, **kwargs: Any) -> Any:
        calls.append(query.raw if query is not None else "")
        return real(article, styles, query, *args, **kwargs)

    monkeypatch.setattr(reader_module, "render_article", counted)
    return calls


async def test_typing_renders_the_article_only_when_its_highlights_change(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each key of a search rendered the open article again (visible on a long one), even
    when what it highlights stayed the same: now only when it changes."""
    from test_app_figure_view import write_long

    write_long(tmp_path, "Paragraph {i}: traders sold {n} tonnes of copper.")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter", "slash", *"copper", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        reader = app.reader
        assert app.focused is reader and reader.border_subtitle == "match 1/200"
        renders = count_renders(monkeypatch)
        await pilot.press("slash", "end", *" -zinc -iron")  # no new highlight
        await app.workers.wait_for_complete()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.search_bar.value == "copper -zinc -iron"
        assert app.focused is reader and reader.border_subtitle == "match 1/200"
        assert renders == []
        await pilot.press("slash", "end", *" tonnes")
        await app.workers.wait_for_complete()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert renders and renders[-1] == "copper -zinc -iron tonnes"
        assert reader.border_subtitle == "match 1/400"
        plain = reader.rendered.text.plain
        assert {plain[start:end] for start, end in reader.rendered.matches} == {
            "copper", "tonnes"}


def send_at_once(app: HzReaderApp, *keys: str) -> None:
    """Send `keys` as a fast typist or tmux does: all at once, none waiting for the one
    before to be dealt with."""
    from textual import events

    characters = {"slash": "/", "enter": "\r", "escape": "\x1b"}
    for key in keys:
        event = events.Key(key, characters.get(key, key if len(key) == 1 else None))
        event.set_sender(app)
        app._driver.send_message(event)  # type: ignore[union-attr]


async def until(condition: Any) -> None:
    """Let the app run until `condition()` holds (a bound on the turns, not on time; not
    `pilot.pause`, which waits for a busy screen)."""
    import asyncio

    for _ in range(1_000_000):
        if condition():
            return
        await asyncio.sleep(0)
    raise AssertionError("never came")


async def test_keys_keep_their_order_while_a_widget_is_busy(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under load a key can take longer than `KEY_PATIENCE` to be dealt with: the keys after
    it were then handed on before it had moved the focus (`/yuan` Enter `n` at load 17:
    test_app_flow's `test_n_typed_before_the_results_come_waits_for_them` failed). A key
    waits on while the widget it waits at is open: here the screen is busy, as on a loaded
    machine, for many times the patience."""
    import asyncio

    monkeypatch.setattr("hzreader.ui._keys.KEY_PATIENCE", 0.001)
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        looks: list[str] = []
        set_timer = app.set_timer

        def counted_timer(*args: Any, **kwargs: Any) -> Any:
            looks.append(kwargs.get("name", ""))
            return set_timer(*args, **kwargs)

        monkeypatch.setattr(app, "set_timer", counted_timer)
        gate = gate_searches(app, monkeypatch)  # `n` comes before the results
        free = asyncio.Event()
        app.screen.call_later(free.wait)  # the screen is busy until `free` is set
        keys = ("slash", *"yuan", "enter", "n")
        try:  # (a screen left busy would hold the app's end for ever)
            send_at_once(app, *keys)
            await until(lambda: looks.count("key-patience") >= 5)
            waiting = len(app._keys_waiting)
        finally:
            free.set()
        assert waiting == len(keys) - 1  # only `/` is being dealt with: the others wait
        await until(lambda: not app._keys_waiting and not app._key_busy)
        assert app.search_bar.value == "yuan"
        assert app.focused is app.headlines and not messages(app)
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.focused is app.reader
        assert app.reader.article.title == app.headlines.items[1].title
        assert app.reader.border_subtitle == "match 1/1"
