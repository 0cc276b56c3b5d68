"""The figures panel: the article's key figures in order, with values and context."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from hzreader.text import clean_line, clean_text
from hzreader.ui._render import SUMMARY_PART, TITLE_PART, PlacedFigure

#: Text width assumed before the panel has been laid out (its CSS width less borders).
PANEL_TEXT_WIDTH = 33
#: The context line is indented by this much under the figure's line.
INDENT = "  "
#: Where a figure stands, when not in the body.
PLACES = {TITLE_PART: "title", SUMMARY_PART: "summary"}


def figure_context(document: str, placed: PlacedFigure, width: int = PANEL_TEXT_WIDTH) -> str:
    """The figure in brackets with the text either side, cut to `width` cells.

    The text before gets at most half of the room the figure leaves; the text after gets the
    rest. Latin text is cut at a space; text without spaces (Chinese) at any character.
    """
    line_start = document.rfind("\n", 0, placed.start) + 1
    line_end = document.find("\n", placed.end)
    line_end = len(document) if line_end < 0 else line_end
    figure = f"[{clean_line(placed.figure.text)}]"
    room = max(0, width - cell_len(figure))
    before = _tail(clean_text(document[line_start : placed.start]), room // 2)
    after = _head(clean_text(document[placed.end : line_end]), room - cell_len(before))
    return before + figure + after


def _head(text: str, cells: int) -> str:
    """The start of `text` in at most `cells` cells, with "…" where it was cut."""
    if cell_len(text) <= cells:
        return text
    if cells <= 0:
        return ""
    kept = _fit(text, cells - 1)
    if kept and _in_word(kept[-1], text[len(kept)]):
        space = kept.rfind(" ")
        kept = kept[: space + 1] if space >= 0 else ""
    return kept.rstrip() + "…"


def _tail(text: str, cells: int) -> str:
    """The end of `text` in at most `cells` cells, with "…" where it was cut."""
    if cell_len(text) <= cells:
        return text
    if cells <= 0:
        return ""
    kept = _fit(text[::-1], cells - 1)[::-1]
    if kept and _in_word(text[len(text) - len(kept) - 1], kept[0]):
        space = kept.find(" ")
        kept = kept[space + 1 :] if space >= 0 else ""
    return "…" + kept.lstrip()


def _in_word(left: str, right: str) -> bool:
    """True when a cut between these two characters splits a word (wide characters, as in
    Chinese, may be cut between)."""
    return not (left.isspace() or right.isspace()) and cell_len(left + right) == 2


def _fit(text: str, cells: int) -> str:
    """The longest start of `text` that fits in `cells` cells."""
    used = 0
    for index, char in enumerate(text):
        used += cell_len(char)
        if used > cells:
            return text[:index]
    return text


def figure_option(document: str, placed: PlacedFigure, style: Style, width: int,
                  highlighted: bool = False) -> Text:
    """Two lines cut to `width`: kind, figure and normalised value; then the context.

    The highlighted row leaves colour to the highlight (a figure's colour on the highlight's
    background can be unreadable): its figure keeps only the kind's bold and underline.
    """
    figure = placed.figure
    quiet = "" if highlighted else "dim"
    if highlighted:
        style = Style(bold=style.bold, underline=style.underline)
    head = Text()
    head.append(f"{figure.kind:<9}", quiet)
    head.append(clean_line(figure.text), style)
    from hzreader.figures import format_value  # loaded with the first figures shown

    value = format_value(figure)
    if value:
        head.append(f"  {value}", "italic")
    head.truncate(width, overflow="ellipsis")
    place = PLACES.get(placed.part)
    context = Text(INDENT, quiet)
    if place:
        context.append(f"{place}: ", "italic")
    context.append(figure_context(document, placed, width - cell_len(context.plain)), quiet)
    context.truncate(width, overflow="ellipsis")
    return Text("\n").join([head, context])


class FiguresPanel(OptionList):
    """Lists key figures; moving the highlight asks the reading pane to show that figure."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
        Binding("q", "app.step_back", "Back", tooltip="Close the figures panel"),
    ]

    @dataclass
    class FigureChosen(Message):
        """The reader picked figure number `index` of the current article."""

        index: int
        focus_reader: bool

    def show_figures(self, document: str, figures: Sequence[PlacedFigure],
                     styles: Mapping[str, Style]) -> None:
        """Replace the list with the figures of a new article."""
        self._prompts, self._lit = [], None
        self.clear_options()
        if not figures:
            self.add_option(Option(Text("No key figures in this article.", "dim italic"),
                                   disabled=True))
            self.border_subtitle = "0"
            return
        self._shown = (document, figures, styles)
        available = self.scrollable_content_region.width
        padding = self.get_component_styles("option-list--option").padding.width
        # Less one cell for OptionList's gutter; a panel not yet laid out uses its CSS width.
        width = available - padding - 1 if available > 16 else PANEL_TEXT_WIDTH
        self._prompts = [
            (figure_option(document, placed, style, width),
             figure_option(document, placed, style, width, highlighted=True))
            for placed in figures
            for style in [styles.get(f"figure-{placed.figure.kind}", Style())]
        ]
        self.add_options(Option(prompt, id=str(index))
                         for index, (prompt, _) in enumerate(self._prompts))
        self.border_subtitle = str(len(figures))
        self._light(self.highlighted)

    _shown: tuple[str, Sequence[PlacedFigure], Mapping[str, Style]] | None = None
    #: Each figure's row as listed and as highlighted; which row shows the highlighted one.
    _prompts: list[tuple[Text, Text]] = []
    _lit: int | None = None

    def watch_highlighted(self, highlighted: int | None) -> None:
        """Show the highlighted row in the highlight's colours (and tell the list)."""
        super().watch_highlighted(highlighted)
        self._light(highlighted)

    def _light(self, index: int | None) -> None:
        """Give row `index` its highlighted prompt, and the row lit before its own again."""
        if index == self._lit:
            return
        for row, which in ((self._lit, 0), (index, 1)):
            if row is not None and 0 <= row < min(len(self._prompts), len(self.options)):
                self.replace_option_prompt_at_index(row, self._prompts[row][which])
        self._lit = index

    def on_resize(self) -> None:
        """Lines are cut to the width: cut them again."""
        if self._shown is not None and self._shown[1]:
            highlighted = self.highlighted
            self.show_figures(*self._shown)
            if highlighted is not None:
                self.mark(highlighted)

    def mark(self, index: int) -> None:
        """Highlight figure `index` without asking the reader to move again."""
        with self.prevent(OptionList.OptionHighlighted):
            self.highlighted = index

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Follow the highlight in the reading pane."""
        event.stop()
        if event.option_id is not None and self.has_focus:
            self.post_message(self.FigureChosen(int(event.option_id), focus_reader=False))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter jumps to the figure and moves into the reading pane."""
        event.stop()
        if event.option_id is not None:
            self.post_message(self.FigureChosen(int(event.option_id), focus_reader=True))
