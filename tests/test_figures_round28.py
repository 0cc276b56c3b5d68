"""Round 28 (figs28): tryout15's live-blog stamps, footnote markers and page references, one
reading of ¥ per article, 今年第五个 and full-width thousands; each positive case fails on
main 4ab9639, the neighbours pass on both."""

from __future__ import annotations

import pytest

from hzreader.figures import article_extractor, extract
from hzreader.figures._places import article_figures

Got = tuple[str, str, float | None]


def _figs(text: str) -> list[Got]:
    return [(f.text, f.kind, f.value) for f in extract(text)]


POSITIVE = [
    # a bare clock time heading a paragraph before a dash or a colon dates the entry
    ("23:40 — The exit poll projects a majority.", [("23:40", "time", 23 + 40 / 60)]),
    ("00:15: First result declared.", [("00:15", "time", 0.25)]),
    ("9:30 - Markets open.", [("9:30", "time", 9.5)]),
    ("23:40—The exit poll is out.", [("23:40", "time", 23 + 40 / 60)]),
    ("Live\n\n23:40 — The exit poll is out.", [("23:40", "time", 23 + 40 / 60)]),
    # footnote markers and page references are not figures
    ("…with an artificial island halfway for changing horses.[1] It would take another 192 "
     "years.", [("192 years", "duration", 192.0)]),
    ("some 13,000 workers were employed on the project,[2] and 11 tunnel-boring machines cut",
     [("some 13,000 workers", "count", 13000.0), ("11 tunnel-boring machines", "count", 11.0)]),
    ("Ten workers died during construction.[3]", [("Ten workers", "count", 10.0)]),
    ("[1] Mathieu-Favier's plan was presented to Napoleon in 1802.",
     [("1802", "year", 1802.0)]),
    ("[2] Eurotunnel annual report, 1991, p. 14.", [("1991", "year", 1991.0)]),
    ("The figures are on pp. 3–5 of the report.", []),
]

NEIGHBOURS = [
    # stamps that only label an entry stay unmarked (docs/figures.md)
    ("14:05 The prime minister is due to speak in the next 30 minutes.",
     [("30 minutes", "duration", 30.0)]),
    # figs29: "12:30 GMT: Police say…" heading a paragraph is a time now (test_figures_round29)
    ("Key events: 08:45 Trains stop; 09:30 — buses resume.", []),
    ("Updated at 18:20 — Police say the road is closed.", []),
    ("At 23:40 the exit poll was published.", [("23:40", "time", 23 + 40 / 60)]),
    # not a time of day, not at a paragraph's head
    ("25:10 — the next item.", []),
    ("The results: 23:40: late.", []),
    ("a time inside the text (\"Updated at\n18:20 —\") is a figure", []),  # a hard wrap
    ("Bayern won 2:1 at home.", [("2:1", "number", None)]),
    ("He finished in 2:11:53 — a record.", [("2:11:53", "duration", 7913.0)]),
    # brackets that are not footnotes, and a month's abbreviation
    ("The [31m code", []),
    ("a list of [5] items", [("5", "number", 5.0)]),
    ("Sep. 14 was the day.", [("Sep. 14", "date", None)]),
    ("rose 5% to 1,200.", [("5%", "percent", 5.0), ("1,200", "number", 1200.0)]),
]


@pytest.mark.parametrize(("text", "want"), POSITIVE + NEIGHBOURS)
def test_figures(text: str, want: list[Got]) -> None:
    got = _figs(text)
    assert [(t, k) for t, k, _ in got] == [(t, k) for t, k, _ in want]
    assert [v for _, _, v in got] == pytest.approx([v for _, _, v in want])


_JP_TITLE = "Rapidus 2nm pilot line: 月産1万枚 target, ¥920 billion in subsidies"
_JP_BODY = ("The government has committed ¥920 billion (about $6.1 billion) so far, and METI "
            "officials said a further 1兆円 could follow.\n\nThe fab employs 1,200 engineers.")


def _money(title: str, body: str, summary: str = "") -> list[tuple[int, str, str | None]]:
    return [(f.field, f.figure.text, f.figure.unit)
            for f in article_figures(summary, body, title) if f.figure.kind == "money"]


def test_yen_read_once_per_article() -> None:
    """The body's yen (1兆円 beside it) holds for the title's ¥ (CNY on main: 月産 is Han)."""
    assert _money(_JP_TITLE, _JP_BODY) == [
        (-1, "¥920 billion", "JPY"), (1, "¥920 billion", "JPY"),
        (1, "about $6.1 billion", "USD"), (1, "1兆円", "JPY")]  # figs32: 1兆円 is money
    part = article_extractor(_JP_TITLE, "", _JP_BODY)
    assert [f.unit for f in part(_JP_TITLE) if f.kind == "money"] == ["JPY"]


def test_yen_neighbours() -> None:
    """A part that names its currency keeps it; an article whose ¥ lines differ, or with no
    ¥ in its body, reads each part as before."""
    assert _money("上海基金规模¥30亿", "The Shanghai fund is worth ¥3bn.") == [
        (-1, "¥30亿", "CNY"), (1, "¥3bn", "CNY")]
    assert _money("售价¥1299", "The phone costs $199 in the US.") == [
        (-1, "¥1299", "CNY"), (1, "$199", "USD")]
    mixed = "新车售价¥20万元人民币。\n\nIt costs ¥3m in Japan."
    assert _money("Toyota's ¥5 trillion plan", mixed) == [
        (-1, "¥5 trillion", "JPY"), (1, "¥20万元人民币", "CNY"), (1, "¥3m", "JPY")]
    assert _money("价格¥500", "价格¥500，较去年上涨。") == [(-1, "¥500", "CNY"), (1, "¥500", "CNY")]


@pytest.mark.parametrize(("text", "want"), [
    # this year's Nth in numerals, as in digits (tryout15 §4)
    ("這是今年第五個侵台颱風", [("第五個", "ordinal", 5.0)]),
    ("这是今年第五个台风", [("第五个", "ordinal", 5.0)]),
])
def test_this_years_nth(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("这是今年第5个台风", [("第5个", "ordinal", 5.0)]),
    ("第五个台风", []),  # no span named: the order of events
    ("今年第一个台风", []),  # "first" is the order of events
    ("今年第三个月", []),
    ("今年第三个季度", []),
    ("他是今年第三位宇航员", []),
    ("年内第三次降准", [("第三次", "ordinal", 3.0)]),
])
def test_this_years_nth_neighbours(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


def test_yen_paragraph_wrapped() -> None:
    """A hard-wrapped paragraph votes whole: its 1兆円 on the next line still counts."""
    body = "The government has committed ¥920 billion so far,\nand a further 1兆円 could follow."
    assert _money("月産1万枚, ¥920 billion", body)[0] == (-1, "¥920 billion", "JPY")


@pytest.mark.parametrize(("text", "want"), [
    # a full-width comma between full-width digits groups thousands (tryout15 §4)
    ("员工人数为１，２００人", [("１，２００人", "count", 1200.0)]),
    ("收入１２，３４５，６７８元", [("１２，３４５，６７８元", "money", 12345678.0)]),
])
def test_full_width_thousands(text: str, want: list[Got]) -> None:
    assert _figs(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("员工人数为１,２００人", [("１,２００人", "count", 1200.0)]),
    ("分别为１，２，３名", [("１", "number", 1.0), ("２", "number", 2.0), ("３名", "count", 3.0)]),
    ("增长1，200人", [("1", "number", 1.0), ("200人", "count", 200.0)]),  # half-width: a list
])
def test_full_width_thousands_neighbours(text: str, want: list[Got]) -> None:
    assert _figs(text) == want
