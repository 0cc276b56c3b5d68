"""`]` and `[` step from the view when the reader scrolled away, as `n` and `N` do."""

from __future__ import annotations

from pathlib import Path

import yaml

from hzreader.ui import make_app

from test_app import SIZE, ready


def in_view(app, index: int) -> bool:  # type: ignore[no-untyped-def]
    line = app.reader.line_of(app.reader.rendered.figures[index].start)
    top = app.reader.scroll_offset.y
    return bool(top <= line < top + app.reader.scrollable_content_region.height)


def write_long(folder: Path, paragraph: str) -> None:
    """An article of 200 paragraphs, each `paragraph` with its number `{i}` (and `{n}`,
    the number plus 10)."""
    paragraphs = [paragraph.format(i=i, n=i + 10) for i in range(200)]
    (folder / "long.yaml").write_text(yaml.safe_dump(
        {"title": "A long one", "body": "\n\n".join(paragraphs)}), encoding="utf-8")


async def test_brackets_go_on_from_the_view_after_scrolling(tmp_path: Path) -> None:
    """tryout5 B#9: `]` `]`, `G`, `]` went to figure 3 at the top; now to the first figure
    on screen or below; `g`, `[` to the last figure above the view (none: the first)."""
    write_long(tmp_path, "Paragraph {i}: traders sold {n} tonnes of copper.")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await pilot.pause()
        figures = app.reader.rendered.figures
        assert len(figures) >= 200
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert app.reader.current_figure == 1
        await pilot.press("G")
        await pilot.pause()
        await pilot.press("right_square_bracket")
        await pilot.pause()
        await pilot.pause()
        assert app.reader.current_figure > 150
        assert in_view(app, app.reader.current_figure)
        current = app.reader.current_figure
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert app.reader.current_figure == min(current + 1, len(figures) - 1)
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("left_square_bracket")  # nothing above the top: the first
        await pilot.pause()
        assert app.reader.current_figure == 0


async def test_less_and_vim_page_keys_scroll_the_reading_pane(tmp_path: Path) -> None:
    """tryout5 B#22: Ctrl+F / Ctrl+B a page, Ctrl+D / Ctrl+U half a page."""
    write_long(tmp_path, "Paragraph {i}: nothing much happened.")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()
        page = app.reader.scroll_offset.y
        assert page > 10
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert app.reader.scroll_offset.y == 0
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert app.reader.scroll_offset.y == page
        await pilot.press("ctrl+u")
        await pilot.pause()
        half = app.reader.scrollable_content_region.height // 2
        assert app.reader.scroll_offset.y == page - half
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert app.reader.scroll_offset.y == page


async def test_an_edit_above_the_view_keeps_the_text_in_view(tmp_path: Path) -> None:
    """tryout5 B#24: two paragraphs added at the top of the body while reading paragraph
    100 kept the character offset (the view moved up by their length); now the text."""
    import dataclasses

    paragraphs = [f"Paragraph {i}: nothing much happened today." for i in range(200)]
    (tmp_path / "long.yaml").write_text(yaml.safe_dump(
        {"title": "A long one", "body": "\n\n".join(paragraphs)}), encoding="utf-8")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await pilot.pause()
        for _ in range(8):
            await pilot.press("space")
        await pilot.pause()
        reader = app.reader
        plain = reader._document.plain
        top = plain[reader.top_offset():].split("\n")[0]
        assert top.startswith("Paragraph ")
        article = reader.article
        edited = dataclasses.replace(article, body="An added paragraph, rather long, about "
                                     "nothing.\n\nAnother one.\n\n" + article.body)
        reader.show(edited, reader.search_query)
        await pilot.pause()
        assert reader._document.plain[reader.top_offset():].split("\n")[0] == top


async def test_an_edit_of_the_open_article_keeps_the_current_match(tmp_path: Path) -> None:
    """tryout8 A#10: the open article's file changed while at "match 1/3": the counter
    said "match 0/3" and `n` went to the first match again; it stays, and `n` goes on."""
    import dataclasses

    from test_app import type_query

    body = "\n\n".join(f"Storm number {i} came ashore with heavy rain." for i in range(3))
    (tmp_path / "storms.yaml").write_text(yaml.safe_dump(
        {"title": "Three of them", "body": body}), encoding="utf-8")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "storm")
        await pilot.press("enter", "enter", "n")
        await pilot.pause()
        reader = app.reader
        assert reader.border_subtitle == "match 2/3"
        article = reader.article
        reader.show(dataclasses.replace(article, body=article.body.replace("heavy", "light")),
                    reader.search_query)
        await pilot.pause()
        assert reader.border_subtitle == "match 2/3"
        await pilot.press("n")
        await pilot.pause()
        assert reader.border_subtitle == "match 3/3"


async def test_the_footer_offers_n_for_matches_only_with_a_search(tmp_path: Path) -> None:
    """tryout8 C#2: after the search was cleared the reading pane's footer still offered
    "nN Match", and `n` then said nothing was searched."""
    from test_app import type_query

    (tmp_path / "storm.yaml").write_text(yaml.safe_dump(
        {"title": "Storm", "body": "A storm came ashore."}), encoding="utf-8")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)

        def match_keys() -> list[str]:
            return [key for key, active in app.screen.active_bindings.items()
                    if active.binding.action in ("next_match", "previous_match")]

        await pilot.press("enter")
        await pilot.pause()
        assert app.reader.has_focus and match_keys() == []
        await type_query(pilot, "storm")
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert app.reader.has_focus and sorted(match_keys()) == ["N", "n"]
        await pilot.press("escape", "slash", "ctrl+u", "enter", "enter")  # search cleared
        await pilot.pause()
        assert app.reader.has_focus and match_keys() == []
        await pilot.press("n")
        await pilot.pause()
        assert any("Nothing searched yet" in str(n.message) for n in app._notifications)


async def test_the_border_tells_the_figure_only_while_it_is_in_view(tmp_path: Path) -> None:
    """ui10: `]` then `G` kept "figure 1/200" in the border with that figure off screen."""
    write_long(tmp_path, "Paragraph {i}: traders sold {n} tonnes of copper.")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await pilot.pause()
        reader = app.reader
        total = len(reader.rendered.figures)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert reader.border_subtitle == f"figure 2/{total}"
        await pilot.press("G")
        await pilot.pause()
        assert not in_view(app, 1)
        assert reader.border_subtitle == f"{total} figures"
        await pilot.press("right_square_bracket")  # from the view: a figure on screen
        await pilot.pause()
        await pilot.pause()
        assert in_view(app, reader.current_figure)
        assert reader.border_subtitle == f"figure {reader.current_figure + 1}/{total}"
        far = reader.current_figure
        for away in ("g", "space"):  # to the top, then a page on: still far above it
            await pilot.press(away)
            await pilot.pause()
            assert not in_view(app, far)
            assert reader.border_subtitle == f"{total} figures", away
        await pilot.press("G")  # back where the marked figure is: it is told again
        await pilot.pause()
        assert in_view(app, far) and reader.current_figure == far
        assert reader.border_subtitle == f"figure {far + 1}/{total}"
        await pilot.press("left_square_bracket")
        await pilot.pause()
        await pilot.pause()
        assert reader.border_subtitle == f"figure {far}/{total}"
        reader.scroll_relative(y=-reader.size.height, animate=False)  # the mouse wheel
        await pilot.pause()
        assert not in_view(app, far - 1)
        assert reader.border_subtitle == f"{total} figures"
        await pilot.press("G", "b", "b")
        await pilot.pause()
        assert not in_view(app, far - 1)
        assert reader.border_subtitle == f"{total} figures"


async def test_the_border_never_says_match_0(tmp_path: Path) -> None:
    """tryout9 A#2: with a search on, `]` to a figure and then an edit of the file (or a
    scroll away from the figure) left "match 0/1" in the border: no match is current, and
    the border says how many there are."""
    import dataclasses

    from test_app import type_query

    body = "The harbour took two hours and 45 minutes to clear; 300 ships and 12 cranes waited."
    (tmp_path / "harbour.yaml").write_text(yaml.safe_dump(
        {"title": "Harbour", "body": body}), encoding="utf-8")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "harbour")
        await pilot.press("enter", "enter", "right_square_bracket", "right_square_bracket")
        await pilot.pause()
        reader = app.reader
        assert reader.border_subtitle.startswith("figure ")
        article = reader.article
        reader.show(dataclasses.replace(article, body=body.replace("300", "310")),
                    reader.search_query)
        await pilot.pause()
        assert "match 0/" not in reader.border_subtitle
        assert reader.border_subtitle == "2 matches"  # the title's and the body's


async def test_n_from_the_list_goes_past_the_match_the_pane_already_marks(
        tmp_path: Path) -> None:
    """tryout9 A#3: after a search the pane beside the list marks match 1/2; `n` in the
    list only moved the focus, and a second `n` was needed to reach match 2."""
    from test_app import type_query

    (tmp_path / "rain.yaml").write_text(yaml.safe_dump(
        {"title": "Wet week", "body": "Rain fell on Monday.\n\nMore rain came on Friday."}),
        encoding="utf-8")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "rain")
        await pilot.press("enter")  # back to the list, the first result beside it
        await pilot.pause()
        assert app.headlines.has_focus and app.reader.border_subtitle == "match 1/2"
        await pilot.press("n")
        await pilot.pause()
        assert app.reader.has_focus and app.reader.border_subtitle == "match 2/2"


async def test_n_from_the_list_on_an_article_of_one_match_goes_to_the_next_article(
        tmp_path: Path) -> None:
    """tryout11: with one match in the first result, `n` from the list opened it at that
    same match (1/1); `n` goes on, to the next matching article, as less's `n` does."""
    from test_app import type_query

    for name, date, text in (("a", "2025-01-02", "Rain fell on Monday."),
                             ("b", "2025-01-01", "Rain came on Friday.")):
        (tmp_path / f"{name}.yaml").write_text(yaml.safe_dump(
            {"title": f"Week {name}", "date": date, "body": text}), encoding="utf-8")
    app = make_app([tmp_path], watch_interval=0)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await type_query(pilot, "rain")
        await pilot.press("enter")
        await pilot.pause()
        assert app.headlines.cursor == 0 and app.reader.border_subtitle == "match 1/1"
        await pilot.press("n")
        await pilot.pause()
        assert app.reader.has_focus and app.headlines.cursor == 1
        assert app.reader.border_subtitle == "match 1/1"
