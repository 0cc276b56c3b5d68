"""The figures panel: the article's key figures in order, with values and context."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from hzreader.text import clean_line
from hzreader.ui._render import PlacedFigure

CONTEXT_CHARS = 34
#: Text width assumed before the panel has been laid out (its CSS width less borders).
PANEL_TEXT_WIDTH = 33


def figure_context(document: str, placed: PlacedFigure) -> str:
    """A few words either side of the figure, cut at word boundaries."""
    line_start = document.rfind("\n", 0, placed.start) + 1
    line_end = document.find("\n", placed.end)
    line_end = len(document) if line_end < 0 else line_end
    before = document[max(line_start, placed.start - CONTEXT_CHARS) : placed.start]
    after = document[placed.end : min(line_end, placed.end + CONTEXT_CHARS)]
    if placed.start - CONTEXT_CHARS > line_start and " " in before:
        before = "…" + before[before.index(" ") + 1 :]
    if placed.end + CONTEXT_CHARS < line_end and " " in after:
        after = after[: after.rindex(" ")] + "…"
    return clean_line(f"{before}[{placed.figure.text}]{after}")


def figure_option(document: str, placed: PlacedFigure, style: Style, width: int) -> Text:
    """Two lines cut to `width`: kind, figure and normalised value; then the context."""
    figure = placed.figure
    head = Text()
    head.append(f"{figure.kind:<9}", "dim")
    head.append(clean_line(figure.text), style)
    from hzreader.figures import format_value  # loaded with the first figures shown

    value = format_value(figure)
    if value:
        head.append(f"  {value}", "italic")
    head.truncate(width, overflow="ellipsis")
    context = Text("  " + figure_context(document, placed), "dim")
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
        self.add_options(
            Option(figure_option(document, placed,
                                 styles.get(f"figure-{placed.figure.kind}", Style()), width),
                   id=str(index))
            for index, placed in enumerate(figures)
        )
        self.border_subtitle = str(len(figures))

    _shown: tuple[str, Sequence[PlacedFigure], Mapping[str, Style]] | None = None

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
