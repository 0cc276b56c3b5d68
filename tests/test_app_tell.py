"""The app tells the user what happened: opening urls, copying, screenshots, pop-ups and their
keys, the keys panel, and a footer that fits."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Footer

from hzreader.ui._app import HzReaderApp, make_app
from hzreader.ui._browser import open_in_browser
from hzreader.ui.screens.help import HelpScreen

from test_app import SIZE, messages, ready, type_query

LINKED = "title: Linked story\ndate: 2030-01-01\nurl: https://example.com/story\nbody: x\n"


@pytest.fixture
def linked_dir(sample_dir: Path) -> Path:
    """The sample articles plus a newest one with a url."""
    (sample_dir / "linked.yaml").write_text(LINKED, encoding="utf-8")
    return sample_dir


async def test_o_without_a_browser_copies_the_url_and_says_so(
    linked_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("hzreader.ui._reading.open_in_browser", lambda url: False)
    app = make_app([linked_dir])
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert copied == ["https://example.com/story"]
        assert ("No browser to open here, so the url was copied to the clipboard: "
                "https://example.com/story") in messages(app)


async def test_o_with_a_browser_says_it_opened(linked_dir: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("hzreader.ui._reading.open_in_browser",
                        lambda url: opened.append(url) or True)
    app = make_app([linked_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert opened == ["https://example.com/story"]
        assert "Opened in the browser: https://example.com/story" in messages(app)
        await pilot.press("j", "o")
        assert "This article has no url." in messages(app)


async def test_y_says_what_it_copied(linked_dir: Path) -> None:
    app = make_app([linked_dir])
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("y", "j", "y")
        assert copied == ["Linked story\nhttps://example.com/story",
                          "Factory output rises 5.2 percent in October"]
        assert messages(app)[-2:] == ["Copied the title and url.",
                                      "Copied the title (this article has no url)."]


def test_text_browsers_and_no_browser_count_as_none(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_browser() -> webbrowser.BaseBrowser:
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", no_browser)
    assert open_in_browser("https://example.com") is False

    lynx = webbrowser.GenericBrowser("lynx")
    monkeypatch.setattr(lynx, "open", lambda *a, **k: pytest.fail("lynx must not run"))
    monkeypatch.setattr(webbrowser, "get", lambda: lynx)
    assert open_in_browser("https://example.com") is False

    opened: list[str] = []
    firefox = webbrowser.BackgroundBrowser("firefox")
    monkeypatch.setattr(firefox, "open", lambda url, *a, **k: opened.append(url) or True)
    monkeypatch.setattr(webbrowser, "get", lambda: firefox)
    assert open_in_browser("https://example.com") is True
    assert opened == ["https://example.com"]


async def test_palette_screenshot_saves_in_the_documented_folder(
    sample_dir: Path, private_dirs: Path
) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        [command] = [c for c in app.get_system_commands(app.screen) if c.title == "Screenshot"]
        folder = private_dirs / "data" / "hzreader" / "screenshots"
        assert str(folder) in command.help
        command.callback()
        for _ in range(100):  # the picture is taken once the palette has gone
            if list(folder.glob("hzreader-*.svg")):
                break
            await pilot.pause(0.05)
        [saved] = folder.glob("hzreader-*.svg")
        assert "<svg" in saved.read_text(encoding="utf-8")
        assert f"Screenshot saved: {saved}" in messages(app)


async def test_help_scrolls_with_j_k_g_and_capital_g(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=(120, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        body = app.screen.query_one(VerticalScroll)
        assert body.max_scroll_y > 2
        await pilot.press("j", "j")
        assert body.scroll_y == 2
        await pilot.press("k")
        assert body.scroll_y == 1
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0


def footer_keys(app: HzReaderApp) -> list[str]:
    """The key hints in the footer of the screen on top."""
    footer = app.screen.query_one(Footer)
    return [key.key for key in footer.query("FooterKey")]


async def test_pop_ups_show_their_own_keys_in_the_footer(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert "slash" in footer_keys(app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = footer_keys(app)
        assert "q" in keys and "j" in keys and "slash" not in keys  # q closes, as in less
        await pilot.press("escape", "p")
        await pilot.pause()
        keys = footer_keys(app)
        assert "escape" in keys and "slash" not in keys and "enter" not in keys
        await pilot.press("escape", "A")
        await pilot.pause()
        assert footer_keys(app) == ["y", "n"]


async def test_the_keys_panel_closes_with_escape_or_q(sample_dir: Path) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        for key in ("escape", "q"):
            app.action_show_help_panel()
            await pilot.pause()
            assert app.screen.query("HelpPanel")
            await pilot.press(key)
            await pilot.pause()
            assert not app.screen.query("HelpPanel")
            assert app.is_running


@pytest.mark.parametrize("keys", [(), ("slash", "y", "u", "a", "n", "enter"), ("enter",),
                                  ("enter", "f"), ("slash", "y", "u", "a", "n", "enter", "n")])
async def test_the_footer_fits_at_120_columns(sample_dir: Path, keys: tuple[str, ...]) -> None:
    app = make_app([sample_dir])
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        await pilot.press(*keys)
        await app.workers.wait_for_complete()
        await pilot.pause()
        footer = app.screen.query_one(Footer)
        used = sum(child.outer_size.width for child in footer.children
                   if not child.has_class("-command-palette"))
        palette = footer.query_one(".-command-palette")
        assert used + palette.outer_size.width <= 120, footer_keys(app)
        assert "question_mark" in footer_keys(app)


async def test_one_chinese_character_is_enough_to_search() -> None:
    """The help says so: any characters of the text, even one."""
    app = make_app([Path(__file__).parent / "fixtures" / "snapshot_articles"])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "茶")
        assert [item.title for item in app.headlines.items] == ["杭州：西湖龙井茶园迎来春茶采摘季"]
        assert app.reader.rendered is not None and app.reader.rendered.matches


def footer_fits(app: HzReaderApp, width: int) -> bool:
    """Every key hint of the footer is whole within `width` columns."""
    footer = app.screen.query_one(Footer)
    return all(key.region.right <= width for key in footer.query("FooterKey"))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_search_field_footer_offers_its_own_keys(
        sample_dir: Path, size: tuple[int, int]) -> None:
    """ui11: while the search field had the focus the footer offered "/ Search" (typed
    there) and not Enter: it shows the field's keys, Enter and Esc first."""
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("slash", "y", "u", "a", "n")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert footer_keys(app)[:4] == ["enter", "escape", "up", "ctrl+u"]
        assert set(footer_keys(app)) - {"enter", "escape", "up", "ctrl+u"} <= {"ctrl+p"}
        assert footer_fits(app, size[0])
        await pilot.press("slash")  # typed, as the footer says (no "/ Search" there)
        assert app.search_bar.value == "yuan/"
        await pilot.press("ctrl+u")  # deletes to the start, as offered
        assert app.search_bar.value == ""
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is app.headlines and "slash" in footer_keys(app)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_figures_panel_and_table_footers_offer_their_keys(
        sample_dir: Path, size: tuple[int, int]) -> None:
    """ui11: the figures panel's footer offered only q of its keys: Enter and j/k come first;
    the figures table's offers R (reverse) too."""
    app = make_app([sample_dir], watch_interval=0)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("enter", "f")
        await pilot.pause()
        assert app.focused is app.figures_panel
        assert footer_keys(app)[:4] == ["enter", "j", "k", "q"]
        assert footer_fits(app, size[0])
        await pilot.press("t")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert footer_keys(app)[:5] == ["enter", "escape", "r", "R", "e"]
        assert footer_fits(app, size[0])
