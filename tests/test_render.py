"""Rendering an article into styled, wrapped text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.style import Style
from rich.text import Text

from hzreader.figures import extract
from hzreader.model import FIGURE_KINDS, Article
from hzreader.query import parse_query
from hzreader.ui._render import meta_line, render_article
from hzreader.ui._wrap import WrappedLines, wrap

STYLES = {
    "title": Style(bold=True),
    "match": Style(bgcolor="yellow"),
    **{f"figure-{kind}": Style(color="green") for kind in FIGURE_KINDS},
}

ARTICLE = Article(
    id="a", title="Output [bold]rises[/bold]",
    body="Output rose 5.2 percent in 2025.\n\nIt cost 3 billion yuan ($422 million).",
    published=dt.datetime(2025, 11, 14), source="Wire", author="Li", tags=("economy",),
    related=("Another headline",),
)


def test_document_has_title_meta_paragraphs_and_related() -> None:
    plain = render_article(ARTICLE, STYLES).text.plain
    assert plain.startswith("Output [bold]rises[/bold]\n2025-11-14  ·  Wire  ·  by Li  ·  #economy")
    assert "Output rose 5.2 percent in 2025.\n\nIt cost" in plain
    assert plain.endswith("Related headlines\n  • Another headline")


def test_markup_in_article_text_is_shown_literally() -> None:
    console = Console(width=80, record=True, color_system=None)
    console.print(render_article(ARTICLE, STYLES).text)
    assert "[bold]rises[/bold]" in console.export_text()


def test_figures_are_placed_and_styled() -> None:
    rendered = render_article(ARTICLE, STYLES, extract=extract)
    plain = rendered.text.plain
    found = {plain[p.start:p.end] for p in rendered.figures}
    assert {"5.2 percent", "3 billion yuan", "$422 million"} <= found
    styled = {plain[span.start:span.end] for span in rendered.text.spans
              if span.style == STYLES["figure-money"]}
    assert "3 billion yuan" in styled


def test_search_matches_are_located_and_highlighted() -> None:
    rendered = render_article(ARTICLE, STYLES, parse_query("output"))
    plain = rendered.text.plain
    assert [plain[s:e] for s, e in rendered.matches] == ["Output", "Output"]
    assert any(span.style == STYLES["match"] for span in rendered.text.spans)


def test_inflections_are_matches_that_n_steps_through() -> None:
    """query14: `lily` marks "Lilies" and "lily's" (the matches `n`/`N` step through)."""
    article = Article(id="x", title="Lilies of the valley", body="A lily's scent.\n\nNo lilt.")
    rendered = render_article(article, STYLES, parse_query("lily"))
    plain = rendered.text.plain
    assert [plain[s:e] for s, e in rendered.matches] == ["Lilies", "lily"]
    rendered = render_article(article, STYLES, parse_query('"lily"'))
    assert [rendered.text.plain[s:e] for s, e in rendered.matches] == ["lily"]


def test_meta_line_skips_missing_parts() -> None:
    assert meta_line(Article(id="x", title="t", body="")) == ""
    assert meta_line(Article(id="x", title="t", body="", source="S")) == "S"


def test_empty_body_says_so() -> None:
    plain = render_article(Article(id="x", title="t", body="  "), STYLES).text.plain
    assert "no body text" in plain


def check_wrap(text: str, width: int) -> None:
    lines, starts = wrap(Text(text), width)
    assert len(lines) == len(starts)
    for line, start in zip(lines, starts, strict=True):
        assert cell_len(line.plain) <= max(width, 2)
        assert text[start:start + len(line.plain)] == line.plain
    # Nothing but whitespace is lost between lines.
    rebuilt = "".join(text[s:e] for s, e in zip(starts, starts[1:] + [len(text)], strict=True))
    assert rebuilt == text


def test_wrap_breaks_at_spaces_and_keeps_offsets() -> None:
    text = "Hangzhou, capital of East China's Zhejiang province, is integrating its reforms"
    lines, _ = wrap(Text(text), 20)
    assert [line.plain for line in lines] == [
        "Hangzhou, capital of", "East China's", "Zhejiang province,", "is integrating its",
        "reforms",
    ]
    check_wrap(text, 20)


def test_wrap_handles_wide_characters_and_long_words() -> None:
    text = "杭州是浙江省的省会，历史悠久。" * 3 + " " + "x" * 50
    check_wrap(text, 11)
    lines, _ = wrap(Text("杭州是浙江省"), 5)
    assert [line.plain for line in lines] == ["杭州", "是浙", "江省"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab 杭州\n-.,"), max_size=120), st.integers(2, 30))
def test_wrap_property(text: str, width: int) -> None:
    check_wrap(text, width)


CONTROL = set(range(0x00, 0x20)) - {0x0A} | set(range(0x7F, 0xA0)) | {0x202E, 0x200B, 0x2066}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), st.text(max_size=400), st.lists(st.text(max_size=20), max_size=3))
def test_any_article_renders_without_control_characters(title: str, body: str,
                                                         tags: list[str]) -> None:
    article = Article(id="x", title=title, body=body, tags=tuple(tags), source=title[:10])
    rendered = render_article(article, STYLES, parse_query(title[:5]), extract=extract)
    plain = rendered.text.plain
    assert not {ord(ch) for ch in plain} & CONTROL
    lines, _ = wrap(rendered.text, 40)
    assert all("\x1b" not in line.plain for line in lines)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab 杭\n"), max_size=80), st.integers(1, 12),
       st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80), st.sampled_from("bold red")),
                max_size=8))
def test_wrapped_lines_keep_their_styles(text: str, width: int,
                                         spans: list[tuple[int, int, str]]) -> None:
    styled = Text(text)
    for start, end, style in spans:
        styled.stylize(style, min(start, end), max(start, end))
    lines, starts = wrap(styled, width)
    for line, start in zip(lines, starts, strict=True):
        expected = styled[start : start + len(line.plain)]  # what slicing gives, line by line
        assert line.plain == expected.plain
        assert sorted((s.start, s.end, str(s.style)) for s in line.spans) == sorted(
            (s.start, s.end, str(s.style)) for s in expected.spans)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab 杭，\n"), max_size=120), st.integers(1, 14),
       st.lists(st.tuples(st.integers(0, 120), st.integers(0, 120),
                          st.sampled_from(["bold", "red", "italic", "on blue", "not bold"])),
                max_size=10),
       st.booleans())
@example("abab abab", 20, [(5, 8, "red"), (0, 9, "on blue"), (6, 7, "not bold"), (0, 9, "bold")],
         False)  # the span added last wins, wherever it starts
def test_lines_made_when_drawn_are_the_lines_wrap_divides(
        text: str, width: int, spans: list[tuple[int, int, str]], bullet: bool) -> None:
    styled = Text(("  • " if bullet else "") + text, style="dim")
    for start, end, style in spans:  # overlapping spans: the later one wins where they meet
        styled.stylize(style, min(start, end), max(start, end))
    lines, starts = wrap(styled, width)
    lazy = WrappedLines(styled, width)
    assert lazy.starts == starts and len(lazy) == len(lines)
    console = Console(width=200, color_system="truecolor")
    for index, line in enumerate(lines):
        made = lazy[index]
        assert made.plain == line.plain
        assert list(made.render(console)) == list(line.render(console))
    assert [made.plain for made in lazy[1:3]] == [line.plain for line in lines[1:3]]


def test_an_article_with_thousands_of_figures_keeps_their_styles_when_wrapped() -> None:
    body = " ".join(f"rose {i % 97} percent in {2000 + i % 25}" for i in range(3000))
    article = Article(id="x", title="Stats", body=body)
    rendered = render_article(article, STYLES, None, extract=extract)
    assert len(rendered.figures) >= 5000
    lines, _ = wrap(rendered.text, 60)
    spans = sum(len(line.spans) for line in lines)
    assert spans >= len(rendered.figures)  # every figure's style reaches its lines


def test_wrapped_related_headlines_are_indented_under_their_bullet() -> None:
    article = Article(id="x", title="T", body="Body.", related=(
        "Tech hub Hangzhou eyes high-level innovative city to draw global talent",))
    rendered = render_article(article, STYLES, None, extract=extract)
    lines, starts = wrap(rendered.text, 30)
    bullet = next(i for i, line in enumerate(lines) if line.plain.startswith("  • "))
    assert lines[bullet].plain == "  • Tech hub Hangzhou eyes"
    following = [line.plain for line in lines[bullet + 1 :]]
    assert following == ["    high-level innovative city", "    to draw global talent"]
    assert all(len(line) <= 30 for line in following)
    plain = rendered.text.plain  # offsets still point at the document's own text
    assert plain[starts[bullet + 1] :].startswith("high-level innovative city")


def test_a_figure_module_still_being_imported_is_not_used(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """tryout4: a key at start-up read `extract` from a module another thread was still
    importing ("partially initialized module … has no attribute 'extract'")."""
    import sys
    import types

    from hzreader.ui._render import loaded_extract

    half = types.ModuleType("hzreader.figures._extract")
    monkeypatch.setitem(sys.modules, "hzreader.figures._extract", half)
    assert loaded_extract() is None
    half.extract = lambda text: []  # type: ignore[attr-defined]
    assert loaded_extract() is None  # defined, but the module has not run to its end
    half.LOADED = True  # type: ignore[attr-defined]
    assert loaded_extract() is half.extract  # type: ignore[attr-defined]
