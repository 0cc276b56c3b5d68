"""Figure-aware search: kind filters, comparisons and numbers typed in any form."""

from __future__ import annotations

import subprocess
import sys

from hzreader.model import Article, Figure
from hzreader.query import MemoryIndex, parse_query
from hzreader.query._figures import parse_figure_filter
from hzreader.query._terms import FigureTerm
from hzreader.query._typed import parse_typed_number
from hzreader.ui._render import render_article

SEED_LIKE = Article(
    id="seed", title="Hangzhou draws talent",
    body=("Launched in 2015, it has drawn over 12,000 projects, with registered capital "
          "surpassing 3 billion yuan ($422 million).\n\nOutput grew 5.2 percent."),
)
OTHER = Article(id="other", title="Quiet day", body="Nothing much happened in 1999.")
FUND = Article(id="fund", title="Fund closes", body="The fund raised $3bn from investors.")
INDEX = MemoryIndex([SEED_LIKE, OTHER, FUND])


def ids(query: str) -> list[str]:
    return [a.id for a in INDEX.search(query)]


def test_plain_numbers_in_filters_read_as_the_figure_rules_read_them() -> None:
    from hzreader.figures import parse_number
    from hzreader.query._figures import read_plain_number

    for text in ["1e9", "5", "-0.5", ".5", "+3", "007", "1e-3", "2.5E+3", "0"]:
        assert read_plain_number(text) == parse_number(text), text
    for text in ["1.", "12,000", "3bn", "5%", "1e999", "", "e9", "1e", "--1", "nan", "inf"]:
        assert read_plain_number(text) is None, text  # parse_number decides these


def test_a_plain_number_filter_loads_no_figure_rules() -> None:
    """`hzreader figures --query 'money>1e9'` starts its export sooner without them."""
    code = ("import sys; from hzreader.query import filter_notes, parse_query; "
            "parse_query('money>1e9 percent<=5.5'); filter_notes('money>1e9 percent<=5.5'); "
            "print('hzreader.figures._extract' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_filters_parse() -> None:
    assert parse_figure_filter("kind:money") == FigureTerm("money")
    assert parse_figure_filter("money>1e9") == FigureTerm("money", ">", 1e9)
    assert parse_figure_filter("percent>=5") == FigureTerm("percent", ">=", 5.0)
    assert parse_figure_filter("year:2015") == FigureTerm("year", "=", 2015.0)
    assert parse_figure_filter("title:money") is None
    assert parse_figure_filter("money>lots") is None


def test_typed_numbers_parse_in_any_form() -> None:
    for typed in ("12000", "12,000"):
        term = parse_typed_number(typed)
        assert term is not None and term.value == 12000
    assert parse_typed_number("districts") is None


def test_kind_and_comparison_filters_select_articles() -> None:
    assert ids("kind:money") == ["seed", "fund"]
    assert ids("money>1e9") == ["seed", "fund"]
    assert ids("money>1e10") == []
    assert ids("percent>=5") == ["seed"]
    assert ids("percent>6") == []
    assert ids("year:2015") == ["seed"]
    assert ids("count>1000") == ["seed"]
    assert ids("kind:money hangzhou") == ["seed"]
    assert ids("kind:money quiet") == []
    assert ids("-kind:money") == ["other"]
    assert ids("money>1e9 OR year:1999") == ["seed", "other", "fund"]


def test_a_number_matches_its_other_spellings() -> None:
    assert ids("12000") == ["seed"]
    assert ids("12,000") == ["seed"]
    assert ids("3 billion") == ["seed", "fund"]
    assert ids("3bn") == ["seed", "fund"]
    assert ids("422 million") == ["seed"]
    assert ids("1999") == ["other"]  # literal text still matches


def test_figure_matches_are_highlighted() -> None:
    rendered = render_article(SEED_LIKE, {}, parse_query("12000"), extract=_extract)
    plain = rendered.text.plain
    assert [plain[s:e] for s, e in rendered.matches] == ["over 12,000 projects"]


def _extract(text: str) -> list[Figure]:
    from hzreader.figures import extract

    return extract(text)
