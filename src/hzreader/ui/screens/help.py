"""The help screen: every key, the search syntax and the figure legend."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from hzreader.model import FIGURE_KINDS
from hzreader.ui.screens.overlay import ScrollingOverlay
from hzreader.ui.widgets.figures import FiguresPanel
from hzreader.ui.widgets.headlines import HeadlineList
from hzreader.ui.widgets.reader import ArticleView
from hzreader.ui.widgets.search_input import SearchInput

SEARCH_SYNTAX = (
    ("word word", "every word must match (title, body, summary, tags, source, author)"),
    ('"exact phrase"', "the words in this order"),
    ("-word", "leave out articles with this word"),
    ("a OR b", "either side may match"),
    ("title:word", "only in titles; also tag:, source:, author:, body:, summary:"),
    ("kind:money", "articles with a key figure of that kind (see the legend below)"),
    ("money>1e9", "a figure of that kind and value; also >=, <, <=, = and kind:value"),
    ("percent>=5  year:2015", "more examples; count>1000 works too"),
    ("duration>2h  count>1000 votes", "with a unit: compared in it (also quantity>=30°C, "
     "money>100 HKD)"),
    ("12000  3 billion", "a number in any form: finds 12,000 and 3bn"),
    ("date:2025  date:2025-06", "published that year or month"),
    ("date:2024-01..2025-06", "published in that range; also date>=2024-06"),
    ("is:unread  is:starred", "by your marks; also is:read, is:unstarred"),
    ("c++  AT&T  .NET", "symbols match as written (c++ is not c)"),
    ("5.6%  7 years  140 km/h", "a number with its unit is one figure (2 hours finds two hours)"),
    ("杭州  茶", "Chinese, Japanese, Korean: any characters of the text, even one"),
    ("cafe", "accents and case do not matter: finds Café"),
)

#: Each kind's examples, as the extractor finds them (a test checks): the first is shown in
#: the kind's style.
FIGURE_EXAMPLES = {
    "money": ("$422 million", "3 billion yuan", "25 cents", "15356亿元"),
    "percent": ("5.2 percent", "50 basis points", "5.6%", "百分之三十"),
    "count": ("2,368 projects", "10 districts", "3万人"),
    "year": ("2015", "the late 1980s", "2025年"),
    "date": ("Sept 28", "Dec 31, 2025", "9月28日", "第三季度"),
    "time": ("12:30", "3 pm", "上午10点"),
    "duration": ("5,000 years", "aged 64", "三年"),
    "ordinal": ("first place", "No 2", "第3名"),
    "number": ("51.2", "three-quarters"),
    "quantity": ("120 kilometers", "3,000 hectares", "6,000mAh", "180,000 bpd"),
}


def look_words(style: Style) -> str:
    """What a figure style does besides its colour: "bold", "bold, underlined" …"""
    words = [word for word, on in (("bold", style.bold), ("italic", style.italic),
                                   ("underlined", style.underline),
                                   ("reversed", style.reverse)) if on]
    if style.bgcolor is not None:
        words.append("on a background")
    return ", ".join(words) or "plain"


def key_label(binding: Binding) -> str:
    """Readable key names for a binding: `j, down` → `j / ↓`, `ctrl+f` → `Ctrl+F`."""
    names = {
        "down": "↓", "up": "↑", "left": "←", "right": "→", "pagedown": "PgDn",
        "pageup": "PgUp", "home": "Home", "end": "End", "escape": "Esc", "enter": "Enter",
        "space": "Space", "tab": "Tab", "shift+tab": "Shift+Tab", "question_mark": "?",
        "slash": "/", "right_square_bracket": "]", "left_square_bracket": "[",
        "less_than_sign": "<", "greater_than_sign": ">", "equals_sign": "=",
        "percent_sign": "%",
    }

    def name(key: str) -> str:
        if key in names:
            return names[key]
        *modifiers, last = key.split("+")
        if not modifiers:
            return key
        last = names.get(last, last.upper() if len(last) == 1 else last.capitalize())
        return "+".join([*(modifier.capitalize() for modifier in modifiers), last])

    return " / ".join(name(key.strip()) for key in binding.key.split(","))


def bindings_table(title: str, bindings: Iterable[BindingType]) -> Table:
    """A two-column table of keys and what they do."""
    table = Table(title=title, title_justify="left", title_style="bold", box=None,
                  show_header=False, padding=(0, 2, 0, 0), expand=False)
    table.add_column(style="bold", no_wrap=True, min_width=16)
    table.add_column()
    for binding in bindings:
        if isinstance(binding, Binding) and binding.description:
            table.add_row(key_label(binding), binding.tooltip or binding.description)
    return table


def help_sections(everywhere: list[BindingType]) -> list[tuple[str, list[BindingType]]]:
    """The help's key tables: the app's keys (`everywhere`), then each pane's own."""
    from hzreader.ui.screens.figure_table import FigureTableScreen  # loads the lens: on demand
    from hzreader.ui.widgets.figure_table import FigureTableView

    hidden = {"no_search", "app.focus_next", "app.focus_previous"}
    # `q`'s footer labels (Back, Clear search): its one help line is the plain `step_back`.
    also_hidden = {"step_back('back')", "step_back('clear')"}
    return [
        ("Everywhere", [
            *(b for b in everywhere
              if not (isinstance(b, Binding) and (b.action.partition("(")[0] in hidden
                                                  or b.action in also_hidden))),
            Binding("tab,shift+tab", "", "Next / previous pane"),
            Binding("ctrl+p", "command_palette", "Command palette (themes, screenshot…)"),
        ]),
        ("Headline list", list(HeadlineList.BINDINGS)),
        ("Reading pane", list(ArticleView.BINDINGS)),
        ("Figures panel", list(FiguresPanel.BINDINGS)),
        ("Figures table (t)", [*FigureTableScreen.BINDINGS, *FigureTableView.BINDINGS]),
        ("Search bar", list(SearchInput.BINDINGS)),
    ]


class HelpScreen(ScrollingOverlay):
    """A scrollable overlay listing every key; Esc, q or ? closes it."""

    BINDINGS = [
        Binding("q,escape,question_mark", "dismiss", "Close"),
    ]

    DEFAULT_CSS = """
    .help-section { margin: 1 0 0 0; }
    """

    def __init__(self, sections: list[tuple[str, list[BindingType]]],
                 figure_styles: Mapping[str, Style]) -> None:
        super().__init__()
        self.sections = sections
        self.figure_styles = figure_styles

    def compose(self) -> ComposeResult:
        """Key tables, search syntax and the figure legend."""
        with VerticalScroll(id="help-body") as body:
            body.border_title = "hzreader help"
            body.border_subtitle = "Esc to close"
            for title, bindings in self.sections:
                yield Static(bindings_table(title, bindings), classes="help-section")
            syntax = Table(title="Search syntax", title_justify="left", title_style="bold",
                           box=None, show_header=False, padding=(0, 2, 0, 0))
            syntax.add_column(style="bold", no_wrap=True, min_width=16)
            syntax.add_column()
            for example, meaning in SEARCH_SYNTAX:
                syntax.add_row(example, meaning)
            yield Static(syntax, classes="help-section")
            yield Static(self._legend(), classes="help-section")
        yield Footer(show_command_palette=False)

    def _legend(self) -> Table:
        """Each figure kind: a figure in its style, how it looks besides its colour, more
        examples. The figures panel (f) names the kind of each figure as well."""
        legend = Table(title="Key figures (each kind in its own style; f lists them in order)",
                       title_justify="left", title_style="bold", box=None, show_header=False,
                       padding=(0, 2, 0, 0))
        legend.add_column(no_wrap=True, min_width=9)
        legend.add_column(no_wrap=True, min_width=16)
        legend.add_column(no_wrap=True, style="dim")
        legend.add_column()
        for kind in FIGURE_KINDS:
            style = self.figure_styles.get(f"figure-{kind}", Style())
            sample, *more = FIGURE_EXAMPLES[kind]
            legend.add_row(kind, Text(sample, style=style), look_words(style), " · ".join(more))
        return legend
